"""The metadata contract of DESIGN.md: fields, structure, evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields

FIELD_KEYS: tuple[str, ...] = (
    "doc_number", "title", "issuer_mark", "issuers", "date", "recipients", "attachments", "cc",
    "printer", "print_date", "doc_type", "disclosure", "signer", "effective_date", "expiry_date",
    "copy_number", "classification", "urgency", "registration_number", "validity_years", "provisional",
    "validity", "index_number", "subject", "publisher", "publish_date",
)  # fmt: skip

DOC_TYPES: tuple[str, ...] = (
    "决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复",
    "议案", "函", "纪要",
)  # fmt: skip

DISCLOSURES: tuple[str, ...] = ("主动公开", "依申请公开", "不予公开")
VALIDITIES: tuple[str, ...] = ("有效", "失效", "废止", "部分失效", "已修订")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value came from: block index, character span in that block, page, rule, confidence."""

    rule: str
    confidence: float
    block: int | None = None
    span: tuple[int, int] | None = None
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Fields:
    doc_number: str | None = None
    title: str | None = None
    issuer_mark: str | None = None
    issuers: tuple[str, ...] = ()
    date: dt.date | None = None
    recipients: str | None = None
    attachments: tuple[str, ...] = ()
    cc: str | None = None
    printer: str | None = None
    print_date: dt.date | None = None
    doc_type: str | None = None
    disclosure: str | None = None
    signer: str | None = None
    effective_date: dt.date | None = None
    expiry_date: dt.date | None = None
    copy_number: str | None = None
    classification: str | None = None
    urgency: str | None = None
    registration_number: str | None = None
    validity_years: int | None = None
    provisional: bool = False
    # values the site needs that a clerk confirms or the app suggests; never printed by the extractor
    validity: str | None = None
    index_number: str | None = None
    subject: str | None = None
    publisher: str | None = None
    publish_date: dt.date | None = None


assert tuple(f.name for f in fields(Fields)) == FIELD_KEYS


@dataclass(frozen=True, slots=True)
class Heading:
    """An outline heading: level 1 一、 / 2 （一） / 3 1. / 4 （1）."""

    level: int
    marker: str
    text: str
    block: int


@dataclass(frozen=True, slots=True)
class Clause:
    """A 第X条 article of a 办法/规定."""

    number: int
    label: str
    text: str
    block: int


@dataclass(frozen=True, slots=True)
class Citation:
    """A document the text cites: a 《title》 or a 文号 (normalised to 〔〕)."""

    kind: str  # "title" | "doc_number"
    text: str
    normalized: str
    block: int
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Enclosed:
    """For a notice that 印发/转发 another document: where that document starts and its own title."""

    verb: str
    title: str | None
    block: int | None


@dataclass(frozen=True, slots=True)
class Structure:
    outline: tuple[Heading, ...] = ()
    clauses: tuple[Clause, ...] = ()
    citations: tuple[Citation, ...] = ()
    enclosed: Enclosed | None = None


@dataclass(frozen=True, slots=True)
class PolicyMetadata:
    fields: Fields = field(default_factory=Fields)
    structure: Structure = field(default_factory=Structure)
    evidence: Mapping[str, Evidence] = field(default_factory=dict)
