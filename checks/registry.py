"""How a rule is declared: ``@rule(id, severity, citation, title)`` on a function that yields ``Hit``s."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

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
    fix_en: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity
    citation: str
    title: str
    fix: str
    kinds: frozenset[Kind] | None  # None: every kind
    check: Callable[..., Iterable[Hit]]
    fix_en: str = ""

    def findings(self, context, settings) -> list[Finding]:
        return [finding(self, hit) for hit in self.check(context, settings)]


class _Declared(Protocol):
    """What a finding takes from its rule (``Rule`` here, ``LibraryRule`` for the library-wide ones)."""

    id: str
    severity: Severity
    citation: str
    fix: str
    fix_en: str


def finding(declared: _Declared, hit: Hit) -> Finding:
    """The finding of one hit: its id is the rule, the location and a hash of the matched text; the
    fix is the hit's own (both languages) where it has one, else the rule's."""
    digest = hashlib.sha256(hit.matched.encode("utf-8")).hexdigest()[:10]
    fix, fix_en = (hit.fix, hit.fix_en) if hit.fix else (declared.fix, declared.fix_en)
    return Finding(
        id=f"{declared.id}@{hit.location.key}#{digest}",
        rule_id=declared.id,
        severity=hit.severity or declared.severity,
        message_zh=hit.message_zh,
        message_en=hit.message_en,
        citation=declared.citation,
        location=hit.location,
        fix=fix,
        matched=hit.matched,
        fix_en=fix_en,
    )


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str,
    severity: Severity,
    citation: str,
    title: str,
    fix: str = "",
    kinds: Iterable[Kind] | None = None,
    fix_en: str = "",
) -> Callable[[Callable[..., Iterable[Hit]]], Callable[..., Iterable[Hit]]]:
    def register(fn: Callable[..., Iterable[Hit]]) -> Callable[..., Iterable[Hit]]:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} is registered twice")
        RULES[rule_id] = Rule(
            rule_id, severity, citation, title, fix, frozenset(kinds) if kinds else None, fn, fix_en
        )
        return fn

    return register
