"""The preview pages: the 政府信息公开 table, the body, links both ways, files, escaping, determinism."""

import re
from pathlib import Path

from bundles.preview import PreviewInput, body_items, metadata_rows, safe_name, write_preview
from policy.metadata import Fields
from tests.bundles.conftest import TITLE
from tests.storage import cli, snapshot, write_notices


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
