"""What the policy page shows of a submission's kind-specific details (``policy.details``), as text
ready to print: a 意见征集's period, channel, 起草说明 and 征求结果; a 收费清单's table; a 重大行政决策's
公众参与情况. Pure and deterministic; ``bundles.preview`` puts the section between the body and the
attachments. Also how the page writes a value (``format_value``: dates as 2024年6月1日)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from policy.details import FEE_COLUMNS, ConsultationDetails, Details, FeeListDetails, PolicyDetails


@dataclass(frozen=True, slots=True)
class Fact:
    """One labelled value of a details section; ``lines`` keeps the clerk's line breaks; ``href``
    links a file name to the attachment of that name."""

    label: str
    lines: tuple[str, ...]
    href: str = ""


@dataclass(frozen=True, slots=True)
class DetailsSection:
    """What the policy page shows of the kind-specific details, as text ready to print."""

    kind: str  # "consultation" | "fees" | "participation": the section's id
    heading: str
    facts: tuple[Fact, ...] = ()  # label/value rows (意见征集)
    columns: tuple[str, ...] = ()  # a table's header (收费清单, 公众参与)
    rows: tuple[tuple[tuple[str, ...], ...], ...] = ()  # its rows, each cell as lines
    result: tuple[str, ...] = ()  # the 征求结果's paragraphs
    result_facts: tuple[Fact, ...] = ()  # its 发布日期, 收到意见条数, file
    has_result: bool = False


def format_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, (tuple, list)):
        return "、".join(map(str, value))
    return str(value)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def period(start: dt.date | None, end: dt.date | None) -> str:
    """2024年6月1日至2024年7月5日; one day when both are the same; 2024年6月1日起 / 至2024年7月5日
    when only one end is known."""
    if start and end:
        return format_value(start) if start == end else f"{format_value(start)}至{format_value(end)}"
    if start:
        return f"{format_value(start)}起"
    return f"至{format_value(end)}" if end else ""


def _split_period(start: dt.date | None, end: dt.date | None) -> tuple[str, ...]:
    """A participation's date as lines: the day, or 2024年3月5日至 / 2024年4月5日."""
    if start and end and start != end:
        return (f"{format_value(start)}至", format_value(end))
    if start:
        return (format_value(start),)
    return (period(None, end),) if end else ()


def _file_href(name: str, attachments: Sequence[tuple[str, str]]) -> str:
    """The href of the attachment ``name`` names (by its file name, else by its stem)."""
    wanted = name.strip()
    for shown, href in attachments:
        if shown == wanted:
            return href
    for shown, href in attachments:
        if Path(shown).stem == Path(wanted).stem:
            return href
    return ""


def _consultation(d: ConsultationDetails, attachments: Sequence[tuple[str, str]]) -> DetailsSection | None:
    facts = []
    if when := period(d.start_date, d.end_date):
        facts.append(Fact("征集时间", (when,)))
    if channel := _lines(d.channel):
        facts.append(Fact("反馈渠道", channel))
    if d.has_explanation:
        facts.append(Fact("起草说明", ("与征求意见稿一并公布",)))
    result_facts = []
    if d.has_result:
        if d.result_date:
            result_facts.append(Fact("发布日期", (format_value(d.result_date),)))
        if d.opinion_count is not None:
            result_facts.append(Fact("收到意见条数", (str(d.opinion_count),)))
        if d.result_file:
            result_facts.append(
                Fact("征求结果文件", (d.result_file,), _file_href(d.result_file, attachments))
            )
    if not facts and not d.has_result:
        return None
    return DetailsSection("consultation", "意见征集", facts=tuple(facts), result=_lines(d.result_text),
                          result_facts=tuple(result_facts), has_result=d.has_result)  # fmt: skip


PARTICIPATION_COLUMNS = ("方式", "日期", "直接利害关系人", "参与人数", "情况摘要")


def details_section(
    details: Details | None, attachments: Sequence[tuple[str, str]] = ()
) -> DetailsSection | None:
    """The section the policy page shows after the body, or None when the details hold nothing the
    page carries (a 政策文件's 解读发布日期 or 重大政策 flag are not page content).
    ``attachments`` are the page's (name, href): a 征求结果 file that is one of them is linked."""
    if isinstance(details, ConsultationDetails):
        return _consultation(details, attachments)
    if isinstance(details, FeeListDetails) and details.rows:
        rows = tuple(tuple(_lines(getattr(r, key)) for key in FEE_COLUMNS) for r in details.rows)
        return DetailsSection("fees", "收费项目清单", columns=tuple(FEE_COLUMNS.values()), rows=rows)
    if isinstance(details, PolicyDetails) and details.participation:
        rows = tuple(
            ((p.method,), _split_period(p.date, p.end_date),
             _lines(p.stakeholders), _lines(format_value(p.participants)), _lines(p.summary))
            for p in details.participation
        )  # fmt: skip
        return DetailsSection("participation", "公众参与情况", columns=PARTICIPATION_COLUMNS, rows=rows)
    return None
