"""The submission's other records: 解读 content and text versions, links, reviews."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from policy.submission import LinkKind, Review
from storage.library import Library, now
from storage.submissions import touch


def save_interpretation(lib: Library, submission_id: int, content: dict[str, Any], text: str) -> None:
    """Store the 解读 (its JSON form) and its plain text for search, in one transaction."""
    with lib.write() as conn:
        conn.execute(
            "INSERT INTO interpretations(submission_id, content, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(submission_id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at"
            " WHERE interpretations.content IS NOT excluded.content",
            (submission_id, json.dumps(content, ensure_ascii=False, sort_keys=True), now()),
        )
        conn.execute(
            "UPDATE submissions SET interp_text = ? WHERE id = ? AND interp_text IS NOT ?",
            (text, submission_id, text),
        )
        touch(lib, submission_id)


def interpretation_updated_at(lib: Library, submission_id: int) -> dt.datetime | None:
    """When the 解读's content last changed (an autosave of the same content does not count)."""
    rows = lib.query("SELECT updated_at FROM interpretations WHERE submission_id = ?", (submission_id,))
    return dt.datetime.fromisoformat(rows[0]["updated_at"]) if rows else None


def interpretation(lib: Library, submission_id: int) -> dict[str, Any] | None:
    rows = lib.query("SELECT content FROM interpretations WHERE submission_id = ?", (submission_id,))
    return json.loads(rows[0]["content"]) if rows else None


def save_text_version(lib: Library, submission_id: int, part: str, text: str, keep: int = 50) -> None:
    """An autosaved version of a text being typed (kept outside the audit chain; the newest ``keep``)."""
    with lib.write() as conn:
        last = conn.execute(
            "SELECT text FROM text_versions WHERE submission_id = ? AND part = ? ORDER BY id DESC LIMIT 1",
            (submission_id, part),
        ).fetchone()
        if last and last[0] == text:
            return
        conn.execute(
            "INSERT INTO text_versions(submission_id, part, text, saved_at) VALUES (?, ?, ?, ?)",
            (submission_id, part, text, now()),
        )
        conn.execute(
            "DELETE FROM text_versions WHERE submission_id = ? AND part = ? AND id NOT IN"
            " (SELECT id FROM text_versions WHERE submission_id = ? AND part = ? ORDER BY id DESC LIMIT ?)",
            (submission_id, part, submission_id, part, keep),
        )


def text_versions(lib: Library, submission_id: int, part: str) -> list[tuple[str, str]]:
    rows = lib.query(
        "SELECT saved_at, text FROM text_versions WHERE submission_id = ? AND part = ? ORDER BY id",
        (submission_id, part),
    )
    return [(r["saved_at"], r["text"]) for r in rows]


def link(lib: Library, from_id: int, to_id: int, kind: LinkKind) -> None:
    with lib.write() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO links(from_id, to_id, kind) VALUES (?, ?, ?)", (from_id, to_id, kind.value)
        )


def links(lib: Library, submission_id: int) -> list[tuple[int, int, LinkKind]]:
    rows = lib.query(
        "SELECT from_id, to_id, kind FROM links WHERE from_id = ? OR to_id = ? ORDER BY kind, from_id, to_id",
        (submission_id, submission_id),
    )
    return [(r["from_id"], r["to_id"], LinkKind(r["kind"])) for r in rows]


def add_review(lib: Library, review: Review) -> int:
    with lib.write() as conn:
        cursor = conn.execute(
            "INSERT INTO reviews(submission_id, reviewer, role, decision, comment, at, content_sha256,"
            " level, payload_sha256, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (review.submission_id, review.reviewer, review.role, review.decision, review.comment,
             review.at.isoformat(timespec="seconds"), review.content_sha256, review.level,
             review.payload_sha256,
             None if review.record is None else json.dumps(review.record, ensure_ascii=False, sort_keys=True)),
        )  # fmt: skip
        return int(cursor.lastrowid)


def reviews(lib: Library, submission_id: int) -> list[Review]:
    rows = lib.query("SELECT * FROM reviews WHERE submission_id = ? ORDER BY id", (submission_id,))
    return [
        Review(
            r["submission_id"],
            r["reviewer"],
            r["role"],
            r["decision"],
            r["comment"],
            dt.datetime.fromisoformat(r["at"]),
            r["content_sha256"],
            r["id"],
            r["level"],
            r["payload_sha256"],
            None if r["record"] is None else json.loads(r["record"]),
        )  # fmt: skip
        for r in rows
    ]
