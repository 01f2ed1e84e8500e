"""A bundle zip read for upload: its top folder, its files with the SHA-256 each must have, and the
bytes of each file streamed from the zip.

The bundle was verified before it got here, but this module still refuses what would be unsafe
to act on — a member with ``..``, an absolute or drive path, a symlink, an encrypted member, a
second top folder — and hashes every member against the manifests, because what it reads is
what goes on the public site: trusting an earlier check of a file that may have changed since
would publish whatever is on disk now.
"""

from __future__ import annotations

import re
import stat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from bundles.digest import stream_sha256
from bundles.upload import UploadError

MANIFEST, TAGMANIFEST, BAG_INFO = "manifest-sha256.txt", "tagmanifest-sha256.txt", "bag-info.txt"
_UTF8_FLAG, _ENCRYPTED_FLAG = 0x800, 0x1
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True, slots=True)
class BagMember:
    path: str  # inside the bag, "/"-separated: "bagit.txt", "data/files/附件1.xlsx"
    name: str  # the zip member's name (top folder included)
    size: int
    sha256: str  # as the manifest (payload) or tag manifest (tag files) states it


@dataclass(frozen=True, slots=True)
class BagZip:
    path: Path
    sha256: str  # of the zip file's bytes: the bundle hash
    size: int
    top: str
    members: tuple[BagMember, ...]  # the payload, then the tag files, the tag manifest last
    index_number: str | None  # bag-info External-Identifier

    @property
    def total_bytes(self) -> int:
        return sum(m.size for m in self.members)

    @contextmanager
    def open(self, member: BagMember) -> Iterator[IO[bytes]]:
        """The member's bytes as a stream; each call opens the zip afresh, so a retried request
        can start the file over and threads do not share a file position."""
        with zipfile.ZipFile(self.path) as archive, archive.open(member.name) as stream:
            yield stream


def _refuse(why_zh: str, why_en: str) -> UploadError:
    return UploadError("bad_bundle", f"上传包不能上传：{why_zh}", f"the bundle cannot be uploaded: {why_en}")


def _member_name(info: zipfile.ZipInfo) -> str:
    """The name as the writer meant it: UTF-8 when flagged; an unflagged non-ASCII name (old
    Windows tools) is tried as UTF-8, then GBK, before zipfile's cp437 reading is accepted."""
    name = info.filename
    if info.flag_bits & _UTF8_FLAG or name.isascii():
        return name
    raw = name.encode("cp437")
    for encoding in ("utf-8", "gbk"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return name


def _check_name(name: str) -> None:
    shown = _CONTROL.sub("?", name)
    if "\\" in name or _CONTROL.search(name):
        raise _refuse(
            f"文件名含反斜杠或控制字符：{shown}",
            f"a member name holds a backslash or control character: {shown}",
        )
    if name.startswith("/") or _DRIVE.match(name):
        raise _refuse(f"含绝对路径：{shown}", f"a member has an absolute path: {shown}")
    parts = name.rstrip("/").split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise _refuse(f"含“..”或空路径段：{shown}", f"a member path has '..' or an empty segment: {shown}")


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _manifest(text: str, what: str) -> dict[str, str]:
    """``path → sha256`` from a BagIt manifest (paths percent-encode only CR, LF and %)."""
    entries: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        digest, _, path = line.strip().partition(" ")
        path = path.strip().replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
        if not re.fullmatch(r"[0-9a-fA-F]{64}", digest) or not path:
            raise _refuse(f"{what} 有一行格式不对", f"{what} has a malformed line")
        _check_name(path)
        entries[path] = digest.lower()
    return entries


def _bag_info_value(text: str, key: str) -> str | None:
    value: str | None = None
    current = None
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and current == key and value is not None:
            value += " " + line.strip()  # a folded continuation line
            continue
        label, sep, rest = line.partition(":")
        current = label.strip() if sep else None
        if current == key and value is None:
            value = rest.strip()
    return value or None


def _file_sha256(path: Path) -> tuple[str, int]:
    with path.open("rb") as fp:
        return stream_sha256(fp)


def _member_sha256(archive: zipfile.ZipFile, name: str) -> tuple[str, int]:
    with archive.open(name) as stream:
        return stream_sha256(stream)


def read_bag(path: Path) -> BagZip:
    """The bundle at ``path``, every member checked and hashed; ``UploadError("bad_bundle")`` if
    anything is unsafe, missing from a manifest, or not what the manifests say."""
    try:
        bundle_sha, bundle_size = _file_sha256(path)
        with zipfile.ZipFile(path) as archive:
            return _read(archive, path, bundle_sha, bundle_size)
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise _refuse(f"无法读取 zip（{reason}）", f"the zip cannot be read ({reason})") from None


def _read(archive: zipfile.ZipFile, path: Path, bundle_sha: str, bundle_size: int) -> BagZip:
    names: dict[str, str] = {}  # bag path → zip member name
    tops: set[str] = set()
    for info in archive.infolist():
        name = _member_name(info)
        _check_name(name)
        if _is_symlink(info):
            raise _refuse(f"含符号链接：{name}", f"a member is a symbolic link: {name}")
        if info.flag_bits & _ENCRYPTED_FLAG:
            raise _refuse(f"含加密文件：{name}", f"a member is encrypted: {name}")
        top, _, inner = name.partition("/")
        tops.add(top)
        if info.is_dir():
            continue
        if not inner:
            raise _refuse(f"顶层有文件：{name}", f"a file lies outside the bag folder: {name}")
        if inner in names:
            raise _refuse(f"文件重复：{name}", f"a member appears twice: {name}")
        names[inner] = info.filename
    if len(tops) != 1:
        raise _refuse(
            "zip 应只有一个顶层文件夹（BagIt 包）", "the zip must hold exactly one top folder (the bag)"
        )
    for required in ("bagit.txt", MANIFEST):
        if required not in names:
            raise _refuse(f"缺少 {required}", f"{required} is missing")

    def text(inner: str) -> str:
        return archive.read(names[inner]).decode("utf-8-sig")

    payload = _manifest(text(MANIFEST), MANIFEST)
    tags = _manifest(text(TAGMANIFEST), TAGMANIFEST) if TAGMANIFEST in names else {}
    unlisted = sorted(p for p in names if p.startswith("data/") and p not in payload)
    missing = sorted(p for p in payload if p not in names)
    if unlisted or missing:
        shown = (unlisted or missing)[0]
        raise _refuse(f"文件与清单不符：{shown}", f"the files do not match the manifest: {shown}")
    members: list[BagMember] = []
    for inner in sorted(names, key=lambda p: (not p.startswith("data/"), p == TAGMANIFEST, p)):
        actual, size = _member_sha256(archive, names[inner])
        expected = payload.get(inner) or tags.get(inner) or actual
        if actual != expected:
            raise _refuse(
                f"文件内容与清单的 SHA-256 不符：{inner}", f"{inner} does not match its manifest SHA-256"
            )
        members.append(BagMember(inner, names[inner], size, expected))
    index_number = _bag_info_value(text(BAG_INFO), "External-Identifier") if BAG_INFO in names else None
    return BagZip(path, bundle_sha, bundle_size, tops.pop(), tuple(members), index_number)
