"""The draft file itself: tracked changes, comments, hidden text and personal properties in a .docx
built here (python-docx, then raw WordprocessingML edits), and GPS positions in photos made with Pillow."""

import io
import zipfile

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from PIL import Image

from policy.findings import Severity
from tests.checks.conftest import run_rule
from tests.extractors.test_metadata_layouts import BODY, build

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
WJ = ("WJ-01-tracked-changes", "WJ-02-comments", "WJ-03-hidden-text", "WJ-04-document-properties",
      "WJ-05-image-location")  # fmt: skip
DOC = build(("长江区人民政府办公室关于做好政务公开工作的通知", BODY), ("现将有关事项通知如下。", BODY))


def jpeg(gps: bool) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "长江相机"  # Make: EXIF without a position
    if gps:
        exif[0x8825] = {1: "N", 2: (28.0, 41.0, 24.0), 3: "E", 4: (117.0, 10.0, 30.0)}
    out = io.BytesIO()
    Image.new("RGB", (16, 16), "red").save(out, "JPEG", exif=exif)
    return out.getvalue()


def make_docx(
    path, body_xml="", *, company="", manager="", author=None, comment=None, picture=None, hidden_style=None
):
    """A .docx written by python-docx, then ``body_xml`` spliced in before the section properties and
    app.xml's Company/Manager filled."""
    d = docx.Document()
    p = d.add_paragraph("现将有关事项通知如下。")
    if author:
        d.core_properties.author, d.core_properties.last_modified_by = author
    if comment:
        d.add_comment(p.runs, text=comment[1], author=comment[0])
    if picture is not None:
        d.add_picture(io.BytesIO(picture))
    if hidden_style:
        style = d.styles.add_style("批注隐藏", WD_STYLE_TYPE.CHARACTER)
        style.font.hidden = True
        d.add_paragraph().add_run(hidden_style, style="批注隐藏")
    raw = io.BytesIO()
    d.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml" and body_xml:
                text = data.decode("utf-8")
                at = text.rindex("<w:sectPr")
                data = (text[:at] + body_xml + text[at:]).encode("utf-8")
            elif item.filename == "docProps/app.xml":
                text = data.decode("utf-8").replace("<Company/>", f"<Company>{company}</Company>")
                data = text.replace("<Manager/>", f"<Manager>{manager}</Manager>").encode("utf-8")
            dst.writestr(item, data)
    return path


def findings(blocks_context, path, media=()):
    ctx = blocks_context(DOC, original=path, original_name=path.name, media=tuple(media))
    return {rule_id: run_rule(rule_id, ctx) for rule_id in WJ}


def test_a_clean_docx_has_nothing_to_report(blocks_context, tmp_path):
    found = findings(blocks_context, make_docx(tmp_path / "clean.docx"))  # creator "python-docx": no one
    assert found == {rule_id: [] for rule_id in WJ}


def test_tracked_changes_are_counted_with_their_authors(blocks_context, tmp_path):
    body = (
        f"<w:p {W}><w:r><w:t>第一条　</w:t></w:r>"
        '<w:ins w:id="1" w:author="张三" w:date="2024-06-01T10:00:00Z"><w:r><w:t>新增的补贴标准</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="李四" w:date="2024-06-02T10:00:00Z"><w:r><w:delText>删去的旧标准</w:delText></w:r></w:del>'
        "</w:p>"
    )
    (f,) = findings(blocks_context, make_docx(tmp_path / "draft.docx", body))["WJ-01-tracked-changes"]
    assert f.severity is Severity.WARN and f.location.file == "draft.docx"
    assert "修订2处（插入1处、删除1处；修订人：张三、李四），如“新增的补贴标准”" in f.message_zh


def test_comments_are_named_with_their_authors_and_numbers_masked(blocks_context, tmp_path):
    path = make_docx(tmp_path / "draft.docx", comment=("王科长", "张三的身份证号360102198503041231要删掉"))
    (f,) = findings(blocks_context, path)["WJ-02-comments"]
    assert f.severity is Severity.WARN and "批注1条（批注人：王科长）" in f.message_zh
    assert "3601**********1231" in f.message_zh and "360102198503041231" not in f.message_zh


def test_hidden_text_that_says_something_else_blocks(blocks_context, tmp_path):
    body = (
        f"<w:p {W}><w:r><w:rPr><w:vanish/></w:rPr><w:t>拟对张三违规问题另行从严处理，暂不公开</w:t></w:r>"
        "<w:r><w:t>可见的正文。</w:t></w:r></w:p>"
        f'<w:p {W}><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显式不隐藏的文字</w:t></w:r></w:p>'
    )
    (f,) = findings(blocks_context, make_docx(tmp_path / "draft.docx", body))["WJ-03-hidden-text"]
    assert f.severity is Severity.BLOCK
    assert "以“拟对张三违规问题另行从严处理，暂不公开”开头" in f.message_zh


def test_hidden_text_through_a_character_style_is_found_too(blocks_context, tmp_path):
    (f,) = findings(blocks_context, make_docx(tmp_path / "d.docx", hidden_style="内部意见：暂缓执行"))[
        "WJ-03-hidden-text"
    ]
    assert f.severity is Severity.BLOCK and "内部意见：暂缓执行" in f.message_zh


def test_hidden_text_that_repeats_what_is_shown_only_warns(blocks_context, tmp_path):
    body = f"<w:p {W}><w:r><w:rPr><w:vanish/></w:rPr><w:t>现将有关事项通知如下。</w:t></w:r></w:p>"
    (f,) = findings(blocks_context, make_docx(tmp_path / "draft.docx", body))["WJ-03-hidden-text"]
    assert f.severity is Severity.WARN and "隐藏文字1处，内容与可见文字重复" in f.message_zh


def test_personal_document_properties_are_named(blocks_context, tmp_path):
    path = make_docx(
        tmp_path / "draft.docx", author=("张三", "李四"), company="长江区政府办", manager="王主任"
    )
    (f,) = findings(blocks_context, path)["WJ-04-document-properties"]
    assert f.severity is Severity.WARN
    assert "作者“张三”、最后修改者“李四”、单位“长江区政府办”、经理“王主任”" in f.message_zh


def test_a_photo_with_gps_warns_and_one_without_does_not(blocks_context, tmp_path):
    (tmp_path / "现场.jpg").write_bytes(jpeg(gps=True))
    (tmp_path / "图解.jpg").write_bytes(jpeg(gps=False))
    (tmp_path / "视频.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(64))
    media = [(name, tmp_path / name) for name in ("现场.jpg", "图解.jpg", "视频.mp4")]
    (f,) = findings(blocks_context, make_docx(tmp_path / "d.docx"), media)["WJ-05-image-location"]
    assert f.severity is Severity.WARN and f.location.file == "现场.jpg"
    assert "图片 现场.jpg 含拍摄位置（EXIF GPS：北纬28.7°、东经117.2°）" in f.message_zh


def test_a_photo_inside_the_docx_is_looked_at_too(blocks_context, tmp_path):
    (f,) = findings(blocks_context, make_docx(tmp_path / "d.docx", picture=jpeg(gps=True)))[
        "WJ-05-image-location"
    ]
    assert f.location.file.startswith("d.docx:word/media/")


def test_the_real_reader_path_sees_the_same_draft(file_context, tmp_path):
    body = f'<w:p {W}><w:ins w:id="1" w:author="张三"><w:r><w:t>新增内容</w:t></w:r></w:ins></w:p>'
    ctx = file_context(make_docx(tmp_path / "draft.docx", body, author=("张三", "张三")))
    assert [f.rule_id for rule_id in WJ for f in run_rule(rule_id, ctx)] == [
        "WJ-01-tracked-changes",
        "WJ-04-document-properties",
    ]


@pytest.mark.parametrize("kind", ["pdf", "hostile", "not_a_zip"])
def test_files_that_are_not_a_safe_docx_are_left_alone(blocks_context, tmp_path, corpus, kind):
    if kind == "pdf":
        path = corpus / "d003.pdf"
    elif kind == "hostile":
        path = tmp_path / "bomb.docx"
        entity = '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]><w:document/>'
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("word/document.xml", entity)
    else:
        path = tmp_path / "draft.docx"
        path.write_text("不是压缩包", encoding="utf-8")
    assert findings(blocks_context, path) == {rule_id: [] for rule_id in WJ}
