"""The 索引号 of a submission: checked when a clerk enters one (form under the default scheme,
unique in the library) and assigned at submission from the library's scheme (see
``workflow.submitting``)."""

from __future__ import annotations

import datetime as dt
import re
import string

from policy.config import DEFAULT_INDEX_SCHEME, INDEX_NUMBER_FORM, LibraryConfig
from storage import Library, LibraryError, audit, submissions
from storage import config as stored_config
from workflow.config import load


def check_index_number(
    lib: Library, submission_id: int, value: str, config: LibraryConfig | None = None
) -> None:
    """Refuse an index number of the wrong form (default scheme) or one another submission has."""
    config = config or load(lib)
    if config.index_scheme == DEFAULT_INDEX_SCHEME and not INDEX_NUMBER_FORM.match(value):
        raise LibraryError(
            "bad_index_number",
            f"索引号“{value}”格式不对，应形如 机构代码/年份-五位序号，如 000000000/2024-00001",
            f"index number {value!r} does not have the form ORG/YYYY-NNNNN",
        )
    for other, number in stored_config.index_numbers(lib).items():
        if number == value and other != submission_id:
            raise LibraryError(
                "duplicate_index_number",
                f"索引号“{value}”已被第 {other} 条使用，索引号在资料库内不能重复",
                f"index number {value!r} is already used by submission {other}",
            )


def assign_index_number(lib: Library, submission_id: int, actor: str) -> str | None:
    """The 索引号 given now (audit-logged as a confirmation), or None when none was given."""
    with lib.write():
        config = load(lib)
        fields = submissions.get(lib, submission_id).fields
        if fields.index_number:
            check_index_number(lib, submission_id, fields.index_number, config)
            return None
        if config.manual_index:
            raise LibraryError(
                "no_index_number",
                f"第 {submission_id} 条还没有索引号：本资料库的索引号由网站分配（索引号规则为 manual），"
                f"请先用 python main.py set {submission_id} index_number 索引号 填写后再提交",
                f"submission {submission_id} has no index number (scheme: manual); set it first",
            )
        if config.org_code is None:
            return None
        year = fields.date.year if fields.date else dt.date.today().year
        pattern = _scheme_pattern(config.index_scheme, config.org_code, year)
        used = set(stored_config.index_numbers(lib).values())
        serial = 1 + max((int(m["serial"]) for v in used if (m := pattern.match(v))), default=0)
        value = config.index_scheme.format(org=config.org_code, year=year, serial=serial)
        while value in used:  # a scheme without {org} or {year} can collide across years
            serial += 1
            value = config.index_scheme.format(org=config.org_code, year=year, serial=serial)
        submissions.confirm(lib, submission_id, "index_number", None, value, actor)
        audit.append(lib, actor, "confirm", submission_id,
                     {"field": "index_number", "old": None, "new": value, "assigned": config.index_scheme})  # fmt: skip
        return value


def _scheme_pattern(scheme: str, org: str, year: int) -> re.Pattern[str]:
    parts = []
    for literal, name, spec, _conv in string.Formatter().parse(scheme):
        parts.append(re.escape(literal))
        if name == "serial":
            parts.append(r"(?P<serial>\d+)")
        elif name is not None:
            parts.append(re.escape(format(org if name == "org" else year, spec or "")))
    return re.compile("^" + "".join(parts) + "$")
