"""Checks over the whole library, not one submission, and the figures a 考核 asks for (《要点》十).

- freshness per site column: 政务动态 within ``news_fresh_days``, 政策文件/政策解读 within
  ``policy_fresh_days`` (《要点》一), from what this library published and from the district's
  imported column list (one clerk's library does not see the whole site); blank columns;
- published documents past their 有效期, or replaced by a newer published version: to clear out
  (《要点》九 定期清理过时、失效内容);
- a published 主动公开 政策文件 without its 解读, and a published 解读 without its policy;
- per department and year: 重大政策解读率, the share of 解读 published the same day as the policy,
  and the share of 意见征集 open at least 30 days.

Pure functions over ``LibraryData`` (``workflow.library_checks`` reads it from storage); findings are
ordinary ``Finding``s with ``LIB-NN-…`` rule ids and the same stable ids as the per-document rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from checks.context import CheckContext
from checks.registry import Hit, finding
from checks.rules.document import normative_reason
from checks.settings import CheckSettings
from policy.dates import parse_date
from policy.findings import Finding, Severity
from policy.metadata import Fields, PolicyMetadata
from policy.submission import Kind, LinkKind, SubmissionStatus

# the 考核 figure: 意见征集 open ≥ 30 days (民法典 第二百零一条: the first day is not counted)
CONSULTATION_MIN_DAYS = 30
NO_DEPARTMENT = "（未填部门）"
S = SubmissionStatus
ON_SITE = (S.UPLOADED,)
WAS_PUBLISHED = (S.UPLOADED, S.EXPIRED)
POLICY_KINDS = (Kind.POLICY, Kind.MAJOR_DECISION)
NEWS, POLICY = "政务动态", "政策文件"
INTERPRETATION = "政策解读"
_KIND_COLUMN = {Kind.NEWS: NEWS, Kind.POLICY: POLICY, Kind.MAJOR_DECISION: POLICY,
                Kind.CONSULTATION: "意见征集", Kind.FEE_LIST: "收费清单"}  # fmt: skip
_INTERPRETATION_TITLE = re.compile(r"解读[）)》”」\s]*$|^(?:一图读懂|图解|图说)")
NOT_ON_SITE = ("依申请公开", "不予公开")
LAPSED = ("失效", "废止")


@dataclass(frozen=True, slots=True)
class LibraryItem:
    """One submission that is or was on the site."""

    id: int
    kind: Kind
    status: SubmissionStatus
    title: str | None
    doc_number: str | None
    department: str  # 经办部门, else the issuer
    site_column: str | None
    fields: Fields
    metadata: PolicyMetadata
    details: Mapping[str, Any]
    published_on: dt.date | None  # first day on the site
    has_interpretation: bool = False  # a 解读 stored with it (published in the same bundle)

    @property
    def is_interpretation(self) -> bool:
        """A 解读 imported as an item of its own (…的政策解读, 一图读懂…)."""
        return bool(_INTERPRETATION_TITLE.search(re.sub(r"\s+", "", self.title or "")))


@dataclass(frozen=True, slots=True)
class ColumnInfo:
    """A row of the district's column list: 栏目, 类型, 最后更新日期."""

    name: str
    column_type: str
    last_updated: dt.date | None = None


@dataclass(frozen=True, slots=True)
class LibraryData:
    items: tuple[LibraryItem, ...]  # 已上传 and 已失效 submissions
    links: tuple[tuple[int, int, LinkKind], ...] = ()
    statuses: Mapping[int, SubmissionStatus] = field(default_factory=dict)  # every submission's
    columns: tuple[ColumnInfo, ...] = ()
    today: dt.date = field(default_factory=dt.date.today)
    by_id: Mapping[int, LibraryItem] = field(init=False, repr=False, compare=False)
    interpreters: Mapping[int, tuple[int, ...]] = field(
        init=False, repr=False, compare=False
    )  # policy → 解读s
    interprets: Mapping[int, tuple[int, ...]] = field(
        init=False, repr=False, compare=False
    )  # 解读 → policies

    def __post_init__(self) -> None:
        by_policy: dict[int, list[int]] = {}
        by_interpretation: dict[int, list[int]] = {}
        for a, b, kind in self.links:
            if kind is LinkKind.INTERPRETS:
                by_policy.setdefault(b, []).append(a)
                by_interpretation.setdefault(a, []).append(b)
        object.__setattr__(self, "by_id", {i.id: i for i in self.items})
        object.__setattr__(self, "interpreters", {k: tuple(v) for k, v in by_policy.items()})
        object.__setattr__(self, "interprets", {k: tuple(v) for k, v in by_interpretation.items()})

    def item(self, submission_id: int) -> LibraryItem | None:
        return self.by_id.get(submission_id)


@dataclass(frozen=True, slots=True)
class ColumnStatus:
    """A site column's freshness, for the report."""

    name: str
    column_type: str
    last_update: dt.date | None  # the later of the two below
    site_list_date: dt.date | None  # from the imported column list
    library_date: dt.date | None  # the newest item this library published there
    limit_days: int | None  # None: no update period required for this type
    days_since: int | None
    stale: bool


@dataclass(frozen=True, slots=True)
class LibraryFinding:
    """A library-wide finding with what the report shows next to it."""

    finding: Finding
    submission_id: int | None = None
    title: str | None = None
    doc_number: str | None = None
    column: str | None = None
    department: str | None = None
    date: dt.date | None = None  # the date it is about: last update, expiry, publication


@dataclass(frozen=True, slots=True)
class Figures:
    """The 考核 figures of one department in one year (by publication date)."""

    department: str
    year: int
    major_policies: int = 0  # published 规范性文件 and policies marked 重大
    major_interpreted: int = 0  # … of which with a 解读
    interpreted: int = 0  # published policies with a 解读
    same_day: int = 0  # … whose 解读 went on the site the same day
    consultations: int = 0  # published 意见征集
    consultations_long_enough: int = 0  # … open ≥ 30 days

    @staticmethod
    def _rate(part: int, whole: int) -> float | None:
        return part / whole if whole else None

    @property
    def major_rate(self) -> float | None:
        return self._rate(self.major_interpreted, self.major_policies)

    @property
    def same_day_rate(self) -> float | None:
        return self._rate(self.same_day, self.interpreted)

    @property
    def consultation_rate(self) -> float | None:
        return self._rate(self.consultations_long_enough, self.consultations)


def percent(rate: float | None) -> str:
    """A 考核 rate as the reports write it: 87.5%, or — when there is nothing to count."""
    return "—" if rate is None else f"{rate:.1%}"


@dataclass(frozen=True, slots=True)
class LibraryReport:
    today: dt.date
    findings: tuple[LibraryFinding, ...]
    columns: tuple[ColumnStatus, ...]
    figures: tuple[Figures, ...]


@dataclass(frozen=True, slots=True)
class LibraryHit:
    hit: Hit
    item: LibraryItem | None = None
    column: str | None = None
    date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class LibraryRule:
    id: str
    severity: Severity
    citation: str
    title: str
    fix: str
    check: Callable[[LibraryData, CheckSettings], Iterable[LibraryHit]]
    fix_en: str = ""


LIBRARY_RULES: dict[str, LibraryRule] = {}


def library_rule(
    rule_id: str, severity: Severity, citation: str, title: str, fix: str = "", fix_en: str = ""
):
    def register(fn: Callable[[LibraryData, CheckSettings], Iterable[LibraryHit]]):
        if rule_id in LIBRARY_RULES:
            raise ValueError(f"rule {rule_id} is registered twice")
        LIBRARY_RULES[rule_id] = LibraryRule(rule_id, severity, citation, title, fix, fn, fix_en)
        return fn

    return register


def item_context(item: LibraryItem, today: dt.date) -> CheckContext:
    return CheckContext(
        item.kind, item.fields, metadata=item.metadata, details=dict(item.details), today=today
    )


# ---- freshness per site column ----------------------------------------------------------------


def column_class(column_type: str) -> str | None:
    """Which update period a column type falls under: NEWS (政务动态), POLICY (政策文件, 政策解读,
    通知公告), or None (no period required)."""
    if any(w in column_type for w in ("动态", "要闻", "新闻")):
        return NEWS
    if any(w in column_type for w in ("政策", "文件", "解读", "公告")):
        return POLICY
    return None


def _type_limit(column_type: str, settings: CheckSettings) -> int | None:
    return {NEWS: settings.news_fresh_days, POLICY: settings.policy_fresh_days}.get(
        column_class(column_type) or ""
    )


def _home(type_name: str, imported: tuple[ColumnInfo, ...]) -> str:
    """Where an item without a site column went: the one imported column of its type, else a column
    named after the type."""
    same = [c.name for c in imported if c.column_type == type_name]
    return same[0] if len(same) == 1 else type_name


def column_statuses(data: LibraryData, settings: CheckSettings) -> tuple[ColumnStatus, ...]:
    types = {c.name: c.column_type for c in data.columns}
    listed = {c.name: c.last_updated for c in data.columns}
    published: dict[str, dt.date] = {}

    def note(column: str, type_name: str, day: dt.date | None) -> None:
        types.setdefault(column, type_name)
        if day is not None and (column not in published or day > published[column]):
            published[column] = day

    for item in data.items:
        if item.status not in ON_SITE:
            continue
        own_type = INTERPRETATION if item.is_interpretation else _KIND_COLUMN[item.kind]
        note(item.site_column or _home(own_type, data.columns), own_type, item.published_on)
        if item.has_interpretation:
            note(_home(INTERPRETATION, data.columns), INTERPRETATION, interpretation_date(item, data))
    out = []
    for name in sorted(types):
        dates = [d for d in (listed.get(name), published.get(name)) if d is not None]
        last = max(dates) if dates else None
        limit = _type_limit(types[name], settings)
        since = (data.today - last).days if last else None
        stale = limit is not None and since is not None and since > limit
        out.append(
            ColumnStatus(name, types[name], last, listed.get(name), published.get(name), limit, since, stale)
        )
    return tuple(out)


# ---- 解读 and policy in pairs -------------------------------------------------------------------


def _linked_interpretations(item: LibraryItem, data: LibraryData) -> tuple[int, ...]:
    return data.interpreters.get(item.id, ())


def _date_value(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return parse_date(value)


def interpretation_date(item: LibraryItem, data: LibraryData) -> dt.date | None:
    """When the policy's 解读 went on the site: the date recorded for it, else the earliest published
    解读 item linked to it, else (a 解读 stored with the policy) the policy's own day."""
    recorded = _date_value(item.details.get("interpretation_publish_date"))
    if recorded is not None:
        return recorded
    days = [
        linked.published_on
        for i in _linked_interpretations(item, data)
        if (linked := data.item(i)) is not None and linked.status in WAS_PUBLISHED and linked.published_on
    ]
    if days:
        return min(days)
    return item.published_on if item.has_interpretation else None


def has_interpretation(item: LibraryItem, data: LibraryData) -> bool:
    published = [i for i in _linked_interpretations(item, data) if data.statuses.get(i) in WAS_PUBLISHED]
    return item.has_interpretation or bool(published)


def is_policy(item: LibraryItem) -> bool:
    return item.kind in POLICY_KINDS and not item.is_interpretation


# ---- running the rules, and the figures -------------------------------------------------------


def findings(data: LibraryData, settings: CheckSettings | None = None) -> tuple[LibraryFinding, ...]:
    import checks.library_rules  # noqa: F401  (the LIB rules register themselves on import)

    settings = settings or CheckSettings()
    out: dict[str, LibraryFinding] = {}
    for r in sorted(LIBRARY_RULES.values(), key=lambda r: r.id):
        if r.id in settings.disabled_rules:
            continue
        for h in r.check(data, settings):
            f = finding(r, h.hit)
            i = h.item
            out[f.id] = LibraryFinding(f, i.id if i else None, i.title if i else None, i.doc_number if i else None,
                                       h.column, i.department if i else None, h.date)  # fmt: skip
    return tuple(out.values())


def is_major(item: LibraryItem, today: dt.date) -> bool:
    """A 规范性文件 (by the same test as the document rules), or marked 重大: details["major"], or a
    重大行政决策."""
    flags = (item.details.get("major"), item.details.get("major_decision"))
    marked = any(
        f is True or (isinstance(f, str) and f.strip().lower() in ("是", "true", "1", "yes")) for f in flags
    )
    return (
        marked or item.kind is Kind.MAJOR_DECISION or normative_reason(item_context(item, today)) is not None
    )


def consultation_days(item: LibraryItem) -> int | None:
    """Days a 意见征集 was open, the first day not counted (民法典 第二百零一条), or None if unknown."""
    start = _date_value(item.details.get("start_date"))
    end = _date_value(item.details.get("end_date"))
    return (end - start).days if start and end else None


_COUNTS = ("major_policies", "major_interpreted", "interpreted", "same_day", "consultations",
           "consultations_long_enough")  # fmt: skip


def figures(data: LibraryData) -> tuple[Figures, ...]:
    """Per department and year of publication; policies that are themselves 解读 are not counted."""
    rows: dict[tuple[str, int], dict[str, int]] = {}
    for item in data.items:
        if item.status not in WAS_PUBLISHED or item.published_on is None:
            continue
        if item.kind is not Kind.CONSULTATION and not is_policy(item):
            continue
        row = rows.setdefault((item.department, item.published_on.year), dict.fromkeys(_COUNTS, 0))
        if item.kind is Kind.CONSULTATION:
            days = consultation_days(item)
            row["consultations"] += 1
            row["consultations_long_enough"] += days is not None and days >= CONSULTATION_MIN_DAYS
            continue
        interpreted = has_interpretation(item, data)
        if is_major(item, data.today):
            row["major_policies"] += 1
            row["major_interpreted"] += interpreted
        if interpreted:
            row["interpreted"] += 1
            row["same_day"] += interpretation_date(item, data) == item.published_on
    return tuple(Figures(dept, year, **counts) for (dept, year), counts in sorted(rows.items()))


def run(data: LibraryData, settings: CheckSettings | None = None) -> LibraryReport:
    settings = settings or CheckSettings()
    return LibraryReport(data.today, findings(data, settings), column_statuses(data, settings), figures(data))
