"""Importing files: dropped on the window or chosen through 文件 → 导入 (several files, or a folder).

``workflow.importing.import_files`` runs on the task runner with its own library connection; it
extracts each file in the sandbox's child processes. The window stays usable meanwhile: progress and
取消 sit in the status bar (shown once the import takes longer than a moment), and at the end the
files that could not be imported are listed with their messages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from gui.app import localized
from gui.context import AppContext
from gui.layout import hbox, vbox
from gui.tasks import TaskControl
from policy.problems import Status
from storage import Library

SUFFIXES = (".docx", ".doc", ".wps", ".rtf", ".pdf", ".ofd", ".txt", ".md")
SHOW_PROGRESS_AFTER_MS = 300


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """The files to import: files as given, folders searched (recursively) for documents."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            files.extend(sorted(f for f in found if not f.name.startswith(("~$", "."))))
        else:
            files.append(path)
    return list(dict.fromkeys(files))


@dataclass
class ImportReport:
    imported: list = field(default_factory=list)  # ImportOutcome with a submission id
    failed: list = field(default_factory=list)  # ImportOutcome without one
    total: int = 0
    cancelled: bool = False

    @property
    def scans(self) -> list:
        return [o for o in self.imported if o.status is Status.NO_TEXT_LAYER]


class ImportProgress(QWidget):
    """The status bar's import indicator: 正在导入 3/50 [=====     ] 取消."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setFixedWidth(180)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(QCoreApplication.translate("Importer", "取消"))
        self.setLayout(hbox(self.label, self.bar, self.cancel_button))
        self.set_progress(0, 0)

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(
            QCoreApplication.translate("Importer", "正在导入 {done}/{total}").format(done=done, total=total)
        )


class ImportResultDialog(QDialog):
    """Non-modal: the files that could not be imported, with their messages, and the scans."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(QCoreApplication.translate("Importer", "导入结果"))
        summary = QLabel(
            QCoreApplication.translate("Importer", "已导入 {ok} 个文件，{bad} 个未能导入。").format(
                ok=len(report.imported), bad=len(report.failed)
            )
        )
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [QCoreApplication.translate("Importer", "文件"), QCoreApplication.translate("Importer", "说明")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        for outcome in report.failed:
            problem = (
                localized(outcome.problems[0].message_zh, outcome.problems[0].message_en)
                if outcome.problems
                else ""
            )
            self.tree.addTopLevelItem(QTreeWidgetItem([Path(outcome.file).name, problem]))
        for outcome in report.scans:
            note = QCoreApplication.translate("Importer", "已导入；扫描件没有文字层，请对照页面图像手工填写")
            self.tree.addTopLevelItem(QTreeWidgetItem([Path(outcome.file).name, note]))
        self.tree.setColumnWidth(0, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.setLayout(vbox(summary, self.tree, buttons, margin=12))
        self.resize(720, 320)


class Importer(QObject):
    """Runs one import at a time for the main window."""

    started = Signal(int)  # number of files
    finished = Signal(object)  # ImportReport

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.control: TaskControl | None = None
        self.progress = ImportProgress()
        self.progress.hide()
        self.progress.cancel_button.clicked.connect(self.cancel)
        self._reveal = QTimer(self, singleShot=True, interval=SHOW_PROGRESS_AFTER_MS)
        self._reveal.timeout.connect(self.progress.show)
        self.dialog: ImportResultDialog | None = None

    @property
    def running(self) -> bool:
        return self.control is not None

    def start(self, paths: Iterable[str | Path]) -> bool:
        files = expand(paths)
        if not files or self.running:
            return False
        root, actor = self.ctx.library_root, self.ctx.actor

        def work(control: TaskControl) -> ImportReport:
            from workflow.importing import import_files

            report = ImportReport(total=len(files))
            with Library.open(root) as lib:
                outcomes = import_files(
                    lib,
                    files,
                    actor,
                    progress=lambda done, total: control.progress(done, total, ""),
                    cancelled=lambda: control.cancelled,
                )
                for outcome in outcomes:
                    (report.imported if outcome.submission_id is not None else report.failed).append(outcome)
            report.cancelled = control.cancelled
            return report

        self.progress.set_progress(0, len(files))
        self.progress.cancel_button.setEnabled(True)
        self._reveal.start()
        self.started.emit(len(files))
        self.control = self.ctx.tasks.run(
            work,
            on_done=self._done,
            on_error=self._failed,
            on_progress=lambda d, t, _: self.progress.set_progress(d, t),
        )
        return True

    def cancel(self) -> None:
        if self.control is not None:
            self.control.cancel()
            self.progress.cancel_button.setEnabled(False)
            self.progress.label.setText(QCoreApplication.translate("Importer", "正在取消…"))

    def _end(self) -> None:
        self.control = None
        self._reveal.stop()
        self.progress.hide()

    def _done(self, report: ImportReport) -> None:
        self._end()
        if report.failed or report.scans:
            self.dialog = ImportResultDialog(report, self.window)
            self.dialog.show()
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        self.finished.emit(ImportReport())
        self.ctx.tasks.error.emit(exc)  # the error handler shows it (a LibraryError as a message)
