"""Helpers of the role, settings, 关怀模式 and English tests: a settings file per test (never the
user's), the keyring as the test wants it, a main window in a role, and the actions it offers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar

from gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def delete_widgets(qapp):
    """Closed windows deleted at the end of each test: a browser page (the section head's preview)
    left alive at exit outlives its profile."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_window(ctx, settings: QSettings | None, qtbot, role: str | None = None) -> MainWindow:
    if role is not None:
        ctx.role = role
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def menu_actions(window) -> list[QAction]:
    """Every action of the menu bar (sub-menus included) and of the toolbar."""
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                found.append(action)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    for toolbar in window.findChildren(QToolBar):
        found += [a for a in toolbar.actions() if not a.isSeparator() and a not in found]
    return found


def texts(actions: list[QAction]) -> set[str]:
    return {a.text().replace("&", "") for a in actions}


def files_in(folder: Path, pattern: str = "*.zip") -> list[Path]:
    return sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime)
