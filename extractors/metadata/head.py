"""版头 (份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人), 标题 and 主送机关 (GB/T 9704 §7.2, §7.3.1–2)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.metadata.found import Found
from extractors.metadata.lines import Line, doc_type_of
from policy.dates import parse_date
from policy.docnumber import find_doc_numbers, parse_doc_number

COPY_NUMBER = re.compile(r"^(?:份号[:：]?)?(\d{6})$")
CLASSIFICATION = re.compile(r"^(绝密|机密|秘密)(★[\d一二三四五六七八九十]+(?:年|个月))?$")
URGENCY = re.compile(r"^(?:紧急程度[:：]?)?(特急|加急|特提|平急)$")
REGISTRATION = re.compile(r"^([A-Z]{2,8}[—–\-－]\d{4}[—–\-－]\d{1,4})$")
SIGNER = re.compile(r"签发人[:：]((?:[\u4e00-\u9fa5·]{2,5}[\s\u3000]*)+)")
# a line that opens the document's body: headings, long prose
ATTACHMENT_HEADING = re.compile(r"^附件[\d一二三四五六七八九十]*[:：]?$")
_HEAD_SCAN = 14  # the 版头 sits in the first lines; a 文号 further down is cited, not the document's own
_AGENCY = re.compile(r"^[\u4e00-\u9fa5（）()、]{2,40}$")


@dataclass(slots=True)
class Head:
    """Where the 版头 ends and the title and 主送 were found (indexes into the line list)."""

    body_start: int = 0
    title_end: int = 0  # first line after the title
    recipients_line: int | None = None


def _head_zone(lines: list[Line], found: Found) -> int:
    """Fill the 版头 fields; return the index of the first line after the 版头 (0 when there is none)."""
    number_at = None
    for i, line in enumerate(lines[:_HEAD_SCAN]):
        if len(line.compact) > 60 or line.compact.endswith(("：", ":")):
            break
        signer_match = SIGNER.search(line.text)
        before_signer = line.compact.split("签发人")[0] if signer_match else line.compact
        number = parse_doc_number(before_signer)
        if number is None:
            # 信函格式 and 上行文 put other words on the 文号 line: take a 文号 that ends the line
            candidates = [n for n in find_doc_numbers(before_signer) if n.end == len(before_signer)]
            number = candidates[0] if candidates and len(before_signer) - candidates[0].start <= 25 else None
        if number is not None:
            found.put(
                "doc_number",
                number.printed,
                line.evidence("head.doc_number", 0.95, line.span_of(number.printed)),
            )
            number_at = i
        if signer_match:
            names = " ".join(signer_match.group(1).split())
            found.put("signer", names, line.evidence("head.signer", 0.9))
            number_at = max(number_at or 0, i)
        if number_at is not None and number is None and not signer_match:
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
    _issuer_mark(zone, found)
    return end


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


def _issuer_mark(zone: list[Line], found: Found) -> None:
    """发文机关标志: one line (`X文件`), or stacked agency names with 文件 printed once."""
    parts: list[Line] = [line for line in zone if _is_mark_line(line)]
    if not parts:
        return
    names: list[str] = []
    has_wenjian = False
    for line in parts:
        words = [
            w for w in re.split(r"[\s\u3000]{2,}|[\s\u3000](?=[\u4e00-\u9fa5]{2,})", line.text) if w.strip()
        ]
        for word in words:
            w = re.sub(r"\s+", "", word)
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


def _is_title_start_noise(line: Line) -> bool:
    return bool(ATTACHMENT_HEADING.match(line.compact))


def _looks_like_body(line: Line) -> bool:
    c = line.compact
    return len(c) > 60 or "。" in c or c.endswith(("：", ":")) or parse_date(c) is not None


def _title(lines: list[Line], start: int, styled: bool, found: Found) -> int:
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


def _recipients(lines: list[Line], start: int, found: Found) -> int | None:
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
            if re.match(
                r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[．.]|第.{1,4}[条章])", joined
            ):
                return None
            found.put("recipients", joined[:-1], line.evidence("recipients.colon_line", 0.9))
            return i
        if len(c) > 60:
            return None
    return None


def read_head(lines: list[Line], styled: bool, found: Found) -> Head:
    head = Head()
    head.body_start = _head_zone(lines, found)
    head.title_end = _title(lines, head.body_start, styled, found)
    head.recipients_line = _recipients(lines, head.title_end, found)
    return head
