"""The publication copy of a policy: the file the site publishes, without what only the draft needed.

A clerk's .docx carries its history: tracked changes (a deleted sentence is still in the file),
comments, hidden text, the author's and editors' names, an edit-time counter, a first-page
thumbnail of the draft. The site must publish what the reviewer approved and nothing else, so the
copy in the bundle has its tracked changes resolved the way the reviewer decided (accepted, or
refused), its comments, hidden text and personal properties removed, and is written byte for byte
the same every time, so that the approval hash binds exactly what is published.

Every part that can hold text is cleaned (body, headers, footers, footnotes, endnotes; styles and
numbering for formatting changes). Parts that only the removed relationships reached (comments,
people, custom properties, thumbnail, macros) are dropped with their content-type overrides. A
.doc/.wps/.rtf is first converted to .docx by LibreOffice (``extractors.legacy``), then cleaned.
A .pdf, .ofd or .txt is returned unchanged: cleaning PDF/OFD metadata is out of scope here, and the
report says that nothing was cleaned. JPEG photos lose their GPS position (see
``publication_docx.wipe_gps``); other image metadata stays.
"""

from __future__ import annotations

import io
import posixpath
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import unquote

from lxml import etree

from bundles import publication_docx as clean
from extractors import legacy, safety
from extractors.docx_styles import Styles
from policy.problems import Problem

Tracked = Literal["accept", "refuse"]
UNCHANGED_FORMATS = ("pdf", "ofd", "txt", "md")
LEGACY_FORMATS = ("doc", "wps", "rtf")
# extensions that name one of the formats above (a caller may pass a suffix when no format is known)
_ALIASES = {"docm": "docx", "dotx": "docx", "dotm": "docx", "dot": "doc", "wpt": "wps", "text": "txt"}
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

_PKG_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MACRO_OR_TEMPLATE_TYPES = frozenset(
    {
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    }
)
# relationship types (last path segment) whose parts never go into a publication copy
_DROPPED_RELS = frozenset(
    {"comments", "commentsExtended", "commentsIds", "commentsExtensible", "people", "custom-properties",
     "thumbnail", "vbaProject", "attachedTemplate"}
)  # fmt: skip
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError, KeyError)


@dataclass(frozen=True, slots=True)
class CleaningReport:
    """What was removed, for the reviewer; counts of revision marks, comments and runs."""

    cleaned: bool  # False: the file went out unchanged (.pdf, .ofd, .txt)
    tracked: Tracked = "accept"
    insertions: int = 0  # accepted (kept), or refused (removed)
    deletions: int = 0  # removed, or refused (restored)
    moves: int = 0
    format_changes: int = 0
    comments: int = 0
    hidden_runs: int = 0
    located_images: int = 0  # photos whose GPS position was removed
    properties: tuple[str, ...] = ()  # cleared document properties (labels in Chinese)
    removed_parts: tuple[str, ...] = ()  # package parts dropped: comments.xml, docProps/custom.xml...
    converted_from: str | None = None  # "doc"/"wps"/"rtf": LibreOffice made the .docx first

    @property
    def summary_zh(self) -> str:
        if not self.cleaned:
            return "原样发布，未做清理（PDF/OFD/文本文件的元数据不在清理范围内）"
        verb = "接受" if self.tracked == "accept" else "拒绝"
        parts = [
            f"{verb}修订：插入 {self.insertions} 处、删除 {self.deletions} 处、移动 {self.moves} 处、"
            f"格式 {self.format_changes} 处",
            f"删除批注 {self.comments} 条",
            f"删除隐藏文字 {self.hidden_runs} 处",
            f"去除照片拍摄位置 {self.located_images} 张",
            f"清除文档属性 {len(self.properties)} 项"
            + (f"（{'、'.join(self.properties)}）" if self.properties else ""),
        ]
        if self.converted_from:
            parts.insert(0, f"已由 .{self.converted_from} 转为 .docx")
        return "；".join(parts)

    @property
    def summary_en(self) -> str:
        if not self.cleaned:
            return "published unchanged, nothing cleaned (PDF/OFD/text metadata is out of scope)"
        verb = "accepted" if self.tracked == "accept" else "refused"
        return (
            f"tracked changes {verb}: {self.insertions} insertions, {self.deletions} deletions, "
            f"{self.moves} moves, {self.format_changes} formatting; {self.comments} comments, "
            f"{self.hidden_runs} hidden runs, {self.located_images} photo locations and "
            f"{len(self.properties)} document properties removed"
        )


@dataclass(frozen=True, slots=True)
class PublicationCopy:
    data: bytes
    format: str  # "docx" after cleaning or conversion; the input format when unchanged
    report: CleaningReport

    @property
    def extension(self) -> str:
        return "." + self.format


class PublicationError(Exception):
    """The publication copy cannot be made; ``problem`` holds the one-line Chinese/English message."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def failure(key: str, zh: str, en: str, name: str) -> PublicationError:
    """The error for ``name`` (the user's file name, or a generic word when unknown)."""
    zh_name, en_name = name or "原件", name or "the original"
    return PublicationError(
        Problem(key, f"无法生成发布件：{zh}：{zh_name}", f"cannot make the publication copy: {en}: {en_name}")
    )


def publication_copy(
    data: bytes,
    fmt: str,
    *,
    tracked: Tracked = "accept",
    name: str = "",
    timeout: float = legacy.TIMEOUT_S,
) -> PublicationCopy:
    """The publication copy of an original (``fmt`` as the extractors report it: docx, doc, wps, rtf,
    pdf, ofd, txt; or a file suffix such as ".docm"). ``tracked``: accept the tracked changes (the default) or refuse them, as the
    review decided. ``name`` is only used in messages. Raises ``PublicationError``."""
    fmt = fmt.lower().lstrip(".")
    fmt = _ALIASES.get(fmt, fmt)
    if tracked not in ("accept", "refuse"):
        raise ValueError(f"tracked must be 'accept' or 'refuse', not {tracked!r}")
    if fmt in UNCHANGED_FORMATS:
        return PublicationCopy(data, fmt, CleaningReport(cleaned=False))
    if fmt == "docx" and data.startswith(legacy.OLE_MAGIC):
        if _ole(data)[0]:
            raise failure("encrypted", "文件已加密或设有打开密码", "the file is password-protected", name)
        fmt = "doc"  # a Word 97 file under a .docx name
    if fmt in LEGACY_FORMATS:
        return _clean(_to_docx(data, fmt, name, timeout), tracked, name, converted_from=fmt)
    if fmt != "docx":
        raise failure("unsupported", f"不支持的格式 {fmt}", f"unsupported format {fmt}", name)
    return _clean(data, tracked, name, converted_from=None)


def _ole(data: bytes) -> tuple[bool, bool]:
    """(password-protected, a Word binary file) for OLE2 bytes; (False, False) if unreadable."""
    if not data.startswith(legacy.OLE_MAGIC):
        return False, False
    try:
        ole = legacy.OleFile(data)
        return ole.encrypted(), ole.entry("WordDocument") is not None
    except (ValueError, IndexError, struct.error):
        return False, False


def _to_docx(data: bytes, fmt: str, name: str, timeout: float) -> bytes:
    """A .doc/.wps/.rtf converted by LibreOffice, the same way the legacy reader converts it."""
    soffice = legacy.find_soffice()
    if soffice is None:
        raise failure("no_libreoffice", "转换 .doc/.wps/.rtf 需要 LibreOffice", "LibreOffice is needed", name)
    encrypted, word_binary = _ole(data)
    if encrypted:
        raise failure("encrypted", "文件已加密或设有打开密码", "the file is password-protected", name)
    # the suffix tells LibreOffice what it gets: WPS Office's .wps files are often Word 97 files
    is_rtf = data.lstrip()[:5] == b"{\\rtf"
    suffix = ".rtf" if is_rtf else ".wps" if fmt == "wps" and not word_binary else ".doc"
    with tempfile.TemporaryDirectory(prefix="policypress-pub-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        source = work / f"input{suffix}"
        source.write_bytes(data)
        result = legacy.convert_to_docx(soffice, source, work, timeout, html=legacy.is_html(data[:512]))
        if isinstance(result, Problem):
            zh, en = result.message_zh.rsplit("：", 1)[0], result.message_en.rsplit(": ", 1)[0]
            raise failure(result.key, zh, en, name)
        return result.read_bytes()


# -- the package -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Package:
    """The zip's members in order; parsed XML parts replace their bytes when written back."""

    order: list[str]
    raw: dict[str, bytes]
    xml: dict[str, etree._Element] = field(default_factory=dict)

    def tree(self, part: str) -> etree._Element | None:
        if part not in self.xml and part in self.raw:
            self.xml[part] = safety.parse_xml(self.raw[part])
        return self.xml.get(part)

    def rels(self, part: str) -> list[tuple[etree._Element, str]]:
        """(Relationship element, resolved target part) of a part's internal relationships."""
        folder, base = posixpath.split(part)
        root = self.tree(posixpath.join(folder, "_rels", base + ".rels"))
        out = []
        for rel in root.iter(_PKG_RELS + "Relationship") if root is not None else ():
            target = unquote(rel.get("Target") or "").replace("\\", "/")
            if rel.get("TargetMode") == "External" or not target:
                continue
            resolved = target[1:] if target.startswith("/") else posixpath.join(folder, target)
            out.append((rel, posixpath.normpath(resolved)))
        return out

    def reachable(self) -> set[str]:
        """Parts reachable through relationships from the package root (lower-case names)."""
        lower = {n.lower(): n for n in self.order}
        seen: set[str] = set()
        todo = [""]
        while todo:
            for _, target in self.rels(todo.pop()):
                if (key := target.lower()) in lower and key not in seen:
                    seen.add(key)
                    todo.append(lower[key])
        return seen

    def write(self) -> bytes:
        """A deterministic zip: member order kept, fixed time and permissions, deflated."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for part in self.order:
                info = zipfile.ZipInfo(part, ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3
                info.external_attr = 0o100644 << 16
                if part in self.xml:
                    data = etree.tostring(
                        self.xml[part], xml_declaration=True, encoding="UTF-8", standalone=True
                    )
                else:
                    data = self.raw[part]
                zf.writestr(info, data, compresslevel=6)
        return out.getvalue()


def _open(data: bytes, name: str) -> _Package:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            safety.check_zip(zf)
            order = [i.filename for i in zf.infolist() if not i.is_dir()]
            raw = {part: safety.read_member(zf, part) for part in order}
    except safety.UnsafeArchive as exc:
        raise failure("hostile", f"文件结构异常，已拒绝（{exc}）", "the archive is unsafe", name) from None
    except _ZIP_ERRORS:
        raise failure(
            "corrupt", "文件已损坏或不是 .docx", "the file is corrupt or not a .docx", name
        ) from None
    return _Package(order, raw)


def _clean(data: bytes, tracked: Tracked, name: str, converted_from: str | None) -> PublicationCopy:
    pkg = _open(data, name)
    try:
        report = _clean_package(pkg, tracked, converted_from)
    except safety.UnsafeArchive as exc:
        if isinstance(exc.__cause__, etree.XMLSyntaxError):
            raise failure("corrupt", f"文件已损坏（{exc}）", "a part is malformed XML", name) from None
        raise failure(
            "hostile", f"文件结构异常，已拒绝（{exc}）", "the file carries XML entities", name
        ) from None
    except _NoBody:
        raise failure("corrupt", "缺少正文 word/document.xml", "word/document.xml is missing", name) from None
    return PublicationCopy(pkg.write(), "docx", report)


class _NoBody(Exception):
    """The package has no main document with a body."""


def _clean_package(pkg: _Package, tracked: Tracked, converted_from: str | None) -> CleaningReport:
    main = next((t for rel, t in pkg.rels("") if _kind(rel) == "officeDocument"), "word/document.xml")
    document = pkg.tree(main)
    if document is None or document.find(f"{{{_W_NS}}}body") is None:
        raise _NoBody
    before = pkg.reachable()
    counts = clean.Counts()
    for root in _each_rels(pkg):
        for rel in root.findall(_PKG_RELS + "Relationship"):
            if _kind(rel) in _DROPPED_RELS:
                root.remove(rel)
    comment_parts = [p for p in pkg.order if posixpath.basename(p).lower().startswith("comments")]
    for part in comment_parts:
        clean.collect_comment_ids(pkg.tree(part), counts)
    stories = [
        part
        for part in pkg.order
        if part.startswith("word/") and part.endswith(".xml") and part not in comment_parts
        if (root := pkg.tree(part)) is not None and root.tag.startswith(f"{{{_W_NS}}}")
    ]
    for part in stories:  # all parts, styles included, before the styles are read for hidden text
        clean.tracked_changes(pkg.xml[part], tracked == "accept", counts)
    styles_part = next((t for rel, t in pkg.rels(main) if _kind(rel) == "styles"), "word/styles.xml")
    styles = Styles(pkg.xml.get(styles_part), None)
    for part in stories:
        clean.comment_anchors(pkg.xml[part], counts)
        clean.hidden_text(pkg.xml[part], styles, counts)
        clean.scrub_attributes(pkg.xml[part])
    clean.drop_unreferenced_notes([pkg.xml[part] for part in stories])
    for part in stories:
        clean.settings(pkg.xml[part])
    package_rels = {_kind(rel): target for rel, target in pkg.rels("")}
    counts.properties += clean.core_properties(
        pkg.tree(package_rels.get("core-properties", "docProps/core.xml"))
    )
    counts.properties += clean.app_properties(
        pkg.tree(package_rels.get("extended-properties", "docProps/app.xml"))
    )
    removed = _drop_unreachable(pkg, before)
    for part in pkg.order:
        if part not in pkg.xml and (wiped := clean.wipe_gps(pkg.raw[part])) is not None:
            pkg.raw[part] = wiped
            counts.located_images += 1
    if "docProps/custom.xml" in removed:
        counts.properties.append("自定义属性")
    return CleaningReport(
        cleaned=True,
        tracked=tracked,
        insertions=counts.insertions,
        deletions=counts.deletions,
        moves=counts.moves,
        format_changes=counts.format_changes,
        comments=counts.comments,
        hidden_runs=counts.hidden_runs,
        located_images=counts.located_images,
        properties=tuple(counts.properties),
        removed_parts=tuple(removed),
        converted_from=converted_from,
    )


def _kind(rel: etree._Element) -> str:
    return (rel.get("Type") or "").rsplit("/", 1)[-1]


def _each_rels(pkg: _Package) -> list[etree._Element]:
    return [root for part in pkg.order if part.endswith(".rels") if (root := pkg.tree(part)) is not None]


def _drop_unreachable(pkg: _Package, before: set[str]) -> list[str]:
    """Drop the parts that only removed relationships reached, plus comment/people/custom-property
    parts even when nothing pointed at them; parts that were orphans already are left alone."""
    after = pkg.reachable()
    personal = ("word/comments", "word/people.xml", "docprops/custom.xml", "docprops/thumbnail")
    gone = {
        part
        for part in pkg.order
        if (part.lower() in before and part.lower() not in after) or part.lower().startswith(personal)
    }
    gone |= {p for p in pkg.order if p.endswith(".rels") and _rels_source(p) in gone}
    pkg.order = [p for p in pkg.order if p not in gone]
    types = pkg.tree("[Content_Types].xml")
    kept = {p.lower() for p in pkg.order}
    for override in types.findall(_CT + "Override") if types is not None else ():
        if (override.get("PartName") or "").lstrip("/").lower() not in kept:
            types.remove(override)
        elif override.get("ContentType") in _MACRO_OR_TEMPLATE_TYPES:
            override.set("ContentType", _DOCUMENT_TYPE)
    return [p for p in pkg.raw if p in gone]


def _rels_source(rels_part: str) -> str:
    folder, base = posixpath.split(rels_part)
    return posixpath.join(posixpath.dirname(folder), base.removesuffix(".rels"))
