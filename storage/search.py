"""Full-text search of the library, for Chinese: title, 文号, 发文机关, body and 解读 text.

``search(lib, "政务公开")`` returns ``SearchHit`` rows, best first. The query is split on
whitespace (ASCII or full-width); every term must occur (AND), as a plain substring: no operators,
so quotes, ``*``, ``NEAR``, parentheses or ``OR`` typed by a clerk are searched for as text.

* Terms of 3+ characters go to the FTS5 trigram index (``search_index``, migration m002), each
  quoted as an FTS5 string; hits are ranked by bm25 with the title and the 文号 weighted above the
  issuer, the body and the 解读 (``WEIGHTS``).
* Terms of 1–2 characters have no trigram of their own. A query made only of them is answered
  from the rows, in tiers: title hits, then 文号/issuer hits (both read from the index
  ``submissions_search`` of migration m003, never the text), then body/解读 hits; newest first
  within each tier (``updated_at``, then id), each tier stopping as soon as the list is full.
  Text hits: when a term starts few distinct trigrams (``FEW_TRIGRAMS``, looked up in the
  ``search_vocab`` table), the rows are those where one of these trigrams is indexed (one FTS5
  query OR-ing them) or where the term is among the last two characters of the body or 解读 (the
  one place a 1–2 character string starts no trigram; that index holds them too): exact, and no
  text is read. A commoner term is looked for in the newest ``WINDOW`` rows, where it soon turns
  up; when it does not, the vocabulary again (up to ``MAX_TRIGRAMS``), else a scan of every row.
* A query mixing both: the long terms through FTS5 (and their ranking), the short ones checked on
  those rows.

``SearchHit.rank``: larger is better, comparable only within one result list (−bm25 for FTS
queries; 3 / 2 / 1 for title / 文号-issuer / text hits of a short query).

``SearchHit.snippet``: the title when a term is in it, else the 文号, the issuer, the body or the
解读 (the first that holds a term), cut to ±``CONTEXT`` characters around the first occurrence,
with every occurrence of a term in it between the markers ``«`` and ``»`` (``OPEN`` / ``CLOSE``;
the GUI shows them as bold). A ``«`` or ``»`` of the text itself is shown as ``‹`` / ``›``, so the
markers are never ambiguous; runs of whitespace and line breaks become one space; ``…`` marks a cut.
The snippet is built in Python rather than with FTS5 ``snippet()``: with the trigram tokenizer
``snippet()`` cuts a highlighted phrase at the window's edge, prefers a body fragment to a matching
title, and cannot mark the 1–2 character terms; one builder gives both paths the same form.

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
from storage import errors
from storage.library import Library
from storage.submissions import _filters

OPEN, CLOSE = "«", "»"
CONTEXT = 20  # characters of text kept on each side of the first occurrence in a snippet
WEIGHTS = (10.0, 8.0, 3.0, 1.0, 1.0)  # bm25 weights: title, doc_number, issuer, body_text, interp_text
MAX_QUERY_CHARS = 1000  # of the query string; the rest is ignored
MAX_TERMS = 8
MAX_TERM_CHARS = 64  # a longer term is cut (the search then finds its first 64 characters)
WINDOW = 500  # newest rows scanned first for a common 1–2 character term in the text
FEW_TRIGRAMS = 64  # a 1–2 character term starting at most this many trigrams is looked up, not scanned
MAX_TRIGRAMS = 400  # ... and, when the newest rows did not have enough, up to this many

_INDEX = "submissions_search"  # migration m003
_HEADS = ("title", "doc_number", "issuer")
_TEXTS = ("body_text", "interp_text")
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
    where, params = _filters(status, kind, year, issuer, prefix="s.")
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    try:
        if long_terms:
            rows = _search_fts(lib, long_terms, short_terms, where, params, limit)
        else:
            rows = _search_short(lib, short_terms, where, params, limit)
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


def optimize(lib: Library) -> None:
    """Merge the search index into one segment (smaller and faster; worth it after a bulk import,
    or from time to time, e.g. with a backup). Takes about 2 s per 100 MB of indexed text."""
    with lib.write() as conn:
        conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")


def rebuild(lib: Library) -> None:
    """Rebuild the search index from the submissions table (a repair; the triggers keep it in sync)."""
    with lib.write() as conn:
        conn.execute("INSERT INTO search_index(search_index) VALUES ('rebuild')")


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
    """``term`` occurs in ``column`` (ASCII letters compared without case, like the trigram index)."""
    if not column.startswith(("s.body_text", "s.interp_text", "substr(")):  # those are NOT NULL
        column = f"ifnull({column}, '')"
    if _HAS_LETTER.search(term):
        return _Sql(f"instr(lower({column}), ?) > 0", [term.lower()])
    return _Sql(f"instr({column}, ?) > 0", [term])


def _in_columns(terms: Sequence[str], columns: Sequence[str]) -> _Sql:
    """Any of ``terms`` occurs in any of ``columns``."""
    return _Sql.join("OR", [_has(t, f"s.{c}") for t in terms for c in columns])


def _contains_all(terms: Sequence[str]) -> _Sql:
    """Every term occurs somewhere in the row (the title, 文号 and issuer are tried before the text)."""
    return _Sql.join("AND", [_in_columns([t], _HEADS + _TEXTS) for t in terms])


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _where(filters: list[str], params: list[Any], *more: _Sql) -> tuple[str, list[Any]]:
    parts = list(filters) + [m.text for m in more]
    values = list(params) + [x for m in more for x in m.params]
    return (" WHERE " + " AND ".join(parts)) if parts else "", values


# ---- 3+ characters: the trigram index ----------------------------------------------------------


def _search_fts(
    lib: Library,
    long_terms: list[str],
    short_terms: list[str],
    filters: list[str],
    params: list[Any],
    limit: int,
) -> list[tuple]:
    match = " AND ".join(_fts_string(t) for t in long_terms)
    extra = [_in_columns([t], _HEADS + _TEXTS) for t in short_terms]
    where, values = _where(["search_index MATCH ?", *filters], [match, *params], *extra)
    # CROSS JOIN keeps the FTS5 table outside: the planner must not probe MATCH once per row.
    sql = (
        "SELECT s.id, s.title, s.doc_number, s.issuer, s.status, s.kind,"
        f" -bm25(search_index, {', '.join(map(str, WEIGHTS))}) AS score"
        " FROM search_index CROSS JOIN submissions AS s ON s.id = search_index.rowid"
        f"{where} ORDER BY score DESC, s.id DESC LIMIT ?"
    )
    return lib.conn.execute(sql, (*values, limit)).fetchall()


# ---- 1–2 characters: the rows ------------------------------------------------------------------


def _search_short(
    lib: Library, terms: list[str], filters: list[str], params: list[Any], limit: int
) -> list[tuple]:
    in_title = _in_columns(terms, ("title",))
    in_heads = _in_columns(terms, _HEADS)
    everywhere = _contains_all(terms)
    columns = "s.id, s.title, s.doc_number, s.issuer, s.status, s.kind"

    # 1. title hits, then 文号 / issuer hits: read from the index, without the text (unless another
    #    term must be looked for there); newest first, so a common term stops early
    rows: list[tuple] = []
    not_title = _Sql(f"NOT {in_title.text}", in_title.params)
    for score, conditions in ((3, [in_title]), (2, [not_title, _in_columns(terms, _HEADS[1:])])):
        where, values = _where(filters, params, *conditions, everywhere)
        rows += lib.conn.execute(
            f"SELECT {columns}, {score} FROM submissions AS s INDEXED BY {_INDEX}{where}"
            " ORDER BY s.updated_at DESC, s.id DESC LIMIT ?",
            (*values, limit - len(rows)),
        ).fetchall()
        if len(rows) >= limit:
            return rows
    need = limit - len(rows)

    # 2. text hits, newest first. A term starting few trigrams: the rows the trigram vocabulary
    #    points to; a common one: among the newest rows first, where it soon turns up
    not_heads = _Sql(f"NOT {in_heads.text}", in_heads.params)
    select = f"SELECT {columns}, 1 FROM submissions AS s INDEXED BY {_INDEX}"
    order = " ORDER BY s.updated_at DESC, s.id DESC LIMIT ?"
    found = _candidates(lib, terms, FEW_TRIGRAMS)
    if found is not None:
        where, values = _where(filters, params, not_heads, *found)
        return rows + lib.conn.execute(select + where + order, (*values, need)).fetchall()

    where, values = _where(filters, params, not_heads)
    outer, outer_values = _where([], [], everywhere)
    window = lib.conn.execute(
        f"SELECT s.id, s.title, s.doc_number, s.issuer, s.status, s.kind, 1 FROM ("
        f" SELECT {columns}, s.body_text, s.interp_text, s.updated_at FROM submissions AS s INDEXED BY {_INDEX}"
        f"{where} ORDER BY s.updated_at DESC, s.id DESC LIMIT ?) AS s{outer}{order}",
        (*values, WINDOW, *outer_values, need),
    ).fetchall()
    if len(window) >= need:
        return rows + window
    rest = lib.conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM submissions AS s INDEXED BY {_INDEX}{where} LIMIT ?)",
        (*values, WINDOW + 1),
    ).fetchone()[0]
    if rest <= WINDOW:  # the window held every row
        return rows + window
    found = _candidates(lib, terms, MAX_TRIGRAMS) or [everywhere]
    where, values = _where(filters, params, not_heads, *found)
    return rows + lib.conn.execute(select + where + order, (*values, need)).fetchall()


def _candidates(lib: Library, terms: list[str], most: int) -> list[_Sql] | None:
    """Conditions true exactly for the rows holding every term, driven by the first term that
    starts at most ``most`` distinct trigrams: a row holds it iff one of those trigrams is indexed
    for the row, or the term is among the last two characters of the body or 解读 (where it starts
    no trigram; title, 文号 and issuer are checked apart). None when every term is commoner."""
    for i, term in enumerate(terms):
        trigrams = _trigrams_starting(lib, term.lower(), most)
        if trigrams is None:
            continue
        others = terms[:i] + terms[i + 1 :]
        parts = [_has(term, f"substr(s.{c}, -2)") for c in _TEXTS]
        if trigrams:
            expression = " OR ".join(_fts_string(t) for t in trigrams)
            parts.insert(
                0, _Sql("s.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)", [expression])
            )
        return [_Sql.join("OR", parts), *([_contains_all(others)] if others else [])]
    return None


def _trigrams_starting(lib: Library, key: str, most: int) -> list[str] | None:
    """The indexed trigrams starting with ``key``, or None when there are more than ``most``."""
    last = ord(key[-1])
    if last >= 0x10FFFF:
        sql, args = "SELECT term FROM search_vocab WHERE term >= ? LIMIT ?", (key,)
    else:
        upper = key[:-1] + chr(0xE000 if 0xD7FF <= last < 0xE000 else last + 1)
        sql, args = "SELECT term FROM search_vocab WHERE term >= ? AND term < ? LIMIT ?", (key, upper)
    found = [t for (t,) in lib.conn.execute(sql, (*args, most + 1)) if t.startswith(key)]
    return None if len(found) > most else found


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
