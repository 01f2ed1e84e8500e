import pytest

from policy.docnumber import find_doc_numbers, is_gbt_form, parse_doc_number


@pytest.mark.parametrize(
    ("text", "printed", "normalized"),
    [
        ("昌府办字〔2024〕26号", "昌府办字〔2024〕26号", "昌府办字〔2024〕26号"),
        ("穗民规字〔2025〕2 号", "穗民规字〔2025〕2号", "穗民规字〔2025〕2号"),  # a space before 号
        ("国发[1981]88号", "国发[1981]88号", "国发〔1981〕88号"),  # legacy brackets stay as printed
        ("国办函 [2004] 57 号", "国办函[2004]57号", "国办函〔2004〕57号"),
        ("京政发（2015）第05号", "京政发（2015）第05号", "京政发〔2015〕5号"),
        ("国办发(2018)117号", "国办发(2018)117号", "国办发〔2018〕117号"),
        ("粤府函【2020】3号", "粤府函【2020】3号", "粤府函〔2020〕3号"),
        ("国 办 发 〔 2018 〕 117 号", "国办发〔2018〕117号", "国办发〔2018〕117号"),
    ],
)
def test_parse_doc_number_forms(text, printed, normalized):
    number = parse_doc_number(text)
    assert number is not None
    assert number.printed == printed
    assert number.normalized == normalized


@pytest.mark.parametrize(
    "text",
    [
        "住房城乡建设部令第11号",  # a 令 number, no year
        "2024年第3号公告",
        "根据国办发〔2018〕117号文件精神",  # a sentence that cites a number is not a number
        "国发〔2018〕",  # no serial
        "国发〔2018〕12",  # no 号
        "国发〔2018]12号",  # mismatched brackets
    ],
)
def test_parse_doc_number_refuses(text):
    assert parse_doc_number(text) is None


def test_cited_numbers_are_found_inside_sentences_with_clean_agency():
    text = "根据《广州市民政局关于提高标准的通知》（穗民规字〔2024〕5号）和国办发〔2018〕117号文件"
    numbers = [n.printed for n in find_doc_numbers(text)]
    assert numbers == ["穗民规字〔2024〕5号", "国办发〔2018〕117号"]


def test_gbt_9704_problems_are_named():
    assert parse_doc_number("昌府办字〔2024〕26号").problems == ()
    problems = parse_doc_number("京政发[15]第05号").problems
    assert len(problems) == 4
    assert is_gbt_form("昌府办字〔2024〕26号")
    assert not is_gbt_form("国发[1981]88号")
    assert not is_gbt_form("国发〔2018〕042号")
