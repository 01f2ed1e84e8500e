"""The 解读 skeleton: its title, the eight 要素 sections in order, and empty slots for the forms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policy.interpretation import Interpretation
from policy.metadata import PolicyMetadata

_NOTICE_OF = re.compile(r"^.*?关于(?:印发|转发|批转|发布|公布)《?(?P<inner>.+?)》?的(?:通知|决定|通告|公告)$")


@dataclass(frozen=True, slots=True)
class ComposeSettings:
    """A district may use its own title pattern; ``{title}`` is the policy's title."""

    title_pattern: str = "关于《{title}》的政策解读"
    max_suggestions: int = 8

    def __post_init__(self) -> None:
        if "{title}" not in self.title_pattern:
            raise ValueError("title_pattern must contain {title}")
        if not 1 <= self.max_suggestions <= 50:
            raise ValueError("max_suggestions must be between 1 and 50")


def policy_title(metadata: PolicyMetadata) -> str | None:
    """The title the 解读 is about: the enclosed document's for a 印发/转发 notice."""
    enclosed = metadata.structure.enclosed
    if enclosed is not None and enclosed.title:
        return enclosed.title
    title = metadata.fields.title
    if title and (m := _NOTICE_OF.match(title)):
        return m.group("inner")
    return title


def skeleton(metadata: PolicyMetadata, settings: ComposeSettings = ComposeSettings()) -> Interpretation:
    about = policy_title(metadata)
    title = settings.title_pattern.format(title=about) if about else "政策解读"
    return Interpretation(title=title, policy_title=about)
