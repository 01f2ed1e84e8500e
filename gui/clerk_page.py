"""The clerk's (经办人) page of the main window: the submissions list beside the selected
submission's workspace (文件信息, 详情, 政策解读, 新旧对照, 检查, 预览, 历史), the reviewer's comment when
an item came back, and the clerk's actions — 导入, 提交审核, 生成送审包 (the file for a section
head on another machine), 打开 (the answer that comes back). It wires the parts and holds no rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QStackedWidget, QTabWidget, QWidget

from gui.actions import BUNDLE_SUFFIX, action
from gui.app import localized, message_of
from gui.checks_tab import ChecksTab, counts
from gui.context import AppContext
from gui.details_tab import DetailsTab, is_details_key
from gui.fields_tab import FieldsTab
from gui.importing import SUFFIXES, Importer, ImportReport
from gui.layout import boxed, vbox
from gui.submission_list import SubmissionList
from gui.workspace_tabs import LazyTab
from policy.findings import Finding, Severity
from policy.metadata import FIELD_KEYS
from policy.submission import SubmissionStatus as S
from storage import LibraryError, records, submissions

RECHECK_DELAY_MS = 1000
translate = QCoreApplication.translate


class ClerkPage(QWidget):
    status_message = Signal(str, int)  # text, milliseconds
    title_changed = Signal(str)  # the selected submission's title ("" when none)
    opened = Signal(object)  # a Path opened with 打开 (for 最近打开)

    def __init__(self, ctx: AppContext, window) -> None:
        super().__init__(window)
        self.ctx, self.window_ = ctx, window
        self.submission_id: int | None = None
        self._warming = False
        self.warmed = False  # the composer's dictionaries are loaded (see warm_up)
        self.importer = Importer(ctx, self)
        self.list = SubmissionList(ctx, self)
        self.fields = FieldsTab(ctx, self)
        self.details = DetailsTab(ctx, self)
        self.interpretation = LazyTab(
            "gui.interpretation_tab", "InterpretationTab", ctx, translate("MainWindow", "政策解读"), self
        )
        self.diff = LazyTab("gui.diff_tab", "DiffTab", ctx, translate("MainWindow", "新旧对照"), self)
        self.checks = ChecksTab(ctx, self)
        self.preview = LazyTab(
            "gui.preview_pane", "PreviewPane", ctx, translate("MainWindow", "预览"), self, on_show=True
        )
        self.history = LazyTab("gui.history_view", "HistoryView", ctx, translate("MainWindow", "历史"), self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for tab, title in self.tab_titles():
            self.tabs.addTab(tab, title)
        self.returned = QLabel(self)
        self.returned.setObjectName("notice")
        self.returned.setWordWrap(True)
        self.returned.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.returned.hide()
        self.workspace = QStackedWidget(self)
        self.workspace.addWidget(self._empty_page())
        self.workspace.addWidget(boxed(vbox(self.returned, (self.tabs, 1), spacing=4)))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([420, 1000])
        self.setLayout(vbox(self.splitter))
        self.save_label = QLabel(self)
        self.checks_label = QLabel(self)
        self._make_actions()
        self._recheck_timer = QTimer(self, singleShot=True, interval=RECHECK_DELAY_MS)
        self._recheck_timer.timeout.connect(self.checks.recheck)
        for tab in self.workspace_tabs:
            tab.edited.connect(self._edited)
            tab.source_requested.connect(self.show_source)
        self.list.selected.connect(self.set_submission)
        self.checks.checked.connect(self._checked)
        self.checks.jump_requested.connect(self.jump_to)
        self.checks.submitted.connect(self._submitted)
        self.checks.submittable.connect(self.submit_action.setEnabled)
        self.importer.finished.connect(self._imported)
        self.list.refresh()

    def tab_titles(self) -> list[tuple[QWidget, str]]:
        return [(self.fields, translate("MainWindow", "文件信息")), (self.details, translate("MainWindow", "详情")),
                (self.interpretation, translate("MainWindow", "政策解读")), (self.diff, translate("MainWindow", "新旧对照")),
                (self.checks, translate("MainWindow", "检查")), (self.preview, translate("MainWindow", "预览")), (self.history, translate("MainWindow", "历史"))]  # fmt: skip

    @property
    def workspace_tabs(self) -> list[QWidget]:
        return [tab for tab, _ in self.tab_titles()]

    def _make_actions(self) -> None:
        self.import_action = action(self, translate("MainWindow", "导入(&I)…"), self.import_files_dialog, "Ctrl+I",
                                    tip=translate("MainWindow", "导入一个或多个公文文件"))  # fmt: skip
        self.import_folder_action = action(
            self, translate("MainWindow", "导入文件夹(&D)…"), self.import_folder_dialog, "Ctrl+Shift+I"
        )
        self.open_action = action(self, translate("MainWindow", "打开退回或审核通过的包(&O)…"), self.open_dialog, "Ctrl+O",
                                  tip=translate("MainWindow", "打开科室负责人送回的文件，查看审核意见"))  # fmt: skip
        self.submit_action = action(self, translate("MainWindow", "提交审核(&S)"), self.submit, "Ctrl+Return", "Ctrl+Enter",
                                    tip=translate("MainWindow", "没有阻断问题时，提交科室负责人审核"))  # fmt: skip
        self.submit_action.setEnabled(False)
        self.send_action = action(self, translate("MainWindow", "生成送审包(&B)…"), self.send, "Ctrl+Shift+B",
                                  tip=translate("MainWindow", "把待审核的条目写成送审包文件，交给另一台电脑上的科室负责人"))  # fmt: skip
        self.send_action.setEnabled(False)
        self.confirm_action = action(
            self, translate("MainWindow", "全部确认(&A)"), self.fields.confirm_all, "Ctrl+Shift+A"
        )
        self.confirm_action.setEnabled(False)
        self.recheck_action = action(self, translate("MainWindow", "重新检查(&K)"), self.checks.recheck, "F5")
        self.refresh_action = action(
            self, translate("MainWindow", "刷新列表(&L)"), self.list.refresh, "Ctrl+R"
        )
        for made, short in ((self.import_action, translate("MainWindow", "导入")), (self.submit_action, translate("MainWindow", "提交审核")),
                            (self.send_action, translate("MainWindow", "生成送审包"))):  # fmt: skip
            made.setIconText(short)  # the toolbar's label, without the mnemonic

    def menu_actions(self) -> dict[str, list[QAction]]:
        """The page's actions by menu (the window lays them out; a role's missing ones are absent)."""
        return {
            "file": [self.import_action, self.import_folder_action, self.open_action, self.send_action],
            "edit": [self.confirm_action, self.recheck_action, self.submit_action],
            "view": [self.refresh_action],
            "toolbar": [self.import_action, self.submit_action, self.send_action],
        }

    def _empty_page(self) -> QWidget:
        hint = QLabel(
            translate(
                "MainWindow",
                "从左侧列表选择一个条目，\n或把公文文件（.docx .doc .wps .pdf .ofd）拖到窗口里导入。",
            )
        )
        hint.setObjectName("emptyHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(translate("MainWindow", "导入文件…"))
        button.clicked.connect(self.import_files_dialog)
        return boxed(vbox(1, hint, button, 1, margin=40, spacing=16))

    def status_widgets(self) -> list[tuple[QWidget, int, bool]]:
        """(widget, stretch, permanent) for the window's status bar."""
        return [(self.save_label, 0, False), (self.checks_label, 1, False), (self.importer.progress, 0, True)]

    # -- the selected submission ---------------------------------------------------------------------
    def set_submission(self, submission_id: int | None) -> None:
        if submission_id == self.submission_id:
            return
        self.flush()
        self.submission_id = submission_id
        self.workspace.setCurrentIndex(1 if submission_id is not None else 0)
        self.checks_label.clear()
        self.submit_action.setEnabled(False)
        self._recheck_timer.stop()
        for tab in self.workspace_tabs:
            tab.set_submission(submission_id)
        self._show_saved_at(None)
        self.confirm_action.setEnabled(submission_id is not None)
        self._show_state()

    def _show_state(self) -> None:
        """The title, 生成送审包's state and a returned item's comment, from the stored submission."""
        sub = None
        if self.submission_id is not None:
            try:
                sub = submissions.get(self.ctx.library, self.submission_id)
            except LibraryError:
                sub = None
        self.title_changed.emit((sub.fields.title or sub.title or "") if sub else "")
        self.send_action.setEnabled(sub is not None and sub.status is S.PENDING)
        returns = (
            [r for r in records.reviews(self.ctx.library, sub.id) if r.decision == "退回"] if sub else []
        )
        if sub is not None and returns and sub.status in (S.RETURNED, S.DRAFT):
            last = returns[-1]
            self.returned.setText(
                translate("MainWindow", "审核退回（{reviewer}，{time}）：{comment}").format(
                    reviewer=last.reviewer, time=f"{last.at.astimezone():%m-%d %H:%M}", comment=last.comment
                )
            )
            self.returned.show()
        else:
            self.returned.hide()

    def flush(self) -> None:
        """Save what the tabs hold unsaved (before switching, submitting, closing)."""
        for tab in self.workspace_tabs:
            flush = getattr(tab, "flush", None)
            if flush is not None:
                flush()

    def _show_saved_at(self, when: dt.datetime | None) -> None:
        if self.submission_id is None:
            self.save_label.clear()
            return
        if when is None:
            try:
                when = submissions.get(self.ctx.library, self.submission_id).updated_at.astimezone()
            except LibraryError:
                self.save_label.clear()
                return
        self.save_label.setText(translate("MainWindow", "已自动保存 {time}").format(time=f"{when:%H:%M}"))

    def _edited(self) -> None:
        self._show_saved_at(dt.datetime.now())
        self.list.refresh()
        self.submit_action.setEnabled(False)
        self._recheck_timer.start()
        self._show_state()

    def _checked(self, findings: list[Finding]) -> None:
        n = counts(findings)
        self.checks_label.setText(
            translate("MainWindow", " · 检查：{block} 阻断，{warn} 警告").format(
                block=n[Severity.BLOCK], warn=n[Severity.WARN]
            )
        )
        title = (
            translate("MainWindow", "检查 ({n} 阻断)").format(n=n[Severity.BLOCK])
            if n[Severity.BLOCK]
            else translate("MainWindow", "检查")
        )
        self.tabs.setTabText(self.tabs.indexOf(self.checks), title)

    # -- routing -------------------------------------------------------------------------------------
    def show_source(self, block: int, start: int = 0, end: int = -1) -> None:
        self.tabs.setCurrentWidget(self.fields)
        self.fields.show_source(block, start, end)

    def jump_to(self, finding: Finding) -> None:
        """Go to what a finding is about: a field of the form, a detail (a row of its tables), a passage
        of the original, a 解读 section."""
        loc = finding.location
        key = loc.field or ""
        if key in FIELD_KEYS:
            self.tabs.setCurrentWidget(self.fields)
            self.fields.focus_field(key)
            if loc.block is not None:
                self.fields.show_source(loc.block, *(loc.span or (0, -1)))
        elif is_details_key(key):  # before 解读's: interpretation_publish_date is a detail
            self.tabs.setCurrentWidget(self.details)
            if not self.details.focus_field(key, loc.row):
                self.status_message.emit(localized(finding.fix, finding.fix_en), 8000)
        elif key.startswith(("interpretation", "解读")):
            self.tabs.setCurrentWidget(self.interpretation)
            head, _, section = key.partition(".")
            if head == "解读形式" or section.startswith("形式"):
                section = "forms"
            self.interpretation.focus_section(section)  # a 要素, forms, qa, keywords or "" (the tab's own)
        elif loc.block is not None:
            self.show_source(loc.block, *(loc.span or (0, -1)))
        else:
            self.status_message.emit(localized(finding.fix, finding.fix_en), 8000)

    # -- actions -------------------------------------------------------------------------------------
    def submit(self) -> None:
        self.flush()
        self.tabs.setCurrentWidget(self.checks)
        self.checks.submit()

    def _submitted(self, submission_id: int) -> None:
        self.list.refresh()
        if submission_id == self.submission_id:
            self.fields.set_submission(submission_id)
        self.submit_action.setEnabled(False)
        self._show_state()
        self.status_message.emit(translate("MainWindow", "已提交审核"), 5000)

    def send(self) -> Path | None:
        """生成送审包: the selected 待审核 item as a file in the outbox folder (asked if not set)."""
        from workflow.bundling import send

        if self.submission_id is None:
            return None
        self.flush()
        folder = self.window_.outbox_folder(translate("MainWindow", "把送审包保存到"))
        if not folder:
            return None
        try:
            written = send(self.ctx.library, self.submission_id, folder, self.ctx.actor)
        except LibraryError as exc:
            self.window_.show_problem(translate("MainWindow", "不能生成送审包"), message_of(exc))
            return None
        self.list.refresh()
        self.status_message.emit(
            translate("MainWindow", "送审包已保存：{path}").format(path=written.path), 10000
        )
        return written.path

    def open_dialog(self) -> None:
        files = self.window_.choose_files(
            translate("MainWindow", "打开退回或审核通过的包"),
            translate("MainWindow", "PolicyPress 包 (*.zip);;所有文件 (*)"),
        )
        if files:
            self.open_bundle_files(files)

    def open_bundle_files(self, paths: list[str | Path]) -> int | None:
        """Open answers to our 送审包 (returned with a comment, or approved); selects the last one."""
        from workflow.receiving import open_bundle

        shown = None
        for path in paths:
            try:
                opened = open_bundle(self.ctx.library, path, self.ctx.actor)
            except LibraryError as exc:
                self.window_.show_problem(
                    translate("MainWindow", "无法打开 {name}").format(name=Path(path).name), message_of(exc)
                )
                continue
            self.opened.emit(Path(path))
            shown = opened.submission_id
            self.status_message.emit(
                translate("MainWindow", "已打开 {name}：第 {id} 条现为“{status}”").format(
                    name=Path(path).name, id=opened.submission_id, status=opened.status.value
                ),
                10000,
            )
        if shown is not None:
            self.list.refresh()
            if self.submission_id == shown:
                self.submission_id = None  # shown already: show it again as it is now
            self.list.select(shown, emit=False)
            self.set_submission(shown)
        return shown

    def drop_paths(self, paths: list[str]) -> None:
        bundles = [p for p in paths if p.lower().endswith(BUNDLE_SUFFIX)]
        documents = [p for p in paths if not p.lower().endswith(BUNDLE_SUFFIX)]
        if bundles:
            self.open_bundle_files(bundles)
        if documents:
            self.import_paths(documents)

    def import_files_dialog(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUFFIXES)
        files = self.window_.choose_files(
            translate("MainWindow", "导入公文文件"),
            translate("MainWindow", "公文文件 ({patterns});;所有文件 (*)").format(patterns=patterns),
        )
        if files:
            self.import_paths(files)

    def import_folder_dialog(self) -> None:
        folder = self.window_.choose_folder(translate("MainWindow", "导入文件夹中的公文"), "")
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str | Path]) -> bool:
        if self.importer.running:
            self.status_message.emit(translate("MainWindow", "正在导入，请等这一批完成"), 5000)
            return False
        started = self.importer.start(paths)
        if not started:
            self.status_message.emit(translate("MainWindow", "没有找到可导入的文件"), 5000)
        return started

    def _imported(self, report: ImportReport) -> None:
        self.list.refresh()
        if report.imported:
            self.list.select(report.imported[0].submission_id)
        text = translate("MainWindow", "已导入 {ok} 个文件").format(ok=len(report.imported))
        if report.failed:
            text += translate("MainWindow", "，{bad} 个未能导入").format(bad=len(report.failed))
        if report.cancelled:
            text += translate("MainWindow", "（已取消其余文件）")
        self.status_message.emit(text, 8000)

    def warm_up(self) -> None:
        """Once the window is up: the composer's tabs, and jieba's dictionaries (~1 s on a worker;
        jieba holds the GIL in ~150 ms pieces while it loads, so this is done before the clerk opens
        a 解读 rather than then)."""
        if self._warming:
            return
        self._warming = True

        def load(control) -> None:
            from compose.keywords import warm_up

            warm_up()

        def dictionaries() -> None:
            self.ctx.tasks.run(load, on_done=lambda _: setattr(self, "warmed", True))

        self.interpretation.preload(then=lambda: self.diff.preload(then=dictionaries))

    def save_state(self, settings) -> None:
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/fields", self.fields.splitter.saveState())

    def restore_state(self, settings) -> None:
        for name, splitter in (("main/splitter", self.splitter), ("main/fields", self.fields.splitter)):
            state = settings.value(name)
            if state is not None:
                splitter.restoreState(state)

    def unsaved(self) -> list[str]:
        """What the clerk typed that the library refused (after ``flush``): lost if the window closes."""
        return self.fields.unsaved() + self.details.unsaved()

    def discard_unsaved(self) -> None:
        self.fields.discard_unsaved()
        self.details.discard_unsaved()

    def close_down(self) -> None:
        self.flush()
        self.importer.cancel()
