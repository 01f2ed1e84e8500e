"""OFD reader (GB/T 33190-2016): text objects of every page, laid out by ``layout`` like a PDF.

The package is a zip: OFD.xml → DocBody/DocRoot → Document.xml, whose CommonData gives the page
box (PageArea/PhysicalBox), the resource files (PublicRes, DocumentRes: Fonts with FontName and
FamilyName) and the page templates (TemplatePage), and whose Pages list each page's Content.xml
(BaseLoc, relative to the referencing file's folder or absolute from the zip root). A page's
Layers hold TextObjects: Boundary "x y w h", Font (an ID), Size, optional CTM, FillColor
"r g b", Weight; each TextCode has X/Y (relative to the boundary, Y on the baseline) and
DeltaX/DeltaY, where "g 3 4.5" stands for three steps of 4.5. All lengths are mm, turned into
points here. Characters are cut into runs where their spacing breaks, so a line written as
several TextObjects (or one per character, as some converters do) joins up again in ``layout``.
Template text counts too, as HEADER/FOOTER when it sits in the margins.

Every member is read through ``safety`` (zip bomb and path checks, XML without entities); a
hostile package is refused, a damaged one reported as corrupt, never a traceback.
"""

from __future__ import annotations

import math
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from extractors import messages
from extractors.layout import PageRuns, Run, build_blocks, char_class
from extractors.safety import UnsafeArchive, check_zip, parse_xml, read_member
from policy.document import ParsedDocument
from policy.extraction import ReadResult
from policy.problems import Problem, Status

FORMAT = "ofd"
EXTENSIONS: tuple[str, ...] = (".ofd",)

PT_PER_MM = 72 / 25.4
MIN_CHARS_PER_PAGE = 10
A4_MM = (0.0, 0.0, 210.0, 297.0)
_BOLD_NAME = re.compile(r"bold|heavy|black|黑", re.IGNORECASE)


class _Broken(Exception):
    """The package is damaged: a required member is missing or unusable."""


@dataclass(frozen=True, slots=True)
class _Font:
    name: str | None
    bold: bool


def sniff(head: bytes, path: Path) -> bool:
    if not head.startswith(b"PK\x03\x04"):
        return False
    if (
        head[26:28] == b"\x07\x00" and head[30:37] == b"OFD.xml"
    ):  # the first member, as writers usually put it
        return True
    try:
        with zipfile.ZipFile(path) as zf:
            return any(name in ("OFD.xml", "/OFD.xml") for name in zf.namelist())
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def _local(el: etree._Element) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(el: etree._Element, name: str) -> etree._Element | None:
    return next((c for c in el if _local(c) == name), None)


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el if _local(c) == name]


def _descendants(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el.iter() if _local(c) == name]


def _text(el: etree._Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def _floats(value: str | None, count: int) -> tuple[float, ...] | None:
    try:
        numbers = tuple(float(v) for v in (value or "").split())
    except ValueError:
        return None
    return numbers if len(numbers) >= count and all(math.isfinite(v) for v in numbers) else None


def _float(value: str | None) -> float | None:
    numbers = _floats(value, 1)
    return numbers[0] if numbers else None


def deltas(value: str | None, limit: int = 100_000) -> list[float]:
    """DeltaX/DeltaY: numbers, where 'g N d' stands for N steps of d; at most ``limit`` of them.

    Unreadable parts end the list (the remaining characters are placed by estimated advances).
    """
    tokens = (value or "").split()
    out: list[float] = []
    i = 0
    try:
        while i < len(tokens) and len(out) < limit:
            if tokens[i] == "g":
                count = min(int(tokens[i + 1]), limit - len(out))
                out.extend([float(tokens[i + 2])] * max(count, 0))
                i += 3
            else:
                out.append(float(tokens[i]))
                i += 1
    except (ValueError, IndexError):
        pass
    return out


def _advance(ch: str, size: float) -> float:
    """An estimate of a glyph's advance: OFD gives positions, not widths."""
    return size / 2 if char_class(ch) in ("latin", "digit") or (ch.isascii() and ch != " ") else size


class _Package:
    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.names = {n.replace("\\", "/"): n for n in zf.namelist()}
        self.lower = {n.lower(): n for n in self.names}

    def resolve(self, base_dir: str, loc: str) -> str | None:
        """The member a BaseLoc names: absolute from the root, or relative to ``base_dir`` (or the root)."""
        loc = loc.strip().replace("\\", "/")
        if not loc:
            return None
        candidates = [loc.lstrip("/")] if loc.startswith("/") else [posixpath.join(base_dir, loc), loc]
        for candidate in candidates:
            normal = posixpath.normpath(candidate)
            if normal == ".." or normal.startswith("../"):
                raise UnsafeArchive(f"路径越界：{loc}")
            if normal in self.names:
                return self.names[normal]
            if normal.lower() in self.lower:
                return self.names[self.lower[normal.lower()]]
        return None

    def xml(self, member: str) -> etree._Element:
        return parse_xml(read_member(self.zf, member))

    def required(self, base_dir: str, loc: str, what: str) -> tuple[str, etree._Element]:
        member = self.resolve(base_dir, loc)
        if member is None:
            raise _Broken(f"缺少{what}")
        return member, self.xml(member)


class _Reader:
    def __init__(self, package: _Package) -> None:
        self.pkg = package
        self.fonts: dict[str, _Font] = {}
        self.templates: dict[str, str] = {}  # template ID → member
        self.template_runs: dict[str, list[Run]] = {}
        self.box = A4_MM
        self.real_chars = 0

    def load_res(self, base_dir: str, loc: str) -> None:
        member = self.pkg.resolve(base_dir, loc)
        if member is None:
            return  # a missing or broken resource file costs font names, not the text
        try:
            res = self.pkg.xml(member)
        except UnsafeArchive as exc:
            if isinstance(exc.__cause__, etree.XMLSyntaxError):
                return
            raise
        for font in _descendants(res, "Font"):
            name = font.get("FontName") or font.get("FamilyName")
            bold = font.get("Bold") == "true" or bool(name and _BOLD_NAME.search(name))
            self.fonts[font.get("ID", "")] = _Font(name, bold)

    def document(self) -> list[tuple[str, str]]:
        """Read OFD.xml and Document.xml; return the (page ID, member) of every page in order."""
        _, root = self.pkg.required("", "OFD.xml", " OFD.xml")
        roots = [_text(_child(body, "DocRoot")) for body in _children(root, "DocBody")]
        doc_member, doc = self.pkg.required("", next((r for r in roots if r), ""), " Document.xml")
        doc_dir = posixpath.dirname(doc_member)
        common = _child(doc, "CommonData")
        if common is not None:
            area = _child(common, "PageArea")
            self.box = self._box(area) or A4_MM
            for el in common:
                if _local(el) in ("PublicRes", "DocumentRes"):
                    self.load_res(doc_dir, _text(el))
                elif _local(el) == "TemplatePage":
                    member = self.pkg.resolve(doc_dir, el.get("BaseLoc", ""))
                    if member:
                        self.templates[el.get("ID", "")] = member
        pages_el = _child(doc, "Pages")
        pages: list[tuple[str, str]] = []
        for page in _descendants(pages_el, "Page") if pages_el is not None else []:
            member = self.pkg.resolve(doc_dir, page.get("BaseLoc", ""))
            pages.append((page.get("ID", ""), member or ""))
        return pages

    @staticmethod
    def _box(area: etree._Element | None) -> tuple[float, ...] | None:
        if area is None:
            return None
        el = _child(area, "PhysicalBox")
        box = _floats(_text(el if el is not None else _child(area, "ApplicationBox")), 4)
        return box if box and box[2] > 0 and box[3] > 0 else None

    def page(self, number: int, member: str) -> PageRuns:
        if not member:
            raise _Broken(f"第 {number} 页缺少内容")
        content = self.pkg.xml(member)
        page_dir = posixpath.dirname(member)
        for res in _children(content, "PageRes"):
            self.load_res(page_dir, _text(res))
        box = self._box(_child(content, "Area")) or self.box
        runs: list[Run] = []
        for template in _children(content, "Template"):
            runs += self._template(template.get("TemplateID", ""), box)
        body = _child(content, "Content")
        if body is not None:
            runs += self._runs(body, box, furniture=False)
        self.real_chars += sum(len(r.text.replace(" ", "").replace("\u3000", "")) for r in runs)
        return PageRuns(number, box[2] * PT_PER_MM, box[3] * PT_PER_MM, runs)

    def _template(self, template_id: str, box: tuple[float, ...]) -> list[Run]:
        if template_id not in self.template_runs:
            member = self.templates.get(template_id)
            runs: list[Run] = []
            if member:
                content = _child(self.pkg.xml(member), "Content")
                runs = self._runs(content, box, furniture=True) if content is not None else []
            self.template_runs[template_id] = runs
        return self.template_runs[template_id]

    def _runs(self, content: etree._Element, box: tuple[float, ...], furniture: bool) -> list[Run]:
        """Runs of the page's text, joined across TextObjects: writers split one line into many."""
        chars: list[_Char] = []
        for obj in _descendants(content, "TextObject"):
            chars += self._object_chars(obj, box)
        return [_make_run(piece, furniture) for piece in _pieces(chars)]

    def _object_chars(self, obj: etree._Element, box: tuple[float, ...]) -> list[_Char]:
        boundary = _floats(obj.get("Boundary"), 4) or (0.0, 0.0, 0.0, 0.0)
        a, b, c, d, e, f = _floats(obj.get("CTM"), 6) or (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        scale = math.sqrt(abs(a * d - b * c)) or 1.0
        size = (_float(obj.get("Size")) or 3.5) * scale
        font = self.fonts.get(obj.get("Font", ""), _Font(None, False))
        weight = _float(obj.get("Weight")) or 400
        style = _Style(size, font.name, font.bold or weight >= 600, _color(_child(obj, "FillColor")))
        ox, oy = boundary[0] - box[0], boundary[1] - box[1]
        chars: list[_Char] = []
        cx = cy = 0.0
        for code in _children(obj, "TextCode"):
            x, y = _float(code.get("X")), _float(code.get("Y"))
            cx = x if x is not None else cx
            cy = y if y is not None else cy
            text = code.text or ""
            dx, dy = deltas(code.get("DeltaX"), len(text)), deltas(code.get("DeltaY"), len(text))
            for i, ch in enumerate(text):
                chars.append(_Char(ch, ox + a * cx + c * cy + e, oy + b * cx + d * cy + f, style))
                cx += dx[i] if i < len(dx) else _advance(ch, size / scale)
                cy += dy[i] if i < len(dy) else 0.0
        return chars


@dataclass(frozen=True, slots=True)
class _Style:
    size: float  # mm
    font: str | None
    bold: bool
    color: str | None


@dataclass(frozen=True, slots=True)
class _Char:
    ch: str
    x: float  # mm from the page box's left
    y: float  # baseline, mm from the page box's top
    style: _Style


def _pieces(chars: list[_Char]) -> list[list[_Char]]:
    """Cut characters where the style changes, the baseline moves or the spacing jumps."""
    pieces: list[list[_Char]] = []
    current: list[_Char] = []
    for item in chars:
        if current:
            prev = current[-1]
            size = prev.style.size
            gap = item.x - (prev.x + _advance(prev.ch, size))
            if (
                item.style != prev.style
                or abs(item.y - prev.y) > 0.2 * size
                or not -0.6 * size <= gap <= 0.3 * size
            ):
                pieces.append(current)
                current = []
        current.append(item)
    if current:
        pieces.append(current)
    return pieces


def _make_run(piece: list[_Char], furniture: bool) -> Run:
    """A run in points; the box spans the em square around the baseline (ascent 0.88, descent 0.12)."""
    text = "".join(c.ch for c in piece)
    first, last = piece[0], piece[-1]
    style, k = first.style, PT_PER_MM
    return Run(
        text.strip() or text,
        x0=first.x * k,
        top=(first.y - 0.88 * style.size) * k,
        x1=(last.x + _advance(last.ch, style.size)) * k,
        bottom=(first.y + 0.12 * style.size) * k,
        size=round(style.size * k, 2),
        font=style.font,
        bold=style.bold,
        color=style.color,
        furniture=furniture,
    )


def _color(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    rgb = _floats(el.get("Value"), 3)
    if not rgb or not any(rgb[:3]):
        return None
    return "".join(f"{max(0, min(255, int(v))):02X}" for v in rgb[:3])


def read(path: Path) -> ReadResult:
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            check_zip(zf)
            return _read(_Package(zf), path)
    except UnsafeArchive as exc:
        if isinstance(exc.__cause__, etree.XMLSyntaxError):
            return ReadResult.failed(messages.corrupt(name, "XML 格式错误"))
        return ReadResult.failed(messages.hostile(name, str(exc)))
    except _Broken as exc:
        return ReadResult.failed(messages.corrupt(name, str(exc)))
    except FileNotFoundError:
        return ReadResult.failed(messages.not_found(name))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, NotImplementedError, OSError):
        return ReadResult.failed(messages.corrupt(name))


def _read(package: _Package, path: Path) -> ReadResult:
    name = path.name
    reader = _Reader(package)
    page_members = reader.document()
    if not page_members:
        raise _Broken("没有页面")
    pages: list[PageRuns] = []
    failed: list[int] = []
    for number, (_page_id, member) in enumerate(page_members, start=1):
        try:
            pages.append(reader.page(number, member))
        except _Broken:
            failed.append(number)
        except UnsafeArchive as exc:
            if not isinstance(exc.__cause__, etree.XMLSyntaxError):
                raise
            failed.append(number)
        except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError):
            failed.append(number)
    if not pages:
        raise _Broken("没有可读的页面")
    problems: list[Problem] = []
    if failed:
        problems.append(messages.corrupt(name, f"第 {', '.join(map(str, failed))} 页无法读取"))
    first = pages[0]
    document = ParsedDocument(
        str(path),
        FORMAT,
        build_blocks(pages),
        page_count=len(page_members),
        page_size=(round(first.width, 1), round(first.height, 1)),
    )
    if reader.real_chars < MIN_CHARS_PER_PAGE * len(pages):
        return ReadResult(Status.NO_TEXT_LAYER, document, (messages.no_text_layer(name), *problems))
    return ReadResult(Status.PARTIAL if problems else Status.OK, document, tuple(problems))
