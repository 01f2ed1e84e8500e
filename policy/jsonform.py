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
