"""What the rules found: values with their evidence, collected before they become ``Fields``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from policy.metadata import Evidence


@dataclass(slots=True)
class Found:
    values: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def put(self, key: str, value: Any, evidence: Evidence) -> None:
        """Record a value; the first rule to find a field keeps it."""
        if key in self.values or value in (None, "", (), []):
            return
        self.values[key] = value
        self.evidence[key] = evidence

    def append(self, key: str, words: str, evidence: Evidence) -> None:
        """Add words to a text value found earlier (签发人 names over two lines), or record it."""
        if key in self.values:
            self.values[key] = f"{self.values[key]} {words}"
        else:
            self.put(key, words, evidence)

    def has(self, key: str) -> bool:
        return key in self.values
