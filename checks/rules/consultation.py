"""意见征集 (《要点》一: 面向社会群众征求意见，时间不少于1个月；必须要有文件正文和起草说明；有无反馈
意见都需要写征求结果).

The period is counted as the 《民法典》 counts periods: 开始的当日不计入，自下一日开始计算 (第二百零一条)
and 按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日
(第二百零二条). So a consultation opened on 6月1日 must run to 7月1日 at least, one opened on
1月31日 to 2月末. 第二百零三条 (a last day on a 法定休假日 moves to the next working day) is not
applied: the rule checks a minimum length the department chose, not a deadline someone must meet.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from checks.citations import YAODIAN
from checks.context import CheckContext
from checks.registry import Hit, rule
from checks.settings import CheckSettings
from policy.details import ConsultationDetails, DetailsError, parse_details
from policy.findings import Location, Severity
from policy.submission import Kind

CIVIL_CODE = "《民法典》第二百零一条、第二百零二条"

_EXPLANATION_NAMES = re.compile(r"起草说明|编制说明|制定说明|修订说明")
_NO_FEEDBACK = re.compile(
    r"无反馈|未收到|没有收到|未有|无意见|没有意见|未提出|没有提出|无人提出|无公众意见|无相关意见|未征集到|没有征集到"
    r"|(?<!\d)0\s*(?:条|件|份)|零条|零件"
)


def _details(ctx: CheckContext) -> ConsultationDetails | None:
    try:
        details = parse_details(ctx.kind, ctx.details)
    except DetailsError:
        return None
    return details if isinstance(details, ConsultationDetails) else None


def _cn(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def last_day_of_period(opened: dt.date, months: int) -> dt.date:
    """The last day of a period of ``months`` months that starts the day after ``opened``: the
    corresponding day of the month it expires in, or that month's last day when it has none."""
    years, month0 = divmod(opened.month - 1 + months, 12)
    year, month = opened.year + years, month0 + 1
    return dt.date(year, month, min(opened.day, calendar.monthrange(year, month)[1]))


@rule("ZJ-01-period", Severity.BLOCK, citation=f"{YAODIAN}一（规范意见征集信息公开需面向社会群众征求意见，时间不少于1个月）；{CIVIL_CODE}",
      title="意见征集不少于1个月", kinds=[Kind.CONSULTATION],
      fix="延长征集截止日期，至少到期满日（开始当日不计入，到期月的对应日为最后一日）",
      fix_en="Extend the end date of the consultation at least to the day the period ends (the opening day is not "
      "counted; the period ends on the corresponding day of its last month)")  # fmt: skip
def period(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    d = _details(ctx)
    months = settings.consultation_months
    start, end = (d.start_date, d.end_date) if d is not None else (None, None)
    if start is None or end is None:
        missing = [
            (zh, en)
            for zh, en, v in (("开始日期", "start date", start), ("截止日期", "end date", end))
            if v is None
        ]
        yield Hit(f"意见征集未填写{'和'.join(m[0] for m in missing)}，无法确认征集时间不少于{months}个月",
                  f"the consultation has no {' and no '.join(m[1] for m in missing)}",
                  Location(field="start_date" if start is None else "end_date"), matched="dates-missing")  # fmt: skip
        return
    last = last_day_of_period(start, months)
    if end >= last:
        return
    short = (last - end).days
    yield Hit(
        f"意见征集时间不足{months}个月：自{_cn(start)}开始（当日不计入），期满日为{_cn(last)}，"
        f"截止日期{_cn(end)}还差{short}天",
        f"the consultation is shorter than {months} month(s): opened {start}, the period ends {last}, "
        f"but it closes {end} ({short} days short)",
        Location(field="end_date"), matched=f"{start}|{end}",
    )  # fmt: skip


@rule("ZJ-02-draft-text", Severity.BLOCK, citation=f"{YAODIAN}一（必须要有文件正文和起草说明）",
      title="意见征集有文件正文", kinds=[Kind.CONSULTATION],
      fix="导入征求意见稿的正文文件（.docx、.pdf 等）",
      fix_en="Import the file with the text of the consultation draft (.docx, .pdf, etc.)")  # fmt: skip
def draft_text(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    if ctx.original is not None or ctx.text.strip():
        return
    yield Hit("意见征集没有征求意见稿正文", "the consultation has no draft text",
              Location(field="document"), matched="no-text")  # fmt: skip


def _explanation_file(ctx: CheckContext) -> str | None:
    names = [name for name, _ in ctx.media] + list(ctx.fields.attachments)
    return next((n for n in names if _EXPLANATION_NAMES.search(n)), None)


@rule("ZJ-03-explanation", Severity.BLOCK, citation=f"{YAODIAN}一（必须要有文件正文和起草说明）",
      title="意见征集有起草说明", kinds=[Kind.CONSULTATION],
      fix="附上起草说明（文件名含“起草说明”或“编制说明”），或在详情中注明已随草案公布起草说明",
      fix_en="Attach the drafting explanation (a file whose name contains 起草说明 or 编制说明), "
      "or state in the details that it is published with the draft")  # fmt: skip
def explanation(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    d = _details(ctx)
    if (d is not None and d.has_explanation) or _explanation_file(ctx):
        return
    yield Hit("意见征集没有起草说明（详情未标明，附件中也没有名为“起草说明/编制说明”的文件）",
              "the consultation has no drafting explanation (起草说明)",
              Location(field="has_explanation"), matched="no-explanation")  # fmt: skip


@rule("ZJ-04-result", Severity.BLOCK, citation=f"{YAODIAN}一（有无反馈意见都需要写征求结果）",
      title="征集结束后公布征求结果", kinds=[Kind.CONSULTATION],
      fix="撰写征求结果（收到的意见及采纳情况；没有收到意见也要写明），填入详情的“征求结果”或附上结果文件",
      fix_en="Write the consultation result (the opinions received and whether they were adopted; say so if none "
      "were received), and enter it as the result in the details or attach a result file")  # fmt: skip
def result_published(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    d = _details(ctx)
    if d is None or d.end_date is None or ctx.today <= d.end_date or d.has_result:
        return
    count = "" if d.opinion_count is None else f"（收到意见{d.opinion_count}条）"
    yield Hit(f"意见征集已于{_cn(d.end_date)}截止，尚未写征求结果{count}",
              f"the consultation closed on {d.end_date} and no result is published",
              Location(field="result_text"), matched=str(d.end_date))  # fmt: skip


@rule("ZJ-05-no-feedback-said", Severity.WARN, citation=f"{YAODIAN}一（有无反馈意见都需要写征求结果）",
      title="没有收到意见时征求结果写明", kinds=[Kind.CONSULTATION],
      fix="在征求结果中明确写出“征求意见期间未收到反馈意见”",
      fix_en="State explicitly in the result that no opinions were received: “征求意见期间未收到反馈意见”")  # fmt: skip
def no_feedback_said(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    d = _details(ctx)
    if d is None or d.opinion_count != 0 or not d.result_text or _NO_FEEDBACK.search(d.result_text):
        return
    yield Hit("收到意见为0条，但征求结果没有明确写明未收到反馈意见",
              "no opinions were received, but the result does not say so explicitly",
              Location(field="result_text"), matched="no-feedback")  # fmt: skip


@rule("ZJ-06-result-date", Severity.WARN, citation=f"{YAODIAN}一（有无反馈意见都需要写征求结果）",
      title="征求结果注明发布日期且在截止之后", kinds=[Kind.CONSULTATION],
      fix="填写征求结果的发布日期（应在征集截止之后）",
      fix_en="Enter the date the result is published (after the consultation closes)")  # fmt: skip
def result_date(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    d = _details(ctx)
    if d is None or not d.has_result:
        return
    if d.result_date is None:
        yield Hit("征求结果没有注明发布日期", "the consultation result has no date",
                  Location(field="result_date"), matched="no-date")  # fmt: skip
    elif d.end_date is not None and d.result_date <= d.end_date:
        yield Hit(f"征求结果发布日期{_cn(d.result_date)}不晚于征集截止日期{_cn(d.end_date)}，征集尚未结束",
                  f"the result is dated {d.result_date}, before the consultation closes on {d.end_date}",
                  Location(field="result_date"), matched=str(d.result_date))  # fmt: skip


@rule("ZJ-07-channel", Severity.WARN, citation=f"{YAODIAN}一（规范意见征集信息公开需面向社会群众征求意见）",
      title="意见征集写明反馈渠道", kinds=[Kind.CONSULTATION],
      fix="写明提交意见的方式：通信地址、电子邮箱、电话或网上留言入口",
      fix_en="Say how to send opinions: a postal address, an email address, a telephone number or an online "
      "message form")  # fmt: skip
def channel(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    d = _details(ctx)
    if d is not None and d.channel:
        return
    yield Hit("意见征集没有写明公众提交意见的渠道", "the consultation does not say how to send opinions",
              Location(field="channel"), matched="no-channel")  # fmt: skip
