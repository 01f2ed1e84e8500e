"""The reference for bench/library.py: the design the issue sketched, built with nothing but
sqlite3 — one table, an FTS5 trigram index over title, 文号, issuer, body and 解读 (external
content) kept in sync by triggers, and ``instr`` scans for the 1–2 character terms a trigram index
cannot answer. Same rows, same transactions, same queries; no Python in the write path at all."""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_SCHEMA = """
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE docs (
    id INTEGER PRIMARY KEY, title TEXT, doc_number TEXT, issuer TEXT, body_text TEXT NOT NULL,
    interp_text TEXT NOT NULL DEFAULT ''
);
CREATE VIRTUAL TABLE docs_fts USING fts5(
    title, doc_number, issuer, body_text, interp_text, content='docs', content_rowid='id',
    tokenize='trigram'
);
CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN
    INSERT INTO docs_fts(rowid, title, doc_number, issuer, body_text, interp_text)
    VALUES (new.id, new.title, new.doc_number, new.issuer, new.body_text, new.interp_text);
END;
"""
_SHORT = (
    "SELECT id FROM docs WHERE instr(title, ?1) > 0 OR instr(doc_number, ?1) > 0"
    " OR instr(issuer, ?1) > 0 OR instr(body_text, ?1) > 0 OR instr(interp_text, ?1) > 0"
    " ORDER BY id DESC LIMIT 50"
)
_MATCH = "SELECT rowid FROM docs_fts WHERE docs_fts MATCH ? ORDER BY rank LIMIT 50"


@dataclass(frozen=True)
class Reference:
    insert_s: float
    size_bytes: int
    search_ms: dict[int, float]  # median per query length


def run(
    folder: Path, rows: Sequence[tuple[str | None, str | None, str | None, str]], batch: int,
    queries: dict[int, list[str]],
) -> Reference:  # fmt: skip
    path = folder / "reference.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(_SCHEMA)
        t0 = time.perf_counter()
        for start in range(0, len(rows), batch):
            conn.execute("BEGIN IMMEDIATE")
            for row in rows[start : start + batch]:  # one statement per row, as an import does
                conn.execute(
                    "INSERT INTO docs(title, doc_number, issuer, body_text) VALUES (?, ?, ?, ?)", row
                )
            conn.execute("COMMIT")
        insert_s = time.perf_counter() - t0
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = path.stat().st_size
        medians = {length: _median_ms(conn, qs) for length, qs in queries.items()}
        return Reference(insert_s, size, medians)
    finally:
        conn.close()


def _median_ms(conn: sqlite3.Connection, queries: list[str]) -> float:
    times = []
    for q in queries:
        sql, arg = (_SHORT, q) if len(q) < 3 else (_MATCH, '"' + q.replace('"', '""') + '"')
        t0 = time.perf_counter()
        conn.execute(sql, (arg,)).fetchall()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)
