"""Use case: extract the metadata of one or more files, each parsed in a sandboxed child process."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from extractors.sandbox import Cancelled, Progress, SandboxLimits, extract_in_children
from policy.extraction import Extraction


def extract_files(
    files: Sequence[str | Path],
    limits: SandboxLimits | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Iterator[Extraction]:
    """One ``Extraction`` per file, in the order given; ``file`` is the name as given."""
    jobs = [(Path(f), str(f)) for f in files]
    yield from extract_in_children(jobs, limits or SandboxLimits(), progress, cancelled)
