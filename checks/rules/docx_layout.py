"""GB/T 9704 rules that need a .docx: paper and margins read from the original's ``w:sectPr``, body
and title type from the .docx reader's style facts.

The ParsedDocument keeps only the first page's size; GB/T 9704 §5 also fixes the margins, which only
the original file holds. The file is untrusted: the zip and its XML go through ``extractors.safety``.
Any file that is not a readable Word package gives ``None``, and these rules stay silent: a PDF's or
a converted .doc's fonts and page are not the drafter's settings.
"""

from __future__ import annotations

import functools
import posixpath
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from checks.context import CheckContext
from checks.registry import Hit, rule
from checks.rules.form import GB, block_at, compact, evidence, located, title_key
from checks.settings import CheckSettings
from extractors import safety
from policy.document import Block, BlockKind
from policy.findings import Location, Severity
from policy.submission import Kind

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = "/officeDocument"
_MM_PER_TWIP = 25.4 / 1440
_SIZE_NAMES = {42.0: "初号", 36.0: "小初", 26.0: "一号", 24.0: "小一", 22.0: "二号", 18.0: "小二", 16.0: "三号",
               15.0: "小三", 14.0: "四号", 12.0: "小四", 10.5: "五号", 9.0: "小五"}  # fmt: skip
_PAPERS = {(210.0, 297.0): "A4", (215.9, 279.4): "Letter", (297.0, 420.0): "A3", (182.0, 257.0): "B5"}
A4 = (210.0, 297.0)
PAPER_TOLERANCE_MM = 1.0
_ERRORS = (safety.UnsafeArchive, zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError)


@dataclass(frozen=True, slots=True)
class Section:
    """One section's page, in millimetres; ``None`` where the file does not say."""

    width: float | None
    height: float | None
    top: float | None
    bottom: float | None
    left: float | None  # the gutter of a left-bound page is included: it is part of the 订口
    right: float | None

    @property
    def is_portrait(self) -> bool:
        return self.width is None or self.height is None or self.width <= self.height


def is_docx(path: Path | None) -> bool:
    """A Word 2007+ package (sniffed, not by extension): a zip with a main document part."""
    if path is None:
        return False
    try:
        with path.open("rb") as fh:
            if fh.read(4) != b"PK\x03\x04":
                return False
        with zipfile.ZipFile(path) as zf:
            return _main_part(zf) is not None
    except _ERRORS:
        return False


def sections(path: Path | None) -> tuple[Section, ...] | None:
    """The sections of a .docx in document order (the first one holds the first page), or None."""
    if path is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    return _sections(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=16)
def _sections(path: str, _mtime: int, _size: int) -> tuple[Section, ...] | None:
    try:
        with zipfile.ZipFile(path) as zf:
            safety.check_zip(zf)
            main = _main_part(zf)
            if main is None:
                return None
            root = safety.parse_xml(safety.read_member(zf, main))
    except _ERRORS:
        return None
    body = root.find(_W + "body")
    if body is None:
        return None
    found = [s for s in body.iter(_W + "sectPr") if s.getparent().tag != _W + "sectPrChange"]
    return tuple(_section(s) for s in found)


def _main_part(zf: zipfile.ZipFile) -> str | None:
    names = set(zf.namelist())
    if "_rels/.rels" in names:
        rels = safety.parse_xml(safety.read_member(zf, "_rels/.rels"))
        for rel in rels.iter(_PKG_REL):
            if (rel.get("Type") or "").endswith(_OFFICE_DOCUMENT) and rel.get("TargetMode") != "External":
                target = posixpath.normpath((rel.get("Target") or "").lstrip("/"))
                if target in names:
                    return target
    return "word/document.xml" if "word/document.xml" in names else None


def _twips(el, name: str) -> float | None:
    if el is None:
        return None
    value = el.get(_W + name)
    try:
        return abs(float(value)) * _MM_PER_TWIP if value is not None else None
    except ValueError:
        return None


def _section(sect) -> Section:
    size, margins = sect.find(_W + "pgSz"), sect.find(_W + "pgMar")
    left, gutter = _twips(margins, "left"), _twips(margins, "gutter")
    rtl_gutter = sect.find(_W + "rtlGutter") is not None
    if left is not None and gutter and not rtl_gutter:
        left += gutter
    return Section(
        width=_twips(size, "w"),
        height=_twips(size, "h"),
        top=_twips(margins, "top"),
        bottom=_twips(margins, "bottom"),
        left=left,
        right=_twips(margins, "right"),
    )


def _size_name(pt: float) -> str:
    name = _SIZE_NAMES.get(round(pt * 2) / 2)
    return f"{pt:g}磅（{name}）" if name else f"{pt:g}磅"


def _styled_docx(ctx: CheckContext) -> bool:
    """Style facts are the .docx reader's: other formats give none, or guesses."""
    return ctx.document is not None and ctx.document.format == "docx"


# -- .docx page and type (GB/T 9704 §5) -------------------------------------------------------------


def _paper(width: float, height: float) -> str:
    for (w, h), name in _PAPERS.items():
        if abs(width - w) <= PAPER_TOLERANCE_MM and abs(height - h) <= PAPER_TOLERANCE_MM:
            return f"{name}，"
        if abs(width - h) <= PAPER_TOLERANCE_MM and abs(height - w) <= PAPER_TOLERANCE_MM:
            return f"{name} 横向，"
    return ""


@rule(
    "GB-06-page-size",
    Severity.WARN,
    citation=f"{GB} §5.1（幅面尺寸：A4）",
    title="纸张为A4",
    fix="页面设置改为A4纵向（210毫米×297毫米）。",
    fix_en="Set the page to A4 portrait (210 x 297 mm).",
    kinds=[Kind.POLICY],
)
def page_size(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    found = sections(ctx.original)
    if not found or found[0].width is None or found[0].height is None:
        return
    width, height = found[0].width, found[0].height
    if abs(width - A4[0]) <= PAPER_TOLERANCE_MM and abs(height - A4[1]) <= PAPER_TOLERANCE_MM:
        return
    size = f"{width:.1f}×{height:.1f}毫米"
    yield Hit(
        f"纸张为{size}（{_paper(width, height)}不是A4纵向），应为A4（210×297毫米）",
        f"The page is {width:.1f} x {height:.1f} mm; GB/T 9704 uses A4 portrait (210 x 297 mm).",
        Location(page=1),
        matched=size,
    )


@rule(
    "GB-07-margins",
    Severity.WARN,
    citation=f"{GB} §5.2.1（版面：天头37毫米±1毫米，订口28毫米±1毫米）",
    title="页边距（天头、订口）",
    fix="页面设置：上边距3.7厘米，左边距2.8厘米（版心156毫米×225毫米）。",
    fix_en="In the page setup, set the top margin to 3.7 cm and the left margin to 2.8 cm "
    "(type area 156 x 225 mm).",
    kinds=[Kind.POLICY],
)
def margins(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    found = sections(ctx.original)
    if not found:
        return
    first = found[0]
    tolerance = settings.margin_tolerance_mm + 0.05  # twips rounding
    for name, label, value, wanted in (("top", "上边距（天头）", first.top, settings.margin_top_mm),
                                       ("left", "左边距（订口）", first.left, settings.margin_left_mm)):  # fmt: skip
        if value is not None and abs(value - wanted) > tolerance:
            yield Hit(
                f"{label}为{value:.1f}毫米，应为{wanted:g}毫米（±{settings.margin_tolerance_mm:g}）",
                f"The {name} margin is {value:.1f} mm; {wanted:g} mm is expected.",
                Location(page=1),
                matched=f"{name}:{value:.1f}",
            )


def _title_blocks(ctx: CheckContext) -> list[Block]:
    """The blocks the title is printed on: the evidence block and the lines that continue it."""
    ev = evidence(ctx, "title")
    title = compact(ctx.fields.title or "")
    first = block_at(ctx, ev.block if ev else None)
    if first is None or not title or ctx.document is None:
        return []
    picked, joined = [], ""
    for block in ctx.document.blocks[ctx.document.blocks.index(first) :][:4]:
        joined += compact(block.text)
        if not title.startswith(title_key(joined)) and not title.startswith(joined):
            break
        picked.append(block)
    return picked or [first]


def _body_blocks(ctx: CheckContext) -> list[Block]:
    """正文 paragraphs: after the 主送 (or title) and before the 附件说明 / 署名 / date; headings of the
    first two levels (黑体, 楷体) and 第X条 lines left out."""
    if ctx.document is None or ctx.metadata is None:
        return []
    recipients, number = evidence(ctx, "recipients"), evidence(ctx, "doc_number")
    titled = _title_blocks(ctx)
    if recipients is not None and recipients.block is not None:
        start = recipients.block
    elif titled:
        start = titled[-1].index
    else:
        start = number.block if number is not None and number.block is not None else -1
    ends = [
        e.block for k in ("attachments", "issuers", "date") if (e := evidence(ctx, k)) and e.block is not None
    ]
    end = min((e for e in ends if e > start), default=None)
    structure = ctx.metadata.structure
    skip = {h.block for h in structure.outline if h.level <= 2} | {c.block for c in structure.clauses}
    return [b for b in ctx.document.body
            if b.kind is BlockKind.PARAGRAPH and start < b.index and (end is None or b.index < end)
            and b.index not in skip and len(compact(b.text)) >= 2]  # fmt: skip


@rule(
    "GB-08-body-type",
    Severity.WARN,
    citation=f"{GB} §5.2.2（各要素一般用3号仿宋体字）、§7.3.3（正文）",
    title="正文3号仿宋",
    fix="正文字体设为仿宋（或本地采用的仿宋_GB2312），字号三号（16磅）。",
    fix_en="Set the body text in FangSong (or FangSong_GB2312 where that is the local choice), at 16 pt.",
    kinds=[Kind.POLICY],
)
def body_type(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    if not _styled_docx(ctx):
        return
    body = _body_blocks(ctx)
    accepted = {f.strip().casefold() for f in settings.body_fonts}
    fonts = Counter(b.style.font.strip() for b in body if b.style.font)
    if fonts:
        font, count = fonts.most_common(1)[0]
        if font.casefold() not in accepted:
            first = next(b for b in body if b.style.font and b.style.font.strip() == font)
            yield Hit(
                f"正文字体为“{font}”（{count}/{sum(fonts.values())}段），应为仿宋类字体：{'、'.join(settings.body_fonts)}",
                f"The body text is set in {font}; a FangSong font is expected.",
                located(first), matched=f"font:{font}",
            )  # fmt: skip
    sizes = Counter(b.style.size for b in body if b.style.size)
    if sizes:
        size, count = sizes.most_common(1)[0]
        if abs(size - settings.body_size_pt) > 0.25:
            first = next(b for b in body if b.style.size == size)
            yield Hit(
                f"正文字号为{_size_name(size)}（{count}/{sum(sizes.values())}段），应为{_size_name(settings.body_size_pt)}",
                f"The body text is {size:g} pt; {settings.body_size_pt:g} pt is expected.",
                located(first), matched=f"size:{size:g}",
            )  # fmt: skip


@rule(
    "GB-09-title-size",
    Severity.WARN,
    citation=f"{GB} §7.3.1（标题一般用2号小标宋体字）",
    title="标题2号字",
    fix="标题字号设为二号（22磅），字体宜用小标宋。",
    fix_en="Set the title at 22 pt, preferably in a XiaoBiaoSong font.",
    kinds=[Kind.POLICY],
)
def title_size(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    if not _styled_docx(ctx):
        return
    for block in _title_blocks(ctx):
        size = block.style.size
        if size and abs(size - settings.title_size_pt) > 0.25:
            yield Hit(
                f"标题字号为{_size_name(size)}，应为{_size_name(settings.title_size_pt)}",
                f"The title is {size:g} pt; {settings.title_size_pt:g} pt is expected.",
                located(block, "title"), matched=f"size:{size:g}",
            )  # fmt: skip
            return
