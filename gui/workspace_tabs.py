"""The workspace's tabs, all built as ``Tab(ctx, parent)`` with ``set_submission(id | None)``, an
``edited`` signal after each autosaved edit and ``source_requested(block, start, end)``.

The 政策解读 and 新旧对照 tabs (``gui.interpretation_tab.InterpretationTab``, ``gui.diff_tab.DiffTab``)
load the composer (compose/, checks/, jieba's word lists): ``LazyTab`` stands in for such a tab and
builds it on first use; just after the window is shown, ``preload`` imports the module on the task
runner and then builds the tab, so that the start stays fast, the GUI thread does not stall on the
imports and the first click does not wait. While a tab's module does not exist, ``PendingTab`` stands
in for it and says so, so the window still works end to end.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from gui.context import AppContext
from gui.layout import vbox


class PendingTab(QWidget):
    """PLACEHOLDER for a tab whose module is not there yet (same signals and methods, does nothing)."""

    edited = Signal()
    source_requested = Signal(int, int, int)

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.submission_id: int | None = None
        label = QLabel(
            QCoreApplication.translate("WorkspaceTabs", "“{title}”功能尚未完成，将在后续版本提供。").format(
                title=title
            )
        )
        label.setObjectName("muted")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setLayout(vbox(label, margin=24))

    def set_submission(self, submission_id: int | None) -> None:
        self.submission_id = submission_id

    def focus_section(self, key: str) -> bool:
        return False


def build_tab(module: str, cls: str, ctx: AppContext, title: str, parent: QWidget | None = None) -> QWidget:
    """``module.cls(ctx, parent)``, or a ``PendingTab`` while that module does not exist."""
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise  # the module exists but is broken: a bug to see, not to hide
        return PendingTab(ctx, title, parent)
    return getattr(found, cls)(ctx, parent)


class LazyTab(QWidget):
    """Stands in the tab widget for ``module.cls``; builds it on first use and then passes every
    call on to it (``tab.focus_section(...)`` works as on the real tab). With ``on_show`` only
    being shown builds it (the site preview starts a browser engine: not for every selection)."""

    edited = Signal()
    source_requested = Signal(int, int, int)

    def __init__(
        self,
        module: str,
        cls: str,
        ctx: AppContext,
        title: str,
        parent: QWidget | None = None,
        *,
        on_show: bool = False,
    ):
        super().__init__(parent)
        self._spec = (module, cls, ctx, title)
        self._tab: QWidget | None = None
        self._submission_id: int | None = None
        self._on_show = on_show
        self.setLayout(vbox())

    @property
    def tab(self) -> QWidget:
        """The real tab, built now if it was not yet."""
        if self._tab is None:
            module, cls, ctx, title = self._spec
            self._tab = build_tab(module, cls, ctx, title, self)
            self.layout().addWidget(self._tab)
            self._tab.edited.connect(self.edited)
            self._tab.source_requested.connect(self.source_requested)
            if self._submission_id is not None:
                self._tab.set_submission(self._submission_id)
        return self._tab

    @property
    def built(self) -> bool:
        return self._tab is not None

    def set_submission(self, submission_id: int | None) -> None:
        self._submission_id = submission_id
        if self._tab is not None or (submission_id is not None and not self._on_show):
            self.tab.set_submission(submission_id)

    def preload(self, then: Callable[[], None] | None = None) -> None:
        """Import the tab's module on the task runner (≈170 ms of imports off the GUI thread), then
        build the tab here (≈20 ms), then call ``then``."""
        module, ctx = self._spec[0], self._spec[2]

        def load(control) -> None:
            with contextlib.suppress(ModuleNotFoundError):  # build_tab puts a PendingTab in its place
                importlib.import_module(module)

        def build(_) -> None:
            self.tab  # noqa: B018
            if then is not None:
                then()

        if self._tab is not None:
            build(None)
        else:
            ctx.tasks.run(load, on_done=build)

    def flush(self) -> None:
        if self._tab is not None and hasattr(self._tab, "flush"):
            self._tab.flush()

    def showEvent(self, event) -> None:
        self.tab  # noqa: B018 (built when first shown)
        super().showEvent(event)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.tab, name)
