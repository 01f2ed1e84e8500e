"""Use case: preview a submission as the site will show it (policy page, 解读 page, files)."""

from __future__ import annotations

from pathlib import Path

from bundles.preview import (
    PreviewFile,
    PreviewInput,
    PreviewResult,
    body_from_text,
    body_items,
    write_preview,
)
from policy.details import Details, parse_details
from policy.submission import FileRole, Submission
from storage import Library, submissions
from storage.files import path_of
from workflow import config
from workflow.interpret import stored_interpretation
from workflow.originals import extract_original


def page_details(sub: Submission) -> Details | None:
    """The submission's details, typed, for the page; None when they cannot be read as its kind's
    (a change request's ``{"change": …}``, or something stored before a check existed): the page
    then shows no details section, and the checks say what is wrong."""
    try:
        return parse_details(sub.kind, sub.details)
    except (ValueError, TypeError, KeyError):  # DetailsError is a ValueError
        return None


def preview_input(lib: Library, submission_id: int) -> PreviewInput:
    """What the site's pages show: the confirmed-else-extracted metadata, the body of the original
    (read again; the stored text when that fails or there is none), attachments, the stored 解读
    and the media its forms use, and the kind-specific details."""
    sub = submissions.get(lib, submission_id)
    has_original = any(f.role is FileRole.ORIGINAL for f in sub.files)
    extraction = extract_original(lib, submission_id) if has_original else None
    if extraction is not None and extraction.document is not None:
        body = body_items(extraction.document, extraction.metadata)
    else:
        body = body_from_text(sub.body_text)

    def files(role: FileRole) -> tuple[PreviewFile, ...]:
        return tuple(
            PreviewFile(f.name, path_of(lib, f.sha256), f.sha256) for f in sub.files if f.role is role
        )

    interpretation = stored_interpretation(lib, submission_id)
    # only the media a form of the 解读 still uses: a picture the clerk removed is not published
    used = {f.file_sha256 for f in interpretation.forms} if interpretation else set()
    return PreviewInput(
        fields=sub.fields,
        body=body,
        attachments=files(FileRole.ATTACHMENT),
        interpretation=interpretation,
        media=tuple(f for f in files(FileRole.MEDIA) if f.sha256 in used),
        publisher=config.load(lib).publisher,
        details=page_details(sub),
    )


def preview(lib: Library, submission_id: int, out: Path | str) -> PreviewResult:
    """Render the submission's pages and files into ``out``."""
    return write_preview(preview_input(lib, submission_id), out)
