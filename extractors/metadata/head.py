"""版头 (份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人) (GB/T 9704 §7.2, §10.1); ``read_head``
also finds the 标题 and 主送机关 after it (``title``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.metadata import title
from extractors.metadata.found import Found
from extractors.metadata.lines import Line, compact
from policy.docnumber import DocNumber, find_doc_numbers, parse_doc_number

COPY_NUMBER = re.compile(r"^(?:份号[:：]?)?(\d{6})$")
CLASSIFICATION = re.compile(r"^(绝密|机密|秘密)(★[\d一二三四五六七八九十]+(?:年|个月))?$")
URGENCY = re.compile(r"^(?:紧急程度[:：]?)?(特急|加急|特提|平急)$")
REGISTRATION = re.compile(r"^([A-Z]{2,8}[—–\-－]\d{4}[—–\-－]\d{1,4})$")
SIGNER = re.compile(r"^签发人[:：]?[\u4e00-\u9fa5·]")
_LEADING_COPY = re.compile(r"^(\d{6})(?=[^\d])")
_LETTER_SPACE = re.compile(r"(?<=[\s\u3000][\u4e00-\u9fa5])[ \u3000](?=[\u4e00-\u9fa5])")
_PERSON = re.compile(r"^[\u4e00-\u9fa5·]{2,6}$")
_HEAD_SCAN = 14  # the 版头 sits in the first lines; a 文号 further down is cited, not the document's own
_AGENCY = re.compile(r"^[\u4e00-\u9fa5（）()、]{2,40}$")
_AGENCY_END = re.compile(r"(?:局|厅|部|委|院|会|府|办|室|处|署|司|中心|海关|银行|集团|公司)$")


@dataclass(slots=True)
class Head:
    """Where the 版头 ends and the title and 主送 were found (indexes into the line list)."""

    body_start: int = 0
    title_end: int = 0  # first line after the title
    recipients_line: int | None = None


def _head_zone(lines: list[Line], styled: bool, found: Found) -> int:
    """Fill the 版头 fields; return the index of the first line after the 版头 (0 when there is none).

    The 版头 ends with the 文号 line (with the 签发人 of a 上行文 on it or on the lines above); in
    信函格式 份号, 密级 and 紧急程度 may stand on the 文号 line or under it (GB/T 9704 §10.1)."""
    number_at = None
    signer_above = False
    for i, line in enumerate(lines[:_HEAD_SCAN]):
        if len(line.compact) > 60 or line.compact.endswith(("：", ":")):
            break
        items = _head_items(line)
        signers = [item for item in items if SIGNER.match(compact(item))]
        number, names = _line_number([item for item in items if item not in signers], signer_above)
        if number is not None:
            found.put(
                "doc_number",
                number.printed,
                line.evidence("head.doc_number", 0.95, line.span_of(number.printed)),
            )
            number_at = i
        for item in signers:
            names += _names(item.split("签发人", 1)[1].lstrip(":： \t\u3000"))
        if names:
            found.append("signer", " ".join(names), line.evidence("head.signer", 0.9))
            number_at = max(number_at or 0, i)
            signer_above = bool(signers)
        for item in items:  # 信函格式: 份号 flush left on the 文号 line
            if (m := COPY_NUMBER.match(compact(item))) or (
                number and (m := _LEADING_COPY.match(compact(item)))
            ):
                found.put("copy_number", m.group(1), line.evidence("head.copy_number", 0.9))
        if number_at is not None and number is None and not names:
            if _is_head_flag(line):
                number_at = i
                continue
            break
    if number_at is None:
        # no 文号: a 版头 may still stand above the title (red mark only, or 份号/密级)
        end = 0
        for i, line in enumerate(lines[:6]):
            if _is_mark_line(line) or _is_head_flag(line):
                end = i + 1
            else:
                break
        zone = lines[:end]
    else:
        zone = lines[: number_at + 1]
        end = number_at + 1
    _head_flags(zone, found)
    _issuer_mark(zone, found, styled)
    return end


def _head_items(line: Line) -> list[str]:
    """The items of a 版头 line, set apart by a tab or two spaces (份号 … 文号, 文号 … 签发人)."""
    items = [item.strip() for item in re.split(r"\t|[ \u3000]{2,}(?=\S)", line.text) if item.strip()]
    # '签发人' may follow the 文号 after a single space
    out: list[str] = []
    for item in items:
        head, sep, tail = item.partition("签发人")
        if sep and head.strip():
            out += [head.strip(), sep + tail]
        else:
            out.append(item)
    return out


def _line_number(items: list[str], signer_above: bool) -> tuple[DocNumber | None, list[str]]:
    """The 文号 among a 版头 line's items, and the 签发人 names printed after it.

    An item may be the 文号 alone; or end with it (信函格式 and 上行文 put other words before it, such as
    the 份号); or, under a 签发人 line, start with it and go on with the last signers' names (GB/T 9704
    §7.2.6: the 文号 stands on the line of the last 签发人)."""
    for item in items:
        if number := parse_doc_number(item):
            rest = [compact(x) for x in items if x is not item]
            names = [n for x in rest for n in _names(x)] if signer_above else []
            return number, names
    if len(items) == 1:
        c = compact(items[0])
        numbers = list(find_doc_numbers(c))
        trailing = [n for n in numbers if n.end == len(c) and len(c) - n.start <= 25]
        if trailing:
            return trailing[0], []
        leading = [n for n in numbers if n.start == 0]
        if leading and signer_above and _PERSON.match(c[leading[0].end :]):
            return leading[0], _names(items[0][items[0].find("号") + 1 :])
    return None, []


def _names(text: str) -> list[str]:
    """Person names set apart by spaces; a two-character name is often printed with a space inside
    ('李　明'), so lone characters are joined in pairs."""
    tokens = [t for t in re.split(r"[\s\u3000]+", text.strip()) if t]
    names: list[str] = []
    i = 0
    while i < len(tokens):
        if len(tokens[i]) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            names.append(tokens[i] + tokens[i + 1])
            i += 2
        else:
            names.append(tokens[i])
            i += 1
    return [n for n in names if _PERSON.match(n)]


def _is_head_flag(line: Line) -> bool:
    c = line.compact
    return bool(COPY_NUMBER.match(c) or CLASSIFICATION.match(c) or URGENCY.match(c) or REGISTRATION.match(c))


def _is_mark_line(line: Line) -> bool:
    style = line.block.style
    if parse_doc_number(line.compact) or _is_head_flag(line) or "签发人" in line.compact:
        return False
    if not _AGENCY.match(line.compact):
        return False
    return style.is_red or (style.size or 0) >= 26 or line.compact.endswith("文件")


def _head_flags(zone: list[Line], found: Found) -> None:
    for line in zone:
        c = line.compact
        if m := COPY_NUMBER.match(c):
            found.put("copy_number", m.group(1), line.evidence("head.copy_number", 0.9))
        elif m := CLASSIFICATION.match(c):
            found.put("classification", c, line.evidence("head.classification", 0.95))
        elif m := URGENCY.match(c):
            found.put("urgency", m.group(1), line.evidence("head.urgency", 0.95))
        elif m := REGISTRATION.match(c):
            found.put("registration_number", m.group(1), line.evidence("head.registration", 0.9))


def _issuer_mark(zone: list[Line], found: Found, styled: bool) -> None:
    """发文机关标志: one line (`X文件`), or stacked agency names with 文件 printed once. Plain text has
    no red or size to show it: there an agency name standing alone above the 文号 is the mark (信函格式
    prints the name without 文件)."""
    parts: list[Line] = [line for line in zone if _is_mark_line(line)]
    if not parts and not styled and len(zone) > 1 and parse_doc_number(zone[-1].compact):
        parts = [
            line for line in zone[:-1] if _AGENCY.match(line.compact) and _AGENCY_END.search(line.compact)
        ]
    if not parts:
        return
    words: list[str] = []
    for line in parts:
        # letter-spaced or distributed names ('教 育 部'): single characters set apart belong together
        text = _LETTER_SPACE.sub("", " " + line.text.strip())
        for word in re.split(r"[\s\u3000]{2,}|[\s\u3000](?=[\u4e00-\u9fa5]{2,})", text):
            w = re.sub(r"\s+", "", word)
            if w and words and len(w) == 1:
                words[-1] += w  # a name wrapped onto the next line ('…办公室文' '件')
            elif w:
                words.append(w)
    names: list[str] = []
    has_wenjian = False
    for w in words:
        if w == "文件":
            has_wenjian = True
            continue
        if w.endswith("文件") and len(w) > 2:
            has_wenjian = True
            w = w[:-2]
        if w and w not in names:
            names.append(w)
    if not names:
        return
    mark = "、".join(names) + ("文件" if has_wenjian else "")
    confidence = 0.95 if any(p.block.style.is_red for p in parts) else 0.75
    found.put("issuer_mark", mark, parts[0].evidence("head.issuer_mark", confidence))


def read_head(lines: list[Line], styled: bool, found: Found) -> Head:
    head = Head()
    head.body_start = _head_zone(lines, styled, found)
    head.title_end = title.read_title(lines, head.body_start, styled, found)
    head.recipients_line = title.read_recipients(lines, head.title_end, found)
    return head
