"""Use case: the payload of a submission's bundle — the publication copy of the policy and its PDF
rendition, the site's pages, attachments, media, ``metadata.json`` and ``interpretation.json`` —
and freezing it when a reviewer decides on it, so the bundle carries exactly what was reviewed.

The publication copy is cleaned (``bundles.publication``: tracked changes, comments, hidden text,
personal properties); its PDF rendition is made once by LibreOffice and kept in the library,
keyed by the copy's hash, so bundling again is fast and byte-identical."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Any

from bundles.payload import DocumentFiles, Payload, PayloadFile, build_payload
from bundles.preview import safe_name
from bundles.publication import CleaningReport, PublicationCopy, PublicationError, publication_copy
from bundles.rendition import pdf_rendition
from policy.jsonform import fields_json
from policy.submission import FileRole, Submission
from storage import Library, LibraryError, payloads, records, submissions
from storage.files import path_of, store_bytes
from workflow import config
from workflow.content import content_sha256
from workflow.preview import preview_input

RENDITION = "pdf"


def _problem(exc: PublicationError) -> LibraryError:
    p = exc.problem
    return LibraryError(p.key, p.message_zh, p.message_en)


def document_files(lib: Library, sub: Submission) -> DocumentFiles | None:
    """The cleaned publication copy of the original and its (cached) PDF rendition."""
    original = next((f for f in sub.files if f.role is FileRole.ORIGINAL), None)
    if original is None:
        return None
    data = path_of(lib, original.sha256).read_bytes()
    fmt = original.format or Path(original.name).suffix
    try:
        if config.load(lib).publish_raw_draft == "是":  # the setting that lets the draft go out as is
            copy = PublicationCopy(data, fmt.lower().lstrip("."), CleaningReport(cleaned=False))
        else:
            copy = publication_copy(data, fmt, name=original.name)
    except PublicationError as exc:
        raise _problem(exc) from None
    name = safe_name(Path(original.name).stem + copy.extension, set())
    if copy.format != "docx":
        return DocumentFiles(name, copy.data)
    copy_sha = hashlib.sha256(copy.data).hexdigest()
    cached = payloads.rendition(lib, copy_sha, RENDITION)
    if cached is not None and path_of(lib, cached).is_file():
        pdf = path_of(lib, cached).read_bytes()
    else:
        try:
            pdf = pdf_rendition(copy.data, name=original.name)
        except PublicationError as exc:
            raise _problem(exc) from None
        with lib.write():
            sha, _ = store_bytes(lib, pdf, Path(name).stem + ".pdf", "pdf")
            payloads.record_rendition(lib, copy_sha, RENDITION, sha)
    return DocumentFiles(name, copy.data, pdf)


def metadata_for(lib: Library, sub: Submission) -> dict[str, Any]:
    """``metadata.json`` (without its ``files`` part): the values to publish, 发布机构 filled from
    the settings when the clerk left it empty."""
    fields = sub.fields
    if not fields.publisher:
        fields = dataclasses.replace(
            fields, publisher=config.load(lib).publisher or "、".join(fields.issuers) or None
        )
    data: dict[str, Any] = {
        "kind": sub.kind.value,
        "fields": fields_json(fields),
        "department": sub.department,
        "site_column": sub.site_column,
        "details": {k: v for k, v in sub.details.items() if k != "change"},
    }
    if "change" in sub.details:
        data["change"] = sub.details["change"]
    return data


def build(lib: Library, submission_id: int) -> Payload:
    """The payload as the submission stands now."""
    sub = submissions.get(lib, submission_id)
    site = preview_input(lib, submission_id)
    return build_payload(
        site, document_files(lib, sub), metadata_for(lib, sub), records.interpretation(lib, submission_id)
    )


def freeze(lib: Library, payload: Payload) -> str:
    """Keep the payload's files in the library under its approval hash; returns the hash."""
    digest = payload.sha256
    payloads.freeze(lib, digest, [(f.path, f.data) for f in payload.files])
    return digest


def thaw(lib: Library, digest: str) -> Payload:
    """A frozen payload back, byte for byte."""
    files = payloads.frozen(lib, digest)
    if files is None:
        raise LibraryError(
            "no_payload", "资料库中没有这份已审核的内容", f"no frozen payload {digest[:12]}… in the library"
        )
    payload = Payload(tuple(PayloadFile(f.path, payloads.read(lib, f)) for f in files))
    if payload.sha256 != digest:
        raise LibraryError("payload_damaged", "资料库中已审核的内容已损坏，需要重新审核",
                           "the reviewed content stored in the library is damaged; review again")  # fmt: skip
    return payload


def current(lib: Library, submission_id: int) -> Payload:
    """The payload a decision on the submission now covers: for an item opened from a received
    bundle and not changed since, exactly the received files; otherwise built from the library."""
    digest = content_sha256(lib, submission_id)
    for record in reversed(payloads.bundles_for(lib, submission_id)):
        if record.origin == "received" and record.content_sha256 == digest:
            return thaw(lib, record.payload_sha256)
    return build(lib, submission_id)
