"""Use case: check a file or a library submission against the rule catalogue; accept a finding."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from checks import catalogue
from checks.context import CheckContext
from checks.settings import CheckSettings
from compose.originality import OriginalitySettings, measure
from policy.extraction import Extraction
from policy.findings import Finding
from policy.metadata import PolicyMetadata
from policy.submission import FileRole, Kind
from storage import Library, audit, records, submissions
from storage.files import path_of
from workflow.extract import extract_files
from workflow.interpret import stored_interpretation
from workflow.originals import extract_original


def context_for_extraction(
    extraction: Extraction,
    kind: Kind = Kind.POLICY,
    original: Path | None = None,
    settings: CheckSettings | None = None,
) -> CheckContext:
    metadata = extraction.metadata or PolicyMetadata()
    return CheckContext(
        kind=kind,
        fields=metadata.fields,
        document=extraction.document,
        metadata=extraction.metadata,
        original=original,
        original_name=original.name if original else None,
    )


def context_for_file(path: str | Path, kind: Kind = Kind.POLICY) -> tuple[CheckContext, Extraction]:
    extraction = next(extract_files([path]))
    return context_for_extraction(extraction, kind, Path(path)), extraction


def context_for_submission(
    lib: Library, submission_id: int, settings: CheckSettings | None = None
) -> CheckContext:
    settings = settings or CheckSettings()
    sub = submissions.get(lib, submission_id)
    original = next((f for f in sub.files if f.role is FileRole.ORIGINAL), None)
    extraction = extract_original(lib, submission_id) if original else None
    document = extraction.document if extraction else None
    interp = stored_interpretation(lib, submission_id)
    originality = None
    if interp is not None and document is not None:
        originality = measure(interp, document, OriginalitySettings(min_run=settings.originality_min_run))
    media = tuple((f.name, path_of(lib, f.sha256)) for f in sub.files if f.role is not FileRole.ORIGINAL)
    return CheckContext(
        kind=sub.kind,
        fields=sub.fields,
        document=document,
        metadata=sub.extracted if extraction is None or extraction.metadata is None else extraction.metadata,
        original=path_of(lib, original.sha256) if original else None,
        original_name=original.name if original else None,
        interpretation=interp,
        originality=originality,
        details=sub.details,
        links=tuple(records.links(lib, submission_id)),
        reviews=tuple(records.reviews(lib, submission_id)),
        media=media,
        submission_id=submission_id,
        interpretation_updated_at=records.interpretation_updated_at(lib, submission_id),
    )


def check_context(context: CheckContext, settings: CheckSettings | None = None) -> list[Finding]:
    return catalogue.run(context, settings)


def check_submission(
    lib: Library, submission_id: int, settings: CheckSettings | None = None
) -> list[Finding]:
    """The findings for a stored submission, with the reviewers' acceptances applied. A change notice
    (失效/废止/撤回 of a published item, ``workflow.changes``) has no document or 解读 of its own:
    the catalogue's rules are about those, so it has no findings and its reviewer reads it."""
    from storage import acceptances

    if "change" in submissions.get(lib, submission_id).details:
        return []
    findings = catalogue.run(context_for_submission(lib, submission_id, settings), settings)
    accepted = acceptances.of(lib, submission_id)
    return [dataclasses.replace(f, accepted=accepted.get(f.id)) for f in findings]


def blocking(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.blocking]


def accept(lib: Library, submission_id: int, finding_id: str, reviewer: str, reason: str,
           settings: CheckSettings | None = None) -> Finding:  # fmt: skip
    """A reviewer's explicit acceptance of a finding (audit-logged); it then no longer blocks."""
    from storage import LibraryError, acceptances

    if not reviewer.strip() or not reason.strip():
        raise LibraryError(
            "accept_needs",
            "接受检查结果须写明审核人和理由",
            "accepting a finding needs a reviewer and a reason",
        )
    current = {f.id: f for f in check_submission(lib, submission_id, settings)}
    if finding_id not in current:
        raise LibraryError("no_finding", f"第 {submission_id} 条当前没有检查结果 {finding_id}",
                           f"submission {submission_id} has no current finding {finding_id}")  # fmt: skip
    with lib.write():
        acceptances.add(lib, submission_id, finding_id, reviewer, reason)
        audit.append(lib, reviewer, "accept", submission_id,
                     {"finding": finding_id, "rule": current[finding_id].rule_id, "reason": reason})  # fmt: skip
    return dataclasses.replace(current[finding_id], accepted=acceptances.of(lib, submission_id)[finding_id])
