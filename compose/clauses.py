"""A policy's body cut into comparable units for the 新旧对照: 第X条 clauses, 一、/（一） outline
sections, or plain paragraphs.

Only the body proper is cut: after the 主送 line (or the title when there is none), before the
附件说明 / 署名 / 成文日期, plus what follows the 成文日期 and 附注 (attachments) up to the 版记.
For a notice that 印发/转发 another document, only the enclosed document is cut (from below its
own title to the 版记).

PDF and OFD readers break paragraphs at page ends (and sometimes inside), and a plain-text file may
be hard-wrapped, so their blocks are first joined into paragraphs: a block that does not end a
sentence and (where positions are known) reaches the right margin runs on into the next, unless
the next one starts with a clause or outline number. Table cells of one row make one paragraph.

Granularity: 第X条 when both versions have at least three; else sections at the top two outline
levels present (一、 and （一）, or 一、 and 1. where there is no （一）), each with its paragraphs
up to the next such heading; else paragraphs. A （一） item is usually one paragraph, so a unit is
small; and since 未变 means an identical key (``compose.diff``), a one-character change inside a
long section still makes it 修改, with the character diff showing where.

A unit's ``key`` is what alignment compares: the text without its leading number (第五条, 一、,
（一）, 1.), NFKC-normalised (full-width ，：（） become half-width) and without whitespace. So a
renumbered clause keeps its key, and a .docx and a PDF rendition of one text give the same keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from extractors.metadata import extract as extract_metadata
from extractors.metadata.body import CLAUSE, OUTLINE
from extractors.metadata.lines import Line, body_lines, compact
from policy.document import BlockKind, ParsedDocument
from policy.metadata import PolicyMetadata

_CN_NUM = "一二三四五六七八九十百零〇"
CHAPTER = re.compile(rf"^(第[{_CN_NUM}]{{1,4}}[章节编])")
# a paragraph that closes a notice rather than continuing the section above it
CLOSING = re.compile(
    r"^(?:本(?:通知|办法|规定|意见|细则|方案|决定|标准|措施|规则|制度|公告|通告|实施意见|指引)"
    r"(?:自.{0,20}(?:施行|实施|执行|生效)|由.{0,30}负责解释|有效期)|特此|此复)"
)
_SENTENCE_END = tuple("。！？；：!?;:」”）)】")
_TAIL_KEYS = ("attachments", "issuers", "date", "disclosure")
_IMPRINT_KEYS = ("cc", "printer", "print_date")
_LINE_FORMATS = ("pdf", "ofd", "txt")
_ASCII_GAP = re.compile(r"(?<=[A-Za-z0-9])\s+(?=[A-Za-z0-9])")
_WS = re.compile(r"\s+")


class UnitKind(StrEnum):
    CLAUSE = "clause"  # 第X条
    OUTLINE = "outline"  # 一、 and （一） sections
    PARAGRAPH = "paragraph"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A logical paragraph of the body: its display text, first block, and leading number."""

    text: str
    block: int
    page: int | None
    marker: str = ""  # 第五条 / 第一章 / 一、 / （一） / 1. / （1）
    level: int = 0  # 0 none, -1 第X条, -2 第X章/节, 1..4 outline levels


@dataclass(frozen=True, slots=True)
class Unit:
    """One comparable unit: a clause, an outline section, or a paragraph."""

    label: str  # 第五条 / 二、（三） / 第3段
    text: str  # for display: its paragraphs joined by newlines
    key: str  # for comparison: number stripped, NFKC, no whitespace
    block: int
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Body:
    """The paragraphs of a document's body, with the title it was found under."""

    paragraphs: tuple[Paragraph, ...]
    title: str | None

    @property
    def clause_count(self) -> int:
        return sum(1 for p in self.paragraphs if p.level == -1)

    def outline_levels(self) -> Counter[int]:
        return Counter(p.level for p in self.paragraphs if p.level > 0)


def display(text: str) -> str:
    """Whitespace removed, except one space between two Latin letters or digits."""
    return _WS.sub("", _ASCII_GAP.sub("\x00", text.strip())).replace("\x00", " ")


def normalise(text: str) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", text))


def numbering(c: str) -> tuple[str, int]:
    """The leading number of a compact line and its level (see ``Paragraph.level``)."""
    if m := CLAUSE.match(c):
        return m.group(1), -1
    if m := CHAPTER.match(c):
        return m.group(1), -2
    for level, pattern in OUTLINE:
        if m := pattern.match(c):
            return m.group(1), level
    return "", 0


def _skip_text(lines: Sequence[Line], i: int, text: str | None) -> int:
    """Past the lines from ``i`` that together spell ``text`` (a title printed over several lines)."""
    target = compact(text or "")
    joined = ""
    j = i
    while j < len(lines) and target:
        joined += lines[j].compact
        if not target.startswith(joined):
            break
        j += 1
        if joined == target:
            return j
    return i + 1


def _past_colon(lines: Sequence[Line], i: int) -> int:
    """Past the 主送 line, which may wrap onto the next lines before its colon."""
    for j in range(i, min(i + 3, len(lines))):
        if lines[j].compact.endswith(("：", ":")):
            return j + 1
    return i + 1


def _first_after(
    metadata: PolicyMetadata, keys: Sequence[str], pos: dict[int, int], start: int
) -> int | None:
    found = [
        pos[ev.block]
        for key in keys
        if (ev := metadata.evidence.get(key)) is not None and ev.block in pos and pos[ev.block] >= start
    ]
    return min(found) if found else None


def _region(lines: list[Line], metadata: PolicyMetadata) -> tuple[list[Line], str | None]:
    pos = {line.index: i for i, line in enumerate(lines)}
    evidence = metadata.evidence
    enclosed = metadata.structure.enclosed
    if enclosed is not None and enclosed.block is not None and enclosed.block in pos:
        start = _skip_text(lines, pos[enclosed.block], enclosed.title)
        stop = _first_after(metadata, _IMPRINT_KEYS, pos, start)
        return lines[start : stop if stop is not None else len(lines)], enclosed.title
    title = metadata.fields.title
    start = 0
    if (ev := evidence.get("recipients")) is not None and ev.block in pos:
        start = _past_colon(lines, pos[ev.block])
    elif (ev := evidence.get("title")) is not None and ev.block in pos:
        start = _skip_text(lines, pos[ev.block], title)
    imprint = _first_after(metadata, _IMPRINT_KEYS, pos, start)
    end = imprint if imprint is not None else len(lines)
    stop = _first_after(metadata, _TAIL_KEYS, pos, start)
    if stop is None or stop >= end:
        return lines[start:end], title
    # what follows the 成文日期 and 附注 (the attachments) is compared too
    marks = [pos[ev.block] for key in ("date", "disclosure") if (ev := evidence.get(key)) and ev.block in pos]
    resume = max([m + 1 for m in marks if stop <= m < end], default=end)
    return lines[start:stop] + lines[resume:end], title


def _margins(lines: Sequence[Line]) -> tuple[float, float] | None:
    """The left and right margins of the text, where positions are known: the median edges of the
    blocks that wrap over several printed lines (they fill the line), else the outermost edges."""
    boxes = [(b.bbox, b.style.size or 16.0) for line in lines if (b := line.block).bbox is not None]
    if not boxes:
        return None
    wrapped = [box for box, size in boxes if box[3] - box[1] > 1.8 * size]
    if not wrapped:
        return min(box[0] for box, _ in boxes), max(box[2] for box, _ in boxes)
    lefts, rights = sorted(b[0] for b in wrapped), sorted(b[2] for b in wrapped)
    return lefts[len(lefts) // 2], rights[len(rights) // 2]


def _runs_on(previous: Line, line: Line, margins: tuple[float, float] | None) -> bool:
    """True when ``line`` continues the paragraph of ``previous``: that one does not end a sentence,
    and (where positions are known) it reaches the right margin and this one is not indented."""
    if display(previous.text).endswith(_SENTENCE_END):
        return False
    before, here = previous.block.bbox, line.block.bbox
    if margins is None or before is None or here is None:
        return True
    em = line.size or 16.0  # justified lines may stop short by a character or two of punctuation
    return before[2] >= margins[1] - 2.5 * em and here[0] <= margins[0] + 0.6 * em


def _paragraphs(lines: Sequence[Line], joins_lines: bool) -> list[Paragraph]:
    out: list[Paragraph] = []
    row: tuple[int, int] | None = None
    margins = _margins(lines) if joins_lines else None
    previous: Line | None = None  # the last line, when it is not in a table
    for line in lines:
        block = line.block
        text = display(line.text)
        marker, level = numbering(line.compact)
        if block.kind is BlockKind.TABLE_CELL and block.cell is not None:
            here = (block.cell[0], block.cell[1])
            if out and row == here:
                last = out[-1]
                out[-1] = Paragraph(f"{last.text}｜{text}", last.block, last.page, last.marker, last.level)
            else:
                out.append(Paragraph(text, block.index, block.page))
            row, previous = here, None
            continue
        row = None
        if level in (-1, -2):  # 第五条　…: the ideographic space after the number, as printed
            text = marker + "\u3000" + text[len(marker) :]
        if joins_lines and out and previous is not None and not marker and _runs_on(previous, line, margins):
            last = out[-1]
            out[-1] = Paragraph(last.text + text, last.block, last.page, last.marker, last.level)
        else:
            out.append(Paragraph(text, block.index, block.page, marker, level))
        previous = line
    return out


def body_of(document: ParsedDocument, metadata: PolicyMetadata | None = None) -> Body:
    """The body paragraphs of ``document`` (its enclosed document, for a 印发 notice)."""
    lines = body_lines(document)
    if not lines:
        return Body((), None)
    meta = metadata if metadata is not None else extract_metadata(document)
    region, title = _region(lines, meta)
    return Body(tuple(_paragraphs(region, document.format in _LINE_FORMATS)), title)


def choose_kind(old: Body, new: Body) -> tuple[UnitKind, tuple[int, ...]]:
    """The unit both documents are cut into, and for outlines the heading levels that start a unit:
    clauses when both have at least 3, else the top two outline levels when both have at least 3
    such headings, else paragraphs."""
    if old.clause_count >= 3 and new.clause_count >= 3:
        return UnitKind.CLAUSE, ()
    old_levels, new_levels = old.outline_levels(), new.outline_levels()
    levels = tuple(sorted(set(old_levels) | set(new_levels))[:2])
    if levels and all(sum(c[lv] for lv in levels) >= 3 for c in (old_levels, new_levels)):
        return UnitKind.OUTLINE, levels
    return UnitKind.PARAGRAPH, ()


def _unit(label: str, parts: list[Paragraph]) -> Unit:
    first = parts[0]
    text = "\n".join(p.text for p in parts)
    key = normalise(first.text[len(first.marker) :] + "".join(p.text for p in parts[1:]))
    return Unit(label, text, key, first.block, first.page)


def units(body: Body, kind: UnitKind, levels: tuple[int, ...] = ()) -> tuple[Unit, ...]:
    """Cut ``body`` into units of ``kind``.

    A clause or an outline section runs from its number to the next number of the same kind (for
    outlines: of a level in ``levels``), so its items and continuation paragraphs stay with it; a
    第X章 heading is a unit of its own. Paragraphs before the first number, and in outlines from a
    closing paragraph on (本通知自…起施行, 特此通知), are units of their own, labelled 第N段."""
    out: list[Unit] = []
    current: list[Paragraph] = []
    label = ""
    top = ""  # the current level-1 marker, for labels like 二、（三）

    def flush() -> None:
        nonlocal current
        if current:
            out.append(_unit(label, current))
        current = []

    for n, p in enumerate(body.paragraphs, 1):
        if kind is UnitKind.PARAGRAPH:
            label, current = f"第{n}段", [p]
            flush()
            continue
        starts = (kind is UnitKind.CLAUSE and p.level in (-1, -2)) or (
            kind is UnitKind.OUTLINE and p.level in levels
        )
        if starts:
            flush()
            if kind is UnitKind.OUTLINE and p.level == levels[0]:
                top = p.marker
            label = p.marker if p.level in (-1, -2) or p.level == levels[0] else top + p.marker
            current = [p]
            if p.level == -2:
                flush()
        elif current and not (kind is UnitKind.OUTLINE and CLOSING.match(p.text)):
            current.append(p)
        else:
            flush()
            label, current = f"第{n}段", [p]
            flush()
    flush()
    return tuple(out)
