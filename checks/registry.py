"""How a rule is declared: ``@rule(id, severity, citation, title)`` on a function that yields ``Hit``s."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from policy.findings import Finding, Location, Severity
from policy.submission import Kind


@dataclass(frozen=True, slots=True)
class Hit:
    """One thing a rule found. ``severity`` overrides the rule's default where the rule says so."""

    message_zh: str
    message_en: str
    location: Location = Location()
    fix: str = ""
    matched: str = ""
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity
    citation: str
    title: str
    fix: str
    kinds: frozenset[Kind] | None  # None: every kind
    check: Callable[..., Iterable[Hit]]

    def findings(self, context, settings) -> list[Finding]:
        out = []
        for hit in self.check(context, settings):
            digest = hashlib.sha256(hit.matched.encode("utf-8")).hexdigest()[:10]
            out.append(
                Finding(
                    id=f"{self.id}@{hit.location.key}#{digest}",
                    rule_id=self.id,
                    severity=hit.severity or self.severity,
                    message_zh=hit.message_zh,
                    message_en=hit.message_en,
                    citation=self.citation,
                    location=hit.location,
                    fix=hit.fix or self.fix,
                    matched=hit.matched,
                )
            )
        return out


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str,
    severity: Severity,
    citation: str,
    title: str,
    fix: str = "",
    kinds: Iterable[Kind] | None = None,
) -> Callable[[Callable[..., Iterable[Hit]]], Callable[..., Iterable[Hit]]]:
    def register(fn: Callable[..., Iterable[Hit]]) -> Callable[..., Iterable[Hit]]:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} is registered twice")
        RULES[rule_id] = Rule(
            rule_id, severity, citation, title, fix, frozenset(kinds) if kinds else None, fn
        )
        return fn

    return register
