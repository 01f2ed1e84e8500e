"""Side panels of the 政策解读 tab: the suggestions for the focused section, and the keywords with the
clerk's explanations. Each item that came from the policy carries a link into the 原文 pane."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from policy.interpretation import Keyword, SourceRef, Suggestion

translate = QCoreApplication.translate


def source_text(ref: SourceRef) -> str:
    if ref.label:
        return translate("InterpretationTab", "原文·{0}").format(ref.label)
    if ref.page:
        return translate("InterpretationTab", "原文·第{0}页").format(ref.page)
    return translate("InterpretationTab", "原文")


def source_args(ref: SourceRef) -> tuple[int, int, int]:
    """(block, start, end) for ``source_requested``; -1, -1 for the whole block."""
    start, end = ref.span if ref.span else (-1, -1)
    return ref.block, start, end


def source_button(ref: SourceRef, emit, parent: QWidget) -> QPushButton:
    button = QPushButton(source_text(ref), parent)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet("color: #1c7ed6; text-decoration: underline; border: none; padding: 0 2px;")
    button.setToolTip(translate("InterpretationTab", "在原文中查看出处"))
    button.clicked.connect(lambda: emit(*source_args(ref)))
    return button


def scrolling(parent: QWidget) -> tuple[QScrollArea, QVBoxLayout]:
    """A vertical scroll area and the layout of its content (rows go in, a stretch at the end)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    content = QWidget(area)
    layout = QVBoxLayout(content)
    layout.setContentsMargins(2, 2, 2, 2)
    layout.addStretch(1)
    area.setWidget(content)
    return area, layout


def clear_rows(layout: QVBoxLayout) -> None:
    while layout.count() > 1:  # keep the final stretch
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()  # gone now, not only once the deferred delete runs
            widget.deleteLater()


class SuggestionsPanel(QWidget):
    """Candidate sentences for one 要素, each with 插入 and its source in the policy."""

    insert_requested = Signal(str)
    source_requested = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heading = QLabel(self)
        self._heading.setWordWrap(True)
        self._note = QLabel(self)
        self._note.setWordWrap(True)
        self._note.setStyleSheet("color: #868e96;")
        area, self._rows_layout = scrolling(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._note)
        layout.addWidget(area, 1)
        self.rows: list[tuple[Suggestion, QPushButton, QPushButton]] = []

    def show_message(self, heading: str, note: str) -> None:
        clear_rows(self._rows_layout)
        self.rows = []
        self._heading.setText(heading)
        self._note.setText(note)

    def show_suggestions(
        self, section: str, suggestions: Sequence[Suggestion], read_only: bool = False
    ) -> None:
        self.show_message(
            translate("InterpretationTab", "“{0}”的参考素材").format(section),
            translate("InterpretationTab", "摘自原文，供参考：插入后请用通俗的话改写，不要照搬。")
            if suggestions
            else translate("InterpretationTab", "原文中没有找到这一部分的素材，请自行撰写。"),
        )
        for suggestion in suggestions:
            row = QFrame(self)
            row.setFrameShape(QFrame.Shape.StyledPanel)
            text = QLabel(suggestion.text, row)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            insert = QPushButton(translate("InterpretationTab", "插入"), row)
            insert.setEnabled(not read_only)
            insert.setToolTip(translate("InterpretationTab", "插入到正在编辑的部分的光标处"))
            insert.clicked.connect(lambda _=False, t=suggestion.text: self.insert_requested.emit(t))
            link = source_button(suggestion.source, self.source_requested.emit, row)
            buttons = QHBoxLayout()
            buttons.addWidget(insert)
            buttons.addWidget(link)
            buttons.addStretch(1)
            box = QVBoxLayout(row)
            box.setContentsMargins(6, 4, 6, 4)
            box.addWidget(text)
            box.addLayout(buttons)
            self._rows_layout.insertWidget(self._rows_layout.count() - 1, row)
            self.rows.append((suggestion, insert, link))


class KeywordsPanel(QWidget):
    """The 关键词 with a plain-words explanation each; the clerk adds and removes words."""

    changed = Signal()
    source_requested = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        hint = QLabel(
            translate("InterpretationTab", "为专业术语各写一句通俗的解释；常见的词可以不解释。"), self
        )
        hint.setWordWrap(True)
        area, self._rows_layout = scrolling(self)
        self._new_word = QLineEdit(self)
        self._new_word.setPlaceholderText(translate("InterpretationTab", "添加关键词"))
        self._new_word.returnPressed.connect(self._add_typed)
        self._add = QPushButton(translate("InterpretationTab", "添加"), self)
        self._add.clicked.connect(self._add_typed)
        adder = QHBoxLayout()
        adder.addWidget(self._new_word, 1)
        adder.addWidget(self._add)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(area, 1)
        layout.addLayout(adder)
        self._keywords: list[Keyword] = []
        self.explanations: list[QLineEdit] = []
        self._read_only = False

    def keywords(self) -> tuple[Keyword, ...]:
        return tuple(self._keywords)

    def set_keywords(self, keywords: Sequence[Keyword], read_only: bool = False) -> None:
        self._read_only = read_only
        self._keywords = list(keywords)
        self._new_word.setEnabled(not read_only)
        self._add.setEnabled(not read_only)
        self._rebuild()

    def add_keyword(self, word: str) -> bool:
        word = word.strip()
        if not word or any(k.word == word for k in self._keywords):
            return False
        self._keywords.append(Keyword(word, 0.0))
        self._rebuild()
        self.changed.emit()
        return True

    def _add_typed(self) -> None:
        if self.add_keyword(self._new_word.text()):
            self._new_word.clear()
            self.explanations[-1].setFocus()

    def _rebuild(self) -> None:
        clear_rows(self._rows_layout)
        self.explanations = []
        for i, keyword in enumerate(self._keywords):
            row = QWidget(self)
            word = QLabel(f"<b>{html.escape(keyword.word)}</b>", row)
            explanation = QLineEdit(keyword.explanation, row)
            explanation.setReadOnly(self._read_only)
            explanation.setPlaceholderText(translate("InterpretationTab", "通俗解释"))
            explanation.setAccessibleName(translate("InterpretationTab", "“{0}”的解释").format(keyword.word))
            explanation.textChanged.connect(lambda text, i=i: self._explained(i, text))
            remove = QPushButton("✕", row)
            remove.setFixedWidth(28)
            remove.setEnabled(not self._read_only)
            remove.setToolTip(translate("InterpretationTab", "删除这个关键词"))
            remove.clicked.connect(lambda _=False, i=i: self._remove(i))
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(word)
            if keyword.sources:
                line.addWidget(source_button(keyword.sources[0], self.source_requested.emit, row))
            line.addWidget(explanation, 1)
            line.addWidget(remove)
            self._rows_layout.insertWidget(self._rows_layout.count() - 1, row)
            self.explanations.append(explanation)

    def _explained(self, i: int, text: str) -> None:
        self._keywords[i] = replace(self._keywords[i], explanation=text)
        self.changed.emit()

    def _remove(self, i: int) -> None:
        del self._keywords[i]
        self._rebuild()
        self.changed.emit()
