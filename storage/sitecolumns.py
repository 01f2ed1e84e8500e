"""The district's site-column list (栏目, 类型, 最后更新日期) and what the library-wide checks read:
every published submission with the day it went on the site, its 解读, and all links."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from policy.submission import LinkKind, Submission, SubmissionStatus
from storage import errors, submissions
from storage.library import Library, now

# the outcomes of upload_log rows that mean the item went on the site
UPLOAD_OK = ("ok", "success", "uploaded", "成功", "已上传")


@dataclass(frozen=True, slots=True)
class SiteColumn:
    name: str  # 栏目
    column_type: str  # 类型: 政务动态 / 政策文件 / 政策解读 / 通知公告 …
    last_updated: dt.date | None = None  # 最后更新日期; None: never (a blank column)


@dataclass(frozen=True, slots=True)
class ImportedColumns:
    columns: tuple[SiteColumn, ...] = ()
    source: str | None = None  # the file name it was imported from
    imported_at: str | None = None


def replace_columns(lib: Library, columns: Sequence[SiteColumn], source: str) -> int:
    """Store the district's list in place of the previous one (it is the whole site's list)."""
    names = [c.name for c in columns]
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise errors.LibraryError("column_twice", f"栏目清单中栏目重复：{'、'.join(twice)}",
                                  f"columns listed twice: {', '.join(twice)}")  # fmt: skip
    stamp = now()
    with lib.write() as conn:
        conn.execute("DELETE FROM site_columns")
        conn.executemany(
            "INSERT INTO site_columns(name, column_type, last_updated, imported_at, source) VALUES (?, ?, ?, ?, ?)",
            [(c.name, c.column_type, c.last_updated.isoformat() if c.last_updated else None, stamp, source)
             for c in columns],
        )  # fmt: skip
    return len(columns)


def imported_columns(lib: Library) -> ImportedColumns:
    rows = lib.query("SELECT * FROM site_columns ORDER BY name")
    if not rows:
        return ImportedColumns()
    columns = tuple(
        SiteColumn(
            r["name"],
            r["column_type"],
            dt.date.fromisoformat(r["last_updated"]) if r["last_updated"] else None,
        )
        for r in rows
    )
    return ImportedColumns(columns, rows[0]["source"], rows[0]["imported_at"])


def set_site_column(lib: Library, submission_id: int, column: str | None) -> None:
    """The site column a submission is (to be) published in."""
    with lib.write() as conn:
        cursor = conn.execute(
            "UPDATE submissions SET site_column = ? WHERE id = ?", (column or None, submission_id)
        )
        if cursor.rowcount == 0:
            raise errors.not_found(submission_id)
        submissions.touch(lib, submission_id)


@dataclass(frozen=True, slots=True)
class PublishedRow:
    """A submission as the library-wide checks read it."""

    submission: Submission
    published_at: dt.datetime | None  # first on the site: an upload logged as done, or the move to 已上传
    interpretation_chars: int  # length of the 解读 stored with it (0: none)
    interpretation_saved_at: dt.datetime | None


def _first_times(lib: Library) -> dict[int, str]:
    """Per submission, the earliest time it went on the site (two grouped scans, not one per row)."""
    marks = ",".join("?" * len(UPLOAD_OK))
    first: dict[int, str] = {}
    uploaded = lib.query(
        f"SELECT submission_id AS id, MIN(at) AS at FROM upload_log WHERE submission_id IS NOT NULL"
        f" AND lower(outcome) IN ({marks}) GROUP BY submission_id",
        UPLOAD_OK,
    )
    moved = lib.query(
        "SELECT submission_id AS id, MIN(at) AS at FROM audit_log WHERE action = 'status'"
        " AND submission_id IS NOT NULL AND json_extract(detail, '$.to') = ? GROUP BY submission_id",
        (SubmissionStatus.UPLOADED.value,),
    )
    for r in (*uploaded, *moved):
        seen = first.get(r["id"])
        if seen is None or dt.datetime.fromisoformat(r["at"]) < dt.datetime.fromisoformat(seen):
            first[r["id"]] = r["at"]
    return first


def published_rows(lib: Library, statuses: Iterable[SubmissionStatus]) -> list[PublishedRow]:
    """Every submission in one of ``statuses``, oldest first, with its publication facts."""
    wanted = [SubmissionStatus(s).value for s in statuses]
    if not wanted:
        return []
    rows = lib.query(
        "SELECT s.id, length(s.interp_text) AS chars, i.updated_at AS saved FROM submissions s"
        " LEFT JOIN interpretations i ON i.submission_id = s.id"
        f" WHERE s.status IN ({','.join('?' * len(wanted))}) ORDER BY s.id",
        tuple(wanted),
    )
    first = _first_times(lib)
    out = []
    for r in rows:
        at = first.get(r["id"])
        saved = r["saved"]
        out.append(
            PublishedRow(
                submissions.get(lib, r["id"]),
                dt.datetime.fromisoformat(at) if at else None,
                int(r["chars"] or 0),
                dt.datetime.fromisoformat(saved) if saved else None,
            )
        )
    return out


def all_links(lib: Library) -> list[tuple[int, int, LinkKind]]:
    rows = lib.query("SELECT from_id, to_id, kind FROM links ORDER BY kind, from_id, to_id")
    return [(r["from_id"], r["to_id"], LinkKind(r["kind"])) for r in rows]


def statuses(lib: Library) -> dict[int, SubmissionStatus]:
    """The status of every submission (for links that point at unpublished ones)."""
    return {r["id"]: SubmissionStatus(r["status"]) for r in lib.query("SELECT id, status FROM submissions")}
