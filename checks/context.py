"""Everything a rule may look at, gathered once by ``workflow.check``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policy.document import ParsedDocument
from policy.interpretation import Interpretation, Originality
from policy.metadata import Fields, PolicyMetadata
from policy.submission import Kind, LinkKind, Review


@dataclass(frozen=True)
class CheckContext:
    kind: Kind
    fields: Fields  # the values to publish: confirmed, else extracted
    document: ParsedDocument | None = None
    metadata: PolicyMetadata | None = None  # the extraction: structure and evidence
    original: Path | None = None  # the draft file as imported (.docx style facts, properties)
    original_name: str | None = None
    interpretation: Interpretation | None = None
    originality: Originality | None = None
    details: dict[str, Any] = field(default_factory=dict)  # kind-specific: consultation, fee rows, …
    links: tuple[tuple[int, int, LinkKind], ...] = ()
    reviews: tuple[Review, ...] = ()
    media: tuple[tuple[str, Path], ...] = ()  # (name, stored path) of images and other media
    submission_id: int | None = None
    today: dt.date = field(default_factory=dt.date.today)
    interpretation_updated_at: dt.datetime | None = None  # when the 解读's content last changed

    @property
    def text(self) -> str:
        return self.document.text if self.document is not None else ""

    def evidence_block(self, key: str) -> int | None:
        if self.metadata is None:
            return None
        ev = self.metadata.evidence.get(key)
        return ev.block if ev is not None else None
