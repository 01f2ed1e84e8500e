"""The forms of the 详情 tab, one per kind of details (``policy.details``): a 意见征集's draft, period,
起草说明, feedback channel and 征求结果; a 收费清单's rows; a 政策文件's (重大行政决策's, 政务动态's)
解读发布日期, 重大政策 and 重大行政决策 marks and 公众参与 records.

A form shows the details' JSON form and hands back what the clerk typed in the same form (text as
typed: ``policy.details`` reads dates, numbers and 是/否), and says when to save — ``changed`` while
typing, ``committed`` when a value is done — as the editors of the 文件信息 form do.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gui.detail_rows import FEE_TABLE, PARTICIPATION_TABLE, RowsEditor
from gui.field_editors import CheckField, DateField, FieldEditor, LineField
from gui.layout import hbox, vbox
from policy.details import FEE_COLUMNS, ConsultationDetails, FeeListDetails, Participation, PolicyDetails
from policy.metadata import FIELD_KEYS
from policy.submission import Kind

translate = QCoreApplication.translate

LABELS = {
    "draft_title": QT_TRANSLATE_NOOP("DetailsTab", "草案标题"),
    "start_date": QT_TRANSLATE_NOOP("DetailsTab", "征集开始日期"),
    "end_date": QT_TRANSLATE_NOOP("DetailsTab", "截止日期"),
    "has_explanation": QT_TRANSLATE_NOOP("DetailsTab", "起草说明"),
    "channel": QT_TRANSLATE_NOOP("DetailsTab", "反馈渠道"),
    "result_text": QT_TRANSLATE_NOOP("DetailsTab", "征求结果"),
    "result_file": QT_TRANSLATE_NOOP("DetailsTab", "征求结果文件"),
    "result_date": QT_TRANSLATE_NOOP("DetailsTab", "征求结果发布日期"),
    "opinion_count": QT_TRANSLATE_NOOP("DetailsTab", "收到意见条数"),
    "interpretation_publish_date": QT_TRANSLATE_NOOP("DetailsTab", "解读发布日期"),
    "major": QT_TRANSLATE_NOOP("DetailsTab", "重大政策"),
    "major_decision": QT_TRANSLATE_NOOP("DetailsTab", "重大行政决策"),
    "participation": QT_TRANSLATE_NOOP("DetailsTab", "公众参与"),
    "rows": QT_TRANSLATE_NOOP("DetailsTab", "收费项目"),
}
for _column in FEE_TABLE + PARTICIPATION_TABLE:
    LABELS.setdefault(_column.key, _column.header)
FEE_KEYS = tuple(FEE_COLUMNS)
PARTICIPATION_KEYS = Participation.KEYS
# what a finding's Location.field names among the details (a metadata field of the same name wins)
DETAIL_KEYS = frozenset(
    PolicyDetails.KEYS + ConsultationDetails.KEYS + FeeListDetails.KEYS + FEE_KEYS + PARTICIPATION_KEYS
) - frozenset(FIELD_KEYS)


def is_details_key(key: str) -> bool:
    return key in DETAIL_KEYS or key.startswith("details.")


def place_of(key: str, row: int | None = None) -> tuple[str, int | None, str]:
    """(key of the form, stored row, column) for a finding's field and row: ``details.rows.2.basis``
    (the privacy check's path), ``basis`` with row 2 and ``rows`` with row 2 all name the same cell."""
    if key.startswith("details."):
        parts = key.split(".")[1:]
        key = parts[0] if parts else ""
        if len(parts) > 1 and parts[1].isdigit():
            row = int(parts[1])
        column = parts[2] if len(parts) > 2 else ""
        return key, row, column
    if key in FEE_KEYS:
        return "rows", row, key
    if key in PARTICIPATION_KEYS and key != "end_date":
        return "participation", row, key
    return key, row, ""


class TextField(FieldEditor):
    """A multi-line text (the 征求结果): ``changed`` while typing, ``committed`` on leaving it."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(110)
        self._last = ""
        self._watch(self.edit)
        self.edit.textChanged.connect(lambda: self._emit(self.changed))
        self.setLayout(vbox(self.edit))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.text() != self._last:
            self._last = self.text()
            self._emit(self.committed)
        return super().eventFilter(watched, event)

    def focus_widget(self) -> QWidget:
        return self.edit

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self._last = text
        self.edit.setPlainText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)  # still selectable and scrollable


class CountField(FieldEditor):
    """A whole number that may be left unsaid: below 0 is the special value 未填 (stored as nothing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QSpinBox()
        self.spin.setRange(-1, 999999)
        self.spin.setSpecialValueText(translate("DetailsTab", "未填"))
        self.spin.setMinimumWidth(110)
        self.spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # with the wheel-guard below
        self._last = ""
        self._watch(self.spin)
        self.spin.valueChanged.connect(lambda _: self._emit(self.changed))
        self.spin.editingFinished.connect(self._finished)
        self.setLayout(hbox(self.spin, 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and not self.spin.hasFocus():
            return True  # scrolling the form over the number must not change it
        return super().eventFilter(watched, event)

    def _finished(self) -> None:
        if self.text() != self._last:
            self._last = self.text()
            self._emit(self.committed)

    def focus_widget(self) -> QWidget:
        return self.spin

    def text(self) -> str:
        return "" if self.spin.value() < 0 else str(self.spin.value())

    def set_text(self, text: str) -> None:
        self._last = text
        self.spin.setValue(int(text) if text.isdigit() else -1)


class DetailsForm(QWidget):
    changed = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, FieldEditor] = {}
        self.tables: dict[str, RowsEditor] = {}
        self.kind: Kind | None = None
        self._label_width = max(self.fontMetrics().horizontalAdvance(translate("DetailsTab", t))
                                for t in LABELS.values()) + 8  # fmt: skip

    def _group(self, title: str, rows: list[tuple[str, FieldEditor]], hint: str = "") -> QGroupBox:
        box = QGroupBox(translate("DetailsTab", title))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, editor in rows:
            self.editors[key] = editor
            label = QLabel(translate("DetailsTab", LABELS[key]))
            label.setMinimumWidth(self._label_width)
            label.setBuddy(editor.focus_widget())
            form.addRow(label, editor)
            editor.changed.connect(self.changed)
            editor.committed.connect(self.committed)
        if hint:
            form.addRow(_hint(hint))
        return box

    def _table_group(self, key: str, table: RowsEditor, hint: str) -> QGroupBox:
        self.tables[key] = table
        table.committed.connect(self.committed)
        box = QGroupBox(translate("DetailsTab", LABELS[key]))
        box.setLayout(vbox(_hint(hint), (table, 1), margin=8))
        return box

    def show_data(self, kind: Kind, data: dict[str, Any]) -> None:
        """Show the details' JSON form (or a draft the core refused) without signalling an edit."""
        self.kind = kind
        for key, editor in self.editors.items():
            editor.set_value(data.get(key))
            editor.set_state("")
        for key, table in self.tables.items():
            table.set_rows(list(data.get(key) or []))

    def data(self) -> dict[str, Any]:
        """What the form holds, in the details' JSON form (text as typed)."""
        found: dict[str, Any] = {key: editor.text() for key, editor in self.editors.items()}
        found.update({key: table.rows() for key, table in self.tables.items()})
        return found

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            editor.set_read_only(read_only)
        for table in self.tables.values():
            table.set_read_only(read_only)

    def mark_invalid(self, keys: set[str]) -> None:
        for key, editor in self.editors.items():
            editor.set_state("invalid" if key in keys else "")

    def target(self, key: str, row: int | None = None, column: str = "") -> QWidget | None:
        """The widget to focus for a finding's key (a table's row selected), or None."""
        if key in self.editors:
            return self.editors[key].focus_widget()
        table = self.tables.get(key)
        if table is None:
            return None
        at = table.table_row(row) if row is not None else None
        if at is None:
            return table.table
        table.focus_cell(at, table.column_of(column) or 0)
        return table.choice_box(at, table.column_of(column) or 0) or table.table


def _hint(text: str) -> QLabel:
    label = QLabel(translate("DetailsTab", text))
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class ConsultationForm(DetailsForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        draft = self._group(QT_TRANSLATE_NOOP("DetailsTab", "征求意见稿"), [
            ("draft_title", LineField(translate("DetailsTab", "征求意见稿的标题"))),
            ("start_date", DateField()),
            ("end_date", DateField()),
            ("has_explanation", CheckField(translate("DetailsTab", "起草说明已随草案一并公布"))),
            ("channel", LineField(translate("DetailsTab", "通信地址、电子邮箱、电话或网上留言入口"))),
        ], QT_TRANSLATE_NOOP("DetailsTab", "征集时间不少于1个月（开始当日不计入）；必须有文件正文和起草说明。"))  # fmt: skip
        result = self._group(QT_TRANSLATE_NOOP("DetailsTab", "征求结果"), [
            ("result_text", TextField(translate("DetailsTab", "收到的意见及采纳情况；没有收到意见也要写明"))),
            ("result_file", LineField(translate("DetailsTab", "或填写载有征求结果的文件名"))),
            ("result_date", DateField()),
            ("opinion_count", CountField()),
        ], QT_TRANSLATE_NOOP("DetailsTab", "征集截止后，有无反馈意见都要公布征求结果。"))  # fmt: skip
        self.setLayout(vbox(draft, result, 1, margin=4))


class FeeForm(DetailsForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = RowsEditor(FEE_TABLE)
        self.import_button = QPushButton(translate("DetailsTab", "从 CSV 导入…"))
        self.import_button.setToolTip(
            translate("DetailsTab", "用 CSV 表格（UTF-8 或 GBK）中的行替换表中现有的行")
        )
        self.rows.buttons.insertWidget(2, self.import_button)
        hint = QT_TRANSLATE_NOOP("DetailsTab", "每个收费项目一行，项目名称、依据（文件名称和文号）、执收部门必填。CSV 的表头为 项目名称,依据,执收部门,资金管理方式,标准（或 name,basis,department,fund_management,standard）。")  # fmt: skip
        self.setLayout(vbox((self._table_group("rows", self.rows, hint), 1), margin=4))


class PolicyForm(DetailsForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        marks = self._group(QT_TRANSLATE_NOOP("DetailsTab", "解读与决策"), [
            ("interpretation_publish_date", DateField()),
            ("major", CheckField(translate("DetailsTab", "重大政策（计入重大政策解读率）"))),
            ("major_decision", CheckField(translate("DetailsTab", "重大行政决策（公众参与为必经程序）"))),
        ], QT_TRANSLATE_NOOP("DetailsTab", "解读与政策不在同一天发布时，填写解读发布日期。"))  # fmt: skip
        self.participation = RowsEditor(PARTICIPATION_TABLE)
        hint = QT_TRANSLATE_NOOP("DetailsTab", "重大行政决策须记录公众参与：方式、日期和听取意见的直接利害关系人。双击单元格填写。")  # fmt: skip
        self.setLayout(
            vbox(marks, (self._table_group("participation", self.participation, hint), 1), margin=4)
        )
        self._stored_major_decision: Any = None

    def show_data(self, kind: Kind, data: dict[str, Any]) -> None:
        super().show_data(kind, data)
        implied = kind is Kind.MAJOR_DECISION
        self._stored_major_decision = data.get("major_decision")
        if implied:
            self.editors["major_decision"].set_value(True)
        self.editors["major_decision"].setToolTip(
            translate("DetailsTab", "类别为重大行政决策的条目总是重大行政决策") if implied else ""
        )

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        if self.kind is Kind.MAJOR_DECISION:
            self.editors["major_decision"].set_read_only(True)  # implied by the kind

    def data(self) -> dict[str, Any]:
        found = super().data()
        if self.kind is Kind.MAJOR_DECISION:  # implied: what is stored stays as it is
            found["major_decision"] = self._stored_major_decision
        return found
