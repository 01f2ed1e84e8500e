"""The editors of the 文件信息 form, one per kind of value. Each shows a value as text and hands back
the clerk's text (``policy.fieldvalues.parse_field_value`` reads it), and says when to save:
``changed`` while typing (saved after a pause), ``committed`` when the clerk is done with the value
(Enter, leaving the field, a pick from a list or the calendar: saved at once)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from gui.layout import hbox


def as_text(value: Any) -> str:
    """A typed field value as the form shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return "；".join(str(v) for v in value)
    return str(value)


class FieldEditor(QWidget):
    changed = Signal()
    committed = Signal()
    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False

    def focus_widget(self) -> QWidget:
        raise NotImplementedError

    def text(self) -> str:
        raise NotImplementedError

    def set_text(self, text: str) -> None:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a stored value without signalling an edit."""
        self._loading = True
        try:
            self.set_text(as_text(value))
        finally:
            self._loading = False

    def set_state(self, state: str) -> None:
        """ "" | "low" (low confidence) | "invalid": a property the window's style sheet colours."""
        widget = self.focus_widget()
        widget.setProperty("state", state)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def state(self) -> str:
        return self.focus_widget().property("state") or ""

    def set_read_only(self, read_only: bool) -> None:
        self.focus_widget().setEnabled(not read_only)

    def _watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit()
        return False

    def _emit(self, signal: Signal) -> None:
        if not self._loading:
            signal.emit()


class LineField(FieldEditor):
    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self._watch(self.edit)
        self._last = ""
        self.edit.textEdited.connect(lambda _: self._emit(self.changed))
        self.edit.editingFinished.connect(self._finished)
        self.setLayout(hbox(self.edit))

    def _finished(self) -> None:
        if self.edit.text() != self._last:
            self._last = self.edit.text()
            self._emit(self.committed)

    def focus_widget(self) -> QWidget:
        return self.edit

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self._last = text
        self.edit.setText(text)
        self.edit.setCursorPosition(0)


class DateField(LineField):
    """A date typed (2024-06-04 or 2024年6月4日) or picked from the calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("FieldEditors", "如 2024-06-04"), parent)
        self.pick = QToolButton()
        self.pick.setArrowType(Qt.ArrowType.DownArrow)
        self.pick.setToolTip(QCoreApplication.translate("FieldEditors", "从日历选择"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.pick)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._show_current)
        self.pick.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.layout().addWidget(self.pick)

    def _show_current(self) -> None:
        try:
            current = dt.date.fromisoformat(self.edit.text().strip())
        except ValueError:
            current = dt.date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, date: QDate) -> None:
        self.pick.menu().hide()
        self.edit.setText(dt.date(date.year(), date.month(), date.day()).isoformat())
        self._finished()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.pick.setEnabled(not read_only)


class ChoiceField(FieldEditor):
    def __init__(self, choices: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QComboBox()
        self.box.setMinimumWidth(160)
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.box.addItem(QCoreApplication.translate("FieldEditors", "（未选择）"), "")
        for choice in choices:
            self.box.addItem(choice, choice)
        self._watch(self.box)
        self.box.currentIndexChanged.connect(lambda _: self._emit(self.committed))
        self.setLayout(hbox(self.box, 1))

    def focus_widget(self) -> QWidget:
        return self.box

    def text(self) -> str:
        return self.box.currentData() or ""

    def set_text(self, text: str) -> None:
        index = self.box.findData(text)
        if index < 0 and text:  # a value outside the list (an old import): shown, so nothing is hidden
            self.box.addItem(text, text)
            index = self.box.count() - 1
        self.box.setCurrentIndex(max(index, 0))


class CheckField(FieldEditor):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self._watch(self.check)
        self.check.toggled.connect(lambda _: self._emit(self.committed))
        self.setLayout(hbox(self.check, 1))

    def focus_widget(self) -> QWidget:
        return self.check

    def text(self) -> str:
        return "是" if self.check.isChecked() else "否"

    def set_text(self, text: str) -> None:
        self.check.setChecked(text == "是")
