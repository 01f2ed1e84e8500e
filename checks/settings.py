"""The thresholds and lists a district can change, declared once with their defaults."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """One row of the department's published directory (point 一): 机构, 职能, 电话."""

    office: str
    duty: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class CheckSettings:
    # 有效期 (规范性文件): the usual period, and for 暂行/试行
    validity_years: int = 5
    provisional_validity_years: int = 2
    # 解读
    originality_block_share: float = 0.30  # more of the 解读 copied than this: 阻断
    originality_section_warn_share: float = 0.50  # one section copied more than this: 警告
    originality_min_run: int = 13
    min_forms: int = 2
    sync_working_days: int = 0  # 三同步: policy and 解读 published at most this many working days apart
    # 意见征集: the shortest period, in calendar months (民法典 第二百零一条 counting)
    consultation_months: int = 1
    # 收费清单
    fee_requires_fund_management: bool = False
    # freshness (检查指标): 政务动态 and 政策文件/解读 columns
    news_fresh_days: int = 14
    policy_fresh_days: int = 183
    # GB/T 9704 form from .docx style facts
    body_fonts: tuple[str, ...] = (
        "仿宋",
        "仿宋_GB2312",
        "FangSong",
        "FangSong_GB2312",
        "仿宋体",
        "方正仿宋_GBK",
        "方正仿宋简体",
    )
    body_size_pt: float = 16.0
    title_size_pt: float = 22.0
    margin_top_mm: float = 37.0
    margin_left_mm: float = 28.0
    margin_tolerance_mm: float = 1.0
    # the department's directory (point 一) and extra wording lists
    directory: tuple[DirectoryEntry, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    # 用字和表述 (YZ rules): a district's additions to the lists in resources/lexicons
    extra_variants: tuple[tuple[str, str], ...] = ()  # (错误或不规范写法, 规范写法) → YZ-02
    extra_agency_names: tuple[tuple[str, str], ...] = ()  # (错误或旧称, 规范名称) → YZ-03
    extra_serious: tuple[tuple[str, str, str], ...] = ()  # (正则, 说明, 建议写法) → YZ-04, 阻断
    wording_allow: tuple[str, ...] = ()  # correct strings never reported (a word containing a listed form)

    def __post_init__(self) -> None:
        for name in ("originality_block_share", "originality_section_warn_share"):
            if not 0 < getattr(self, name) <= 1:
                raise ValueError(f"{name} must be in (0, 1]")
        if not 6 <= self.originality_min_run <= 100:
            raise ValueError("originality_min_run must be between 6 and 100")
        positive = ("validity_years", "provisional_validity_years", "min_forms", "consultation_months",
                    "news_fresh_days", "policy_fresh_days")  # fmt: skip
        for name in positive:
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        if self.sync_working_days < 0 or self.margin_tolerance_mm < 0:
            raise ValueError("sync_working_days and margin_tolerance_mm cannot be negative")
        _check_wording_lists(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckSettings:
        """Settings from a plain dict (a district's JSON); unknown keys are refused."""
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
        values = dict(data)
        if "directory" in values:
            values["directory"] = tuple(DirectoryEntry(**row) for row in values["directory"])
        for name in ("body_fonts", "disabled_rules"):
            if name in values:
                values[name] = tuple(values[name])
        return cls(**values)


def _check_wording_lists(settings: CheckSettings) -> None:
    """The 用字和表述 additions as tuples of non-empty strings (JSON gives lists); regexes compile."""
    shapes = {"extra_variants": 2, "extra_agency_names": 2, "extra_serious": 3}
    for name, width in shapes.items():
        rows = tuple(tuple(str(v).strip() for v in row) for row in getattr(settings, name))
        for row in rows:
            if len(row) != width or not row[0] or not row[1]:
                raise ValueError(f"{name}: each entry needs {width} values, the first two non-empty: {row!r}")
            if width == 2 and row[0] == row[1]:
                raise ValueError(f"{name}: {row[0]!r} is the same as its recommended form")
        object.__setattr__(settings, name, rows)
    for expression, _, _ in settings.extra_serious:
        try:
            compiled = re.compile(expression)
        except re.error as exc:
            raise ValueError(f"extra_serious: bad regular expression {expression!r}: {exc}") from None
        if compiled.search(""):
            raise ValueError(f"extra_serious: {expression!r} matches the empty string")
    allow = tuple(str(w).strip() for w in settings.wording_allow if str(w).strip())
    object.__setattr__(settings, "wording_allow", allow)
