"""The section head's workspace (科室负责人): the 待审核 queue on the left — this library's items and
the 送审包 files received from clerks elsewhere — and, for the selected item, the site preview with
the check report, the 保密审查 form with 通过 / 退回, and the item's history.

Deciding runs ``workflow.review.review`` (signed with the reviewer's key, bound to the content hash)
on the task runner: building the payload may start LibreOffice. For an item received as a 送审包,
``workflow.bundling.answer`` then writes the file to send back (the approved bundle, or the returned
one with the comment) into a folder the reviewer picked first; in a shared library a 退回 simply
goes back to the clerk's list. Every question to the user goes through a port a test replaces:
``ask_passphrase``, ``pick_folder``, ``pick_files``, ``confirm``, ``show_problems``, ``open_url``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from gui import review_dialogs as dialogs
from gui.app import localized
from gui.context import AppContext
from gui.history_view import HistoryView
from gui.inbox import Inbox
from gui.layout import boxed, hbox, vbox
from gui.passphrase import ask_passphrase
from gui.preview_pane import PreviewPane
from gui.review_data import ReviewState, load_queue, load_state
from gui.review_form import ReviewForm
from gui.review_queue import ReviewQueue, sender_text
from gui.review_tasks import (
    Decided,
    OpenOutcome,
    decide_in_library,
    decided_text,
    open_files,
    opened_message,
    problems_text,
    write_answer,
)
from policy.secrecy import APPROVE, RETURN
from policy.submission import SubmissionStatus
from storage import Library, LibraryError

INBOX_KEY, OUTBOX_KEY = "inbox/folder", "outbox/folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewWorkspace", text)


class ReviewWorkspace(QWidget):
    changed = Signal()  # submissions changed: lists elsewhere should refresh
    status_message = Signal(str)
    title_changed = Signal(str)  # the selected item's title, for the window title ("" for none)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, settings: QSettings | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings if settings is not None else QSettings(self)
        self.submission_id: int | None = None
        self.state: ReviewState | None = None
        self.opening = self.deciding = False
        self.last_answer: Path | None = None
        self._waiting: list[tuple[list[Path], bool]] = []  # batches to open after the running one
        self._sources: dict[int, Path] = {}  # where each 送审包 opened in this session came from
        self._last_out: Path | None = None  # where the last answer file went
        self._unanswered: int | None = None  # decided, but its answer file could not be written
        self._generation = 0
        # the ports: every question to the user (tests replace them)
        self.ask_passphrase: Callable[[str], str | None] = lambda who: ask_passphrase(self, who)
        self.pick_folder: Callable[[str, Path], Path | None] = lambda t, start: dialogs.pick_folder(
            self, t, start
        )
        self.pick_files: Callable[[], list[Path]] = lambda: dialogs.pick_bundle_files(
            self, self._answer_folder(-1)
        )
        self.confirm: Callable[[str, str], bool] = lambda title, text: dialogs.confirm(self, title, text)
        self.show_problems: Callable[[str, str], None] = lambda t, text: dialogs.show_problems(self, t, text)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._build()
        self.setAcceptDrops(True)
        self.inbox = Inbox(self)
        self.inbox.arrived.connect(lambda paths: self.open_bundle_files(paths, auto=True))
        self.refresh()

    # -- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.queue = ReviewQueue(self)
        self.preview = PreviewPane(self.ctx, self)
        self.preview.set_orientation(Qt.Orientation.Vertical)
        self.form = ReviewForm(self)
        self.history = HistoryView(self.ctx, self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.form, tr("保密审查"))
        self.tabs.addTab(self.history, tr("历史"))
        self.title = QLabel()
        self.title.setObjectName("paneTitle")
        self.title.setWordWrap(True)
        self.origin = QLabel()
        self.origin.setObjectName("muted")
        self.origin.setWordWrap(True)
        self.banner = QLabel(wordWrap=True)
        self.banner.setObjectName("notice")
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(tr("打开所在文件夹"))
        self.retry_button = QPushButton(tr("重新写出回复文件…"))
        self.banner_close = QPushButton(tr("关闭"))
        self.banner_row = boxed(
            hbox((self.banner, 1), self.folder_button, self.retry_button, self.banner_close, margin=6)
        )
        self.banner_row.hide()
        inner = QSplitter(Qt.Orientation.Horizontal)
        inner.addWidget(self.preview)
        inner.addWidget(self.tabs)
        inner.setStretchFactor(0, 3)
        inner.setStretchFactor(1, 2)
        inner.setSizes([560, 420])
        inner.setChildrenCollapsible(False)
        self.inner = inner
        right = boxed(vbox(vbox(self.title, self.origin, margin=6, spacing=2), (inner, 1)))
        hint = QLabel(
            tr("从左侧选择一个待审核条目。\n\n经办人发来的送审包（.zip）可以用 文件 → 打开，或拖到窗口里。")
        )
        hint.setObjectName("emptyHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(boxed(vbox(1, hint, 1, margin=40)))
        self.stack.addWidget(right)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([290, 990])
        self.setLayout(vbox(self.banner_row, (self.splitter, 1)))
        self.queue.selected.connect(self.set_submission)
        self.queue.open_requested.connect(self.open_dialog)
        self.preview.checked.connect(self.form.set_findings)
        self.form.decide_requested.connect(self.decide)
        self.folder_button.clicked.connect(self.open_answer_folder)
        self.retry_button.clicked.connect(self.write_answer_again)
        self.banner_close.clicked.connect(self.banner_row.hide)

    # -- the queue -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the queue again (keeps the selection while the item is still waiting)."""
        items = load_queue(self.ctx.library)
        self.queue.set_items(items)
        if self.submission_id is not None and self.queue.current_id() != self.submission_id:
            self.set_submission(None)

    def select(self, submission_id: int | None) -> None:
        self.queue.select(submission_id, notify=False)
        self.set_submission(submission_id if self.queue.current_id() == submission_id else None)

    def set_submission(self, submission_id: int | None) -> None:
        if submission_id == self.submission_id:
            return
        self.submission_id = submission_id
        self._generation += 1
        self.stack.setCurrentIndex(0 if submission_id is None else 1)
        self.form.set_state(None)
        if submission_id is None:
            self.state = None
            self.preview.set_submission(None)
            self.history.set_submission(None)
            self.title_changed.emit("")
            return
        item = next((i for i in self.queue.items() if i.submission_id == submission_id), None)
        self.title.setText((item.title or tr("（无标题）")) if item else "")
        self.title_changed.emit(self.title.text())
        origin = sender_text(item) if item else ""
        if item is not None and item.received:
            origin = tr("来自送审包 {name} · {sender}").format(name=item.file_name, sender=origin)
        self.origin.setText("　".join(x for x in (item.doc_number if item else None, origin) if x))
        self._load_state()
        self.preview.set_submission(submission_id)
        self.history.set_submission(submission_id)

    def _load_state(self) -> None:
        generation, sid, root, actor = (
            self._generation,
            self.submission_id,
            self.ctx.library_root,
            self.ctx.actor,
        )

        def load(control) -> ReviewState:
            with Library.open(root) as lib:
                return load_state(lib, sid, actor)

        def done(state: ReviewState) -> None:
            if generation != self._generation:
                return
            self.state = state
            checking = self.preview.checking
            findings = self.preview.findings
            self.form.set_state(state)
            if not checking and sid == self.preview.submission_id:
                self.form.set_findings(findings)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.form.show_message(
                    localized(exc.message_zh, exc.message_en)
                    if isinstance(exc, LibraryError)
                    else tr("未能读取条目")
                )
            if not isinstance(exc, LibraryError):
                self.ctx.tasks.error.emit(exc)

        self.ctx.tasks.run(load, on_done=done, on_error=failed)

    # -- opening 送审包 files --------------------------------------------------------------------------
    def open_dialog(self) -> None:
        paths = self.pick_files()
        if paths:
            self.open_bundle_files(paths)

    def open_bundle_files(self, paths: Sequence[Path | str], *, auto: bool = False) -> None:
        """Open each file (verified first); bad ones are listed, with their reasons, in one dialog."""
        batch = [Path(p) for p in paths]
        if not batch:
            return
        if self.opening:
            self._waiting.append((batch, auto))
            return
        self.opening = True
        root, actor = self.ctx.library_root, self.ctx.actor
        self.queue.set_busy(tr("正在校验并打开 {n} 个文件…").format(n=len(batch)))
        self.ctx.tasks.run(
            lambda control: open_files(root, batch, actor, skip_known=auto, progress=control.progress),
            on_done=lambda outcomes: self._opened(outcomes, auto),
            on_error=self._open_failed,
            on_progress=lambda done, total, name: self.queue.set_busy(
                tr("正在校验并打开（{done}/{total}）：{name}").format(done=done + 1, total=total, name=name)
            ),
        )

    def _opened(self, outcomes: list[OpenOutcome], auto: bool) -> None:
        self.opening = False
        self.queue.set_busy("")
        for o in outcomes:
            if o.ok and o.submission_id is not None:
                self._sources[o.submission_id] = o.path.parent
        fresh = [o for o in outcomes if o.ok and not o.skipped]
        self.refresh()
        waiting = [o.submission_id for o in fresh if o.status is SubmissionStatus.PENDING]
        if waiting and (not auto or self.submission_id is None):
            self.select(waiting[0])
        message = opened_message(outcomes)
        if message:
            self.status_message.emit(message)
        if fresh:
            self.changed.emit()
        if any(not o.ok for o in outcomes):
            self.show_problems(tr("送审包未能打开"), problems_text(outcomes))
        self._next_batch()

    def _open_failed(self, exc: BaseException) -> None:
        self.opening = False
        self.queue.set_busy("")
        if isinstance(exc, LibraryError):
            self.show_problems(tr("送审包未能打开"), localized(exc.message_zh, exc.message_en))
        else:
            self.ctx.tasks.error.emit(exc)
        self._next_batch()

    def _next_batch(self) -> None:
        if self._waiting:
            batch, auto = self._waiting.pop(0)
            self.open_bundle_files(batch, auto=auto)

    def watch_folder(self, path: Path | None) -> None:
        """Open each new ``*.zip`` appearing in ``path`` automatically, once (None: stop watching)."""
        if not self.inbox.watch(path) and path is not None:
            self.status_message.emit(tr("无法监视文件夹：{path}").format(path=path))

    # -- deciding ------------------------------------------------------------------------------------
    def decide(self, decision: str) -> None:
        """通过 or 退回 the selected item: checked here first, then signed on the task runner."""
        state, sid = self.state, self.submission_id
        if state is None or sid is None or self.deciding or state.submission_id != sid:
            return
        comment = self.form.comment_text()
        if decision == RETURN and not comment:
            self.form.ask_comment(tr("退回时请写明退回意见，经办人会看到它。"))
            return
        if decision == APPROVE and self.form.approve_refusal():
            self.form.show_message(self.form.approve_refusal() or "")
            return
        if state.key_problem is not None:
            self.form.show_message(tr("没有可用的签名密钥，请先在 设置 → 签名密钥 中创建。"))
            return
        problems = self.form.problems()
        if problems:
            self.form.show_message("\n".join(problems))
            return
        out = None
        if state.received:
            out = self.pick_folder(tr("选择保存回复文件（发回经办人）的文件夹"), self._answer_folder(sid))
            if out is None:
                self.form.show_message(tr("已取消：没有选择保存回复文件的文件夹。"))
                return
        what = tr("{level}结论“{decision}”").format(level=state.level, decision=decision)
        question = tr("以 {who} 的签名记录{what}？\n\n《{title}》\n\n签名后不能更改（一事一审）。").format(
            who=self.ctx.actor, what=what, title=state.title or tr("（无标题）")
        )
        if not self.confirm(tr("确认审核结论"), question):
            return
        passphrase = None
        if state.key is not None and (state.key.private_store or "").startswith("file:"):
            passphrase = self.ask_passphrase(state.key.public.name)
            if passphrase is None:
                self.form.show_message(tr("已取消签名。"))
                return
        self._run_decision(sid, decision, passphrase, comment, out)

    def _run_decision(self, sid: int, decision: str, passphrase: str | None, comment: str, out: Path | None):
        root, actor, form = self.ctx.library_root, self.ctx.actor, self.form.form()
        title = self.state.title if self.state else None
        self.deciding = True
        self.form.show_message("")
        self.form.set_busy(True, tr("正在签名并记录审核结论，请稍候…"))
        self.queue.setEnabled(False)

        def done(result: Decided) -> None:
            self._finish_decision()
            if out is not None:
                self._last_out = out
            self._decided(sid, title, result)

        def failed(exc: BaseException) -> None:
            self._finish_decision()
            if not isinstance(exc, LibraryError):
                self.ctx.tasks.error.emit(exc)
                return
            self.form.show_message(localized(exc.message_zh, exc.message_en))
            if getattr(exc, "findings", None) is not None:
                self.preview.recheck()

        self.ctx.tasks.run(
            lambda control: decide_in_library(root, sid, decision, actor, passphrase, comment, form, out),
            on_done=done,
            on_error=failed,
        )

    def _finish_decision(self) -> None:
        self.deciding = False
        self.form.set_busy(False)
        self.queue.setEnabled(True)

    def _decided(self, sid: int, title: str | None, result: Decided) -> None:
        self.last_answer = result.answer
        if result.answer is not None:
            self.inbox.ignore(result.answer)  # in case it went into the watched folder
        self._unanswered = sid if result.answer_error else None
        text = decided_text(sid, title, result, self._was_received(sid))
        self.banner.setText(text)
        self.folder_button.setVisible(result.answer is not None)
        self.retry_button.setVisible(self._unanswered is not None)
        self.banner_row.show()
        self.status_message.emit(text)
        self.changed.emit()
        self.refresh()
        if self.submission_id is None and self.queue.items():
            self.select(self.queue.items()[0].submission_id)
        elif self.submission_id == sid:
            self.history.refresh()

    def write_answer_again(self) -> None:
        """The decision stands but its answer file could not be written: write it now."""
        sid = self._unanswered
        if sid is None:
            return
        out = self.pick_folder(tr("选择保存回复文件（发回经办人）的文件夹"), self._answer_folder(sid))
        if out is None:
            return
        root, actor = self.ctx.library_root, self.ctx.actor

        def done(path: Path) -> None:
            self._unanswered, self.last_answer, self._last_out = None, path, out
            self.inbox.ignore(path)
            self.banner.setText(tr("回复文件已写出，请发回经办人：{path}").format(path=path))
            self.retry_button.hide()
            self.folder_button.show()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, LibraryError):
                self.ctx.tasks.error.emit(exc)
                return
            self.banner.setText(
                tr("回复文件仍未能写出：{reason}").format(reason=localized(exc.message_zh, exc.message_en))
            )

        self.ctx.tasks.run(lambda control: write_answer(root, sid, out, actor), on_done=done, on_error=failed)

    def _was_received(self, sid: int) -> bool:
        return self.state is not None and self.state.submission_id == sid and self.state.received

    def _answer_folder(self, sid: int) -> Path:
        """Where the answer file goes by default: the 送审包's own folder (unless that is the watched
        收件 folder), else where the last one went, else the 发件 (outbox) folder."""
        source = self._sources.get(sid)
        for candidate in (
            source if source != self.inbox.folder else None,
            self._last_out,
            self.settings.value(OUTBOX_KEY),
            self.settings.value(INBOX_KEY),
        ):
            if candidate and Path(str(candidate)).is_dir():
                return Path(str(candidate))
        return Path.home()

    def open_answer_folder(self) -> None:
        if self.last_answer is not None:
            self.open_url(QUrl.fromLocalFile(str(self.last_answer.parent)))

    # -- drag and drop -------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(u.isLocalFile() and u.toLocalFile().lower().endswith(".zip") for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_bundle_files(paths)
