"""The audit log: append-only, each entry holding the hash of the previous one, and the newest hash
kept apart in ``meta`` so that a changed, deleted or truncated past is detectable."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from policy.submission import AuditEntry
from storage.library import Library, now

GENESIS = "0" * 64


def _entry_hash(
    prev: str, entry_id: int, at: str, actor: str, action: str, sid: int | None, detail: str
) -> str:
    text = "\n".join((prev, str(entry_id), at, actor, action, "" if sid is None else str(sid), detail))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def append(
    lib: Library, actor: str, action: str, submission_id: int | None, detail: dict[str, Any]
) -> AuditEntry:
    """Add an entry in the caller's write transaction (or its own)."""
    with lib.write() as conn:
        row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        prev_id, prev = (row[0], row[1]) if row else (0, GENESIS)
        entry_id = prev_id + 1
        at = now()
        text = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
        digest = _entry_hash(prev, entry_id, at, actor, action, submission_id, text)
        conn.execute(
            "INSERT INTO audit_log(id, at, actor, action, submission_id, detail, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (entry_id, at, actor, action, submission_id, text, prev, digest),
        )
        conn.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_head', ?)", (f"{entry_id}:{digest}",)
        )
    return AuditEntry(entry_id, at, actor, action, submission_id, detail, prev, digest)


def entries(lib: Library, submission_id: int | None = None) -> list[AuditEntry]:
    where, params = ("WHERE submission_id = ?", (submission_id,)) if submission_id is not None else ("", ())
    rows = lib.query(f"SELECT * FROM audit_log {where} ORDER BY id", params)
    return [
        AuditEntry(
            r["id"],
            r["at"],
            r["actor"],
            r["action"],
            r["submission_id"],
            json.loads(r["detail"]),
            r["prev_hash"],
            r["hash"],
        )  # fmt: skip
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class ChainCheck:
    ok: bool
    entries: int
    bad_entry: int | None = None
    reason: str = ""


def verify(lib: Library) -> ChainCheck:
    """Recompute the chain; name the first entry that was changed, removed or inserted."""
    prev, expected_id, count = GENESIS, 1, 0
    for r in lib.query("SELECT * FROM audit_log ORDER BY id"):
        count += 1
        if r["id"] != expected_id:
            return ChainCheck(
                False, count, expected_id, f"第 {expected_id} 条记录缺失 (entry {expected_id} is missing)"
            )
        own = _entry_hash(
            r["prev_hash"], r["id"], r["at"], r["actor"], r["action"], r["submission_id"], r["detail"]
        )
        if own != r["hash"]:
            return ChainCheck(
                False, count, r["id"], f"第 {r['id']} 条记录被改动 (entry {r['id']} was altered)"
            )
        if r["prev_hash"] != prev:
            # this entry is intact, so its predecessor was changed (and its hash recomputed to hide it)
            bad = r["id"] - 1
            return ChainCheck(False, count, bad, f"第 {bad} 条记录被改动 (entry {bad} was altered)")
        prev, expected_id = own, expected_id + 1
    head = lib.query("SELECT value FROM meta WHERE key = 'audit_head'")
    if head:
        head_id, _, head_hash = head[0]["value"].partition(":")
        last = expected_id - 1
        if int(head_id) > last:
            missing = last + 1
            return ChainCheck(
                False,
                count,
                missing,
                f"第 {missing} 条及之后的记录被删除 (entries from {missing} on were removed)",
            )
        if int(head_id) < last:
            extra = int(head_id) + 1
            return ChainCheck(
                False,
                count,
                extra,
                f"第 {extra} 条记录不是由本程序写入 (entry {extra} was added outside the app)",
            )
        if head_hash != prev:
            return ChainCheck(False, count, last, f"第 {last} 条记录被改动 (entry {last} was altered)")
    elif count:
        return ChainCheck(False, count, 1, "审计链头记录缺失 (the chain head record is missing)")
    return ChainCheck(True, count)
