"""The payload of a bundle: every file under the bag's ``data/`` except ``review.json``, and the
SHA-256 a reviewer's decision is bound to.

The approval hash is the SHA-256 over the sorted manifest lines (``<sha256>  data/<path>\\n``) of
those files, so it names exactly what was reviewed, whatever order the files were written in, and a
verifier recomputes it from the bag's own manifest. Building is pure: the same input gives the same
bytes (pages rendered deterministically, JSON with sorted keys, no clock).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bundles.preview import PreviewInput, site_pages

REVIEW_FILE = "review.json"
METADATA_FILE = "metadata.json"
INTERPRETATION_FILE = "interpretation.json"
DOCUMENT_DIR = "document"
METADATA_FORMAT = "policypress-metadata/1"


@dataclass(frozen=True, slots=True)
class PayloadFile:
    path: str  # relative to data/, POSIX separators
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True, slots=True)
class Payload:
    files: tuple[PayloadFile, ...]

    def manifest(self) -> tuple[tuple[str, str], ...]:
        """(sha256, "data/<path>") per file, sorted by path."""
        return tuple(sorted(((f.sha256, f"data/{f.path}") for f in self.files), key=lambda x: x[1]))

    @property
    def sha256(self) -> str:
        return payload_sha256(self.manifest())

    @property
    def size(self) -> int:
        return sum(len(f.data) for f in self.files)

    def get(self, path: str) -> PayloadFile | None:
        return next((f for f in self.files if f.path == path), None)


def payload_sha256(manifest: Iterable[tuple[str, str]]) -> str:
    """The approval hash over (sha256, "data/<path>") pairs, ``review.json`` left out."""
    lines = sorted(f"{sha}  {path}\n" for sha, path in manifest if path != f"data/{REVIEW_FILE}")
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def json_bytes(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True, slots=True)
class DocumentFiles:
    """The policy as it will be published: the cleaned copy and its PDF rendition (when made)."""

    name: str  # e.g. 关于….docx
    data: bytes
    rendition: bytes | None = None  # PDF


def build_payload(
    site: PreviewInput, document: DocumentFiles | None, metadata: dict[str, Any],
    interpretation: dict[str, Any] | None,
) -> Payload:  # fmt: skip
    """The files of ``data/``: the pages, attachments and media under ``files/``, the publication copy
    and its PDF under ``document/``, ``metadata.json`` (with where each file went) and
    ``interpretation.json``."""
    pages = site_pages(site)
    files = [PayloadFile(name, html.encode("utf-8")) for name, html in pages.pages.items()]
    files += [PayloadFile(href, f.source.read_bytes()) for f, href in pages.copies]
    placed: dict[str, Any] = {
        "pages": sorted(pages.pages),
        "attachments": [{"name": f.name, "path": href} for f, href in pages.attachments],
        "media": [{"name": f.name, "path": href} for f, href in pages.media],
    }
    if document is not None:
        path = f"{DOCUMENT_DIR}/{document.name}"
        files.append(PayloadFile(path, document.data))
        placed["document"] = path
        if document.rendition is not None:
            pdf = f"{DOCUMENT_DIR}/{document.name.rsplit('.', 1)[0]}.pdf"
            if pdf == path:
                pdf = f"{DOCUMENT_DIR}/{document.name}.rendition.pdf"
            files.append(PayloadFile(pdf, document.rendition))
            placed["rendition"] = pdf
    files.append(
        PayloadFile(METADATA_FILE, json_bytes({"format": METADATA_FORMAT, **metadata, "files": placed}))
    )
    if interpretation is not None:
        files.append(PayloadFile(INTERPRETATION_FILE, json_bytes(interpretation)))
    return Payload(tuple(sorted(files, key=lambda f: f.path)))
