"""Long work off the GUI thread: ``TaskRunner.run(fn, ...)`` runs ``fn(control)`` on a thread pool and
delivers its result, error and progress on the GUI thread through queued signals.

``fn`` must not touch widgets; it reports with ``control.progress(done, total, text)`` and stops early
when ``control.cancelled`` is true. Work that needs the library opens its own connection
(``Library.open(root)``) and closes it: one SQLite connection is not shared between threads.

Tests build the runner with ``inline=True``: the task then runs at once on the calling thread and
its callbacks fire before ``run`` returns, so a test can assert on the widgets straight after.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskControl:
    """What a running task sees: a cancel flag to poll and a progress reporter."""

    def __init__(self, progress: Callable[[int, int, str], None]) -> None:
        self._cancel = threading.Event()
        self._progress = progress
        self.finished = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._progress(done, total, text)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskControl], Any], signals: _Signals, control: TaskControl) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._signals, self._control = fn, signals, control

    def run(self) -> None:
        try:
            result = self._fn(self._control)
        except BaseException as exc:  # delivered to on_error (or the global handler), never lost
            # the report keeps the text of the traceback; the frames themselves (which hold this
            # thread's objects) must not cross to the GUI thread
            exc.report = "".join(traceback.format_exception(exc))  # type: ignore[attr-defined]
            self._signals.failed.emit(exc.with_traceback(None))
        else:
            self._signals.done.emit(result)
        finally:
            self._control.finished.set()


class TaskRunner(QObject):
    """A thread pool whose results come back on the GUI thread."""

    error = Signal(object)  # an exception no ``on_error`` took: the app's error handler shows it

    def __init__(self, parent: QObject | None = None, *, inline: bool = False, threads: int | None = None):
        super().__init__(parent)
        self.inline = inline
        self._pool = QThreadPool(self)
        if threads:
            self._pool.setMaxThreadCount(threads)
        self._live: set[_Signals] = set()  # keep the signal objects alive until their task ends

    def run(
        self,
        fn: Callable[[TaskControl], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> TaskControl:
        signals = _Signals(self)

        def fail(exc: BaseException) -> None:
            (on_error or self.error.emit)(exc)

        def finish() -> None:
            self._live.discard(signals)
            signals.deleteLater()

        if on_progress is not None:
            signals.progress.connect(on_progress)
        if on_done is not None:
            signals.done.connect(on_done)
        signals.failed.connect(fail)
        signals.done.connect(finish)
        signals.failed.connect(finish)
        control = TaskControl(signals.progress.emit)
        self._live.add(signals)
        runnable = _Runnable(fn, signals, control)
        if self.inline:
            runnable.run()
        else:
            self._pool.start(runnable)
        return control

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every running task has ended (at shutdown; tests)."""
        return self._pool.waitForDone(msecs)
