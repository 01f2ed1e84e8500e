"""The library-wide rules (``LIB-NN-…``): stale and blank site columns, published documents to clear
out (expired or replaced), and 解读 and policy published in pairs. ``checks.library_wide`` holds
the data they read and runs them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from checks.citations import INDICATORS, YAODIAN
from checks.library_wide import (
    LAPSED,
    NEWS,
    NOT_ON_SITE,
    ON_SITE,
    POLICY_KINDS,
    WAS_PUBLISHED,
    LibraryData,
    LibraryHit,
    LibraryItem,
    column_class,
    column_statuses,
    has_interpretation,
    is_policy,
    item_context,
    library_rule,
)
from checks.registry import Hit
from checks.rules.document import normative_reason, term
from checks.settings import CheckSettings
from policy.findings import Location, Severity
from policy.submission import LinkKind


def _cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _name(item: LibraryItem) -> str:
    number = f"（{item.doc_number}）" if item.doc_number else ""
    title = (item.title or "无标题").replace("《", "〈").replace("》", "〉")  # a title inside 《》 uses 〈〉
    return f"第{item.id}条《{title}》{number}"


def _at(item: LibraryItem, key: str | None = None) -> Location:
    return Location(field=key, row=item.id)


def _stale(data: LibraryData, settings: CheckSettings, news: bool) -> Iterable[LibraryHit]:
    for c in column_statuses(data, settings):
        if not c.stale or c.last_update is None or (column_class(c.column_type) == NEWS) != news:
            continue
        basis = "据导入的栏目清单" if c.site_list_date == c.last_update else "据本资料库的发布记录"
        yield LibraryHit(
            Hit(
                f"栏目“{c.name}”（{c.column_type}）最后更新于{_cn(c.last_update)}（{basis}），"
                f"已{c.days_since}天未更新（要求{c.limit_days}天内更新）",
                f"The column {c.name} ({c.column_type}) was last updated on {c.last_update.isoformat()}, "
                f"{c.days_since} days ago (limit: {c.limit_days} days).",
                Location(field=f"栏目/{c.name}"),
                matched=c.name,
            ),
            column=c.name,
            date=c.last_update,
        )


@library_rule(
    "LIB-01-stale-news-column",
    Severity.WARN,
    citation=f"{YAODIAN}一（2周内需更新政务动态）；{INDICATORS}单项否决指标（不更新）",
    title="政务动态栏目2周内有更新",
    fix="尽快发布本栏目的政务动态；清单日期有误的，重新导入区里最新的栏目清单。",
    fix_en="Publish government news in this column soon; if the list's date is wrong, import the district's "
    "latest column list again.",
)
def stale_news_columns(data: LibraryData, settings: CheckSettings) -> Iterable[LibraryHit]:
    yield from _stale(data, settings, news=True)


@library_rule(
    "LIB-02-stale-policy-column",
    Severity.WARN,
    citation=f"{YAODIAN}一（6个月内需更新政策文件和政策解读）；{INDICATORS}单项否决指标（栏目不更新）",
    title="政策文件、政策解读栏目6个月内有更新",
    fix="发布本栏目应公开的政策文件或政策解读；清单日期有误的，重新导入区里最新的栏目清单。",
    fix_en="Publish the policy files or interpretations this column should carry; if the list's date is wrong, "
    "import the district's latest column list again.",
)
def stale_policy_columns(data: LibraryData, settings: CheckSettings) -> Iterable[LibraryHit]:
    yield from _stale(data, settings, news=False)


@library_rule(
    "LIB-03-blank-column",
    Severity.WARN,
    citation=f"{INDICATORS}单项否决指标（空白栏目）",
    title="栏目不空白",
    fix="在本栏目发布内容，或报区政府办公室撤并该栏目。",
    fix_en="Publish content in this column, or ask the district government office to close or merge it.",
)
def blank_columns(data: LibraryData, settings: CheckSettings) -> Iterable[LibraryHit]:
    for c in column_statuses(data, settings):
        if c.last_update is None:
            yield LibraryHit(
                Hit(
                    f"栏目“{c.name}”（{c.column_type}）没有任何更新记录（空白栏目）",
                    f"The column {c.name} ({c.column_type}) has never been updated (a blank column).",
                    Location(field=f"栏目/{c.name}"),
                    matched=c.name,
                ),
                column=c.name,
            )


# ---- to clear out: expired or replaced --------------------------------------------------------


@library_rule(
    "LIB-04-expired-on-site",
    Severity.WARN,
    citation=f"{YAODIAN}九（定期清理过时、失效内容）；{YAODIAN}一（标注有效性或有效期）",
    title="网站上没有已过有效期仍标为有效的文件",
    fix="在网站上将该文件的有效性标为“失效”（或撤下），并在本资料库中将条目改为“已失效”。",
    fix_en="On the site, mark the file's validity as expired (or take it down), and set the submission in this "
    "library to Expired.",
)
def expired_on_site(data: LibraryData, settings: CheckSettings) -> Iterable[LibraryHit]:
    for item in data.items:
        if item.status not in ON_SITE or item.kind not in POLICY_KINDS:
            continue
        if item.fields.validity in LAPSED:
            yield LibraryHit(
                Hit(
                    f"{_name(item)}的有效性已标为“{item.fields.validity}”，条目仍为“已上传”",
                    f"Submission {item.id} is marked {item.fields.validity} but still listed as published.",
                    _at(item, "validity"),
                    fix="在本资料库中将条目改为“已失效”，并确认网站上已标注或撤下。",
                    matched=item.fields.validity,
                    severity=Severity.INFO,
                    fix_en="Set the submission in this library to Expired, and make sure the site marks it so "
                    "or has taken it down.",
                ),
                item,
            )
            continue
        ctx = item_context(item, data.today)
        found = term(ctx, settings, normative=normative_reason(ctx) is not None)
        if found is None or found[0] >= data.today:
            continue
        last, how = found
        lapsed = last + dt.timedelta(days=1)
        yield LibraryHit(
            Hit(
                f"已发布的{_name(item)}已于{_cn(lapsed)}失效（{how}），需清理",
                f"Published submission {item.id} lapsed on {lapsed.isoformat()} and should be cleared out.",
                _at(item, "expiry_date"),
                matched=last.isoformat(),
            ),
            item,
            date=lapsed,
        )


@library_rule(
    "LIB-05-superseded-on-site",
    Severity.WARN,
    citation=f"{YAODIAN}九（定期清理过时、失效内容）",
    title="网站上没有已被新版本替代的文件",
    fix="在网站上将旧文件的有效性标为“失效”或“已修订”并链接新文件，在本资料库中将旧条目改为“已失效”。",
    fix_en="On the site, mark the old file's validity as expired or revised and link it to the new file; set the "
    "old submission in this library to Expired.",
)
def superseded_on_site(data: LibraryData, settings: CheckSettings) -> Iterable[LibraryHit]:
    for new_id, old_id, kind in data.links:
        old = data.item(old_id)
        if kind is not LinkKind.REPLACES or old is None or old.status not in ON_SITE:
            continue
        if data.statuses.get(new_id) not in ON_SITE:
            continue  # the new version is not on the site yet: the old one is still in force
        new = data.item(new_id)
        name = _name(new) if new else f"第{new_id}条"
        yield LibraryHit(
            Hit(
                f"已发布的{_name(old)}已被{name}替代，仍为“已上传”，需清理",
                f"Published submission {old.id} has been replaced by submission {new_id} and should be cleared out.",
                _at(old, "validity"),
                matched=str(new_id),
            ),
            old,
            date=new.published_on if new else None,
        )


@library_rule(
    "LIB-06-policy-without-interpretation",
    Severity.WARN,
    citation=f"{YAODIAN}二（属性为主动公开的政策文件须随文附报解读材料；重大政策解读率达到100%）",
    title="已发布的主动公开政策文件都有解读",
    fix="补发政策解读并与文件双向关联；解读已单独导入的，用“解读”关联到本文件。",
    fix_en="Publish the missing interpretation and link it with the policy both ways; if the interpretation was "
    "imported on its own, link it to this file as its interpretation.",
)
def policy_without_interpretation(data: LibraryData, settings: CheckSettings) -> Iterable[LibraryHit]:
    for item in data.items:
        if item.status not in ON_SITE or not is_policy(item) or item.fields.disclosure in NOT_ON_SITE:
            continue
        if has_interpretation(item, data):
            continue
        waiting = [i for i in data.interpreters.get(item.id, ()) if data.statuses.get(i) not in WAS_PUBLISHED]
        why = f"，关联的解读（第{waiting[0]}条）尚未发布" if waiting else ""
        yield LibraryHit(
            Hit(
                f"已发布的主动公开{_name(item)}没有政策解读{why}",
                f"Published policy {item.id} has no published interpretation (解读).",
                _at(item, "interpretation"),
                matched="interpretation",
            ),
            item,
            date=item.published_on,
        )


@library_rule(
    "LIB-07-interpretation-without-policy",
    Severity.WARN,
    citation=f"{YAODIAN}一（提供政策解读链接并双向关联）；{YAODIAN}二（同步发布）",
    title="已发布的解读都关联到已发布的政策文件",
    fix="将解读关联到它所解读的文件，并同步发布该文件。",
    fix_en="Link the interpretation to the policy it interprets, and publish that policy at the same time.",
)
def interpretation_without_policy(data: LibraryData, settings: CheckSettings) -> Iterable[LibraryHit]:
    for item in data.items:
        targets = data.interprets.get(item.id, ())
        if item.status not in ON_SITE or not (item.is_interpretation or targets):
            continue
        if any(data.statuses.get(t) in WAS_PUBLISHED for t in targets):
            continue
        why = f"所解读的文件（第{targets[0]}条）尚未发布" if targets else "没有关联所解读的政策文件"
        yield LibraryHit(
            Hit(
                f"已发布的解读{_name(item)}{why}",
                f"Published interpretation {item.id} "
                + ("interprets an unpublished policy." if targets else "is not linked to its policy."),
                _at(item, "links"),
                matched=str(targets[0]) if targets else "unlinked",
            ),
            item,
            date=item.published_on,
        )
