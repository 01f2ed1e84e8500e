"""Submissions, their files, the extracted metadata and the clerk's confirmed values."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Collection, Iterable
from typing import Any

from policy.fieldvalues import from_json_value, to_json_value
from policy.jsonform import metadata_from_json, metadata_json
from policy.metadata import PolicyMetadata
from policy.submission import (
    Confirmation,
    FileRole,
    Kind,
    StoredFile,
    Submission,
    SubmissionStatus,
    SubmissionSummary,
)
from storage import errors
from storage.library import Library, now


def _year(metadata: PolicyMetadata) -> int | None:
    f = metadata.fields
    return f.date.year if f.date else None


def insert(
    lib: Library,
    kind: Kind,
    metadata: PolicyMetadata,
    body_text: str,
    extraction_status: str | None,
    department: str | None = None,
    site_column: str | None = None,
    details: dict[str, Any] | None = None,
    author: str | None = None,
) -> int:
    f = metadata.fields
    stamp = now()
    with lib.write() as conn:
        cursor = conn.execute(
            "INSERT INTO submissions(kind, status, department, site_column, title, doc_number, issuer, year,"
            " body_text, extraction_status, extraction, details, created_at, updated_at, author)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                kind.value, SubmissionStatus.DRAFT.value, department, site_column, f.title, f.doc_number,
                "、".join(f.issuers) or f.issuer_mark, _year(metadata), body_text, extraction_status,
                json.dumps(metadata_json(metadata), ensure_ascii=False),
                json.dumps(details or {}, ensure_ascii=False), stamp, stamp, author,
            ),
        )  # fmt: skip
        return int(cursor.lastrowid)


def attach_file(lib: Library, submission_id: int, sha256: str, role: FileRole, name: str) -> None:
    with lib.write() as conn:
        position = conn.execute(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM submission_files WHERE submission_id = ?",
            (submission_id,),
        ).fetchone()[0]
        conn.execute(
            "INSERT OR IGNORE INTO submission_files(submission_id, sha256, role, name, position) VALUES (?, ?, ?, ?, ?)",
            (submission_id, sha256, role.value, name, position),
        )
        touch(lib, submission_id)


def detach_media(lib: Library, submission_id: int, used: Collection[str]) -> int:
    """Detach the 解读 media that no form uses any more (the stored file itself stays: it is
    content-addressed and may serve another submission). Returns how many were detached."""
    with lib.write() as conn:
        rows = conn.execute(
            "SELECT sha256 FROM submission_files WHERE submission_id = ? AND role = ?",
            (submission_id, FileRole.MEDIA.value),
        ).fetchall()
        keep = set(used)
        unused = [sha for (sha,) in rows if sha not in keep]
        conn.executemany(
            "DELETE FROM submission_files WHERE submission_id = ? AND sha256 = ? AND role = ?",
            [(submission_id, sha, FileRole.MEDIA.value) for sha in unused],
        )
        return len(unused)


def touch(lib: Library, submission_id: int) -> None:
    with lib.write() as conn:
        conn.execute("UPDATE submissions SET updated_at = ? WHERE id = ?", (now(), submission_id))


def _confirmations(lib: Library, submission_id: int) -> dict[str, Confirmation]:
    latest: dict[str, Confirmation] = {}
    for r in lib.query("SELECT * FROM confirmations WHERE submission_id = ? ORDER BY id", (submission_id,)):
        key = r["field"]
        latest[key] = Confirmation(
            key,
            from_json_value(key, json.loads(r["old_value"])),
            from_json_value(key, json.loads(r["new_value"])),
            r["who"],
            dt.datetime.fromisoformat(r["at"]),
        )
    return latest


def history(lib: Library, submission_id: int) -> list[Confirmation]:
    rows = lib.query("SELECT * FROM confirmations WHERE submission_id = ? ORDER BY id", (submission_id,))
    return [
        Confirmation(
            r["field"],
            json.loads(r["old_value"]),
            json.loads(r["new_value"]),
            r["who"],
            dt.datetime.fromisoformat(r["at"]),
        )  # fmt: skip
        for r in rows
    ]


def get(lib: Library, submission_id: int) -> Submission:
    rows = lib.query("SELECT * FROM submissions WHERE id = ?", (submission_id,))
    if not rows:
        raise errors.not_found(submission_id)
    r = rows[0]
    files = tuple(
        StoredFile(f["sha256"], f["size"], f["name"], f["format"], FileRole(f["role"]))
        for f in lib.query(
            "SELECT sf.sha256, sf.role, sf.name, files.size, files.format FROM submission_files sf"
            " JOIN files USING (sha256) WHERE submission_id = ? ORDER BY position",
            (submission_id,),
        )
    )
    return Submission(
        id=r["id"],
        kind=Kind(r["kind"]),
        status=SubmissionStatus(r["status"]),
        title=r["title"],
        doc_number=r["doc_number"],
        issuer=r["issuer"],
        department=r["department"],
        site_column=r["site_column"],
        created_at=dt.datetime.fromisoformat(r["created_at"]),
        updated_at=dt.datetime.fromisoformat(r["updated_at"]),
        extraction_status=r["extraction_status"],
        extracted=metadata_from_json(json.loads(r["extraction"])),
        confirmed=_confirmations(lib, submission_id),
        files=files,
        body_text=r["body_text"],
        details=json.loads(r["details"]),
        author=r["author"],
    )


def summaries(
    lib: Library,
    status: SubmissionStatus | None = None,
    kind: Kind | None = None,
    year: int | None = None,
    issuer: str | None = None,
    ids: Iterable[int] | None = None,
) -> list[SubmissionSummary]:
    where, params = filters(status, kind, year, issuer)
    if ids is not None:
        id_list = list(ids)
        where.append(f"id IN ({','.join('?' * len(id_list))})")
        params.extend(id_list)
    sql = "SELECT id, kind, status, title, doc_number, issuer, year, updated_at FROM submissions"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_summary(r) for r in lib.query(sql + " ORDER BY updated_at DESC, id DESC", tuple(params))]


def _summary(r: dict) -> SubmissionSummary:
    return SubmissionSummary(
        r["id"], Kind(r["kind"]), SubmissionStatus(r["status"]), r["title"], r["doc_number"], r["issuer"],
        r["year"], dt.datetime.fromisoformat(r["updated_at"]),
    )  # fmt: skip


def filters(status, kind, year, issuer, prefix: str = "") -> tuple[list[str], list[Any]]:
    """SQL conditions and parameters for the list and search filters (``prefix`` names the table)."""
    where: list[str] = []
    params: list[Any] = []
    if status is not None:
        where.append(f"{prefix}status = ?")
        params.append(SubmissionStatus(status).value)
    if kind is not None:
        where.append(f"{prefix}kind = ?")
        params.append(Kind(kind).value)
    if year is not None:
        where.append(f"{prefix}year = ?")
        params.append(int(year))
    if issuer:
        where.append(f"instr({prefix}issuer, ?) > 0")
        params.append(issuer)
    return where, params


def confirm(lib: Library, submission_id: int, key: str, old: Any, new: Any, who: str) -> None:
    """Record a confirmed or corrected value, and mirror it into the listed and searched columns."""
    with lib.write() as conn:
        conn.execute(
            "INSERT INTO confirmations(submission_id, field, old_value, new_value, who, at) VALUES (?, ?, ?, ?, ?, ?)",
            (submission_id, key, json.dumps(to_json_value(key, old), ensure_ascii=False),
             json.dumps(to_json_value(key, new), ensure_ascii=False), who, now()),
        )  # fmt: skip
        column = {"title": "title", "doc_number": "doc_number"}.get(key)
        if column:
            conn.execute(f"UPDATE submissions SET {column} = ? WHERE id = ?", (new, submission_id))
        elif key in ("issuers", "issuer_mark") and new:
            issuer = "、".join(new) if isinstance(new, tuple) else new
            conn.execute("UPDATE submissions SET issuer = ? WHERE id = ?", (issuer, submission_id))
        elif key == "date":
            conn.execute(
                "UPDATE submissions SET year = ? WHERE id = ?", (new.year if new else None, submission_id)
            )
        touch(lib, submission_id)


def replace_extraction(
    lib: Library, submission_id: int, metadata: PolicyMetadata, body_text: str, status: str
) -> None:
    """Store a new extraction. Confirmed values are kept apart and still win."""
    current = get(lib, submission_id)
    # the listed and searched columns show the values to publish: confirmed ones over the new extraction
    fields = dataclasses.replace(metadata.fields, **{key: c.new for key, c in current.confirmed.items()})
    with lib.write() as conn:
        conn.execute(
            "UPDATE submissions SET extraction = ?, extraction_status = ?, body_text = ?, title = ?, doc_number = ?,"
            " issuer = ?, year = ? WHERE id = ?",
            (json.dumps(metadata_json(metadata), ensure_ascii=False), status, body_text, fields.title,
             fields.doc_number, "、".join(fields.issuers) or fields.issuer_mark,
             fields.date.year if fields.date else None, submission_id),
        )  # fmt: skip
        touch(lib, submission_id)


def set_status(lib: Library, submission_id: int, status: SubmissionStatus) -> None:
    with lib.write() as conn:
        conn.execute("UPDATE submissions SET status = ? WHERE id = ?", (status.value, submission_id))
        touch(lib, submission_id)


def count(lib: Library) -> int:
    return int(lib.query("SELECT COUNT(*) AS n FROM submissions")[0]["n"])


def set_origin(lib: Library, submission_id: int, author: str | None, site_column: str | None) -> None:
    """Who prepared a submission received as a bundle, and its site column."""
    with lib.write() as conn:
        conn.execute(
            "UPDATE submissions SET author = ?, site_column = COALESCE(?, site_column) WHERE id = ?",
            (author, site_column, submission_id),
        )
