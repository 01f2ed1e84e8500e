"""The .docx reader on real corpus files and on files built here (real zips, no mocks)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from extractors import docx as reader
from extractors import legacy
from policy.document import Align, BlockKind, ParsedDocument
from policy.problems import Status
from tests.extractors import docx_fixtures as fx
from tests.extractors.docx_fixtures import para, run, table, write_docx

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"
DOCX_FILES = sorted(CORPUS.glob("*.docx"))


def _squash(text: str) -> str:
    return "".join(text.split())


def _read(path: Path) -> ParsedDocument:
    result = reader.read(path)
    assert result.status is Status.OK, result.problems
    assert result.document is not None
    return result.document


def _texts(doc: ParsedDocument, kind: BlockKind | None = None) -> list[str]:
    return [b.text for b in doc.blocks if kind is None or b.kind is kind]


@pytest.fixture(scope="module")
def d055() -> ParsedDocument:
    return _read(CORPUS / "d055.docx")


# -- the dev corpus ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", DOCX_FILES, ids=lambda p: p.name)
def test_corpus_docx_text_holds_title_and_doc_number(path: Path) -> None:
    fields = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["fields"]
    doc = _read(path)
    assert doc.format == "docx" and doc.source == str(path)
    assert [b.index for b in doc.blocks] == list(range(len(doc.blocks)))
    assert all(b.text and b.text == b.text.strip() for b in doc.blocks)
    text = _squash(doc.text)
    assert _squash(fields["title"]) in text
    if fields["doc_number"]:
        assert _squash(fields["doc_number"]) in text
    for issuer in fields["issuers"]:  # joint 版头 are tables whose cells read agency by agency
        assert _squash(issuer) in text


def test_d055_issuer_mark_cell_comes_first_red_and_large(d055: ParsedDocument) -> None:
    first = d055.blocks[0]
    assert (first.text, first.kind, first.cell) == (
        "广州市住房和城乡建设局文件",
        BlockKind.TABLE_CELL,
        (0, 0, 0),
    )
    assert first.style.is_red and first.style.size == 33 and first.style.align is Align.CENTER
    assert first.style.font == "方正小标宋简体"
    number = d055.blocks[1]
    assert (number.text, number.kind, number.cell) == ("穗建规字〔2024〕5号", BlockKind.TABLE_CELL, (0, 1, 0))
    assert not number.style.is_red and number.style.font == "仿宋"


def test_d055_title_lines_are_centred_and_large(d055: ParsedDocument) -> None:
    title = d055.blocks[2:4]
    assert [b.text for b in title] == ["广州市住房和城乡建设局关于", "进一步加强户籍家庭住房保障工作的通知"]
    for line in title:
        assert line.kind is BlockKind.PARAGRAPH and line.style.align is Align.CENTER
        assert line.style.size is not None and line.style.size >= 20
    body = next(b for b in d055.blocks if b.text.startswith("为切实保障和改善民生"))
    assert body.style.indent_first == pytest.approx(32)  # firstLineChars=200 at 16 pt
    assert body.style.size == 16 and body.style.align is Align.LEFT


def test_d055_footer_page_number_is_a_footer_not_body(d055: ParsedDocument) -> None:
    footers = [b for b in d055.blocks if b.kind is BlockKind.FOOTER]
    assert [b.text for b in footers] == ["— 1 —"]  # the PAGE field's result, not its instruction
    assert footers[0].index == len(d055.blocks) - 1
    assert footers[0] not in d055.body and "— 1 —" not in d055.text and "PAGE" not in d055.text


def test_d055_banji_cells_follow_the_date(d055: ParsedDocument) -> None:
    texts = _texts(d055)
    date = texts.index("2024年3月4日")
    signature = d055.blocks[date - 1]
    assert signature.text == "广州市住房和城乡建设局" and signature.style.align is Align.RIGHT
    assert signature.style.indent_right == pytest.approx(24)
    cc = next(b for b in d055.blocks if b.text.startswith("抄送："))
    assert cc.kind is BlockKind.TABLE_CELL and cc.index > date and cc.cell == (1, 0, 0)
    assert cc.style.indent_left == pytest.approx(56) and cc.style.indent_first == pytest.approx(-42)
    printer = d055.blocks[cc.index + 1]
    assert printer.text == "广州市住房和城乡建设局办公室\t2024年3月7日印发"


def test_d055_page_facts(d055: ParsedDocument) -> None:
    assert d055.page_size == pytest.approx((595.3, 841.9))
    # the file holds no page-break markers: pages are unknown rather than guessed
    assert d055.page_count is None and all(b.page is None for b in d055.blocks)


def test_real_table_file_reads_every_row() -> None:
    doc = _read(CORPUS / "d037.docx")
    cells = [b for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert len(cells) > 3000
    assert cells[0].text == "序号" and cells[1].cell is not None and cells[1].cell[2] == 1
    assert doc.page_count is None  # its pageBreakBefore elements all say w:val="0"
    assert doc.page_size == pytest.approx((841.9, 595.3))  # landscape


# -- structure -----------------------------------------------------------------------------------


def test_text_box_text_appears_once_in_document_order(tmp_path: Path) -> None:
    body = (
        para("正文第一段") + para("锚定段落", runs=fx.text_box("文本框里的发文机关标志")) + para("正文第二段")
    )
    doc = _read(write_docx(tmp_path / "box.docx", body))
    assert _texts(doc) == ["正文第一段", "锚定段落", "文本框里的发文机关标志", "正文第二段"]
    box = doc.blocks[2]
    assert box.kind is BlockKind.TEXT_BOX and doc.text.count("文本框里的发文机关标志") == 1


def test_text_box_before_the_anchor_text_comes_first(tmp_path: Path) -> None:
    runs = fx.text_box("版头") + run("份号 000001")
    doc = _read(write_docx(tmp_path / "box.docx", f"<w:p>{runs}</w:p>"))
    assert [(b.text, b.kind) for b in doc.blocks] == [
        ("版头", BlockKind.TEXT_BOX),
        ("份号 000001", BlockKind.PARAGRAPH),
    ]


@pytest.mark.parametrize(
    ("relative_from", "first"), [("page", "版头"), ("margin", "版头"), ("paragraph", "标题")]
)
def test_text_box_placed_on_the_page_comes_before_its_anchor_paragraph(
    tmp_path: Path, relative_from: str, first: str
) -> None:
    """A 版头 drawn in a text box is often anchored to the title paragraph, after its text; placed from
    the page or margin it stands above that paragraph, so it is read first."""
    runs = run("标题") + fx.text_box("版头", relative_from)
    doc = _read(write_docx(tmp_path / "box.docx", f"<w:p>{runs}</w:p>"))
    assert _texts(doc)[0] == first


def test_vml_only_text_box_is_read(tmp_path: Path) -> None:
    vml = f"<w:r><w:pict><v:shape><v:textbox><w:txbxContent>{para('旧式文本框')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    doc = _read(write_docx(tmp_path / "vml.docx", f"<w:p>{vml}</w:p>"))
    assert [(b.text, b.kind) for b in doc.blocks] == [("旧式文本框", BlockKind.TEXT_BOX)]


def test_nested_tables_and_merged_cells(tmp_path: Path) -> None:
    inner = table([[para("内层甲"), para("内层乙")]])
    merged = '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + para("合并两列")
    body = table([[para("外层一") + para("外层一第二段") + inner, para("外层二")], [merged, para("第三列")]])
    doc = _read(write_docx(tmp_path / "nested.docx", body + para("表后正文")))
    assert [(b.text, b.kind, b.cell) for b in doc.blocks] == [
        ("外层一", BlockKind.TABLE_CELL, (0, 0, 0)),
        ("外层一第二段", BlockKind.TABLE_CELL, (0, 0, 0)),
        ("内层甲", BlockKind.TABLE_CELL, (1, 0, 0)),
        ("内层乙", BlockKind.TABLE_CELL, (1, 0, 1)),
        ("外层二", BlockKind.TABLE_CELL, (0, 0, 1)),
        ("合并两列", BlockKind.TABLE_CELL, (0, 1, 0)),
        ("第三列", BlockKind.TABLE_CELL, (0, 1, 2)),
        ("表后正文", BlockKind.PARAGRAPH, None),
    ]


def test_headers_and_footers_come_after_the_body(tmp_path: Path) -> None:
    body = para("正文") + table([[para("表格")]])
    path = write_docx(
        tmp_path / "hf.docx", body, headers=(para("页眉文字"),), footers=(para("— 2 —"), para("首页页脚"))
    )
    doc = _read(path)
    assert [(b.text, b.kind) for b in doc.blocks] == [
        ("正文", BlockKind.PARAGRAPH),
        ("表格", BlockKind.TABLE_CELL),
        ("页眉文字", BlockKind.HEADER),
        ("— 2 —", BlockKind.FOOTER),
        ("首页页脚", BlockKind.FOOTER),
    ]
    assert doc.text == "正文\n表格"


def test_tracked_changes_hidden_text_and_field_codes(tmp_path: Path) -> None:
    runs = (
        run("保留")
        + f"<w:del>{run('不应出现')}<w:r><w:delText>删除的字</w:delText></w:r></w:del>"
        + f"<w:ins>{run('插入的字')}</w:ins>"
        + run("隐藏的字", "<w:vanish/>")
        + run("显示的字", '<w:vanish w:val="0"/>')
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run("7")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + f"<w:moveFrom>{run('移走的字')}</w:moveFrom><w:moveTo>{run('移来的字')}</w:moveTo>"
    )
    doc = _read(write_docx(tmp_path / "changes.docx", f"<w:p>{runs}</w:p>"))
    assert _texts(doc) == ["保留插入的字显示的字7移来的字"]


def test_hidden_by_character_style_and_deleted_paragraph(tmp_path: Path) -> None:
    styles = '<w:style w:type="character" w:styleId="Secret"><w:rPr><w:vanish/></w:rPr></w:style>'
    body = para(runs=run("看得见") + run("看不见", '<w:rStyle w:val="Secret"/>'))
    body += f"<w:p><w:del>{run('整段删除')}</w:del></w:p>"
    doc = _read(write_docx(tmp_path / "hidden.docx", body, styles=styles))
    assert _texts(doc) == ["看得见"]


def test_tabs_breaks_and_chinese_numerals(tmp_path: Path) -> None:
    runs = run("附件：") + "<w:r><w:tab/><w:t>1．清单</w:t><w:br/><w:t>2．目录</w:t></w:r>"
    body = para(runs=runs) + para("二〇二四年三月四日") + para("第十二条 本办法自印发之日起施行。")
    doc = _read(write_docx(tmp_path / "tabs.docx", body))
    assert _texts(doc) == [
        "附件：\t1．清单\n2．目录",
        "二〇二四年三月四日",
        "第十二条 本办法自印发之日起施行。",
    ]


def test_content_controls_hyperlinks_and_smart_tags(tmp_path: Path) -> None:
    body = (
        f"<w:sdt><w:sdtPr><w:alias w:val='标题'/></w:sdtPr><w:sdtContent>{para('控件中的段落')}</w:sdtContent></w:sdt>"
        + f"<w:p><w:hyperlink r:id='rIdX'>{run('链接文字')}</w:hyperlink><w:smartTag>{run('智能标记')}</w:smartTag></w:p>"
    )
    doc = _read(write_docx(tmp_path / "sdt.docx", body))
    assert _texts(doc) == ["控件中的段落", "链接文字智能标记"]


# -- styles --------------------------------------------------------------------------------------

STYLES = """
<w:docDefaults>
  <w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading"><w:basedOn w:val="Normal"/>
  <w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Heading"/><w:rPr><w:color w:val="C00000"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>
<w:style w:type="character" w:styleId="Red"><w:rPr><w:color w:val="ff0000"/><w:sz w:val="36"/></w:rPr></w:style>
"""


def test_style_inheritance_chain(tmp_path: Path) -> None:
    body = (
        para("正文默认")
        + para("标题样式", ppr='<w:pStyle w:val="Title"/>')
        + para("取消加粗", rpr='<w:b w:val="0"/><w:color w:val="auto"/>', ppr='<w:pStyle w:val="Title"/>')
        + para("字符样式", rpr='<w:rStyle w:val="Red"/>')
        + para("直接格式", rpr='<w:rStyle w:val="Red"/><w:sz w:val="28"/><w:rFonts w:eastAsia="黑体"/>')
        + para("循环样式", ppr='<w:pStyle w:val="Loop1"/>')
        + para("未知样式", ppr='<w:pStyle w:val="Missing"/>')
    )
    blocks = _read(write_docx(tmp_path / "styles.docx", body, styles=STYLES)).blocks
    plain, title, unbold, char, direct, loop, missing = (b.style for b in blocks)
    assert (plain.font, plain.size, plain.bold, plain.align, plain.color) == (
        "仿宋_GB2312",
        16,
        False,
        Align.JUSTIFY,
        None,
    )
    assert (title.font, title.size, title.bold, title.align, title.color) == (
        "方正小标宋简体",
        22,
        True,
        Align.CENTER,
        "C00000",
    )
    assert title.is_red and not unbold.bold and unbold.color is None
    assert char.is_red and char.color == "FF0000" and char.size == 18 and char.font == "仿宋_GB2312"
    assert (direct.size, direct.font, direct.is_red) == (14, "黑体", True)
    assert loop == plain and missing == plain


def test_style_comes_from_the_first_visible_run(tmp_path: Path) -> None:
    runs = (
        run("\u3000\u3000", '<w:sz w:val="20"/>') + run("正文", '<w:sz w:val="30"/>') + run("后文", "<w:b/>")
    )
    (block,) = _read(write_docx(tmp_path / "first.docx", para(runs=runs))).blocks
    assert block.text == "正文后文" and block.style.size == 15 and not block.style.bold


def test_indents_in_twips_and_characters(tmp_path: Path) -> None:
    body = (
        para("首行两字", rpr='<w:sz w:val="32"/>', ppr='<w:ind w:firstLineChars="200" w:firstLine="640"/>')
        + para("悬挂", ppr='<w:ind w:left="1120" w:hanging="840" w:right="280"/>')
        + para("起止", ppr='<w:ind w:start="400" w:end="200"/><w:jc w:val="end"/>')
        + para(
            "字符左缩进",
            rpr='<w:sz w:val="28"/>',
            ppr='<w:ind w:leftChars="100" w:left="9999"/><w:jc w:val="distribute"/>',
        )
    )
    first, hanging, start_end, chars = (
        b.style for b in _read(write_docx(tmp_path / "ind.docx", body)).blocks
    )
    assert first.indent_first == pytest.approx(32)
    assert (hanging.indent_first, hanging.indent_left, hanging.indent_right) == (-42, 56, 14)
    assert (start_end.indent_left, start_end.indent_right, start_end.align) == (20, 10, Align.RIGHT)
    assert (chars.indent_left, chars.align) == (14, Align.JUSTIFY)


def test_theme_fonts_resolve_to_the_chinese_typeface(tmp_path: Path) -> None:
    """python-docx's template names its fonts through the theme (minorEastAsia → the Hans font)."""
    doc = _read(fx.long_docx(tmp_path / "theme.docx", pages=1))
    assert (
        doc.blocks[0].style.font == "宋体" and doc.blocks[0].style.is_red and doc.blocks[0].style.size == 36
    )


# -- pages ---------------------------------------------------------------------------------------


def test_hard_page_breaks_give_pages(tmp_path: Path) -> None:
    """A section's w:type says how it starts; the sectPr ending a section sits in its last paragraph."""
    body = (
        para("第一页")
        + para("第一页末", runs='<w:r><w:br w:type="page"/></w:r>')
        + para("第二页")
        + para("第一节末", ppr="<w:sectPr/>")
        + para("连续的第二节", ppr='<w:sectPr><w:type w:val="continuous"/></w:sectPr>')
        + para("第三节另起一页")  # the final sectPr has no type: nextPage
        + para("段前分页", ppr="<w:pageBreakBefore/>")
        + para("又一段前分页", ppr='<w:pageBreakBefore w:val="1"/>')
        + para("不分页", ppr='<w:pageBreakBefore w:val="0"/>')
    )
    doc = _read(write_docx(tmp_path / "pages.docx", body, footers=(para("页脚"),)))
    assert [(b.text, b.page) for b in doc.blocks] == [
        ("第一页", 1),
        ("第一页末", 1),
        ("第二页", 2),
        ("第一节末", 2),
        ("连续的第二节", 2),
        ("第三节另起一页", 3),
        ("段前分页", 4),
        ("又一段前分页", 5),
        ("不分页", 5),
        ("页脚", None),
    ]
    assert doc.page_count == 5


def test_page_break_before_on_a_fresh_page_adds_no_page(tmp_path: Path) -> None:
    body = para("首段", ppr="<w:pageBreakBefore/>") + para(runs='<w:r><w:br w:type="page"/></w:r>')
    body += para("第二页", ppr="<w:pageBreakBefore/>")
    doc = _read(write_docx(tmp_path / "fresh.docx", body))
    assert [(b.text, b.page) for b in doc.blocks] == [("首段", 1), ("第二页", 2)]


def test_rendered_page_breaks_win_over_hard_ones(tmp_path: Path) -> None:
    body = (
        para("第一页")
        + para(runs='<w:r><w:br w:type="page"/></w:r>')
        + para(runs="<w:r><w:lastRenderedPageBreak/><w:t>第二页</w:t></w:r>")
        + para(runs="<w:r><w:t>跨页段落前半</w:t><w:lastRenderedPageBreak/><w:t>后半</w:t></w:r>")
    )
    doc = _read(write_docx(tmp_path / "rendered.docx", body))
    assert [(b.text, b.page) for b in doc.blocks] == [("第一页", 1), ("第二页", 2), ("跨页段落前半后半", 2)]
    assert doc.page_count == 3


# -- images, empty and damaged files -------------------------------------------------------------


def test_images_only_is_no_text_layer(tmp_path: Path) -> None:
    result = reader.read(write_docx(tmp_path / "scan.docx", f"<w:p>{fx.IMAGE_RUN}</w:p>" * 3))
    assert result.status is Status.NO_TEXT_LAYER and result.problems[0].key == "no_text_layer"
    assert result.document is not None and result.document.blocks == ()


def test_empty_document_is_ok_without_blocks(tmp_path: Path) -> None:
    result = reader.read(write_docx(tmp_path / "empty.docx", para() + para("\u3000 ")))
    assert result.status is Status.OK and result.document is not None and result.document.blocks == ()


def test_garbage_named_docx_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "garbage.docx"
    path.write_bytes(b"this is not a zip file at all\n" * 100)
    assert not reader.sniff(path.read_bytes()[:8192], path)
    result = reader.read(path)
    assert result.status is Status.ERROR and result.problems[0].key == "corrupt"
    assert "garbage.docx" in str(result.problems[0])


def test_truncated_docx_is_corrupt(tmp_path: Path) -> None:
    data = (CORPUS / "d055.docx").read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    assert not reader.sniff(data[:8192], path)  # a sniffer never raises
    result = reader.read(path)
    assert result.status is Status.ERROR and result.problems[0].key == "corrupt"


def test_zip_without_document_part_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "nodoc.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    assert not reader.sniff(path.read_bytes()[:8192], path)
    result = reader.read(path)
    assert result.status is Status.ERROR and result.problems[0].key == "corrupt"


def test_malformed_document_xml_is_corrupt(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "bad.docx", "", document_xml=b"<w:document><w:body><w:p>")
    result = reader.read(path)
    assert result.status is Status.ERROR and result.problems[0].key == "corrupt"


def test_malformed_footer_gives_partial_with_the_body(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "footer.docx", para("正文"), footers=("<w:p><w:r><w:t>未闭合",))
    result = reader.read(path)
    assert result.status is Status.PARTIAL and result.problems[0].key == "corrupt"
    assert result.document is not None and _texts(result.document) == ["正文"]


def test_zip_bomb_is_hostile(tmp_path: Path) -> None:
    path = fx.zip_bomb(tmp_path / "bomb.docx")
    assert path.stat().st_size < 2 * 1024 * 1024
    result = reader.read(path)
    assert result.status is Status.ERROR and result.problems[0].key == "hostile"


def test_billion_laughs_is_hostile(tmp_path: Path) -> None:
    lol = "".join(f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(1, 10))
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{lol}]>'
        f'<w:document xmlns:w="{fx.W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
    )
    result = reader.read(write_docx(tmp_path / "lol.docx", "", document_xml=xml.encode()))
    assert result.status is Status.ERROR and result.problems[0].key == "hostile"


def test_entity_in_a_header_part_is_hostile_too(tmp_path: Path) -> None:
    header = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><w:hdr xmlns:w="' + fx.W_NS.encode() + b'"/>'
    )
    path = write_docx(tmp_path / "hdr.docx", para("正文"), headers=("",), parts={"word/header1.xml": header})
    result = reader.read(path)
    assert result.status is Status.ERROR and result.problems[0].key == "hostile"


def test_path_traversal_member_is_hostile(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "evil.docx", para("正文"))
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("../../evil.sh", "rm -rf /")
    result = reader.read(path)
    assert result.status is Status.ERROR and result.problems[0].key == "hostile"


def test_handcrafted_encrypted_ooxml_is_encrypted(tmp_path: Path) -> None:
    """An OLE2 container with EncryptionInfo + EncryptedPackage, as Word writes a protected .docx."""
    path = tmp_path / "protected.docx"
    path.write_bytes(
        fx.cfb({"EncryptionInfo": b"\x04\x00\x04\x00" + b"\0" * 200, "EncryptedPackage": b"\x01" * 5000})
    )
    assert not reader.sniff(path.read_bytes()[:8], path) and legacy.sniff(path.read_bytes()[:8], path)
    for read in (reader.read, legacy.read):
        result = read(path)
        assert result.status is Status.ERROR and result.problems[0].key == "encrypted"
        assert "protected.docx" in result.problems[0].message_zh


@pytest.mark.slow
def test_docx_encrypted_by_libreoffice_is_encrypted(tmp_path: Path) -> None:
    soffice = legacy.find_soffice()
    assert soffice is not None, "LibreOffice is needed here: `./test.sh` installs it"
    target = tmp_path / "加密 文件.docx"
    fx.lo_encrypt(soffice, [(CORPUS / "d055.docx", target, "Office Open XML Text")])
    assert target.read_bytes()[:8] == legacy.OLE_MAGIC
    result = reader.read(target)
    assert result.status is Status.ERROR and result.problems[0].key == "encrypted"


def test_docx_under_a_doc_name_reads_as_docx(tmp_path: Path) -> None:
    path = tmp_path / "x.doc"
    shutil.copyfile(CORPUS / "d055.docx", path)
    assert reader.sniff(path.read_bytes()[:8192], path) and not legacy.sniff(path.read_bytes()[:8192], path)
    for read in (reader.read, legacy.read):  # the legacy reader hands such a file over at once
        result = read(path)
        assert result.status is Status.OK and result.document is not None
        assert (
            result.document.format == "docx"
            and result.document.blocks[0].text == "广州市住房和城乡建设局文件"
        )


def test_registry_routes_disguised_and_protected_files(tmp_path: Path) -> None:
    from extractors import registry

    disguised = tmp_path / "x.doc"
    shutil.copyfile(CORPUS / "d055.docx", disguised)
    protected = tmp_path / "protected.docx"
    protected.write_bytes(fx.cfb({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"\x01" * 5000}))
    result = registry.read_document(disguised)
    assert result.status is Status.OK and result.document is not None and result.document.format == "docx"
    result = registry.read_document(protected)
    assert result.status is Status.ERROR and result.problems[0].key == "encrypted"


def test_sniff_accepts_docx_only(tmp_path: Path) -> None:
    d055 = CORPUS / "d055.docx"
    assert reader.sniff(d055.read_bytes()[:8192], d055)
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("Doc_0/Document.xml", "<ofd/>")
    assert not reader.sniff(other.read_bytes()[:8192], other)
    assert not reader.sniff(b"%PDF-1.7", d055)
