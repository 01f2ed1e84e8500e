"""Frozen payloads and the bundles made or received: what a reviewer approved is stored file by file
(content-addressed), so the bundle written later is exactly those bytes, whatever the app's version."""

from __future__ import annotations

import json
from dataclasses import dataclass

from storage.files import path_of, store_bytes
from storage.library import Library, now


@dataclass(frozen=True, slots=True)
class FrozenFile:
    path: str  # under data/
    sha256: str
    size: int


def freeze(lib: Library, digest: str, files: list[tuple[str, bytes]]) -> None:
    """Store the payload ``digest`` (its approval hash) as (path, bytes) pairs, once."""
    with lib.write() as conn:
        if conn.execute("SELECT 1 FROM payloads WHERE sha256 = ?", (digest,)).fetchone():
            return
        manifest = []
        for path, data in files:
            sha, size = store_bytes(lib, data, path.rsplit("/", 1)[-1])
            manifest.append([path, sha, size])
        conn.execute(
            "INSERT INTO payloads(sha256, manifest, created_at) VALUES (?, ?, ?)",
            (digest, json.dumps(manifest, ensure_ascii=False), now()),
        )


def frozen(lib: Library, digest: str) -> list[FrozenFile] | None:
    rows = lib.query("SELECT manifest FROM payloads WHERE sha256 = ?", (digest,))
    if not rows:
        return None
    return [FrozenFile(p, s, n) for p, s, n in json.loads(rows[0]["manifest"])]


def read(lib: Library, f: FrozenFile) -> bytes:
    return path_of(lib, f.sha256).read_bytes()


@dataclass(frozen=True, slots=True)
class BundleRecord:
    sha256: str
    submission_id: int | None
    index_number: str | None
    payload_sha256: str
    kind: str
    file_name: str
    origin: str  # "made" | "received"
    at: str = ""
    content_sha256: str | None = None  # the submission's content when the bundle was made or opened


def record_bundle(lib: Library, record: BundleRecord) -> None:
    with lib.write() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO bundles(sha256, submission_id, index_number, payload_sha256, kind, file_name,"
            " origin, at, content_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record.sha256, record.submission_id, record.index_number, record.payload_sha256, record.kind,
             record.file_name, record.origin, record.at or now(), record.content_sha256),
        )  # fmt: skip


def _bundle(r: dict) -> BundleRecord:
    return BundleRecord(r["sha256"], r["submission_id"], r["index_number"], r["payload_sha256"], r["kind"],
                        r["file_name"], r["origin"], r["at"], r["content_sha256"])  # fmt: skip


def bundle(lib: Library, sha256: str) -> BundleRecord | None:
    rows = lib.query("SELECT * FROM bundles WHERE sha256 = ?", (sha256,))
    return _bundle(rows[0]) if rows else None


def bundles_for(lib: Library, submission_id: int) -> list[BundleRecord]:
    return [
        _bundle(r)
        for r in lib.query("SELECT * FROM bundles WHERE submission_id = ? ORDER BY at", (submission_id,))
    ]


def bundles_with_index(lib: Library, index_number: str) -> list[BundleRecord]:
    return [_bundle(r) for r in lib.query("SELECT * FROM bundles WHERE index_number = ?", (index_number,))]


def record_rendition(lib: Library, source_sha256: str, kind: str, sha256: str) -> None:
    with lib.write() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO renditions(source_sha256, kind, sha256) VALUES (?, ?, ?)",
            (source_sha256, kind, sha256),
        )


def rendition(lib: Library, source_sha256: str, kind: str) -> str | None:
    rows = lib.query(
        "SELECT sha256 FROM renditions WHERE source_sha256 = ? AND kind = ?", (source_sha256, kind)
    )
    return rows[0]["sha256"] if rows else None


def made_with_payload(lib: Library, payload_sha256: str) -> BundleRecord | None:
    """The newest bundle this library wrote with exactly this payload."""
    rows = lib.query(
        "SELECT * FROM bundles WHERE payload_sha256 = ? AND origin = 'made' ORDER BY at DESC LIMIT 1",
        (payload_sha256,),
    )
    return _bundle(rows[0]) if rows else None
