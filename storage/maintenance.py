"""Backup (SQLite online backup, consistent while in use), restore and integrity checks."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from storage import audit, errors
from storage.files import path_of, verify_file
from storage.library import DB_NAME, Library


def backup(lib: Library, target: Path) -> None:
    """Write a consistent copy of the database to ``target`` (stored originals are content-addressed
    and never change, so the database is what needs a point-in-time copy)."""
    target = target.expanduser()
    tmp = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(tmp)
        try:
            lib.conn.backup(dest)
        finally:
            dest.close()
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise errors.LibraryError(
            "backup_failed", f"备份失败（{exc}）：{target}", f"backup failed ({exc}): {target}"
        ) from None


def restore(root: Path, source: Path) -> None:
    """Replace the library's database with a backup, after checking the backup is a sound library.

    Refused while another program has the library open (its later edits would go to the replaced
    file and be lost). The current database, with the edits still in its write-ahead log, is kept
    beside it as ``library.sqlite3.before-restore``."""
    source = source.expanduser()
    try:
        check = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            check.close()
    except sqlite3.Error:
        ok, tables = False, set()
    if not ok or "submissions" not in tables:
        raise errors.LibraryError(
            "bad_backup", f"不是有效的资料库备份：{source}", f"not a valid library backup: {source}"
        )
    root.mkdir(parents=True, exist_ok=True)
    db_path = root / DB_NAME
    if db_path.exists():
        _keep_current(root, db_path)
    fd, tmp = tempfile.mkstemp(dir=root, suffix=".restoring")
    os.close(fd)
    shutil.copyfile(source, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)


def _keep_current(root: Path, db_path: Path) -> None:
    """Copy the current database to ``.before-restore`` (through SQLite, so that the edits still in
    the write-ahead log are in the copy); refuse while another program has it open."""
    keep = root / (DB_NAME + ".before-restore")
    conn = sqlite3.connect(db_path, timeout=1, isolation_level=None)
    try:
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")  # held until close: no one opens it meanwhile
            conn.execute("BEGIN EXCLUSIVE")  # fails while another connection has the library open
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if errors.from_sqlite(exc, root).key == "busy":
                raise errors.LibraryError(
                    "in_use", f"资料库正被另一个程序使用，请先关闭它再恢复；资料库未作任何改动：{root}",
                    f"the library is open in another program; close it before restoring. Nothing was changed: {root}",
                ) from None  # fmt: skip
            raise
        keep.unlink(missing_ok=True)
        dest = sqlite3.connect(keep)
        try:
            conn.backup(dest)
        finally:
            dest.close()
    except sqlite3.Error:  # a damaged database: keep its bytes as they are
        shutil.copyfile(db_path, keep)
        wal = Path(str(db_path) + "-wal")
        if wal.exists():
            shutil.copyfile(wal, str(keep) + "-wal")
    finally:
        conn.close()


@dataclass(frozen=True, slots=True)
class LibraryCheck:
    database_ok: bool
    chain: audit.ChainCheck
    missing_files: tuple[str, ...]
    damaged_files: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.database_ok and self.chain.ok and not self.missing_files and not self.damaged_files


def verify(lib: Library) -> LibraryCheck:
    database_ok = lib.query("PRAGMA integrity_check")[0]["integrity_check"] == "ok"
    missing, damaged = [], []
    for row in lib.query("SELECT sha256 FROM files ORDER BY sha256"):
        sha = row["sha256"]
        if not path_of(lib, sha).is_file():
            missing.append(sha)
        elif not verify_file(lib, sha):
            damaged.append(sha)
    return LibraryCheck(database_ok, audit.verify(lib), tuple(missing), tuple(damaged))
