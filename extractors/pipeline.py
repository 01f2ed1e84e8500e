"""Read one file and extract its metadata, in this process. ``sandbox`` runs it in a child."""

from __future__ import annotations

from pathlib import Path

from extractors import metadata
from extractors.registry import read_document
from policy.extraction import Extraction
from policy.problems import Status


def extract_file(path: Path, display_name: str | None = None) -> Extraction:
    name = display_name if display_name is not None else str(path)
    result = read_document(path)
    if result.document is None or result.status in (Status.ERROR, Status.NO_TEXT_LAYER):
        return Extraction(name, result.status, result.document, None, result.problems)
    return Extraction(
        name, result.status, result.document, metadata.extract(result.document), result.problems
    )
