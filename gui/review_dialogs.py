"""The questions the section head's workspace asks, as plain dialogs: the default ports of
``gui.review_workspace.ReviewWorkspace`` (a test replaces each with an answer)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewWorkspace", text)


def pick_folder(parent: QWidget, title: str, start: Path) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(folder) if folder else None


def pick_bundle_files(parent: QWidget, start: Path) -> list[Path]:
    files, _ = QFileDialog.getOpenFileNames(
        parent, tr("打开送审包"), str(start), tr("送审包 (*.zip);;所有文件 (*)")
    )
    return [Path(f) for f in files]


def confirm(parent: QWidget, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


def show_problems(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
