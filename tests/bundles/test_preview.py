"""The preview pages: the 政府信息公开 table, the body, links both ways, files, escaping, determinism,
and the kind-specific details (意见征集, 收费清单, 公众参与) as a reader of the page sees them."""

import copy
import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import html as lxml_html

from bundles.page_details import PARTICIPATION_COLUMNS, period
from bundles.preview import PreviewInput, body_items, metadata_rows, safe_name, write_preview
from policy.details import (
    FEE_COLUMNS,
    ConsultationDetails,
    FeeListDetails,
    FeeRow,
    Participation,
    PolicyDetails,
)
from policy.metadata import Fields
from policy.submission import Kind
from storage import Library
from storage.details import set_details as store_details
from tests.bundles.conftest import FEE_ROWS, RESULT_FILE, TITLE
from tests.storage import cli, snapshot, write_notices
from workflow import details
from workflow.importing import import_files
from workflow.preview import preview, preview_input


def _page(folder: Path, name: str) -> str:
    return (folder / name).read_text("utf-8")


def test_metadata_table_has_the_seven_labels_and_values(tmp_path, preview_input):
    result = write_preview(preview_input, tmp_path / "out")
    html = _page(result.folder, "policy.html")
    cells = re.findall(r'<th scope="row">(.+?)</th>\s*<td(?: colspan="3")?>(.*?)</td>', html)
    assert cells == [
        ("索引号", "11360200MB1234567X/2024-00003"),
        ("主题分类", "政务公开"),
        ("发布机构", "昌江区政务服务数据管理局"),  # the library's default: the field is empty
        ("成文日期", "2024年6月4日"),
        ("文号", "昌府办字〔2024〕3号"),
        ("发布日期", "2024年6月10日"),
        ("有效性", "有效"),
    ]


def test_publisher_falls_back_to_the_issuers_without_a_default():
    rows = dict(metadata_rows(Fields(issuers=("甲局", "乙局"))))
    assert rows["发布机构"] == "甲局、乙局"
    assert dict(metadata_rows(Fields(publisher="丙局"), "默认"))["发布机构"] == "丙局"


def test_pages_link_both_ways_and_files_are_copied(tmp_path, preview_input):
    result = write_preview(preview_input, tmp_path / "out")
    assert result.pages == ("policy.html", "interpretation.html", "qa.html")
    policy, interp = _page(result.folder, "policy.html"), _page(result.folder, "interpretation.html")
    assert 'href="interpretation.html"' in policy
    assert 'href="policy.html"' in interp and 'href="qa.html"' in interp
    assert 'href="interpretation.html"' in _page(result.folder, "qa.html")
    # the attachment under a safe name, as a download link; the 图解 shown as an image
    assert '<a href="files/附件1_申报表.csv" download>附件1 申报表?.csv</a>' in policy
    assert (result.folder / "files" / "附件1_申报表.csv").read_text("utf-8").startswith("名称,金额")
    assert '<img src="files/yitu.png"' in interp and (result.folder / "files" / "yitu.png").is_file()
    for href in re.findall(r'(?:href|src)="([^"]+)"', policy + interp):
        assert (result.folder / href).is_file(), href


def test_body_headings_tables_and_escaping(tmp_path, preview_input):
    html = _page(write_preview(preview_input, tmp_path / "out").folder, "policy.html")
    assert "<h1>关于做好&lt;第3批&gt;政务公开重点工作的通知</h1>" in html
    assert '<h2 class="outline">一、工作目标</h2>' in html
    assert "做好&lt;b&gt;政策解读&lt;/b&gt;。" in html and "<b>" not in html
    assert "<td>20万元</td>" in html


def test_no_network_references(tmp_path, preview_input):
    folder = write_preview(preview_input, tmp_path / "out").folder
    for name in ("policy.html", "interpretation.html", "qa.html"):
        html = _page(folder, name)
        refs = re.findall(r'(?:href|src)="([^"]*)"', html)
        assert refs and not [r for r in refs if "://" in r or r.startswith("//")]
        assert "url(" not in html
    # the source's own text may name a web address: it stays text
    assert "https://example.org/x" in _page(folder, "policy.html")


def test_output_is_deterministic(tmp_path, preview_input):
    a = write_preview(preview_input, tmp_path / "a").folder
    b = write_preview(preview_input, tmp_path / "b").folder
    assert snapshot(a) == snapshot(b) and len(snapshot(a)) == 5


def test_without_a_interpretation_there_is_no_link(tmp_path, preview_input):
    from dataclasses import replace

    bare: PreviewInput = replace(preview_input, interpretation=None, media=())
    result = write_preview(bare, tmp_path / "out")
    assert result.pages == ("policy.html",)
    assert "interpretation.html" not in _page(result.folder, "policy.html")


def test_safe_names_are_unique_and_harmless():
    taken: set[str] = set()
    assert safe_name("../../etc/passwd", taken) == "passwd"
    assert safe_name("PASSWD", taken) == "PASSWD-2"
    assert safe_name("policy.html", taken) == "policy-2.html"
    assert safe_name("..", taken) == "file"
    assert TITLE  # the fixture's title has characters that must be escaped


def test_preview_command_renders_a_library_submission(tmp_path):
    notice = write_notices(tmp_path / "in", [3])[0]
    table = tmp_path / "附表.csv"
    table.write_text("a,b\n", encoding="utf-8")
    lib = tmp_path / "lib"
    assert cli("--library", lib, "import", notice, "--attach", table).returncode == 0
    result = cli("--library", lib, "preview", "1", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = _page(tmp_path / "out", "policy.html")
    assert "<h1>关于做好第3批政务公开重点工作的通知</h1>" in html
    assert '<h2 class="outline">一、工作目标</h2>' in html
    assert "<p>按照要求做好政策解读和信息发布。</p>" in html
    assert "昌江区人民政府办公室</p>" not in html  # the signature is not body text
    assert "<td>昌府办字〔2024〕3号</td>" in html and 'href="files/附表.csv"' in html
    assert cli("--library", lib, "preview", "9", "--out", tmp_path / "x").returncode == 1


def test_body_items_without_metadata_keep_every_block():
    from policy.document import Block, ParsedDocument

    doc = ParsedDocument("x.txt", "txt", (Block(0, "甲"), Block(1, " "), Block(2, "乙")))
    assert [i.text for i in body_items(doc, None)] == ["甲", "乙"]


# the kind-specific details


def _tree(folder: Path, name: str = "policy.html"):
    return lxml_html.document_fromstring(_page(folder, name))


def _lines(element) -> list[str]:
    """An element's text as a reader sees it: a ``<br>`` starts a new line."""
    element = copy.deepcopy(element)
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return [line.strip() for line in element.text_content().split("\n") if line.strip()]


def _facts(table) -> dict[str, list[str]]:
    """A label/value table: each row's heading cell → the lines of its value."""
    return {tr.find("th").text_content(): _lines(tr.find("td")) for tr in table.iter("tr")}


def _grid(section) -> tuple[list[str], list[list[list[str]]]]:
    """A table's header row and its body rows, each cell as its lines."""
    header = [th.text_content() for th in section.xpath(".//table/thead/tr/th")]
    rows = [[_lines(td) for td in tr.xpath("./td")] for tr in section.xpath(".//table/tbody/tr")]
    return header, rows


def _sections(tree) -> list[str]:
    return [s.get("id") for s in tree.xpath("//section[contains(concat(' ', @class, ' '), ' details ')]")]


def test_consultation_shows_its_period_channel_and_result(tmp_path, consultation):
    folder = write_preview(consultation, tmp_path / "out").folder
    tree = _tree(folder)
    assert _sections(tree) == ["consultation"]
    # after the body (its table last), before the attachments
    order = [c.get("id") or c.get("class") or c.tag for c in tree.xpath("//article")[0]]
    assert order.index("body-table") < order.index("consultation") == order.index("attachments") - 1
    section = tree.get_element_by_id("consultation")
    assert section.find("h2").text_content() == "意见征集"
    assert _facts(section.find("table")) == {
        "征集时间": ["2024年6月1日至2024年7月5日"],
        "反馈渠道": ["电子邮箱：mzj@example.gov.cn", "通信地址：昌江区新城大道1号（邮编333000）"],
        "起草说明": ["与征求意见稿一并公布"],
    }
    result = tree.get_element_by_id("consultation-result")
    assert result.find("h3").text_content() == "征求结果"
    assert [p.text_content() for p in result.findall("p")] == [
        "共收到意见建议12条，采纳7条。",
        "未采纳的<script>alert(1)</script>意见与上位法不一致。",  # a paragraph each, blank line dropped
    ]
    assert _facts(result.find("table")) == {
        "发布日期": ["2024年7月10日"],
        "收到意见条数": ["12"],
        "征求结果文件": [RESULT_FILE],
    }
    # the result's file is the attachment of that name: linked to the copy next to the page
    (link,) = result.xpath(".//a")
    assert link.text_content() == RESULT_FILE and (folder / link.get("href")).read_bytes().startswith(b"%PDF")
    assert link.get("href") in [a.get("href") for a in tree.get_element_by_id("attachments").iter("a")]


def test_consultation_without_a_result_shows_no_result_block(tmp_path, consultation):
    open_call = ConsultationDetails(start_date=dt.date(2024, 6, 1), channel="信箱", opinion_count=0)
    tree = _tree(write_preview(replace(consultation, details=open_call), tmp_path / "out").folder)
    section = tree.get_element_by_id("consultation")
    assert _facts(section.find("table")) == {"征集时间": ["2024年6月1日起"], "反馈渠道": ["信箱"]}
    assert not tree.xpath("//*[@id='consultation-result']") and "征求结果" not in section.text_content()
    # a result given only as a file is still a result
    by_file = replace(open_call, result_file="结果.pdf")
    result = _tree(
        write_preview(replace(consultation, details=by_file), tmp_path / "f").folder
    ).get_element_by_id("consultation-result")
    assert result.findall("p") == [] and _facts(result.find("table")) == {
        "收到意见条数": ["0"], "征求结果文件": ["结果.pdf"]}  # fmt: skip
    assert result.xpath(".//a") == []  # no attachment of that name: the name, not a link


@pytest.mark.parametrize(
    "start, end, shown",
    [(dt.date(2024, 6, 1), dt.date(2024, 7, 5), "2024年6月1日至2024年7月5日"),
     (dt.date(2024, 6, 1), dt.date(2024, 6, 1), "2024年6月1日"),
     (dt.date(2024, 6, 1), None, "2024年6月1日起"),
     (None, dt.date(2024, 7, 5), "至2024年7月5日"),
     (None, None, "")],
)  # fmt: skip
def test_period_is_written_as_the_page_writes_dates(start, end, shown):
    assert period(start, end) == shown


def test_fee_list_is_a_table_with_the_five_columns_and_a_row_per_fee(tmp_path, fee_list):
    tree = _tree(write_preview(fee_list, tmp_path / "out").folder)
    assert _sections(tree) == ["fees"]
    section = tree.get_element_by_id("fees")
    header, rows = _grid(section)
    assert header == list(FEE_COLUMNS.values()) == ["项目名称", "依据", "执收部门", "资金管理方式", "标准"]
    assert len(rows) == len(FEE_ROWS) == 3
    assert rows[0] == [
        ["不动产登记费"],
        ["发改价格规〔2016〕2559号"],
        ["区自然资源局"],
        ["缴入国库"],
        ["住宅类每件80元"],
    ]
    assert rows[2][1] == ["赣发改收费〔2019〕1234号", "赣财综〔2019〕5号"]  # the clerk's line break is kept
    assert [row[0] for row in rows] == [[r.name] for r in FEE_ROWS]
    # on a phone each row becomes a card: every cell carries its column's name
    assert [td.get("data-label") for td in section.xpath(".//tbody/tr[1]/td")] == header


def test_major_decision_lists_its_public_participation(tmp_path, major_decision):
    tree = _tree(write_preview(major_decision, tmp_path / "out").folder)
    assert _sections(tree) == ["participation"]
    section = tree.get_element_by_id("participation")
    assert section.find("h2").text_content() == "公众参与情况"
    header, rows = _grid(section)
    assert header == list(PARTICIPATION_COLUMNS) == ["方式", "日期", "直接利害关系人", "参与人数", "情况摘要"]
    assert rows == [
        [["座谈"], ["2024年3月1日"], ["沿线居民代表12人、商户代表5人"], ["17"], ["多数代表支持。"]],
        [["征求意见"], ["2024年3月5日至", "2024年4月5日"], [], ["230"], ["收到意见46条。"]],
        [["听证"], ["2024年4月20日"], [], [], []],
    ]
    # participation recorded on a 政策文件 not flagged as a 重大行政决策 is shown all the same
    flagless = replace(
        major_decision, details=PolicyDetails(participation=major_decision.details.participation)
    )
    assert _sections(_tree(write_preview(flagless, tmp_path / "p").folder)) == ["participation"]


@pytest.mark.parametrize(
    "value",
    [PolicyDetails(interpretation_publish_date=dt.date(2024, 6, 12), major=True),  # not page content
     PolicyDetails(major_decision=True),  # a 重大行政决策 with no participation recorded yet
     ConsultationDetails(draft_title="草案", opinion_count=3),  # nothing a reader is told without a result
     ConsultationDetails(), FeeListDetails(), PolicyDetails()],
)  # fmt: skip
def test_details_without_page_content_change_nothing(tmp_path, preview_input, value):
    plain = write_preview(preview_input, tmp_path / "plain").folder
    shown = write_preview(replace(preview_input, details=value), tmp_path / "shown").folder
    assert snapshot(shown) == snapshot(plain)
    assert _sections(_tree(shown)) == []


def test_details_text_is_escaped(tmp_path, preview_input):
    bad = "<img src=x onerror=alert(1)>"
    cases = {
        "consultation": ConsultationDetails(channel=bad, result_text=bad, result_file=bad),
        "fees": FeeListDetails((FeeRow(bad, bad, bad, bad, bad),)),
        "participation": PolicyDetails(participation=(Participation("听证", stakeholders=bad, summary=bad),)),
    }
    for kind, value in cases.items():
        folder = write_preview(replace(preview_input, details=value), tmp_path / kind).folder
        tree, raw = _tree(folder), _page(folder, "policy.html")
        assert tree.xpath("//img") == [] and "<img" not in raw and "&lt;img src=x onerror=alert(1)&gt;" in raw
        assert bad in tree.get_element_by_id(kind).text_content()
    script = ConsultationDetails(result_text="结果<script>alert(1)</script>")
    folder = write_preview(replace(preview_input, details=script), tmp_path / "script").folder
    tree, raw = _tree(folder), _page(folder, "policy.html")
    assert "<p>结果&lt;script&gt;alert(1)&lt;/script&gt;</p>" in raw
    # the only script on the page is still the 关怀模式 switch
    plain = _tree(write_preview(preview_input, tmp_path / "plain").folder)
    assert [s.text_content() for s in tree.iter("script")] == [s.text_content() for s in plain.iter("script")]


def test_details_output_is_deterministic(tmp_path, consultation, fee_list, major_decision):
    for i, data in enumerate((consultation, fee_list, major_decision)):
        a = write_preview(data, tmp_path / f"a{i}").folder
        b = write_preview(data, tmp_path / f"b{i}").folder
        assert snapshot(a) == snapshot(b)


def test_library_preview_shows_the_details_typed_for_the_submission(tmp_path):
    notices = write_notices(tmp_path / "in", [3, 4, 5, 6])
    with Library.open(tmp_path / "lib") as lib:

        def imported(path: Path, kind: Kind) -> int:
            (outcome,) = import_files(lib, [path], "张三", kind=kind)
            return outcome.submission_id

        asked, fees, plain, change = (imported(notices[0], Kind.CONSULTATION), imported(notices[1], Kind.FEE_LIST),
                                      imported(notices[2], Kind.POLICY), imported(notices[3], Kind.POLICY))  # fmt: skip
        details.set_details(lib, asked, {"start_date": "2024-06-01", "end_date": "2024年7月5日", "channel": "信箱：zfj@example.gov.cn",
                                         "has_explanation": "是", "result_text": "未收到反馈意见。",
                                         "result_date": "2024-07-10", "opinion_count": 0}, "张三")  # fmt: skip
        details.set_details(lib, fees, {"rows": [
            {"项目名称": "不动产登记费", "依据": "发改价格规〔2016〕2559号", "执收部门": "区自然资源局",
             "资金管理方式": "缴入国库", "标准": "80元/件"},
            {"收费项目": "考试考务费", "收费标准": "60元/人·科"}]}, "张三")  # fmt: skip
        details.set_details(lib, plain, {"interpretation_publish_date": "2024-06-12", "major": True}, "张三")
        # a change request's details are not a 政策文件's: the page shows none, and previewing works
        store_details(lib, change, {"change": {"kind": "废止", "refers_to": "000000000/2024-00001"}})

        tree = _tree(preview(lib, asked, tmp_path / "asked").folder)
        section = tree.get_element_by_id("consultation")
        assert _facts(section.find("table")) == {
            "征集时间": ["2024年6月1日至2024年7月5日"], "反馈渠道": ["信箱：zfj@example.gov.cn"],
            "起草说明": ["与征求意见稿一并公布"]}  # fmt: skip
        result = tree.get_element_by_id("consultation-result")
        assert [p.text_content() for p in result.findall("p")] == ["未收到反馈意见。"]
        assert _facts(result.find("table")) == {"发布日期": ["2024年7月10日"], "收到意见条数": ["0"]}

        header, rows = _grid(_tree(preview(lib, fees, tmp_path / "fees").folder).get_element_by_id("fees"))
        assert header == list(FEE_COLUMNS.values())
        assert rows == [[["不动产登记费"], ["发改价格规〔2016〕2559号"], ["区自然资源局"], ["缴入国库"], ["80元/件"]],
                        [["考试考务费"], [], [], [], ["60元/人·科"]]]  # fmt: skip

        for sid in (plain, change):
            assert _sections(_tree(preview(lib, sid, tmp_path / f"s{sid}").folder)) == []
        assert preview_input(lib, change).details is None
        assert preview_input(lib, plain).details == PolicyDetails(dt.date(2024, 6, 12), major=True)
