"""Use case: 全部确认 — after reviewing the form against the original, the clerk confirms every
extracted value not confirmed yet, in one transaction (each one audit-logged like a single edit)."""

from __future__ import annotations

from policy.metadata import FIELD_KEYS
from storage import Library, submissions
from workflow.editing import confirm_field


def unconfirmed(lib: Library, submission_id: int) -> list[str]:
    """The fields holding an extracted value that the clerk has not confirmed or corrected."""
    sub = submissions.get(lib, submission_id)
    extracted = sub.extracted.fields
    return [
        key
        for key in FIELD_KEYS
        if key not in sub.confirmed and getattr(extracted, key) not in (None, (), "", False)
    ]


def confirm_all(lib: Library, submission_id: int, actor: str) -> list[str]:
    """Confirm every unconfirmed extracted value as it stands; returns the keys confirmed."""
    with lib.write():
        keys = unconfirmed(lib, submission_id)
        fields = submissions.get(lib, submission_id).fields
        for key in keys:
            confirm_field(lib, submission_id, key, getattr(fields, key), actor)
    return keys
