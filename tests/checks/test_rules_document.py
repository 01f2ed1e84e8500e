"""政务公开 document rules: five elements, 有效性/有效期 (规范性文件), 公开属性 — on real corpus files
(which must pass what they satisfy) and on documents built block by block (which must fail)."""

import dataclasses
import datetime as dt

import pytest

from policy.findings import Severity
from tests.checks.conftest import run_rule
from tests.extractors.test_metadata_layouts import BODY, LEFT, NUMBER, RED, SIGN, TITLE, build


def notice(number="长府办发〔2024〕7号", title="长江区人民政府办公室关于做好政务公开工作的通知", body=None,
           date="2024年6月4日", note="（此件公开发布）"):  # fmt: skip
    lines = [("长江区人民政府办公室文件", RED)]
    if number:
        lines.append((number, NUMBER))
    lines += [(title, TITLE), ("各街道办事处，区政府各部门：", LEFT)]
    lines += [
        (text, BODY) for text in (body or ["为做好全区政务公开工作，现将有关事项通知如下，请认真贯彻执行。"])
    ]
    lines += [("长江区人民政府办公室", SIGN)]
    if date:
        lines.append((date, SIGN))
    if note:
        lines.append((note, BODY))
    return build(*lines)


def with_fields(ctx, **values):
    return dataclasses.replace(ctx, fields=dataclasses.replace(ctx.fields, **values))


# -- GK-01 five elements ---------------------------------------------------------------------------


def test_a_gbt_conformant_notice_has_all_five_elements(file_context, corpus):
    assert run_rule("GK-01-five-elements", file_context(corpus / "d002.docx")) == []


def test_a_notice_without_a_doc_number_is_blocked_and_says_why(blocks_context):
    (found,) = run_rule("GK-01-five-elements", blocks_context(notice(number=None)))
    assert found.severity is Severity.BLOCK
    assert found.location.field == "doc_number"
    assert "文号" in found.message_zh and "检索" in found.message_zh
    assert found.citation.startswith("《长江区2024年政务公开工作要点》")


@pytest.mark.parametrize("kind", ["公告", "通告", "函"])
def test_a_gonggao_tonggao_or_han_without_a_doc_number_is_a_warning_not_silence(blocks_context, kind):
    title = f"长江区人民政府办公室关于调整办事大厅开放时间的{kind}"
    (found,) = run_rule("GK-01-five-elements", blocks_context(notice(number=None, title=title)))
    assert found.severity is Severity.WARN
    assert kind in found.message_zh and "确认" in found.message_zh


def test_missing_date_issuer_and_body_are_each_named(blocks_context):
    doc = build(("长江区人民政府办公室关于做好政务公开工作的通知", TITLE))
    ctx = blocks_context(doc)
    found = {f.location.field or "正文": f for f in run_rule("GK-01-five-elements", ctx)}
    assert set(found) == {"doc_number", "date", "issuers", "正文"}
    assert all(f.severity is Severity.BLOCK for f in found.values())
    assert "发文时间" in found["date"].message_zh
    assert "发文机关" in found["issuers"].message_zh
    assert "正文" in found["正文"].message_zh


# -- GK-02 有效性 or 有效期 marked --------------------------------------------------------------------


def test_a_document_that_states_its_term_is_marked(file_context, corpus):
    # 穗建规字〔2024〕5号: “本通知自2024年3月4日起施行，有效期5年。”
    assert run_rule("GK-02-validity-marked", file_context(corpus / "d055.docx")) == []


def test_the_clerks_validity_value_marks_it(file_context, corpus):
    ctx = with_fields(file_context(corpus / "d002.docx"), validity="有效")
    assert run_rule("GK-02-validity-marked", ctx) == []


def test_neither_text_nor_clerk_marking_validity_blocks(file_context, corpus):
    (found,) = run_rule("GK-02-validity-marked", file_context(corpus / "d002.docx"))
    assert found.severity is Severity.BLOCK
    assert found.location.field == "validity"
    assert "有效性" in found.message_zh and "有效期" in found.message_zh


def test_validity_wording_in_the_text_counts(blocks_context):
    doc = notice(body=["为做好全区政务公开工作，制定本通知。", "本通知自印发之日起施行，有效期3年。"])
    assert run_rule("GK-02-validity-marked", blocks_context(doc)) == []


# -- GK-03 规范性文件: 施行日期 and 有效期 ------------------------------------------------------------


def test_a_normative_document_that_states_both_passes(file_context, corpus):
    assert run_rule("GK-03-normative-term", file_context(corpus / "d055.docx")) == []


def test_an_ordinary_notice_is_not_held_to_the_normative_rule(file_context, corpus):
    assert run_rule("GK-03-normative-term", file_context(corpus / "d002.docx")) == []


def test_a_gui_number_without_effective_date_or_term_gets_two_warnings(blocks_context):
    ctx = blocks_context(notice(number="长建规字〔2024〕3号"), today=dt.date(2024, 7, 1))
    found = {f.location.field: f for f in run_rule("GK-03-normative-term", ctx)}
    assert set(found) == {"effective_date", "expiry_date"}
    assert all(f.severity is Severity.WARN for f in found.values())
    assert "长建规字〔2024〕3号" in found["effective_date"].message_zh
    # the default term is worked out from the 成文日期: 5 years
    assert "默认5年" in found["expiry_date"].message_zh and "2029年6月3日" in found["expiry_date"].message_zh


def test_a_provisional_measure_defaults_to_two_years(blocks_context):
    title = "长江区人民政府办公室关于印发《长江区政务公开暂行办法》的通知"
    ctx = blocks_context(notice(title=title))
    (found,) = [f for f in run_rule("GK-03-normative-term", ctx) if f.location.field == "expiry_date"]
    assert "暂行/试行默认2年" in found.message_zh and "2026年6月3日" in found.message_zh
    assert "办法" in found.message_zh  # why it counts as a 规范性文件


def test_the_default_terms_come_from_settings(blocks_context):
    from checks.settings import CheckSettings

    ctx = blocks_context(notice(number="长建规字〔2024〕3号"))
    found = run_rule("GK-03-normative-term", ctx, CheckSettings(validity_years=3))
    assert any("默认3年" in f.message_zh and "2027年6月3日" in f.message_zh for f in found)


def test_a_registration_number_makes_it_normative(blocks_context):
    ctx = blocks_context(notice())
    ctx = with_fields(ctx, registration_number="CJGS-2024-3")
    found = run_rule("GK-03-normative-term", ctx)
    assert found and "CJGS-2024-3" in found[0].message_zh


# -- GK-04 still in force ------------------------------------------------------------------------------


def test_a_normative_notice_past_its_one_year_term_is_blocked(file_context, corpus):
    # 穗民规字〔2025〕2号, dated 2025-05-30: “本通知有效期1年。”
    ctx = file_context(corpus / "d011.docx", today=dt.date(2026, 11, 26))
    (found,) = run_rule("GK-04-expired", ctx)
    assert found.severity is Severity.BLOCK
    assert "2026年5月30日失效" in found.message_zh and "有效期1年" in found.message_zh
    assert found.location.field == "validity_years" and found.location.block == 20


def test_the_same_notice_within_its_term_passes(file_context, corpus):
    assert run_rule("GK-04-expired", file_context(corpus / "d011.docx", today=dt.date(2025, 6, 15))) == []


def test_a_five_year_term_from_the_effective_date_is_still_running(file_context, corpus):
    ctx = file_context(corpus / "d055.docx", today=dt.date(2026, 11, 26))
    assert run_rule("GK-04-expired", ctx) == []


def test_an_unstated_term_is_computed_with_the_default(blocks_context):
    doc = notice(number="长建规字〔2019〕3号", date="2019年6月4日")
    (found,) = run_rule("GK-04-expired", blocks_context(doc, today=dt.date(2024, 6, 4)))
    assert "2024年6月4日失效" in found.message_zh and "默认5年" in found.message_zh
    assert run_rule("GK-04-expired", blocks_context(doc, today=dt.date(2024, 6, 3))) == []


def test_a_stated_expiry_date_in_the_past_blocks_any_document(blocks_context):
    doc = notice(
        body=["为做好全区政务公开工作，制定本通知。", "本通知自2020年1月1日起施行，有效期至2022年12月31日。"]
    )
    (found,) = run_rule("GK-04-expired", blocks_context(doc, today=dt.date(2024, 7, 1)))
    assert "2023年1月1日失效" in found.message_zh and found.location.field == "expiry_date"


# -- GK-05 公开属性 decided, GK-06 not for the site -------------------------------------------------------


def test_a_document_whose_note_says_it_is_public_is_decided(file_context, corpus):
    assert run_rule("GK-05-disclosure-decided", file_context(corpus / "d002.docx")) == []


def test_an_older_document_without_a_note_is_undecided(file_context, corpus):
    (found,) = run_rule("GK-05-disclosure-decided", file_context(corpus / "d044.docx"))
    assert found.severity is Severity.BLOCK and found.location.field == "disclosure"
    assert "公开属性" in found.message_zh


@pytest.mark.parametrize("value", ["依申请公开", "不予公开"])
def test_withholding_needs_a_reason(file_context, corpus, value):
    ctx = with_fields(file_context(corpus / "d002.docx"), disclosure=value)
    (found,) = run_rule("GK-05-disclosure-decided", ctx)
    assert found.severity is Severity.BLOCK and value in found.message_zh and "理由" in found.message_zh
    reasoned = dataclasses.replace(ctx, details={"disclosure_reason": "涉及第三方商业秘密（条例第十五条）"})
    assert run_rule("GK-05-disclosure-decided", reasoned) == []


@pytest.mark.parametrize("value", ["依申请公开", "不予公开"])
def test_withheld_documents_never_go_to_the_site(file_context, corpus, value):
    ctx = with_fields(file_context(corpus / "d002.docx"), disclosure=value)
    ctx = dataclasses.replace(ctx, details={"disclosure_reason": "涉及个人隐私"})
    (found,) = run_rule("GK-06-disclosure-not-for-site", ctx)
    assert (
        found.severity is Severity.BLOCK and value in found.message_zh and "不会打包上网" in found.message_zh
    )


def test_a_public_document_goes_to_the_site(file_context, corpus):
    assert run_rule("GK-06-disclosure-not-for-site", file_context(corpus / "d002.docx")) == []
