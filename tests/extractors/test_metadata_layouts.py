"""Layouts the dev corpus does not show, built block by block as a reader would deliver them.

Each test is one real-world arrangement of GB/T 9704 elements; the expected values are what a
clerk reads off the page.
"""

import datetime as dt

from extractors.metadata import extract
from policy.document import Align, Block, BlockKind, ParsedDocument, Style

RED = Style(size=36, color="FF0000", align=Align.CENTER)
NUMBER = Style(size=16, align=Align.CENTER)
TITLE = Style(size=22, align=Align.CENTER)
BODY = Style(size=16, align=Align.JUSTIFY, indent_first=32)
LEFT = Style(size=16, align=Align.LEFT)
SIGN = Style(size=16, align=Align.RIGHT)
SMALL = Style(size=14, align=Align.LEFT)


def build(*lines, fmt="docx"):
    blocks = []
    for item in lines:
        text, style = item[:2]
        kind = item[2] if len(item) > 2 else BlockKind.PARAGRAPH
        page = item[3] if len(item) > 3 else 1
        blocks.append(Block(len(blocks), text, kind, style, page))
    return ParsedDocument("test", fmt, tuple(blocks))


def test_notice_that_issues_an_enclosed_measure_keeps_its_own_title_date_and_attachments():
    doc = build(
        ("长江区人民政府办公室文件", RED),
        ("长府办发〔2024〕7号", NUMBER),
        ("长江区人民政府办公室关于印发《长江区政务公开", TITLE),
        ("工作管理办法》的通知", TITLE),
        ("各街道办事处，区政府各部门：", LEFT),
        ("《长江区政务公开工作管理办法》已经区政府同意，现印发给你们，请认真贯彻执行。", BODY),
        ("附件：长江区政务公开工作管理办法", BODY),
        ("长江区人民政府办公室", SIGN),
        ("2024年6月4日", SIGN),
        ("（此件公开发布）", BODY),
        ("附件", LEFT, BlockKind.PARAGRAPH, 2),
        ("长江区政务公开工作管理办法", TITLE, BlockKind.PARAGRAPH, 2),
        (
            "第一条　为规范政务公开工作，根据《中华人民共和国政府信息公开条例》，制定本办法。",
            BODY,
            BlockKind.PARAGRAPH,
            2,
        ),
        ("第二条　本办法适用于区政府各部门。", BODY, BlockKind.PARAGRAPH, 2),
        ("第三条　本办法自2024年7月1日起施行，有效期至2029年6月30日。", BODY, BlockKind.PARAGRAPH, 2),
        ("附件：1．政务公开申请表", BODY, BlockKind.PARAGRAPH, 2),
        ("2．政务公开目录", BODY, BlockKind.PARAGRAPH, 2),
        ("抄送：区委办公室，区人大常委会办公室。", SMALL, BlockKind.PARAGRAPH, 3),
        ("长江区人民政府办公室           2024年6月5日印发", SMALL, BlockKind.PARAGRAPH, 3),
    )
    meta = extract(doc)
    f = meta.fields
    assert f.title == "长江区人民政府办公室关于印发《长江区政务公开工作管理办法》的通知"
    assert f.date == dt.date(2024, 6, 4)
    assert f.attachments == ("长江区政务公开工作管理办法",)  # not the enclosed measure's own list
    assert f.issuers == ("长江区人民政府办公室",)
    assert f.effective_date == dt.date(2024, 7, 1)  # the enclosed measure's 施行日期 is the notice's
    assert f.expiry_date == dt.date(2029, 6, 30)
    assert f.disclosure == "主动公开"
    assert f.cc == "区委办公室，区人大常委会办公室"
    assert (f.printer, f.print_date) == ("长江区人民政府办公室", dt.date(2024, 6, 5))
    enclosed = meta.structure.enclosed
    assert enclosed is not None and enclosed.verb == "印发"
    assert enclosed.title == "长江区政务公开工作管理办法"
    assert enclosed.block == 11
    assert [c.number for c in meta.structure.clauses] == [1, 2, 3]
    assert any(c.normalized == "中华人民共和国政府信息公开条例" for c in meta.structure.citations)


def test_letter_format_has_the_number_on_the_right_and_no_wenjian():
    doc = build(
        ("长江区人民政府办公室", RED),
        ("长府办函〔2024〕12号", SIGN),
        ("长江区人民政府办公室关于同意设立长江区政务服务中心分中心的复函", TITLE),
        ("区政务服务管理局：", LEFT),
        ("你局《关于设立分中心的请示》（长政服〔2024〕3号）收悉。经研究，同意设立。", BODY),
        ("长江区人民政府办公室", SIGN),
        ("2024年5月8日", SIGN),
    )
    f = extract(doc).fields
    assert f.issuer_mark == "长江区人民政府办公室"
    assert f.doc_number == "长府办函〔2024〕12号"
    assert f.doc_type == "函"
    assert f.recipients == "区政务服务管理局"
    assert f.date == dt.date(2024, 5, 8)


def test_upward_document_with_signer_on_the_number_line():
    doc = build(
        ("长江区财政局文件", RED),
        ("长财文〔2024〕3号                    签发人：王小明", LEFT),
        ("长江区财政局关于申请追加预算的请示", TITLE),
        ("区人民政府：", LEFT),
        ("为保障重点项目实施，现申请追加预算。妥否，请批示。", BODY),
        ("长江区财政局", SIGN),
        ("2024年3月1日", SIGN),
    )
    f = extract(doc).fields
    assert f.doc_number == "长财文〔2024〕3号"
    assert f.signer == "王小明"
    assert f.doc_type == "请示"


def test_copy_number_classification_and_urgency_above_the_mark():
    doc = build(
        ("000123", LEFT),
        ("秘密★1年", LEFT),
        ("特急", LEFT),
        ("长江区人民政府文件", RED),
        ("长府发〔2024〕1号", NUMBER),
        ("长江区人民政府关于做好防汛工作的紧急通知", TITLE),
        ("各街道办事处：", LEFT),
        ("现就做好防汛工作通知如下。", BODY),
        ("长江区人民政府", SIGN),
        ("2024年6月20日", SIGN),
    )
    f = extract(doc).fields
    assert (f.copy_number, f.classification, f.urgency) == ("000123", "秘密★1年", "特急")
    assert f.issuer_mark == "长江区人民政府文件"
    assert f.doc_type == "通知"


def test_plain_text_draft_with_chinese_numeral_date_and_three_line_title():
    doc = build(
        ("长江区人民政府文件", Style()),
        ("长府发[2019]3号", Style()),
        ("长江区人民政府关于进一步加强和改进", Style()),
        ("全区城乡社区治理工作推动基层治理体系", Style()),
        ("和治理能力现代化的实施意见", Style()),
        ("各街道办事处，区政府各部门：", Style()),
        ("为贯彻落实国办发〔2017〕13号文件精神，提出以下意见。", Style()),
        ("长江区人民政府", Style()),
        ("二〇一九年一月二十二日", Style()),
        fmt="txt",
    )
    f = extract(doc).fields
    assert f.doc_number == "长府发[2019]3号"
    assert (
        f.title
        == "长江区人民政府关于进一步加强和改进全区城乡社区治理工作推动基层治理体系和治理能力现代化的实施意见"
    )
    assert f.doc_type == "意见"
    assert f.date == dt.date(2019, 1, 22)
    assert f.issuers == ("长江区人民政府",)


def test_joint_signature_on_one_line_and_document_without_a_head():
    doc = build(
        ("长江区财政局 长江区民政局关于发放2024年高龄津贴的通知", TITLE),
        ("各街道办事处：", LEFT),
        ("根据《长江区高龄津贴发放办法》（长财规〔2023〕2号），现就有关事项通知如下。", BODY),
        ("一、发放对象", BODY),
        ("本通知自印发之日起施行，有效期5年。", BODY),
        ("长江区财政局        长江区民政局", SIGN),
        ("2024年1月15日", SIGN),
    )
    meta = extract(doc)
    f = meta.fields
    assert f.doc_number is None  # the number in the body is cited, not the document's own
    assert f.issuer_mark is None
    assert f.issuers == ("长江区财政局", "长江区民政局")
    assert f.effective_date is None  # 自印发之日起 gives no date
    assert f.validity_years == 5 and f.expiry_date is None
    assert [c.normalized for c in meta.structure.citations if c.kind == "doc_number"] == ["长财规〔2023〕2号"]
    assert meta.structure.outline[0].marker == "一、"


def test_a_date_alone_at_the_end_gives_no_issuers_and_attachment_heading_is_not_title():
    doc = build(
        ("附件2", LEFT),
        ("长江区2024年度拟录用公务员名单", TITLE),
        ("经考试、考察和体检，拟录用以下人员。", BODY),
        ("2024年5月19日", SIGN),
    )
    f = extract(doc).fields
    assert f.title == "长江区2024年度拟录用公务员名单"
    assert f.doc_type is None
    assert f.issuers == ()
    assert f.date == dt.date(2024, 5, 19)


def test_imprint_across_a_page_break_is_joined():
    doc = build(
        ("长江区人民政府办公室文件", RED),
        ("长府办发〔2024〕9号", NUMBER),
        ("长江区人民政府办公室关于开展政务公开检查的通知", TITLE),
        ("各街道办事处：", LEFT),
        ("现开展检查。", BODY),
        ("长江区人民政府办公室", SIGN),
        ("2024年9月2日", SIGN),
        ("抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，", SMALL, BlockKind.PARAGRAPH, 2),
        ("区检察院。", SMALL, BlockKind.PARAGRAPH, 3),
        ("长江区人民政府办公室 2024年9月3日印发", SMALL, BlockKind.PARAGRAPH, 3),
    )
    f = extract(doc).fields
    assert f.cc == "区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院"
    assert f.print_date == dt.date(2024, 9, 3)


def test_partial_provisions_start_dates_are_not_the_effective_date():
    doc = build(
        ("长江区民政局关于调整救助标准的通知", TITLE),
        ("各街道办事处：", LEFT),
        ("（一）最低生活保障标准自2025年6月1日起按新标准执行。", BODY),
        ("长江区民政局", SIGN),
        ("2025年5月30日", SIGN),
    )
    assert extract(doc).fields.effective_date is None


def test_empty_document_gives_empty_metadata():
    f = extract(build()).fields
    assert f.title is None and f.issuers == () and f.attachments == ()
