"""The rules of the other kinds: 意见征集 (ZJ-*), 收费清单 (SF-*) and 重大行政决策 (JC-*), each made to
fire and kept quiet, on contexts built from the details a clerk enters."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
from pathlib import Path

import pytest

from checks import catalogue
from checks.context import CheckContext
from checks.settings import CheckSettings
from policy.findings import Severity
from policy.metadata import Fields
from policy.submission import Kind
from tests.checks.conftest import run_rule

COMPLETE = {
    "draft_title": "长江区老旧小区改造管理办法（征求意见稿）",
    "start_date": "2024-06-01",
    "end_date": "2024-07-01",
    "has_explanation": True,
    "channel": "电子邮箱 zjyj@changjiang.gov.cn；电话 0798-1234567",
    "result_text": "征求意见期间共收到意见3条，采纳2条，未采纳1条（理由：不属于本办法调整范围）。",
    "result_date": "2024-07-15",
    "opinion_count": 3,
}


def consultation(
    today=dt.date(2024, 8, 1), original=Path("征求意见稿.docx"), media=(), **details
) -> CheckContext:
    data = {k: v for k, v in {**COMPLETE, **details}.items() if v is not None}
    return CheckContext(kind=Kind.CONSULTATION, fields=Fields(title=COMPLETE["draft_title"]), details=data,
                        original=original, media=media, today=today)  # fmt: skip


def last_day_of_period(opened: dt.date, months: int) -> dt.date:
    catalogue.rules()  # every rule module loaded before one is imported by name
    return importlib.import_module("checks.rules.consultation").last_day_of_period(opened, months)


def test_a_complete_consultation_passes_every_zj_rule():
    assert [f for f in catalogue.run(consultation()) if f.rule_id.startswith("ZJ-")] == []


# ZJ-01 at least one calendar month, counted as the 民法典 counts


@pytest.mark.parametrize(
    "opened, last",
    [(dt.date(2024, 6, 1), dt.date(2024, 7, 1)), (dt.date(2024, 1, 31), dt.date(2024, 2, 29)),
     (dt.date(2023, 1, 31), dt.date(2023, 2, 28)), (dt.date(2024, 12, 15), dt.date(2025, 1, 15)),
     (dt.date(2024, 3, 31), dt.date(2024, 4, 30))],
)  # fmt: skip
def test_the_period_starts_the_next_day_and_ends_on_the_corresponding_day_or_month_end(opened, last):
    assert last_day_of_period(opened, 1) == last


def test_a_consultation_closing_before_the_month_is_out_is_blocked():
    (found,) = run_rule("ZJ-01-period", consultation(end_date="2024-06-30"))
    assert found.severity is Severity.BLOCK and found.location.field == "end_date"
    assert "期满日为2024年7月1日" in found.message_zh and "还差1天" in found.message_zh
    assert "第二百零一条" in found.citation and "一" in found.citation


def test_the_month_end_counts_when_the_month_has_no_corresponding_day():
    assert run_rule("ZJ-01-period", consultation(start_date="2024-01-31", end_date="2024-02-29")) == []
    assert len(run_rule("ZJ-01-period", consultation(start_date="2024-01-31", end_date="2024-02-28"))) == 1


def test_the_length_is_a_setting_and_missing_dates_block():
    assert run_rule("ZJ-01-period", consultation()) == []
    assert len(run_rule("ZJ-01-period", consultation(), CheckSettings(consultation_months=2))) == 1
    (found,) = run_rule("ZJ-01-period", consultation(end_date=None))
    assert found.severity is Severity.BLOCK and "未填写截止日期" in found.message_zh


# ZJ-02 / ZJ-03 正文 and 起草说明


def test_a_consultation_without_its_draft_text_is_blocked():
    (found,) = run_rule("ZJ-02-draft-text", consultation(original=None))
    assert found.severity is Severity.BLOCK and "正文" in found.message_zh
    assert run_rule("ZJ-02-draft-text", consultation()) == []


def test_the_drafting_explanation_is_a_flag_or_an_attachment_named_so():
    (found,) = run_rule("ZJ-03-explanation", consultation(has_explanation=None))
    assert found.severity is Severity.BLOCK and "起草说明" in found.message_zh
    named = consultation(has_explanation=None, media=(("关于《办法》的编制说明.docx", Path("/x")),))
    assert run_rule("ZJ-03-explanation", named) == []
    listed = dataclasses.replace(consultation(has_explanation=None), fields=Fields(attachments=("起草说明",)))
    assert run_rule("ZJ-03-explanation", listed) == []


# ZJ-04 … ZJ-06 the 征求结果


def test_after_closing_a_result_must_be_published_even_without_opinions():
    closed = consultation(result_text=None, result_date=None, opinion_count=0)
    (found,) = run_rule("ZJ-04-result", closed)
    assert (
        found.severity is Severity.BLOCK
        and "2024年7月1日截止" in found.message_zh
        and "0条" in found.message_zh
    )
    still_open = consultation(result_text=None, result_date=None, today=dt.date(2024, 7, 1))
    assert run_rule("ZJ-04-result", still_open) == []
    as_file = consultation(result_text=None, result_file="征求意见结果.pdf")
    assert run_rule("ZJ-04-result", as_file) == []


def test_a_result_for_zero_opinions_must_say_so():
    vague = consultation(opinion_count=0, result_text="现将有关情况公布如下，感谢社会各界的关注。")
    (found,) = run_rule("ZJ-05-no-feedback-said", vague)
    assert found.severity is Severity.WARN and "0条" in found.message_zh
    for said in ("征求意见期间未收到反馈意见。", "共收到意见0条。", "公众未提出意见。"):
        assert run_rule("ZJ-05-no-feedback-said", consultation(opinion_count=0, result_text=said)) == []
    assert run_rule("ZJ-05-no-feedback-said", consultation()) == []  # 3 opinions


def test_the_result_is_dated_after_the_closing_date():
    (undated,) = run_rule("ZJ-06-result-date", consultation(result_date=None))
    assert undated.severity is Severity.WARN and "发布日期" in undated.message_zh
    (early,) = run_rule("ZJ-06-result-date", consultation(result_date="2024-06-20"))
    assert "2024年6月20日" in early.message_zh
    assert run_rule("ZJ-06-result-date", consultation()) == []


def test_the_feedback_channel_is_named():
    (found,) = run_rule("ZJ-07-channel", consultation(channel=None))
    assert found.severity is Severity.WARN and found.location.field == "channel"
    assert run_rule("ZJ-07-channel", consultation()) == []


# SF 收费清单

ROWS = [
    {"name": "不动产登记费", "basis": "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）",
     "department": "区自然资源局", "fund_management": "缴入国库", "standard": "住宅类80元/件"},
    {"name": "考试考务费", "basis": "", "department": "", "fund_management": "", "standard": "60元/人·科"},
    {"name": "污水处理费", "basis": "财税[2015]102号", "department": "区住建局", "fund_management": "", "standard": ""},
]  # fmt: skip


def fee_list(rows) -> CheckContext:
    return CheckContext(
        kind=Kind.FEE_LIST, fields=Fields(title="长江区行政事业性收费项目清单"), details={"rows": rows}
    )


def test_each_incomplete_row_is_blocked_where_it_is():
    (found,) = run_rule("SF-01-row-complete", fee_list(ROWS))
    assert found.severity is Severity.BLOCK and found.location.row == 1
    assert "第2行“考试考务费”缺少依据、执收部门" in found.message_zh
    assert run_rule("SF-01-row-complete", fee_list(ROWS[:1])) == []


def test_fund_management_is_required_where_the_district_says_so():
    strict = CheckSettings(fee_requires_fund_management=True)
    found = run_rule("SF-01-row-complete", fee_list(ROWS), strict)
    assert [(f.location.row, f.location.field) for f in found] == [(1, "basis"), (2, "fund_management")]
    assert "资金管理方式" in found[1].message_zh


def test_a_cited_doc_number_in_square_brackets_gets_the_corrected_form():
    (found,) = run_rule("SF-02-basis-docnumber", fee_list(ROWS))
    assert found.severity is Severity.WARN and found.location.row == 2 and found.location.field == "basis"
    assert "“财税[2015]102号”应写作“财税〔2015〕102号”" in found.message_zh
    swallowed = fee_list([{**ROWS[0], "basis": "关于调整收费标准的通知发改价格[2017]第08号"}])
    (fix,) = run_rule("SF-02-basis-docnumber", swallowed)
    assert "“发改价格[2017]第08号”应写作“发改价格〔2017〕8号”" in fix.message_zh
    assert run_rule("SF-02-basis-docnumber", fee_list(ROWS[:1])) == []


def test_a_fee_list_without_rows_is_flagged():
    (found,) = run_rule("SF-03-rows-present", fee_list([]))
    assert found.severity is Severity.WARN
    assert run_rule("SF-03-rows-present", fee_list(ROWS)) == []


# JC 重大行政决策

HEARD = {"method": "座谈会", "date": "2024-05-10", "stakeholders": "项目沿线居民代表12人、商户代表5人"}


def decision(kind=Kind.MAJOR_DECISION, **details) -> CheckContext:
    return CheckContext(kind=kind, fields=Fields(title="长江区老城区停车设施建设方案"), details=details)


def test_a_major_decision_without_public_participation_is_blocked():
    (found,) = run_rule("JC-01-participation", decision())
    assert found.severity is Severity.BLOCK and "公众参与" in found.message_zh and "六" in found.citation
    (marked,) = run_rule("JC-01-participation", decision(Kind.POLICY, major_decision=True))
    assert marked.severity is Severity.BLOCK
    assert run_rule("JC-01-participation", decision(Kind.POLICY)) == []  # an ordinary policy


def test_each_participation_must_name_its_date_and_the_stakeholders_heard():
    records = [HEARD, {"method": "问卷调查", "date": "2024-05-20"}]
    (found,) = run_rule("JC-01-participation", decision(participation=records))
    assert found.location.row == 1 and "第2项（问卷）没有写明听取意见的直接利害关系人" in found.message_zh
    assert run_rule("JC-01-participation", decision(participation=[HEARD])) == []


def test_rules_of_one_kind_stay_out_of_the_others():
    fired = {f.rule_id.split("-")[0] for f in catalogue.run(fee_list(ROWS))}
    assert "SF" in fired and not fired & {"ZJ", "JC", "JD"}
    fired = {f.rule_id.split("-")[0] for f in catalogue.run(consultation(channel=None))}
    assert "ZJ" in fired and not fired & {"SF", "JC", "JD"}
