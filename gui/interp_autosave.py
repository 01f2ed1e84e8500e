"""Autosave of the 解读 as it is typed: no Save button to forget, nothing lost.

The editor marks the parts it changed (``mark``); at most ``DELAY_MS`` after the first unsaved
edit — the timer is not restarted by further typing, so a clerk who types on and on still has
everything committed within about a second — the editor's current 解读 is written on a
one-thread runner of its own: writes stay in order, and the GUI thread never waits for the
database (another writer, an import storing a large file, may hold it for a while). Each write
opens its own connection and merges only the marked parts over what is stored
(``workflow.composer.update_interpretation``). A failed write keeps its parts marked, so the next
edit or ``flush`` tries again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from gui.context import AppContext
from gui.tasks import TaskRunner
from policy.interpretation import Interpretation
from storage import Library
from workflow.composer import update_interpretation

DELAY_MS = 500


class Autosaver(QObject):
    saved = Signal(int, object)  # the submission id and the 解读 as now stored, after a write
    failed = Signal(object)  # the exception of a write that did not

    def __init__(self, ctx: AppContext, snapshot: Callable[[], Interpretation], parent: QObject) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._snapshot = snapshot
        self._runner = TaskRunner(self, inline=ctx.tasks.inline, threads=1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._submission: int | None = None
        self._parts: set[str] = set()
        self.writes = 0

    @property
    def pending(self) -> frozenset[str]:
        return frozenset(self._parts)

    def set_submission(self, submission_id: int | None) -> None:
        """Write what is pending for the previous submission, then follow ``submission_id``."""
        self.flush()
        self._submission = submission_id

    def mark(self, *parts: str) -> None:
        if self._submission is None:
            return
        self._parts.update(parts)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self, wait: bool = False) -> None:
        """Write the marked parts now; with ``wait``, block until every write has ended (at close)."""
        self._timer.stop()
        if self._parts and self._submission is not None:
            parts, self._parts = frozenset(self._parts), set()
            sid, interp = self._submission, self._snapshot()
            root, actor = self._ctx.library.root, self._ctx.actor

            def write(control) -> tuple[int, Interpretation]:
                with Library.open(root) as lib:
                    return sid, update_interpretation(lib, sid, actor, interp, parts)

            def failed(exc: BaseException) -> None:
                if self._submission == sid:
                    self._parts |= parts
                self.failed.emit(exc)

            self._runner.run(write, on_done=self._done, on_error=failed)
        if wait:
            self._runner.wait()

    def _done(self, outcome: tuple[int, Interpretation]) -> None:
        self.writes += 1
        self.saved.emit(*outcome)
