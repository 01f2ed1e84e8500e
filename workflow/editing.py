"""Use cases that change a submission's content: a confirmed value, the 解读 text, re-extraction.
Each runs in one transaction, so an edit is either saved whole or not at all."""

from __future__ import annotations

from typing import Any

from policy.fieldvalues import FieldValueError, parse_field_value, to_json_value
from policy.problems import Status
from storage import Library, LibraryError, audit, records, submissions
from workflow import indexing, lifecycle, subjects
from workflow.originals import extract_original


def confirm_field(lib: Library, submission_id: int, key: str, value: Any, actor: str) -> Any:
    """Record the clerk's value for ``key`` (typed text is parsed); audit-logged. Returns the value."""
    typed = parse_field_value(key, value) if isinstance(value, str) else value
    with lib.write():
        lifecycle.check_editable(lib, submission_id)
        if key == "subject" and typed:
            subjects.check_subject(lib, typed)  # only a class of the library's list
        elif key == "index_number" and typed:
            try:
                indexing.check_index_number(lib, submission_id, typed)  # form, unique in the library
            except LibraryError as exc:
                if exc.key == "bad_index_number":  # a value typed in the wrong form: like a bad date
                    raise FieldValueError(str(exc)) from None
                raise
        old = getattr(submissions.get(lib, submission_id).fields, key)
        submissions.confirm(lib, submission_id, key, old, typed, actor)
        audit.append(lib, actor, "confirm", submission_id,
                     {"field": key, "old": to_json_value(key, old), "new": to_json_value(key, typed)})  # fmt: skip
        lifecycle.after_edit(lib, submission_id, actor)
    return typed


def save_interpretation(
    lib: Library, submission_id: int, content: dict[str, Any], text: str, actor: str
) -> None:
    """Autosave of the 解读: stored as a version outside the audit chain; an approved item reopens."""
    with lib.write():
        lifecycle.check_editable(lib, submission_id)
        records.save_interpretation(lib, submission_id, content, text)
        records.save_text_version(lib, submission_id, "interpretation", text)
        lifecycle.after_edit(lib, submission_id, actor)


def reextract(lib: Library, submission_id: int, actor: str) -> Status:
    """Run the extractor again on the stored original; confirmed values are kept and still win."""
    result = extract_original(lib, submission_id)
    if result.metadata is not None and result.document is not None:
        with lib.write():
            submissions.replace_extraction(
                lib, submission_id, result.metadata, result.document.text, result.status.value
            )
            audit.append(lib, actor, "reextract", submission_id, {"status": result.status.value})
    return result.status
