"""Use case: export verified bundles to a folder or a USB stick: each is verified, copied (to a
temporary name, flushed, renamed), and the copy verified again from the target medium, so a bad
stick is found now rather than at the site. A submission of this library whose bundle it is moves
to 已导出."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bundles.verify import Reason
from policy.submission import SubmissionStatus as S
from storage import Library, LibraryError, audit, payloads, submissions
from workflow import lifecycle
from workflow.verify import verify_bundles


@dataclass(frozen=True, slots=True)
class Exported:
    source: str
    target: str | None  # None: not exported
    reasons: tuple[Reason, ...] = ()

    @property
    def ok(self) -> bool:
        return self.target is not None and not self.reasons


def _copy(source: Path, target: Path) -> None:
    partial = target.with_name(f".{target.name}.partial")
    try:
        with source.open("rb") as src, partial.open("wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def export(lib: Library, bundles: Sequence[Path | str], to: Path | str, actor: str) -> list[Exported]:
    folder = Path(to)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError("export_target", f"无法使用导出目录：{folder}（{exc.strerror}）",
                           f"cannot use the export folder: {folder} ({exc.strerror})") from None  # fmt: skip
    results = []
    for report in verify_bundles(lib, bundles):
        if not report.ok:
            results.append(Exported(report.file, None, report.reasons))
            continue
        target = folder / Path(report.file).name
        try:
            _copy(Path(report.file), target)
        except OSError as exc:
            results.append(Exported(report.file, None, (Reason("copy_failed", f"复制失败：{exc.strerror}",
                                                               f"copy failed: {exc.strerror}"),)))  # fmt: skip
            continue
        again = verify_bundles(lib, [target])[0]
        if not again.ok or again.bundle_sha256 != report.bundle_sha256:
            results.append(Exported(report.file, str(target), again.reasons or (
                Reason("copy_differs", "导出的副本与原包不一致", "the exported copy differs from the bundle"),)))  # fmt: skip
            continue
        results.append(Exported(report.file, str(target)))
        record = payloads.bundle(lib, report.bundle_sha256)
        sid = record.submission_id if record else None
        with lib.write():
            audit.append(lib, actor, "export", sid, {"file": target.name, "to": str(folder), "bundle_sha256": report.bundle_sha256})  # fmt: skip
            if sid is not None and submissions.get(lib, sid).status is S.APPROVED:
                lifecycle.move(lib, sid, S.EXPORTED, actor, f"导出到 {folder}")
    return results
