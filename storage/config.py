"""The library's settings (table ``config``, m007) and the register of 索引号 in use."""

from __future__ import annotations

import json

from storage.library import Library, now


def values(lib: Library) -> dict[str, str]:
    """The stored settings, key → text (a key without a row has its default)."""
    return {r["key"]: r["value"] for r in lib.query("SELECT key, value FROM config ORDER BY key")}


def put(lib: Library, key: str, value: str | None) -> None:
    """Store ``value`` for ``key`` in the caller's transaction (or its own); None removes the row."""
    with lib.write() as conn:
        if value is None:
            conn.execute("DELETE FROM config WHERE key = ?", (key,))
        else:
            conn.execute(
                "INSERT OR REPLACE INTO config(key, value, updated_at) VALUES (?, ?, ?)", (key, value, now())
            )


def index_numbers(lib: Library) -> dict[int, str]:
    """Submission id → its 索引号 as it stands: the latest confirmed value, else the extracted one."""
    found: dict[int, str | None] = {}
    for r in lib.query("SELECT id, json_extract(extraction, '$.fields.index_number') AS v FROM submissions"):
        found[r["id"]] = r["v"]
    for r in lib.query(
        "SELECT submission_id, new_value FROM confirmations WHERE field = 'index_number' ORDER BY id"
    ):
        found[r["submission_id"]] = json.loads(r["new_value"])
    return {sid: v for sid, v in found.items() if v}
