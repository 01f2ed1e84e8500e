"""标题 and 主送机关 (GB/T 9704 §7.3.1–7.3.2): the lines after the 版头."""

from __future__ import annotations

import re

from extractors.metadata.found import Found
from extractors.metadata.lines import Line, doc_type_of
from policy.dates import parse_date

# `附件1` / `附件三` printed above the title of an attachment published on its own
ATTACHMENT_HEADING = re.compile(r"^附件[\d一二三四五六七八九十]*[:：]?$")
# what a body sentence ending with a colon says, and a 主送 list never does
_BODY_WORDS = re.compile(
    r"(?:如下|以下|下列|现将|现就|现予|特此|根据|按照|依据|为了|为进一步|经.{0,12}(?:同意|研究|批准)|通知|公告|通告)"
)
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[．.]|第.{1,4}[条章])")


def _is_title_start_noise(line: Line) -> bool:
    return bool(ATTACHMENT_HEADING.match(line.compact))


def _looks_like_body(line: Line) -> bool:
    c = line.compact
    return len(c) > 60 or "。" in c or c.endswith(("：", ":")) or parse_date(c) is not None


def read_title(lines: list[Line], start: int, styled: bool, found: Found) -> int:
    """标题: the first lines after the 版头, in one size and centred; returns the line after it."""
    i = start
    while i < len(lines) and _is_title_start_noise(lines[i]):
        i += 1
    if i >= len(lines) or _looks_like_body(lines[i]):
        return i
    first = lines[i]
    picked = [first]
    j = i + 1
    while j < len(lines) and len(picked) < 4:
        line = lines[j]
        if _looks_like_body(line) or line.compact.startswith(("（", "(", "——", "—")):
            break
        if styled:
            same_size = first.size is None or line.size is None or abs(line.size - first.size) < 0.6
            if not (same_size and line.centered == first.centered and line.block.kind == first.block.kind):
                break
        elif doc_type_of("".join(p.compact for p in picked)):
            break
        picked.append(line)
        j += 1
    # a lone left-aligned line in body size is only a title if it is short or ends like one
    plain_first = styled and not first.centered and (first.size or 0) < 17 and len(picked) == 1
    if plain_first and doc_type_of(first.compact) is None and len(first.compact) > 40:
        return i
    title = "".join(p.compact for p in picked)
    title = re.sub(r"^附件[\d一二三四五六七八九十]*[:：]", "", title)
    confidence = 0.9 if styled and first.centered else 0.7
    found.put("title", title, first.evidence("title.first_centred_lines", confidence))
    kind = doc_type_of(title)
    if kind:
        found.put("doc_type", kind, first.evidence("title.ending", confidence))
    if re.search(r"暂行|试行", title):
        found.put("provisional", True, first.evidence("title.provisional", 0.9))
    return j


def read_recipients(lines: list[Line], start: int, found: Found) -> int | None:
    """主送机关: the line right after the title that ends with a colon (wrapped lines joined)."""
    for i in range(start, min(start + 3, len(lines))):
        line = lines[i]
        c = line.compact
        joined = c
        if not c.endswith(("：", ":")) and i + 1 < len(lines) and "。" not in c and len(c) >= 20:
            nxt = lines[i + 1].compact
            if nxt.endswith(("：", ":")) and "。" not in nxt and len(nxt) < 60:
                joined = c + nxt
        if joined.endswith(("：", ":")) and "。" not in joined and 2 <= len(joined) <= 300:
            if _NUMBERED.match(joined) or _BODY_WORDS.search(joined):
                return None  # a heading or the body's first sentence ('…通知如下：'): no 主送
            found.put("recipients", joined[:-1], line.evidence("recipients.colon_line", 0.9))
            return i
        if len(c) > 60:
            return None
    return None
