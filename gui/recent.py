"""文件 → 最近打开: the files a person opened lately (送审包, answers, bundles), newest first, kept in
``QSettings`` ("recent/files"); files since moved away are left out of the menu."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu, QWidget

KEY = "recent/files"
LIMIT = 10


class RecentFiles:
    def __init__(self, settings: QSettings | None) -> None:
        self.settings = settings
        self._memory: list[str] = []  # without settings (tests, screenshots): this session only

    def paths(self) -> list[Path]:
        stored = self.settings.value(KEY, []) if self.settings is not None else self._memory
        if isinstance(stored, str):  # QSettings gives a lone value back as a string
            stored = [stored]
        return [Path(p) for p in stored or [] if p]

    def add(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        kept = [text] + [str(p) for p in self.paths() if str(p) != text]
        kept = kept[:LIMIT]
        if self.settings is not None:
            self.settings.setValue(KEY, kept)
        else:
            self._memory = kept

    def clear(self) -> None:
        if self.settings is not None:
            self.settings.remove(KEY)
        self._memory = []


def recent_menu(parent: QWidget, recent: RecentFiles, open_path: Callable[[Path], None]) -> QMenu:
    """A menu filled each time it opens: one action per existing file (1–9 as mnemonics), 清除."""
    menu = QMenu(QCoreApplication.translate("Recent", "最近打开(&R)"), parent)

    def fill() -> None:
        menu.clear()
        existing = [p for p in recent.paths() if p.exists()]
        for i, path in enumerate(existing, 1):
            prefix = f"&{i} " if i < 10 else ""
            action = menu.addAction(prefix + path.name.replace("&", "&&"))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: open_path(p))
        if not existing:
            none = menu.addAction(QCoreApplication.translate("Recent", "（没有）"))
            none.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(QCoreApplication.translate("Recent", "清除列表"))
        clear.triggered.connect(lambda _checked=False: recent.clear())
        clear.setEnabled(bool(existing))

    menu.aboutToShow.connect(fill)
    fill()
    return menu
