"""Library failures as one-line messages (Chinese, then English), never a traceback."""

from __future__ import annotations

import sqlite3


class LibraryError(Exception):
    def __init__(self, key: str, message_zh: str, message_en: str) -> None:
        super().__init__(f"{message_zh} ({message_en})")
        self.key = key
        self.message_zh = message_zh
        self.message_en = message_en


def read_only(path: object) -> LibraryError:
    return LibraryError("read_only", f"资料库是只读的，无法保存（已保存的内容不受影响）：{path}",
                        f"the library is read-only; nothing can be saved (saved work is intact): {path}")  # fmt: skip


def from_sqlite(exc: sqlite3.Error, path: object) -> LibraryError:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return read_only(path)
    if "disk is full" in text or "disk i/o" in text or "database or disk is full" in text:
        return LibraryError("disk_full", f"磁盘已满或无法写入，本次修改未保存（此前已保存的内容完好）：{path}",
                            f"the disk is full or cannot be written; this change was not saved (earlier work is intact): {path}")  # fmt: skip
    if "locked" in text or "busy" in text:
        return LibraryError("busy", f"资料库正被另一个程序使用，请稍后再试：{path}",
                            f"the library is in use by another program; try again shortly: {path}")  # fmt: skip
    if "not a database" in text or "malformed" in text:
        return LibraryError("corrupt", f"资料库文件已损坏，请用 library restore 从备份恢复：{path}",
                            f"the library file is damaged; restore it from a backup with `library restore`: {path}")  # fmt: skip
    if "unable to open" in text:
        return LibraryError("cannot_open", f"无法打开资料库：{path}", f"cannot open the library: {path}")
    return LibraryError(
        "sqlite", f"资料库操作失败（{exc}）：{path}", f"library operation failed ({exc}): {path}"
    )


def not_found(submission_id: int) -> LibraryError:
    return LibraryError("not_found", f"资料库中没有编号为 {submission_id} 的条目",
                        f"there is no submission {submission_id} in the library")  # fmt: skip


def newer_version(path: object, names: list[str]) -> LibraryError:
    return LibraryError(
        "newer_version",
        f"此资料库由更新版本的 PolicyPress 写入（{', '.join(names)}），请升级后再打开；资料库未作任何改动：{path}",
        f"this library was written by a newer PolicyPress ({', '.join(names)}); upgrade to open it. Nothing was changed: {path}",
    )


def network_drive(path: object, fstype: str) -> LibraryError:
    return LibraryError(
        "network_drive",
        f"资料库不能放在网络驱动器上（{fstype}），SQLite 在网络盘上会损坏数据；请放在本机磁盘：{path}",
        f"the library cannot live on a network drive ({fstype}); SQLite corrupts data there. Use a local disk: {path}",
    )
