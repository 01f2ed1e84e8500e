"""Full-text search of the library, for Chinese: title, 文号, 发文机关, body and 解读 text.

``search(lib, "政务公开")`` returns ``SearchHit`` rows, best first. The query is split on
whitespace (ASCII or full-width); every term must occur (AND), as a plain substring: no operators,
so quotes, ``*``, ``NEAR``, parentheses or ``OR`` typed by a clerk are searched for as text.

The index (migrations m006, m009) has one token per character: ``search_doc`` (title, 文号, issuer, body)
and ``search_interp`` (解读, apart so that saving it does not re-index the body), both FTS5 over
``pp_chars(text)`` (storage.library.index_chars: the characters separated by spaces, a run of
whitespace one token of its own). A term of any length is an FTS5 phrase of its characters, which
matches exactly where the term is a substring of the column (ASCII letters compared without case).
Rows inserted in a write transaction are indexed when it commits (storage.search_index).

* A query with a term of 3+ characters: the rows holding every term, in either table, ranked by
  bm25 with the title and the 文号 weighted above the issuer, the body and the 解读 (``WEIGHTS``;
  the score of a row is the sum of its two tables' scores).
* A query made only of 1–2 character terms, which hit many rows: in tiers, title hits, then
  文号/issuer hits (both read from the index ``submissions_search``, never the text), then
  body/解读 hits (from the FTS5 tables); newest first within each tier (``updated_at``, then id),
  each tier stopping as soon as the list is full.

``SearchHit.rank``: larger is better, comparable only within one result list (−bm25 for the first
kind of query; 3 / 2 / 1 for title / 文号-issuer / text hits of a short query).

``SearchHit.snippet``: the title when a term is in it, else the 文号, the issuer, the body or the
解读 (the first that holds a term), cut to ±``CONTEXT`` characters around the first occurrence,
with every occurrence of a term in it between the markers ``«`` and ``»`` (``OPEN`` / ``CLOSE``;
the GUI shows them as bold). A ``«`` or ``»`` of the text itself is shown as ``‹`` / ``›``, so the
markers are never ambiguous; runs of whitespace and line breaks become one space; ``…`` marks a cut.
The snippet is built in Python from the text in ``submissions`` (the index stores no text).

Filters (status and kind exact, year exact, issuer a substring) are applied in SQL on every path.
An empty or blank query returns ``[]``. An invalid status or kind raises ``ValueError``; SQLite
errors become ``LibraryError`` (storage.errors.from_sqlite).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from typing import Any

from policy.submission import Kind, SearchHit, SubmissionStatus
from storage import errors, search_index
from storage.library import Library
from storage.submissions import filters

OPEN, CLOSE = "«", "»"
CONTEXT = 20  # characters of text kept on each side of the first occurrence in a snippet
WEIGHTS = (10.0, 8.0, 3.0, 1.0, 1.0)  # bm25 weights: title, doc_number, issuer, body_text, interp_text
MAX_QUERY_CHARS = 1000  # of the query string; the rest is ignored
MAX_TERMS = 8
MAX_TERM_CHARS = 64  # a longer term is cut (the search then finds its first 64 characters)

_INDEX = "submissions_search"  # migrations m003, m006
_HEADS = ("title", "doc_number", "issuer")
_BLANK = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_HAS_LETTER = re.compile(r"[A-Za-z]")


def search(
    lib: Library,
    query: str,
    *,
    status: SubmissionStatus | str | None = None,
    kind: Kind | str | None = None,
    year: int | None = None,
    issuer: str | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    terms = parse_query(query)
    if not terms or limit <= 0:
        return []
    where, params = filters(status, kind, year, issuer, prefix="s.")
    try:
        if any(len(t) >= 3 for t in terms):
            rows = _search_ranked(lib, terms, where, params, limit)
        else:
            rows = _search_short(lib, terms, where, params, limit)
        return _hits(lib, rows, terms)
    except sqlite3.Error as exc:
        raise errors.from_sqlite(exc, lib.root) from None


def parse_query(query: object) -> list[str]:
    """The terms of a query: split on whitespace, control characters dropped, duplicates and terms
    contained in another term removed (``政务 政务公开`` → ``政务公开``), at most ``MAX_TERMS``."""
    if not isinstance(query, str):
        return []
    text = _CONTROL.sub(" ", query[:MAX_QUERY_CHARS])
    terms: list[str] = []
    for raw in text.split():
        term = raw[:MAX_TERM_CHARS]
        if all(term.lower() != t.lower() for t in terms):
            terms.append(term)
    lowered = [t.lower() for t in terms]
    kept = [
        t for t, low in zip(terms, lowered, strict=True) if not any(low != o and low in o for o in lowered)
    ]
    return kept[:MAX_TERMS]


_TABLES = ("search_doc", "search_interp")


def optimize(lib: Library) -> None:
    """Merge the search index into one segment per table (smaller and faster; worth it after a bulk
    import, or from time to time, e.g. with a backup)."""
    with lib.write() as conn:
        for table in _TABLES:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def rebuild(lib: Library) -> None:
    """Rebuild the search index from the submissions table (a repair; triggers and the flush at each
    commit keep it in sync)."""
    with lib.write() as conn:
        for table in _TABLES:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
        search_index.forget(conn)


# ---- SQL pieces --------------------------------------------------------------------------------


class _Sql:
    """A condition and its parameters."""

    def __init__(self, text: str, params: Sequence[Any] = ()) -> None:
        self.text = text
        self.params = list(params)

    @staticmethod
    def join(op: str, parts: Sequence[_Sql]) -> _Sql:
        return _Sql("(" + f" {op} ".join(p.text for p in parts) + ")", [x for p in parts for x in p.params])


def _has(term: str, column: str) -> _Sql:
    """``term`` occurs in ``column`` (ASCII letters compared without case)."""
    column = f"ifnull({column}, '')"
    if _HAS_LETTER.search(term):
        return _Sql(f"instr(lower({column}), ?) > 0", [term.lower()])
    return _Sql(f"instr({column}, ?) > 0", [term])


def _in_columns(terms: Sequence[str], columns: Sequence[str]) -> _Sql:
    """Any of ``terms`` occurs in any of ``columns`` (read from the row or the covering index)."""
    return _Sql.join("OR", [_has(t, f"s.{c}") for t in terms for c in columns])


def _phrase(term: str) -> str:
    """The FTS5 phrase of ``term``'s characters (each one token: see storage.library.index_chars)."""
    return '"' + " ".join(term).replace('"', '""') + '"'


def _in_text(term: str) -> _Sql:
    """``term`` occurs in the body or the 解读 (from the index)."""
    return _Sql(
        "s.id IN (SELECT rowid FROM search_doc WHERE search_doc MATCH ?"
        " UNION ALL SELECT rowid FROM search_interp WHERE search_interp MATCH ?)",
        ["{body_text} : " + _phrase(term), _phrase(term)],
    )


def _anywhere(term: str) -> _Sql:
    """``term`` occurs in any column (from the index)."""
    return _Sql(
        "s.id IN (SELECT rowid FROM search_doc WHERE search_doc MATCH ?"
        " UNION ALL SELECT rowid FROM search_interp WHERE search_interp MATCH ?)",
        [_phrase(term), _phrase(term)],
    )


def _where(filters: list[str], params: list[Any], *more: _Sql) -> tuple[str, list[Any]]:
    parts = list(filters) + [m.text for m in more]
    values = list(params) + [x for m in more for x in m.params]
    return (" WHERE " + " AND ".join(parts)) if parts else "", values


# ---- a term of 3+ characters: ranked by bm25 ----------------------------------------------------


def _search_ranked(
    lib: Library, terms: list[str], filters: list[str], params: list[Any], limit: int
) -> list[tuple]:
    """The rows holding every term, by the sum of their bm25 scores in both tables. The rows whose
    body columns hold every term come from one FTS5 query; the 解读 table is asked only for the
    rows where it holds a term, and then every term is checked on that row."""
    every = " AND ".join(_phrase(t) for t in terms)
    some = " OR ".join(_phrase(t) for t in terms)
    doc = f"SELECT rowid AS id, bm25(search_doc, {', '.join(map(str, WEIGHTS[:4]))}) AS b FROM search_doc"
    interp = f"SELECT rowid AS id, bm25(search_interp, {WEIGHTS[4]}) AS b FROM search_interp"
    split = (
        len(terms) > 1
        and lib.conn.execute(
            "SELECT 1 FROM search_interp WHERE search_interp MATCH ? LIMIT 1", (some,)
        ).fetchone()
    )
    if split:  # rows may hold some terms in the 解读 only: every term is checked on the row
        scores = (
            f"WITH d AS MATERIALIZED ({doc} WHERE search_doc MATCH ?),"
            f" i AS MATERIALIZED ({interp} WHERE search_interp MATCH ?),"
            f" d2 AS MATERIALIZED ({doc} WHERE search_doc MATCH ?)"
            " SELECT id, -sum(b) AS score FROM (SELECT id, b FROM d UNION ALL SELECT id, b FROM i"
            " UNION ALL SELECT id, b FROM d2 WHERE id IN (SELECT id FROM i) AND id NOT IN (SELECT id FROM d))"
            " GROUP BY id"
        )
        values: list[Any] = [every, some, some]
        checks = [_anywhere(t) for t in terms]
    else:  # the body columns hold every term (the 解读 adds to the score)
        scores = (
            f"SELECT id, -sum(b) AS score FROM ({doc} WHERE search_doc MATCH ?"
            f" UNION ALL {interp} WHERE search_interp MATCH ?) GROUP BY id"
        )
        values = [every, some]
        checks = []
    where, where_values = _where(filters, params, *checks)
    # CROSS JOIN keeps the scores outside: the planner must not probe MATCH once per row.
    sql = (
        f"SELECT s.id, s.title, s.doc_number, s.issuer, s.status, s.kind, h.score FROM ({scores}) AS h"
        f" CROSS JOIN submissions AS s ON s.id = h.id{where} ORDER BY h.score DESC, s.id DESC LIMIT ?"
    )
    return lib.conn.execute(sql, (*values, *where_values, limit)).fetchall()


# ---- only 1–2 character terms: tiers, newest first ---------------------------------------------


def _search_short(
    lib: Library, terms: list[str], filters: list[str], params: list[Any], limit: int
) -> list[tuple]:
    in_title = _in_columns(terms, ("title",))
    in_heads = _in_columns(terms, _HEADS)
    everywhere = [_anywhere(t) for t in terms] if len(terms) > 1 else []
    columns = "s.id, s.title, s.doc_number, s.issuer, s.status, s.kind"
    order = " ORDER BY s.updated_at DESC, s.id DESC LIMIT ?"

    # 1. title hits, then 文号 / issuer hits: read from the covering index, without the text;
    #    newest first, so a common term stops early
    rows: list[tuple] = []
    not_title = _Sql(f"NOT {in_title.text}", in_title.params)
    for score, conditions in ((3, [in_title]), (2, [not_title, _in_columns(terms, _HEADS[1:])])):
        where, values = _where(filters, params, *conditions, *everywhere)
        rows += lib.conn.execute(
            f"SELECT {columns}, {score} FROM submissions AS s INDEXED BY {_INDEX}{where}{order}",
            (*values, limit - len(rows)),
        ).fetchall()
        if len(rows) >= limit:
            return rows

    # 2. text hits: the rows the index gives for the body and the 解读, newest first
    not_heads = _Sql(f"NOT {in_heads.text}", in_heads.params)
    text = _Sql.join("OR", [_in_text(t) for t in terms])
    where, values = _where(filters, params, not_heads, text, *everywhere)
    return (
        rows
        + lib.conn.execute(
            f"SELECT {columns}, 1 FROM submissions AS s INDEXED BY {_INDEX}{where}{order}",
            (*values, limit - len(rows)),
        ).fetchall()
    )


# ---- hits and snippets ---------------------------------------------------------------------------


def _hits(lib: Library, rows: list[tuple], terms: list[str]) -> list[SearchHit]:
    snippets: dict[int, str] = {}
    for sid, title, doc_number, issuer, *_ in rows:
        for value in (title, doc_number, issuer):
            text = snippet(value, terms)
            if text:
                snippets[sid] = text
                break
    need_text = [r[0] for r in rows if r[0] not in snippets]
    if need_text:
        marks = ",".join("?" * len(need_text))
        for sid, body, interp in lib.conn.execute(
            f"SELECT id, body_text, interp_text FROM submissions WHERE id IN ({marks})", need_text
        ):
            snippets[sid] = snippet(body, terms) or snippet(interp, terms)
    return [
        SearchHit(
            sid, title, doc_number, SubmissionStatus(status), Kind(kind), snippets.get(sid, ""), float(score)
        )
        for sid, title, doc_number, _issuer, status, kind, score in rows
    ]


def snippet(text: str | None, terms: Sequence[str], context: int = CONTEXT) -> str:
    """``text`` around the first occurrence of any term (±``context`` characters), every
    occurrence inside between ``«`` and ``»``; "" when no term occurs."""
    if not text or not terms:
        return ""
    low = text.lower()
    folded = len(low) == len(text)  # a few characters change length when lowered: compare as typed
    if not folded:
        low = text
    keys = [t.lower() if folded else t for t in terms]
    starts = [i for i in (low.find(k) for k in keys if k) if i >= 0]
    if not starts:
        return ""
    first = min(starts)
    start = max(0, first - context)
    first_len = max(len(k) for k in keys if low.startswith(k, first))
    end = min(len(text), first + first_len + context)
    marked = [False] * (end - start)
    for key in keys:
        i = low.find(key, start)
        while i >= 0 and i < end:
            for j in range(i, min(i + len(key), end)):
                marked[j - start] = True
            i = low.find(key, i + 1)
    out: list[str] = []
    inside = False
    for offset, ch in enumerate(text[start:end].replace(OPEN, "‹").replace(CLOSE, "›")):
        if marked[offset] != inside:
            out.append(OPEN if marked[offset] else CLOSE)
            inside = marked[offset]
        out.append(ch)
    if inside:
        out.append(CLOSE)
    body = _BLANK.sub(" ", "".join(out)).strip()
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
