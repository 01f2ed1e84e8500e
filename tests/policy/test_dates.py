import datetime as dt

import pytest

from policy.dates import chinese_number, find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年3月4日", dt.date(2024, 3, 4)),
        ("2024 年 6 月 4 日", dt.date(2024, 6, 4)),  # what PDF text extractors produce
        ("2018年12月30日", dt.date(2018, 12, 30)),
        ("二〇一九年一月二十二日", dt.date(2019, 1, 22)),
        ("二○二二年十二月三十一日", dt.date(2022, 12, 31)),  # ○ (U+25CB) typed for 〇
        ("一九九六年二月九日", dt.date(1996, 2, 9)),
        ("一九八一年五月二十三日", dt.date(1981, 5, 23)),
        ("二〇二〇年十月十日", dt.date(2020, 10, 10)),
        ("２０２４年３月４日", dt.date(2024, 3, 4)),
        ("  2023年5月19日 ", dt.date(2023, 5, 19)),
    ],
)
def test_parse_date_reads_arabic_and_chinese_numerals(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "二〇二二年十二月",  # no day: not a date the site can show
        "2024年2月30日",  # no such day
        "2024年13月1日",
        "于2024年3月4日印发",  # a date inside a sentence is not a date line
        "第2024号",
        "",
    ],
)
def test_parse_date_refuses_what_is_not_a_whole_date(text):
    assert parse_date(text) is None


def test_find_dates_gives_positions_in_order():
    text = "本办法自2024年3月4日起施行，有效期至二〇二九年三月三日。"
    found = list(find_dates(text))
    assert [f.value for f in found] == [dt.date(2024, 3, 4), dt.date(2029, 3, 3)]
    assert text[found[0].start : found[0].end] == "2024年3月4日"
    assert [f.form for f in found] == ["arabic", "chinese"]


@pytest.mark.parametrize(
    ("text", "n"), [("十", 10), ("十二", 12), ("二十", 20), ("三十一", 31), ("二〇一九", 2019)]
)
def test_chinese_number(text, n):
    assert chinese_number(text) == n
