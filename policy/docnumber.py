"""发文字号: 机关代字 + 〔year〕 + serial + 号, in the form GB/T 9704 §7.2.5 prescribes and in the
legacy forms drafts still carry ([2015], (2015), a space before 号, 第, leading zeros)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_OPEN = "〔[［【(（{"
_CLOSE = "〕]］】)）}"
_S = r"[ \t\u3000]*"

DOC_NUMBER = re.compile(
    r"(?P<agency>[\u4e00-\u9fa5]{1,15}(?:[A-Za-z]{1,3}[\u4e00-\u9fa5]{0,4})?)"
    rf"{_S}(?P<open>[{re.escape(_OPEN)}]){_S}(?P<year>(?:19|20)\d{{2}}|\d{{2}}){_S}(?P<close>[{re.escape(_CLOSE)}])"
    rf"{_S}(?P<di>第)?{_S}(?P<serial>\d{{1,5}}){_S}号"
)
GBT_FORM = re.compile(
    r"^[\u4e00-\u9fa5]{1,15}(?:[A-Za-z]{1,3}[\u4e00-\u9fa5]{0,4})?〔(?:19|20)\d{2}〕[1-9]\d{0,4}号$"
)

# The agency part never starts with these: they belong to the sentence around a cited number.
_LEADING_NOISE = re.compile(
    r"^(?:[的和及与、，。；：（(《》]|根据|按照|依据|依照|参照|印发|转发|见|详见|即|经)+"
)
_GENERIC_AGENCY = re.compile(r"(?:文件|通知|意见|决定|办法|规定|号文|号|附件)$")


@dataclass(frozen=True, slots=True)
class DocNumber:
    agency: str
    year: str
    serial: str
    brackets: str  # the pair as printed, e.g. "〔〕" or "[]"
    has_di: bool
    start: int
    end: int

    @property
    def printed(self) -> str:
        """As printed, whitespace removed (the label form)."""
        di = "第" if self.has_di else ""
        return f"{self.agency}{self.brackets[0]}{self.year}{self.brackets[1]}{di}{self.serial}号"

    @property
    def normalized(self) -> str:
        """The GB/T 9704 form: 〔〕, no 第, no leading zero. The year is kept as printed."""
        return f"{self.agency}〔{self.year}〕{int(self.serial)}号"

    @property
    def problems(self) -> tuple[str, ...]:
        """What departs from GB/T 9704 §7.2.5, as short Chinese phrases."""
        found = []
        if self.brackets != "〔〕":
            found.append(f"年份应使用六角括号〔〕，不应使用{self.brackets}")
        if len(self.year) != 4:
            found.append("年份应标全称（四位）")
        if self.has_di:
            found.append("顺序号前不加“第”")
        if self.serial.startswith("0"):
            found.append("顺序号不编虚位（1 不编为 01）")
        return tuple(found)


def _clean_agency(agency: str, start: int) -> tuple[str, int]:
    m = _LEADING_NOISE.match(agency)
    if m:
        return agency[m.end() :], start + m.end()
    return agency, start


def find_doc_numbers(text: str) -> Iterator[DocNumber]:
    for m in DOC_NUMBER.finditer(text):
        pair = m["open"] + m["close"]
        if _OPEN.index(m["open"]) != _CLOSE.index(m["close"]):
            continue
        agency, start = _clean_agency(m["agency"], m.start())
        if not agency or _GENERIC_AGENCY.search(agency):
            continue
        yield DocNumber(agency, m["year"], m["serial"], pair, bool(m["di"]), start, m.end())


def parse_doc_number(text: str) -> DocNumber | None:
    """The 文号 that ``text`` consists of (whitespace allowed anywhere), or None."""
    compact = re.sub(r"\s+", "", text)
    for number in find_doc_numbers(compact):
        if number.start == 0 and number.end == len(compact):
            return number
    return None


def is_gbt_form(text: str) -> bool:
    return bool(GBT_FORM.match(text))
