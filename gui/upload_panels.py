"""The uploader's two side panels: the result of the last action (a bundle's verification with
every reason, or a line per file for 生成 / 打开 / 导出 / 上传) and the upload's progress (the
bundle in flight and the whole batch, bytes sent and skipped, 取消)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)

from bundles.verify import BundleReport
from gui.app import localized
from gui.layout import hbox, vbox
from gui.upload_jobs import Note, parse_progress
from gui.upload_models import GREEN, RED, bundle_kind_name, local_time, size_text

translate = QCoreApplication.translate
NOTES = {  # what a job's Note says, by its ``what``; {0} is its detail
    "made": QT_TRANSLATE_NOOP("UploadPanels", "已生成，校验通过"),
    "opened": QT_TRANSLATE_NOOP("UploadPanels", "校验通过，已列入待上传"),
    "not_for_site": QT_TRANSLATE_NOOP(
        "UploadPanels", "这是“{0}”，不是审核通过的发布包，不能上传（先审后发）"
    ),
    "invalid": QT_TRANSLATE_NOOP("UploadPanels", "校验未通过：{0}"),
    "failed": QT_TRANSLATE_NOOP("UploadPanels", "{0}"),
    "exported": QT_TRANSLATE_NOOP("UploadPanels", "已导出到 {0}，副本校验通过"),
    "not_exported": QT_TRANSLATE_NOOP("UploadPanels", "未导出：{0}"),
    "upload": QT_TRANSLATE_NOOP("UploadPanels", "{0}"),
}


def note_text(note: Note) -> str:
    return translate("UploadPanels", NOTES[note.what]).format(note.detail)


def table_view(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    """A read-only table of whole rows, sortable by its headers (the rows' own order until clicked)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the rows' own order
    view.setSortingEnabled(True)  # until a header is clicked (on SORT_ROLE's native values)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    return view


class ResultPanel(QGroupBox):
    """校验结果: a headline (✓ / ✗), what the bundle is and who approved it, then one line per
    reason — or, after an action on several files, one line per file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("UploadPanels", "校验与结果"), parent)
        self.headline = QLabel()
        self.headline.setObjectName("heading")
        self.headline.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines = QListWidget()
        self.lines.setWordWrap(True)
        self.lines.setAlternatingRowColors(True)
        self.setLayout(vbox(self.headline, self.info, (self.lines, 1), margin=8))
        self.clear()

    def clear(self) -> None:
        self.set_headline(
            translate("UploadPanels", "选择列表中的上传包查看校验结果，或打开收到的上传包。"), None
        )
        self.info.clear()
        self.info.hide()
        self.lines.clear()

    def set_headline(self, text: str, ok: bool | None) -> None:
        self.headline.setText(text)
        colour = "" if ok is None else (GREEN if ok else RED).name()
        self.headline.setStyleSheet(f"color: {colour};" if colour else "")

    def show_report(self, report: BundleReport) -> None:
        name = Path(report.file).name
        if report.ok:
            self.set_headline(translate("UploadPanels", "✓ 校验通过：{0}").format(name), True)
        else:
            self.set_headline(
                translate("UploadPanels", "✗ 校验未通过（{0} 项问题）：{1}").format(
                    len(report.reasons), name
                ),
                False,
            )
        facts = []
        if report.index_number or report.title:
            facts.append(" · ".join(x for x in (report.index_number, report.title) if x))
        if report.kind:
            facts.append(translate("UploadPanels", "类型：{0}").format(bundle_kind_name(report.kind)))
        for d in report.decisions:
            facts.append(
                translate("UploadPanels", "审核：{0} · {1}（{2}）{3}，{4}").format(
                    d.level, d.reviewer, d.role, d.decision, local_time(d.reviewed_at)[:16]
                )
            )
        if report.ok and report.decisions:
            facts.append(translate("UploadPanels", "包完整，内容与审核记录一致，签名来自可信审核人。"))
        self.info.setText("\n".join(facts))
        self.info.setVisible(bool(facts))
        self.lines.clear()
        for reason in report.reasons:
            self._add_line(localized(reason.message_zh, reason.message_en), False)

    def show_notes(self, headline: str, ok: bool, notes: Sequence[Note]) -> None:
        self.set_headline(headline, ok)
        self.info.clear()
        self.info.hide()
        self.lines.clear()
        for note in notes:
            self._add_line(f"{note.name}：{note_text(note)}", note.ok)

    def show_message(self, text: str, ok: bool | None = False) -> None:
        self.set_headline(text, ok)
        self.info.clear()
        self.info.hide()
        self.lines.clear()

    def _add_line(self, text: str, ok: bool) -> None:
        item = QListWidgetItem(("✓ " if ok else "✗ ") + text)
        item.setForeground(GREEN if ok else RED)
        item.setToolTip(text)
        self.lines.addItem(item)

    def text(self) -> str:
        """Everything the panel shows, as one text (tests; copying)."""
        rows = [self.lines.item(i).text() for i in range(self.lines.count())]
        return "\n".join([self.headline.text(), self.info.text(), *rows])


class ProgressPanel(QGroupBox):
    """上传进度: the bundle in flight and the whole batch, bytes so far, 取消."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("UploadPanels", "上传进度"), parent)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.bundle_bar = QProgressBar()
        self.bundle_bar.setRange(0, 1000)
        self.bundle_bar.setFormat("%p%")
        self.overall_bar = QProgressBar()
        self.overall_bar.setRange(0, 1000)
        self.overall_bar.setFormat("%p%")
        self.bytes_label = QLabel()
        self.bytes_label.setObjectName("muted")
        self.bytes_label.setWordWrap(True)
        self.cancel_button = QPushButton(translate("UploadPanels", "取消"))
        self.cancel_button.setToolTip(translate("UploadPanels", "停止上传；已传完的文件下次不会重传"))
        self.cancel_button.hide()
        self.bundle_caption = QLabel(translate("UploadPanels", "当前上传包"))
        self.overall_caption = QLabel(translate("UploadPanels", "全部"))
        for caption in (self.bundle_caption, self.overall_caption):
            caption.setMinimumWidth(72)
        self.setLayout(
            vbox(
                self.file_label,
                hbox(self.bundle_caption, (self.bundle_bar, 1)),
                hbox(self.overall_caption, (self.overall_bar, 1)),
                hbox((self.bytes_label, 1), self.cancel_button),
                margin=8,
            )
        )
        self.names: list[str] = []
        self.sizes: list[int] = []
        self.reset()

    def reset(self) -> None:
        self.file_label.setText(translate("UploadPanels", "没有进行中的上传。"))
        self.bundle_bar.setValue(0)
        self.overall_bar.setValue(0)
        self.bytes_label.clear()

    def start(self, names: Sequence[str], sizes: Sequence[int]) -> None:
        self.names, self.sizes = list(names), [max(s, 1) for s in sizes]
        self.bundle_bar.setValue(0)
        self.overall_bar.setValue(0)
        self.bytes_label.clear()
        self.file_label.setText(translate("UploadPanels", "正在校验并连接网站…"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()

    def fraction(self, index: int, text: str) -> float:
        """Show one progress report (``ProgressRelay``'s form); the bundle's share done."""
        done, total, shown = parse_progress(text)
        part = min(done / total, 1.0) if total else 0.0
        self.bundle_bar.setValue(round(part * 1000))
        whole = sum(self.sizes) or 1
        before = sum(self.sizes[:index])
        size = self.sizes[index] if index < len(self.sizes) else 0
        self.overall_bar.setValue(round((before + size * part) / whole * 1000))
        name = self.names[index] if index < len(self.names) else ""
        self.file_label.setText(
            translate("UploadPanels", "正在上传 {0}/{1}：{2}\n{3}").format(
                index + 1, len(self.names), name, shown
            )
        )
        self.bytes_label.setText(
            translate("UploadPanels", "本包 {0} / {1}").format(size_text(done), size_text(total))
        )
        return part

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.file_label.setText(translate("UploadPanels", "正在取消…"))

    def finish(self, ok: bool, sent: int, skipped: int, headline: str) -> None:
        self.cancel_button.hide()
        if ok:
            self.bundle_bar.setValue(1000)
            self.overall_bar.setValue(1000)
        self.file_label.setText(headline)
        self.bytes_label.setText(
            translate("UploadPanels", "已发送 {0}，跳过 {1}（网站上已有，未重传）").format(
                size_text(sent), size_text(skipped)
            )
        )


def upload_problem(outcome: str, message: str) -> str:
    """One line in Chinese for what stopped an upload."""
    code = re.search(r"HTTP (\d{3})", message)
    if outcome == "token_refused":
        return translate(
            "UploadPanels",
            "网站拒绝了上传令牌（HTTP {0}）：请在“设置 → 上传网站”中检查令牌是否正确、是否过期",
        ).format(code.group(1) if code else "401/403")
    if outcome == "disk_full":
        return translate("UploadPanels", "网站服务器存储空间已满（HTTP 507），请联系网站管理员")
    if outcome == "network":
        return translate("UploadPanels", "网络中断，上传未完成：已传完的文件已记下，再点“上传”会从中断处继续")
    if outcome == "cancelled":
        return translate("UploadPanels", "已取消上传：已传完的文件已记下，再点“上传”会从中断处继续")
    return message
