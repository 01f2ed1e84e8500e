"""GB/T 9704-2012 form rules. The rendered dev .docx files are laid out to the standard and must pass;
the G-layout files (legacy `[ ]` years, Chinese-numeral dates) must fire the matching rules; built
documents and a Letter-sized Calibri .docx show each departure."""

import dataclasses
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt

from policy.findings import Severity
from tests.checks.conftest import run_rule
from tests.extractors.test_metadata_layouts import BODY, LEFT, NUMBER, RED, SIGN, TITLE, build


def notice(*body, number="长府办发〔2024〕7号", title="长江区人民政府办公室关于做好政务公开工作的通知",
           recipients="各街道办事处，区政府各部门：", date="2024年6月4日", after=()):  # fmt: skip
    lines = [("长江区人民政府办公室文件", RED), (number, NUMBER), (title, TITLE), (recipients, LEFT)]
    body = body or ("为做好全区政务公开工作，现将有关事项通知如下，请认真贯彻执行。",)
    lines += [item if isinstance(item, tuple) else (item, BODY) for item in body]
    lines += [("长江区人民政府办公室", SIGN), (date, SIGN), ("（此件公开发布）", BODY)]
    lines += [(text, style, "paragraph", 2) for text, style in after]
    return build(*lines)


# -- GB-01 发文字号 -------------------------------------------------------------------------------------


def test_a_conformant_doc_number_passes(file_context, corpus):
    assert run_rule("GB-01-doc-number-form", file_context(corpus / "d002.docx")) == []


def test_a_legacy_bracketed_year_is_flagged_with_the_corrected_form(file_context, corpus):
    (found,) = run_rule("GB-01-doc-number-form", file_context(corpus / "d044.docx"))
    assert found.severity is Severity.WARN
    assert "国办函[1996]16号" in found.message_zh and "〔〕" in found.message_zh
    assert "国办函〔1996〕16号" in found.fix
    assert (found.location.field, found.location.block) == ("doc_number", 1)
    assert found.citation.startswith("GB/T 9704-2012 §7.2.5")


def test_di_and_a_leading_zero_are_flagged(blocks_context):
    (found,) = run_rule("GB-01-doc-number-form", blocks_context(notice(number="长府办发〔2024〕第07号")))
    assert "第" in found.message_zh and "虚位" in found.message_zh
    assert "长府办发〔2024〕7号" in found.fix


def test_a_short_year_is_completed_from_the_date(blocks_context):
    (found,) = run_rule("GB-01-doc-number-form", blocks_context(notice(number="长府办发〔24〕7号")))
    assert "四位" in found.message_zh and "长府办发〔2024〕7号" in found.fix


def test_a_corrected_field_still_flags_the_printed_original(file_context, corpus):
    ctx = file_context(corpus / "d044.docx")
    ctx = dataclasses.replace(ctx, fields=dataclasses.replace(ctx.fields, doc_number="国办函〔1996〕16号"))
    (found,) = run_rule("GB-01-doc-number-form", ctx)
    assert "原件" in found.message_zh and found.location.block == 1


# -- GB-02 成文日期 ---------------------------------------------------------------------------------------


def test_an_arabic_date_passes(file_context, corpus):
    assert run_rule("GB-02-date-form", file_context(corpus / "d002.docx")) == []


def test_a_chinese_numeral_date_is_a_note_with_the_arabic_form(file_context, corpus):
    (found,) = run_rule("GB-02-date-form", file_context(corpus / "d044.docx"))
    assert found.severity is Severity.INFO
    assert "一九九六年二月九日" in found.message_zh and "1996年2月9日" in found.fix
    assert (found.location.field, found.location.block) == ("date", 17)


def test_a_leading_zero_in_the_date_is_a_warning(blocks_context):
    (found,) = run_rule("GB-02-date-form", blocks_context(notice(date="2024年06月04日")))
    assert found.severity is Severity.WARN
    assert "虚位" in found.message_zh and "2024年6月4日" in found.fix


# -- GB-03 标题 文种 --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["d055.docx", "d044.docx", "d016.docx"])  # 通知, 复函, 指导意见
def test_titles_ending_with_a_kind_pass(file_context, corpus, name):
    assert run_rule("GB-03-title-doc-type", file_context(corpus / name)) == []


def test_a_compound_ending_counts(blocks_context):
    title = "长江区人民政府关于加快推进政务公开标准化建设的实施意见"
    assert run_rule("GB-03-title-doc-type", blocks_context(notice(title=title))) == []


def test_a_title_without_a_kind_is_a_warning(blocks_context):
    title = "长江区人民政府办公室关于2024年政务公开工作的安排"
    (found,) = run_rule("GB-03-title-doc-type", blocks_context(notice(title=title)))
    assert found.severity is Severity.WARN and title in found.message_zh
    assert found.citation.startswith("《党政机关公文处理工作条例》第八条")
    assert (found.location.field, found.location.block) == ("title", 2)


def test_a_bare_measure_title_is_a_note_about_the_issuing_notice(blocks_context):
    (found,) = run_rule("GB-03-title-doc-type", blocks_context(notice(title="长江区政务公开工作管理办法")))
    assert found.severity is Severity.INFO and "印发" in found.message_zh


# -- GB-04 主送机关 colon ------------------------------------------------------------------------------------


def test_a_full_width_colon_passes(file_context, corpus):
    assert run_rule("GB-04-recipients-colon", file_context(corpus / "d002.docx")) == []


def test_a_half_width_colon_is_a_warning_at_the_printed_line(blocks_context):
    (found,) = run_rule(
        "GB-04-recipients-colon", blocks_context(notice(recipients="各街道办事处，区政府各部门:"))
    )
    assert found.severity is Severity.WARN
    assert (found.location.field, found.location.block) == ("recipients", 3)
    assert "半角" in found.message_zh and "：" in found.fix


# -- GB-05 附件说明 ↔ 附件 ------------------------------------------------------------------------------------

D055_ATTACHMENTS = (
    "申请公共租赁住房保障家庭收入及财产限额",
    "住房租赁补贴标准",
    "政府公共租赁住房分档租金标准",
)


def test_listed_attachments_that_are_not_there_are_each_named(file_context, corpus):
    found = run_rule("GB-05-attachment-titles", file_context(corpus / "d055.docx"))
    assert [f.matched for f in found] == list(D055_ATTACHMENTS)
    assert all(f.severity is Severity.WARN and f.location.field == "attachments" for f in found)
    assert "住房租赁补贴标准" in found[1].message_zh and found[1].location.block == 41


def test_attachments_imported_as_separate_files_match(file_context, corpus, tmp_path):
    media = tuple(
        (f"附件{i}：{name}.xlsx", tmp_path / f"{i}.xlsx") for i, name in enumerate(D055_ATTACHMENTS, 1)
    )
    assert run_rule("GB-05-attachment-titles", file_context(corpus / "d055.docx", media=media)) == []


def test_attachments_printed_after_the_date_match(blocks_context):
    doc = notice(
        "现将有关事项通知如下。",
        "附件：1．长江区政务公开事项目录",
        "2．长江区政务公开工作联系人名单",
        after=[("附件1", LEFT), ("长江区政务公开事项目录", TITLE), ("一、基础信息", BODY),
               ("附件2", LEFT), ("长江区政务公开工作", TITLE), ("联系人名单", TITLE)],
    )  # fmt: skip
    ctx = blocks_context(doc)
    assert ctx.fields.attachments == ("长江区政务公开事项目录", "长江区政务公开工作联系人名单")
    assert run_rule("GB-05-attachment-titles", ctx) == []


def test_a_notice_that_issues_an_enclosed_document_needs_no_attachment_note(blocks_context):
    doc = notice(
        "《长江区政务公开工作管理办法》已经区政府同意，现印发给你们，请认真贯彻执行。",
        title="长江区人民政府办公室关于印发《长江区政务公开工作管理办法》的通知",
        after=[("长江区政务公开工作管理办法", TITLE), ("第一条　为规范政务公开工作，制定本办法。", BODY)],
    )
    assert run_rule("GB-05-attachment-titles", blocks_context(doc)) == []


# -- GB-06 … GB-09 from .docx page and style facts ---------------------------------------------------------


def letter_docx(path: Path) -> Path:
    """A draft typed in an unconfigured Word: Letter paper, 2.54 cm margins, Calibri 11 pt."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.top_margin = section.bottom_margin = section.left_margin = section.right_margin = Cm(2.54)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(11)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Calibri")
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("长江区人民政府办公室关于做好2024年政务公开工作的通知").font.size = Pt(14)
    doc.add_paragraph("各街道办事处，区政府各部门：")
    for text in ("为做好全区政务公开工作，现将有关事项通知如下。", "各单位要明确分管负责同志，保证人员力量。",
                 "发布的政策文件要素需齐全，严格执行先审后发制度。"):  # fmt: skip
        doc.add_paragraph(text)
    for text in ("长江区人民政府办公室", "2024年6月4日"):
        doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)
    return path


@pytest.fixture
def letter(file_context, tmp_path):
    return file_context(letter_docx(tmp_path / "draft.docx"))


@pytest.mark.parametrize(
    "rule_id", ["GB-06-page-size", "GB-07-margins", "GB-08-body-type", "GB-09-title-size"]
)
@pytest.mark.parametrize("name", ["d002.docx", "d055.docx", "d004.docx"])  # 仿宋 and 仿宋_GB2312 files
def test_rendered_gbt_docx_files_pass_the_layout_rules(file_context, corpus, rule_id, name):
    assert run_rule(rule_id, file_context(corpus / name)) == []


def test_letter_paper_is_flagged(letter):
    (found,) = run_rule("GB-06-page-size", letter)
    assert found.severity is Severity.WARN
    assert "215.9×279.4毫米" in found.message_zh and "Letter" in found.message_zh and "A4" in found.message_zh


def test_word_default_margins_are_flagged_top_and_left(letter):
    found = {f.matched.split(":")[0]: f for f in run_rule("GB-07-margins", letter)}
    assert set(found) == {"top", "left"}
    assert "25.4毫米" in found["top"].message_zh and "37毫米" in found["top"].message_zh
    assert "28毫米" in found["left"].message_zh


def test_margins_follow_the_settings(letter):
    from checks.settings import CheckSettings

    assert run_rule("GB-07-margins", letter, CheckSettings(margin_top_mm=25.4, margin_left_mm=25.4)) == []


def test_a_calibri_11pt_body_is_flagged_at_its_first_paragraph(letter):
    found = {f.matched.split(":")[0]: f for f in run_rule("GB-08-body-type", letter)}
    assert set(found) == {"font", "size"}
    assert "Calibri" in found["font"].message_zh and "仿宋" in found["font"].message_zh
    assert "11磅" in found["size"].message_zh and "三号" in found["size"].message_zh
    assert found["font"].location.block == 2  # the first 正文 paragraph, after the 主送


def test_a_few_odd_runs_do_not_outvote_the_body(blocks_context):
    fangsong, odd = (
        dataclasses.replace(BODY, font="仿宋_GB2312"),
        dataclasses.replace(BODY, font="宋体", size=14),
    )
    doc = notice(("第一段正文内容。", fangsong), ("第二段正文内容。", odd), ("第三段正文内容。", fangsong))
    assert run_rule("GB-08-body-type", blocks_context(doc)) == []
    doc = notice(("第一段正文内容。", fangsong), ("第二段正文内容。", odd), ("第三段正文内容。", odd))
    found = {f.matched.split(":")[0]: f for f in run_rule("GB-08-body-type", blocks_context(doc))}
    assert set(found) == {"font", "size"} and found["font"].location.block == 5  # the first 宋体 paragraph


def test_a_14pt_title_is_flagged(letter):
    (found,) = run_rule("GB-09-title-size", letter)
    assert found.location.field == "title" and found.location.block == 0
    assert "14磅" in found.message_zh and "二号" in found.message_zh


def test_layout_rules_stay_silent_without_a_docx(file_context, corpus):
    ctx = file_context(corpus / "d003.pdf")
    for rule_id in ("GB-06-page-size", "GB-07-margins", "GB-08-body-type", "GB-09-title-size"):
        assert run_rule(rule_id, ctx) == []


def test_the_layout_reader_counts_the_gutter_and_refuses_non_word_files(tmp_path, corpus):
    # imported here: importing a rule module before the catalogue loads them all would leave the others out
    from checks import catalogue

    catalogue.rules()
    from checks.rules import docx_layout

    path = letter_docx(tmp_path / "gutter.docx")
    with zipfile.ZipFile(path) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    xml = parts["word/document.xml"].decode()
    parts["word/document.xml"] = xml.replace('w:gutter="0"', 'w:gutter="567"').encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    (section,) = docx_layout.sections(path)
    assert round(section.left or 0, 1) == 35.4  # 25.4 mm + a 1 cm gutter
    assert docx_layout.is_docx(path) and not docx_layout.is_docx(corpus / "d003.pdf")
    assert docx_layout.sections(corpus / "d003.pdf") is None


# -- GB-10 heading levels ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["d055.docx", "d016.docx", "d069.docx", "d008.docx"])
def test_conformant_outlines_pass(file_context, corpus, name):
    # d016: （一）…（二十五） numbered on across 一、…; d069: 1.…17. likewise; d008: （一）（二） list after “委员：”
    assert run_rule("GB-10-heading-order", file_context(corpus / name)) == []


def test_a_skipped_numeral_is_named(blocks_context):
    doc = notice("一、加强组织领导。", "二、规范信息发布。", "四、强化保密审查。")
    (found,) = run_rule("GB-10-heading-order", blocks_context(doc))
    assert found.severity is Severity.WARN
    assert "四、强化保密审查" in found.message_zh and "三、" in found.message_zh
    assert found.location.block == 6


def test_a_second_level_before_any_first_level_is_named(blocks_context):
    doc = notice("为做好全区政务公开工作，提出如下要求。", "（一）加强组织领导。", "（二）规范信息发布。")
    (found,) = run_rule("GB-10-heading-order", blocks_context(doc))
    assert "（一）加强组织领导" in found.message_zh and "一、" in found.message_zh
    assert found.location.block == 5


def test_a_skipped_second_level_under_a_first_level_is_named(blocks_context):
    doc = notice("一、加强组织领导。", "（一）明确分管负责同志。", "（三）保证人员力量。")
    (found,) = run_rule("GB-10-heading-order", blocks_context(doc))
    assert "（三）保证人员力量" in found.message_zh and "（二）" in found.message_zh


def test_the_attachment_note_and_an_enclosed_measure_start_afresh(blocks_context):
    doc = notice(
        "一、加强组织领导。",
        "二、规范信息发布。",
        "附件：1．长江区政务公开事项目录",
        "2．长江区政务公开工作联系人名单",
        after=[("附件1", LEFT), ("长江区政务公开事项目录", TITLE), ("一、基础信息", BODY), ("二、政策文件", BODY),
               ("附件2", LEFT), ("长江区政务公开工作联系人名单", TITLE), ("一、区直部门", BODY)],
    )  # fmt: skip
    assert run_rule("GB-10-heading-order", blocks_context(doc)) == []
