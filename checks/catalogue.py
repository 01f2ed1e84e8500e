"""Run every rule that applies to a submission; the rule modules register themselves on import."""

from __future__ import annotations

import importlib
import pkgutil

from checks.context import CheckContext
from checks.registry import RULES, Rule
from checks.settings import CheckSettings
from policy.findings import Finding, Severity

_RULE_PACKAGE = "checks.rules"
_ORDER = {Severity.BLOCK: 0, Severity.WARN: 1, Severity.INFO: 2}


_loaded = False


def _load() -> None:
    """Import every rule module once (a module imported earlier on its own is simply skipped)."""
    global _loaded
    package = importlib.import_module(_RULE_PACKAGE)
    for info in pkgutil.iter_modules(package.__path__, _RULE_PACKAGE + "."):
        importlib.import_module(info.name)
    _loaded = True


def rules() -> list[Rule]:
    if not _loaded:
        _load()
    return sorted(RULES.values(), key=lambda r: r.id)


def run(context: CheckContext, settings: CheckSettings | None = None) -> list[Finding]:
    """All findings, 阻断 first, then by rule id and place."""
    settings = settings or CheckSettings()
    found: list[Finding] = []
    for r in rules():
        if r.id in settings.disabled_rules or (r.kinds is not None and context.kind not in r.kinds):
            continue
        found.extend(r.findings(context, settings))
    unique = {f.id: f for f in found}
    return sorted(
        unique.values(), key=lambda f: (_ORDER[f.severity], f.rule_id, f.location.block or -1, f.id)
    )


__all__ = ["run", "rules"]
