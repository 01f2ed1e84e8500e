"""重大行政决策 (《要点》六: 要将公众参与作为决策及执行的必经程序，充分听取本地群众特别是直接利害
关系人的意见). A submission of kind 重大行政决策, or a policy marked ``major_decision`` in its details,
must record its public participation — 座谈, 问卷, 征求意见, 听证 … — each with its date and the
直接利害关系人 who were heard. Missing or incomplete records block: the notice makes it a 必经程序.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.citations import YAODIAN
from checks.context import CheckContext
from checks.registry import Hit, rule
from checks.settings import CheckSettings
from policy.details import DetailsError, PolicyDetails, is_major_decision, parse_details
from policy.findings import Location, Severity
from policy.submission import Kind


@rule("JC-01-participation", Severity.BLOCK,
      citation=f"{YAODIAN}六（要将公众参与作为决策及执行的必经程序，充分听取本地群众特别是直接利害关系人的意见）",
      title="重大行政决策记录公众参与", kinds=[Kind.MAJOR_DECISION, Kind.POLICY],
      fix="在详情中记录公众参与：方式（座谈/问卷/征求意见/听证…）、日期、听取意见的直接利害关系人",
      fix_en="Record the public participation in the details: the method (forum, questionnaire, call for "
             "comments, hearing …), the date and the directly affected stakeholders heard")  # fmt: skip
def participation(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    try:
        details = parse_details(ctx.kind, ctx.details)
    except DetailsError:
        details = PolicyDetails(major_decision=ctx.kind is Kind.MAJOR_DECISION)
    if not isinstance(details, PolicyDetails) or not is_major_decision(ctx.kind, details):
        return
    if not details.participation:
        yield Hit("重大行政决策没有记录公众参与（座谈、问卷、征求意见、听证等）",
                  "a major administrative decision records no public participation",
                  Location(field="participation"), matched="none")  # fmt: skip
        return
    for i, record in enumerate(details.participation):
        missing = [zh for zh, value in (("日期", record.date), ("听取意见的直接利害关系人", record.stakeholders))
                   if not value]  # fmt: skip
        if not missing:
            continue
        yield Hit(f"公众参与第{i + 1}项（{record.method}）没有写明{'和'.join(missing)}",
                  f"public participation {i + 1} ({record.method}) lacks "
                  + " and ".join("the date" if m == "日期" else "the stakeholders heard" for m in missing),
                  Location(field="participation", row=i), matched=f"{record.method}|{'、'.join(missing)}")  # fmt: skip
