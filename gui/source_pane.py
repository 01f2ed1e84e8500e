"""The 原文 pane: the original's text blocks with a passage highlighted, or, for a PDF, the page image
with the block's area marked (a scan has only its page images).

The document is read again from the stored original (``workflow.originals.extract_original``, in the
extractor's sandbox) on the task runner; pages are rendered by ``workflow.pages`` the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QPainter,
    QPen,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from gui.context import AppContext
from gui.layout import hbox, vbox
from policy.document import BlockKind, ParsedDocument
from policy.metadata import Evidence
from storage import Library

HIGHLIGHT = QColor("#ffd54f")
BLOCK_TINT = QColor("#fff8e1")
MARK_PEN = QColor("#e65100")
CACHE_SIZE = 8


def source_font(base: QFont) -> QFont:
    """The original's text in a serif face (as printed), larger than the form's."""
    font = QFont(base)
    serif = [
        f
        for f in ("Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC")
        if f in QFontDatabase.families()
    ]
    if serif:
        font.setFamilies(serif + list(base.families()))
    font.setPointSizeF(base.pointSizeF() * 1.1)
    return font


class SourcePane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.submission_id: int | None = None
        self.document: ParsedDocument | None = None
        self.page = 1
        self.page_count = 0
        self._docs: dict[int, ParsedDocument | None] = {}
        self._starts: dict[int, int] = {}
        self._target: tuple[int, int, int, int | None] | None = None  # block, start, end, page
        self._generation = 0
        self._pixmap: QPixmap | None = None
        self._scale = 1.0
        self._paged = False  # a PDF: page images besides the text
        self._loaded = False  # the document of the current submission has arrived

        title = QLabel(QCoreApplication.translate("SourcePane", "原文"))
        title.setObjectName("paneTitle")
        self.text_button = QToolButton(text=QCoreApplication.translate("SourcePane", "文字"), checkable=True)
        self.page_button = QToolButton(text=QCoreApplication.translate("SourcePane", "页面"), checkable=True)
        modes = QButtonGroup(self)
        modes.addButton(self.text_button)
        modes.addButton(self.page_button)
        self.text_button.setChecked(True)
        self.prev_button = QToolButton(text="◀")
        self.next_button = QToolButton(text="▶")
        self.page_label = QLabel()
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setObjectName("sourceText")
        self.text.setFont(source_font(self.font()))
        self.image = QLabel(alignment=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(widgetResizable=True)
        self.scroll.setWidget(self.image)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setObjectName("muted")
        self.stack = QStackedWidget()
        for widget in (self.message, self.text, self.scroll):
            self.stack.addWidget(widget)
        header = hbox(
            title, 1, self.text_button, self.page_button, self.prev_button, self.page_label, self.next_button
        )
        self.setLayout(vbox(header, self.stack))
        self.text_button.toggled.connect(lambda on: on and self._show_mode())
        self.page_button.toggled.connect(lambda on: on and self._show_mode())
        self.prev_button.clicked.connect(lambda: self.go_to_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.page + 1))
        self._set_message(QCoreApplication.translate("SourcePane", "选中一个条目后，这里显示它的原文。"))

    # -- loading -----------------------------------------------------------------------------------
    def set_submission(self, submission_id: int | None, fmt: str | None = None, scan: bool = False) -> None:
        self._generation += 1
        self.submission_id, self.document, self._target = submission_id, None, None
        self._loaded = False
        self._pixmap, self.page, self.page_count = None, 1, 0
        self.text.clear()
        self._starts = {}
        self._paged = fmt == "pdf"
        self.page_button.setVisible(self._paged)
        self.text_button.setVisible(self._paged)
        self.text_button.setEnabled(not scan)
        (self.page_button if self._paged else self.text_button).setChecked(True)
        self._update_page_nav()
        if submission_id is None:
            self._set_message(QCoreApplication.translate("SourcePane", "选中一个条目后，这里显示它的原文。"))
            return
        if submission_id in self._docs:
            self._document_ready(self._generation, self._docs[submission_id])
            return
        self._set_message(QCoreApplication.translate("SourcePane", "正在读取原文…"))
        root, generation = self.ctx.library_root, self._generation

        def read(control):
            from workflow.originals import extract_original

            with Library.open(root) as lib:
                return extract_original(lib, submission_id).document

        self.ctx.tasks.run(
            read,
            on_done=lambda doc: self._remember(submission_id, generation, doc),
            on_error=lambda exc: generation == self._generation and self._set_message(str(exc)),
        )

    def _remember(self, submission_id: int, generation: int, document: ParsedDocument | None) -> None:
        self._docs[submission_id] = document
        while len(self._docs) > CACHE_SIZE:
            self._docs.pop(next(iter(self._docs)))
        self._document_ready(generation, document)

    def _document_ready(self, generation: int, document: ParsedDocument | None) -> None:
        if generation != self._generation:
            return  # another submission was selected meanwhile
        self.document, self._loaded = document, True
        self.page_count = (document.page_count or 0) if document else 0
        self._fill_text(document)
        if self._target is not None:
            self.show_span(*self._target)
        else:
            self._show_mode()

    def _fill_text(self, document: ParsedDocument | None) -> None:
        self.text.clear()
        self._starts = {}
        if document is None or not document.blocks:
            return
        cursor = QTextCursor(self.text.document())
        plain, muted = QTextCharFormat(), QTextCharFormat()
        muted.setForeground(QColor("#8a8f98"))
        page = None
        for block in document.blocks:
            if self._paged and block.page and block.page != page:
                page = block.page
                label = QCoreApplication.translate("SourcePane", "—— 第 {page} 页 ——").format(page=page)
                cursor.insertText(label + "\n", muted)
            self._starts[block.index] = cursor.position()
            furniture = block.kind in (BlockKind.HEADER, BlockKind.FOOTER)
            cursor.insertText(block.text + "\n", muted if furniture else plain)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    # -- showing -----------------------------------------------------------------------------------
    def show_evidence(self, evidence: Evidence | None) -> None:
        if evidence is None or evidence.block is None:
            self.clear_highlight()
            return
        start, end = evidence.span or (0, -1)
        self.show_span(evidence.block, start, end, evidence.page)

    def show_span(self, block: int, start: int = 0, end: int = -1, page: int | None = None) -> None:
        """Highlight characters ``start:end`` of ``block`` (``end`` -1: the whole block) and scroll to it."""
        self._target = (block, start, end, page)
        if self.document is None:
            return  # applied when the document arrives
        found = next((b for b in self.document.blocks if b.index == block), None)
        if self._paged and found is not None and found.page:
            self.page = found.page
        elif page:
            self.page = page
        self._highlight_text(block, start, end)
        self._show_mode()

    def clear_highlight(self) -> None:
        self._target = None
        self.text.setExtraSelections([])
        if self.page_button.isChecked():
            self._paint_page()

    def go_to_page(self, page: int) -> None:
        if self.page_count and 1 <= page <= self.page_count:
            self.page = page
            self._show_mode()

    def _show_mode(self) -> None:
        self._update_page_nav()
        if self.submission_id is None or not self._loaded:
            return
        if self.page_button.isChecked() and self._paged:
            self._load_page()
        elif self.document is None or not self.document.blocks:
            if self.document is not None:
                self._set_message(QCoreApplication.translate("SourcePane", "原文没有可显示的文字。"))
        else:
            self.stack.setCurrentWidget(self.text)

    def _highlight_text(self, block: int, start: int, end: int) -> None:
        base = self._starts.get(block)
        if base is None or self.document is None:
            self.text.setExtraSelections([])
            return
        length = len(next(b.text for b in self.document.blocks if b.index == block))
        end = length if end < 0 or end > length else end
        whole, span = QTextEdit.ExtraSelection(), QTextEdit.ExtraSelection()
        whole.cursor = QTextCursor(self.text.document())
        whole.cursor.setPosition(base)
        whole.cursor.setPosition(base + length, QTextCursor.MoveMode.KeepAnchor)
        whole.format.setBackground(BLOCK_TINT)
        span.cursor = QTextCursor(self.text.document())
        span.cursor.setPosition(base + max(0, start))
        span.cursor.setPosition(base + end, QTextCursor.MoveMode.KeepAnchor)
        span.format.setBackground(HIGHLIGHT)
        self.text.setExtraSelections([whole, span])
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(base)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    # -- pages -------------------------------------------------------------------------------------
    def _load_page(self) -> None:
        sid, page, generation, root = self.submission_id, self.page, self._generation, self.ctx.library_root
        self._set_message(QCoreApplication.translate("SourcePane", "正在显示第 {page} 页…").format(page=page))

        def render(control):
            from workflow.pages import page_image

            with Library.open(root) as lib:
                return page_image(lib, sid, page)

        def shown(image) -> None:
            if generation != self._generation or page != self.page:
                return
            self.page_count = image.page_count
            self._pixmap, self._scale = QPixmap(str(image.path)), image.scale
            self._update_page_nav()
            self._paint_page()

        self.ctx.tasks.run(
            render,
            on_done=shown,
            on_error=lambda exc: generation == self._generation and self._set_message(str(exc)),
        )

    def _paint_page(self) -> None:
        if self._pixmap is None:
            return
        pixmap = QPixmap(self._pixmap)
        rect = self._target_rect()
        if rect is not None:
            painter = QPainter(pixmap)
            painter.setPen(QPen(MARK_PEN, 3))
            painter.setBrush(QBrush(QColor(255, 213, 79, 90)))
            painter.drawRect(rect)
            painter.end()
        self.image.setPixmap(pixmap)
        self.stack.setCurrentWidget(self.scroll)
        if rect is not None:
            self.scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()), 40, 160)

    def _target_rect(self) -> QRectF | None:
        if self._target is None or self.document is None:
            return None
        found = next((b for b in self.document.blocks if b.index == self._target[0]), None)
        if found is None or found.bbox is None or found.page != self.page:
            return None
        x0, top, x1, bottom = (v * self._scale for v in found.bbox)
        return QRectF(x0 - 4, top - 4, x1 - x0 + 8, bottom - top + 8)

    def _update_page_nav(self) -> None:
        paged = self._paged and self.page_button.isChecked() and self.submission_id is not None
        for widget in (self.prev_button, self.next_button, self.page_label):
            widget.setVisible(paged)
        total = self.page_count or "?"
        self.page_label.setText(
            QCoreApplication.translate("SourcePane", "第 {page} / {total} 页").format(
                page=self.page, total=total
            )
        )
        self.prev_button.setEnabled(self.page > 1)
        self.next_button.setEnabled(not self.page_count or self.page < self.page_count)

    def _set_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
