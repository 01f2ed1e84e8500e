"""Making the window's actions: text, slot, shortcuts and a tip in one call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

BUNDLE_SUFFIX = ".zip"  # the files 文件 → 打开 and a drop take as bundles


def action(
    parent: QObject, text: str, slot: Callable[[], object], *shortcuts: QKeySequence | str, tip: str = ""
) -> QAction:
    made = QAction(text, parent)
    made.triggered.connect(lambda _checked=False: slot())
    if shortcuts:
        made.setShortcuts([QKeySequence(s) for s in shortcuts])
    if tip:
        made.setToolTip(tip)
        made.setStatusTip(tip)
    return made
