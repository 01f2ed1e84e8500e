"""SHA-256 of a file or a stream, read in 1 MB chunks (bundles are tens of MB; never read whole)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20


def stream_sha256(stream: BinaryIO) -> tuple[str, int]:
    """The hex digest and the number of bytes read."""
    digest, size = hashlib.sha256(), 0
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def file_sha256(path: Path) -> str:
    with Path(path).open("rb") as f:
        return stream_sha256(f)[0]
