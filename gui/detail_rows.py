"""The tables of the 详情 tab: the rows of a 收费清单 and the 公众参与 records of a 重大行政决策.

A ``RowsEditor`` is a table with 添加行 / 删除行 (and any buttons its form adds). It hands back its
rows as the details' JSON form — the text as typed, read by ``policy.details`` — leaving out rows
with nothing in them, as the core does; so the stored row ``i`` (which a finding points at) is the
``i``-th row of the table that is not blank (``table_row``). A cell edit, a pick, an added or deleted
row is ``committed``: the tab saves at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gui.layout import hbox, vbox
from policy.details import PARTICIPATION_METHODS

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the JSON key (policy.details)
    header: str  # Chinese source, translated in context "DetailsTab"
    width: int = 0  # initial width in pixels; 0: the column stretches
    tip: str = ""  # the header's tooltip (source text)
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label to translate): a drop-down list


DATE_TIP = QT_TRANSLATE_NOOP("DetailsTab", "如 2024-06-04 或 2024年6月4日")
METHOD_LABELS = {
    "座谈": QT_TRANSLATE_NOOP("DetailsTab", "座谈"),
    "问卷": QT_TRANSLATE_NOOP("DetailsTab", "问卷"),
    "征求意见": QT_TRANSLATE_NOOP("DetailsTab", "征求意见"),
    "听证": QT_TRANSLATE_NOOP("DetailsTab", "听证"),
    "领导信箱": QT_TRANSLATE_NOOP("DetailsTab", "领导信箱"),
    "网上咨询": QT_TRANSLATE_NOOP("DetailsTab", "网上咨询"),
    "大数据分析": QT_TRANSLATE_NOOP("DetailsTab", "大数据分析"),
    "政府开放日": QT_TRANSLATE_NOOP("DetailsTab", "政府开放日"),
}
assert tuple(METHOD_LABELS) == PARTICIPATION_METHODS

FEE_TABLE = (
    Column("name", QT_TRANSLATE_NOOP("DetailsTab", "项目名称"), 150),
    Column("basis", QT_TRANSLATE_NOOP("DetailsTab", "依据"), 0,
           QT_TRANSLATE_NOOP("DetailsTab", "设立收费的文件名称和文号")),
    Column("department", QT_TRANSLATE_NOOP("DetailsTab", "执收部门"), 120),
    Column("fund_management", QT_TRANSLATE_NOOP("DetailsTab", "资金管理方式"), 110,
           QT_TRANSLATE_NOOP("DetailsTab", "如 缴入国库、财政专户")),
    Column("standard", QT_TRANSLATE_NOOP("DetailsTab", "标准"), 150),
)  # fmt: skip
PARTICIPATION_TABLE = (
    Column("method", QT_TRANSLATE_NOOP("DetailsTab", "方式"), 110, choices=tuple(METHOD_LABELS.items())),
    Column("date", QT_TRANSLATE_NOOP("DetailsTab", "日期"), 100, DATE_TIP),
    Column("end_date", QT_TRANSLATE_NOOP("DetailsTab", "结束日期"), 100,
           QT_TRANSLATE_NOOP("DetailsTab", "持续多日时填写；如 2024-06-04")),
    Column("stakeholders", QT_TRANSLATE_NOOP("DetailsTab", "直接利害关系人"), 170,
           QT_TRANSLATE_NOOP("DetailsTab", "听取意见的直接利害关系人，如 沿线居民代表12人")),
    Column("participants", QT_TRANSLATE_NOOP("DetailsTab", "参与人数"), 70),
    Column("summary", QT_TRANSLATE_NOOP("DetailsTab", "情况摘要"), 0),
)  # fmt: skip


def _blank(row: dict[str, str]) -> bool:
    return not any(v.strip() for v in row.values())


class RowsEditor(QWidget):
    committed = Signal()

    def __init__(self, columns: tuple[Column, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._loading = False
        self._read_only = False
        self.table = QTableWidget(0, len(columns))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(160)
        header = self.table.horizontalHeader()
        for i, column in enumerate(columns):
            item = QTableWidgetItem(translate("DetailsTab", column.header))
            if column.tip:
                item.setToolTip(translate("DetailsTab", column.tip))
            self.table.setHorizontalHeaderItem(i, item)
            if column.width:  # wide enough for its header in any language
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                needed = header.fontMetrics().horizontalAdvance(item.text()) + 20
                self.table.setColumnWidth(i, max(column.width, needed))
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        # a column resized (the window, the stretched column): the rows' heights follow their wrapped text
        self._fit = QTimer(self, singleShot=True, interval=0)
        self._fit.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit.start())
        self.table.itemChanged.connect(self._changed)
        self.add_button = QPushButton(translate("DetailsTab", "添加行"))
        self.delete_button = QPushButton(translate("DetailsTab", "删除行"))
        self.delete_button.setToolTip(translate("DetailsTab", "删除选中的行"))
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_rows)
        self.buttons = hbox(self.add_button, self.delete_button, 1)
        self.setLayout(vbox((self.table, 1), self.buttons))

    # -- the rows -----------------------------------------------------------------------------------
    def rows(self) -> list[dict[str, str]]:
        """The rows that hold something, each ``{key: text}`` as typed (or the value picked)."""
        found = [self._row(r) for r in range(self.table.rowCount())]
        return [row for row in found if not _blank(row)]

    def _row(self, r: int) -> dict[str, str]:
        row = {}
        for c, column in enumerate(self.columns):
            if column.choices:
                box = self.choice_box(r, c)
                row[column.key] = (box.currentData() or "") if box is not None else ""
            else:
                item = self.table.item(r, c)
                row[column.key] = item.text().strip() if item is not None else ""
        return row

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show stored rows (their JSON form) without signalling an edit."""
        self._loading = True
        try:
            self.table.setRowCount(0)
            for row in rows:
                self._append(row)
        finally:
            self._loading = False

    def _append(self, values: dict[str, Any]) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, column in enumerate(self.columns):
            value = values.get(column.key)
            text = "" if value is None else str(value)
            if column.choices:  # held in the middle of the cell: a row grows with its wrapped texts
                holder = QWidget()
                holder.setLayout(vbox(1, self._choice_box(column, text), 1, margin=1, spacing=0))
                self.table.setCellWidget(r, c, holder)
            else:
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._apply_read_only(r)
        return r

    def _choice_box(self, column: Column, value: str) -> QComboBox:
        box = QComboBox()
        box.addItem(translate("DetailsTab", "（请选择）"), "")
        for stored, label in column.choices:
            box.addItem(translate("DetailsTab", label), stored)
        index = box.findData(value)
        if index < 0 and value:  # a value outside the list (written by hand): shown, so nothing is hidden
            box.addItem(value, value)
            index = box.count() - 1
        box.setCurrentIndex(max(index, 0))
        box.currentIndexChanged.connect(lambda _: self._changed())
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box.installEventFilter(self)  # focused: its row becomes the table's current row (删除行)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QComboBox) and not watched.hasFocus():
            return True  # scrolling the table over a list must not change the method
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QComboBox):
            for r in range(self.table.rowCount()):
                for c, column in enumerate(self.columns):
                    if column.choices and self.choice_box(r, c) is watched and self.table.currentRow() != r:
                        self.table.setCurrentCell(r, c)
        return super().eventFilter(watched, event)

    def choice_box(self, row: int, column: int) -> QComboBox | None:
        """The drop-down list of a cell of a choice column."""
        holder = self.table.cellWidget(row, column)
        return holder.findChild(QComboBox) if holder is not None else None

    def table_row(self, stored: int) -> int | None:
        """The table row of the ``stored``-th row of the details (blank rows are not stored)."""
        filled = [r for r in range(self.table.rowCount()) if not _blank(self._row(r))]
        return filled[stored] if 0 <= stored < len(filled) else None

    def column_of(self, key: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.key == key), None)

    # -- editing ------------------------------------------------------------------------------------
    def add_row(self) -> int:
        self._loading = True
        try:
            r = self._append({})
        finally:
            self._loading = False
        self.focus_cell(r, 0)
        return r  # nothing to save yet: a blank row is not stored

    def delete_rows(self) -> list[int]:
        chosen = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        if not chosen and self.table.currentRow() >= 0:
            chosen = [self.table.currentRow()]
        for r in chosen:
            self.table.removeRow(r)
        if chosen:
            self.committed.emit()
        return chosen

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.committed.emit()

    def focus_cell(self, row: int, column: int = 0) -> bool:
        if not 0 <= row < self.table.rowCount():
            return False
        self.table.setCurrentCell(row, column)  # the whole row selected, the cell current
        self.table.scrollTo(self.table.model().index(row, column))
        (self.choice_box(row, column) or self.table).setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for i in range(self.buttons.count()):
            widget = self.buttons.itemAt(i).widget()
            if widget is not None:
                widget.setEnabled(not read_only)
        for r in range(self.table.rowCount()):
            self._apply_read_only(r)

    def _apply_read_only(self, r: int) -> None:
        for c in range(self.table.columnCount()):
            widget = self.table.cellWidget(r, c)
            if widget is not None:
                widget.setEnabled(not self._read_only)
