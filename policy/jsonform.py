"""The JSON forms of the core results (DESIGN.md's metadata contract)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import Any

from policy.extraction import Extraction
from policy.metadata import FIELD_KEYS, Fields, PolicyMetadata


def plain(value: Any) -> Any:
    """Dataclasses, enums, dates and tuples as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def fields_json(fields: Fields) -> dict[str, Any]:
    return {key: plain(getattr(fields, key)) for key in FIELD_KEYS}


def metadata_json(metadata: PolicyMetadata) -> dict[str, Any]:
    return {
        "fields": fields_json(metadata.fields),
        "structure": plain(metadata.structure),
        "evidence": {key: plain(ev) for key, ev in metadata.evidence.items()},
    }


def extraction_json(extraction: Extraction) -> dict[str, Any]:
    metadata = extraction.metadata or PolicyMetadata()
    return {
        "file": extraction.file,
        "status": extraction.status.value,
        "error": extraction.error,
        **metadata_json(metadata),
        "problems": [
            {"key": p.key, "message": p.message_zh, "message_en": p.message_en} for p in extraction.problems
        ],
    }


def fields_from_json(data: dict[str, Any]) -> Fields:
    from policy.fieldvalues import from_json_value

    return Fields(**{key: from_json_value(key, data.get(key)) for key in FIELD_KEYS})


def metadata_from_json(data: dict[str, Any]) -> PolicyMetadata:
    """The inverse of ``metadata_json`` (structure and evidence included)."""
    from policy.metadata import Citation, Clause, Enclosed, Evidence, Heading, Structure

    def ev(d: dict[str, Any]) -> Evidence:
        span = d.get("span")
        return Evidence(
            d["rule"], d["confidence"], d.get("block"), tuple(span) if span else None, d.get("page")
        )

    s = data.get("structure") or {}
    enclosed = s.get("enclosed")
    structure = Structure(
        outline=tuple(Heading(**h) for h in s.get("outline", ())),
        clauses=tuple(Clause(**c) for c in s.get("clauses", ())),
        citations=tuple(Citation(**{**c, "span": tuple(c["span"])}) for c in s.get("citations", ())),
        enclosed=Enclosed(**enclosed) if enclosed else None,
    )
    return PolicyMetadata(
        fields=fields_from_json(data.get("fields") or {}),
        structure=structure,
        evidence={k: ev(v) for k, v in (data.get("evidence") or {}).items()},
    )


def interpretation_from_json(data: dict[str, Any]):
    """The inverse of ``plain(interpretation)``."""
    from policy.interpretation import (
        Element,
        Form,
        FormKind,
        Interpretation,
        Keyword,
        QAItem,
        Section,
        SourceRef,
    )

    def ref(d: dict[str, Any]) -> SourceRef:
        return SourceRef(
            d["block"], tuple(d["span"]) if d.get("span") else None, d.get("page"), d.get("label", "")
        )

    by_element = {s["element"]: s.get("text", "") for s in data.get("sections", ())}
    return Interpretation(
        title=data.get("title", ""),
        policy_title=data.get("policy_title"),
        sections=tuple(Section(e, by_element.get(e.value, "")) for e in Element),
        keywords=tuple(
            Keyword(
                k["word"],
                k.get("weight", 0.0),
                k.get("explanation", ""),
                tuple(ref(r) for r in k.get("sources", ())),
            )
            for k in data.get("keywords", ())
        ),
        forms=tuple(
            Form(
                FormKind(f["kind"]),
                f.get("title", ""),
                f.get("file_sha256"),
                f.get("file_name"),
                f.get("text", ""),
            )
            for f in data.get("forms", ())
        ),
        qa=tuple(
            QAItem(q["question"], q.get("answer", ""), tuple(ref(r) for r in q.get("sources", ())))
            for q in data.get("qa", ())
        ),
    )
