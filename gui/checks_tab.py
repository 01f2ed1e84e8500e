"""The 检查 tab: the findings of ``workflow.check.check_submission`` grouped by severity, each with
its citation and fix; a double-click asks the window to jump to the field, passage or section. The
check and the submission (``workflow.submitting.submit``) run on the task runner, each with its own
library connection; 提交审核 is enabled only while no 阻断 stands."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from gui.app import localized
from gui.context import AppContext
from gui.details_forms import LABELS as DETAIL_LABELS
from gui.fields_tab import LABELS
from gui.layout import hbox, vbox
from policy.findings import Finding, Location, Severity
from policy.submission import SubmissionStatus
from storage import Library, LibraryError, submissions

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SUBMITTABLE = (SubmissionStatus.DRAFT, SubmissionStatus.RETURNED)
GROUP_NAMES = {
    Severity.BLOCK: QT_TRANSLATE_NOOP("ChecksTab", "阻断"),
    Severity.WARN: QT_TRANSLATE_NOOP("ChecksTab", "警告"),
    Severity.INFO: QT_TRANSLATE_NOOP("ChecksTab", "提示"),
}
GROUP_COLORS = {Severity.BLOCK: "#c62828", Severity.WARN: "#b26a00", Severity.INFO: "#1565c0"}


def place(location: Location) -> str:
    """Where a finding is, in the words of the window: 字段“成文日期” 第1页 第8段 / 解读“主要内容”."""
    parts = []
    key = location.field or ""
    if key in LABELS:
        parts.append(
            QCoreApplication.translate("ChecksTab", "字段“{name}”").format(
                name=QCoreApplication.translate("FieldsTab", LABELS[key])
            )
        )
    elif key in DETAIL_LABELS:  # before 解读's: interpretation_publish_date is a detail
        name = QCoreApplication.translate("DetailsTab", DETAIL_LABELS[key])
        if location.row is None:
            parts.append(QCoreApplication.translate("ChecksTab", "详情“{name}”").format(name=name))
        else:  # a row of the 收费清单 or of the 公众参与 records
            text = QCoreApplication.translate("ChecksTab", "详情“{name}”第 {row} 行")
            parts.append(text.format(name=name, row=location.row + 1))
            location = dataclasses.replace(location, row=None)
    elif key.startswith(("interpretation", "解读")):
        head, _, section = key.partition(".")
        if section == "forms":
            parts.append(QCoreApplication.translate("ChecksTab", "解读形式"))
        elif section:
            parts.append(QCoreApplication.translate("ChecksTab", "解读“{section}”").format(section=section))
        else:
            parts.append(QCoreApplication.translate("ChecksTab", "政策解读"))
    elif key:
        parts.append(QCoreApplication.translate("ChecksTab", "“{name}”").format(name=key))
    rest = Location(None, location.block, location.span, location.page, location.row, location.file)
    if rest != Location():
        parts.append(rest.describe())
    return " ".join(parts) or QCoreApplication.translate("ChecksTab", "全文")


def counts(findings: list[Finding]) -> dict[Severity, int]:
    """Open findings per severity (an accepted finding no longer counts)."""
    result = dict.fromkeys(Severity, 0)
    for f in findings:
        if f.accepted is None:
            result[f.severity] += 1
    return result


class ChecksTab(QWidget):
    edited = Signal()
    source_requested = Signal(int, int, int)
    checked = Signal(object)  # list[Finding] of the shown submission
    jump_requested = Signal(object)  # the Finding to go to
    submitted = Signal(int)
    submittable = Signal(bool)  # 提交审核 possible now (the window's toolbar action follows it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.submission_id: int | None = None
        self.findings: list[Finding] = []
        self.checking = self.submitting = False
        self._generation = 0
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("heading")
        self.recheck_button = QPushButton(QCoreApplication.translate("ChecksTab", "重新检查"))
        self.submit_button = QPushButton(QCoreApplication.translate("ChecksTab", "提交审核"))
        self.submit_button.setObjectName("primary")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [QCoreApplication.translate("ChecksTab", "问题"), QCoreApplication.translate("ChecksTab", "位置")]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        hint = QLabel(
            QCoreApplication.translate("ChecksTab", "双击一项可跳到对应的字段、原文段落或解读部分。")
        )
        hint.setObjectName("muted")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.setLayout(
            vbox(hbox((self.summary, 1), self.recheck_button, self.submit_button), hint, split, margin=6)
        )
        self.recheck_button.clicked.connect(self.recheck)
        self.submit_button.clicked.connect(self.submit)
        self.tree.itemDoubleClicked.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda item, _: self._show_detail(item))
        self.set_submission(None)

    # -- the contract of a workspace tab -------------------------------------------------------------
    def set_submission(self, submission_id: int | None) -> None:
        self.submission_id = submission_id
        self._generation += 1
        self.checking = False
        if submission_id is None:
            self._show([])
            return
        self.findings = []
        self.tree.clear()
        self.detail.clear()
        self.recheck()

    # -- checking --------------------------------------------------------------------------------------
    def recheck(self) -> None:
        if self.submission_id is None:
            return
        self._generation += 1
        generation, sid, root = self._generation, self.submission_id, self.ctx.library_root
        self.checking = True
        self.summary.setText(QCoreApplication.translate("ChecksTab", "正在检查…"))
        self._update_buttons()

        def check(control):
            from workflow.check import check_submission

            with Library.open(root) as lib:
                return check_submission(lib, sid)

        def done(findings: list[Finding]) -> None:
            if generation == self._generation:
                self.checking = False
                self._show(findings)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.checking = False
            self._update_buttons()
            if not isinstance(exc, LibraryError):
                self.summary.setText(QCoreApplication.translate("ChecksTab", "检查未能完成"))
                self.ctx.tasks.error.emit(exc)  # a bug: to the app's error handler
                return
            self.summary.setText(localized(exc.message_zh, exc.message_en))

        self.ctx.tasks.run(check, on_done=done, on_error=failed)

    def _show(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.tree.clear()
        self.detail.clear()
        n = counts(findings)
        for severity in Severity:
            group = [f for f in findings if f.severity is severity]
            if not group:
                continue
            title = QCoreApplication.translate("ChecksTab", GROUP_NAMES[severity])
            top = QTreeWidgetItem([f"{title}（{n[severity]}）", ""])
            top.setForeground(0, QBrush(QColor(GROUP_COLORS[severity])))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(False)
            self.tree.addTopLevelItem(top)
            for finding in group:
                text = localized(finding.message_zh, finding.message_en)
                if finding.accepted is not None:
                    text += QCoreApplication.translate("ChecksTab", "（已接受：{reason}）").format(
                        reason=finding.accepted.reason
                    )
                item = QTreeWidgetItem([text, place(finding.location)])
                item.setData(0, FINDING_ROLE, finding)
                item.setToolTip(0, text)
                if finding.accepted is not None:
                    item.setForeground(0, QBrush(QColor("#8a8f98")))
                top.addChild(item)
            top.setExpanded(True)
        if self.submission_id is not None and not self.checking:
            self.summary.setText(self._summary_text(n))
        elif self.submission_id is None:
            self.summary.setText(QCoreApplication.translate("ChecksTab", "未选择条目"))
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))
        self._update_buttons()
        if self.submission_id is not None and not self.checking:
            self.checked.emit(findings)

    def _summary_text(self, n: dict[Severity, int]) -> str:
        status = self._status()
        if status is not None and status not in SUBMITTABLE:
            return QCoreApplication.translate(
                "ChecksTab", "状态：{status}。阻断 {block}，警告 {warn}，提示 {info}"
            ).format(
                status=status.value, block=n[Severity.BLOCK], warn=n[Severity.WARN], info=n[Severity.INFO]
            )
        if n[Severity.BLOCK]:
            return QCoreApplication.translate(
                "ChecksTab", "有 {block} 项阻断问题，改正后才能提交审核（另有警告 {warn}，提示 {info}）"
            ).format(block=n[Severity.BLOCK], warn=n[Severity.WARN], info=n[Severity.INFO])
        return QCoreApplication.translate(
            "ChecksTab", "没有阻断问题，可以提交审核（警告 {warn}，提示 {info}）"
        ).format(warn=n[Severity.WARN], info=n[Severity.INFO])

    def _status(self) -> SubmissionStatus | None:
        if self.submission_id is None:
            return None
        try:
            return submissions.get(self.ctx.library, self.submission_id).status
        except LibraryError:
            return None

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking]

    @property
    def can_submit(self) -> bool:
        busy = self.checking or self.submitting or self.submission_id is None
        return not busy and not self.blocking and self._status() in SUBMITTABLE

    def _update_buttons(self) -> None:
        self.submit_button.setEnabled(self.can_submit)
        self.submittable.emit(self.can_submit)
        self.recheck_button.setEnabled(self.submission_id is not None and not self.checking)

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        finding = item.data(0, FINDING_ROLE) if item is not None else None
        if finding is None:
            self.detail.clear()
            return
        rows = (
            (
                QCoreApplication.translate("ChecksTab", "问题"),
                localized(finding.message_zh, finding.message_en),
            ),
            (QCoreApplication.translate("ChecksTab", "位置"), place(finding.location)),
            (QCoreApplication.translate("ChecksTab", "依据"), finding.citation),
            (QCoreApplication.translate("ChecksTab", "修改"), localized(finding.fix, finding.fix_en)),
            (QCoreApplication.translate("ChecksTab", "规则"), finding.rule_id),
        )
        body = "".join(
            f'<tr><td style="color:#5f6b7a;padding-right:12px;white-space:nowrap">{html.escape(k)}</td>'
            f"<td>{html.escape(v or '')}</td></tr>"
            for k, v in rows
        )
        self.detail.setHtml(f"<table>{body}</table>")

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        finding = item.data(0, FINDING_ROLE)
        if finding is not None:
            self.jump_requested.emit(finding)

    # -- submitting ------------------------------------------------------------------------------------
    def submit(self) -> None:
        if not self.can_submit:
            return
        sid, root, actor = self.submission_id, self.ctx.library_root, self.ctx.actor
        self.submitting = True
        self._update_buttons()
        self.summary.setText(QCoreApplication.translate("ChecksTab", "正在提交审核…"))

        def work(control):
            from workflow.submitting import submit

            with Library.open(root) as lib:
                return submit(lib, sid, actor)

        def done(findings: list[Finding]) -> None:
            self.submitting = False
            if sid == self.submission_id:
                self._show(findings)
                self.summary.setText(
                    QCoreApplication.translate("ChecksTab", "已提交审核，等待科室负责人审核。")
                )
            self.submitted.emit(sid)

        def failed(exc: BaseException) -> None:
            self.submitting = False
            if not isinstance(exc, LibraryError):
                self._update_buttons()
                self.ctx.tasks.error.emit(exc)
                return
            if getattr(exc, "findings", None) is not None and sid == self.submission_id:
                self.recheck()
            else:
                self._update_buttons()
            self.summary.setText(localized(exc.message_zh, exc.message_en))

        self.ctx.tasks.run(work, on_done=done, on_error=failed)
