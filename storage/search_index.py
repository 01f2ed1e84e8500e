"""Keeping the search index up to date: rows inserted in a write transaction are indexed when it
commits, in one statement per FTS5 table (migration m009 explains why not row by row)."""

from __future__ import annotations

import sqlite3

_FLUSH = (
    "INSERT INTO search_doc(rowid, title, doc_number, issuer, body_text)"
    " SELECT s.id, pp_chars(s.title), pp_chars(s.doc_number), pp_chars(s.issuer), pp_chars(s.body_text)"
    " FROM search_pending p JOIN submissions s ON s.id = p.id ORDER BY p.id",
    "INSERT INTO search_interp(rowid, interp_text)"
    " SELECT s.id, pp_chars(s.interp_text) FROM search_pending p JOIN submissions s ON s.id = p.id"
    " ORDER BY p.id",
    "DELETE FROM search_pending",
)


def pending(conn: sqlite3.Connection) -> bool:
    """Rows wait for the index (inside a write transaction, or left by a writer that stopped)."""
    try:
        return conn.execute("SELECT EXISTS (SELECT 1 FROM search_pending)").fetchone()[0] == 1
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):  # migrations before m009 are being applied
            return False
        raise


def flush(conn: sqlite3.Connection) -> None:
    """Index the pending rows with their current values; called inside the write transaction."""
    if pending(conn):
        for sql in _FLUSH:
            conn.execute(sql)


def forget(conn: sqlite3.Connection) -> None:
    """After an FTS5 'rebuild', which indexed every row, pending ones included."""
    conn.execute("DELETE FROM search_pending")
