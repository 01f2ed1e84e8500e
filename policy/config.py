"""The library's settings: a frozen dataclass that validates itself, built from the stored
key → text pairs (``storage.config``) and shown with Chinese names (``LABELS``)."""

from __future__ import annotations

import dataclasses
import re
import string
from dataclasses import dataclass
from typing import Any

from policy.fieldvalues import FieldValueError
from policy.orgcode import valid_org_code, valid_uscc

DEFAULT_INDEX_SCHEME = "{org}/{year}-{serial:05d}"
MANUAL = "manual"
# the form of a 索引号 under the default scheme: a 组织机构代码 or 统一社会信用代码, year, serial
INDEX_NUMBER_FORM = re.compile(r"^(?P<org>[0-9A-Z]{9}|[0-9A-HJ-NPQRTUWXY]{18})/(?P<y>\d{4})-(?P<n>\d{5})$")
REVIEW_LEVELS = ("初审", "初审+复审")
SITE_PROTOCOLS = ("webdav", "http")

LABELS = {
    "org_code": "机构代码",
    "publisher": "发布机构",
    "index_scheme": "索引号规则",
    "review_levels": "审核层级",
    "site_url": "网站地址",
    "site_protocol": "上传方式",
    "trusted_reviewers": "可信审核人名单",
    "subjects_file": "主题分类表",
    "publish_raw_draft": "发布原稿不清理",
}
KEYS = tuple(LABELS)


class ConfigValueError(FieldValueError):
    """A value a clerk typed for a setting is not valid (``str(exc)``: Chinese, then English)."""


@dataclass(frozen=True, slots=True)
class LibraryConfig:
    org_code: str | None = None
    publisher: str | None = None
    index_scheme: str = DEFAULT_INDEX_SCHEME
    review_levels: str = REVIEW_LEVELS[0]
    site_url: str | None = None
    site_protocol: str = SITE_PROTOCOLS[0]
    trusted_reviewers: str | None = None  # a path
    subjects_file: str | None = None  # a path; None: the shipped list (resources/subjects.txt)
    publish_raw_draft: str = "否"  # 是: bundle the clerk's file as imported, not the cleaned copy

    def __post_init__(self) -> None:
        if self.org_code is not None:
            _check_org_code(self.org_code)
        _check_scheme(self.index_scheme)
        if self.review_levels not in REVIEW_LEVELS:
            raise ConfigValueError(
                f"审核层级只能是 {' 或 '.join(REVIEW_LEVELS)}，不能是“{self.review_levels}” (review_levels)"
            )
        if self.site_protocol not in SITE_PROTOCOLS:
            raise ConfigValueError(
                f"上传方式只能是 {' 或 '.join(SITE_PROTOCOLS)}，不能是“{self.site_protocol}” (site_protocol)"
            )
        if self.publish_raw_draft not in ("是", "否"):
            raise ConfigValueError(
                f"发布原稿不清理只能是 是 或 否，不能是“{self.publish_raw_draft}” (publish_raw_draft)"
            )
        if self.site_url is not None and not re.match(r"^https?://[^\s/]+", self.site_url):
            raise ConfigValueError(
                f"网站地址应以 http:// 或 https:// 开头：“{self.site_url}” (site_url must be an http(s) URL)"
            )

    @property
    def manual_index(self) -> bool:
        return self.index_scheme == MANUAL

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> LibraryConfig:
        """From stored text values; unknown keys are refused, empty text means the default."""
        unknown = set(values) - set(KEYS)
        if unknown:
            raise ConfigValueError(_unknown(sorted(unknown)[0]))
        return cls(**{k: v for k, v in ((k, _clean(k, v)) for k, v in values.items()) if v is not None})

    def with_value(self, key: str, text: str) -> LibraryConfig:
        """A copy with ``key`` set from what a clerk typed (empty text: back to the default)."""
        if key not in KEYS:
            raise ConfigValueError(_unknown(key))
        value = _clean(key, text)
        if value is None:
            value = next(f for f in dataclasses.fields(self) if f.name == key).default
        return dataclasses.replace(self, **{key: value})

    def as_dict(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in KEYS}


def _unknown(key: str) -> str:
    return f"没有这个设置项：{key}（可设置：{'、'.join(KEYS)}） (no such setting)"


def _clean(key: str, value: Any) -> Any:
    text = None if value is None else str(value).strip()
    if not text:
        return None
    # 组织机构代码 is often written 12345678-9
    return text.upper().replace("-", "").replace(" ", "") if key == "org_code" else text


def _check_org_code(code: str) -> None:
    if len(code) == 9:
        if not valid_org_code(code):
            raise ConfigValueError(
                f"机构代码“{code}”不是有效的组织机构代码（校验位不符，GB 11714） (bad organisation code check character)"
            )
    elif len(code) == 18:
        if not valid_uscc(code):
            raise ConfigValueError(
                f"机构代码“{code}”不是有效的统一社会信用代码（校验位或格式不符，GB 32100） (bad unified social credit code)"
            )
    else:
        raise ConfigValueError(
            f"机构代码应为 9 位组织机构代码或 18 位统一社会信用代码，“{code}”是 {len(code)} 位 (org_code: 9 or 18 characters)"
        )


def _check_scheme(scheme: str) -> None:
    if scheme == MANUAL:
        return
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(scheme) if name is not None}
        scheme.format(org="000000000", year=2024, serial=1)
    except (ValueError, KeyError, IndexError):
        names = {"?"}
    if "serial" not in names or not names <= {"org", "year", "serial"}:
        raise ConfigValueError(
            f"索引号规则“{scheme}”无效：应为 manual（由网站分配），或含 {{serial}} 的格式，可用 {{org}} {{year}} {{serial:05d}}，"
            f"默认 {DEFAULT_INDEX_SCHEME} (index_scheme)"
        )
