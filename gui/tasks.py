"""Long work off the GUI thread: ``TaskRunner.run(fn, ...)`` runs ``fn(control)`` on a thread pool and
delivers its result, error and progress on the GUI thread through queued signals.

``fn`` must not touch widgets; it reports with ``control.progress(done, total, text)`` and stops early
when ``control.cancelled`` is true. Work that needs the library opens its own connection
(``Library.open(root)``) and closes it: one SQLite connection is not shared between threads.

The signals belong to the runner itself (each emission carries the task's number), so no QObject is
made or deleted per task: per-task signal objects deleted later while a worker still held them
crashed the process. The runner lives as long as its window; ``shutdown()`` (the window's close)
cancels and waits for what is running, after which late results are dropped.

Tests build the runner with ``inline=True``: the task then runs at once on the calling thread and
its callbacks fire before ``run`` returns, so a test can assert on the widgets straight after.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


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


@dataclass(slots=True)
class _Callbacks:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int, str], None] | None


def _call(fn: Callable[[TaskControl], Any], control: TaskControl) -> tuple[bool, Any]:
    """(True, result) or (False, the exception); the exception keeps the text of its traceback for
    the error dialog, not the frames themselves (they hold the worker thread's objects)."""
    try:
        return True, fn(control)
    except BaseException as exc:  # delivered to on_error (or the global handler), never lost
        exc.report = "".join(traceback.format_exception(exc))  # type: ignore[attr-defined]
        return False, exc.with_traceback(None)
    finally:
        control.finished.set()


class _Runnable(QRunnable):
    def __init__(
        self, task_id: int, fn: Callable[[TaskControl], Any], runner: TaskRunner, control: TaskControl
    ):
        super().__init__()
        self.setAutoDelete(True)
        self._id, self._fn, self._runner, self._control = task_id, fn, runner, control

    def run(self) -> None:
        ok, value = _call(self._fn, self._control)
        self._runner._emit(self._runner._done if ok else self._runner._failed, self._id, value)


class TaskRunner(QObject):
    """A thread pool whose results come back on the GUI thread."""

    error = Signal(object)  # an exception no ``on_error`` took: the app's error handler shows it
    _done = Signal(int, object)
    _failed = Signal(int, object)
    _progress = Signal(int, int, int, str)

    def __init__(self, parent: QObject | None = None, *, inline: bool = False, threads: int | None = None):
        super().__init__(parent)
        self.inline = inline
        self._pool = QThreadPool(self)
        if threads:
            self._pool.setMaxThreadCount(threads)
        self._tasks: dict[int, _Callbacks] = {}
        self._controls: dict[int, TaskControl] = {}
        self._ids = itertools.count(1)
        self._open = True
        self._lock = threading.Lock()
        queued = Qt.ConnectionType.QueuedConnection
        self._done.connect(self._deliver_done, queued)
        self._failed.connect(self._deliver_failed, queued)
        self._progress.connect(self._deliver_progress, queued)

    def run(
        self,
        fn: Callable[[TaskControl], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> TaskControl:
        task_id = next(self._ids)
        self._tasks[task_id] = _Callbacks(on_done, on_error, on_progress)
        if self.inline:
            control = TaskControl(
                lambda done, total, text: self._deliver_progress(task_id, done, total, text)
            )
            ok, value = _call(fn, control)
            (self._deliver_done if ok else self._deliver_failed)(task_id, value)
            return control
        control = TaskControl(
            lambda done, total, text: self._emit(self._progress, task_id, done, total, text)
        )
        self._controls[task_id] = control
        self._pool.start(_Runnable(task_id, fn, self, control))
        return control

    # -- worker side
    def _emit(self, signal, *args) -> None:
        with self._lock:  # after shutdown() the runner may be going away: late news is dropped
            if self._open:
                signal.emit(*args)

    # -- GUI side
    def _deliver_progress(self, task_id: int, done: int, total: int, text: str) -> None:
        callbacks = self._tasks.get(task_id)
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(done, total, text)

    def _deliver_done(self, task_id: int, result: object) -> None:
        callbacks = self._finish(task_id)
        if callbacks is not None and callbacks.on_done is not None:
            callbacks.on_done(result)

    def _deliver_failed(self, task_id: int, exc: object) -> None:
        callbacks = self._finish(task_id)
        if callbacks is None:
            return
        if callbacks.on_error is not None:
            callbacks.on_error(exc)  # type: ignore[arg-type]
        else:
            self.error.emit(exc)

    def _finish(self, task_id: int) -> _Callbacks | None:
        self._controls.pop(task_id, None)
        return self._tasks.pop(task_id, None)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every running task has ended (tests; shutdown)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 10000) -> None:
        """Cancel what runs, wait for it, and drop whatever it still reports (the window closes)."""
        for control in list(self._controls.values()):
            control.cancel()
        self._pool.waitForDone(msecs)
        with self._lock:
            self._open = False
        self._tasks.clear()
        self._controls.clear()
