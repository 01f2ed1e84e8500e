"""What the uploader's list shows, gathered from the library and the bundle files known to the
workspace: this library's 已通过 / 已导出 / 已上传 submissions, each with its bundle file when one
is known (one the library recorded as made or received, found among the files verified here or in
the outbox folder), and every other bundle file (received, not imported: a 送审包, an invalid one).

Reads only (on the GUI thread's library); the verifying itself happens in ``gui.upload_jobs``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from bundles.verify import NEEDS_APPROVAL, BundleReport
from gui.submissions_model import kind_name
from gui.upload_models import OK_OUTCOMES, PENDING, UNUSABLE, UPLOADED, ReadyItem
from policy.submission import Kind, SubmissionStatus
from storage import Library, payloads
from storage.config import index_numbers
from storage.submissions import summaries
from storage.uploads import upload_log

READY = (SubmissionStatus.APPROVED, SubmissionStatus.EXPORTED, SubmissionStatus.UPLOADED)


def file_key(path: Path) -> str:
    return f"f:{path}"


def submission_key(submission_id: int) -> str:
    return f"s:{submission_id}"


def _bundle_file(
    lib: Library,
    submission_id: int,
    files: Mapping[Path, BundleReport | None],
    by_sha: Mapping[str, Path],
    outbox: Path | None,
) -> Path | None:
    """The newest approved bundle of the submission whose file is at hand: verified here, or in
    the outbox under the name it was made with (then verified next). A file verified here whose
    content is another than the record's (an older bundle of the same name) is not it."""
    made = [b for b in payloads.bundles_for(lib, submission_id) if b.kind in NEEDS_APPROVAL]
    for record in reversed(made):
        if record.sha256 in by_sha:
            return by_sha[record.sha256]
        candidate = outbox / record.file_name if outbox is not None else None
        if candidate is not None and candidate not in files and candidate.is_file():
            return candidate
    return None


def _mtime(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    except OSError:
        return None


def _content_kind(report: BundleReport | None) -> str:
    value = (report.metadata.get("kind") if report is not None else None) or ""
    try:
        return kind_name(Kind(value))
    except ValueError:
        return value


def file_item(path: Path, report: BundleReport | None, uploaded: set[str]) -> ReadyItem:
    """A bundle file that belongs to no submission of this library."""
    if report is not None and report.bundle_sha256 in uploaded:
        state = UPLOADED
    elif report is None or (report.ok and report.kind in NEEDS_APPROVAL):
        state = PENDING
    else:
        state = UNUSABLE
    return ReadyItem(
        key=file_key(path),
        title=report.title if report is not None else None,
        index_number=report.index_number if report is not None else None,
        kind=_content_kind(report),
        file_state=state,
        path=path,
        report=report,
        updated_at=_mtime(path),
    )


def gather(
    lib: Library, files: Mapping[Path, BundleReport | None], outbox: Path | None = None
) -> list[ReadyItem]:
    """The rows, what is still to do first (then the newest first)."""
    numbers = index_numbers(lib)
    uploaded = {e.bundle_sha256 for e in upload_log(lib) if e.outcome in OK_OUTCOMES and e.bundle_sha256}
    by_sha = {r.bundle_sha256: p for p, r in files.items() if r is not None and r.bundle_sha256}
    items: list[ReadyItem] = []
    claimed: set[Path] = set()
    for summary in summaries(lib):
        if summary.status not in READY:
            continue
        path = _bundle_file(lib, summary.id, files, by_sha, outbox)
        if path is not None:
            claimed.add(path)
        items.append(
            ReadyItem(
                key=submission_key(summary.id),
                title=summary.title,
                index_number=numbers.get(summary.id),
                kind=kind_name(summary.kind),
                submission_id=summary.id,
                status=summary.status,
                path=path,
                report=files.get(path) if path is not None else None,
                updated_at=summary.updated_at,
            )
        )
    items.extend(file_item(p, r, uploaded) for p, r in files.items() if p not in claimed)

    def rank(item: ReadyItem) -> tuple[int, float]:
        done = item.status is SubmissionStatus.UPLOADED or (
            item.status is None and item.file_state == UPLOADED
        )
        unusable = item.status is None and item.file_state == UNUSABLE
        when = item.updated_at.timestamp() if item.updated_at else 0.0
        return (2 if done else 1 if unusable else 0, -when)

    return sorted(items, key=rank)


def upload_candidates(items: list[ReadyItem]) -> list[ReadyItem]:
    """The selected rows an upload or export can take: a submission (its bundle is made first when
    there is none yet) or a bundle file that is not known to be unusable."""
    return [
        i for i in items if i.submission_id is not None or (i.path is not None and i.file_state != UNUSABLE)
    ]


def needs_bundle(item: ReadyItem) -> bool:
    return item.submission_id is not None and item.path is None
