"""Runs of text on a page → visual lines, and the spacing rule that joins runs (the first step of
``extractors.layout``, shared by the PDF and OFD readers)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from policy.document import BlockKind

WIDE_GAP = 1.5  # em: a gap this wide between runs is written as two spaces


@dataclass(frozen=True, slots=True)
class Run:
    """Text on one baseline in one style; box in points from the page's top-left corner."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    font: str | None = None
    bold: bool = False
    color: str | None = None
    # set by a reader for text from a page template (OFD TemplatePage): in a margin band it is a header/footer
    furniture: bool = False

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)


@dataclass(frozen=True, slots=True)
class PageRuns:
    number: int  # 1-based
    width: float
    height: float
    runs: Sequence[Run]


@dataclass(slots=True)
class Line:
    """Runs on one baseline, left to right; the box is measured once the runs are all in (``close``)."""

    runs: list[Run]
    text: str = ""
    page: int = 0
    kind: BlockKind = BlockKind.PARAGRAPH
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0

    def close(self) -> None:
        self.runs.sort(key=lambda r: r.x0)
        self.text = join_runs(self.runs)
        self.x0 = min(r.x0 for r in self.runs)
        self.x1 = max(r.x1 for r in self.runs)
        self.top = min(r.top for r in self.runs)
        self.bottom = max(r.bottom for r in self.runs)

    @property
    def first(self) -> Run:
        return self.runs[0]

    @property
    def size(self) -> float:
        return self.first.size or 1.0

    @property
    def widest_gap(self) -> float:
        """The widest gap between runs, in em: a wide one means two items, flush left and right."""
        gaps = [(b.x0 - a.x1) for a, b in zip(self.runs, self.runs[1:], strict=False)]
        return max(gaps, default=0.0) / self.size


def char_class(ch: str) -> str:
    """'cjk' for Han, kana, hangul, CJK punctuation and full-width forms; 'digit'; 'latin'; 'other'."""
    if ch.isdigit() and ch.isascii():
        return "digit"
    code = ord(ch)
    if (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
        or ch in "—…‘’“”·"
    ):
        return "cjk"
    if ch.isalnum():
        return "latin"
    return "other"


def needs_space(left: str, right: str, gap: float, em: float) -> bool:
    """Whether a horizontal gap of ``gap`` pt between two characters reads as a space."""
    if not left or not right or left.isspace() or right.isspace():
        return False
    if gap >= 0.8 * em:  # the width of a blank character (a full-width space measures 1 em)
        return True
    a, b = char_class(left), char_class(right)
    if "cjk" in (a, b):
        other = b if a == "cjk" else a
        if other in ("cjk", "digit"):
            return False
        return gap > 0.6 * em
    if a in ("latin", "digit") and b in ("latin", "digit"):
        return gap > 0.25 * em
    return gap > 0.6 * em


def join_runs(runs: Sequence[Run]) -> str:
    """The text of runs on one line, left to right, with spaces only where the gap reads as one.

    A gap of 1.5 em or more between words (not single letter-spaced characters, '国  务  院')
    becomes two spaces: two items set apart ('国务院办公厅  中央军委办公厅'), the way 公文 authors
    type them with several spaces.
    """
    parts: list[str] = []
    prev: Run | None = None
    for run in runs:
        text = run.text
        if prev is not None and parts:
            em = max(min(prev.size, run.size), 1.0)
            last = parts[-1][-1:] if parts[-1] else ""
            gap = run.x0 - prev.x1
            if needs_space(last, text[:1], gap, em):
                wide = gap >= WIDE_GAP * em and len(prev.text) > 1 and len(text) > 1  # not letter-spacing
                parts.append("  " if wide else " ")
        parts.append(text)
        prev = run
    return "".join(parts).strip()


def group_lines(runs: Sequence[Run], page: int) -> list[Line]:
    """Visual lines of a page: runs overlapping vertically by half the smaller height, top to bottom."""
    ordered = sorted((r for r in runs if r.text.strip()), key=lambda r: ((r.top + r.bottom) / 2, r.x0))
    lines: list[Line] = []
    anchors: list[Run] = []  # the tallest run of each line: the line's vertical extent
    for run in ordered:
        placed = False
        # a run can only belong to one of the last few lines (sorted by centre)
        for i in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
            anchor = anchors[i]
            overlap = min(anchor.bottom, run.bottom) - max(anchor.top, run.top)
            if overlap >= 0.5 * min(anchor.height, run.height):
                lines[i].runs.append(run)
                if run.height > anchor.height:
                    anchors[i] = run
                placed = True
                break
        if not placed:
            lines.append(Line([run], page=page))
            anchors.append(run)
    for line in lines:
        line.close()
    lines = [line for line in lines if line.text]
    lines.sort(key=lambda ln: (round(ln.top, 1), ln.x0))
    return lines
