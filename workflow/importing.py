"""Use case: import files into the library — extract each in a child process, store the original
(content-addressed) and its metadata, all in one transaction per file. A bad file is reported and
skipped; the rest are imported. A scan without a text layer is imported with empty fields."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from extractors.sandbox import Cancelled, Progress, SandboxLimits
from policy.metadata import PolicyMetadata
from policy.problems import Problem, Status
from policy.submission import FileRole, Kind
from storage import Library, LibraryError, audit, submissions
from storage.files import store_file
from workflow.extract import extract_files


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    file: str
    submission_id: int | None
    status: Status
    problems: tuple[Problem, ...] = ()

    @property
    def error(self) -> str | None:
        return str(self.problems[0]) if self.problems and self.submission_id is None else None


def _store_problem(name: str, exc: LibraryError) -> Problem:
    return Problem(exc.key, exc.message_zh, exc.message_en)


def import_files(
    lib: Library,
    files: Sequence[str | Path],
    actor: str,
    kind: Kind = Kind.POLICY,
    attachments: Sequence[str | Path] = (),
    department: str | None = None,
    limits: SandboxLimits | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Iterator[ImportOutcome]:
    """One outcome per file, in order. ``attachments`` are stored with every imported submission."""
    attach_paths = [Path(a) for a in attachments]
    for a in attach_paths:
        if not a.is_file():
            raise LibraryError(
                "attachment_missing", f"找不到附件文件：{a}", f"attachment file not found: {a}"
            )
    for result in extract_files(files, limits, progress, cancelled):
        path = Path(result.file)
        if result.status is Status.ERROR:
            yield ImportOutcome(result.file, None, result.status, result.problems)
            continue
        metadata = result.metadata or PolicyMetadata()
        text = result.document.text if result.document else ""
        fmt = result.document.format if result.document else None
        try:
            with lib.write():  # the file rows, the submission and its audit entry: all or nothing
                sha, size = store_file(lib, path, fmt)
                stored_attachments = [(store_file(lib, a), a.name) for a in attach_paths]
                sid = submissions.insert(
                    lib, kind, metadata, text, result.status.value, department, author=actor
                )
                submissions.attach_file(lib, sid, sha, FileRole.ORIGINAL, path.name)
                for (a_sha, _), name in stored_attachments:
                    submissions.attach_file(lib, sid, a_sha, FileRole.ATTACHMENT, name)
                audit.append(lib, actor, "import", sid,
                             {"file": path.name, "sha256": sha, "size": size, "status": result.status.value,
                              "attachments": [name for _, name in stored_attachments]})  # fmt: skip
        except LibraryError as exc:
            yield ImportOutcome(result.file, None, Status.ERROR, (_store_problem(path.name, exc),))
            continue
        yield ImportOutcome(result.file, sid, result.status, result.problems)
