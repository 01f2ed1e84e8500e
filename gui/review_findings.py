"""The check report shown beside the site preview (``gui.preview_pane``): the findings of
``workflow.check.check_submission`` grouped by severity, each with its place, citation and fix; the
printable report of ``checks.report`` one click away; and, for a section head, accepting a finding
with a reason (``workflow.check.accept``, audit-logged: it then no longer blocks 通过)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from gui.app import localized
from gui.checks_tab import GROUP_COLORS, GROUP_NAMES, counts, place
from gui.context import AppContext
from gui.layout import hbox, vbox
from policy.findings import Finding, Severity
from policy.keys import REVIEWER_ROLE
from storage import Library, LibraryError

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("PreviewPane", text)


class FindingsReport(QWidget):
    accepted = Signal(object)  # the Finding a section head accepted (the pane checks again)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.submission_id: int | None = None
        self.findings: list[Finding] = []
        self.report_path: Path | None = None
        # ports a test replaces: opening a file with the system, asking why a finding is accepted
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.ask_reason: Callable[[Finding], str | None] = self._ask_reason
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("heading")
        self.report_button = QPushButton(tr("打开检查报告"))
        self.report_button.setToolTip(tr("在浏览器中打开可打印的检查报告"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("检查发现的问题"), tr("位置")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setLayout(vbox(hbox((self.summary, 1), self.report_button), (self.tree, 1)))
        self.report_button.clicked.connect(self.open_report)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.itemDoubleClicked.connect(lambda item, _: self.accept(item.data(0, FINDING_ROLE)))
        self.clear()

    def clear(self, text: str = "") -> None:
        self.findings, self.report_path = [], None
        self.tree.clear()
        self.summary.setText(text)
        self.report_button.setEnabled(False)

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking]

    def show_findings(self, findings: list[Finding], report_path: Path | None = None) -> None:
        self.findings, self.report_path = list(findings), report_path
        self.report_button.setEnabled(report_path is not None)
        self.tree.clear()
        n = counts(findings)
        for severity in Severity:
            group = [f for f in findings if f.severity is severity]
            if group:
                self._group(severity, group, n[severity])
        if not findings:
            none = QTreeWidgetItem([tr("✓ 没有发现问题"), ""])
            none.setForeground(0, QBrush(QColor("#1e7d32")))
            self.tree.addTopLevelItem(none)
        if n[Severity.BLOCK]:
            text = tr("检查：{block} 项阻断（警告 {warn}，提示 {info}）")
        elif findings:
            text = tr("检查：没有阻断问题（警告 {warn}，提示 {info}）")
        else:
            text = tr("检查：没有发现问题")
        self.summary.setText(
            text.format(block=n[Severity.BLOCK], warn=n[Severity.WARN], info=n[Severity.INFO])
        )

    def _group(self, severity: Severity, group: list[Finding], count: int) -> None:
        name = QCoreApplication.translate("ChecksTab", GROUP_NAMES[severity])
        top = QTreeWidgetItem([f"{name}（{count}）", ""])
        top.setForeground(0, QBrush(QColor(GROUP_COLORS[severity])))
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        self.tree.addTopLevelItem(top)
        for finding in group:
            text = localized(finding.message_zh, finding.message_en)
            if finding.accepted is not None:
                text += tr("（已由 {who} 接受：{reason}）").format(
                    who=finding.accepted.reviewer, reason=finding.accepted.reason
                )
            item = QTreeWidgetItem([text, place(finding.location)])
            item.setData(0, FINDING_ROLE, finding)
            tip = [text, tr("依据：{c}").format(c=finding.citation)]
            if finding.fix:
                tip.append(tr("修改：{fix}").format(fix=localized(finding.fix, finding.fix_en)))
            item.setToolTip(0, "\n".join(tip))
            if finding.accepted is not None:
                item.setForeground(0, QBrush(QColor("#8a8f98")))
            top.addChild(item)
        top.setExpanded(True)

    def open_report(self) -> None:
        if self.report_path is not None:
            self.open_url(QUrl.fromLocalFile(str(self.report_path)))

    # -- accepting a finding (section heads) -----------------------------------------------------------
    @property
    def can_accept(self) -> bool:
        return self.ctx.role == REVIEWER_ROLE

    def _menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        finding = item.data(0, FINDING_ROLE) if item is not None else None
        if finding is None:
            return
        menu = QMenu(self.tree)
        copy = menu.addAction(tr("复制问题"))
        accept = menu.addAction(tr("接受此项（写明理由）…")) if self.can_accept else None
        if accept is not None:
            accept.setEnabled(finding.accepted is None)
        chosen = menu.exec(self.tree.viewport().mapToGlobal(pos))
        if chosen is copy:
            QGuiApplication.clipboard().setText(
                f"{localized(finding.message_zh, finding.message_en)}\n{finding.citation}"
            )
        elif chosen is not None and chosen is accept:
            self.accept(finding)

    def _ask_reason(self, finding: Finding) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            self,
            tr("接受检查结果"),
            tr("接受后此项不再阻断审核通过，并记入审计日志。\n{message}\n\n接受的理由：").format(
                message=localized(finding.message_zh, finding.message_en)
            ),
        )
        return text.strip() if ok and text.strip() else None

    def accept(self, finding: Finding | None) -> None:
        """A section head's acceptance of ``finding``, with the reason asked (on the task runner)."""
        if (
            finding is None
            or self.submission_id is None
            or not self.can_accept
            or finding.accepted is not None
        ):
            return
        reason = self.ask_reason(finding)
        if not reason:
            return
        sid, root, who = self.submission_id, self.ctx.library_root, self.ctx.actor

        def work(control) -> None:
            from workflow.check import accept

            with Library.open(root) as lib:
                accept(lib, sid, finding.id, who, reason)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, LibraryError):
                self.ctx.tasks.error.emit(exc)
                return
            self.summary.setText(localized(exc.message_zh, exc.message_en))

        self.ctx.tasks.run(work, on_done=lambda _: self.accepted.emit(finding), on_error=failed)
