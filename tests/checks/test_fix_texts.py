"""What a finding tells the clerk to do: in Chinese and in English (the English UI shows the
English), and in words, not as a command line (the desktop app's clerk has no command line; the
command line adds its own command, cli.fix_commands)."""

from __future__ import annotations

import re

import pytest

import checks.library_rules  # noqa: F401  (registers the library-wide rules)
from checks import catalogue
from checks.library_wide import LIBRARY_RULES
from policy.submission import Kind
from workflow.check import check_context, context_for_file

# a command line, or a key of the details JSON (the desktop clerk sees labels, never keys)
_COMMAND = re.compile(
    r"--[a-z]|\bID\b|main\.py|\b(?:import|interpret|details|set|link|attach) [^\s]+\.\w+|\b[a-z]+_[a-z_]+\b"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _declared():
    declared = [*catalogue.rules(), *LIBRARY_RULES.values()]
    assert len(declared) > 50  # every rule module was loaded
    return declared


def test_every_rule_with_a_fix_has_it_in_english_too():
    missing = [r.id for r in _declared() if r.fix and not r.fix_en]
    assert missing == []


def test_no_fix_is_a_command_line():
    commands = [(r.id, text) for r in _declared() for text in (r.fix, r.fix_en) if _COMMAND.search(text)]
    assert commands == []


def test_english_fixes_are_english():
    # Chinese only where the fix quotes what the clerk must write (a 文号 form, a phrase): a few characters
    mostly_chinese = [r.id for r in _declared() if len(_CJK.findall(r.fix_en)) > len(r.fix_en) / 4]
    assert mostly_chinese == []


@pytest.mark.slow
@pytest.mark.parametrize("kind", [Kind.POLICY, Kind.CONSULTATION, Kind.FEE_LIST])
def test_findings_on_the_corpus_carry_both_fixes(corpus, kind):
    """Fixes written per hit (with the document's own values) have their English twin as well."""
    seen = 0
    for path in sorted(corpus.glob("*.docx"))[:12]:
        context, _ = context_for_file(path, kind)
        for f in check_context(context):
            if f.fix:
                seen += 1
                assert f.fix_en, (path.name, f.rule_id, f.fix)
                assert not _COMMAND.search(f.fix + f.fix_en), (f.rule_id, f.fix)
    assert seen > 12
