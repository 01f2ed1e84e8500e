"""The section head's 待审核 queue: a thin list model over ``gui.review_data.QueueItem`` rows, a
delegate that draws each as three lines (where it came from · 文号 / 标题 / who sent it and when),
and the small widget around them (count, 打开送审包…, a hint while the queue is empty)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from gui.layout import hbox, vbox
from gui.model_roles import OBJECT_ROLE, SORT_ROLE
from gui.review_data import QueueItem
from gui.submissions_model import kind_name, when

PAD_X, PAD_Y, GAP = 10, 6, 3
MUTED = QColor("#6b7280")
RECEIVED_COLOR, LOCAL_COLOR = QColor("#1565c0"), QColor("#5f6b7a")


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewQueue", text)


def origin_text(item: QueueItem) -> str:
    """送审包 / 本库: where the item came from (the first word of its row)."""
    return tr("送审包") if item.received else tr("本库")


def sender_text(item: QueueItem) -> str:
    """经办人 张三 送来 · 今天 10:12 (a 送审包) / 经办人 张三 提交 · 今天 10:12 (this library)."""
    who = item.author or tr("（未署名）")
    verb = tr("经办人 {who} 送来") if item.received else tr("经办人 {who} 提交")
    return " · ".join((verb.format(who=who), when(item.arrived_at), kind_name(item.kind)))


class QueueModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[QueueItem] = []

    def set_rows(self, rows: Sequence[QueueItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> QueueItem:
        return self._rows[row]

    def row_of(self, submission_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.submission_id == submission_id), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == OBJECT_ROLE:
            return item
        if role == SORT_ROLE:
            return QDateTime.fromMSecsSinceEpoch(int(item.arrived_at.timestamp() * 1000))
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title or tr("（无标题）")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [item.title or "", item.doc_number or "", sender_text(item)]
            if item.file_name:
                lines.append(tr("文件：{name}").format(name=item.file_name))
            return "\n".join(line for line in lines if line)
        return None


class QueueDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, 3 * line + 2 * GAP + 2 * PAD_Y + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        item: QueueItem | None = index.data(OBJECT_ROLE)
        if item is None:
            return super().paint(painter, option, index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = ink if selected else MUTED
        rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        bold = QFont(option.font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)

        first = QRect(rect.left(), rect.top(), rect.width(), line)
        badge = origin_text(item)
        badge_width = bold_metrics.horizontalAdvance(badge) + 10
        painter.setFont(bold)
        painter.setPen(ink if selected else (RECEIVED_COLOR if item.received else LOCAL_COLOR))
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, badge)
        painter.setFont(option.font)
        painter.setPen(ink if item.doc_number else muted)
        number = item.doc_number or tr("（无文号）")
        rest = first.adjusted(badge_width, 0, 0, 0)
        painter.drawText(
            rest,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(number, Qt.TextElideMode.ElideRight, rest.width()),
        )

        second = QRect(rect.left(), rect.top() + line + GAP, rect.width(), line)
        painter.setFont(bold)
        painter.setPen(ink if item.title else muted)
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(
                index.data(Qt.ItemDataRole.DisplayRole), Qt.TextElideMode.ElideRight, second.width()
            ),
        )

        third = QRect(rect.left(), rect.top() + 2 * (line + GAP), rect.width(), line)
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(
            third,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(sender_text(item), Qt.TextElideMode.ElideRight, third.width()),
        )
        painter.setPen(QColor("#e5e7eb"))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()


class ReviewQueue(QWidget):
    """The queue on the left of the workspace; ``selected`` carries the submission id or None."""

    selected = Signal(object)
    open_requested = Signal()  # 打开送审包…

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.open_button = QPushButton(tr("打开送审包…"))
        self.open_button.setToolTip(tr("打开经办人发来的送审包文件（.zip），也可以把文件拖到窗口里"))
        self.model = QueueModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(QueueDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_hint = QLabel(
            tr("没有待审核的条目。\n\n经办人发来的送审包可以用“打开送审包…”打开，或拖到窗口里。")
        )
        self.empty_hint.setObjectName("muted")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.busy = QLabel(wordWrap=True)
        self.busy.setObjectName("muted")
        self.busy.hide()
        self.setLayout(
            vbox(
                hbox((self.heading, 1), self.open_button),
                self.busy,
                (self.view, 1),
                self.empty_hint,
                margin=6,
            )
        )
        self.open_button.clicked.connect(self.open_requested)
        self.view.selectionModel().currentChanged.connect(lambda current, _: self._changed(current))
        self.set_items([])

    def set_items(self, items: Sequence[QueueItem]) -> None:
        """Fill the queue, keeping the selected item selected when it is still there."""
        keep = self.current_id()
        blocker = self.view.selectionModel().blockSignals(True)
        self.model.set_rows(items)
        self.view.selectionModel().blockSignals(blocker)
        self.heading.setText(tr("待审核（{n}）").format(n=len(items)))
        self.view.setVisible(bool(items))
        self.empty_hint.setVisible(not items)
        if keep is not None and self.model.row_of(keep) is not None:
            self.select(keep, notify=False)
        elif keep is not None:
            self.selected.emit(None)

    def set_busy(self, text: str) -> None:
        """A line under the heading while files are being opened ("" hides it)."""
        self.busy.setText(text)
        self.busy.setVisible(bool(text))

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()).submission_id if index.isValid() else None

    def items(self) -> list[QueueItem]:
        return [self.model.item(i) for i in range(self.model.rowCount())]

    def select(self, submission_id: int | None, *, notify: bool = True) -> bool:
        row = None if submission_id is None else self.model.row_of(submission_id)
        selection = self.view.selectionModel()
        blocker = selection.blockSignals(not notify)
        try:
            if row is None:
                self.view.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
                if notify:
                    self.selected.emit(None)
                return submission_id is None
            index = self.model.index(row)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)
        finally:
            selection.blockSignals(blocker)
        return True

    def _changed(self, current: QModelIndex) -> None:
        self.selected.emit(self.model.item(current.row()).submission_id if current.isValid() else None)
