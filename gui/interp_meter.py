"""The originality meter: how much of the 解读 is copied from the policy, as the clerk types.

``OriginalityWatch`` debounces edits (``DEBOUNCE_MS`` after the last one), measures the sections on
the task runner against the policy's prebuilt index (``compose.originality``), and hands back only
the newest result: every edit bumps a generation, and a result measured for an older one is dropped.
``OriginalityMeter`` shows the share against the 阻断 limit, in words as well as in colour;
``highlight`` marks the copied spans in a section editor (extra selections, which move with the text
as it is edited until the next result replaces them).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QTextEdit, QWidget

from compose.originality import PolicyIndex, measure
from gui.context import AppContext
from policy.interpretation import CopiedSpan, Originality

translate = QCoreApplication.translate
DEBOUNCE_MS = 400
COPIED_BACKGROUND = QColor("#ffd8a8")
COPIED_UNDERLINE = QColor("#d9480f")


class OriginalityWatch(QObject):
    """Re-measures the 解读 off the GUI thread after each pause in typing."""

    measured = Signal(object, object)  # Originality, {section key: the text measured}

    def __init__(self, ctx: AppContext, texts: Callable[[], dict[str, str]], parent: QObject) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._texts = texts
        self._index: PolicyIndex | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.measure_now)
        self._edited_at = 0.0
        self.last_latency_ms: float | None = None  # last edit → result shown
        self.last_compute_ms: float | None = None  # the measure itself, on the worker
        self.results = 0

    @property
    def ready(self) -> bool:
        return self._index is not None

    def set_index(self, index: PolicyIndex | None) -> None:
        self._generation += 1
        self._index = index
        self._timer.stop()

    def edited(self) -> None:
        """A section changed: results in flight are stale; measure after the next pause."""
        self._generation += 1
        self._edited_at = time.perf_counter()
        if self._index is not None:
            self._timer.start()

    def measure_now(self) -> None:
        self._timer.stop()
        index = self._index
        if index is None:
            return
        generation = self._generation
        texts = self._texts()

        def work(control) -> tuple[Originality, float]:
            start = time.perf_counter()
            result = measure(texts, index)
            return result, (time.perf_counter() - start) * 1000

        def done(outcome: tuple[Originality, float]) -> None:
            if generation != self._generation:
                return  # the text changed while it was measured: a newer result will come
            self.last_compute_ms = outcome[1]
            if self._edited_at:
                self.last_latency_ms = (time.perf_counter() - self._edited_at) * 1000
            self.results += 1
            self.measured.emit(outcome[0], texts)

        self._ctx.tasks.run(work, on_done=done)


class OriginalityMeter(QWidget):
    """照搬原文 12%（上限 30%）with a bar; over the limit the words say so, not only the colour."""

    def __init__(self, limit: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.share: float | None = None
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 100)
        self._bar.setTextVisible(False)
        self._bar.setFixedWidth(140)
        self._bar.setFixedHeight(12)
        self._label = QLabel(self)
        self._label.setObjectName("meterLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("OriginalityMeter", "照搬原文"), self))
        layout.addWidget(self._bar)
        layout.addWidget(self._label, 1)
        self.set_waiting(translate("OriginalityMeter", "正在读取原文…"))

    @property
    def text(self) -> str:
        return self._label.text()

    @property
    def value(self) -> int:
        return self._bar.value()

    def set_waiting(self, message: str) -> None:
        self.share = None
        self._bar.setValue(0)
        self._label.setText(message)
        self._label.setStyleSheet("")

    def set_share(self, share: float) -> None:
        self.share = share
        percent = round(share * 100)
        self._bar.setValue(percent)
        limit = round(self.limit * 100)
        if share > self.limit:
            text = translate("OriginalityMeter", "{0}%，超过上限 {1}%，请用自己的话改写标出的段落")
            colour = "#c92a2a"
        elif share > self.limit / 2:
            text = translate("OriginalityMeter", "{0}%，接近上限 {1}%")
            colour = "#e67700"
        else:
            text = translate("OriginalityMeter", "{0}%（上限 {1}%）")
            colour = "#2b8a3e"
        self._label.setText(text.format(percent, limit))
        self._label.setStyleSheet(f"color: {colour};")
        self._bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")


def utf16_offsets(text: str) -> Callable[[int], int]:
    """Python string index → QTextDocument position (UTF-16 code units: astral characters take two)."""
    if all(ord(c) < 0x10000 for c in text):
        return lambda i: i
    prefix = [0]
    for c in text:
        prefix.append(prefix[-1] + (2 if ord(c) >= 0x10000 else 1))
    return lambda i: prefix[min(i, len(text))]


def highlight(editor: QPlainTextEdit, spans: Sequence[CopiedSpan], measured_text: str) -> None:
    """Mark ``spans`` (offsets into ``measured_text``, which is the editor's text) as copied."""
    fmt = QTextCharFormat()
    fmt.setBackground(COPIED_BACKGROUND)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(COPIED_UNDERLINE)
    to_qt = utf16_offsets(measured_text)
    selections = []
    for span in spans:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(editor.document())
        cursor.setPosition(to_qt(span.start))
        cursor.setPosition(to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        selections.append(sel)
    editor.setExtraSelections(selections)


def section_share_text(per_section: Mapping[str, float], key: str) -> str:
    share = per_section.get(key)
    if not share:
        return ""
    return translate("OriginalityMeter", "照搬 {0}%").format(round(share * 100))
