"""Reading a submission's stored original again (through the sandbox, like any untrusted file)."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path

from policy.extraction import Extraction
from policy.submission import FileRole
from storage import Library, LibraryError, submissions
from storage.files import path_of
from workflow.extract import extract_files


@contextlib.contextmanager
def _named(stored: Path, suffix: str) -> Iterator[Path]:
    """The stored copy under a name with the original's extension (the reader of .txt needs it)."""
    if not suffix:
        yield stored
        return
    # a link of its own per call: two threads reading the same original must not share (and delete)
    # each other's
    link = stored.with_name(f"{stored.name}.{uuid.uuid4().hex}{suffix}")
    link.symlink_to(stored.name)
    try:
        yield link
    finally:
        link.unlink(missing_ok=True)


def extract_original(lib: Library, submission_id: int) -> Extraction:
    sub = submissions.get(lib, submission_id)
    original = next((f for f in sub.files if f.role is FileRole.ORIGINAL), None)
    if original is None:
        raise LibraryError(
            "no_original", f"第 {submission_id} 条没有原始文件", f"submission {submission_id} has no original"
        )
    with _named(path_of(lib, original.sha256), Path(original.name).suffix.lower()) as path:
        result = next(extract_files([path]))
    return Extraction(original.name, result.status, result.document, result.metadata, result.problems)
