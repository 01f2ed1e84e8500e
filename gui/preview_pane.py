"""The 预览 tab (and the section head's preview): the submission **as the site will show it**.

``workflow.preview.preview`` renders the policy page, the 解读 page and their files into a temporary
folder on the task runner; a browser engine (QWebEngineView) shows ``policy.html``, and the links
between the pages work inside the view (the pages' own 关怀模式 switch too). A link to an attachment
or to anything outside the folder goes to the system instead (``open_url``), as does
在浏览器中打开. Beside the pages, the check report: ``workflow.check.check_submission``'s findings
grouped by severity, and the printable report of ``checks.report`` one click away. A section head
can accept a finding there (``workflow.check.accept``, with a reason): it then no longer blocks.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from gui.app import localized
from gui.context import AppContext
from gui.layout import boxed, hbox, vbox
from gui.review_findings import FindingsReport
from policy.findings import Finding
from storage import Library, LibraryError
from workflow.content import content_sha256

POLICY_PAGE, INTERPRETATION_PAGE = "policy.html", "interpretation.html"


def tr(text: str) -> str:
    return QCoreApplication.translate("PreviewPane", text)


@dataclass(frozen=True, slots=True)
class Rendered:
    folder: Path
    pages: tuple[str, ...]
    seconds: float


class SitePage(QWebEnginePage):
    """Navigation stays inside the rendered folder's pages; any other link goes to ``external``."""

    def __init__(self, external: Callable[[QUrl], object], parent=None) -> None:
        super().__init__(parent)
        self.external = external
        self.root: Path | None = None

    def inside(self, url: QUrl) -> bool:
        if not url.isLocalFile() or self.root is None:
            return False
        path = Path(url.toLocalFile()).resolve()
        return path.suffix.lower() == ".html" and path.is_relative_to(self.root.resolve())

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        if url.scheme() in ("about", "data") or self.inside(url):
            return True
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            self.external(url)
        return False


class PreviewPane(QWidget):
    edited = Signal()  # never emitted (the preview edits nothing); the workspace tabs' contract
    source_requested = Signal(int, int, int)
    checked = Signal(object)  # list[Finding] of the shown submission, after each check
    page_loaded = Signal(str)  # the file name of the page the view finished loading

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.submission_id: int | None = None
        self.rendered: Rendered | None = None
        self.checking = False
        self.load_seconds: float | None = None  # from set_submission to the page shown
        self._generation = 0
        self._started = 0.0
        self._shown: str | None = None
        self._stamp = None  # the submission's last change when its pages were rendered
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # a port tests replace
        self._base = Path(tempfile.mkdtemp(prefix="pp-preview-"))
        weakref.finalize(self, shutil.rmtree, str(self._base), True)
        self._build()
        self.set_submission(None)

    # -- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.policy_button = QPushButton(tr("政策文件页"))
        self.interpretation_button = QPushButton(tr("解读页"))
        self.refresh_button = QPushButton(tr("刷新"))
        self.browser_button = QPushButton(tr("在浏览器中打开"))
        self.browser_button.setToolTip(tr("用系统浏览器打开当前页面（与网站上显示的一样）"))
        self.state = QLabel()
        self.state.setObjectName("muted")
        self.view = QWebEngineView(self)
        self.page = SitePage(lambda url: self.open_url(url), self.view)
        self.view.setPage(self.page)
        self.view.setMinimumSize(200, 160)
        self.message = QLabel()
        self.message.setObjectName("emptyHint")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        top = hbox(
            self.policy_button, self.interpretation_button, (self.state, 1), self.refresh_button,
            self.browser_button,
        )  # fmt: skip

        self.report = FindingsReport(self.ctx, self)
        self.report.open_url = lambda url: self.open_url(url)
        self.summary, self.tree = self.report.summary, self.report.tree
        self.report_button = self.report.report_button

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(boxed(vbox(top, (self.stack, 1))))
        self.splitter.addWidget(self.report)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 320])
        self.splitter.setChildrenCollapsible(False)
        self.setLayout(vbox(self.splitter, margin=6))

        self.policy_button.clicked.connect(lambda: self.show_page(POLICY_PAGE))
        self.interpretation_button.clicked.connect(lambda: self.show_page(INTERPRETATION_PAGE))
        self.refresh_button.clicked.connect(self.refresh)
        self.browser_button.clicked.connect(self.open_in_browser)
        self.view.loadFinished.connect(self._loaded)
        self.report.accepted.connect(lambda _: self.recheck())
        self.page.profile().downloadRequested.connect(self._download)

    def showEvent(self, event) -> None:
        """Shown again after the submission was edited in another tab: render it again."""
        super().showEvent(event)
        if self.submission_id is not None and self._stamp is not None and self._stamp != self._updated_at():
            self.refresh()

    def _updated_at(self) -> str | None:
        """What the pages were rendered from: the content's hash (an edit in the same second as the
        rendering changes it too, unlike the updated_at timestamp)."""
        try:
            return content_sha256(self.ctx.library, self.submission_id)
        except LibraryError:
            return None

    def set_orientation(self, orientation: Qt.Orientation) -> None:
        """The check report beside the pages (Horizontal, the default) or below them (Vertical)."""
        self.splitter.setOrientation(orientation)
        horizontal = orientation == Qt.Orientation.Horizontal
        self.splitter.setStretchFactor(0, 3 if horizontal else 5)
        self.splitter.setSizes([700, 320] if horizontal else [560, 170])

    # -- the contract of a workspace tab -------------------------------------------------------------
    def set_submission(self, submission_id: int | None) -> None:
        self.submission_id = submission_id
        self._generation += 1
        self.rendered, self.load_seconds, self.checking = None, None, False
        self.report.submission_id = submission_id
        self.report.clear()
        self._update_buttons()
        if submission_id is None:
            self._say(tr("未选择条目"))
            self.state.clear()
            return
        self.refresh()

    def refresh(self) -> None:
        """Render the pages again, then check again. One after the other, not side by side: both read
        the stored original through ``workflow.originals``, whose temporary link to the stored file is
        shared by concurrent readers of the same submission (the first to finish removes it)."""
        if self.submission_id is None:
            return
        self.checking = True
        self.report.summary.setText(tr("正在检查…"))
        self._stamp = self._updated_at()
        self._render()

    # -- the pages -------------------------------------------------------------------------------------
    def _render(self) -> None:
        self._generation += 1
        generation, sid, root = self._generation, self.submission_id, self.ctx.library_root
        folder = self._base / f"{sid}-{generation}"
        self._started = time.perf_counter()
        self.state.setText(tr("正在生成预览…"))
        self._shown = None
        self.view.setUrl(QUrl("about:blank"))

        def render(control) -> Rendered:
            from workflow.preview import preview

            started = time.perf_counter()
            with Library.open(root) as lib:
                result = preview(lib, sid, folder)
            return Rendered(result.folder, result.pages, time.perf_counter() - started)

        def done(rendered: Rendered) -> None:
            if generation != self._generation:
                return
            self.rendered = rendered
            for old in self._base.iterdir():  # the pages shown before: no longer needed
                if old.is_dir() and old != rendered.folder:
                    shutil.rmtree(old, ignore_errors=True)
            self.page.root = rendered.folder
            self.stack.setCurrentWidget(self.view)
            self._update_buttons()
            self.show_page(POLICY_PAGE)
            self.recheck()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.state.clear()
            self.recheck()
            if isinstance(exc, LibraryError):
                self._say(
                    tr("预览未能生成：{reason}").format(reason=localized(exc.message_zh, exc.message_en))
                )
                return
            self._say(tr("预览未能生成"))
            self.ctx.tasks.error.emit(exc)

        self.ctx.tasks.run(render, on_done=done, on_error=failed)

    def page_url(self, name: str = POLICY_PAGE) -> QUrl | None:
        if self.rendered is None or name not in self.rendered.pages:
            return None
        return QUrl.fromLocalFile(str(self.rendered.folder / name))

    def show_page(self, name: str) -> None:
        url = self.page_url(name)
        if url is not None:
            self.view.setUrl(url)

    def current_page(self) -> str | None:
        """The page the view shows, once it has loaded (policy.html / interpretation.html)."""
        return self._shown

    def _loaded(self, ok: bool) -> None:
        url = self.view.url()
        name = Path(url.toLocalFile()).name if url.isLocalFile() else None
        self._shown = name if ok else None
        if not ok or name is None or self.rendered is None:
            return
        if self.load_seconds is None:
            self.load_seconds = time.perf_counter() - self._started
            self.state.setText(tr("网站效果预览（{seconds:.1f} 秒）").format(seconds=self.load_seconds))
        self.policy_button.setEnabled(name != POLICY_PAGE)
        self.interpretation_button.setEnabled(
            name != INTERPRETATION_PAGE and INTERPRETATION_PAGE in self.rendered.pages
        )
        self.page_loaded.emit(name)

    def open_in_browser(self) -> None:
        url = self.page_url(self.current_page() or POLICY_PAGE)
        if url is not None:
            self.open_url(url)

    def _download(self, request) -> None:
        """A link with ``download`` (the 问答 file): opened with the system, not saved silently."""
        if request.page() is self.page:
            request.cancel()
            self.open_url(request.url())

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _update_buttons(self) -> None:
        pages = self.rendered.pages if self.rendered else ()
        self.policy_button.setEnabled(POLICY_PAGE in pages)
        self.interpretation_button.setEnabled(INTERPRETATION_PAGE in pages)
        self.browser_button.setEnabled(bool(pages))
        self.refresh_button.setEnabled(self.submission_id is not None)

    # -- the check report ------------------------------------------------------------------------------
    def recheck(self) -> None:
        if self.submission_id is None:
            return
        generation, sid, root = self._generation, self.submission_id, self.ctx.library_root
        out = self._base / f"report-{sid}-{generation}.html"
        title, subject = tr("政务公开发布前检查报告"), tr("资料库条目 {sid}").format(sid=sid)
        self.checking = True
        self.report.summary.setText(tr("正在检查…"))

        def check(control) -> list[Finding]:
            from checks import report
            from workflow.check import check_submission

            with Library.open(root) as lib:
                findings = check_submission(lib, sid)
            report.write(out, report.render(title, subject, findings))
            return findings

        def done(findings: list[Finding]) -> None:
            if generation != self._generation:
                return
            self.checking = False
            self.report.show_findings(findings, out)
            self.checked.emit(findings)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.checking = False
            self.report.clear(
                localized(exc.message_zh, exc.message_en)
                if isinstance(exc, LibraryError)
                else tr("检查未能完成")
            )
            if not isinstance(exc, LibraryError):
                self.ctx.tasks.error.emit(exc)

        self.ctx.tasks.run(check, on_done=done, on_error=failed)

    @property
    def findings(self) -> list[Finding]:
        return self.report.findings

    @property
    def blocking(self) -> list[Finding]:
        return self.report.blocking
