"""The eight 要素 sections of the 解读: a list naming each (with its length and copied share) and the
chosen section's editor. Copied passages are marked in the editors (``gui.interp_meter.highlight``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit, QSplitter, QStackedWidget, QWidget

from gui.interp_meter import highlight, section_share_text
from policy.interpretation import ELEMENTS, Element, Originality, Section

translate = QCoreApplication.translate
NUMERALS = "一二三四五六七八"


def section_hint(element: Element) -> str:
    hints = {
        Element.BACKGROUND: translate("SectionsEditor", "为什么出台：上位政策依据、要解决的问题、起草过程"),
        Element.GOALS: translate("SectionsEditor", "要达到什么目标、完成哪些任务"),
        Element.CONTENT: translate("SectionsEditor", "政策的主要内容，用通俗的话分条概括"),
        Element.KEYWORDS: translate("SectionsEditor", "专业术语及其含义（也可在右侧“关键词”中逐个解释）"),
        Element.SCOPE: translate("SectionsEditor", "适用于哪些地区、人群或单位"),
        Element.STANDARDS: translate("SectionsEditor", "具体的条件、标准、金额、期限"),
        Element.MEASURES: translate("SectionsEditor", "群众和企业能得到哪些实惠，怎样办理"),
        Element.CHANGES: translate("SectionsEditor", "与原政策相比有哪些变化（可在“新旧对照”中生成）"),
    }
    return hints[element]


def heading(element: Element) -> str:
    return f"{NUMERALS[ELEMENTS.index(element)]}、{element.value}"


class SectionsEditor(QSplitter):
    section_edited = Signal(object)  # Element (also when the tab fills it: the tab tells them apart)
    current_changed = Signal(object)  # Element

    def __init__(self, warn_share: float, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.warn_share = warn_share
        self.originality: Originality | None = None
        self.section_list = QListWidget(self)
        self.section_list.setMaximumWidth(220)
        self.section_list.setAccessibleName(translate("SectionsEditor", "解读的八个要素"))
        self.stack = QStackedWidget(self)
        self.editors: dict[Element, QPlainTextEdit] = {}
        for element in ELEMENTS:
            editor = QPlainTextEdit(self.stack)
            editor.setPlaceholderText(section_hint(element))
            editor.setAccessibleName(element.value)
            editor.textChanged.connect(lambda e=element: self._edited(e))
            self.editors[element] = editor
            self.stack.addWidget(editor)
            QListWidgetItem(heading(element), self.section_list)
        self.addWidget(self.section_list)
        self.addWidget(self.stack)
        self.setStretchFactor(1, 1)
        self.section_list.currentRowChanged.connect(self._chosen)
        self.section_list.setCurrentRow(0)

    def current_element(self) -> Element:
        return ELEMENTS[max(self.section_list.currentRow(), 0)]

    def current_editor(self) -> QPlainTextEdit:
        return self.editors[self.current_element()]

    def select(self, element: Element) -> QPlainTextEdit:
        self.section_list.setCurrentRow(ELEMENTS.index(element))
        return self.editors[element]

    def texts(self) -> dict[str, str]:
        return {e.value: self.editors[e].toPlainText() for e in ELEMENTS}

    def sections(self) -> tuple[Section, ...]:
        return tuple(Section(e, self.editors[e].toPlainText()) for e in ELEMENTS)

    def set_sections(self, sections: Sequence[Section], read_only: bool) -> None:
        self.originality = None
        for section in sections:
            editor = self.editors[section.element]
            editor.setPlainText(section.text)
            editor.setReadOnly(read_only)
            editor.setExtraSelections([])
        self.update_items()

    def replace_text(self, element: Element, text: str) -> None:
        """New text from elsewhere, keeping the cursor where it was as far as the text allows."""
        editor = self.editors[element]
        position = editor.textCursor().position()
        editor.setPlainText(text)
        cursor = editor.textCursor()
        cursor.setPosition(min(position, editor.document().characterCount() - 1))
        editor.setTextCursor(cursor)

    def show_originality(self, originality: Originality, texts: dict[str, str]) -> None:
        """Mark the copied spans in each editor still showing the text that was measured."""
        self.originality = originality
        for element, editor in self.editors.items():
            text = texts.get(element.value, "")
            if editor.toPlainText() == text:
                highlight(editor, originality.spans.get(element.value, ()), text)
        self.update_items()

    def update_items(self) -> None:
        for element in ELEMENTS:
            self.update_item(element)

    def update_item(self, element: Element) -> None:
        item = self.section_list.item(ELEMENTS.index(element))
        chars = self.editors[element].document().characterCount() - 1
        detail = translate("SectionsEditor", "{0} 字").format(chars) if chars else ""
        share = self.originality.per_section.get(element.value, 0.0) if self.originality else 0.0
        if share and chars:
            detail += " · " + section_share_text(self.originality.per_section, element.value)
        if share > self.warn_share and chars:
            detail += translate("SectionsEditor", "（过多）")
        item.setText(f"{heading(element)}\n{detail}" if detail else heading(element))
        item.setForeground(
            Qt.GlobalColor.darkRed if share > self.warn_share and chars else Qt.GlobalColor.black
        )

    def _edited(self, element: Element) -> None:
        self.update_item(element)
        self.section_edited.emit(element)

    def _chosen(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
            self.current_changed.emit(ELEMENTS[row])
