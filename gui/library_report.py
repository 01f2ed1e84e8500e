"""资料库检查: the library-wide checks in a window (``workflow.library_checks.check_library``, the
same as ``check --library-wide``) — the findings about the library as a whole (stale or blank site
columns, expired items still shown as valid, a 解读 published late…), each column's freshness, and
the 考核 figures per department and year. The district's column list (栏目,类型,最后更新日期) is
imported here too. A finding about one submission opens it (``open_submission``) where the role
has a list to open it in. The check runs off the GUI thread; the window holds no rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from checks.library_wide import ColumnStatus, Figures, LibraryFinding, LibraryReport, percent
from gui.app import localized, message_of
from gui.checks_tab import GROUP_COLORS, GROUP_NAMES
from gui.context import AppContext
from gui.layout import hbox, vbox
from policy.findings import Severity
from storage import Library, LibraryError
from workflow.library_checks import check_library, import_site_columns

translate = QCoreApplication.translate


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class LibraryReportDialog(QDialog):
    open_submission = Signal(int)
    checked = Signal(object)  # the LibraryReport shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, can_open: bool = False) -> None:
        super().__init__(parent)
        self.ctx, self.can_open = ctx, can_open
        self.report: LibraryReport | None = None
        self.setWindowTitle(translate("LibraryReport", "资料库检查"))
        self.summary = QLabel(translate("LibraryReport", "正在检查…"), self)
        self.summary.setWordWrap(True)
        self.findings = _table(self, [translate("LibraryReport", "程度"), translate("LibraryReport", "问题"),
                                      translate("LibraryReport", "条目"), translate("LibraryReport", "修改")])  # fmt: skip
        self.findings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.findings.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.findings.cellActivated.connect(self._activated)
        self.findings.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(72)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.columns = _table(self, [translate("LibraryReport", "栏目"), translate("LibraryReport", "类型"),
                                     translate("LibraryReport", "最后更新"), translate("LibraryReport", "已过天数"),
                                     translate("LibraryReport", "更新要求"), translate("LibraryReport", "状态")])  # fmt: skip
        self.columns.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.figures = _table(self, [translate("LibraryReport", "部门"), translate("LibraryReport", "年度"),
                                     translate("LibraryReport", "重大政策解读率"), translate("LibraryReport", "解读同日发布率"),
                                     translate("LibraryReport", "意见征集达标率")])  # fmt: skip
        self.figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.figures_note = QLabel(
            translate("LibraryReport", "重大政策解读率 = 有解读的（规范性文件 + 标为重大的政策）÷ 全部（应达到 100%）；"
               "同日发布率 = 与文件同日发布的解读 ÷ 有解读的政策；征集达标率 = 征集期不少于 30 天的意见征集 ÷ 全部。"),
            self,
        )  # fmt: skip
        self.figures_note.setObjectName("muted")
        self.figures_note.setWordWrap(True)
        self.tabs = QTabWidget(self)
        findings_page = QWidget(self)
        findings_page.setLayout(vbox((self.findings, 1), self.detail))
        self.tabs.addTab(findings_page, translate("LibraryReport", "问题"))
        self.tabs.addTab(self.columns, translate("LibraryReport", "栏目更新"))
        figures_page = QWidget(self)
        figures_page.setLayout(vbox((self.figures, 1), self.figures_note))
        self.tabs.addTab(figures_page, translate("LibraryReport", "考核指标"))
        self.recheck_button = QPushButton(translate("LibraryReport", "重新检查"), self)
        self.recheck_button.clicked.connect(self.recheck)
        self.import_button = QPushButton(translate("LibraryReport", "导入栏目清单…"), self)
        self.import_button.setToolTip(
            translate(
                "LibraryReport",
                "网站的栏目清单（CSV，第一行：栏目,类型,最后更新日期），用于检查栏目是否按时更新",
            )
        )
        self.import_button.clicked.connect(self.import_columns_dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.setLayout(
            vbox(
                self.summary,
                (self.tabs, 1),
                hbox(self.recheck_button, self.import_button, 1, buttons),
                margin=10,
                spacing=8,
            )
        )
        self.resize(980, 600)
        self.recheck()

    # -- checking ------------------------------------------------------------------------------
    def recheck(self) -> None:
        self.recheck_button.setEnabled(False)
        self.summary.setText(translate("LibraryReport", "正在检查…"))
        root = self.ctx.library_root

        def work(_control) -> LibraryReport:
            with Library.open(root, create=False) as lib:
                return check_library(lib)

        def failed(exc: BaseException) -> None:
            self.recheck_button.setEnabled(True)
            if not isinstance(exc, LibraryError):
                self.summary.setText(translate("LibraryReport", "检查未能完成"))
                self.ctx.tasks.error.emit(exc)
                return
            self.summary.setText(message_of(exc))

        self.ctx.tasks.run(work, on_done=self.show_report, on_error=failed)

    def show_report(self, report: LibraryReport) -> None:
        self.report = report
        self.recheck_button.setEnabled(True)
        counts = {s: sum(1 for f in report.findings if f.finding.severity is s) for s in Severity}
        parts = [translate("LibraryReport", "{n} 项{severity}").format(n=n, severity=_severity(s))
                 for s, n in counts.items() if n]  # fmt: skip
        found = (
            translate("LibraryReport", "，").join(parts)
            if parts
            else translate("LibraryReport", "未发现问题")
        )
        self.summary.setText(
            translate("LibraryReport", "截至 {day}：{found}").format(
                day=report.today.isoformat(), found=found
            )
        )
        self._show_findings(report.findings)
        self._show_columns(report.columns)
        self._show_figures(report.figures)
        self.checked.emit(report)

    def _show_findings(self, findings: tuple[LibraryFinding, ...]) -> None:
        _fill(self.findings, [
            [_severity(lf.finding.severity), localized(lf.finding.message_zh, lf.finding.message_en),
             _subject(lf), localized(lf.finding.fix, lf.finding.fix_en)]
            for lf in findings
        ])  # fmt: skip
        for r, lf in enumerate(findings):
            self.findings.item(r, 0).setForeground(QBrush(QColor(GROUP_COLORS[lf.finding.severity])))
            self.findings.item(r, 1).setToolTip(lf.finding.citation)
            if lf.submission_id is not None and self.can_open:
                self.findings.item(r, 2).setToolTip(translate("LibraryReport", "双击打开这个条目"))
        self.findings.setColumnWidth(0, 64)
        self.findings.setColumnWidth(2, 220)
        self._show_detail(self.findings.currentRow())

    def _show_detail(self, row: int) -> None:
        """The whole finding under the table: message, what it is about, the basis and the fix."""
        if self.report is None or not 0 <= row < len(self.report.findings):
            self.detail.setText(translate("LibraryReport", "选中一项问题，这里显示依据和修改方法。"))
            return
        lf = self.report.findings[row]
        f = lf.finding
        lines = [
            localized(f.message_zh, f.message_en),
            translate("LibraryReport", "依据：{c}").format(c=f.citation),
            translate("LibraryReport", "修改：{fix}").format(fix=localized(f.fix, f.fix_en)),
        ]
        if lf.submission_id is not None and self.can_open:
            lines.append(translate("LibraryReport", "双击这一行打开条目。"))
        self.detail.setText("\n".join(lines))

    def _show_columns(self, columns: tuple[ColumnStatus, ...]) -> None:
        _fill(self.columns, [
            [c.name, c.column_type, _day(c.last_update), "—" if c.days_since is None else str(c.days_since),
             "—" if c.limit_days is None else translate("LibraryReport", "{n} 天内").format(n=c.limit_days), _state(c)]
            for c in columns
        ])  # fmt: skip
        for r, c in enumerate(columns):
            if c.stale or c.last_update is None:
                self.columns.item(r, 5).setForeground(QBrush(QColor(GROUP_COLORS[Severity.WARN])))

    def _show_figures(self, figures: tuple[Figures, ...]) -> None:
        _fill(self.figures, [
            [f.department, str(f.year), f"{percent(f.major_rate)}（{f.major_interpreted}/{f.major_policies}）",
             f"{percent(f.same_day_rate)}（{f.same_day}/{f.interpreted}）",
             f"{percent(f.consultation_rate)}（{f.consultations_long_enough}/{f.consultations}）"]
            for f in figures
        ])  # fmt: skip

    def _activated(self, row: int, _column: int) -> None:
        if self.report is None or not self.can_open:
            return
        submission_id = self.report.findings[row].submission_id
        if submission_id is not None:
            self.open_submission.emit(submission_id)

    # -- the column list -------------------------------------------------------------------------
    def import_columns_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("LibraryReport", "导入栏目清单"),
            "",
            translate("LibraryReport", "栏目清单 (*.csv)"),
        )
        if path:
            self.import_columns(Path(path))

    def import_columns(self, path: Path) -> bool:
        try:
            count = import_site_columns(self.ctx.library, path, self.ctx.actor)
        except LibraryError as exc:
            self.summary.setText(message_of(exc))
            return False
        self.summary.setText(translate("LibraryReport", "已导入 {n} 个栏目，正在重新检查…").format(n=count))
        self.recheck()
        return True


def _severity(severity: Severity) -> str:
    return translate("ChecksTab", GROUP_NAMES[severity])


def _subject(lf: LibraryFinding) -> str:
    if lf.submission_id is None:
        return lf.column or ""
    return " ".join(x for x in (lf.doc_number, lf.title) if x) or f"#{lf.submission_id}"


def _state(c: ColumnStatus) -> str:
    if c.last_update is None:
        return translate("LibraryReport", "空白")
    return translate("LibraryReport", "超期") if c.stale else translate("LibraryReport", "正常")
