"""The watched 送审包 folder (设置 → QSettings ``inbox/folder``): a QFileSystemWatcher on the folder;
each ``*.zip`` that appears there is announced once (``arrived``), after its size has stopped
changing (a file still being copied from a USB stick is not opened half-written). A file replaced by
another of the same name (a clerk sending a corrected 送审包) counts as new. The zips already in the
folder when watching starts are announced too: the workspace skips the ones this library opened
before, so nothing sent while the app was closed is missed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 800  # a file's size must stay the same this long before it is taken


class Inbox(QObject):
    arrived = Signal(list)  # list[Path], each file once

    def __init__(self, parent: QObject | None = None, *, settle_ms: int = SETTLE_MS) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _: self._timer.start())
        self._timer = QTimer(self, singleShot=True, interval=settle_ms)
        self._timer.timeout.connect(self.scan)
        self._seen: set[tuple[str, int, int]] = set()  # (name, size, mtime_ns) announced already
        self._sizes: dict[Path, int] = {}  # candidates: the size at the last scan

    def set_settle_ms(self, msecs: int) -> None:
        self._timer.setInterval(msecs)

    def ignore(self, path: Path) -> None:
        """Never announce ``path`` as it is now (a file the app itself wrote into the folder)."""
        try:
            stat = path.stat()
        except OSError:
            return
        self._seen.add((path.name, stat.st_size, stat.st_mtime_ns))

    def watch(self, folder: Path | str | None) -> bool:
        """Watch ``folder`` (None: stop). False if it is not a folder that can be watched."""
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self._timer.stop()
        self._sizes.clear()
        self.folder = Path(folder) if folder else None
        if self.folder is None:
            return True
        if not self.folder.is_dir() or not self._watcher.addPath(str(self.folder)):
            self.folder = None
            return False
        self.scan()
        return True

    def scan(self) -> list[Path]:
        """Announce the zips whose size held since the last scan; look again while some are settling."""
        if self.folder is None:
            return []
        ready: list[Path] = []
        sizes: dict[Path, int] = {}
        try:
            candidates = sorted(
                p for p in self.folder.iterdir() if p.suffix.lower() == ".zip" and p.is_file()
            )
        except OSError:
            return []
        for path in candidates:
            try:
                stat = path.stat()
            except OSError:
                continue
            key = (path.name, stat.st_size, stat.st_mtime_ns)
            if key in self._seen:
                continue
            if stat.st_size > 0 and self._sizes.get(path) == stat.st_size:
                self._seen.add(key)
                ready.append(path)
            else:
                sizes[path] = stat.st_size
        self._sizes = sizes
        if sizes:
            self._timer.start()
        if ready:
            self.arrived.emit(ready)
        return ready
