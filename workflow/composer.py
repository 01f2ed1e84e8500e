"""Use cases of the 解读 editor (the GUI's 政策解读 and 新旧对照 tabs; usable from anywhere):

- ``load_composer``: everything the editor shows beside the clerk's text — the draft (stored 解读,
  else the skeleton with keywords and 简明问答 questions), the suggestions per 要素, and the policy's
  originality index, built once so that re-measuring a draft as it is typed takes about a millisecond.
- ``update_interpretation``: the autosave. It writes only the parts the clerk edited over what is
  stored *now*, in one transaction, so two editors of one 解读 (the 解读 tab typing a section, the
  对照 tab inserting the 新旧政策差异 summary) never undo each other's parts.
- ``add_media_form``: a picture or video for the 解读's forms, stored in the library (content-
  addressed, like ``interpret --form``) and attached to the submission as media.
- ``compare_with_old``: the 新旧对照 of the stored policy against an old version (a file, or the
  submission it replaces), with the block of the current policy each row is found in.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from pathlib import Path

from compose.clauses import body_of, choose_kind, units
from compose.diff import UNREADABLE, DiffResult, compare_bodies, summary
from compose.originality import DEFAULT_MIN_RUN, PolicyIndex
from compose.skeleton import ComposeSettings, skeleton
from extractors.metadata import extract as extract_metadata
from policy.extraction import Extraction
from policy.interpretation import Element, Form, FormKind, Interpretation, Section, Suggestion
from policy.jsonform import plain
from policy.problems import Problem, Status
from policy.submission import FileRole, LinkKind
from storage import Library, LibraryError, audit, records, submissions
from storage.files import store_file
from workflow import editing
from workflow.extract import extract_files
from workflow.interpret import compose_draft, stored_interpretation
from workflow.originals import extract_original

PARTS = ("title", "keywords", "forms", "qa", *(e.value for e in Element))


def parts_of(interp: Interpretation) -> dict[str, object]:
    """The editable parts of a 解读 by name (``PARTS``), for comparing two versions part by part."""
    found: dict[str, object] = {"title": interp.title, "keywords": interp.keywords, "forms": interp.forms}
    found["qa"] = interp.qa
    found.update((s.element.value, s.text) for s in interp.sections)
    return found


@dataclass(frozen=True, slots=True)
class ComposerData:
    """What the editor needs beside the 解读 itself. ``interpretation`` is the stored one merged with
    fresh keywords and questions (or the skeleton when nothing is stored); ``index`` is None when
    the policy has no text (a scan)."""

    submission_id: int
    status: Status
    interpretation: Interpretation
    stored: bool
    suggestions: dict[Element, tuple[Suggestion, ...]] = field(default_factory=dict)
    index: PolicyIndex | None = None
    problems: tuple[Problem, ...] = ()


def load_composer(
    lib: Library, submission_id: int, settings: ComposeSettings | None = None, min_run: int = DEFAULT_MIN_RUN
) -> ComposerData:
    extraction = extract_original(lib, submission_id)
    stored = stored_interpretation(lib, submission_id)
    draft = compose_draft(extraction, None, stored, settings)
    interp = draft.interpretation or stored or Interpretation(title="政策解读")
    index = PolicyIndex.of_document(extraction.document, min_run) if extraction.document else None
    return ComposerData(
        submission_id, extraction.status, interp, stored is not None, draft.suggestions, index, draft.problems
    )


def merge_parts(current: Interpretation, edited: Interpretation, parts: Collection[str]) -> Interpretation:
    """``current`` with the ``parts`` (names of ``PARTS``) taken from ``edited``; keywords and
    questions ``current`` lacks are filled from ``edited`` too (they come from the draft)."""
    unknown = set(parts) - set(PARTS)
    if unknown:
        raise ValueError(f"unknown parts of a 解读: {sorted(unknown)}")
    sections = tuple(edited.section(s.element) if s.element.value in parts else s for s in current.sections)
    return replace(
        current,
        title=edited.title if "title" in parts or not current.title else current.title,
        policy_title=current.policy_title or edited.policy_title,
        sections=sections,
        keywords=edited.keywords if "keywords" in parts or not current.keywords else current.keywords,
        forms=edited.forms if "forms" in parts else current.forms,
        qa=edited.qa if "qa" in parts or not current.qa else current.qa,
    )


def _save(lib: Library, submission_id: int, interp: Interpretation, actor: str) -> None:
    """Store the 解读; media of a form the clerk removed no longer belong to the submission."""
    with lib.write():
        editing.save_interpretation(lib, submission_id, plain(interp), interp.text, actor)
        submissions.detach_media(lib, submission_id, {f.file_sha256 for f in interp.forms if f.file_sha256})


def update_interpretation(
    lib: Library, submission_id: int, actor: str, edited: Interpretation, parts: Collection[str]
) -> Interpretation:
    """Autosave ``parts`` of ``edited`` over the stored 解读 (``edited`` whole when none is stored)."""
    with lib.write():
        current = stored_interpretation(lib, submission_id)
        new = edited if current is None else merge_parts(current, edited, parts)
        _save(lib, submission_id, new, actor)
    return new


def _skeleton(lib: Library, submission_id: int, settings: ComposeSettings | None) -> Interpretation:
    """The skeleton from the stored metadata (with the clerk's confirmed values), no re-extraction."""
    sub = submissions.get(lib, submission_id)
    return skeleton(replace(sub.extracted, fields=sub.fields), settings or ComposeSettings())


def set_section(
    lib: Library,
    submission_id: int,
    actor: str,
    element: Element,
    text: str,
    append: bool = True,
    settings: ComposeSettings | None = None,
) -> Interpretation:
    """Write ``text`` into one section (after what it holds when ``append``; not twice). With no
    解读 stored yet, it starts from the skeleton (the title the 解读 tab would give it)."""
    with lib.write():
        current = stored_interpretation(lib, submission_id) or _skeleton(lib, submission_id, settings)
        old = current.section(element).text
        if append and text.strip() in old:
            return current
        new_text = f"{old.rstrip()}\n{text}" if append and old.strip() else text
        sections = tuple(
            Section(s.element, new_text) if s.element is element else s for s in current.sections
        )
        new = replace(current, sections=sections)
        _save(lib, submission_id, new, actor)
    return new


def add_media_form(
    lib: Library, submission_id: int, actor: str, kind: FormKind, path: Path, base: Interpretation
) -> Form:
    """Store ``path`` in the library as media of the 解读 and add it to the stored forms. The copy
    (which may be a large video) is made before the transaction, so writers do not queue behind it."""
    path = Path(path)
    if not path.is_file():
        raise LibraryError("form_missing", f"找不到解读形式的文件：{path}", f"form file not found: {path}")
    sha, _ = store_file(lib, path)
    form = Form(kind, path.stem, sha, path.name)
    with lib.write():
        submissions.attach_file(lib, submission_id, sha, FileRole.MEDIA, path.name)
        current = stored_interpretation(lib, submission_id) or base
        forms = [f for f in current.forms if not (f.kind is kind and f.file_name == path.name)]
        _save(lib, submission_id, replace(current, forms=(*forms, form)), actor)
        audit.append(lib, actor, "interpretation", submission_id, {"forms": [f"{kind.value}={path.name}"]})
    return form


# ---- 新旧对照 ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Comparison:
    """The 对照表, its summary for the 新旧政策差异 section, and for each row the block of the current
    policy where its new text starts (None for a 删除 row, or when it is not found)."""

    result: DiffResult
    summary: str
    blocks: tuple[int | None, ...] = ()
    old_name: str = ""


def replaced_policy(lib: Library, submission_id: int) -> int | None:
    """The submission this one replaces (linked by ``interpret --old``), if any."""
    return next(
        (to for frm, to, kind in records.links(lib, submission_id)
         if kind is LinkKind.REPLACES and frm == submission_id),
        None,
    )  # fmt: skip


def _document(extraction: Extraction, which: str, which_en: str) -> tuple[Extraction, list[str]]:
    notes = []
    if extraction.status is not Status.OK:
        error = extraction.error or extraction.status.value
        notes.append(UNREADABLE.format(which=which, which_en=which_en, error=error))
    return extraction, notes


def compare_with_old(lib: Library, submission_id: int, old: Path | int) -> Comparison:
    """Compare the stored policy with ``old`` (a file, or the id of a submission in the library)."""
    if isinstance(old, int):
        old_extraction, old_name = extract_original(lib, old), submissions.get(lib, old).title or ""
    else:
        old_extraction, old_name = next(extract_files([old])), Path(old).name
    old_ex, notes = _document(old_extraction, "原政策", "old")
    new_ex, new_notes = _document(extract_original(lib, submission_id), "新政策", "new")
    notes += new_notes
    if old_ex.document is None or new_ex.document is None:
        empty = DiffResult((), tuple(notes), related=False)
        return Comparison(empty, summary(empty), (), old_name)
    old_meta = old_ex.metadata or extract_metadata(old_ex.document)
    new_meta = new_ex.metadata or extract_metadata(new_ex.document)
    old_body, new_body = body_of(old_ex.document, old_meta), body_of(new_ex.document, new_meta)
    result = compare_bodies(old_body, new_body)
    if notes:
        result = replace(result, warnings=tuple(notes) + result.warnings)
    kind, levels = choose_kind(old_body, new_body)
    where = {u.label: u.block for u in units(new_body, kind, levels)}
    blocks = tuple(where.get(r.new_label) if r.new_label else None for r in result.rows)
    return Comparison(result, summary(result), blocks, old_name)
