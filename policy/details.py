"""The kind-specific details of a submission (its ``details`` JSON).

- a 政策文件 (and a 重大行政决策): the 解读's own publication date (三同步), whether it is a
  重大行政决策, and the public participation recorded for it (《要点》六);
- a 意见征集: the draft's title, the period, 起草说明, the feedback channel, and the 征求结果
  with its date and the number of opinions received (《要点》一);
- a 收费清单: its rows — 项目名称, 依据, 执收部门, 资金管理方式, 标准 (《要点》一).

``from_dict`` checks the form of what a clerk wrote (dates, numbers, known keys and choices) and
says in Chinese what is wrong; whether the content satisfies the notice (a period long enough, a
row complete) is for the checks, which can point at the exact row. ``to_dict`` gives the JSON
form back, leaving out what is unset, so that ``from_dict(to_dict(x)) == x``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from policy.dates import parse_date
from policy.submission import Kind


class DetailsError(ValueError):
    """``str(exc)`` is a one-line Chinese message with the English after it."""

    def __init__(self, key: str, message_zh: str, message_en: str) -> None:
        super().__init__(f"{message_zh} ({message_en})")
        self.key = key
        self.message_zh = message_zh
        self.message_en = message_en


# 《要点》六: 调研座谈、问卷调查、领导信箱、网上咨询、大数据分析, plus 征求意见, 听证 and 政府开放日
PARTICIPATION_METHODS: tuple[str, ...] = ("座谈", "问卷", "征求意见", "听证", "领导信箱", "网上咨询", "大数据分析",
                                          "政府开放日")  # fmt: skip
_METHOD_ALIASES = {
    "座谈会": "座谈", "调研座谈": "座谈", "专题座谈": "座谈", "问卷调查": "问卷", "公开征求意见": "征求意见",
    "网上征求意见": "征求意见", "听证会": "听证",
}  # fmt: skip

# 收费清单 columns: JSON key ↔ the column name of the published list, and the names clerks also use
FEE_COLUMNS: dict[str, str] = {
    "name": "项目名称", "basis": "依据", "department": "执收部门", "fund_management": "资金管理方式",
    "standard": "标准",
}  # fmt: skip
_FEE_ALIASES = {
    "项目名称": "name", "收费项目": "name", "项目": "name", "收费项目名称": "name",
    "依据": "basis", "政策依据": "basis", "收费依据": "basis", "设立依据": "basis",
    "执收部门": "department", "执收单位": "department", "收费单位": "department",
    "资金管理方式": "fund_management", "资金管理": "fund_management",
    "标准": "standard", "收费标准": "standard",
}  # fmt: skip


# what each key is called in messages and listings
LABELS: dict[str, str] = {
    "interpretation_publish_date": "解读发布日期", "major_decision": "重大行政决策", "participation": "公众参与",
    "method": "方式", "date": "日期", "end_date": "截止日期", "stakeholders": "直接利害关系人",
    "participants": "参与人数", "summary": "情况摘要", "draft_title": "草案标题", "start_date": "征集开始日期",
    "has_explanation": "起草说明", "channel": "反馈渠道", "result_text": "征求结果", "result_file": "征求结果文件",
    "result_date": "征求结果发布日期", "opinion_count": "收到意见条数", "rows": "收费项目",
    **FEE_COLUMNS,
}  # fmt: skip


def _where(prefix: str, key: str) -> str:
    return f"{prefix}{LABELS.get(key, key)}"


def _check_keys(data: Mapping[str, Any], known: tuple[str, ...], prefix: str = "") -> None:
    if not isinstance(data, Mapping):
        raise DetailsError("not_object", f"{prefix or '详情'}应是一个 JSON 对象（{{…}}）",
                           f"{prefix or 'details'} must be a JSON object")  # fmt: skip
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise DetailsError(
            "unknown_key", f"{prefix}不认识的项：{'、'.join(unknown)}；可用的项：{'、'.join(known)}",
            f"unknown keys {', '.join(unknown)}; known: {', '.join(known)}",
        )  # fmt: skip


def _date(data: Mapping[str, Any], key: str, prefix: str = "") -> dt.date | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        found = parse_date(value)
        if found is None:
            try:
                found = dt.date.fromisoformat(value.strip())
            except ValueError:
                found = None
        if found is not None:
            return found
    raise DetailsError("bad_date", f"{_where(prefix, key)}：“{value}”不是完整日期，应写作 2024-03-04 或 2024年3月4日",
                       f"{key}: {value!r} is not a date (write 2024-03-04)")  # fmt: skip


def _text(data: Mapping[str, Any], key: str, prefix: str = "") -> str:
    value = data.get(key)
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)  # a standard typed as a number in a spreadsheet
    if not isinstance(value, str):
        raise DetailsError("bad_text", f"{_where(prefix, key)}应是文字", f"{key} must be text")
    return value.strip()


def _flag(data: Mapping[str, Any], key: str, prefix: str = "") -> bool:
    value = data.get(key, False)
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    if isinstance(value, str) and value.strip().lower() in ("是", "true", "1", "yes", "有"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("否", "false", "0", "no", "无", ""):
        return False
    raise DetailsError("bad_flag", f"{_where(prefix, key)}：“{value}”应为 是/否（true/false）",
                       f"{key}: {value!r} must be true or false")  # fmt: skip


def _count(data: Mapping[str, Any], key: str, prefix: str = "") -> int | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DetailsError("bad_count", f"{_where(prefix, key)}：“{value}”应是不小于 0 的整数",
                           f"{key}: {value!r} must be a whole number ≥ 0")  # fmt: skip
    return value


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise DetailsError("bad_list", f"{key} 应是一个列表（[…]）", f"{key} must be a list")
    return value


def _compact(values: dict[str, Any]) -> dict[str, Any]:
    """The JSON form without what is unset: None, "", False, [] are left out."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if value is None or value == "" or value is False or value == []:
            continue
        out[key] = value.isoformat() if isinstance(value, dt.date) else value
    return out


@dataclass(frozen=True, slots=True)
class Participation:
    """One act of public participation in a 重大行政决策 (《要点》六)."""

    method: str  # one of PARTICIPATION_METHODS
    date: dt.date | None = None  # the day it took place, or the first day
    end_date: dt.date | None = None
    stakeholders: str = ""  # the 直接利害关系人 consulted, e.g. 沿线居民代表12人、商户代表5人
    participants: int | None = None
    summary: str = ""

    KEYS = ("method", "date", "end_date", "stakeholders", "participants", "summary")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], row: int = 0) -> Participation:
        prefix = f"公众参与第{row + 1}项："
        _check_keys(data, cls.KEYS, prefix)
        method = _text(data, "method", prefix)
        method = _METHOD_ALIASES.get(method, method)
        if method not in PARTICIPATION_METHODS:
            choices = "、".join(PARTICIPATION_METHODS)
            raise DetailsError("bad_method", f"{prefix}方式“{method}”不是可选值之一：{choices}",
                               f"participation {row + 1}: unknown method {method!r}")  # fmt: skip
        start, end = _date(data, "date", prefix), _date(data, "end_date", prefix)
        if start and end and end < start:
            raise DetailsError("bad_period", f"{prefix}结束日期 {end} 早于开始日期 {start}",
                               f"participation {row + 1}: end {end} is before start {start}")  # fmt: skip
        return cls(method, start, end, _text(data, "stakeholders", prefix), _count(data, "participants", prefix),
                   _text(data, "summary", prefix))  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        d = _compact({"method": self.method, "date": self.date, "end_date": self.end_date,
                      "stakeholders": self.stakeholders, "summary": self.summary})  # fmt: skip
        if self.participants is not None:
            d["participants"] = self.participants
        return d


@dataclass(frozen=True, slots=True)
class PolicyDetails:
    """A 政策文件's details; also those of a 重大行政决策 (and of 政务动态, which has none)."""

    interpretation_publish_date: dt.date | None = None  # when the 解读 is published, if not with the policy
    major_decision: bool = False  # a 重大行政决策 (《要点》六); implied for Kind.MAJOR_DECISION
    participation: tuple[Participation, ...] = ()
    major: bool = False  # a 重大政策, counted in the 重大政策解读率 (《要点》十)

    KEYS = ("interpretation_publish_date", "major_decision", "participation", "major")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PolicyDetails:
        _check_keys(data, cls.KEYS)
        return cls(
            _date(data, "interpretation_publish_date"),
            _flag(data, "major_decision"),
            tuple(Participation.from_dict(p, i) for i, p in enumerate(_list(data, "participation"))),
            _flag(data, "major"),
        )

    def to_dict(self) -> dict[str, Any]:
        return _compact({"interpretation_publish_date": self.interpretation_publish_date,
                         "major_decision": self.major_decision,
                         "participation": [p.to_dict() for p in self.participation],
                         "major": self.major})  # fmt: skip


@dataclass(frozen=True, slots=True)
class ConsultationDetails:
    """A 意见征集 (《要点》一: 不少于1个月；必须要有文件正文和起草说明；有无反馈意见都需要写征求结果)."""

    draft_title: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None  # the last day opinions are taken
    has_explanation: bool = False  # the 起草说明 is published with the draft (or attach a file named so)
    channel: str = ""  # how to give feedback: address, e-mail, phone, web form
    result_text: str = ""  # the 征求结果 as published
    result_file: str = ""  # or the name of the file that holds it
    result_date: dt.date | None = None
    opinion_count: int | None = None  # opinions received (0 must be said in the result)

    KEYS = ("draft_title", "start_date", "end_date", "has_explanation", "channel", "result_text", "result_file",
            "result_date", "opinion_count")  # fmt: skip

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConsultationDetails:
        _check_keys(data, cls.KEYS)
        start, end = _date(data, "start_date"), _date(data, "end_date")
        if start and end and end < start:
            raise DetailsError("bad_period", f"征集截止日期 {end} 早于开始日期 {start}",
                               f"the end date {end} is before the start date {start}")  # fmt: skip
        return cls(
            _text(data, "draft_title"), start, end, _flag(data, "has_explanation"), _text(data, "channel"),
            _text(data, "result_text"), _text(data, "result_file"), _date(data, "result_date"),
            _count(data, "opinion_count"),
        )  # fmt: skip

    @property
    def has_result(self) -> bool:
        return bool(self.result_text or self.result_file)

    def to_dict(self) -> dict[str, Any]:
        d = _compact({name: getattr(self, name) for name in self.KEYS if name != "opinion_count"})
        if self.opinion_count is not None:
            d["opinion_count"] = self.opinion_count
        return {k: d[k] for k in self.KEYS if k in d}


@dataclass(frozen=True, slots=True)
class FeeRow:
    """One row of a 行政事业性收费项目清单."""

    name: str = ""  # 项目名称
    basis: str = ""  # 依据: the documents that set the fee, often with their 文号
    department: str = ""  # 执收部门
    fund_management: str = ""  # 资金管理方式: 缴入国库 / 财政专户
    standard: str = ""  # 标准

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], row: int = 0) -> FeeRow:
        prefix = f"第{row + 1}行："
        if not isinstance(data, Mapping):
            raise DetailsError(
                "bad_row", f"{prefix}应是一个 JSON 对象（{{…}}）", f"row {row + 1} must be an object"
            )
        keys: dict[str, Any] = {}
        for column, value in data.items():
            key = column if column in FEE_COLUMNS else _FEE_ALIASES.get(str(column).strip())
            if key is None:
                known = "、".join(FEE_COLUMNS.values())
                raise DetailsError("unknown_column", f"{prefix}不认识的列“{column}”；可用的列：{known}",
                                   f"row {row + 1}: unknown column {column!r}")  # fmt: skip
            if key in keys:
                raise DetailsError("duplicate_column", f"{prefix}“{FEE_COLUMNS[key]}”重复出现",
                                   f"row {row + 1}: column {key} given twice")  # fmt: skip
            keys[key] = value
        return cls(**{key: _text(keys, key, prefix) for key in FEE_COLUMNS})

    @property
    def empty(self) -> bool:
        return not any((self.name, self.basis, self.department, self.fund_management, self.standard))

    def to_dict(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in FEE_COLUMNS}


@dataclass(frozen=True, slots=True)
class FeeListDetails:
    rows: tuple[FeeRow, ...] = ()

    KEYS = ("rows",)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FeeListDetails:
        _check_keys(data, cls.KEYS)
        rows = tuple(FeeRow.from_dict(r, i) for i, r in enumerate(_list(data, "rows")))
        return cls(tuple(r for r in rows if not r.empty))

    def to_dict(self) -> dict[str, Any]:
        return {"rows": [r.to_dict() for r in self.rows]} if self.rows else {}


Details = PolicyDetails | ConsultationDetails | FeeListDetails

DETAILS_TYPES: dict[Kind, type[PolicyDetails] | type[ConsultationDetails] | type[FeeListDetails]] = {
    Kind.POLICY: PolicyDetails,
    Kind.MAJOR_DECISION: PolicyDetails,
    Kind.NEWS: PolicyDetails,
    Kind.CONSULTATION: ConsultationDetails,
    Kind.FEE_LIST: FeeListDetails,
}


def parse_details(kind: Kind, data: Mapping[str, Any] | None) -> Details:
    """The details of a submission of ``kind``; raises DetailsError with a Chinese message."""
    return DETAILS_TYPES[kind].from_dict(data or {})


def is_major_decision(kind: Kind, details: Details) -> bool:
    return kind is Kind.MAJOR_DECISION or (isinstance(details, PolicyDetails) and details.major_decision)
