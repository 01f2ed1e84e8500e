"""The uploader's long work as plain functions for the task runner (``gui.tasks``): each gets plain
data (the library's folder, paths, ids, the target), opens its own library connection (one SQLite
connection is not shared between threads), calls the ``workflow`` use cases and returns a
``JobResult``. None of them touches a widget or re-implements a step: 生成上传包 is
``workflow.bundling.bundle``, 校验 ``workflow.verify.verify_bundles``, opening a received bundle
``workflow.receiving.open_bundle``, 导出 ``workflow.export.export``, 上传 ``workflow.upload.upload``.
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bundles.upload import UploadResult, UploadTarget
from bundles.upload.retry import RetryPolicy
from bundles.verify import NEEDS_APPROVAL, BundleReport
from gui.app import localized
from storage import Library, LibraryError
from workflow import bundling
from workflow.export import Exported, export
from workflow.receiving import BundleInvalid, open_bundle
from workflow.upload import upload
from workflow.verify import verify_bundles

Emit = Callable[[int, int, str], None]  # TaskControl.progress
PROGRESS_EVERY_S = 0.04  # at most ~25 progress signals a second reach the GUI thread


@dataclass(frozen=True, slots=True)
class Note:
    """One line of a job's outcome for the result panel: a file or an item, what happened (a key the
    panel turns into its translated sentence) and the detail (the core's message, a folder)."""

    name: str
    ok: bool
    what: str  # made | opened | not_for_site | invalid | failed | exported | not_exported | upload
    detail: str = ""


@dataclass
class JobResult:
    action: str  # generate | open | verify | export | upload
    reports: dict[Path, BundleReport] = field(default_factory=dict)  # files verified on the way
    made: dict[int, Path] = field(default_factory=dict)  # submission id → the bundle written
    notes: list[Note] = field(default_factory=list)
    exported: list[Exported] = field(default_factory=list)
    uploads: list[UploadResult] = field(default_factory=list)
    skipped_bytes: dict[str, int] = field(default_factory=dict)  # UploadResult.bundle → bytes the site had
    changed: bool = False  # the library changed (a bundle recorded, an item imported or moved)
    cancelled: bool = False


def make_bundles(lib: Library, actor: str, ids: Sequence[int], outbox: Path, job: JobResult) -> None:
    """生成上传包 for each submission into ``outbox``, then verify what was written."""
    for sid in ids:
        try:
            written = bundling.bundle(lib, sid, outbox, actor)
        except LibraryError as exc:
            job.notes.append(Note(f"#{sid}", False, "failed", localized(exc.message_zh, exc.message_en)))
            continue
        job.made[sid] = written.path
        job.changed = True
    if job.made:
        paths = list(job.made.values())
        job.reports.update(zip(paths, verify_bundles(lib, paths), strict=True))


def generate_job(root: Path, actor: str, ids: Sequence[int], outbox: Path) -> JobResult:
    job = JobResult("generate")
    with Library.open(root) as lib:
        make_bundles(lib, actor, ids, outbox, job)
    for path in job.made.values():
        report = job.reports[path]
        job.notes.append(
            Note(path.name, True, "made")
            if report.ok
            else Note(path.name, False, "invalid", _reasons(report))
        )
    return job


def verify_job(root: Path, paths: Sequence[Path]) -> JobResult:
    job = JobResult("verify")
    with Library.open(root) as lib:
        job.reports.update(zip(paths, verify_bundles(lib, paths), strict=True))
    return job


def open_job(root: Path, actor: str, paths: Sequence[Path]) -> JobResult:
    """Received bundle files: each verified; an approved one (审核通过 / 变更) is opened into the
    library (``open_bundle``: imported, or its decisions recorded); others are listed as they are."""
    job = JobResult("open")
    with Library.open(root) as lib:
        for path, report in zip(paths, verify_bundles(lib, paths), strict=True):
            if report.ok and report.kind in NEEDS_APPROVAL:
                try:
                    opened = open_bundle(lib, path, actor)
                except BundleInvalid as exc:
                    report = exc.report
                except LibraryError as exc:
                    job.notes.append(
                        Note(path.name, False, "failed", localized(exc.message_zh, exc.message_en))
                    )
                else:
                    job.changed = job.changed or opened.new
                    job.notes.append(Note(path.name, True, "opened"))
            elif report.ok:
                job.notes.append(Note(path.name, False, "not_for_site", report.kind or ""))
            job.reports[path] = report
            if not report.ok:
                job.notes.append(Note(path.name, False, "invalid", _reasons(report)))
    return job


def export_job(root: Path, actor: str, paths: Sequence[Path], to: Path) -> JobResult:
    job = JobResult("export")
    with Library.open(root) as lib:
        job.exported = export(lib, paths, to, actor)
    job.changed = True
    for result in job.exported:
        name = Path(result.source).name
        if result.ok:
            job.notes.append(Note(name, True, "exported", str(result.target)))
        else:
            why = "；".join(localized(r.message_zh, r.message_en) for r in result.reasons)
            job.notes.append(Note(name, False, "not_exported", why))
    return job


def upload_job(
    root: Path,
    actor: str,
    paths: Sequence[Path],
    target: UploadTarget,
    emit: Emit,
    cancelled: Callable[[], bool],
    policy: RetryPolicy | None = None,
) -> JobResult:
    job = JobResult("upload")
    with Library.open(root) as lib:
        relay = ProgressRelay(paths, emit)
        job.uploads = upload(lib, paths, target, actor, progress=relay, cancelled=cancelled, policy=policy)
    job.changed = True
    job.cancelled = any(r.outcome == "cancelled" for r in job.uploads)
    for result in job.uploads:
        job.skipped_bytes[result.bundle] = skipped_bytes(Path(result.bundle), result.files_skipped)
        job.notes.append(
            Note(
                Path(result.bundle).name, result.ok, "upload", localized(result.message_zh, result.message_en)
            )
        )
    return job


class ProgressRelay:
    """The core's ``progress(done, total, "<bundle>: <file>")`` turned into the task's progress:
    ``emit(index of the bundle, number of bundles, "done<TAB>total<TAB>file")`` — bytes travel as text
    (a 2 GB bundle does not fit a signal's int) — at most every ``PROGRESS_EVERY_S``, plus the
    first report of each bundle and the last of each file."""

    def __init__(self, paths: Sequence[Path], emit: Emit, every_s: float = PROGRESS_EVERY_S) -> None:
        self.names = [f"{Path(p).name}: " for p in paths]
        self.emit, self.every_s = emit, every_s
        self.current, self.last = 0, 0.0

    def __call__(self, done: int, total: int, text: str) -> None:
        index = next(
            (i for i in range(self.current, len(self.names)) if text.startswith(self.names[i])), self.current
        )
        now = time.monotonic()
        if index == self.current and done < total and now - self.last < self.every_s:
            return
        self.current, self.last = index, now
        shown = text[len(self.names[index]) :] if text.startswith(self.names[index]) else text
        self.emit(index, len(self.names), f"{done}\t{total}\t{shown}")


def parse_progress(text: str) -> tuple[int, int, str]:
    """The inverse of what ``ProgressRelay`` puts in the text: (done bytes, total bytes, file)."""
    done, total, shown = (text.split("\t", 2) + ["", "", ""])[:3]
    return int(done or 0), int(total or 0), shown


def skipped_bytes(bundle: Path, skipped: Sequence[str]) -> int:
    """The size of the bag's files that the site already held (not sent again)."""
    if not skipped:
        return 0
    try:
        with zipfile.ZipFile(bundle) as archive:
            sizes = {i.filename.partition("/")[2]: i.file_size for i in archive.infolist() if not i.is_dir()}
    except (OSError, zipfile.BadZipFile):
        return 0
    return sum(sizes.get(name, 0) for name in skipped)


def _reasons(report: BundleReport) -> str:
    return "；".join(localized(r.message_zh, r.message_en) for r in report.reasons)
