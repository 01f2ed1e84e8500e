"""How one submission looks in the list: 文号 and status on the first line, the title on the second,
the kind, the last edit and (while searching) where the terms were found on the third."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui.submissions_model import OBJECT_ROLE, STATUS_COLORS, kind_name, status_name, when

PAD_X, PAD_Y, GAP = 10, 6, 3
MUTED = QColor("#6b7280")


def _plain(snippet: str) -> str:
    return snippet.replace("«", "").replace("»", "").strip("…")


class SubmissionDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, 3 * line + 2 * GAP + 2 * PAD_Y + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row = index.data(OBJECT_ROLE)
        if row is None:
            return super().paint(painter, option, index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_color if selected else MUTED
        rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        line = QFontMetrics(option.font).height()

        status = status_name(row.status)
        bold = QFont(option.font)
        bold.setBold(True)
        status_width = QFontMetrics(bold).horizontalAdvance(status) + 4
        painter.setFont(bold)
        painter.setPen(text_color if selected else QColor(STATUS_COLORS.get(row.status, "#5f6b7a")))
        first = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(first, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, status)
        number = index.data(Qt.ItemDataRole.DisplayRole) if not row.doc_number else row.doc_number
        painter.setPen(text_color if row.doc_number else muted)
        painter.drawText(
            first.adjusted(0, 0, -status_width - 8, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(
                number, Qt.TextElideMode.ElideRight, first.width() - status_width - 8
            ),
        )

        painter.setFont(option.font)
        metrics = QFontMetrics(option.font)
        second = QRect(rect.left(), rect.top() + line + GAP, rect.width(), line)
        painter.setPen(text_color if row.title else muted)
        title = row.title or index.model().index(index.row(), 1).data()
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, second.width()),
        )

        third = QRect(rect.left(), rect.top() + 2 * (line + GAP), rect.width(), line)
        parts = [kind_name(row.kind), when(row.updated_at)]
        model = index.model()
        snippet = model.snippet(row.id) if hasattr(model, "snippet") else None
        if snippet and _plain(snippet) in f"{row.title or ''} {row.doc_number or ''}":
            snippet = None  # the terms are in the title or the 文号, which the row shows already
        if snippet:
            parts.append(snippet.replace("«", "【").replace("»", "】"))
        painter.setPen(muted)
        painter.drawText(
            third,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(" · ".join(parts), Qt.TextElideMode.ElideRight, third.width()),
        )
        painter.setPen(QColor("#e5e7eb"))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()
