"""Opening a library: its folder, the SQLite database (WAL, foreign keys), migrations, and the
write transaction every change goes through."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import platformdirs
from sqlite_utils import Database

from storage import errors, search_index
from storage.schema import migrations

DB_NAME = "library.sqlite3"
_NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "9p",
    "afs",
    "ncpfs",
    "davfs",
    "fuse.davfs2",
}


def default_library_path() -> Path:
    """``POLICYPRESS_HOME`` if set, else the user's data directory."""
    env = os.environ.get("POLICYPRESS_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("PolicyPress", appauthor=False))


def now() -> str:
    return dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")


def index_chars(value: object) -> str | None:
    """The SQL function ``pp_chars``: ``value`` as the search index takes it (migration m006), each
    character but whitespace a token of its own, separated by spaces, and each run of whitespace
    the one token ``\\x01`` (never a character of a search term), so that a phrase of characters
    matches where the term is a substring of the text, never across a blank."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return " ".join("\x01".join(str(value).split()))


def register_functions(conn: sqlite3.Connection) -> None:
    """The application's SQL functions, which the schema's triggers and views call: registered on
    every connection the application opens, before the migrations run."""
    conn.create_function("pp_chars", 1, index_chars, deterministic=True)


def _filesystem_type(path: Path) -> str | None:
    """The type of the filesystem holding ``path``, from /proc/mounts (Linux), else None."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, fstype = "", None
    target = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, fstype = mount_point, parts[2]
    return fstype


class Library:
    """One clerk's working set: ``root/library.sqlite3`` and ``root/files/`` (content-addressed)."""

    def __init__(self, root: Path, db: Database, read_only: bool = False) -> None:
        self.root = root
        self.db = db
        self.read_only = read_only

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def files_dir(self) -> Path:
        return self.root / "files"

    @classmethod
    def open(cls, root: Path | str | None = None, *, create: bool = True) -> Library:
        root = Path(root).expanduser() if root is not None else default_library_path()
        try:
            if create:
                root.mkdir(parents=True, exist_ok=True)
            fstype = _filesystem_type(root)
            if fstype in _NETWORK_FS:
                raise errors.network_drive(root, fstype)
            db_path = root / DB_NAME
            if not create and not db_path.exists():
                raise errors.LibraryError(
                    "no_library", f"这里没有资料库：{root}", f"there is no library here: {root}"
                )
            conn = sqlite3.connect(db_path, timeout=15, isolation_level=None, check_same_thread=False)
            register_functions(conn)
        except OSError as exc:
            raise errors.LibraryError(
                "cannot_open", f"无法创建或打开资料库目录（{exc.strerror}）：{root}",
                f"cannot create or open the library folder ({exc.strerror}): {root}",
            ) from None  # fmt: skip
        except sqlite3.Error as exc:
            raise errors.from_sqlite(exc, root) from None
        lib = cls(root, Database(conn))
        try:
            lib._prepare()
        except sqlite3.Error as exc:
            conn.close()
            problem = errors.from_sqlite(exc, root)
            if problem.key == "read_only":
                return cls._open_read_only(root)
            raise problem from None
        except errors.LibraryError as problem:
            conn.close()
            if problem.key == "read_only":
                return cls._open_read_only(root)
            raise
        return lib

    @classmethod
    def _open_read_only(cls, root: Path) -> Library:
        """A library on a write-protected disk (a USB stick, a read-only share): it can be viewed,
        searched and backed up; every change is refused with the read-only message."""
        uri = (root / DB_NAME).resolve().as_uri() + "?mode=ro&immutable=1"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            register_functions(conn)
            lib = cls(root, Database(conn), read_only=True)
            applied = {m.name for m in migrations.applied(lib.db)}
        except sqlite3.Error as exc:
            raise errors.from_sqlite(exc, root) from None
        known = {m.name for m in migrations._migrations}
        if applied - known:
            conn.close()
            raise errors.newer_version(root, sorted(applied - known))
        if known - applied:
            conn.close()
            raise errors.read_only(root)
        return lib

    def _prepare(self) -> None:
        self.conn.execute("PRAGMA busy_timeout = 15000")
        self.conn.execute("PRAGMA foreign_keys = ON")
        journal = self.conn.execute("PRAGMA journal_mode").fetchone()[0]
        if journal != "wal":
            with contextlib.suppress(sqlite3.OperationalError):  # a read-only library stays as it is
                self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        applied = {m.name for m in migrations.applied(self.db)}
        known = {m.name for m in migrations._migrations}
        unknown = sorted(applied - known)
        if unknown:
            raise errors.newer_version(self.root, unknown)
        if migrations.pending(self.db):
            with self.write():
                migrations.apply(self.db)
        if search_index.pending(self.conn):  # committed by a writer that did not index them
            with self.write():
                pass
        self.files_dir.mkdir(exist_ok=True)
        self._sweep_temporary_files()

    def _sweep_temporary_files(self, older_than_s: float = 86400) -> None:
        """Copies a killed import left half-written (never referenced by the database)."""
        tmp = self.files_dir / "tmp"
        if not tmp.is_dir():
            return
        cutoff = time.time() - older_than_s
        for entry in tmp.iterdir():
            with contextlib.suppress(OSError):
                if entry.stat().st_mtime < cutoff:
                    entry.unlink()

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: writers queue instead of failing mid-way).

        Nested use joins the outer transaction. SQLite errors become ``LibraryError``."""
        if self.read_only:
            raise errors.read_only(self.root)
        if self.conn.in_transaction:
            yield self.conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise errors.from_sqlite(exc, self.root) from None
        try:
            yield self.conn
            search_index.flush(self.conn)
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise errors.from_sqlite(exc, self.root) from None
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        try:
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        except sqlite3.Error as exc:
            raise errors.from_sqlite(exc, self.root) from None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
