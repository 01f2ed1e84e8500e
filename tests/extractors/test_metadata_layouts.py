"""Layouts the dev corpus does not show, built block by block as a reader would deliver them.

Each test is one real-world arrangement of GB/T 9704 elements; the expected values are what a
clerk reads off the page.
"""

import datetime as dt

import pytest

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


def test_letter_format_puts_copy_number_on_the_number_line_and_urgency_under_it():
    doc = build(
        ("国务院办公厅", RED),
        ("000068\t国办函〔2004〕36号", LEFT),
        ("特急", LEFT),
        ("国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函", TITLE),
        ("黑龙江省人民政府：", LEFT),
        ("同意以哈尔滨市名义申办。", BODY),
        ("国务院办公厅", SIGN),
        ("2004年4月27日", SIGN),
    )
    f = extract(doc).fields
    assert (f.doc_number, f.copy_number, f.urgency) == ("国办函〔2004〕36号", "000068", "特急")
    assert f.issuer_mark == "国务院办公厅" and f.doc_type == "函" and f.recipients == "黑龙江省人民政府"


def test_three_signers_on_two_lines_with_the_number_on_the_last():
    """GB/T 9704 §7.2.6: two names a line, the 文号 on the line of the last 签发人; '周　济' is one name."""
    doc = build(
        ("教育部", RED),
        ("文件", RED),
        ("外交部", RED),
        ("财政部", RED),
        ("签发人：周　济　李肇星", SIGN),
        ("教外际〔2004〕14号        金人庆", LEFT),
        ("教育部　外交部　财政部关于申请举办世界大学生冬季运动会的请示", TITLE),
        ("国务院：", LEFT),
        ("妥否，请批示。", BODY),
        ("教育部", SIGN),
        ("外交部", SIGN),
        ("财政部", SIGN),
        ("2004年3月20日", SIGN),
    )
    f = extract(doc).fields
    assert f.doc_number == "教外际〔2004〕14号"
    assert f.signer == "周济 李肇星 金人庆"
    assert f.issuer_mark == "教育部、外交部、财政部文件"
    assert f.issuers == ("教育部", "外交部", "财政部")


def test_body_sentence_ending_with_a_colon_is_not_the_recipients():
    doc = build(
        ("广州市民政局2025年社会救助标准公示公告", TITLE),
        ("经市人民政府同意，现将我市2025年社会救助标准公告如下：", BODY),
        ("特此公告。", BODY),
        ("广州市民政局", SIGN),
        ("2025年5月30日", SIGN),
    )
    f = extract(doc).fields
    assert f.recipients is None and f.doc_type == "公告"


def test_dates_in_a_data_table_are_not_the_date_of_the_document():
    cell = Style(size=12, align=Align.CENTER)
    blocks = [
        ("广州市民政局2025年社会救助标准公示公告", TITLE, None),
        ("现将标准公告如下：", BODY, None),
        ("城乡最低生活保障标准", cell, (0, 1, 0)),
        ("1309", cell, (0, 1, 1)),
        ("2025年1月1日", cell, (0, 1, 2)),
        ("广州市民政局", SIGN, None),
        ("2025年5月30日", SIGN, None),
    ]
    kinds = {None: BlockKind.PARAGRAPH}
    doc = ParsedDocument(
        "test",
        "docx",
        tuple(
            Block(i, text, kinds.get(where, BlockKind.TABLE_CELL), style, None, where)
            for i, (text, style, where) in enumerate(blocks)
        ),
    )
    f = extract(doc).fields
    assert f.date == dt.date(2025, 5, 30) and f.issuers == ("广州市民政局",)


def test_printer_and_print_date_in_two_cells_of_the_imprint_table():
    small = Style(size=14)
    doc = ParsedDocument(
        "test",
        "docx",
        (
            Block(0, "国务院办公厅关于开展政务公开检查的通知", BlockKind.PARAGRAPH, TITLE),
            Block(1, "现开展检查。", BlockKind.PARAGRAPH, BODY),
            Block(2, "国务院办公厅", BlockKind.PARAGRAPH, SIGN),
            Block(3, "2004年1月16日", BlockKind.PARAGRAPH, SIGN),
            Block(
                4, "抄送：党中央各部门，全国人大常委会办公厅。", BlockKind.TABLE_CELL, small, None, (0, 0, 0)
            ),
            Block(5, "国务院办公厅秘书局", BlockKind.TABLE_CELL, small, None, (0, 1, 0)),
            Block(6, "2004年1月18日印发", BlockKind.TABLE_CELL, small, None, (0, 1, 1)),
        ),
    )
    f = extract(doc).fields
    assert f.cc == "党中央各部门，全国人大常委会办公厅"
    assert (f.printer, f.print_date) == ("国务院办公厅秘书局", dt.date(2004, 1, 18))


def test_attachment_name_with_an_open_bracket_continues_on_the_next_line_of_plain_text():
    doc = build(
        ("关于印发工作要点的通知", Style()),
        ("各单位：", Style()),
        ("现将要点印发给你们。", Style()),
        ("附件：1．昌江区2024年政务公开工作要点", Style()),
        ("2．昌江区2024年政务公开重点任务分工表（按乡", Style()),
        ("镇、街道和区直部门分列）", Style()),
        ("昌江区人民政府办公室", Style()),
        ("2024年3月1日", Style()),
        fmt="txt",
    )
    f = extract(doc).fields
    assert f.attachments == (
        "昌江区2024年政务公开工作要点",
        "昌江区2024年政务公开重点任务分工表（按乡镇、街道和区直部门分列）",
    )
    assert f.issuers == ("昌江区人民政府办公室",)


def test_agencies_set_apart_by_one_space_on_the_signature_line():
    doc = build(
        ("关于将区政务服务管理局纳入政务公开网站管理的请示", TITLE),
        ("景德镇市人民政府办公室：", LEFT),
        ("妥否，请批示。", BODY),
        ("昌江区人民政府办公室　昌江区政务服务管理局", SIGN),
        ("2024年3月15日", SIGN),
        ("（此件公开发布，联系人：王芳）", BODY),
    )
    f = extract(doc).fields
    assert f.issuers == ("昌江区人民政府办公室", "昌江区政务服务管理局")
    assert f.disclosure == "主动公开"


@pytest.mark.parametrize(
    ("sentence", "effective", "expiry"),
    [
        ("本办法自2024年9月1日起施行，有效期至2029年8月31日。", dt.date(2024, 9, 1), dt.date(2029, 8, 31)),
        ("本办法自2024年9月1日施行。", dt.date(2024, 9, 1), None),
        (
            "本通知自2024年1月1日起正式实施，有效期为2024年1月1日至2026年12月31日。",
            dt.date(2024, 1, 1),
            dt.date(2026, 12, 31),
        ),
        ("本办法有效期5年，自2024年3月1日起至2029年2月28日止。", None, dt.date(2029, 2, 28)),
        ("本细则自发布之日起施行，有效期至2025年12月31日。", None, dt.date(2025, 12, 31)),
        ("本意见有效期为2024年3月1日。", None, None),
    ],
)
def test_validity_sentences(sentence, effective, expiry):
    doc = build(
        ("长江区民政局关于印发救助办法的通知", TITLE),
        ("各街道办事处：", LEFT),
        (sentence, BODY),
        ("长江区民政局", SIGN),
        ("2024年5月30日", SIGN),
    )
    f = extract(doc).fields
    assert (f.effective_date, f.expiry_date) == (effective, expiry)
