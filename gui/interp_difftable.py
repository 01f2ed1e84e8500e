"""The 新旧对照表 as a thin Qt model over ``DiffRow``s: the text of each cell, a colour per kind of change
(with the change always named in the 变化 column, so colour is never the only sign), a sort role
with native values and an object role with the row itself. Also the character diff of one row as
HTML (deleted text struck through, inserted text underlined)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from compose.diff import change_label
from gui.model_roles import OBJECT_ROLE, SORT_ROLE
from policy.interpretation import Change, DiffRow

translate = QCoreApplication.translate
COLUMNS = ("change", "new_label", "new_text", "old_label", "old_text", "similarity")
COLOURS = {
    Change.ADDED: QColor("#d3f9d8"),
    Change.DELETED: QColor("#ffe3e3"),
    Change.MODIFIED: QColor("#fff3bf"),
    Change.MOVED: QColor("#d0ebff"),
}
ORDER = {
    c: i
    for i, c in enumerate((Change.ADDED, Change.DELETED, Change.MODIFIED, Change.MOVED, Change.UNCHANGED))
}
Index = QModelIndex | QPersistentModelIndex


def change_name(change: Change) -> str:
    names = {
        Change.ADDED: translate("DiffTab", "新增"),
        Change.DELETED: translate("DiffTab", "删除"),
        Change.MODIFIED: translate("DiffTab", "修改"),
        Change.MOVED: translate("DiffTab", "移动"),
        Change.UNCHANGED: translate("DiffTab", "未变"),
    }
    return names[change]


def legend_html() -> str:
    """The colours in words: 新增 / 删除 / 修改 / 移动 each on its own colour; 未变 plain."""
    parts = [
        f'<span style="background:{COLOURS[c].name()}">&nbsp;{change_name(c)}&nbsp;</span>'
        for c in (Change.ADDED, Change.DELETED, Change.MODIFIED, Change.MOVED)
    ]
    tail = translate("DiffTab", "未变的条款不着色")
    return translate("DiffTab", "图例：") + " ".join(parts) + f"　{tail}"


def pieces_html(row: DiffRow) -> str:
    """One row's texts for the detail pane: the character diff of a changed pair, else the text."""
    if row.pieces:
        out = []
        for op, text in row.pieces:
            t = html.escape(text).replace("\n", "<br>")
            if op == "-":
                out.append(f'<span style="background:#ffc9c9;text-decoration:line-through">{t}</span>')
            elif op == "+":
                out.append(f'<span style="background:#b2f2bb;text-decoration:underline">{t}</span>')
            else:
                out.append(t)
        return "".join(out)
    text = row.new_text if row.new_text is not None else row.old_text
    return html.escape(text or "").replace("\n", "<br>")


class DiffTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DiffRow] = []

    def set_rows(self, rows: Sequence[DiffRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[DiffRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            translate("DiffTab", "变化"),
            translate("DiffTab", "新条款"),
            translate("DiffTab", "新政策内容"),
            translate("DiffTab", "原条款"),
            translate("DiffTab", "原政策内容"),
            translate("DiffTab", "相似度"),
        )
        return headers[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, key = self._rows[index.row()], COLUMNS[index.column()]
        if role == OBJECT_ROLE:
            return row
        if role == SORT_ROLE:
            if key == "change":
                return ORDER[row.change]
            if key in ("new_label", "old_label"):
                return index.row()  # the order of the policy, not the order of the numerals' characters
            if key == "similarity":
                return row.similarity
            return getattr(row, key) or ""
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "change":
                return change_label(row)
            if key == "similarity":
                return f"{row.similarity:.0%}" if row.old_text and row.new_text else ""
            value = getattr(row, key) or ""
            return value.replace("\n", " ") if key.endswith("text") else value
        if role == Qt.ItemDataRole.ToolTipRole and key.endswith("text"):
            return getattr(row, key) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return COLOURS.get(row.change)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return change_name(row.change)
        return None
