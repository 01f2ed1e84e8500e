"""Reader for Word 2007+ files (.docx, .docm, .dotx, .dotm): one pass of lxml over the zip's XML parts.

Why not python-docx here: ``Document.paragraphs`` skips tables, text boxes and content controls, and
building its object model (plus its style proxies) costs several times more than walking the element
tree once; a 10-page file must read in well under 50 ms. python-docx is only used to build test files.

Blocks come in document order: body paragraphs, table-cell paragraphs (nested tables get their own
table number), text-box paragraphs (``mc:Choice`` only; the VML ``mc:Fallback`` copy is ignored) where
the box is anchored — before the anchoring paragraph's text when the box is placed on the page rather
than in the text flow — then header and footer paragraphs; paragraphs without text give no block. Deleted, hidden and
field-instruction text is left out; text is stripped at both ends (indents are in the style).
Style facts are resolved direct run props → run style → paragraph style chain → ``w:docDefaults``
(table styles and numbering indents are not applied). Pages come only from break markers: Word's
``w:lastRenderedPageBreak`` when present, else hard breaks (page breaks, ``pageBreakBefore``,
next-page section breaks), which give a lower bound; a file with no markers has no page numbers.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from extractors import messages, safety
from extractors.docx_styles import Styles, indent, on, pprops, rprops, to_int
from policy.document import Align, Block, BlockKind, ParsedDocument, Style
from policy.extraction import ReadResult
from policy.problems import Problem, Status

FORMAT = "docx"
EXTENSIONS = (".docx", ".docm", ".dotx", ".dotm")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
P, R, T, TBL, TR, TC, PPR, RPR = (_W + t for t in ("p", "r", "t", "tbl", "tr", "tc", "pPr", "rPr"))
SECTPR, VAL, TYPE = _W + "sectPr", _W + "val", _W + "type"
_ALT, _CHOICE, _FALLBACK = _MC + "AlternateContent", _MC + "Choice", _MC + "Fallback"
_TXBX = _W + "txbxContent"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_ANCHOR, _POSITION_V, _V_SHAPE = _WP + "anchor", _WP + "positionV", "{urn:schemas-microsoft-com:vml}shape"
_PAGE_FRAMES = ("page", "margin", "topMargin", "bottomMargin", "insideMargin", "outsideMargin")
# Containers whose children are walked like their parent's (paragraph level and run level).
_BLOCK_WRAPPERS = {_W + t for t in ("sdt", "sdtContent", "customXml", "ins", "moveTo")}
_RUN_WRAPPERS = _BLOCK_WRAPPERS | {_W + t for t in ("hyperlink", "smartTag", "fldSimple", "dir", "bdo")}
_GRAPHICS = {_W + "drawing", _W + "pict", _W + "object"}
_TAB, _BR, _CR = _W + "tab", _W + "br", _W + "cr"
_CHAR_TEXT = {_W + "ptab": "\t", _W + "noBreakHyphen": "-", _W + "softHyphen": ""}
_RENDERED_BREAK, _VANISH, _RSTYLE = _W + "lastRenderedPageBreak", _W + "vanish", _W + "rStyle"
_INDENTS = ("first", "left", "right")
_STYLE_KEYS = ("eastAsia", "ascii", "hAnsi", "sz", "b", "color")
Cell = tuple[int, int, int] | None
_ALIGN = dict(left=Align.LEFT, start=Align.LEFT, center=Align.CENTER, right=Align.RIGHT, end=Align.RIGHT)
_JUSTIFY = {"both", "distribute", "thaiDistribute", "highKashida", "mediumKashida", "lowKashida"}
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError, KeyError)
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_MAX_DEPTH = 40  # tables in tables in text boxes...: deeper content is ignored


def sniff(head: bytes, path: Path) -> bool:
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(path) as zf:
            zf.getinfo("word/document.xml")
    except Exception:  # a sniffer answers yes or no, whatever the file holds
        return False
    return True


def read(path: Path) -> ReadResult:
    name = path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return ReadResult.failed(messages.not_found(name))
    if head.startswith(_OLE_MAGIC):
        # A password-protected .docx is an OLE2 file; an unprotected OLE2 file is a .doc in disguise.
        from extractors import legacy  # imported here: legacy imports this module

        return legacy.read(path)
    try:
        with zipfile.ZipFile(path) as zf:
            safety.check_zip(zf)
            return _Reader(zf, path).run()
    except safety.UnsafeArchive as exc:
        if isinstance(exc.__cause__, etree.XMLSyntaxError):
            return ReadResult.failed(messages.corrupt(name, str(exc)))
        return ReadResult.failed(messages.hostile(name, str(exc)))
    except _ZIP_ERRORS:
        return ReadResult.failed(messages.corrupt(name))


class _Reader:
    def __init__(self, zf: zipfile.ZipFile, path: Path) -> None:
        self.zf, self.path = zf, path
        self.names = set(zf.namelist())
        self.problems: list[Problem] = []
        # pending blocks: text, kind, style, rendered page, hard page, cell
        self.out: list[tuple[str, BlockKind, Style, int, int, Cell]] = []
        self.tables = -1
        self.rendered = self.hard = 1
        self.paging = True  # False inside text boxes, headers and footers
        self.graphics = False
        self.fresh = True  # nothing on the current (hard-break) page yet
        self.next_section: dict[etree._Element, str | None] = {}  # sectPr -> type of the next section
        self.styles = Styles(None, None)
        self._style_cache: dict[tuple[Any, ...], Style] = {}

    # -- package -------------------------------------------------------------------------------
    def _xml(self, part: str, required: bool = False) -> etree._Element | None:
        if part not in self.names:
            return None
        data = safety.read_member(self.zf, part)
        try:
            return safety.parse_xml(data)
        except safety.UnsafeArchive as exc:
            if required or not isinstance(exc.__cause__, etree.XMLSyntaxError):
                raise
            self.problems.append(messages.corrupt(self.path.name, f"{part}: {exc}"))
            return None

    def _rels(self, part: str) -> list[tuple[str, str, str]]:
        """(id, type suffix, target part) of a part's internal relationships, in file order."""
        folder, base = posixpath.split(part)
        root = self._xml(posixpath.join(folder, "_rels", base + ".rels"))
        rels = []
        for rel in root.iter(_PKG_REL) if root is not None else ():
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External" or not target:
                continue
            full = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            rels.append((rel.get("Id") or "", kind, posixpath.normpath(full)))
        return rels

    def run(self) -> ReadResult:
        name = self.path.name
        main = next((t for _, kind, t in self._rels("") if kind == "officeDocument"), "word/document.xml")
        if main not in self.names:
            main = "word/document.xml"
        document = self._xml(main, required=True)
        body = document.find(_W + "body") if document is not None else None
        if body is None:
            return ReadResult.failed(messages.corrupt(name, "缺少正文 word/document.xml"))
        rels = self._rels(main)
        by_kind = {kind: target for _, kind, target in reversed(rels)}
        theme = self._xml(by_kind["theme"]) if "theme" in by_kind else None
        styles = by_kind.get("styles", "word/styles.xml")
        self.styles = Styles(self._xml(styles), theme)

        sections = [s for s in body.iter(SECTPR) if s.getparent().tag != _W + "sectPrChange"]
        for here, after in zip(sections, sections[1:], strict=False):
            kind = after.find(_W + "type")
            self.next_section[here] = kind.get(VAL) if kind is not None else None
        self._container(body, BlockKind.PARAGRAPH, None, 0)

        body_text = len(self.out) > 0
        self.paging = False
        by_id = {rid: target for rid, _, target in rels}
        for part_kind, block_kind in (("header", BlockKind.HEADER), ("footer", BlockKind.FOOTER)):
            refs = [
                by_id.get(ref.get(_R_ID) or "")
                for s in sections
                for ref in s.iter(f"{_W}{part_kind}Reference")
            ]
            parts = [p for p in refs if p] or [t for _, kind, t in rels if kind == part_kind]
            for part in dict.fromkeys(parts):
                root = self._xml(part)
                if root is not None:
                    self._container(root, block_kind, None, 0)

        rendered = self.rendered > 1  # Word's own pagination, when it saved one, beats counting breaks
        count = (self.rendered if rendered else self.hard) if rendered or self.hard > 1 else None
        blocks = tuple(
            Block(i, text, kind, style, (pr if rendered else ph) if count and kind in _PAGED else None, cell)
            for i, (text, kind, style, pr, ph, cell) in enumerate(self.out)
        )
        size = _page_size(sections[0]) if sections else None
        doc = ParsedDocument(str(self.path), FORMAT, blocks, count, size)
        if not body_text and self.graphics:
            return ReadResult(Status.NO_TEXT_LAYER, doc, (messages.no_text_layer(name), *self.problems))
        return ReadResult(Status.PARTIAL if self.problems else Status.OK, doc, tuple(self.problems))

    # -- structure -----------------------------------------------------------------------------
    def _container(self, el: etree._Element, kind: BlockKind, cell: Cell, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        for child in el:
            tag = child.tag
            if tag == P:
                self._paragraph(child, kind, cell, depth)
            elif tag == TBL:
                self._table(child, kind, depth)
            elif tag in _BLOCK_WRAPPERS:
                self._container(child, kind, cell, depth + 1)
            elif tag == _ALT:
                choice = child.find(_CHOICE)
                if choice is not None:
                    self._container(choice, kind, cell, depth + 1)

    def _table(self, tbl: etree._Element, kind: BlockKind, depth: int) -> None:
        self.tables += 1
        number = self.tables
        cell_kind = BlockKind.TABLE_CELL if kind in (BlockKind.PARAGRAPH, BlockKind.TEXT_BOX) else kind
        for row, tr in enumerate(_children(tbl, TR)):
            before = tr.find(f"{_W}trPr/{_W}gridBefore")
            col = (to_int(before.get(VAL)) or 0) if before is not None else 0
            for tc in _children(tr, TC):
                self._container(tc, cell_kind, (number, row, col), depth + 1)
                span = tc.find(f"{_W}tcPr/{_W}gridSpan")
                col += max(to_int(span.get(VAL)) or 1, 1) if span is not None else 1

    def _paragraph(self, p: etree._Element, kind: BlockKind, cell: Cell, depth: int) -> None:
        direct = pprops(p.find(PPR))
        sect = direct.pop("sect", None)
        para_r, para_p = self.styles.para(direct.pop("style", None))
        props = {**para_p, **direct} if direct else para_p
        if props.get("pbb") and self.paging and not self.fresh:
            self._new_page()
        parts: list[str] = []
        first: dict[str, Any] | None = None
        pages = (self.rendered, self.hard)
        boxes: list[tuple[bool, etree._Element]] = []
        for run in _runs(p):
            rpr = run.find(RPR)
            char: dict[str, Any] = {}
            hidden = None
            for c in () if rpr is None else rpr:
                if c.tag == _VANISH:
                    hidden = on(c)
                elif c.tag == _RSTYLE:
                    char = self.styles.char(c.get(VAL) or "")
            if hidden if hidden is not None else char.get("vanish", para_r.get("vanish")):
                continue
            for c in run:
                tag = c.tag
                text = None
                if tag == T:
                    text = c.text
                elif tag == _TAB:
                    text = "\t"
                elif tag in (_BR, _CR):
                    text = "\n"
                    if tag == _BR and c.get(TYPE) == "page" and self.paging:
                        self._new_page()
                elif tag == _RENDERED_BREAK:
                    self.rendered += self.paging
                elif tag in _CHAR_TEXT:
                    text = _CHAR_TEXT[tag]
                elif tag in _GRAPHICS or tag == _ALT:
                    self.graphics = self.graphics or self.paging
                    boxes.extend((first is None or placed, box) for box, placed in _text_boxes(c))
                if text:
                    if first is None and not text.isspace():
                        first = {**para_r, **char, **rprops(rpr)}
                        pages = (self.rendered, self.hard)
                    parts.append(text)
        box_kind = BlockKind.TEXT_BOX if kind in (BlockKind.PARAGRAPH, BlockKind.TABLE_CELL) else kind
        if boxes:
            self._boxes([b for before, b in boxes if before], box_kind, depth)
        text = "".join(parts).strip()  # as the PDF reader gives it: indentation is in the style
        if text:
            self.out.append((text, kind, self._style(first or para_r, props), *pages, cell))
            self.fresh = self.fresh and not self.paging
        if boxes:
            self._boxes([b for before, b in boxes if not before], box_kind, depth)
        if sect is not None and self.paging and self.next_section.get(sect) not in _SAME_PAGE:
            self._new_page()

    def _new_page(self) -> None:
        self.hard += 1
        self.fresh = True

    def _boxes(self, boxes: list[etree._Element], kind: BlockKind, depth: int) -> None:
        paging, self.paging = self.paging, False
        for box in boxes:
            self._container(box, kind, None, depth + 1)
        self.paging = paging

    def _style(self, r: dict[str, Any], p: dict[str, Any]) -> Style:
        size, jc = r.get("sz"), p.get("jc") or "left"
        key = (*map(r.get, _STYLE_KEYS), jc, *map(p.get, _INDENTS))
        if key not in self._style_cache:
            color = (r.get("color") or "").upper()
            first, left, right = (indent(p.get(slot), size or 10.5) for slot in _INDENTS)
            self._style_cache[key] = Style(
                font=self.styles.font(r),
                size=size,
                bold=bool(r.get("b")),
                color=color if len(color) == 6 and color != "000000" and _is_hex(color) else None,
                align=Align.JUSTIFY if jc in _JUSTIFY else _ALIGN.get(jc, Align.LEFT),
                indent_first=first,
                indent_left=left,
                indent_right=right,
            )
        return self._style_cache[key]


_PAGED = (BlockKind.PARAGRAPH, BlockKind.TABLE_CELL, BlockKind.TEXT_BOX)
_SAME_PAGE = ("continuous", "nextColumn")  # section starts that do not begin a new page


def _is_hex(value: str) -> bool:
    return all(ch in "0123456789ABCDEF" for ch in value)


def _children(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with ``tag``, looking through content controls and custom XML wrappers."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in _BLOCK_WRAPPERS:
            yield from _children(child, tag)


def _runs(el: etree._Element) -> Iterator[etree._Element]:
    """Runs of a paragraph in order; deleted and moved-away runs are not visited."""
    for child in el:
        tag = child.tag
        if tag == R:
            yield child
        elif tag in _RUN_WRAPPERS:
            yield from _runs(child)
        elif tag == _ALT:
            choice = child.find(_CHOICE)
            if choice is not None:
                yield from _runs(choice)


def _text_boxes(el: etree._Element, placed: bool = False) -> Iterator[tuple[etree._Element, bool]]:
    """``w:txbxContent`` under a drawing, not descending into ``mc:Fallback`` copies; with each, whether
    its shape is placed on the page (a floating shape positioned from the page or margin), not in the
    text flow. Such a box is read before the text of the paragraph that anchors it: Word and
    LibreOffice anchor a page-positioned box (a 版头 drawn in a text box) to whichever paragraph was
    near, often the title, and the box stands above it."""
    for child in el:
        tag = child.tag
        if tag == _TXBX:
            yield child, placed
        elif tag == _ALT:
            choice = child.find(_CHOICE)
            if choice is not None:
                yield from _text_boxes(choice, placed)
        elif tag == _ANCHOR:
            position = child.find(_POSITION_V)
            page = position is not None and position.get("relativeFrom") in _PAGE_FRAMES
            yield from _text_boxes(child, placed or page)
        elif tag == _V_SHAPE and "position:absolute" in (child.get("style") or "").replace(" ", ""):
            style = (child.get("style") or "").replace(" ", "")
            yield from _text_boxes(
                child, placed or any(f"vertical-relative:{f}" in style for f in _PAGE_FRAMES)
            )
        elif tag != _FALLBACK and isinstance(tag, str):
            yield from _text_boxes(child, placed)


def _page_size(sect: etree._Element) -> tuple[float, float] | None:
    size = sect.find(_W + "pgSz")
    if size is None:
        return None
    w, h = to_int(size.get(_W + "w")), to_int(size.get(_W + "h"))
    return (w / 20, h / 20) if w and h else None
