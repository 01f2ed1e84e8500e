"""Dates as 公文 print them: Arabic (2024年3月4日, 2024 年 3 月 4 日) or Chinese numerals
(二〇一九年一月二十二日), and the ISO form the site needs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN = "〇○零Ｏ一二两三四五六七八九十"
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

_S = r"[ \t\u3000]*"  # PDF extractors and typists put spaces around numbers
ARABIC_DATE = re.compile(
    rf"(?<![\d０-９])(?P<y>(?:1[89]|20)[\d]{{2}}|[１２][０-９]{{3}}){_S}年{_S}(?P<m>[\d０-９]{{1,2}}){_S}月{_S}(?P<d>[\d０-９]{{1,2}}){_S}日"
)
CHINESE_DATE = re.compile(
    rf"(?P<y>[{_CN}]{{4}}){_S}年{_S}(?P<m>[{_CN}]{{1,3}}){_S}月{_S}(?P<d>[{_CN}]{{1,3}}){_S}日"
)
# the same forms without named groups, to embed in larger patterns
DATE_TEXT = "(?:" + "|".join(re.sub(r"\?P<\w+>", "", p.pattern) for p in (ARABIC_DATE, CHINESE_DATE)) + ")"
NUMERIC_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[./-](?P<m>\d{1,2})[./-](?P<d>\d{1,2})(?!\d)")


@dataclass(frozen=True, slots=True)
class FoundDate:
    value: dt.date
    start: int
    end: int
    form: str  # "arabic" | "chinese" | "numeric"


def chinese_number(text: str) -> int | None:
    """十二 → 12, 二十二 → 22, 三十 → 30, 一九九六 → 1996 (digit by digit when there is no 十)."""
    if not text:
        return None
    if "十" not in text:
        digits = [_CN_DIGITS.get(ch) for ch in text]
        if any(d is None for d in digits):
            return None
        return int("".join(str(d) for d in digits))
    tens, _, ones = text.partition("十")
    if len(ones) > 1 or len(tens) > 1:
        return None
    t = _CN_DIGITS.get(tens, -1) if tens else 1
    o = _CN_DIGITS.get(ones, -1) if ones else 0
    if t < 0 or o < 0:
        return None
    return t * 10 + o


def _make(y: int | None, m: int | None, d: int | None) -> dt.date | None:
    if y is None or m is None or d is None:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str) -> Iterator[FoundDate]:
    """Every complete date in ``text`` (year, month and day), in order of position."""
    found: list[FoundDate] = []
    for m in ARABIC_DATE.finditer(text):
        value = _make(*(int(m[g].translate(_FULLWIDTH_DIGITS)) for g in ("y", "m", "d")))
        if value:
            found.append(FoundDate(value, m.start(), m.end(), "arabic"))
    for m in CHINESE_DATE.finditer(text):
        value = _make(chinese_number(m["y"]), chinese_number(m["m"]), chinese_number(m["d"]))
        if value:
            found.append(FoundDate(value, m.start(), m.end(), "chinese"))
    for m in NUMERIC_DATE.finditer(text):
        value = _make(int(m["y"]), int(m["m"]), int(m["d"]))
        if value:
            found.append(FoundDate(value, m.start(), m.end(), "numeric"))
    found.sort(key=lambda f: f.start)
    yield from found


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` consists of (surrounding spaces allowed), or None."""
    stripped = text.strip()
    for found in find_dates(stripped):
        if found.start == 0 and found.end == len(stripped):
            return found.value
    return None


def first_date(text: str) -> FoundDate | None:
    return next(find_dates(text), None)
