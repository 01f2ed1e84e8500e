"""Results carry a status and a list of problems; exceptions are for bugs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    OK = "ok"
    PARTIAL = "partial"
    NO_TEXT_LAYER = "no_text_layer"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Problem:
    """A one-line message for the user, in Chinese with its English translation, and a stable key."""

    key: str
    message_zh: str
    message_en: str

    def __str__(self) -> str:
        return f"{self.message_zh} ({self.message_en})"
