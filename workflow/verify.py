"""Use case: verify bundle files as the uploader receives them (``verify BUNDLE...``): each one on
its own (``bundles.verify``) against the keys this library trusts and the review levels it
requires, then across them: two bundles for the site carrying the same 索引号 with different
content are both flagged, as is one whose 索引号 this library already uploaded with other content."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from bundles.verify import NEEDS_APPROVAL, BundleReport, Limits, Reason, verify_bundle
from storage import Library, payloads, uploads
from workflow.keys import trusted_keys
from workflow.review import required_levels


def verify_bundles(
    lib: Library, paths: Sequence[Path | str], limits: Limits | None = None, extract_to: Path | None = None
) -> list[BundleReport]:
    """The reports, in order. With ``extract_to``, bundle number i is left extracted in ``extract_to/i``."""
    limits = limits or Limits()
    trusted = trusted_keys(lib)
    levels = required_levels(lib)
    reports = [
        verify_bundle(p, trusted, levels=levels, limits=limits, extract_to=extract_to and extract_to / str(i))
        for i, p in enumerate(paths)
    ]
    return _duplicates(lib, reports)


def _duplicates(lib: Library, reports: list[BundleReport]) -> list[BundleReport]:
    by_index: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        if r.index_number and r.kind in NEEDS_APPROVAL and r.payload_sha256:
            by_index[r.index_number].add(r.payload_sha256)
    out = []
    for r in reports:
        extra: list[Reason] = []
        if r.index_number and r.kind in NEEDS_APPROVAL:
            if len(by_index[r.index_number]) > 1:
                extra.append(Reason("duplicate_index", f"另一个包也使用索引号 {r.index_number}，但内容不同",
                                    f"another bundle carries index number {r.index_number} with other content"))  # fmt: skip
            uploaded = [b for b in _uploaded(lib, r.index_number) if b.payload_sha256 != r.payload_sha256]
            if uploaded:
                extra.append(Reason("index_published", f"索引号 {r.index_number} 已由另一个内容不同的包上传过（{uploaded[0].file_name}）",
                                    f"index number {r.index_number} was already uploaded with other content ({uploaded[0].file_name})"))  # fmt: skip
        out.append(dataclasses.replace(r, reasons=r.reasons + tuple(extra)) if extra else r)
    return out


def _uploaded(lib: Library, index_number: str) -> list[payloads.BundleRecord]:
    done = uploads.uploaded_bundles(lib)
    return [b for b in payloads.bundles_with_index(lib, index_number) if b.sha256 in done]
