"""The PDF rendition of the publication copy: LibreOffice's PDF export, made byte-stable.

LibreOffice runs headless in a private temporary profile with a time limit, and its process tree is
killed on timeout (``extractors.legacy.convert``, the runner the legacy reader uses too). Its PDF
differs from run to run only in what it stamps: ``/CreationDate`` and ``/ModDate`` in the Info
dictionary, the trailer's random ``/ID`` and its ``/DocChecksum`` (which hashes the dates); the
dates and uuids of an uncompressed XMP packet are handled too, should a version write one. Each is
overwritten in place with a value of the same length, so every cross-reference offset stays valid:
the dates become 1980-01-01 00:00:00 UTC and the identifiers are taken from the SHA-256 of the .docx.
The same publication copy thus always gives the same PDF (on the same LibreOffice and fonts), which
is what lets the reviewer's hash cover it.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path

from bundles.publication import PublicationError
from extractors import legacy
from policy.problems import Problem

TIMEOUT_S = 120.0
PDF_FILTER = "pdf:writer_pdf_Export"
FIXED_DATE = b"19800101000000"
FIXED_XMP_DATE = b"1980-01-01T00:00:00"

_INFO_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{1,14})([^)]{0,16}\))")
_ID = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)")
_CHECKSUM = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)")
_XMP_DATE = re.compile(
    rb"(xmp:(?:CreateDate|ModifyDate|MetadataDate)(?:>|=\"))(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)([^<\"]{0,16})"
)
_UUID = re.compile(rb"uuid:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")


def pdf_rendition(docx: bytes, timeout: float = TIMEOUT_S, *, name: str = "") -> bytes:
    """The PDF of a .docx (normally the publication copy), byte-identical for identical input.
    ``name`` is only used in messages. Raises ``PublicationError``.

    Not PDF/A: LibreOffice's PDF/A output embeds an ICC profile stamped with the time inside a
    compressed stream, which no same-length rewrite can fix."""
    soffice = legacy.find_soffice()
    if soffice is None:
        raise _failure("no_libreoffice", "需要 LibreOffice", "LibreOffice is needed", name)
    with tempfile.TemporaryDirectory(prefix="policypress-pdf-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        source = work / "publication.docx"
        source.write_bytes(docx)
        result = legacy.convert(soffice, source, work, PDF_FILTER, timeout)
        if isinstance(result, Problem):
            if result.key == "timeout":
                raise _failure(
                    "timeout", f"超过 {timeout:.0f} 秒，已中止", f"timed out after {timeout:.0f} s", name
                )
            if result.key == "no_libreoffice":
                raise _failure(result.key, "LibreOffice 无法启动", "LibreOffice cannot be started", name)
            zh, en = result.message_zh.rsplit("：", 1)[0], result.message_en.rsplit(": ", 1)[0]
            raise _failure(result.key, zh, en, name)
        pdf = result.read_bytes()
    return stabilise(pdf, hashlib.sha256(docx).digest())


def stabilise(pdf: bytes, seed: bytes) -> bytes:
    """``pdf`` with its dates fixed and its identifiers derived from ``seed``; the length is unchanged."""
    ident = hashlib.sha256(b"id" + seed).hexdigest().upper().encode()
    check = hashlib.sha256(b"checksum" + seed).hexdigest().upper().encode()

    def info_date(m: re.Match[bytes]) -> bytes:
        return m[1] + FIXED_DATE[: len(m[2])] + _zero_zone(m[3])

    def xmp_date(m: re.Match[bytes]) -> bytes:
        return m[1] + FIXED_XMP_DATE + _zero_zone(m[3])

    def ids(m: re.Match[bytes]) -> bytes:
        return m[1] + _fill(ident, len(m[2])) + m[3] + _fill(ident, len(m[4])) + m[5]

    def uuid(m: re.Match[bytes]) -> bytes:
        h = hashlib.sha256(b"uuid" + seed + m[0]).hexdigest().encode()
        return b"uuid:" + b"-".join((h[:8], h[8:12], h[12:16], h[16:20], h[20:32]))

    out = _INFO_DATE.sub(info_date, pdf)
    out = _ID.sub(ids, out)
    out = _CHECKSUM.sub(lambda m: m[1] + _fill(check, len(m[2])), out)
    out = _XMP_DATE.sub(xmp_date, out)
    out = _UUID.sub(uuid, out)
    assert len(out) == len(pdf), "a same-length rewrite changed the length"
    return out


def _zero_zone(zone: bytes) -> bytes:
    """A time-zone suffix (``Z'``, ``+08'00'``, ``.123+08:00``) as UTC, at the same length."""
    return re.sub(rb"\d", b"0", zone).replace(b"-", b"+")


def _fill(hexdigits: bytes, length: int) -> bytes:
    return (hexdigits * (length // len(hexdigits) + 1))[:length]


def _failure(key: str, zh: str, en: str, name: str) -> PublicationError:
    zh_name, en_name = name or "发布件", name or "the publication copy"
    return PublicationError(
        Problem(key, f"无法生成 PDF 版本：{zh}：{zh_name}", f"cannot make the PDF rendition: {en}: {en_name}")
    )
