"""Ways to build what a rule looks at: from a real file, or from blocks as a reader gives them."""

from collections.abc import Callable

import pytest

from checks.context import CheckContext
from checks.settings import CheckSettings
from extractors.metadata import extract
from policy.document import ParsedDocument
from policy.findings import Finding
from policy.submission import Kind
from workflow.check import context_for_file


@pytest.fixture
def file_context() -> Callable[..., CheckContext]:
    def make(path, kind: Kind = Kind.POLICY, **changes) -> CheckContext:
        context, _ = context_for_file(path, kind)
        return CheckContext(**{**context.__dict__, **changes}) if changes else context

    return make


@pytest.fixture
def blocks_context() -> Callable[..., CheckContext]:
    def make(document: ParsedDocument, kind: Kind = Kind.POLICY, **changes) -> CheckContext:
        metadata = extract(document)
        base = {"kind": kind, "fields": metadata.fields, "document": document, "metadata": metadata}
        return CheckContext(**{**base, **changes})

    return make


def run_rule(rule_id: str, context: CheckContext, settings: CheckSettings | None = None) -> list[Finding]:
    """The findings of one rule (by id) on a context."""
    from checks.catalogue import rules

    (found,) = [r for r in rules() if r.id == rule_id]
    return found.findings(context, settings or CheckSettings())
