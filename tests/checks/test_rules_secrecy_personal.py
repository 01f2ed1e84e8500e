"""保密 marks and personal data: each rule fires where a reviewer would stop, and stays quiet on the
words and numbers that only look alike (商业秘密 in a sentence, a 文号, a hotline, a wrong check digit)."""

import dataclasses

import pytest

from policy.document import Block, BlockKind, ParsedDocument, Style
from policy.findings import Severity
from policy.interpretation import Element, Form, FormKind, Interpretation, Section
from tests.checks.conftest import run_rule
from tests.extractors.test_metadata_layouts import BODY, LEFT, NUMBER, RED, SIGN, TITLE, build

ID = "360102198503041231"
CARD = "6222022914177763174"
USCC = "91350100M000100Y43"


def notice(*body, head=()):
    return build(
        *head,
        ("长江区人民政府办公室文件", RED),
        ("长府办发〔2024〕7号", NUMBER),
        ("长江区人民政府办公室关于做好城乡低保工作的通知", TITLE),
        ("各街道办事处，区政府各部门：", LEFT),
        *((text, BODY) for text in (body or ("为做好全区城乡低保工作，现将有关事项通知如下。",))),
        ("长江区人民政府办公室", SIGN),
        ("2024年6月4日", SIGN),
        ("（此件公开发布）", BODY),
    )


def with_blocks(document, *extra):
    """The document with extra blocks (table cells, headers) appended: (text, kind, cell)."""
    blocks = list(document.blocks)
    for text, kind, cell in extra:
        blocks.append(Block(len(blocks), text, kind, Style(size=16), 1, cell))
    return ParsedDocument(document.source, document.format, tuple(blocks))


def block_of(document, text):
    return next(b.index for b in document.blocks if text in b.text)


# -- BM-01 密级 marks ------------------------------------------------------------------------------


def test_a_classification_mark_in_the_head_blocks_at_the_field(blocks_context):
    doc = notice(head=(("000123", LEFT), ("秘密★1年", LEFT)))
    ctx = blocks_context(doc)
    (f,) = run_rule("BM-01-classification-mark", ctx)
    assert f.severity is Severity.BLOCK and "秘密★1年" in f.message_zh
    assert f.location.field == "classification" and f.location.block == block_of(doc, "秘密★1年")


def test_marks_in_headers_tables_and_the_interpretation_block(blocks_context):
    doc = with_blocks(
        notice(), ("机密★5年", BlockKind.HEADER, None), ("密级：绝密", BlockKind.TABLE_CELL, (1, 0, 1))
    )
    interp = Interpretation(
        "关于《通知》的解读", sections=(Section(Element.BACKGROUND, "秘密★启用前\n背景。"),)
    )
    found = run_rule("BM-01-classification-mark", blocks_context(doc, interpretation=interp))
    assert {f.matched: f.location.describe() for f in found} == {
        "机密★5年": f"第1页 第{block_of(doc, '机密') + 1}段",
        "绝密": f"第1页 第{block_of(doc, '绝密') + 1}段",
        "秘密★启用前": "字段“解读”",
    }
    assert "页眉有密级标志“机密★5年”" in next(f.message_zh for f in found if f.matched == "机密★5年")


@pytest.mark.parametrize(
    "sentence",
    [
        "涉及国家秘密、商业秘密、个人隐私的信息不予公开。",
        "严禁在互联网上处理国家秘密和工作秘密。",
        "对标注“秘密★1年”等密级的文件，不得公开发布。",
        "依照《中华人民共和国保守国家秘密法》做好保密审查。",
        "加强机密性、完整性保护，做好“内部资料”“不得外传”材料的管理。",
        "各单位要注意保密工作，不得将内部资料上传互联网。",
        "（涉及工作秘密的除外）",
    ],
)
def test_secrecy_words_inside_sentences_are_no_mark(blocks_context, sentence):
    ctx = blocks_context(notice(sentence))
    assert run_rule("BM-01-classification-mark", ctx) == []
    assert run_rule("BM-02-restricted-notice", ctx) == []


def test_a_classification_field_of_none_is_no_mark(blocks_context):
    ctx = blocks_context(notice())
    for value in ("无", "非涉密", None):
        changed = dataclasses.replace(ctx, fields=dataclasses.replace(ctx.fields, classification=value))
        assert run_rule("BM-01-classification-mark", changed) == []


# -- BM-02 内部资料 / 不得外传 / 工作秘密 ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["内部资料  注意保存", "（内部资料，不得外传）", "工作秘密", "此件不得外传", "注意保密"]
)
def test_restricted_notices_block(blocks_context, line):
    doc = notice(head=((line, LEFT),))
    (f,) = run_rule("BM-02-restricted-notice", blocks_context(doc))
    assert f.severity is Severity.BLOCK and f.location.block == block_of(doc, line)
    assert f"“{f.matched}”" in f.message_zh and f.matched.replace(" ", "") in line.replace(" ", "")


def test_a_bracketed_notice_inside_a_paragraph_and_a_footer_notice(blocks_context):
    doc = with_blocks(
        notice("现将有关材料（此件不得外传）印发给你们。"), ("内部资料", BlockKind.FOOTER, None)
    )
    found = run_rule("BM-02-restricted-notice", blocks_context(doc))
    assert sorted(f.matched for f in found) == ["内部资料", "此件不得外传"]
    assert any(f.message_zh.startswith("页脚") for f in found)


# -- BM-03 身份证号 ---------------------------------------------------------------------------------


def test_an_id_number_in_the_body_blocks_with_its_masked_form_and_context(blocks_context):
    doc = notice(f"经审核，张三（身份证号{ID}）符合低保条件。")
    (f,) = run_rule("BM-03-id-number", blocks_context(doc))
    assert f.severity is Severity.BLOCK
    assert f.matched == "身份证号:3601**********1231" and ID not in f.message_zh
    assert "3601**********1231（18位，校验位正确）" in f.message_zh and "张三（身份证号3601" in f.message_zh
    start = doc.blocks[f.location.block].text.index(ID)
    assert f.location.block == block_of(doc, "张三") and f.location.span == (start, start + 18)


def test_id_numbers_in_tables_headers_fields_and_the_interpretation(blocks_context):
    doc = with_blocks(
        notice(),
        ("姓名", BlockKind.TABLE_CELL, (1, 0, 0)), ("身份证号", BlockKind.TABLE_CELL, (1, 0, 1)),
        ("张三", BlockKind.TABLE_CELL, (1, 1, 0)), (ID, BlockKind.TABLE_CELL, (1, 1, 1)),
        ("经办人 440106199001010515", BlockKind.HEADER, None),
    )  # fmt: skip
    interp = Interpretation(
        "解读",
        sections=(Section(Element.SCOPE, "适用对象如李四（11010519491231002X）等。"),),
        forms=(Form(FormKind.QA, text="问：王五 360102850304123 能否申请？"),),
    )
    ctx = blocks_context(doc, interpretation=interp)
    ctx = dataclasses.replace(ctx, fields=dataclasses.replace(ctx.fields, cc="赵六110105196005120045"))
    places = {f.matched.split(":")[1]: f.message_zh.split("含")[0] for f in run_rule("BM-03-id-number", ctx)}
    assert places == {
        "3601**********1231": "表格1第2行",
        "4401**********0515": "页眉",
        "1101**********002X": "解读·涉及范围",
        "3601*******4123": "解读·形式·简明问答",
        "1101**********0045": "字段“抄送机关”",
    }


def test_the_same_id_twice_is_one_finding_naming_both_places(blocks_context):
    doc = notice(f"张三，身份证号{ID}。", "无关段落。", f"再次核对{ID}。")
    (f,) = run_rule("BM-03-id-number", blocks_context(doc))
    assert f"另见第{block_of(doc, '再次') + 1}段，共2处" in f.message_zh


def test_the_finding_id_survives_an_unrelated_edit_above(blocks_context):
    before = run_rule("BM-03-id-number", blocks_context(notice(f"张三，身份证号{ID}。")))
    after = run_rule("BM-03-id-number", blocks_context(notice("新增的一段说明。", f"张三，身份证号{ID}。")))
    assert [f.id for f in before] == [f.id for f in after]


@pytest.mark.parametrize(
    "text",
    [
        f"张三，身份证号{ID[:17]}2。",  # wrong check digit
        "李四，身份证号360102198502301233。",  # 30 February
        f"依据长府办发〔2024〕7号和规范性文件登记号{ID}办理。",
        f"订单号：{ID}；统计时段20240101—20241231。",
    ],
)
def test_numbers_that_only_look_like_ids_do_not_fire(blocks_context, text):
    assert run_rule("BM-03-id-number", blocks_context(notice(text))) == []


def test_an_exam_ticket_column_is_not_read_as_ids(blocks_context):
    doc = with_blocks(
        notice(), ("准考证号", BlockKind.TABLE_CELL, (1, 0, 0)), (ID, BlockKind.TABLE_CELL, (1, 1, 0))
    )
    assert run_rule("BM-03-id-number", blocks_context(doc)) == []


# -- BM-04 bank cards ------------------------------------------------------------------------------


def test_a_bank_card_number_blocks(blocks_context):
    (f,) = run_rule("BM-04-bank-card", blocks_context(notice(f"补贴发放至张三本人银行卡，卡号{CARD}。")))
    assert f.severity is Severity.BLOCK and "6222***********3174（19位，紧随“卡号”）" in f.message_zh
    assert f.matched == "银行卡号:6222***********3174"


def test_a_card_number_failing_luhn_and_a_hotline_do_not_fire(blocks_context):
    ctx = blocks_context(notice(f"卡号{CARD[:-1]}5；客服电话95588；服务热线400-820-8820。"))
    assert run_rule("BM-04-bank-card", ctx) == []


# -- BM-05 mobiles --------------------------------------------------------------------------------


def test_a_mobile_in_an_official_contact_line_warns_and_says_so(blocks_context):
    (f,) = run_rule(
        "BM-05-mobile-number", blocks_context(notice("意见反馈联系人：张三，联系电话：13812345678。"))
    )
    assert f.severity is Severity.WARN and "138****5678 在公开联系方式（“联系电话”）中" in f.message_zh


def test_a_mobile_in_the_consultation_details_is_found(blocks_context):
    details = {"channel": "电话反馈：联系人张三，联系电话13812345678", "participation": [{"summary": "无"}]}
    (f,) = run_rule("BM-05-mobile-number", blocks_context(notice(), details=details))
    assert f.location.field == "details.channel" and f.message_zh.startswith(
        "详情·反馈渠道的手机号 138****5678"
    )


def test_a_mobile_in_a_list_of_persons_is_called_private(blocks_context):
    doc = with_blocks(
        notice(),
        ("姓名", BlockKind.TABLE_CELL, (1, 0, 0)), ("联系电话", BlockKind.TABLE_CELL, (1, 0, 1)),
        ("王小明", BlockKind.TABLE_CELL, (1, 1, 0)), ("139 1234 5678", BlockKind.TABLE_CELL, (1, 1, 1)),
    )  # fmt: skip
    (f,) = run_rule("BM-05-mobile-number", blocks_context(doc))
    assert "139****5678 紧邻个人信息（人员名单，表头有“姓名”），疑似私人号码" in f.message_zh
    assert f.location.block == block_of(doc, "139 1234")


def test_landlines_and_hotlines_are_not_mobiles(blocks_context):
    ctx = blocks_context(notice("咨询电话：0798-8221234；监督电话：12345；办公电话020-83123456。"))
    assert run_rule("BM-05-mobile-number", ctx) == []


# -- BM-06 credit codes ---------------------------------------------------------------------------


def test_a_credit_code_is_a_note(blocks_context):
    (f,) = run_rule(
        "BM-06-credit-code",
        blocks_context(notice(f"申请单位：长江区惠民物业服务中心（统一社会信用代码：{USCC}）。")),
    )
    assert f.severity is Severity.INFO and "9135**********0Y43（校验位正确）" in f.message_zh


def test_a_credit_code_inside_an_index_number_or_with_a_wrong_check_is_not_noted(blocks_context):
    ctx = blocks_context(notice(f"索引号：{USCC}/2024-00012。", f"统一社会信用代码：{USCC[:17]}4。"))
    ctx = dataclasses.replace(ctx, fields=dataclasses.replace(ctx.fields, index_number=f"{USCC}/2024-00012"))
    assert run_rule("BM-06-credit-code", ctx) == []


# -- real files ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["d006.docx", "d009.docx"])
def test_corpus_files_that_talk_about_secrets_have_no_marks_and_no_personal_data(file_context, corpus, name):
    ctx = file_context(corpus / name)  # 涉及国家秘密、商业秘密、个人隐私… in sentences
    for rule_id in ("BM-01-classification-mark", "BM-02-restricted-notice", "BM-03-id-number", "BM-04-bank-card",
                    "BM-05-mobile-number", "BM-06-credit-code"):  # fmt: skip
        assert run_rule(rule_id, ctx) == [], rule_id
