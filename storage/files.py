"""Content-addressed store of imported originals: ``files/ab/<sha256>``, written to a temporary
name, flushed to disk, then renamed, so a crash never leaves a half-written file under its hash."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from storage.errors import LibraryError
from storage.library import Library, now

_CHUNK = 1 << 20
_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}  # EFBIG: a file-size limit (quota, FAT32's 4 GB)
_READ_ONLY = {errno.EROFS, errno.EACCES}


def path_of(lib: Library, sha256: str) -> Path:
    return lib.files_dir / sha256[:2] / sha256


def store_file(lib: Library, source: Path, fmt: str | None = None) -> tuple[str, int]:
    """Copy ``source`` into the store (once per content) and record it; returns (sha256, size).

    The row is written in the caller's transaction when there is one."""

    def chunks() -> Iterator[bytes]:
        with source.open("rb") as src:
            while chunk := src.read(_CHUNK):
                yield chunk

    return _store(lib, chunks(), source.name, fmt, source)


def store_bytes(lib: Library, data: bytes, name: str, fmt: str | None = None) -> tuple[str, int]:
    """Store bytes made by the app (a publication copy, a rendition, a page) like an imported file."""
    return _store(lib, iter((data,)), name, fmt)


def _store(
    lib: Library, chunks: Iterator[bytes], name: str, fmt: str | None, source: Path | None = None
) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    tmp_dir = lib.files_dir / "tmp"
    try:
        tmp_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=tmp_dir)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = path_of(lib, sha)
            if final.exists() and final.stat().st_size == size:
                os.unlink(tmp_name)
            else:
                final.parent.mkdir(exist_ok=True)
                os.replace(tmp_name, final)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
    except OSError as exc:
        if exc.errno in _DISK_FULL:
            raise LibraryError(
                "disk_full", f"磁盘已满，无法把文件存入资料库，本次导入未保存（此前已保存的内容完好）：{name}",
                f"the disk is full; the file could not be stored and this import was not saved (earlier work is intact): {name}",
            ) from None  # fmt: skip
        if exc.errno in _READ_ONLY and (source is None or exc.filename != str(source)):
            raise LibraryError(
                "read_only", f"资料库是只读的，无法存入文件（已保存的内容不受影响）：{name}",
                f"the library is read-only; the file could not be stored (saved work is intact): {name}",
            ) from None  # fmt: skip
        raise LibraryError(
            "store_failed", f"无法把文件存入资料库（{exc.strerror}）：{name}",
            f"could not store the file in the library ({exc.strerror}): {name}",
        ) from None  # fmt: skip
    with lib.write() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO files(sha256, size, format, first_name, stored_at) VALUES (?, ?, ?, ?, ?)",
            (sha, size, fmt, name, now()),
        )
    return sha, size


def verify_file(lib: Library, sha256: str) -> bool:
    """True when the stored copy still hashes to its name."""
    path = path_of(lib, sha256)
    if not path.is_file():
        return False
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest() == sha256
