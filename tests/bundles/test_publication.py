"""The publication copy and its PDF rendition: what a reader of the published file would notice.

The draft is a python-docx document into which real WordprocessingML is injected with lxml: tracked
insertions and deletions (body, header, footnote), a deleted paragraph, a formatting change, a
comment, hidden text (direct, by character style, a hidden paragraph), personal properties, a
template path naming the user, custom properties and a people part.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import posixpath
import zipfile
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from lxml import etree
from PIL import Image

from bundles import rendition
from bundles.publication import PublicationError, publication_copy
from bundles.rendition import pdf_rendition
from checks.rules.draft_file import gps_position
from extractors import docx as docx_reader
from extractors import legacy
from tests.extractors import docx_fixtures as fx

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NSMAP = {"w": W, "r": R_NS}
TITLE = "关于印发昌江区政务公开工作要点的通知"
INSERTED, DELETED = "请认真贯彻执行", "请参照执行"
WHOLE_DELETED = "整段删除的旧条款"
COMMENT, COMMENTER = "此处数据需再核实", "王五"
HIDDEN = ("内部备注不宜公开", "样式隐藏的文字", "整段隐藏的说明", "页脚隐藏的字")
FOOT_INS, FOOT_DEL = "脚注新增的字", "脚注删除的字"
DELETED_NOTE = "随删除文字一起删去的脚注"
HEAD_INS, HEAD_DEL = "（定稿）", "（征求意见稿）"
PEOPLE = ("张三", "李四", "赵六", "钱七", "昌江区政府办", "zhangsan", "待局长审定", COMMENTER)


# -- the draft -----------------------------------------------------------------------------------


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _x(xml: str) -> etree._Element:
    return etree.fromstring(f'<root xmlns:w="{W}" xmlns:r="{R_NS}">{xml}</root>')[0]


def _run(text: str, tag: str = "t") -> str:
    return f'<w:r><w:{tag} xml:space="preserve">{text}</w:{tag}></w:r>'


def _revision(kind: str, number: int, content: str) -> str:
    return f'<w:{kind} w:id="{number}" w:author="李四" w:date="2024-06-03T10:00:00Z">{content}</w:{kind}>'


def _paragraph(doc: etree._Element, text: str) -> etree._Element:
    return next(p for p in doc.iter(_w("p")) if "".join(p.itertext()).startswith(text))


def _mark(p: etree._Element, xml: str) -> None:
    """Put ``xml`` into the paragraph mark's run properties (pPr/rPr)."""
    ppr = p.find(_w("pPr"))
    if ppr is None:
        ppr = etree.SubElement(p, _w("pPr"))
        p.insert(0, ppr)
    rpr = ppr.find(_w("rPr"))
    if rpr is None:
        rpr = etree.SubElement(ppr, _w("rPr"))
    rpr.append(_x(xml))


def _edit_document(doc: etree._Element) -> None:
    p1 = _paragraph(doc, "现将工作要点印发给你们")
    p1.append(_x(_revision("ins", 11, _run(INSERTED))))
    p1.append(
        _x(_revision("del", 12, _run(DELETED, "delText") + '<w:r><w:footnoteReference w:id="2"/></w:r>'))
    )
    p1.append(_x(_run("。")))
    p1.append(
        _x('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
    )
    gone = _paragraph(doc, WHOLE_DELETED)
    for run in gone.findall(_w("r")):
        run.find(_w("t")).tag = _w("delText")
        wrapper = _x(_revision("del", 13, ""))
        gone.replace(run, wrapper)
        wrapper.append(run)
    _mark(gone, '<w:del w:id="14" w:author="李四" w:date="2024-06-03T10:00:00Z"/>')
    _mark(_paragraph(doc, HIDDEN[2]), "<w:vanish/>")
    bold = _paragraph(doc, "加粗的新要求").find(_w("r")).find(_w("rPr"))
    bold.append(
        _x('<w:rPrChange w:id="15" w:author="李四" w:date="2024-06-03T10:00:00Z"><w:rPr/></w:rPrChange>')
    )
    _paragraph(doc, "本通知自印发之日起施行").find(_w("pPr")).append(
        _x('<w:pPrChange w:id="16" w:author="李四"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange>')
    )
    for p in doc.iter(_w("p")):
        p.set(_w("rsidR"), "00A1B2C3")


def _edit_header(hdr: etree._Element) -> None:
    p = hdr.find(_w("p"))
    p.append(_x(_revision("ins", 21, _run(HEAD_INS))))
    p.append(_x(_revision("del", 22, _run(HEAD_DEL, "delText"))))


_FOOTNOTES = f"""<w:footnotes xmlns:w="{W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p>{_run("见区政府2024年第3次常务会议纪要")}{_revision("ins", 31, _run(FOOT_INS))}{_revision("del", 32, _run(FOOT_DEL, "delText"))}</w:p></w:footnote>
<w:footnote w:id="2"><w:p>{_run(DELETED_NOTE)}</w:p></w:footnote></w:footnotes>"""
_PEOPLE_XML = (
    '<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
    f'<w15:person w15:author="{COMMENTER}"><w15:presenceInfo w15:providerId="None" w15:userId="{COMMENTER}"/>'
    "</w15:person></w15:people>"
)
_CUSTOM_XML = (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="审核人"><vt:lpwstr>钱七</vt:lpwstr>'
    "</property></Properties>"
)


def _python_docx_draft() -> bytes:
    doc = docx.Document()
    hidden_style = doc.styles.add_style("隐藏批注", WD_STYLE_TYPE.CHARACTER)
    hidden_style.font.hidden = True
    props = doc.core_properties
    props.title, props.author, props.last_modified_by, props.comments = TITLE, "张三", "李四", "待局长审定"
    props.revision = 7
    props.created = props.modified = props.last_printed = dt.datetime(2024, 6, 3, 9, 30)
    doc.add_paragraph(TITLE)
    doc.add_paragraph("现将工作要点印发给你们，")
    commented = doc.add_paragraph().add_run("各单位要抓好落实。")
    doc.add_comment(commented, text=COMMENT, author=COMMENTER, initials="WW")
    p = doc.add_paragraph("正文可见。")
    p.add_run(HIDDEN[0]).font.hidden = True
    doc.add_paragraph("样式可见。").add_run(HIDDEN[1], style="隐藏批注")
    doc.add_paragraph(WHOLE_DELETED)
    doc.add_paragraph().add_run(HIDDEN[2]).font.hidden = True
    doc.add_paragraph().add_run("加粗的新要求").bold = True
    doc.add_paragraph("本通知自印发之日起施行。").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.sections[0].header.paragraphs[0].text = "昌江区人民政府办公室"
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "第 1 页"
    footer.add_run(HIDDEN[3]).font.hidden = True
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _add_rel(root: etree._Element, rid: str, kind: str, target: str, external: bool = False) -> None:
    rel = etree.SubElement(root, f"{{{PKG}}}Relationship", Id=rid, Type=kind, Target=target)
    if external:
        rel.set("TargetMode", "External")


def _override(types: etree._Element, part: str, content_type: str) -> None:
    etree.SubElement(types, f"{{{CT}}}Override", PartName=part, ContentType=content_type)


def _rewrite(data: bytes, edit) -> bytes:
    """``data`` with its parts passed through ``edit(parts)`` (a dict of name → bytes, in order)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    edit(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
    return out.getvalue()


def _tree_edit(parts: dict[str, bytes], name: str, fn) -> None:
    root = etree.fromstring(parts[name])
    fn(root)
    parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _inject(parts: dict[str, bytes]) -> None:
    _tree_edit(parts, "word/document.xml", _edit_document)
    header = next(n for n in parts if n.startswith("word/header"))
    _tree_edit(parts, header, _edit_header)
    parts["word/footnotes.xml"] = _FOOTNOTES.encode()
    parts["word/people.xml"] = _PEOPLE_XML.encode()
    parts["docProps/custom.xml"] = _CUSTOM_XML.encode()
    parts["word/_rels/settings.xml.rels"] = (
        f'<Relationships xmlns="{PKG}"><Relationship Id="rIdTpl" Type="{R_NS}/attachedTemplate" '
        'Target="file:///C:/Users/zhangsan/AppData/Roaming/Microsoft/Templates/%E5%85%AC%E6%96%87.dotm" '
        'TargetMode="External"/></Relationships>'
    ).encode()

    def rels(root: etree._Element) -> None:
        _add_rel(root, "rIdFn", f"{R_NS}/footnotes", "footnotes.xml")
        _add_rel(
            root, "rIdPpl", "http://schemas.microsoft.com/office/2011/relationships/people", "people.xml"
        )

    def package_rels(root: etree._Element) -> None:
        _add_rel(root, "rIdCustom", f"{R_NS}/custom-properties", "docProps/custom.xml")

    def types(root: etree._Element) -> None:
        base = "application/vnd.openxmlformats-officedocument"
        _override(root, "/word/footnotes.xml", f"{base}.wordprocessingml.footnotes+xml")
        _override(root, "/word/people.xml", "application/vnd.ms-word.people+xml")
        _override(root, "/docProps/custom.xml", f"{base}.custom-properties+xml")

    def settings(root: etree._Element) -> None:
        root.insert(0, _x("<w:trackRevisions/>"))
        root.insert(0, _x('<w:attachedTemplate r:id="rIdTpl"/>'))

    def app(root: etree._Element) -> None:
        ns = root.nsmap[None]
        etree.SubElement(root, f"{{{ns}}}Company").text = "昌江区政府办"
        etree.SubElement(root, f"{{{ns}}}Manager").text = "赵六"

    _tree_edit(parts, "word/_rels/document.xml.rels", rels)
    _tree_edit(parts, "_rels/.rels", package_rels)
    _tree_edit(parts, "[Content_Types].xml", types)
    _tree_edit(parts, "word/settings.xml", settings)
    _tree_edit(parts, "docProps/app.xml", app)


@pytest.fixture(scope="module")
def draft() -> bytes:
    return _rewrite(_python_docx_draft(), _inject)


@pytest.fixture(scope="module")
def accepted(draft: bytes):
    return publication_copy(draft, "docx")


# -- reading the result as a reader would ----------------------------------------------------------


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _package_text(data: bytes) -> str:
    """Every member's bytes as text: what anyone unzipping the file could find."""
    return "\n".join(content.decode("utf-8", "replace") for content in _members(data).values())


def _visible(data: bytes, tmp_path: Path) -> str:
    """The text the project's reader sees (body, tables, headers, footers), whitespace removed."""
    path = tmp_path / "copy.docx"
    path.write_bytes(data)
    result = docx_reader.read(path)
    assert result.document is not None, result.problems
    return "".join("".join(b.text for b in result.document.blocks).split())


def _footnotes(data: bytes) -> str:
    root = etree.fromstring(_members(data)["word/footnotes.xml"])
    return "".join(t.text or "" for t in root.iter(_w("t")))


def _paragraphs(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs if p.text]


# -- tracked changes -------------------------------------------------------------------------------


def test_accepting_keeps_the_insertions_and_drops_the_deletions_in_every_part(accepted, tmp_path) -> None:
    visible = _visible(accepted.data, tmp_path)
    assert f"现将工作要点印发给你们，{INSERTED}。" in visible
    assert "昌江区人民政府办公室" + HEAD_INS in visible
    assert FOOT_INS in _footnotes(accepted.data)
    package = _package_text(accepted.data)
    for deleted in (DELETED, WHOLE_DELETED, HEAD_DEL, FOOT_DEL, DELETED_NOTE):
        assert deleted not in package
    assert "w:delText" not in package and "<w:ins " not in package and "w:rPrChange" not in package


def test_a_deleted_paragraph_goes_with_its_mark_and_its_neighbours_stay_apart(accepted) -> None:
    paragraphs = _paragraphs(accepted.data)
    assert "样式可见。" in paragraphs and "加粗的新要求" in paragraphs
    assert not any(WHOLE_DELETED in p for p in paragraphs)


def test_accepted_formatting_changes_keep_the_new_formatting(accepted) -> None:
    paragraphs = {p.text: p for p in docx.Document(io.BytesIO(accepted.data)).paragraphs}
    assert paragraphs["加粗的新要求"].runs[0].bold is True
    assert paragraphs["本通知自印发之日起施行。"].alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_refusing_restores_the_deletions_and_drops_the_insertions(draft, tmp_path) -> None:
    refused = publication_copy(draft, "docx", tracked="refuse")
    visible = _visible(refused.data, tmp_path)
    assert f"现将工作要点印发给你们，{DELETED}。" in visible
    assert WHOLE_DELETED in _paragraphs(refused.data)
    assert "昌江区人民政府办公室" + HEAD_DEL in visible
    assert FOOT_DEL in _footnotes(refused.data) and DELETED_NOTE in _footnotes(refused.data)
    package = _package_text(refused.data)
    for inserted in (INSERTED, HEAD_INS, FOOT_INS):
        assert inserted not in package
    paragraphs = {p.text: p for p in docx.Document(io.BytesIO(refused.data)).paragraphs}
    assert paragraphs["加粗的新要求"].runs[0].bold is None  # the recorded old properties had no bold
    assert paragraphs["本通知自印发之日起施行。"].alignment == WD_ALIGN_PARAGRAPH.LEFT
    report = refused.report
    assert (report.tracked, report.insertions, report.deletions, report.format_changes) == ("refuse", 3, 5, 2)
    assert report.summary_zh.startswith("拒绝修订：插入 3 处、删除 5 处")


# -- comments, hidden text, properties -----------------------------------------------------------------


def test_comments_leave_no_trace_in_the_package(accepted) -> None:
    members = _members(accepted.data)
    assert not [name for name in members if "comment" in name.lower()]
    package = _package_text(accepted.data)
    assert COMMENT not in package and "comment" not in package.lower()
    assert "各单位要抓好落实。" in _paragraphs(accepted.data)  # the commented text itself stays


def test_hidden_text_is_removed_however_it_was_hidden(accepted, tmp_path) -> None:
    package = _package_text(accepted.data)
    for hidden in HIDDEN:
        assert hidden not in package
    visible = _visible(accepted.data, tmp_path)
    assert "正文可见。" in visible and "样式可见。" in visible and "第1页" in visible
    assert "w:vanish" not in _members(accepted.data)["word/document.xml"].decode()


def test_personal_properties_and_names_are_gone_and_the_title_stays(accepted) -> None:
    props = docx.Document(io.BytesIO(accepted.data)).core_properties
    assert (props.author, props.last_modified_by, props.comments, props.revision) == ("", "", "", 0)
    assert props.created is None and props.modified is None and props.last_printed is None
    assert props.title == TITLE
    members = _members(accepted.data)
    assert "docProps/custom.xml" not in members and "word/people.xml" not in members
    assert "docProps/thumbnail.jpeg" not in members
    package = _package_text(accepted.data)
    for person in PEOPLE:
        assert person not in package
    assert "w:rsid" not in package and "trackRevisions" not in package and "attachedTemplate" not in package
    assert "<Template>" not in members["docProps/app.xml"].decode()


def test_the_report_counts_what_was_cleaned(accepted) -> None:
    report = accepted.report
    assert report.cleaned and report.tracked == "accept" and report.converted_from is None
    assert (report.insertions, report.deletions, report.format_changes) == (3, 5, 2)
    assert report.comments == 1
    assert report.hidden_runs == 4
    assert {"作者", "最后修改者", "修订号", "备注", "单位", "经理", "自定义属性"} <= set(report.properties)
    assert {"word/comments.xml", "word/people.xml", "docProps/custom.xml"} <= set(report.removed_parts)
    assert "删除批注 1 条" in report.summary_zh and "1 comments" in report.summary_en
    assert accepted.format == "docx" and accepted.extension == ".docx"


def test_the_cleaned_package_is_consistent_and_opens_in_python_docx(accepted) -> None:
    members = _members(accepted.data)
    types = etree.fromstring(members["[Content_Types].xml"])
    for override in types.iter(f"{{{CT}}}Override"):
        assert override.get("PartName").lstrip("/") in members, override.get("PartName")
    for name, content in members.items():
        if not name.endswith(".rels"):
            continue
        folder = posixpath.dirname(posixpath.dirname(name))
        for rel in etree.fromstring(content).iter(f"{{{PKG}}}Relationship"):
            if rel.get("TargetMode") != "External":
                target = posixpath.normpath(posixpath.join(folder, rel.get("Target")))
                assert target.lstrip("/") in members, (name, rel.get("Target"))
    assert len(docx.Document(io.BytesIO(accepted.data)).paragraphs) >= 7


def test_a_photo_loses_its_gps_position_and_nothing_else() -> None:
    exif = Image.Exif()
    exif[0x010F], exif[0x0112] = "ChangjiangCam", 6  # Make, Orientation
    exif[0x8825] = {1: "N", 2: (28.0, 41.0, 24.0), 3: "E", 4: (117.0, 10.0, 30.0)}
    photo = io.BytesIO()
    Image.new("RGB", (32, 16), "red").save(photo, "JPEG", exif=exif)
    doc = docx.Document()
    doc.add_paragraph("现场照片")
    doc.add_picture(io.BytesIO(photo.getvalue()))
    out = io.BytesIO()
    doc.save(out)
    copy = publication_copy(out.getvalue(), "docx")
    (media,) = [content for name, content in _members(copy.data).items() if name.startswith("word/media/")]
    assert gps_position(photo.getvalue()) is not None and gps_position(media) is None
    assert len(media) == len(photo.getvalue()) and copy.report.located_images == 1
    with Image.open(io.BytesIO(media)) as cleaned, Image.open(photo) as original:
        assert cleaned.getexif()[0x0112] == 6 and cleaned.getexif()[0x010F] == "ChangjiangCam"
        assert cleaned.tobytes() == original.tobytes()


# -- paragraph marks and table rows -----------------------------------------------------------------

_DEL_MARK = '<w:rPr><w:del w:id="1" w:author="李四"/></w:rPr>'
_ROWS = (
    "<w:tbl><w:tblPr/>"
    "<w:tr><w:tc><w:p><w:r><w:t>第一行</w:t></w:r></w:p></w:tc></w:tr>"
    '<w:tr><w:trPr><w:del w:id="2" w:author="李四"/></w:trPr><w:tc><w:p><w:r><w:t>删去的行</w:t></w:r></w:p></w:tc></w:tr>'
    '<w:tr><w:trPr><w:ins w:id="3" w:author="李四"/></w:trPr><w:tc><w:p><w:r><w:t>新增的行</w:t></w:r></w:p></w:tc></w:tr>'
    "</w:tbl>"
)


def _minimal(tmp_path: Path, body: str) -> bytes:
    return fx.write_docx(tmp_path / "raw.docx", body).read_bytes()


def _texts(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def test_a_deleted_paragraph_mark_joins_the_paragraph_to_the_next(tmp_path) -> None:
    data = _minimal(tmp_path, fx.para("第一段", ppr=_DEL_MARK) + fx.para("第二段"))
    assert _texts(publication_copy(data, "docx").data) == ["第一段第二段"]
    assert _texts(publication_copy(data, "docx", tracked="refuse").data) == ["第一段", "第二段"]


def test_a_hidden_paragraph_mark_joins_as_word_shows_it(tmp_path) -> None:
    data = _minimal(tmp_path, fx.para("可见的一段", ppr="<w:rPr><w:vanish/></w:rPr>") + fx.para("下一段"))
    copy = publication_copy(data, "docx")
    assert _texts(copy.data) == ["可见的一段下一段"]
    assert copy.report.hidden_runs == 0  # no text was hidden, only the paragraph break


def test_deleted_and_inserted_table_rows_follow_the_decision(tmp_path) -> None:
    data = _minimal(tmp_path, _ROWS + fx.para("表后"))

    def rows(copy) -> list[str]:
        return [row.cells[0].text for row in docx.Document(io.BytesIO(copy.data)).tables[0].rows]

    assert rows(publication_copy(data, "docx")) == ["第一行", "新增的行"]
    assert rows(publication_copy(data, "docx", tracked="refuse")) == ["第一行", "删去的行"]


# -- determinism -------------------------------------------------------------------------------------


def test_the_same_draft_gives_byte_identical_copies_with_fixed_zip_entries(draft, accepted) -> None:
    assert publication_copy(draft, "docx").data == accepted.data
    with zipfile.ZipFile(io.BytesIO(accepted.data)) as zf:
        infos = zf.infolist()
    with zipfile.ZipFile(io.BytesIO(draft)) as zf:
        original_order = [n for n in zf.namelist() if n in {i.filename for i in infos}]
    assert [i.filename for i in infos] == original_order
    assert {(i.date_time, i.external_attr >> 16, i.compress_type) for i in infos} == {
        ((1980, 1, 1, 0, 0, 0), 0o100644, zipfile.ZIP_DEFLATED)
    }


def test_a_clean_docx_cleans_to_itself_again(accepted) -> None:
    again = publication_copy(accepted.data, "docx")
    assert again.data == accepted.data
    assert (again.report.insertions, again.report.comments, again.report.hidden_runs) == (0, 0, 0)


# -- formats that are not cleaned, and files that are refused ------------------------------------------


@pytest.mark.parametrize(("fmt", "expected"), [("pdf", "pdf"), ("ofd", "ofd"), ("txt", "txt"), (".md", "md")])
def test_pdf_ofd_and_text_pass_unchanged_and_the_report_says_so(fmt: str, expected: str) -> None:
    data = b"%PDF-1.7\n%\xe2\xe3\n/Author (Zhang San)\n" if fmt == "pdf" else "通知正文".encode()
    copy = publication_copy(data, fmt)
    assert copy.data == data and copy.format == expected and copy.extension == "." + expected
    assert not copy.report.cleaned and "未做清理" in copy.report.summary_zh


def _replace_document(draft: bytes, xml: bytes) -> bytes:
    return _rewrite(draft, lambda parts: parts.__setitem__("word/document.xml", xml))


def test_an_xml_entity_bomb_is_refused_with_a_typed_error(draft) -> None:
    lol = "".join(f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(1, 10))
    xml = f'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY lol0 "lol">{lol}]><w:document xmlns:w="{W}">&lol9;</w:document>'
    with pytest.raises(PublicationError) as err:
        publication_copy(_replace_document(draft, xml.encode()), "docx", name="草稿.docx")
    assert err.value.problem.key == "hostile"
    assert (
        "无法生成发布件" in str(err.value)
        and "草稿.docx" in str(err.value)
        and "publication copy" in str(err.value)
    )


def test_a_zip_bomb_is_refused_before_it_is_inflated() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(PublicationError) as err:
        publication_copy(out.getvalue(), "docx")
    assert err.value.problem.key == "hostile" and "压缩" in err.value.problem.message_zh


def test_a_corrupt_zip_and_a_package_without_a_body_are_corrupt(draft) -> None:
    for data in (draft[: len(draft) // 2], _rewrite(draft, lambda parts: parts.pop("word/document.xml"))):
        with pytest.raises(PublicationError) as err:
            publication_copy(data, "docx")
        assert err.value.problem.key == "corrupt"


def test_a_malformed_part_is_corrupt_not_a_traceback(draft) -> None:
    with pytest.raises(PublicationError) as err:
        publication_copy(_replace_document(draft, b"<w:document><w:body><w:p>"), "docx")
    assert err.value.problem.key == "corrupt"


def test_a_password_protected_docx_is_refused() -> None:
    protected = fx.cfb(
        {"EncryptionInfo": b"\x04\x00\x04\x00" + b"\0" * 200, "EncryptedPackage": b"\x01" * 5000}
    )
    with pytest.raises(PublicationError) as err:
        publication_copy(protected, "docx")
    assert err.value.problem.key == "encrypted"


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(PublicationError) as err:
        publication_copy(b"GIF89a", "gif")
    assert err.value.problem.key == "unsupported"


def test_macros_and_the_macro_content_type_do_not_reach_the_copy(draft) -> None:
    macro_type = "application/vnd.ms-word.document.macroEnabled.main+xml"

    def add_macros(parts: dict[str, bytes]) -> None:
        parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 macro"
        _tree_edit(
            parts,
            "word/_rels/document.xml.rels",
            lambda root: _add_rel(root, "rIdVba", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"),
        )  # fmt: skip

        def types(root: etree._Element) -> None:
            for override in root.iter(f"{{{CT}}}Override"):
                if override.get("PartName") == "/word/document.xml":
                    override.set("ContentType", macro_type)

        _tree_edit(parts, "[Content_Types].xml", types)

    copy = publication_copy(_rewrite(draft, add_macros), ".docm")  # a suffix names the format too
    members = _members(copy.data)
    assert "word/vbaProject.bin" not in members and macro_type not in members["[Content_Types].xml"].decode()
    assert "word/vbaProject.bin" in copy.report.removed_parts and copy.extension == ".docx"


def test_without_libreoffice_legacy_files_and_renditions_give_typed_errors(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(legacy.SOFFICE_ENV, str(tmp_path / "no-such-soffice"))
    with pytest.raises(PublicationError) as err:
        publication_copy(b"{\\rtf1\\ansi notice}", "rtf")
    assert err.value.problem.key == "no_libreoffice"
    with pytest.raises(PublicationError) as err:
        pdf_rendition(b"PK")
    assert err.value.problem.key == "no_libreoffice" and "PDF" in str(err.value)


# -- the PDF's stamps --------------------------------------------------------------------------------


def test_stabilise_rewrites_dates_ids_and_xmp_at_the_same_length() -> None:
    pdf = (
        b"<</CreationDate(D:20240603101112+08'00')/ModDate(D:20240603101112Z')>>\n"
        b"<xmp:CreateDate>2024-06-03T10:11:12+08:00</xmp:CreateDate>"
        b"<xmpMM:DocumentID>uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427</xmpMM:DocumentID>\n"
        b"trailer\n<</ID [ <E304B8A1168765775A9A7A863D55367A>\n<E304B8A1168765775A9A7A863D55367A> ]\n"
        b"/DocChecksum /BB5BEC901F8F38AEFCB43A2049ECBB92\n>>\n"
    )
    first, second = rendition.stabilise(pdf, b"seed-1"), rendition.stabilise(pdf, b"seed-2")
    assert len(first) == len(pdf) == len(second)
    assert b"/CreationDate(D:19800101000000+00'00')" in first and b"/ModDate(D:19800101000000Z')" in first
    assert b"<xmp:CreateDate>1980-01-01T00:00:00+00:00</xmp:CreateDate>" in first
    for stamp in (b"E304B8A1", b"BB5BEC90", b"1b4e28ba", b"2024"):
        assert stamp not in first
    assert first != second  # the identifiers follow the input
    assert rendition.stabilise(pdf, b"seed-1") == first


# -- LibreOffice: renditions, a real corpus file, a legacy file --------------------------------------


def _pdf_text(pdf: bytes) -> tuple[int, str]:
    document = pdfium.PdfDocument(pdf)
    try:
        text = "".join(page.get_textpage().get_text_range() for page in document)
        return len(document), "".join(text.split())
    finally:
        document.close()


def _label(name: str) -> dict:
    return json.loads((CORPUS / name).with_suffix(".json").read_text(encoding="utf-8"))


@pytest.mark.slow
def test_the_rendition_is_byte_stable_and_shows_only_the_published_text(accepted) -> None:
    first = pdf_rendition(accepted.data)
    assert pdf_rendition(accepted.data) == first
    assert first.startswith(b"%PDF-") and b"/CreationDate(D:19800101000000" in first
    pages, text = _pdf_text(first)
    assert pages in (1, 2)
    assert TITLE in text and INSERTED in text
    for gone in (DELETED, WHOLE_DELETED, COMMENT, *HIDDEN):
        assert gone not in text


@pytest.mark.slow
def test_a_real_corpus_docx_keeps_its_title_in_the_copy_and_the_rendition(tmp_path) -> None:
    title = _label("d002.docx")["fields"]["title"]
    copy = publication_copy((CORPUS / "d002.docx").read_bytes(), "docx", name="d002.docx")
    assert title in _visible(copy.data, tmp_path)
    pages, text = _pdf_text(pdf_rendition(copy.data))
    assert title in text
    twin = pdfium.PdfDocument(CORPUS / "d062.pdf")  # the corpus's own LibreOffice PDF of the same text
    assert pages == len(twin) == 10
    twin.close()


@pytest.mark.slow
def test_a_legacy_doc_is_converted_then_cleaned(tmp_path) -> None:
    title = _label("d001.doc")["fields"]["title"]
    copy = publication_copy((CORPUS / "d001.doc").read_bytes(), "doc", name="d001.doc")
    assert copy.format == "docx" and copy.report.converted_from == "doc"
    assert copy.report.summary_zh.startswith("已由 .doc 转为 .docx")
    assert title in _visible(copy.data, tmp_path)
    assert copy.data == publication_copy((CORPUS / "d001.doc").read_bytes(), "doc").data


@pytest.mark.slow
def test_a_rendition_that_runs_out_of_time_is_stopped_with_a_typed_error(accepted) -> None:
    with pytest.raises(PublicationError) as err:
        pdf_rendition(accepted.data, timeout=0.05)
    assert err.value.problem.key == "timeout" and "超过" in err.value.problem.message_zh
