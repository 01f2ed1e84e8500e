"""Choose a reader by the file's first bytes, then by its extension.

Every reader module exposes the same small protocol (``Reader``): ``FORMAT``, ``EXTENSIONS``,
``sniff(head, path)`` and ``read(path)``. ``read_document`` is the one entry point: it checks the
file exists, is not empty and not enormous, picks the reader and returns a ``ReadResult``.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Protocol

from extractors import messages
from policy.extraction import ReadResult

MAX_FILE_MB = 200
HEAD_BYTES = 8192

# Order matters: the first reader whose sniff() accepts the head wins.
_READER_MODULES = (
    "extractors.pdf",
    "extractors.ofd",
    "extractors.docx",
    "extractors.legacy",
    "extractors.text",
)


class Reader(Protocol):
    FORMAT: str
    EXTENSIONS: tuple[str, ...]

    def sniff(self, head: bytes, path: Path) -> bool: ...

    def read(self, path: Path) -> ReadResult: ...


def readers() -> list[Reader]:
    return [importlib.import_module(name) for name in _READER_MODULES]  # type: ignore[misc]


def choose_reader(path: Path, head: bytes) -> Reader | None:
    """The reader whose signature matches the head; failing that, the one owning the extension."""
    candidates = readers()
    for reader in candidates:
        if reader.sniff(head, path):
            return reader
    ext = path.suffix.lower()
    for reader in candidates:
        if ext in reader.EXTENSIONS:
            return reader
    return None


def read_document(path: Path) -> ReadResult:
    name = path.name
    try:
        size = path.stat().st_size
        if path.is_dir():
            return ReadResult.failed(messages.not_a_file(name))
        if not path.is_file():
            return ReadResult.failed(messages.not_found(name))
    except OSError:
        return ReadResult.failed(messages.not_found(name))
    if size == 0:
        return ReadResult.failed(messages.empty(name))
    if size > MAX_FILE_MB * 1024 * 1024:
        return ReadResult.failed(messages.too_large(name, size / 1024 / 1024, MAX_FILE_MB))
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return ReadResult.failed(messages.not_found(name))
    reader = choose_reader(path, head)
    if reader is None:
        return ReadResult.failed(messages.unsupported(name))
    return reader.read(path)
