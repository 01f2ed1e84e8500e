"""The 政策解读 rules (JD-*): each fires on a 解读 that breaks the notice and stays quiet on one that
keeps it. The policy is a real corpus file (d055, a 主动公开 广州 notice on 住房保障); the 解读s
are built from ``policy.interpretation`` dataclasses, their originality from ``compose.originality``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib

import pytest

from checks import catalogue
from checks.context import CheckContext
from checks.settings import CheckSettings
from compose.originality import measure
from policy.document import BlockKind
from policy.findings import Severity
from policy.interpretation import ELEMENTS, Element, Form, FormKind, Interpretation, Keyword, QAItem, Section
from policy.submission import LinkKind, Review
from tests.checks.conftest import run_rule
from tests.extractors.test_metadata_layouts import BODY, LEFT, NUMBER, RED, SIGN, TITLE, build
from workflow.check import context_for_file

POLICY_TITLE = "广州市住房和城乡建设局关于进一步加强户籍家庭住房保障工作的通知"
OWN_WORDS = {
    Element.BACKGROUND: "近几年本市房租涨得比较快，原来的补贴额度跟不上，困难家庭负担加重，所以市里决定重新核定保障标准。",
    Element.GOALS: "让收入不高的本地户籍家庭租得起、住得稳，把有限的保障资源用在最需要的人身上。",
    Element.CONTENT: "文件从准入门槛、补贴怎么算、租金怎么交、审核怎么管、不符合条件后怎么退出、合同怎么续签六个方面作了安排。",
    Element.KEYWORDS: "公共租赁住房：政府提供的、租金低于市场水平的住房。",
    Element.SCOPE: "适用于持有本市户籍、住房和收入都符合条件的家庭。",
    Element.STANDARDS: "补贴按每平方米每月37元计算，算下来每户每月不足200元的也按200元发。",
    Element.MEASURES: "老人家庭放宽收入限额，低保等困难家庭可以免交或少交租金，排队超过五年的家庭可以先领补贴。",
}
FORMS = (
    Form(FormKind.GRAPHIC, "一图读懂", "ab" * 32, "图解.png"),
    Form(FormKind.VIDEO, "政策讲解", "cd" * 32, "讲解.mp4"),
)


@pytest.fixture(scope="module")
def policy(corpus) -> CheckContext:
    context, _ = context_for_file(corpus / "d055.docx")
    assert context.fields.title == POLICY_TITLE and context.fields.disclosure == "主动公开"
    return context


def working_days_apart(a: dt.date, b: dt.date) -> tuple[int, tuple[int, ...]]:
    catalogue.rules()  # every rule module loaded before one is imported by name
    return importlib.import_module("checks.rules.interpretation").working_days_apart(a, b)


def interpretation(drop=(), replace=None, forms=FORMS, qa=(), keywords=(), policy_title=POLICY_TITLE):
    texts = {**OWN_WORDS, **(replace or {})}
    sections = tuple(Section(e, "" if e in drop else texts.get(e, "")) for e in ELEMENTS)
    return Interpretation(
        "关于《进一步加强户籍家庭住房保障工作的通知》的政策解读", policy_title, sections, keywords, forms, qa
    )


def with_interp(context: CheckContext, interp: Interpretation | None, **changes) -> CheckContext:
    originality = measure(interp, context.document) if interp is not None else None
    return dataclasses.replace(context, interpretation=interp, originality=originality, **changes)


def ids(findings):
    return [f.rule_id for f in findings]


def test_a_complete_interpretation_in_own_words_passes_every_jd_rule(policy):
    context = with_interp(policy, interpretation(), details={"interpretation_publish_date": "2024-03-08"},
                          fields=dataclasses.replace(policy.fields, publish_date=dt.date(2024, 3, 8)))  # fmt: skip
    assert [f for f in catalogue.run(context) if f.rule_id.startswith("JD-")] == []


# JD-01 present


@pytest.mark.parametrize(
    "interp",
    [None, Interpretation("政策解读"), interpretation(drop=ELEMENTS, replace={Element.GOALS: "（待撰写）"})],
)
def test_a_proactively_published_policy_without_interpretation_is_refused(policy, interp):
    (found,) = run_rule("JD-01-present", with_interp(policy, interp))
    assert found.severity is Severity.BLOCK and "没有随文附报政策解读" in found.message_zh
    assert found.location.field == "interpretation" and "二" in found.citation


def test_interpretation_is_not_required_for_a_file_published_on_request(policy):
    fields = dataclasses.replace(policy.fields, disclosure="依申请公开")
    assert run_rule("JD-01-present", with_interp(policy, None, fields=fields)) == []
    assert run_rule("JD-01-present", with_interp(policy, interpretation())) == []


# JD-02 linked both ways


def test_an_interpretation_naming_another_policy_is_not_linked(policy):
    context = with_interp(policy, interpretation(policy_title="关于加强公共租赁住房小区管理的通知"))
    (found,) = run_rule("JD-02-linked", context)
    assert found.severity is Severity.WARN
    assert "关于加强公共租赁住房小区管理的通知" in found.message_zh and POLICY_TITLE in found.message_zh
    (unnamed,) = run_rule("JD-02-linked", with_interp(policy, interpretation(policy_title=None)))
    assert "没有写明所解读的政策文件" in unnamed.message_zh


@pytest.mark.parametrize("named", [POLICY_TITLE, "进一步加强户籍家庭住房保障工作的通知", "《广州市住房和城乡建设局关于进一步加强户籍家庭住房保障工作的通知》"])  # fmt: skip
def test_an_interpretation_naming_its_policy_is_linked(policy, named):
    assert run_rule("JD-02-linked", with_interp(policy, interpretation(policy_title=named))) == []


def test_for_a_notice_that_issues_a_measure_the_enclosed_title_links(blocks_context):
    doc = build(
        ("长江区人民政府办公室文件", RED),
        ("长府办发〔2024〕7号", NUMBER),
        ("长江区人民政府办公室关于印发《长江区政务公开工作管理办法》的通知", TITLE),
        ("各街道办事处，区政府各部门：", LEFT),
        ("《长江区政务公开工作管理办法》已经区政府同意，现印发给你们，请认真贯彻执行。", BODY),
        ("长江区人民政府办公室", SIGN),
        ("2024年6月4日", SIGN),
        ("（此件公开发布）", BODY),
        ("长江区政务公开工作管理办法", TITLE, BlockKind.PARAGRAPH, 2),
        ("第一条　为规范政务公开工作，制定本办法。", BODY, BlockKind.PARAGRAPH, 2),
    )
    good = blocks_context(doc, interpretation=interpretation(policy_title="长江区政务公开工作管理办法"))
    assert run_rule("JD-02-linked", good) == []
    bad = blocks_context(doc, interpretation=interpretation(policy_title="长江区政务服务工作管理办法"))
    assert len(run_rule("JD-02-linked", bad)) == 1


# JD-03 published together (三同步), with the official holiday calendar


def dated(policy, policy_day, interp_day, **changes):
    fields = dataclasses.replace(policy.fields, publish_date=policy_day)
    details = {"interpretation_publish_date": interp_day.isoformat()} if interp_day else {}
    return with_interp(policy, interpretation(), fields=fields, details=details, **changes)


def test_an_interpretation_published_after_the_national_day_holiday_is_one_working_day_late(policy):
    context = dated(policy, dt.date(2024, 9, 30), dt.date(2024, 10, 8))  # 10月1日–7日 放假
    (found,) = run_rule("JD-03-published-together", context)
    assert found.severity is Severity.BLOCK
    assert "2024年10月8日晚于政策文件发布日期2024年9月30日1个工作日" in found.message_zh
    assert found.location.field == "interpretation_publish_date"
    allowed = CheckSettings(sync_working_days=1)  # Mon–Fri counting would make it 6
    assert run_rule("JD-03-published-together", context, allowed) == []


def test_a_tiaoxiu_saturday_is_a_working_day(policy):
    assert working_days_apart(dt.date(2024, 10, 11), dt.date(2024, 10, 12)) == (1, ())  # 周六上班
    (found,) = run_rule(
        "JD-03-published-together", dated(policy, dt.date(2024, 10, 11), dt.date(2024, 10, 12))
    )
    assert "1个工作日" in found.message_zh


def test_a_year_the_calendar_does_not_know_is_counted_monday_to_friday_and_said_so(policy):
    assert working_days_apart(dt.date(2031, 3, 7), dt.date(2031, 3, 10)) == (1, (2031,))
    (found,) = run_rule("JD-03-published-together", dated(policy, dt.date(2031, 3, 7), dt.date(2031, 3, 10)))
    assert "2031年的法定节假日安排尚未收录，按周一至周五计算工作日" in found.message_zh


@pytest.mark.parametrize(
    "policy_day, interp_day",
    [(dt.date(2024, 6, 4), dt.date(2024, 6, 4)), (dt.date(2024, 6, 7), dt.date(2024, 6, 8)),
     (dt.date(2024, 6, 4), None), (None, dt.date(2024, 6, 20))],
)  # fmt: skip
def test_same_day_a_weekend_apart_or_one_date_unset_is_in_sync(policy, policy_day, interp_day):
    assert run_rule("JD-03-published-together", dated(policy, policy_day, interp_day)) == []


# JD-04 reviewed together


def review_at(when: dt.datetime) -> Review:
    return Review(1, "李科长", "科室负责人", "通过", "同意", when, "0" * 64)


def test_a_review_older_than_the_latest_interpretation_change_did_not_see_it(policy):
    tz = dt.timezone(dt.timedelta(hours=8))
    base = with_interp(
        policy, interpretation(), reviews=(review_at(dt.datetime(2024, 6, 3, 9, 0, tzinfo=tz)),)
    )
    late = CheckContext(
        **{**base.__dict__, "interpretation_updated_at": dt.datetime(2024, 6, 3, 15, 30, tzinfo=tz)}
    )
    (found,) = run_rule("JD-04-reviewed-together", late)
    assert (
        found.severity is Severity.WARN
        and "李科长" in found.message_zh
        and "2024-06-03 15:30" in found.message_zh
    )
    early = CheckContext(
        **{**base.__dict__, "interpretation_updated_at": dt.datetime(2024, 6, 2, 17, 0, tzinfo=tz)}
    )
    assert run_rule("JD-04-reviewed-together", early) == []
    assert run_rule("JD-04-reviewed-together", base) == []  # the change time unknown: nothing to say


# JD-05 the eight 要素


def test_each_missing_element_is_a_warning_at_its_section(policy):
    found = run_rule(
        "JD-05-elements", with_interp(policy, interpretation(drop=[Element.SCOPE, Element.MEASURES]))
    )
    assert [(f.severity, f.location.field) for f in found] == [
        (Severity.WARN, "interpretation.涉及范围"), (Severity.WARN, "interpretation.惠民利企举措")]  # fmt: skip
    assert "涉及范围" in found[0].message_zh


def test_more_than_half_missing_is_one_blocking_finding_naming_them(policy):
    drop = [Element.BACKGROUND, Element.GOALS, Element.SCOPE, Element.STANDARDS]  # 4 of the 7 required
    (found,) = run_rule("JD-05-elements", with_interp(policy, interpretation(drop=drop)))
    assert (
        found.severity is Severity.BLOCK
        and "4个要素" in found.message_zh
        and "背景依据、目标任务" in found.message_zh
    )
    three = run_rule("JD-05-elements", with_interp(policy, interpretation(drop=drop[:3])))
    assert [f.severity for f in three] == [Severity.WARN] * 3


def test_keyword_explanations_cover_the_keywords_element(policy):
    keywords = (Keyword("计租", 1.0, "计算应交租金的方式"),)
    context = with_interp(policy, interpretation(drop=[Element.KEYWORDS], keywords=keywords))
    assert run_rule("JD-05-elements", context) == []


def test_old_new_differences_are_required_when_an_old_policy_is_linked(policy):
    context = with_interp(policy, interpretation(), submission_id=5, links=((5, 2, LinkKind.REPLACES),))
    (found,) = run_rule("JD-05-elements", context)
    assert (
        found.location.field == "interpretation.新旧政策差异"
        and "已关联被替代的原政策文件" in found.message_zh
    )
    written = interpretation(
        replace={Element.CHANGES: "与2019年的老办法相比，补贴标准从每平方米30元提高到37元。"}
    )
    assert (
        run_rule("JD-05-elements", with_interp(policy, written, submission_id=5, links=context.links)) == []
    )
    interpreted_by = with_interp(
        policy, interpretation(), submission_id=5, links=((9, 5, LinkKind.REPLACES),)
    )
    assert run_rule("JD-05-elements", interpreted_by) == []  # this file is the old one, not the new


def _measure_doc(*body):
    return build(("长江区人民政府办公室关于印发《长江区住房补贴办法》的通知", TITLE),
                 *[(text, BODY) for text in body], ("长江区人民政府办公室", SIGN), ("2024年6月4日", SIGN))  # fmt: skip


@pytest.mark.parametrize(
    "sentence, required",
    [("本办法自2024年7月1日起施行，原《长江区住房补贴暂行办法》同时废止。", True),
     ("根据《中华人民共和国政府信息公开条例》（2019年修订），制定本办法。", False),
     ("本办法将根据实施情况适时修订。", False)],
)  # fmt: skip
def test_old_new_differences_are_required_when_the_text_repeals_or_revises(
    blocks_context, sentence, required
):
    context = blocks_context(_measure_doc(sentence), interpretation=interpretation())
    found = run_rule("JD-05-elements", context)
    assert [f.location.field for f in found] == (["interpretation.新旧政策差异"] if required else [])


# JD-06 / JD-07 not a copy


def test_an_interpretation_mostly_copied_from_the_policy_is_blocked_naming_share_and_passage(policy):
    body = policy.document.body
    copied = {Element.CONTENT: body[7].text + body[11].text, Element.STANDARDS: body[13].text + body[20].text,
              Element.MEASURES: body[18].text + body[28].text}  # fmt: skip
    context = with_interp(policy, interpretation(replace=copied))
    (found,) = run_rule("JD-06-not-a-copy", context)
    share = context.originality.copied_share
    assert found.severity is Severity.BLOCK and share > 0.3 and f"{share:.0%}" in found.message_zh
    assert "户籍家庭公共租赁住房保障收入准入限额" in found.message_zh  # the first copied passage
    assert found.location.field == "interpretation.主要内容"
    sections = run_rule("JD-07-section-copied", context)
    assert [f.location.field for f in sections] == [
        f"interpretation.{e}" for e in ("主要内容", "执行标准", "惠民利企举措")
    ]


def test_one_copied_section_is_a_warning_when_the_whole_is_mostly_own_words(policy):
    context = with_interp(policy, interpretation(replace={Element.STANDARDS: policy.document.body[13].text}))
    assert context.originality.copied_share <= 0.3
    assert run_rule("JD-06-not-a-copy", context) == []
    (found,) = run_rule("JD-07-section-copied", context)
    assert (
        found.severity is Severity.WARN
        and "执行标准" in found.message_zh
        and "按上述公式计算" in found.message_zh
    )
    assert run_rule("JD-07-section-copied", with_interp(policy, interpretation())) == []


def test_originality_is_measured_when_the_context_lacks_it(policy):
    interp = interpretation(replace={Element.STANDARDS: policy.document.body[13].text})
    context = dataclasses.replace(policy, interpretation=interp, originality=None)
    assert len(run_rule("JD-07-section-copied", context)) == 1


# JD-08 at least two forms


def test_a_single_form_is_not_enough(policy):
    (found,) = run_rule("JD-08-forms", with_interp(policy, interpretation(forms=FORMS[:1])))
    assert found.severity is Severity.BLOCK and "只有1种形式（图片/图解）" in found.message_zh
    (none,) = run_rule("JD-08-forms", with_interp(policy, interpretation(forms=(Form(FormKind.VIDEO),))))
    assert "只有0种形式" in none.message_zh  # an empty placeholder is no form


def test_answered_questions_count_as_the_qa_form(policy):
    answered = (QAItem("谁可以申请？", "本市户籍、收入和住房符合条件的家庭。"),)
    assert run_rule("JD-08-forms", with_interp(policy, interpretation(forms=FORMS[:1], qa=answered))) == []
    unanswered = (QAItem("谁可以申请？"),)
    assert (
        len(run_rule("JD-08-forms", with_interp(policy, interpretation(forms=FORMS[:1], qa=unanswered)))) == 1
    )
    three = CheckSettings(min_forms=3)
    assert len(run_rule("JD-08-forms", with_interp(policy, interpretation(qa=answered)), three)) == 0
