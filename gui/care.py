"""关怀模式 for the app (older staff): one switch for larger type (1.5×), more line spacing, a
high-contrast palette (every text/background pair ≥ 7:1, WCAG AAA) and a thick focus frame on
whatever has the keyboard focus.

It works on the application (font, palette, a style sheet for dialogs) and on each window (its own
style sheet, see ``gui.stylesheet.style_sheet``). Rich-text views (``QTextEdit``, ``QTextBrowser``)
get a 130 % proportional line height on every block, kept as their text changes; Qt's
``QPlainTextEdit`` ignores block line heights, so plain editors rely on the UI font's own line
spacing (Noto Sans CJK SC: 1.45 em) — ``line_spacing_ratio`` measures either.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QWidget

SCALE = 1.5
LINE_HEIGHT = 130  # percent of the natural line height, in rich-text views
MIN_CONTRAST = 7.0
FOCUS = "#0038a8"
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
_SINGLE = QTextBlockFormat.LineHeightTypes.SingleHeight.value

R = QPalette.ColorRole
PALETTE = {  # role: (colour, what it is drawn on)
    R.Window: ("#ffffff", None),
    R.WindowText: ("#000000", R.Window),
    R.Base: ("#ffffff", None),
    R.AlternateBase: ("#eeeeee", None),
    R.Text: ("#000000", R.Base),
    R.Button: ("#f2f2f2", None),
    R.ButtonText: ("#000000", R.Button),
    R.Highlight: ("#00307a", None),
    R.HighlightedText: ("#ffffff", R.Highlight),
    R.ToolTipBase: ("#ffffe0", None),
    R.ToolTipText: ("#000000", R.ToolTipBase),
    R.PlaceholderText: ("#3d3d3d", R.Base),
    R.Link: ("#00307a", R.Base),
    R.LinkVisited: ("#4b0082", R.Base),
    R.BrightText: ("#ffffff", None),
}
DISABLED_TEXT = "#4d4d4d"  # 8.5:1 on white, 7.6:1 on the buttons

CARE_SHEET = f"""
QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser, QComboBox, QSpinBox, QDateEdit, QAbstractItemView {{
    border: 2px solid #000000; color: #000000; background: #ffffff;
}}
QLineEdit, QComboBox, QSpinBox, QDateEdit {{ padding: 3px 6px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QTextBrowser:focus, QComboBox:focus,
QSpinBox:focus, QDateEdit:focus, QAbstractItemView:focus {{ border: 4px solid {FOCUS}; }}
QPushButton, QToolButton {{
    border: 2px solid #000000; border-radius: 3px; padding: 6px 14px; background: #f2f2f2; color: #000000;
}}
QPushButton:hover, QToolButton:hover {{ background: #dde6ff; }}
QPushButton:focus, QToolButton:focus {{ border: 4px solid {FOCUS}; background: #e3ebff; }}
QPushButton:disabled, QToolButton:disabled {{ color: {DISABLED_TEXT}; border-color: {DISABLED_TEXT}; }}
QCheckBox, QRadioButton {{ padding: 3px; border: 3px solid transparent; }}
QCheckBox:focus, QRadioButton:focus {{ border: 3px solid {FOCUS}; }}
QTabBar::tab {{ padding: 6px 9px; border: 2px solid #000000; background: #f2f2f2; color: #000000; }}
QTabBar QToolButton {{ padding: 0px; border: 1px solid #000000; }}
QTabBar::tab:selected {{ background: #ffffff; border-bottom: 4px solid {FOCUS}; }}
QTabBar:focus {{ border: 3px solid {FOCUS}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: #00307a; color: #ffffff; }}
QToolTip {{ color: #000000; background: #ffffe0; border: 1px solid #000000; }}
QLabel#muted {{ color: #1f1f1f; }}
QLabel#error {{ color: #8b0000; }}
QLabel#notice {{ color: #000000; background: #fff3c4; border: 2px solid #000000; }}
QLabel#emptyHint {{ color: #000000; font-size: 23px; }}
QLineEdit[state="low"], QComboBox[state="low"] {{ color: #000000; border: 3px solid #8a4b00; }}
QLineEdit[state="invalid"], QComboBox[state="invalid"] {{ color: #000000; border: 3px solid #8b0000; }}
"""


def relative_luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 … 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def care_palette() -> QPalette:
    palette = QPalette()
    for role, (colour, _) in PALETTE.items():
        palette.setColor(role, QColor(colour))
    for role in (R.WindowText, R.Text, R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    return palette


def line_spacing_ratio(widget: QPlainTextEdit | QTextEdit) -> float:
    """The first line's height over the font's size in pixels (CSS ``line-height``)."""
    block = widget.document().firstBlock()
    layout = block.layout()
    font = widget.font()
    pixel = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * widget.logicalDpiY() / 72
    if layout is None or layout.lineCount() == 0:
        height = QFontMetricsF(font).lineSpacing()
    else:
        height = layout.lineAt(0).height()
    if isinstance(widget, QTextEdit):
        fmt = block.blockFormat()
        if fmt.lineHeightType() == _PROPORTIONAL:
            height = height * fmt.lineHeight() / 100
    return height / pixel


class LineSpacer(QObject):
    """Keeps every block of one document at ``LINE_HEIGHT`` % (new text, ``setHtml``…), without
    touching the text, the undo history or the modified flag, and without signalling an edit."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.setObjectName("lineSpacer")
        self.document = document
        self.on = True
        self._pending = False
        document.contentsChange.connect(self._changed)
        self.apply()

    def _changed(self, *_args) -> None:
        if self._pending or not self.on:
            return
        self._pending = True
        QTimer.singleShot(0, self, self.apply)

    def _spaced(self, height: int) -> bool:
        block = self.document.firstBlock()
        while block.isValid():
            fmt = block.blockFormat()
            if height == 100:
                ok = fmt.lineHeightType() == _SINGLE
            else:
                ok = fmt.lineHeightType() == _PROPORTIONAL and fmt.lineHeight() >= height
            if not ok:
                return False
            block = block.next()
        return True

    def apply(self, height: int = LINE_HEIGHT) -> None:
        self._pending = False
        doc = self.document
        if self._spaced(height):
            return
        fmt = QTextBlockFormat()
        fmt.setLineHeight(height if height != 100 else 0, _PROPORTIONAL if height != 100 else _SINGLE)
        modified, undo = doc.isModified(), doc.isUndoRedoEnabled()
        join = undo and doc.isUndoAvailable()
        blocked = doc.blockSignals(True)
        try:
            if undo and not join:
                doc.setUndoRedoEnabled(False)  # nothing to undo yet (just loaded): keep it so
            cursor = QTextCursor(doc)
            if join:
                cursor.joinPreviousEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.mergeBlockFormat(fmt)
            if join:
                cursor.endEditBlock()
            doc.setUndoRedoEnabled(undo)
            doc.setModified(modified)
        finally:
            doc.blockSignals(blocked)

    def remove(self) -> None:
        self.on = False
        self.apply(100)


def _scaled(font: QFont, factor: float) -> QFont:
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        scaled.setPixelSize(round(font.pixelSize() * factor))
    return scaled


class CareMode(QObject):
    """The app's 关怀模式 (one per application: ``CareMode.of(app)``)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("careMode")
        self.app = app
        self.enabled = False
        self._saved: tuple[QFont, QPalette, str] | None = None

    @classmethod
    def of(cls, app: QApplication) -> CareMode:
        found = app.findChild(CareMode, "careMode")
        return found if found is not None else cls(app)

    def set_enabled(self, on: bool, windows: list[QWidget] | tuple[QWidget, ...] = ()) -> None:
        if on == self.enabled:
            return
        app = self.app
        if on:
            self._saved = (QFont(app.font()), QPalette(app.palette()), app.styleSheet())
            font = QFont(app.font())
            font.setPointSizeF(app.font().pointSizeF() * SCALE)
            app.setPalette(care_palette())
            app.setFont(font)
            app.setStyleSheet(self._saved[2] + CARE_SHEET)
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
            if self._saved is not None:
                font, palette, sheet = self._saved
                app.setStyleSheet(sheet)
                app.setPalette(palette)
                app.setFont(font)
        self.enabled = on
        for window in windows:
            self.scale_fonts(window)
            self.space_lines(window)

    def scale_fonts(self, root: QWidget) -> None:
        """Widgets that set their own font (the 原文 pane's serif…) do not follow the application's:
        scale theirs too, and put it back when the mode goes off."""
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                continue
            base = widget.property("careBaseFont")
            if self.enabled and base is None:
                widget.setProperty("careBaseFont", QFont(widget.font()))
                widget.setFont(_scaled(widget.font(), SCALE))
            elif not self.enabled and base is not None:
                widget.setFont(base)
                widget.setProperty("careBaseFont", None)
            elif not self.enabled and widget.property("careBorn"):
                widget.setFont(_scaled(widget.font(), 1 / SCALE))

    def space_lines(self, root: QWidget) -> None:
        """Rich-text views under ``root`` spaced (on) or back to single spacing (off)."""
        views = root.findChildren(QTextEdit)
        if isinstance(root, QTextEdit):
            views.append(root)
        for view in views:
            self._spacer(view)

    def _spacer(self, view: QTextEdit) -> None:
        doc = view.document()
        spacer = doc.findChild(LineSpacer, "lineSpacer")
        if self.enabled:
            if spacer is None:
                LineSpacer(doc)
            elif not spacer.on:
                spacer.on = True
                spacer.apply()
        elif spacer is not None and spacer.on:
            spacer.remove()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            if isinstance(watched, QTextEdit):
                self._spacer(watched)
            if (watched.testAttribute(Qt.WidgetAttribute.WA_SetFont) and watched.property("careBaseFont") is None
                    and not watched.property("careBorn")):  # fmt: skip
                watched.setProperty("careBorn", True)  # made meanwhile, from the large font
        return False
