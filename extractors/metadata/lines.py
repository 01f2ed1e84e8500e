"""A line-oriented view of a document's body, with the few style questions the rules ask."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policy.document import Align, Block, BlockKind, ParsedDocument
from policy.metadata import DOC_TYPES, Evidence

_WS = re.compile(r"[\s\u3000\xa0]+")
# lines that are only rules, dots or page-number dashes
_NOISE = re.compile(r"^(?:[\-—–_=＝·.…－]+|[\-—–－]\d{1,4}[\-—–－])$")


def compact(text: str) -> str:
    return _WS.sub("", text)


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty body block: its text stripped, and compacted (no whitespace at all)."""

    block: Block
    text: str
    compact: str

    @property
    def index(self) -> int:
        return self.block.index

    @property
    def size(self) -> float | None:
        return self.block.style.size

    @property
    def centered(self) -> bool:
        return self.block.style.align is Align.CENTER

    @property
    def right(self) -> bool:
        return self.block.style.align is Align.RIGHT

    @property
    def in_table(self) -> bool:
        return self.block.kind is BlockKind.TABLE_CELL

    def evidence(self, rule: str, confidence: float, span: tuple[int, int] | None = None) -> Evidence:
        return Evidence(
            rule=rule,
            confidence=round(confidence, 2),
            block=self.block.index,
            span=span if span is not None else (0, len(self.block.text)),
            page=self.block.page,
        )

    def span_of(self, fragment: str) -> tuple[int, int] | None:
        """The span of ``fragment`` in the block's raw text, tolerating whitespace inside it."""
        if not fragment:
            return None
        pattern = r"[\s\u3000\xa0]*".join(re.escape(ch) for ch in fragment)
        m = re.search(pattern, self.block.text)
        return (m.start(), m.end()) if m else None


def body_lines(document: ParsedDocument) -> list[Line]:
    lines = []
    for block in document.body:
        text = block.text.strip()
        c = compact(text)
        if c and not _NOISE.match(c):
            lines.append(Line(block, text, c))
    return lines


def is_styled(lines: list[Line]) -> bool:
    """True when the reader gave sizes or alignment (not a plain-text file)."""
    return any(line.size or line.block.style.align for line in lines[:40])


def doc_type_of(title: str) -> str | None:
    """The 文种 a title ends with: 复函 → 函, 指导意见 → 意见, 公示公告 → 公告, 令 → 命令."""
    t = re.sub(r"[（(](?:试行|暂行|征求意见稿|送审稿|草案)[）)]$", "", title)
    for kind in sorted(DOC_TYPES, key=len, reverse=True):
        if t.endswith(kind):
            return kind
    if t.endswith("令"):
        return "命令"
    return None
