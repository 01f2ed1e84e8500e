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
from policy.submission import FileRole
from storage import Library, submissions
from storage.files import path_of
from workflow import config
from workflow.interpret import stored_interpretation
from workflow.originals import extract_original


def preview(lib: Library, submission_id: int, out: Path | str) -> PreviewResult:
    """Render the submission into ``out``: its confirmed-else-extracted metadata, the body of its
    original (read again; the stored text when that fails), attachments, the stored 解读 and its media."""
    sub = submissions.get(lib, submission_id)
    extraction = extract_original(lib, submission_id)
    if extraction.document is not None:
        body = body_items(extraction.document, extraction.metadata)
    else:
        body = body_from_text(sub.body_text)

    def files(role: FileRole) -> tuple[PreviewFile, ...]:
        return tuple(
            PreviewFile(f.name, path_of(lib, f.sha256), f.sha256) for f in sub.files if f.role is role
        )

    data = PreviewInput(
        fields=sub.fields,
        body=body,
        attachments=files(FileRole.ATTACHMENT),
        interpretation=stored_interpretation(lib, submission_id),
        media=files(FileRole.MEDIA),
        publisher=config.load(lib).publisher,
    )
    return write_preview(data, out)
