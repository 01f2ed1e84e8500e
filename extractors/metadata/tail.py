"""附件说明, 发文机关署名, 成文日期, 附注 (公开属性) and the 版记: 抄送, 印发机关和印发日期
(GB/T 9704 §7.3.4–7.3.6, §7.4)."""

from __future__ import annotations

import re

from extractors.metadata.found import Found
from extractors.metadata.lines import Line
from policy.dates import DATE_TEXT, find_dates, parse_date

ATTACHMENT_NOTE = re.compile(r"^附件[:：](.*)$")
NUMBERING = re.compile(r"^(?:\d{1,2}[．.、]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,3}[、．.])(?!\d)")
CC = re.compile(r"^抄送[:：](.*)$")
PRINTED = re.compile(rf"^(?P<printer>.*?)(?P<date>{DATE_TEXT})印发$")
DISCLOSURE = re.compile(
    r"^(?:[（(]此件(?P<a>公开发布|主动公开|依申请公开|不予公开|不公开)(?:[，,；;][^（()）]*)?[）)]"
    r"|(?:公开方式|公开属性|公开类别|信息公开选项)[:：](?P<b>主动公开|依申请公开|不予公开|不公开))$"
)
_DISCLOSURE_MAP = {"公开发布": "主动公开", "主动公开": "主动公开", "依申请公开": "依申请公开",
                   "不予公开": "不予公开", "不公开": "不予公开"}  # fmt: skip
_SIGNATURE_WORD = re.compile(r"^[\u4e00-\u9fa5（）()]{2,30}$")
_NOT_AGENCY_END = re.compile(r"(?:通知|如下|特此|此复|为盼|为要|意见|附件)$")


def find_date_line(lines: list[Line], start: int, stop: int) -> tuple[int, str | None] | None:
    """The 成文日期: the first line from ``start`` that is a complete date, alone or after a 署名.

    Returns (line index, the 署名 text printed on the same line or None)."""
    for i in range(start, stop):
        line = lines[i]
        if line.in_table and (i < start + 2 or _data_row(lines, i)):
            continue
        c = line.compact
        if parse_date(c):
            return i, None
        dates = list(find_dates(c))
        if dates and dates[-1].end == len(c) and dates[-1].start > 0:
            prefix = c[: dates[-1].start]
            if _SIGNATURE_WORD.match(prefix) and not _NOT_AGENCY_END.search(prefix):
                return i, line.text[: line.text.find(prefix[-1]) + 1]
    return None


def _data_row(lines: list[Line], i: int) -> bool:
    """A table cell whose row holds other data (a list with dates in it), not a 署名 block."""
    cell = lines[i].block.cell
    if cell is None:
        return False
    row = [
        line
        for line in lines[max(0, i - 12) : i + 12]
        if line.block.cell is not None and line.block.cell[:2] == cell[:2] and line is not lines[i]
    ]
    return any(not _SIGNATURE_WORD.match(line.compact) for line in row)


def _split_names(text: str) -> list[str]:
    """Agency names on one line, set apart by spaces; letter-spaced names ('国 务 院') stay whole."""
    words = [w for w in re.split(r"[\s\u3000]{2,}", text.strip()) if w]
    if all(len(w) == 1 for w in words):
        return [re.sub(r"\s+", "", text)]
    if len(words) == 1:
        tokens = words[0].split()
        # one space between two names ('广州市民政局　广州市财政局'), as a PDF gives a 1-字 gap
        return tokens if len(tokens) > 1 and all(len(t) >= 2 for t in tokens) else [re.sub(r"\s+", "", text)]
    return [re.sub(r"\s+", "", w) for w in words]


def signature(lines: list[Line], date_at: int, inline: str | None, floor: int, found: Found) -> None:
    """发文机关署名: agency-name lines just above the date (or before it on the same line)."""
    names: list[str] = []
    first: Line | None = None
    if inline:
        names = _split_names(inline)
        first = lines[date_at]
    else:
        i = date_at - 1
        picked: list[Line] = []
        while i >= floor and len(picked) < 4:
            line = lines[i]
            c = line.compact
            if not _SIGNATURE_WORD.match(c) or NUMBERING.match(c) or _NOT_AGENCY_END.search(c):
                break
            if c.startswith("附件") or (
                line.block.style.align is not None and not (line.right or line.centered) and len(c) > 20
            ):
                break
            picked.insert(0, line)
            i -= 1
        for line in picked:
            names.extend(_split_names(line.text))
        first = picked[0] if picked else None
    if names and first is not None:
        found.put("issuers", tuple(names), first.evidence("tail.signature_above_date", 0.85))


def attachment_note(lines: list[Line], start: int, stop: int, found: Found) -> int | None:
    """附件说明 between the body and the 署名: `附件：1．A` then `2．B` …; returns its last line."""
    for i in range(start, stop):
        m = ATTACHMENT_NOTE.match(lines[i].compact)
        if not m:
            continue
        items: list[str] = []
        rest = m.group(1)
        if rest:
            items.append(NUMBERING.sub("", rest, count=1))
        j = i + 1
        while j < stop:
            c = lines[j].compact
            if NUMBERING.match(c) and not parse_date(c):
                items.append(NUMBERING.sub("", c, count=1))
            elif items and _continues_name(lines[j - 1], lines[j], items[-1]):
                items[-1] += c
            else:
                break
            j += 1
        items = [x.rstrip("。；;") for x in items if x]
        if items:
            found.put("attachments", tuple(items), lines[i].evidence("tail.attachment_note", 0.9))
            return j - 1
    return None


def _continues_name(prev: Line, line: Line, name: str) -> bool:
    """A wrapped attachment name: the previous line ran long and this one is indented, or the name so
    far leaves a bracket open ('（按乡' → '镇、街道…）'); never a 署名 or a date."""
    c = line.compact
    if line.right or line.centered or "。" in c or parse_date(c) is not None:
        return False
    if _unbalanced(name):
        return True
    return (
        len(prev.compact) >= 24 and (line.block.style.indent_first or line.block.style.indent_left or 0) > 20
    )


def _unbalanced(text: str) -> bool:
    return any(text.count(a) > text.count(b) for a, b in ("（）", "()", "《》", "“”", "〔〕", "［］"))


def _printer_before(lines: list[Line], at: int, cc_at: int | None) -> bool:
    """Whether the line before a bare `日期印发` is the 印发机关: in the same table row, or alone between
    the end of the 抄送 and the date."""
    prev, line = lines[at - 1], lines[at]
    if not _SIGNATURE_WORD.match(prev.compact) or DISCLOSURE.match(prev.compact) or CC.match(prev.compact):
        return False
    same_row = (
        prev.block.cell is not None
        and line.block.cell is not None
        and prev.block.cell[:2] == line.block.cell[:2]
    )
    after_cc = cc_at is not None and at - 2 >= cc_at and lines[at - 2].compact.endswith(("。", "."))
    return same_row or after_cc


def disclosure(lines: list[Line], start: int, found: Found) -> None:
    for line in lines[start:]:
        m = DISCLOSURE.match(line.compact)
        if m:
            value = _DISCLOSURE_MAP[m.group("a") or m.group("b")]
            found.put("disclosure", value, line.evidence("tail.disclosure_note", 0.95))
            return


def imprint(lines: list[Line], start: int, found: Found) -> int | None:
    """版记: 抄送 (continuation lines joined) and `印发机关 + 日期 + 印发`; returns where it starts."""
    cc_at = None
    for i in range(len(lines) - 1, start - 1, -1):
        if CC.match(lines[i].compact):
            cc_at = i
            break
    printed_at = None
    for i in range(len(lines) - 1, max(start, len(lines) - 12) - 1, -1):
        m = PRINTED.match(lines[i].compact)
        if m:
            printed_at = i
            date = next(find_dates(m.group("date")), None)
            line = lines[i]
            if m.group("printer"):
                found.put("printer", m.group("printer"), line.evidence("imprint.printer", 0.9))
            elif i > start and _printer_before(lines, i, cc_at):
                printed_at = i - 1  # 印发机关 and 印发日期 in two cells of the 版记 table
                found.put(
                    "printer", lines[i - 1].compact, lines[i - 1].evidence("imprint.printer_cell", 0.85)
                )
            if date:
                found.put("print_date", date.value, line.evidence("imprint.print_date", 0.9))
            break
    if cc_at is not None:
        end = printed_at if printed_at is not None and printed_at > cc_at else min(len(lines), cc_at + 4)
        parts = [CC.match(lines[cc_at].compact).group(1)]  # type: ignore[union-attr]
        for line in lines[cc_at + 1 : end]:
            if PRINTED.match(line.compact) or DISCLOSURE.match(line.compact):
                break
            parts.append(line.compact)
        cc = "".join(parts).rstrip("。.")
        found.put("cc", cc, lines[cc_at].evidence("imprint.cc", 0.9))
    candidates = [x for x in (cc_at, printed_at) if x is not None]
    return min(candidates) if candidates else None
