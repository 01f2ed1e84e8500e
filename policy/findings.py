"""What a compliance check reports: a finding with its rule, severity, citation, location and fix."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    BLOCK = "阻断"  # blocks review and export until fixed or explicitly accepted by a reviewer
    WARN = "警告"
    INFO = "提示"


SEVERITY_EN = {Severity.BLOCK: "blocking", Severity.WARN: "warning", Severity.INFO: "note"}


@dataclass(frozen=True, slots=True)
class Location:
    """What a finding concerns: a field, a block (with span and page), a table row, or a file."""

    field: str | None = None
    block: int | None = None
    span: tuple[int, int] | None = None
    page: int | None = None
    row: int | None = None
    file: str | None = None

    @property
    def key(self) -> str:
        """A stable name for the place (used in finding ids; spans are left out so that unrelated
        edits above do not change the id)."""
        parts = [f"field={self.field}" if self.field else "", f"row={self.row}" if self.row is not None else "",
                 f"file={self.file}" if self.file else ""]  # fmt: skip
        key = ",".join(p for p in parts if p)
        return key or ("body" if self.block is not None else "document")

    def describe(self) -> str:
        """Where, in Chinese, for people: 字段 标题 / 第3页 第12段 / 第4行 / 文件 a.png."""
        parts = []
        if self.field:
            parts.append(f"字段“{self.field}”")
        if self.page:
            parts.append(f"第{self.page}页")
        if self.block is not None:
            parts.append(f"第{self.block + 1}段")
        if self.row is not None:
            parts.append(f"第{self.row + 1}行")
        if self.file:
            parts.append(f"文件 {self.file}")
        return " ".join(parts) or "全文"


@dataclass(frozen=True, slots=True)
class Acceptance:
    reviewer: str
    reason: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class Finding:
    id: str  # rule + location + hash of the matched text: survives re-checks and unrelated edits
    rule_id: str
    severity: Severity
    message_zh: str
    message_en: str
    citation: str
    location: Location
    fix: str  # what to do, in Chinese; fix_en the same in English (both say what, not which command)
    matched: str = ""
    accepted: Acceptance | None = None
    fix_en: str = ""

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.BLOCK and self.accepted is None
