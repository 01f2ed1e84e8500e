"""Use case: open a bundle file received from another machine (``open BUNDLE.zip``), after verifying
it against the keys this library trusts.

- A bundle answering one this library sent (same payload): its decisions are recorded on that
  submission — 已通过, or 已退回 with the reviewer's comment for the clerk — provided the
  submission has not changed since it was sent.
- Any other bundle (a clerk's 送审包 at the section head's, an approved bundle at the uploader's):
  imported as a new submission — the publication copy read by the extractor like any file, the
  values and 解读 as the sender confirmed them, attachments and media — with the received payload
  frozen, so a decision made here covers exactly the received files. Opening the same file again
  changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bundles.payload import INTERPRETATION_FILE, METADATA_FILE, REVIEW_FILE
from bundles.verify import BundleReport
from policy.jsonform import fields_from_json, interpretation_from_json
from policy.metadata import FIELD_KEYS, PolicyMetadata
from policy.secrecy import APPROVE, Decision
from policy.submission import FileRole, Kind, Review
from policy.submission import SubmissionStatus as S
from storage import Library, LibraryError, audit, payloads, records, submissions
from storage.details import set_details
from storage.files import store_file
from storage.payloads import BundleRecord
from workflow import lifecycle
from workflow.content import content_sha256
from workflow.importing import import_files
from workflow.verify import verify_bundles


class BundleInvalid(LibraryError):
    def __init__(self, report: BundleReport) -> None:
        zh = "；".join(r.message_zh for r in report.reasons[:8])
        more = f"；另有 {len(report.reasons) - 8} 项" if len(report.reasons) > 8 else ""
        super().__init__("bundle_invalid", f"包未通过校验，未导入：{zh}{more}",
                         f"the bundle failed verification and was not opened ({len(report.reasons)} problems)")  # fmt: skip
        self.report = report


@dataclass(frozen=True, slots=True)
class Opened:
    submission_id: int
    kind: str
    new: bool  # imported as a new submission (else: decisions recorded on one of ours, or opened before)
    status: S
    comment: str = ""


def open_bundle(lib: Library, path: Path | str, actor: str) -> Opened:
    with tempfile.TemporaryDirectory(prefix="pp-open-") as scratch:
        # the files taken in are the ones verified, not a second read of the zip
        report = verify_bundles(lib, [path], extract_to=Path(scratch))[0]
        if not report.ok:
            raise BundleInvalid(report)
        seen = payloads.bundle(lib, report.bundle_sha256)
        if seen is not None and seen.submission_id is not None and seen.origin == "received":
            sub = submissions.get(lib, seen.submission_id)
            return Opened(sub.id, report.kind or "", False, sub.status, _comment(report))
        ours = next((b for b in payloads.bundles_with_index(lib, report.index_number or "")
                     if b.origin == "made" and b.payload_sha256 == report.payload_sha256 and b.submission_id), None)  # fmt: skip
        if ours is None and not report.index_number:
            ours = payloads.made_with_payload(lib, report.payload_sha256 or "")
        data = next((Path(scratch) / "0").iterdir()) / "data"
        if ours is not None and ours.submission_id is not None:
            sid, new = _answer_ours(lib, ours, report, actor), False
        else:
            sid, new = _import(lib, data, report, actor), True
        with lib.write():
            payloads.record_bundle(lib, BundleRecord(
                report.bundle_sha256, sid, report.index_number, report.payload_sha256 or "", report.kind or "",
                Path(path).name, "received", content_sha256=content_sha256(lib, sid)))  # fmt: skip
            audit.append(lib, actor, "open_bundle", sid,
                         {"file": Path(path).name, "kind": report.kind, "bundle_sha256": report.bundle_sha256,
                          "payload_sha256": report.payload_sha256, "new": new})  # fmt: skip
    sub = submissions.get(lib, sid)
    return Opened(sid, report.kind or "", new, sub.status, _comment(report))


def _comment(report: BundleReport) -> str:
    returned = [d for d in report.decisions if d.decision != APPROVE]
    return returned[-1].comment if returned else ""


def _record_decisions(lib: Library, sid: int, decisions: tuple[Decision, ...], actor: str) -> None:
    """Store the signed decisions as reviews of the submission's current content, then move it."""
    digest = content_sha256(lib, sid)
    stamp = dt.datetime.now(dt.UTC).astimezone().replace(microsecond=0)  # recorded here, now
    with lib.write():
        for d in decisions:
            records.add_review(lib, Review(sid, d.reviewer, d.role, d.decision, d.comment, stamp, digest,
                                           level=d.level, payload_sha256=d.payload_sha256, record=d.as_json()))  # fmt: skip
            audit.append(lib, actor, "review_received", sid,
                         {"reviewer": d.reviewer, "level": d.level, "decision": d.decision, "comment": d.comment,
                          "payload_sha256": d.payload_sha256, "reviewed_at": d.reviewed_at})  # fmt: skip
        last = decisions[-1] if decisions else None
        if last is not None and submissions.get(lib, sid).status is S.PENDING:
            to = S.APPROVED if last.decision == APPROVE else S.RETURNED
            if to is S.RETURNED or lifecycle.current_approval(lib, sid) is not None:
                lifecycle.move(lib, sid, to, actor, last.comment)


def _answer_ours(lib: Library, ours: BundleRecord, report: BundleReport, actor: str) -> int:
    sid = ours.submission_id
    assert sid is not None
    if ours.content_sha256 and ours.content_sha256 != content_sha256(lib, sid):
        raise LibraryError("changed_since_sent", f"第 {sid} 条在送审后已修改，收到的审核结论不适用于当前内容",
                           f"submission {sid} changed after it was sent; the decision received does not apply")  # fmt: skip
    known = {json.dumps(r.record, sort_keys=True) for r in records.reviews(lib, sid) if r.record}
    fresh = tuple(d for d in report.decisions if json.dumps(d.as_json(), sort_keys=True) not in known)
    _record_decisions(lib, sid, fresh, actor)
    return sid


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _import(lib: Library, data: Path, report: BundleReport, actor: str) -> int:
    meta = _read_json(data / METADATA_FILE) or {}
    placed = meta.get("files", {})
    kind = Kind(meta.get("kind", Kind.POLICY.value))
    fields = fields_from_json(meta.get("fields", {}))
    author = None
    if report.decisions:
        author = report.decisions[-1].author
    document = placed.get("document")
    if document:
        outcome = next(
            import_files(lib, [data / document], actor, kind=kind, department=meta.get("department"))
        )
        if outcome.submission_id is None:
            raise LibraryError(
                "open_unreadable",
                f"包中的文件无法读取：{outcome.error}",
                "a file in the bundle is unreadable",
            )
        sid = outcome.submission_id
    else:
        sid = submissions.insert(lib, kind, PolicyMetadata(fields=fields), "", None, meta.get("department"))
    with lib.write():
        submissions.set_origin(lib, sid, author or _contact(data), meta.get("site_column"))
        sub = submissions.get(lib, sid)
        for key in FIELD_KEYS:
            old, new = getattr(sub.fields, key), getattr(fields, key)
            if old != new:
                submissions.confirm(
                    lib, sid, key, old, new, f"{author or _contact(data) or '送审人'}（送审包）"
                )
        for role, items in (
            (FileRole.ATTACHMENT, placed.get("attachments", [])),
            (FileRole.MEDIA, placed.get("media", [])),
        ):
            for item in items:
                sha, _ = store_file(lib, data / item["path"])
                submissions.attach_file(lib, sid, sha, role, item["name"])
        details = dict(meta.get("details") or {})
        if "change" in meta:
            details["change"] = meta["change"]
        if details:
            set_details(lib, sid, details)
        interp = _read_json(data / INTERPRETATION_FILE)
        if interp is not None:
            records.save_interpretation(lib, sid, interp, interpretation_from_json(interp).text)
        files = sorted(
            p for p in data.rglob("*") if p.is_file() and p.relative_to(data).as_posix() != REVIEW_FILE
        )
        payloads.freeze(
            lib,
            report.payload_sha256 or "",
            [(p.relative_to(data).as_posix(), p.read_bytes()) for p in files],
        )
        lifecycle.move(lib, sid, S.PENDING, actor, f"收到{report.kind}")
    _record_decisions(lib, sid, report.decisions, actor)
    return sid


def _contact(data: Path) -> str | None:
    info = data.parent / "bag-info.txt"
    for line in info.read_text(encoding="utf-8").splitlines() if info.is_file() else []:
        if line.startswith("Contact-Name:"):
            return line.split(":", 1)[1].strip() or None
    return None
