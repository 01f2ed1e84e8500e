"""The clerk's main window: the submissions list beside the selected submission's workspace (文件信息,
政策解读, 新旧对照, 检查), menus, a toolbar with 导入 / 提交审核, the role, the search box, and a status
bar with the last autosave and the check counts. It wires the parts together and holds no rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from gui.checks_tab import ChecksTab, counts
from gui.context import AppContext
from gui.fields_tab import FieldsTab
from gui.importing import SUFFIXES, Importer, ImportReport
from gui.layout import boxed, vbox
from gui.menus import build_menus
from gui.stylesheet import STYLE_SHEET
from gui.submission_list import SubmissionList
from gui.workspace_tabs import LazyTab
from policy.findings import Finding, Severity
from policy.metadata import FIELD_KEYS
from storage import LibraryError, submissions

RECHECK_DELAY_MS = 1000


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, settings: QSettings | None = None) -> None:
        super().__init__()
        self.ctx, self.settings = ctx, settings
        self.submission_id: int | None = None
        self._warming = False
        self.warmed = False  # the composer's dictionaries are loaded (see _warm_up)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "PolicyPress 政策文件发布助手"))
        self.setStyleSheet(STYLE_SHEET)
        self.setAcceptDrops(True)
        self.importer = Importer(ctx, self)
        self.list = SubmissionList(ctx, self)
        self.fields = FieldsTab(ctx, self)
        self.interpretation = LazyTab(
            "gui.interpretation_tab",
            "InterpretationTab",
            ctx,
            QCoreApplication.translate("MainWindow", "政策解读"),
            self,
        )
        self.diff = LazyTab(
            "gui.diff_tab", "DiffTab", ctx, QCoreApplication.translate("MainWindow", "新旧对照"), self
        )
        self.checks = ChecksTab(ctx, self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.fields, QCoreApplication.translate("MainWindow", "文件信息"))
        self.tabs.addTab(self.interpretation, QCoreApplication.translate("MainWindow", "政策解读"))
        self.tabs.addTab(self.diff, QCoreApplication.translate("MainWindow", "新旧对照"))
        self.tabs.addTab(self.checks, QCoreApplication.translate("MainWindow", "检查"))
        self.workspace = QStackedWidget()
        self.workspace.addWidget(self._empty_page())
        self.workspace.addWidget(self.tabs)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([420, 1000])
        self.setCentralWidget(self.splitter)
        build_menus(self)
        self._build_status_bar()
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
        self._restore_state()

    @property
    def workspace_tabs(self) -> list[QWidget]:
        return [self.fields, self.interpretation, self.diff, self.checks]

    # -- building ------------------------------------------------------------------------------------
    def _empty_page(self) -> QWidget:
        hint = QLabel(
            QCoreApplication.translate(
                "MainWindow",
                "从左侧列表选择一个条目，\n或把公文文件（.docx .doc .wps .pdf .ofd）拖到窗口里导入。",
            )
        )
        hint.setObjectName("emptyHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(QCoreApplication.translate("MainWindow", "导入文件…"))
        button.clicked.connect(self.import_files_dialog)
        return boxed(vbox(1, hint, button, 1, margin=40, spacing=16))

    def _build_status_bar(self) -> None:
        self.save_label = QLabel()
        self.checks_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.save_label)
        bar.addWidget(self.checks_label, 1)
        bar.addPermanentWidget(self.importer.progress)

    # -- the selected submission ---------------------------------------------------------------------
    def set_submission(self, submission_id: int | None) -> None:
        if submission_id == self.submission_id:
            return
        self.flush()
        self.submission_id = submission_id
        self.workspace.setCurrentWidget(self.tabs if submission_id is not None else self.workspace.widget(0))
        self.checks_label.clear()
        self.submit_action.setEnabled(False)
        self._recheck_timer.stop()
        for tab in self.workspace_tabs:
            tab.set_submission(submission_id)
        self._show_saved_at(None)
        self.confirm_action.setEnabled(submission_id is not None)

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
        self.save_label.setText(
            QCoreApplication.translate("MainWindow", "已自动保存 {time}").format(time=f"{when:%H:%M}")
        )

    def _edited(self) -> None:
        self._show_saved_at(dt.datetime.now())
        self.list.refresh()
        self.submit_action.setEnabled(False)
        self._recheck_timer.start()

    def _checked(self, findings: list[Finding]) -> None:
        n = counts(findings)
        self.checks_label.setText(
            QCoreApplication.translate("MainWindow", " · 检查：{block} 阻断，{warn} 警告").format(
                block=n[Severity.BLOCK], warn=n[Severity.WARN]
            )
        )
        title = QCoreApplication.translate("MainWindow", "检查")
        if n[Severity.BLOCK]:
            title = QCoreApplication.translate("MainWindow", "检查 ({n} 阻断)").format(n=n[Severity.BLOCK])
        self.tabs.setTabText(self.tabs.indexOf(self.checks), title)

    # -- routing -------------------------------------------------------------------------------------
    def show_source(self, block: int, start: int = 0, end: int = -1) -> None:
        self.tabs.setCurrentWidget(self.fields)
        self.fields.show_source(block, start, end)

    def jump_to(self, finding: Finding) -> None:
        """Go to what a finding is about: a field of the form, a passage of the original, a 解读 section."""
        loc = finding.location
        key = loc.field or ""
        if key in FIELD_KEYS:
            self.tabs.setCurrentWidget(self.fields)
            self.fields.focus_field(key)
            if loc.block is not None:
                self.fields.show_source(loc.block, *(loc.span or (0, -1)))
        elif key.startswith(("interpretation", "解读")):
            self.tabs.setCurrentWidget(self.interpretation)
            head, _, section = key.partition(".")
            if head == "解读形式" or section.startswith("形式"):
                section = "forms"
            self.interpretation.focus_section(section)  # a 要素, forms, qa, keywords or "" (the tab's own)
        elif loc.block is not None:
            self.show_source(loc.block, *(loc.span or (0, -1)))
        else:
            self.statusBar().showMessage(finding.fix, 8000)

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
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "已提交审核"), 5000)

    def import_files_dialog(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUFFIXES)
        files, _ = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("MainWindow", "导入公文文件"),
            str(Path.home()),
            QCoreApplication.translate("MainWindow", "公文文件 ({patterns});;所有文件 (*)").format(
                patterns=patterns
            ),
        )
        if files:
            self.import_paths(files)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("MainWindow", "导入文件夹中的公文"), str(Path.home())
        )
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str | Path]) -> bool:
        if self.importer.running:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "正在导入，请等这一批完成"), 5000
            )
            return False
        started = self.importer.start(paths)
        if not started:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "没有找到可导入的文件"), 5000
            )
        return started

    def _imported(self, report: ImportReport) -> None:
        self.list.refresh()
        if report.imported:
            self.list.select(report.imported[0].submission_id)
        text = QCoreApplication.translate("MainWindow", "已导入 {ok} 个文件").format(ok=len(report.imported))
        if report.failed:
            text += QCoreApplication.translate("MainWindow", "，{bad} 个未能导入").format(
                bad=len(report.failed)
            )
        if report.cancelled:
            text += QCoreApplication.translate("MainWindow", "（已取消其余文件）")
        self.statusBar().showMessage(text, 8000)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._warming:
            self._warming = True
            QTimer.singleShot(0, self._warm_up)

    def _warm_up(self) -> None:
        """Once the window is up: the composer's tabs, and jieba's dictionaries (~1 s on a worker;
        jieba holds the GIL in ~150 ms pieces while it loads, so this is done before the clerk opens
        a 解读 rather than then)."""

        def load(control) -> None:
            from compose.keywords import warm_up

            warm_up()

        def dictionaries() -> None:
            self.ctx.tasks.run(load, on_done=lambda _: setattr(self, "warmed", True))

        self.interpretation.preload(then=lambda: self.diff.preload(then=dictionaries))

    # -- drag and drop, window state -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def _restore_state(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for name, splitter in (("main/splitter", self.splitter), ("main/fields", self.fields.splitter)):
            state = self.settings.value(name)
            if state is not None:
                splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self.importer.cancel()
        self.ctx.tasks.wait(15000)
        if self.settings is not None:
            self.settings.setValue("main/geometry", self.saveGeometry())
            self.settings.setValue("main/splitter", self.splitter.saveState())
            self.settings.setValue("main/fields", self.fields.splitter.saveState())
        super().closeEvent(event)
