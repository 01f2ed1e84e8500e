"""The OFD reader on packages built with the real GB/T 33190 structure (see ofd_fixtures)."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from extractors import ofd
from policy.document import Align, BlockKind
from policy.problems import Status
from tests.extractors.ofd_fixtures import (
    CC,
    DOC_NUMBER,
    ISSUER,
    RECIPIENTS,
    SIZE_4,
    TITLE_LINES,
    TOP,
    TextLine,
    build_ofd,
    centred,
    gongwen_pages,
)

EXPECTED_BODY = [
    ISSUER,
    DOC_NUMBER,
    *TITLE_LINES,
    RECIPIENTS,
]


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def gongwen(tmp_path: Path) -> Path:
    return build_ofd(tmp_path / "gongwen.ofd", gongwen_pages())


def test_three_page_gongwen_reads_back_in_order(gongwen: Path) -> None:
    result = ofd.read(gongwen)
    assert result.status is Status.OK, result.problems
    doc = result.document
    assert doc is not None and doc.format == "ofd"
    assert doc.page_count == 3
    assert doc.page_size == pytest.approx((595.3, 841.9), abs=0.2)
    body = doc.body
    assert [b.text for b in body[:5]] == EXPECTED_BODY
    issuer, number, title1, title2 = body[:4]
    assert issuer.style.is_red and issuer.style.size == pytest.approx(31, abs=0.5)
    assert issuer.style.font == "方正小标宋简体"
    assert number.style.color is None and number.style.size == 16
    for block in (issuer, number, title1, title2):
        assert block.style.align is Align.CENTER, block
    assert title1.style.size == title2.style.size == 22
    # the body paragraph wraps over several lines but is one block, indented two characters
    paragraph = body[5]
    assert paragraph.text.startswith("现将《昌江区2024年政务公开工作要点》印发给你们")
    assert paragraph.text.endswith("以高质量政务公开服务全区经济社会高质量发展。")
    assert paragraph.style.indent_first == pytest.approx(2 * 156 / 28 * 72 / 25.4, abs=1)
    assert {b.page for b in body[:6]} == {1}
    heading = next(b for b in body if b.text == "一、规范基础信息")
    assert heading.page == 2 and heading.style.bold and heading.style.font == "黑体"
    # 版记 on the last page: the wrapped 抄送 is one block, the 印发 line another
    last = [b for b in body if b.page == 3]
    assert [b.text for b in last] == [
        "本要点自印发之日起施行。",
        "昌江区人民政府办公室",
        "2024年6月4日",
        "（此件公开发布）",
        CC,
        "昌江区人民政府办公室  2024年6月4日印发",
    ]
    # page numbers are footers outside the body (the 版记 page carries none, GB/T 9704 §7.5)
    footers = [b for b in doc.blocks if b.kind is BlockKind.FOOTER]
    assert [(b.page, _squash(b.text)) for b in footers] == [(1, "—1—"), (2, "—2—")]
    assert "— 1 —" not in doc.text
    # reading order: blocks go page by page, top to bottom within the body of a page
    for a, b in zip(body, body[1:], strict=False):
        assert (a.page, a.bbox[1]) < (b.page, b.bbox[1])


@pytest.mark.parametrize("how", [{"split": 3}, {"per_char": True}])
def test_line_split_into_several_text_objects_joins_into_one_line(tmp_path: Path, how: dict) -> None:
    whole = ofd.read(build_ofd(tmp_path / "whole.ofd", gongwen_pages()))
    pages = [[TextLine(**{**line.__dict__, **how}) for line in page] for page in gongwen_pages()]
    split = ofd.read(build_ofd(tmp_path / "split.ofd", pages))
    assert split.status is Status.OK
    assert whole.document is not None and split.document is not None
    assert [b.text for b in split.document.body] == [b.text for b in whole.document.body]
    # spaces inside a page number are gaps between objects once split: only the digits must match
    assert [_squash(b.text) for b in split.document.blocks] == [
        _squash(b.text) for b in whole.document.blocks
    ]
    assert split.document.body[0].style.is_red


def test_baseloc_absolute_from_the_zip_root(tmp_path: Path) -> None:
    result = ofd.read(build_ofd(tmp_path / "abs.ofd", gongwen_pages(), absolute_baseloc=True))
    assert result.status is Status.OK
    assert result.document is not None and result.document.body[0].text == ISSUER


def test_xml_without_namespace_or_prefix_reads_the_same(tmp_path: Path) -> None:
    path = build_ofd(tmp_path / "plain.ofd", gongwen_pages())
    with zipfile.ZipFile(path) as zf:
        xml_members = [n for n in zf.namelist() if n.endswith(".xml")]
    for member in xml_members:
        _rewrite(
            path,
            member,
            lambda xml: xml.replace("ofd:", "").replace(' xmlns="http://www.ofdspec.org/2016"', ""),
        )
    result = ofd.read(path)
    assert result.status is Status.OK
    assert result.document is not None and [b.text for b in result.document.body[:5]] == EXPECTED_BODY


def test_template_text_in_the_margin_is_a_header(tmp_path: Path) -> None:
    banner = centred("昌江区人民政府办公室", 15.0, size=SIZE_4, font="仿宋")
    result = ofd.read(build_ofd(tmp_path / "tpl.ofd", gongwen_pages(), template=[banner]))
    assert result.document is not None
    headers = [b for b in result.document.blocks if b.kind is BlockKind.HEADER]
    assert [(b.page, b.text) for b in headers] == [(1, banner.text), (2, banner.text), (3, banner.text)]
    assert result.document.body[0].text == ISSUER


def test_template_text_in_the_body_area_counts_as_body(tmp_path: Path) -> None:
    stamp = TextLine("样稿仅供审阅", 28.0, TOP + 200)
    result = ofd.read(build_ofd(tmp_path / "tpl.ofd", [[stamp, *gongwen_pages()[0]]], template=[]))
    assert result.document is not None and "样稿仅供审阅" in result.document.text


def test_image_only_ofd_has_no_text_layer(tmp_path: Path) -> None:
    result = ofd.read(build_ofd(tmp_path / "scan.ofd", [[], []], image_only=True))
    assert result.status is Status.NO_TEXT_LAYER
    assert [p.key for p in result.problems] == ["no_text_layer"]


def test_zip_member_escaping_the_root_is_hostile(tmp_path: Path) -> None:
    path = build_ofd(tmp_path / "evil.ofd", gongwen_pages(), extra_members={"../evil": b"x"})
    result = ofd.read(path)
    assert result.status is Status.ERROR
    assert [p.key for p in result.problems] == ["hostile"]


def test_baseloc_escaping_the_root_is_hostile(tmp_path: Path) -> None:
    path = tmp_path / "evil.ofd"
    build_ofd(path, gongwen_pages())
    _rewrite(
        path, "Doc_0/Document.xml", lambda xml: xml.replace("Pages/Page_0/Content.xml", "../../etc/passwd")
    )
    result = ofd.read(path)
    assert [p.key for p in result.problems] == ["hostile"]


def test_doctype_entity_is_hostile(tmp_path: Path) -> None:
    path = tmp_path / "bomb.ofd"
    build_ofd(path, gongwen_pages())
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">]><ofd:Page xmlns:ofd="x">&a;</ofd:Page>'
    )
    _rewrite(path, "Doc_0/Pages/Page_0/Content.xml", lambda _xml: bomb)
    result = ofd.read(path)
    assert result.status is Status.ERROR
    assert [p.key for p in result.problems] == ["hostile"]


def test_garbage_named_ofd_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "garbage.ofd"
    path.write_bytes(os.urandom(4096))
    result = ofd.read(path)
    assert result.status is Status.ERROR and [p.key for p in result.problems] == ["corrupt"]


def test_truncated_ofd_is_corrupt(tmp_path: Path) -> None:
    whole = build_ofd(tmp_path / "whole.ofd", gongwen_pages()).read_bytes()
    path = tmp_path / "cut.ofd"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    result = ofd.read(path)
    assert result.status is Status.ERROR and [p.key for p in result.problems] == ["corrupt"]


def test_zip_without_ofd_xml_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "plain.ofd"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    assert [p.key for p in ofd.read(path).problems] == ["corrupt"]


def test_broken_page_xml_reads_the_other_pages_as_partial(tmp_path: Path) -> None:
    path = tmp_path / "broken.ofd"
    build_ofd(path, gongwen_pages())
    _rewrite(path, "Doc_0/Pages/Page_1/Content.xml", lambda xml: xml[: len(xml) // 2])
    result = ofd.read(path)
    assert result.status is Status.PARTIAL
    assert [p.key for p in result.problems] == ["corrupt"]
    assert result.document is not None and result.document.body[0].text == ISSUER


def test_sniff_needs_ofd_xml_in_the_zip(tmp_path: Path, gongwen: Path) -> None:
    assert ofd.sniff(gongwen.read_bytes()[:8192], gongwen)
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    assert not ofd.sniff(other.read_bytes()[:8192], other)
    assert not ofd.sniff(b"%PDF-1.7\n", other)


def test_delta_run_length_form() -> None:
    assert ofd.deltas("g 3 4.5") == [4.5, 4.5, 4.5]
    assert ofd.deltas("1 g 2 3.5 2") == [1.0, 3.5, 3.5, 2.0]
    assert ofd.deltas("g x") == []
    assert ofd.deltas(None) == []
    assert len(ofd.deltas("g 1000000000 1 g 1000000000 1", limit=5)) == 5  # no giant lists


def _rewrite(path: Path, member: str, change) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(path) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    members[member] = change(members[member].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
