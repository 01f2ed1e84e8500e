"""The body's structure (outline, 第X条, citations, an enclosed document) and the validity it states
(施行日期, 有效期)."""

from __future__ import annotations

import re

from extractors.metadata.found import Found
from extractors.metadata.lines import Line, compact
from policy.dates import DATE_TEXT, chinese_number, first_date
from policy.docnumber import find_doc_numbers
from policy.metadata import Citation, Clause, Enclosed, Heading, Structure

_CN_NUM = "一二三四五六七八九十百零〇"
OUTLINE = (
    (1, re.compile(rf"^([{_CN_NUM}]{{1,4}}、)")),
    (2, re.compile(rf"^([（(][{_CN_NUM}]{{1,4}}[）)])")),
    (3, re.compile(r"^(\d{1,2}[．.](?!\d))")),
    (4, re.compile(r"^([（(]\d{1,2}[）)])")),
)
CLAUSE = re.compile(rf"^(第([{_CN_NUM}]{{1,5}})条)")
BOOK_TITLE = re.compile(r"《([^《》]{2,80})》")
_DATE = DATE_TEXT
_SUBJECT = r"(?:本(?:[\u4e00-\u9fa5]{0,10}?)(?:通知|办法|规定|意见|决定|细则|方案|规则|措施|标准|制度|公告|通告|条例|规划|准则|指引|目录|清单|规程|纲要|计划))"
_LEAD = rf"^(?:[{_CN_NUM}]{{1,4}}、|第[{_CN_NUM}]{{1,5}}条|\d{{1,2}}[．.]|[（(][{_CN_NUM}\d]{{1,3}}[）)])?"
EFFECTIVE = re.compile(rf"{_LEAD}{_SUBJECT}?自(?P<date>{_DATE})起?(?:正式)?(?:施行|实施|生效|执行)")
EXPIRY = re.compile(
    rf"有效期(?:为|是|[:：])?(?:自?{_DATE}起?(?:[—–－~～-]|至|到)|至|到|截至|截止(?:到|至)?)(?P<date>{_DATE})"
    rf"|有效期[^，。；]{{0,8}}，自?{_DATE}起?(?:至|到)(?P<until>{_DATE})止?"
)
VALIDITY_YEARS = re.compile(r"有效期(?:为|是)?(?P<n>[一二三四五六七八九十两\d]{1,3})年")
ENCLOSING_TITLE = re.compile(
    r"关于(?P<verb>印发|转发|批转|发布|公布|颁布)(?P<what>.+?)的(?:通知|决定|通告|公告|批复|函)$"
)


def _clause_number(label: str) -> int:
    text = label.replace("百", "")
    if "百" in label:
        head, _, tail = label.partition("百")
        hundreds = chinese_number(head) or 1
        rest = chinese_number(tail.replace("零", "")) if tail.replace("零", "") else 0
        return hundreds * 100 + (rest or 0)
    return chinese_number(text) or 0


def outline(lines: list[Line], start: int) -> tuple[tuple[Heading, ...], tuple[Clause, ...]]:
    headings: list[Heading] = []
    clauses: list[Clause] = []
    for line in lines[start:]:
        c = line.compact
        if m := CLAUSE.match(c):
            clauses.append(Clause(_clause_number(m.group(2)), m.group(1), line.text, line.index))
            continue
        for level, pattern in OUTLINE:
            if m := pattern.match(c):
                heading = re.split(r"[。；;]", c[m.end() :], maxsplit=1)[0]
                headings.append(Heading(level, m.group(1), heading[:80], line.index))
                break
    return tuple(headings), tuple(clauses)


def citations(lines: list[Line], start: int, own_number: str | None) -> tuple[Citation, ...]:
    cited: list[Citation] = []
    for line in lines[start:]:
        for m in BOOK_TITLE.finditer(line.text):
            title = compact(m.group(1))
            cited.append(Citation("title", m.group(0), title, line.index, m.span()))
        for number in find_doc_numbers(line.compact):
            if own_number and number.printed == own_number:
                continue
            span = line.span_of(line.compact[number.start : number.end]) or (0, 0)
            cited.append(Citation("doc_number", number.printed, number.normalized, line.index, span))
    return tuple(cited)


def enclosed(lines: list[Line], title: str | None, after: int) -> Enclosed | None:
    """A notice that 印发/转发 a document: the enclosed title, and the line where that document starts."""
    if not title:
        return None
    m = ENCLOSING_TITLE.search(title)
    if not m:
        return None
    what = m.group("what")
    inner = BOOK_TITLE.search(what)
    name = compact(inner.group(1)) if inner else what
    for i in range(after, len(lines)):
        joined = ""
        for j in range(i, min(i + 4, len(lines))):
            joined += lines[j].compact
            if joined == name:
                return Enclosed(m.group("verb"), name, lines[i].index)
            if not name.startswith(joined):
                break
    return Enclosed(m.group("verb"), name, None)


def validity(lines: list[Line], start: int, found: Found) -> None:
    """施行日期 and 有效期 as the text states them; 自印发之日起 and 有效期N年 give no date."""
    for line in lines[start:]:
        for sentence in re.split(r"[。；;]", line.compact):
            if m := EFFECTIVE.search(sentence):
                date = first_date(m.group("date"))
                if date:
                    span = line.span_of(m.group(0))
                    found.put("effective_date", date.value, line.evidence("body.effective", 0.85, span))
            if m := EXPIRY.search(sentence):
                date = first_date(m.group("date") or m.group("until"))
                if date:
                    span = line.span_of(m.group(0))
                    found.put("expiry_date", date.value, line.evidence("body.expiry", 0.85, span))
            if m := VALIDITY_YEARS.search(sentence):
                n = m.group("n")
                years = int(n) if n.isdigit() else chinese_number(n.replace("两", "二"))
                if years:
                    found.put(
                        "validity_years",
                        years,
                        line.evidence("body.validity_years", 0.8, line.span_of(m.group(0))),
                    )


def structure(
    lines: list[Line], start: int, title: str | None, own_number: str | None, after_date: int
) -> Structure:
    headings, clauses = outline(lines, start)
    return Structure(
        outline=headings,
        clauses=clauses,
        citations=citations(lines, start, own_number),
        enclosed=enclosed(lines, title, after_date),
    )
