"""The upload log (one row per attempt to upload a bundle somewhere) and the files each upload
has confirmed on the server, which is what lets an interrupted upload resume.

Targets are stored without userinfo, query or fragment: a password in a URL, or a signed query
string, must not end up in the library (the token itself never reaches this module).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from storage.library import Library, now


def clean_target(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


@dataclass(frozen=True, slots=True)
class UploadLogEntry:
    submission_id: int | None
    target: str
    outcome: str
    detail: dict[str, Any] = field(default_factory=dict)
    bundle_sha256: str | None = None
    bytes_sent: int = 0
    at: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ConfirmedFile:
    path: str  # inside the bag
    sha256: str
    size: int
    at: str = ""


def log_upload(
    lib: Library,
    submission_id: int | None,
    target: str,
    outcome: str,
    detail: dict[str, Any] | str = "",
    *,
    bundle_sha256: str | None = None,
    bytes_sent: int = 0,
) -> UploadLogEntry:
    """Append one attempt (``detail``: a dict, stored as JSON text)."""
    text = detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False, sort_keys=True)
    at, target = now(), clean_target(target)
    with lib.write() as conn:
        cursor = conn.execute(
            "INSERT INTO upload_log(submission_id, target, at, outcome, detail, bundle_sha256, bytes_sent)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (submission_id, target, at, outcome, text, bundle_sha256, bytes_sent),
        )
    return UploadLogEntry(submission_id, target, outcome, _detail(text), bundle_sha256, bytes_sent, at,
                          int(cursor.lastrowid))  # fmt: skip


def _detail(text: str) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {"text": text}
    return value if isinstance(value, dict) else {"value": value}


def upload_log(
    lib: Library, *, bundle_sha256: str | None = None, submission_id: int | None = None
) -> list[UploadLogEntry]:
    """The attempts, oldest first, optionally only those of one bundle or one submission."""
    where, params = [], []
    if bundle_sha256 is not None:
        where.append("bundle_sha256 = ?")
        params.append(bundle_sha256)
    if submission_id is not None:
        where.append("submission_id = ?")
        params.append(submission_id)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    rows = lib.query(f"SELECT * FROM upload_log{clause} ORDER BY id", tuple(params))
    return [
        UploadLogEntry(
            r["submission_id"],
            r["target"],
            r["outcome"],
            _detail(r["detail"]),
            r["bundle_sha256"],
            r["bytes_sent"],
            r["at"],
            r["id"],
        )
        for r in rows
    ]


def confirmed_files(lib: Library, bundle_sha256: str, target: str) -> dict[str, ConfirmedFile]:
    rows = lib.query(
        "SELECT path, sha256, size, at FROM upload_files WHERE bundle_sha256 = ? AND target = ? ORDER BY path",
        (bundle_sha256, clean_target(target)),
    )
    return {r["path"]: ConfirmedFile(r["path"], r["sha256"], r["size"], r["at"]) for r in rows}


def confirm_file(lib: Library, bundle_sha256: str, target: str, confirmed: ConfirmedFile) -> None:
    """Record that the server acknowledged ``confirmed`` (each file its own short transaction, so
    a process killed mid-upload keeps every file it finished)."""
    with lib.write() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO upload_files(bundle_sha256, target, path, sha256, size, at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (bundle_sha256, clean_target(target), confirmed.path, confirmed.sha256, confirmed.size,
             confirmed.at or now()),
        )  # fmt: skip


def forget_file(lib: Library, bundle_sha256: str, target: str, path: str) -> None:
    """The server's copy of ``path`` proved wrong on read-back: it no longer counts as confirmed."""
    with lib.write() as conn:
        conn.execute(
            "DELETE FROM upload_files WHERE bundle_sha256 = ? AND target = ? AND path = ?",
            (bundle_sha256, clean_target(target), path),
        )


def uploaded_bundles(lib: Library) -> set[str]:
    """The hashes of the bundles an upload from this library delivered (or found already there)."""
    rows = lib.query(
        "SELECT DISTINCT bundle_sha256 FROM upload_log WHERE outcome IN ('uploaded', 'already_uploaded')"
        " AND bundle_sha256 IS NOT NULL"
    )
    return {r["bundle_sha256"] for r in rows}
