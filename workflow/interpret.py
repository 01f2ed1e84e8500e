"""Use cases of the 解读 composer: a draft with suggestions for a file or a stored submission, the
新旧对照 against an old policy, and storing a 解读 the clerk wrote (with its forms)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from compose import keywords as kw
from compose.diff import DiffResult, compare, summary
from compose.originality import measure
from compose.qa import scaffold
from compose.skeleton import ComposeSettings, skeleton
from compose.suggestions import suggest
from compose.written import parse_written
from policy.extraction import Extraction
from policy.interpretation import Element, Form, FormKind, Interpretation, Originality, SourceRef, Suggestion
from policy.jsonform import interpretation_from_json, plain
from policy.problems import Problem, Status
from policy.submission import FileRole, LinkKind
from storage import Library, LibraryError, audit, records, submissions
from storage.files import store_file
from workflow import editing
from workflow.extract import extract_files
from workflow.importing import import_files
from workflow.originals import extract_original

TEXT_FORM_SUFFIXES = {".md", ".txt"}


@dataclass(frozen=True, slots=True)
class Draft:
    """What `interpret` shows: the 解读 (skeleton or stored), suggestions, and the comparison."""

    file: str
    status: Status
    problems: tuple[Problem, ...] = ()
    interpretation: Interpretation | None = None
    suggestions: dict[Element, tuple[Suggestion, ...]] = field(default_factory=dict)
    diff: DiffResult | None = None
    originality: Originality | None = None
    submission_id: int | None = None


def compose_draft(extraction: Extraction, old: Extraction | None, stored: Interpretation | None,
                  settings: ComposeSettings | None) -> Draft:  # fmt: skip
    """The 解读 draft for an extracted policy: the stored 解读 (or the skeleton), suggestions per
    section, keywords, questions, the 新旧对照 against ``old``, and originality."""
    if extraction.document is None or extraction.metadata is None:
        return Draft(extraction.file, extraction.status, extraction.problems)
    document, metadata = extraction.document, extraction.metadata
    keywords = kw.extract_keywords(document, metadata=metadata)
    base = skeleton(metadata, settings or ComposeSettings())
    base = replace(base, keywords=keywords, qa=scaffold(document, metadata))
    interp = base if stored is None else _merge(stored, base)
    found = suggest(document, metadata, settings,
                    keywords=lambda: [Suggestion(Element.KEYWORDS, k.word, k.sources[0], "keyword")
                                      for k in keywords if k.sources])  # fmt: skip
    diff = None
    problems = list(extraction.problems)
    if old is not None:
        if old.document is None:
            problems.extend(old.problems)
        else:
            diff = compare(old.document, document, old.metadata, metadata)
            if diff.related and diff.rows:
                first_changed = next((r for r in diff.rows if r.new_label), None)
                where = SourceRef(0, label=first_changed.new_label if first_changed else "")
                found[Element.CHANGES] = (Suggestion(Element.CHANGES, summary(diff), where, "change"),)
    originality = measure(interp, document) if stored is not None else None
    return Draft(extraction.file, extraction.status, tuple(problems), interp, found, diff, originality)


def _merge(stored: Interpretation, fresh: Interpretation) -> Interpretation:
    """The clerk's stored 解读 wins; fresh keywords and questions fill what it lacks."""
    keywords = stored.keywords or fresh.keywords
    qa = stored.qa or fresh.qa
    return replace(stored, keywords=keywords, qa=qa, policy_title=stored.policy_title or fresh.policy_title)


def _extract_one(path: str | Path) -> Extraction:
    return next(extract_files([path]))


def draft_for_file(
    path: str | Path, old: str | Path | None = None, settings: ComposeSettings | None = None
) -> Draft:
    extraction = _extract_one(path)
    return compose_draft(extraction, _extract_one(old) if old else None, None, settings)


def stored_interpretation(lib: Library, submission_id: int) -> Interpretation | None:
    data = records.interpretation(lib, submission_id)
    return interpretation_from_json(data) if data else None


def draft_for_submission(lib: Library, submission_id: int, old: str | Path | None = None,
                         settings: ComposeSettings | None = None) -> Draft:  # fmt: skip
    extraction = extract_original(lib, submission_id)
    draft = compose_draft(
        extraction, _extract_one(old) if old else None, stored_interpretation(lib, submission_id), settings
    )
    return dataclasses.replace(draft, submission_id=submission_id)


def parse_form_option(text: str) -> tuple[FormKind, Path]:
    """`图解=chart.png` → (FormKind.GRAPHIC, Path('chart.png'))."""
    kind, sep, path = text.partition("=")
    try:
        form = FormKind(kind.strip())
    except ValueError:
        choices = "、".join(k.value for k in FormKind)
        raise LibraryError(
            "bad_form", f"不认识的解读形式“{kind}”，可选：{choices}", f"unknown form {kind!r}"
        ) from None
    if not sep or not path.strip():
        raise LibraryError(
            "bad_form", f"解读形式应写作 {form.value}=文件", f"a form is written as {form.value}=FILE"
        )
    return form, Path(path.strip())


def store_interpretation(
    lib: Library,
    submission_id: int,
    actor: str,
    written: str | Path | None = None,
    forms: Sequence[tuple[FormKind, Path]] = (),
    old: str | Path | None = None,
    settings: ComposeSettings | None = None,
) -> Draft:
    """Store the clerk's written 解读 (sections recognised by the 要素 headings), attach its forms,
    and link the policy it replaces; returns the draft as it now stands (with originality)."""
    for _, path in forms:
        if not path.is_file():
            raise LibraryError(
                "form_missing", f"找不到解读形式的文件：{path}", f"form file not found: {path}"
            )
    current = stored_interpretation(lib, submission_id)
    if current is None:
        extraction = extract_original(lib, submission_id)
        if extraction.metadata is None:
            current = Interpretation(title="政策解读")
        else:
            current = skeleton(extraction.metadata, settings or ComposeSettings())
    if written is not None:
        parsed = _extract_one(written)
        if parsed.document is None:
            raise LibraryError(
                "written_unreadable",
                parsed.error or "无法读取解读文件",
                "the written interpretation is unreadable",
            )
        current = parse_written(parsed.document, current)
    with lib.write():
        new_forms = list(current.forms)
        for kind, path in forms:
            sha, _ = store_file(lib, path)
            submissions.attach_file(lib, submission_id, sha, FileRole.MEDIA, path.name)
            text = (
                path.read_text("utf-8", errors="replace") if path.suffix.lower() in TEXT_FORM_SUFFIXES else ""
            )
            new_forms = [f for f in new_forms if not (f.kind is kind and f.file_name == path.name)]
            new_forms.append(Form(kind, path.stem, sha, path.name, text))
        current = replace(current, forms=tuple(new_forms))
        editing.save_interpretation(lib, submission_id, plain(current), current.text, actor)
        audit.append(lib, actor, "interpretation", submission_id,
                     {"written": Path(written).name if written else None,
                      "forms": [f"{k.value}={p.name}" for k, p in forms]})  # fmt: skip
    if old is not None:
        outcome = next(import_files(lib, [old], actor))
        if outcome.submission_id is None:
            raise LibraryError(
                "old_unreadable", outcome.error or "无法读取原政策文件", "the old policy is unreadable"
            )
        records.link(lib, submission_id, outcome.submission_id, LinkKind.REPLACES)
        audit.append(lib, actor, "link", submission_id, {"replaces": outcome.submission_id})
    return draft_for_submission(lib, submission_id, old, settings)
