"""Geometric layout shared by the PDF and OFD readers: runs of text → lines → paragraph blocks.

A reader turns each page into ``Run``s (a piece of text on one baseline in one style, with its box
in points from the page's top-left corner) and hands the pages to ``build_blocks``, which:

1. groups runs into visual lines (vertical overlap of at least half the smaller run's height),
   orders lines top-to-bottom and runs left-to-right, and joins runs with the spacing rule below;
2. sets page numbers ('— 1 —', '- 3 -', '第 1 页，共 5 页') and text repeated across pages in the
   top/bottom margin bands apart as HEADER/FOOTER blocks;
3. measures the text area (left/right margins) over all pages of the same size;
4. merges a line into the paragraph above when that one runs to the right margin and this one
   starts at the left margin (or at the hanging position after a label such as '抄送：'), with the
   same size and colour and no blank line between: wrapped body paragraphs, 主送 and 抄送 become
   one block, while centred title lines stay apart;
5. derives alignment and first-line indent from the line's position in the text area.

Spacing rule: PDF tools put spaces between Chinese and digits ('26 号') and at every glyph gap. A
space is inserted between two runs only when the gap exceeds 1 em (a real wide gap, e.g. between
印发机关 and 印发日期), or 0.6 em when one side is neither CJK nor a digit next to CJK, or 0.25 em
between two Latin letters/digits (word gaps); from 1.5 em on it is two spaces (two items set
apart). Spaces inside a run are kept as the source has them.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from extractors.layout_lines import Line, PageRuns, Run, char_class, group_lines, join_runs, needs_space
from policy.document import Align, Block, BlockKind, Style

__all__ = ["PageRuns", "Run", "build_blocks", "char_class", "join_runs", "needs_space"]

HEADER_BAND = 0.10  # top share of the page height where a running header may sit
FOOTER_BAND = 0.85  # lines whose bottom is below this share of the height may be footers

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－‒―~·]*\d{1,4}[-—–－‒―~·]*"
    r"|第\d{1,4}页(?:[,，]?共\d{1,4}页)?"
    r"|\d{1,4}/\d{1,4}"
    r"|(?:page)?\d{1,4}(?:of\d{1,4})?)$",
    re.IGNORECASE,
)
_LABEL_COLONS = ("：", ":")
# a line starting with a list number begins an item of its own ('2．', '（二）', '三、', '第四条')
_ENUMERATOR = re.compile(
    r"^(?:\d{1,2}[．.、](?!\d)|[（(][\d一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
    r"|第[一二三四五六七八九十百零〇]{1,5}条)"
)
_UNBROKEN = re.compile(r"^[0-9A-Za-z.%]+")  # digits and Latin words are not broken across lines
_VERSO_LABELS = ("抄送", "主送", "分送", "报送", "发送")


@dataclass(slots=True)
class _Para:
    lines: list[Line] = field(default_factory=list)
    continuation_x: float | None = None
    line_gap: float | None = None


def _squash(text: str) -> str:
    return "".join(text.split())


def mark_margins(pages: Sequence[PageRuns], lines_by_page: Sequence[list[Line]]) -> None:
    """Mark page numbers and running heads/feet in the margin bands as HEADER/FOOTER."""
    candidates: list[tuple[Line, BlockKind]] = []
    for page, lines in zip(pages, lines_by_page, strict=True):
        for line in lines:
            if line.top <= page.height * HEADER_BAND:
                candidates.append((line, BlockKind.HEADER))
            elif line.bottom >= page.height * FOOTER_BAND:
                candidates.append((line, BlockKind.FOOTER))
    if not candidates:
        return
    # running text: the same words (numbers aside) at the same height on several pages
    places: dict[tuple[str, BlockKind], list[tuple[int, float]]] = defaultdict(list)
    for line, kind in candidates:
        places[(re.sub(r"\d+", "#", _squash(line.text)), kind)].append((line.page, line.top))
    pages_needed = max(2, len(pages) // 2)
    for line, kind in candidates:
        squashed = _squash(line.text)
        if _PAGE_NUMBER.match(squashed) or all(run.furniture for run in line.runs):
            line.kind = kind
            continue
        same = places[(re.sub(r"\d+", "#", squashed), kind)]
        repeated = {page for page, top in same if abs(top - line.top) <= 3.0}
        if len(squashed) <= 40 and len(repeated) >= pages_needed:
            line.kind = kind


def text_areas(pages: Sequence[PageRuns], lines_by_page: Sequence[list[Line]]) -> list[tuple[float, float]]:
    """(left, right) of the text area per page, measured over all pages of the same size.

    Left is the leftmost start shared by several body lines, right the rightmost end shared by
    several (a stray line does not move the margins), moved out to where centred lines put the
    centre when they agree: CJK lines often stop a fraction of a character short of the real
    margin, which would make long centred lines look left-aligned.
    """
    groups: dict[tuple[int, int], list[Line]] = defaultdict(list)
    for page, lines in zip(pages, lines_by_page, strict=True):
        groups[(round(page.width), round(page.height))] += [
            ln for ln in lines if ln.kind is BlockKind.PARAGRAPH
        ]
    measured: dict[tuple[int, int], tuple[float, float]] = {}
    for key, body in groups.items():
        if not body:
            continue
        support = max(2, len(body) // 30)
        left = _supported(sorted(ln.x0 for ln in body), support)
        right = -_supported(sorted(-ln.x1 for ln in body), support)
        if right - left < 36:  # too few lines to tell: the page's own extent
            left, right = min(ln.x0 for ln in body), max(ln.x1 for ln in body)
        measured[key] = (left, _centred_right(body, left, right, key[0]))
    return [measured.get((round(p.width), round(p.height)), (0.0, p.width)) for p in pages]


def _supported(values: Sequence[float], support: int, tol: float = 1.5) -> float:
    """The first of the sorted values that at least ``support`` values share (within ``tol``)."""
    for i, value in enumerate(values):
        j = i
        while j < len(values) and values[j] - value <= tol:
            j += 1
        if j - i >= support:
            return value
    return values[0]


def _centred_right(lines: Sequence[Line], left: float, right: float, width: float) -> float:
    """The right margin implied by the most common centre of short floating lines, if it is plausible."""
    centres: list[float] = []
    for line in lines:
        em = line.size
        lg, rg = line.x0 - left, right - line.x1
        if lg > 0.2 * em and rg > 0.1 * em and abs(lg - rg) <= 1.5 * em and line.widest_gap <= 2.0:
            centres.append((line.x0 + line.x1) / 2)
    best, votes = 0.0, 0
    for c in centres:
        near = [d for d in centres if abs(d - c) <= 1.5]
        if len(near) > votes:
            best, votes = statistics.fmean(near), len(near)
    if votes < 2:
        return right
    implied = 2 * best - left
    if right - 2.0 <= implied <= min(width, right + 24.0):
        return max(right, implied)
    return right


def line_align(line: Line, left: float, right: float) -> Align:
    em = line.size
    lg, rg = line.x0 - left, right - line.x1
    tol = max(0.5 * em, 3.0)
    if _symmetric(line, left, right):
        return Align.CENTER
    if lg <= tol and rg <= tol:
        return Align.JUSTIFY
    if rg <= tol and lg > (right - left) / 3:
        return Align.RIGHT
    return Align.LEFT


def _symmetric(line: Line, left: float, right: float) -> bool:
    """Equal margins on both sides, not spanning the full width, and not two items set apart."""
    em = line.size
    lg, rg = line.x0 - left, right - line.x1
    return abs(lg - rg) <= max(0.75 * em, 4.0) and min(lg, rg) > max(0.2 * em, 3.0) and line.widest_gap <= 2.0


def _continues(para: _Para, line: Line, left: float, right: float) -> bool:
    """Whether ``line`` wraps on from the paragraph above it."""
    prev = para.lines[-1]
    em = prev.size
    if abs(prev.size - line.size) > 0.5 or prev.first.color != line.first.color:
        return False
    gap = line.top - prev.bottom
    if gap > 1.8 * em or gap < -0.5 * em:
        return False
    if para.line_gap is not None and abs(gap - para.line_gap) > 0.3 * em:
        return False
    if prev.widest_gap > 2.0 or _ENUMERATOR.match(line.text):
        return False  # two items set apart on the line above (份号 … 文号); a numbered item starts here
    hanging = _hanging_offset(para.lines[0], left)
    # the names after 抄送：/主送： may stop well short of the margin (版记 lines have indents)
    # (1.75 em: unjustified lines stop up to a character short, where 避头尾 moves it down; more when
    # the next line starts with a number or a Latin word, which is not broken: '有效期至' / '2029年')
    reach = 4.0 * em if hanging is not None and para.lines[0].text[:2] in _VERSO_LABELS else 1.75 * em
    unbroken = _UNBROKEN.match(line.text)
    if unbroken:
        reach += 0.6 * em * len(unbroken.group())
    if right - prev.x1 > reach:
        return False  # the line above ends short of the margin: its paragraph ended there
    if para.continuation_x is not None:
        return abs(line.x0 - para.continuation_x) <= 0.5 * em
    # a centred line (title) never wraps into the next one; but a paragraph's first line (indented two
    # 字, GB/T 9704 §7.3.3) that stops short because the next line starts with an unbroken number
    # may look centred
    at_margin = abs(line.x0 - left) <= 0.5 * em
    indented = abs(prev.x0 - left - 2 * em) <= 0.5 * em
    if (
        at_margin
        and right - prev.x1 <= reach
        and ((unbroken and indented) or not _symmetric(prev, left, right))
    ):
        return True
    if hanging is None:
        return False
    # wrapped lines hang under the first character after the label ('附件：1.' hangs a bit further)
    offset = line.x0 - prev.x0
    return hanging - 0.5 * em <= offset <= hanging + 2.5 * em


def _hanging_offset(first: Line, left: float) -> float | None:
    """Where wrapped lines hang after a label such as '抄送：' (pt from the label's start), if any."""
    colon = -1
    for i, ch in enumerate(first.text[:8]):
        if ch in _LABEL_COLONS:
            colon = i
            break
    if colon < 0 or first.x0 - left > 2.5 * first.size:
        return None
    return (colon + 1) * first.size


def _join_lines(lines: Sequence[Line]) -> str:
    text = lines[0].text
    for line in lines[1:]:
        sep = " " if text[-1:].isascii() and text[-1:].isalnum() and line.text[:1].isascii() else ""
        text += sep + line.text
    return text


def _block(index: int, lines: Sequence[Line], kind: BlockKind, align: Align, left: float) -> Block:
    first = lines[0].first
    style = Style(
        font=first.font,
        size=round(first.size * 2) / 2 if first.size else None,
        bold=first.bold,
        color=first.color,
        align=align,
        indent_first=round(lines[0].x0 - left, 1),
        indent_left=round(lines[1].x0 - left, 1) if len(lines) > 1 else None,
    )
    bbox = (
        round(min(ln.x0 for ln in lines), 1),
        round(min(ln.top for ln in lines), 1),
        round(max(ln.x1 for ln in lines), 1),
        round(max(ln.bottom for ln in lines), 1),
    )
    return Block(index, _join_lines(lines), kind=kind, style=style, page=lines[0].page, bbox=bbox)


def _alignments(groups: Sequence[Sequence[Line]], left: float, right: float) -> list[Align]:
    """Alignment per block; a full-width line among centred lines of its size is centred too.

    A line that fills the width shows no alignment of its own: the first line of a long 2号 title
    is centred like the title lines around it (same size and colour, no blank line between).
    """
    aligns = [line_align(g[0], left, right) if len(g) == 1 else Align.JUSTIFY for g in groups]
    for i, group in enumerate(groups):
        if aligns[i] is not Align.JUSTIFY or len(group) != 1:
            continue
        line = group[0]
        for j in (i - 1, i + 1):
            if not 0 <= j < len(groups) or aligns[j] is not Align.CENTER or len(groups[j]) != 1:
                continue
            other = groups[j][0]
            gap = other.top - line.bottom if j > i else line.top - other.bottom
            same = abs(other.size - line.size) <= 0.5 and other.first.color == line.first.color
            if same and gap <= 1.8 * line.size:
                aligns[i] = Align.CENTER
                break
    return aligns


def build_blocks(pages: Sequence[PageRuns]) -> tuple[Block, ...]:
    """Blocks in reading order: per page its headers, its body paragraphs, then its footers."""
    lines_by_page = [group_lines(page.runs, page.number) for page in pages]
    mark_margins(pages, lines_by_page)
    areas = text_areas(pages, lines_by_page)
    blocks: list[Block] = []
    for lines, (left, right) in zip(lines_by_page, areas, strict=True):
        paras: list[_Para] = []
        for line in (ln for ln in lines if ln.kind is BlockKind.PARAGRAPH):
            if paras and _continues(paras[-1], line, left, right):
                para = paras[-1]
                if len(para.lines) == 1:
                    para.continuation_x = line.x0
                    para.line_gap = line.top - para.lines[-1].bottom
                para.lines.append(line)
            else:
                paras.append(_Para([line]))
        body = [para.lines for para in paras]
        furniture = [[ln] for ln in lines if ln.kind is not BlockKind.PARAGRAPH]
        aligns = _alignments(body, left, right) + [line_align(g[0], left, right) for g in furniture]
        groups = body + furniture
        order = sorted(range(len(groups)), key=lambda i: _ORDER[groups[i][0].kind])  # stable: headers first
        for i in order:
            blocks.append(_block(len(blocks), groups[i], groups[i][0].kind, aligns[i], left))
    return tuple(blocks)


_ORDER = {BlockKind.HEADER: 0, BlockKind.PARAGRAPH: 1, BlockKind.FOOTER: 2}
