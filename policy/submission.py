"""A submission: one item a clerk prepares for the site, with its lifecycle, files and history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from policy.metadata import Fields, PolicyMetadata


class Kind(StrEnum):
    POLICY = "政策文件"
    CONSULTATION = "意见征集"
    FEE_LIST = "收费清单"
    NEWS = "政务动态"
    MAJOR_DECISION = "重大行政决策"


class SubmissionStatus(StrEnum):
    DRAFT = "草稿"
    PENDING = "待审核"
    APPROVED = "已通过"
    RETURNED = "已退回"
    EXPORTED = "已导出"
    UPLOADED = "已上传"
    WITHDRAWN = "已撤回"
    EXPIRED = "已失效"


class FileRole(StrEnum):
    ORIGINAL = "original"  # the policy document itself
    ATTACHMENT = "attachment"  # a separate attachment file (.xlsx, images, other documents)
    MEDIA = "media"  # media of the 解读's forms


class LinkKind(StrEnum):
    INTERPRETS = "interprets"  # 解读 → policy
    REPLACES = "replaces"  # new version → the old policy it replaces
    CHANGES = "changes"  # a change (失效/废止/修订/撤回) → the published item it concerns


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    size: int
    name: str  # the name it was imported under
    format: str | None = None
    role: FileRole = FileRole.ORIGINAL


@dataclass(frozen=True, slots=True)
class Confirmation:
    """A value the clerk confirmed or corrected: who, when, old → new (JSON-ready values)."""

    field: str
    old: Any
    new: Any
    who: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class Submission:
    id: int
    kind: Kind
    status: SubmissionStatus
    title: str | None
    doc_number: str | None
    issuer: str | None
    department: str | None
    site_column: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    extraction_status: str | None = None
    extracted: PolicyMetadata = field(default_factory=PolicyMetadata)
    confirmed: dict[str, Confirmation] = field(default_factory=dict)
    files: tuple[StoredFile, ...] = ()
    body_text: str = ""
    details: dict[str, Any] = field(default_factory=dict)  # kind-specific: consultation dates, fee rows…
    author: str | None = None  # who imported it (a reviewer may not review their own work)

    @property
    def fields(self) -> Fields:
        """The values to publish: what the clerk confirmed, else what was extracted."""
        from dataclasses import replace

        overrides = {key: c.new for key, c in self.confirmed.items()}
        return replace(self.extracted.fields, **overrides) if overrides else self.extracted.fields


@dataclass(frozen=True, slots=True)
class Review:
    submission_id: int
    reviewer: str
    role: str
    decision: str  # 通过 | 退回
    comment: str
    at: dt.datetime
    content_sha256: str
    id: int | None = None
    level: str = "初审"  # 初审 | 复审
    payload_sha256: str | None = None  # the bundle payload the decision is bound to
    record: dict[str, Any] | None = None  # the signed decision as it goes into review.json


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    submission_id: int | None
    detail: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    submission_id: int
    title: str | None
    doc_number: str | None
    status: SubmissionStatus
    kind: Kind
    snippet: str
    rank: float


@dataclass(frozen=True, slots=True)
class SubmissionSummary:
    """One row of the submissions list."""

    id: int
    kind: Kind
    status: SubmissionStatus
    title: str | None
    doc_number: str | None
    issuer: str | None
    year: int | None
    updated_at: dt.datetime
