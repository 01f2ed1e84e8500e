"""Writing a bundle: the payload (and, once reviewed, ``review.json``) made into a BagIt 1.0 bag by
the ``bagit`` library, then zipped with the bag as the archive's single top-level folder.

The zip is deterministic where it can be: members in a fixed order (tag files, then ``data/`` by
path), fixed timestamps and permissions; already-compressed formats (.pdf, .docx, images, video)
are stored, not compressed again, text is deflated. Only ``bag-info.txt`` (Bagging-Date) and the
tag manifest differ between two bundlings of the same payload.

``bagit.make_bag`` changes the process's working directory while it runs; bags are therefore made
one at a time under a lock, and nothing else in the app relies on the working directory.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path

import bagit

from bundles.payload import REVIEW_FILE, Payload

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
STORED_SUFFIXES = frozenset(
    [
        ".pdf",
        ".docx",
        ".xlsx",
        ".pptx",
        ".ofd",
        ".zip",
        ".jpg",
        ".jpeg",
        ".png",
        ".gif",
        ".webp",
        ".mp4",
        ".m4v",
        ".mov",
        ".webm",
        ".mp3",
        ".m4a",
        ".7z",
        ".gz",
    ]
)
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt")
_BAGIT_LOCK = threading.Lock()

# bag-info.txt labels of our own (RFC 8493 §2.2.2 allows other labels)
APPROVAL_LABEL = "PolicyPress-Approval-SHA256"
KIND_LABEL = "PolicyPress-Bundle-Kind"


@dataclass(frozen=True, slots=True)
class BagInfo:
    organization: str  # Source-Organization: the 发布机构
    kind: str  # 送审包 | 审核通过 | 退回 | 变更
    index_number: str | None = None  # External-Identifier
    title: str | None = None  # External-Description
    contact: str | None = None  # Contact-Name: the clerk who prepared it
    approval_sha256: str | None = None

    def as_dict(self) -> dict[str, str]:
        info = {"Source-Organization": self.organization or "（未设置发布机构）", KIND_LABEL: self.kind}
        optional = {
            "External-Identifier": self.index_number,
            "External-Description": self.title,
            "Contact-Name": self.contact,
            APPROVAL_LABEL: self.approval_sha256,
        }
        info.update({k: v.replace("\n", " ") for k, v in optional.items() if v})
        return info


def bundle_file_name(index_number: str | None, fallback: str, suffix: str = "") -> str:
    """The 索引号 with ``/`` replaced by ``_`` (else ``fallback``), plus ``suffix``, plus .zip."""
    stem = (index_number or fallback).replace("/", "_").replace("\\", "_").strip()
    return f"{stem}{suffix}.zip"


def _compression(name: str) -> int:
    return zipfile.ZIP_STORED if Path(name).suffix.lower() in STORED_SUFFIXES else zipfile.ZIP_DEFLATED


def _member(top: str, rel: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(f"{top}/{rel}", date_time=ZIP_TIME)
    info.external_attr = 0o100644 << 16
    info.create_system = 3
    info.compress_type = _compression(rel)
    return info


def write_bag(payload: Payload, info: BagInfo, out_dir: Path | str, file_name: str,
              review: bytes | None = None) -> Path:  # fmt: skip
    """Write ``out_dir/file_name`` (a zip whose top folder is the file's stem); returns its path.
    The zip appears complete or not at all (written to a temporary name, then renamed)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    top = Path(file_name).stem
    target = out_dir / file_name
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".bagging-") as scratch:
        bag_dir = Path(scratch) / top
        for f in payload.files:
            path = bag_dir / f.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(f.data)
        if review is not None:
            (bag_dir / REVIEW_FILE).write_bytes(review)
        with _BAGIT_LOCK:
            cwd = os.getcwd()
            try:
                bagit.make_bag(str(bag_dir), info.as_dict(), processes=1, checksums=["sha256"])
            finally:
                os.chdir(cwd)
        data_files = sorted(
            p.relative_to(bag_dir).as_posix() for p in (bag_dir / "data").rglob("*") if p.is_file()
        )
        partial = out_dir / f".{file_name}.partial"
        try:
            with zipfile.ZipFile(partial, "w") as zf:
                for rel in (*TAG_FILES, *data_files):
                    with (bag_dir / rel).open("rb") as src, zf.open(_member(top, rel), "w") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
            with open(partial, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(partial, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
    return target
