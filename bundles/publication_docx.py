"""The clean-up of a .docx's parts for the publication copy, one part at a time (``bundles.publication``
owns the package: which parts, relationships, the zip).

Tracked changes are resolved as Word's "accept all" / "reject all" would: insertions unwrapped or
removed, deletions removed or restored (``w:delText`` back to ``w:t``), a deleted paragraph mark
joins its paragraph to the next, a deleted table row or cell goes, and a formatting change either
keeps the new properties or puts the recorded old ones back. Hidden text is what Word hides when
hidden text is not shown: a run is hidden by its own ``w:vanish``, else its character style's, else
its paragraph style's (the reader's resolution, ``extractors.docx_styles``); a hidden paragraph mark
joins the paragraph to the next one, as Word shows it. A hidden run that holds a field character
keeps it (without its text), so that fields stay balanced. A photo's GPS position (the place it
was taken, which the check WJ-05 reports) is zeroed inside its EXIF block, in place: orientation
and the image data are untouched, so the picture renders exactly as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from extractors.docx_styles import Styles, on

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
P, R, T, PPR, RPR, TR, TC, TBL = (W + t for t in ("p", "r", "t", "pPr", "rPr", "tr", "tc", "tbl"))
INS, DEL, MOVE_FROM, MOVE_TO, VAL = (W + t for t in ("ins", "del", "moveFrom", "moveTo", "val"))
_SECTPR, _TRPR, _VANISH, _RSTYLE, _PSTYLE = (W + t for t in ("sectPr", "trPr", "vanish", "rStyle", "pStyle"))
_FLDCHAR, _INSTR = W + "fldChar", W + "instrText"
# formatting changes: (properties kept when refusing, whether they come before the restored ones)
_PR_CHANGES = {
    W + "rPrChange": (frozenset({INS, DEL, MOVE_FROM, MOVE_TO}), True),
    W + "pPrChange": (frozenset({RPR, _SECTPR}), False),
    W + "sectPrChange": (frozenset({W + "headerReference", W + "footerReference"}), True),
    W + "tblPrChange": (frozenset(), False),
    W + "tblPrExChange": (frozenset(), False),
    W + "trPrChange": (frozenset({INS, DEL}), False),
    W + "tcPrChange": (frozenset(), False),
    W + "tblGridChange": (frozenset(), False),
}
_MARKERS = tuple(
    W + t
    for t in ("numberingChange", "cellMerge", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
              "moveToRangeEnd", "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart",
              "customXmlDelRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd",
              "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd")
)  # fmt: skip
_UNSEEN = {RPR, W + "lastRenderedPageBreak", W + "proofErr", W + "bookmarkStart", W + "bookmarkEnd"}
_PERSONAL_ATTRS = {W + "author", W + "initials"}
_CORE = (
    (_DC + "creator", "作者"),
    (_CP + "lastModifiedBy", "最后修改者"),
    (_CP + "revision", "修订号"),
    (_CP + "lastPrinted", "打印时间"),
    (_DCTERMS + "created", "创建时间"),
    (_DCTERMS + "modified", "修改时间"),
    (_DC + "description", "备注"),
)
_APP = (
    (_EP + "Company", "单位"),
    (_EP + "Manager", "经理"),
    (_EP + "Template", "模板"),
    (_EP + "TotalTime", "编辑时长"),
)


@dataclass(slots=True)
class Counts:
    insertions: int = 0
    deletions: int = 0
    moves: int = 0
    format_changes: int = 0
    hidden_runs: int = 0
    located_images: int = 0
    comment_ids: set[str] = field(default_factory=set)
    properties: list[str] = field(default_factory=list)

    @property
    def comments(self) -> int:
        return len(self.comment_ids)


# -- tracked changes ---------------------------------------------------------------------------


def tracked_changes(root: etree._Element, accept: bool, counts: Counts) -> None:
    """Resolve every revision in the part: ``accept`` as Word's "accept all", else "reject all"."""
    for change in list(root.iter(*_PR_CHANGES)):
        counts.format_changes += 1
        if not accept:
            _restore_properties(change)
        _remove(change)
    for marker in list(root.iter(*_MARKERS)):
        _remove(marker)
    for el in list(root.iter(INS, DEL, MOVE_FROM, MOVE_TO, W + "cellIns", W + "cellDel")):
        tag = el.tag
        counts.insertions += tag in (INS, W + "cellIns")
        counts.deletions += tag in (DEL, W + "cellDel")
        counts.moves += tag == MOVE_TO
        kept = (tag in (INS, MOVE_TO, W + "cellIns")) == accept
        parent = el.getparent()
        if parent is None:
            continue  # inside content an earlier revision already removed
        grand = parent.getparent()
        if tag in (W + "cellIns", W + "cellDel"):
            _remove(el if kept else grand)  # tcPr -> tc
        elif parent.tag == RPR and grand is not None and grand.tag == PPR:  # a paragraph mark
            _remove(el)
            if not kept:
                join_next(grand.getparent())
        elif parent.tag == _TRPR:
            if kept:
                _remove(el)
            else:
                _remove_row(grand)
        elif parent.tag.endswith("Pr"):  # a mark on some other property set (math control...)
            _remove(el)
        elif kept:
            for old, new in ((W + "delText", T), (W + "delInstrText", _INSTR)):
                for text in el.iter(old):
                    text.tag = new
            _unwrap(el)
        else:
            _remove(el)
    if accept:
        for stray in list(root.iter(W + "delText", W + "delInstrText")):
            _remove(stray)


def _restore_properties(change: etree._Element) -> None:
    """Put the recorded old properties back in place of the current ones."""
    parent = change.getparent()
    keep_tags, keep_first = _PR_CHANGES[change.tag]
    old = list(change[0]) if len(change) else []
    kept = [c for c in parent if c.tag in keep_tags]
    for child in list(parent):
        if child is not change:
            parent.remove(child)
    for child in kept + old if keep_first else old + kept:
        parent.insert(parent.index(change), child)


def _remove_row(tr: etree._Element) -> None:
    tbl = tr.getparent()
    _remove(tr)
    if tbl is not None and tbl.find(TR) is None:
        holder = tbl.getparent()
        _remove(tbl)
        if holder is not None and holder.tag == TC and holder.find(P) is None:
            holder.append(etree.Element(P))


def join_next(p: etree._Element | None) -> None:
    """Remove ``p``'s paragraph mark: its content moves to the start of the next paragraph. When no
    paragraph follows (a table, the end of a cell), an empty ``p`` goes and a non-empty one stays."""
    if p is None or p.tag != P or (parent := p.getparent()) is None:
        return
    ppr = p.find(PPR)
    if ppr is not None and ppr.find(_SECTPR) is not None:
        return  # the mark ends a section: keep the section
    nxt = p.getnext()
    if nxt is not None and nxt.tag == P:
        at = 1 if (len(nxt) and nxt[0].tag == PPR) else 0
        for child in [c for c in p if c.tag != PPR]:
            nxt.insert(at, child)
            at += 1
        _remove(p)
    elif not has_content(p) and sum(1 for c in parent if c.tag == P) > 1:
        _remove(p)


def has_content(el: etree._Element) -> bool:
    """Whether anything in ``el`` would be seen: run content other than properties, or math."""
    return (
        any(c.tag not in _UNSEEN for r in el.iter(R) for c in r)
        or next(el.iter(_M + "oMath"), None) is not None
    )


# -- comments ------------------------------------------------------------------------------------


def collect_comment_ids(root: etree._Element | None, counts: Counts) -> None:
    """The ids of the comments a comments part holds."""
    for comment in root.iter(W + "comment") if root is not None else ():
        counts.comment_ids.add(comment.get(W + "id") or str(len(counts.comment_ids)))


def comment_anchors(root: etree._Element, counts: Counts) -> None:
    """Drop comment ranges and references; a run left with nothing but its properties goes too."""
    for el in list(root.iter(W + "commentRangeStart", W + "commentRangeEnd", W + "commentReference")):
        counts.comment_ids.add(el.get(W + "id") or "")
        run = el.getparent()
        _remove(el)
        if run is not None and run.tag == R and all(c.tag == RPR for c in run):
            _remove(run)


def drop_unreferenced_notes(roots: list[etree._Element]) -> None:
    """A footnote or endnote goes when its reference went (deleted, refused or hidden), as in Word."""
    refs = {W + "footnote": W + "footnoteReference", W + "endnote": W + "endnoteReference"}
    used = {(el.tag, el.get(W + "id")) for root in roots for el in root.iter(*refs.values())}
    for root in roots:
        for note in list(root.iterchildren(*refs)):
            if note.get(W + "type") in (None, "normal") and (refs[note.tag], note.get(W + "id")) not in used:
                _remove(note)


# -- hidden text ---------------------------------------------------------------------------------


def hidden_text(root: etree._Element, styles: Styles, counts: Counts) -> None:
    """Remove hidden runs, then the hidden paragraph marks (all decided before anything moves)."""
    marks = []
    for p in list(root.iter(P)):
        ppr = p.find(PPR)
        style = ppr.find(_PSTYLE) if ppr is not None else None
        para_r, _ = styles.para(style.get(VAL) if style is not None else None)
        for run in list(_own_runs(p)):
            if _hidden(run.find(RPR), styles, para_r):
                counts.hidden_runs += any(
                    c.tag not in _UNSEEN and c.tag not in (_FLDCHAR, _INSTR) for c in run
                )
                if run.find(_FLDCHAR) is not None or run.find(_INSTR) is not None:
                    for child in [c for c in run if c.tag not in (RPR, _FLDCHAR, _INSTR)]:
                        run.remove(child)
                else:
                    _remove(run)
        if _hidden(ppr.find(RPR) if ppr is not None else None, styles, para_r):
            marks.append(p)
    for p in marks:
        for vanish in p.findall(f"{PPR}/{RPR}/{_VANISH}"):
            _remove(vanish)
        join_next(p)


def _own_runs(el: etree._Element) -> Iterator[etree._Element]:
    """The runs of a paragraph, through hyperlinks, fields, content controls...; not those of the
    paragraphs inside its text boxes, which are paragraphs of their own."""
    for child in el:
        if child.tag == R:
            yield child
        elif child.tag != P:
            yield from _own_runs(child)


def _hidden(rpr: etree._Element | None, styles: Styles, para_r: dict) -> bool:
    hidden, char = None, {}
    for c in () if rpr is None else rpr:
        if c.tag == _VANISH:
            hidden = on(c)
        elif c.tag == _RSTYLE:
            char = styles.char(c.get(VAL) or "")
    return bool(hidden if hidden is not None else char.get("vanish", para_r.get("vanish", False)))


# -- personal data -------------------------------------------------------------------------------


def scrub_attributes(root: etree._Element) -> None:
    """Drop revision-session ids (``w:rsid*`` attributes, a style's ``w:rsid``) and author names and
    initials wherever they are."""
    for el in list(root.iter(W + "rsid")):
        _remove(el)
    for el in root.iter(etree.Element):
        for attr in [a for a in el.attrib if a in _PERSONAL_ATTRS or a.startswith(W + "rsid")]:
            del el.attrib[attr]


def settings(root: etree._Element) -> None:
    """Word's settings part: no "track changes" switch, revision-session list or template path
    (a template path names the user's folder)."""
    if root.tag == W + "settings":
        for el in list(root.iterchildren(W + "trackRevisions", W + "rsids", W + "attachedTemplate")):
            _remove(el)


def core_properties(root: etree._Element | None) -> list[str]:
    """Remove the personal core properties; the labels of those that had a value."""
    return _drop_properties(root, _CORE)


def app_properties(root: etree._Element | None) -> list[str]:
    return _drop_properties(root, _APP)


def _drop_properties(root: etree._Element | None, which: tuple[tuple[str, str], ...]) -> list[str]:
    cleared = []
    for tag, label in which:
        for el in root.findall(tag) if root is not None else ():
            if (el.text or "").strip():
                cleared.append(label)
            _remove(el)
    return list(dict.fromkeys(cleared))


# -- photos ---------------------------------------------------------------------------------------

_GPS_IFD = 0x8825
_TIFF_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}


def wipe_gps(data: bytes) -> bytes | None:
    """A JPEG with the GPS block of its EXIF zeroed (same length); None when it has no position."""
    if not data.startswith(b"\xff\xd8"):
        return None
    out, at = bytearray(data), 2
    while at + 4 <= len(out) and out[at] == 0xFF and out[at + 1] not in (0xD9, 0xDA):  # up to the scan
        end = at + 2 + int.from_bytes(out[at + 2 : at + 4], "big")
        if out[at + 1] == 0xE1 and out[at + 4 : at + 10] == b"Exif\0\0" and _wipe_tiff_gps(out, at + 10, end):
            return bytes(out)
        at = end
    return None


def _wipe_tiff_gps(buf: bytearray, start: int, end: int) -> bool:
    """Zero the GPS IFD of the TIFF structure in ``buf[start:end]``: its entries, the values they point
    at, and its entry count (so readers see an empty GPS block)."""
    order = {b"II": "little", b"MM": "big"}.get(bytes(buf[start : start + 2]))

    def num(offset: int, size: int) -> int:
        if offset < 0 or start + offset + size > end:
            raise IndexError(offset)
        return int.from_bytes(buf[start + offset : start + offset + size], order)  # type: ignore[arg-type]

    def zero(offset: int, size: int) -> None:
        num(offset, size)  # bounds check
        buf[start + offset : start + offset + size] = bytes(size)

    if order is None:
        return False
    try:
        ifd0 = num(4, 4)
        entries = (ifd0 + 2 + 12 * k for k in range(num(ifd0, 2)))
        gps = next((num(e + 8, 4) for e in entries if num(e, 2) == _GPS_IFD), None)
        if gps is None or num(gps, 2) == 0:
            return False
        count = num(gps, 2)
        for entry in (gps + 2 + 12 * j for j in range(count)):
            size = _TIFF_TYPE_SIZES.get(num(entry + 2, 2), 1) * num(entry + 4, 4)
            if size > 4:
                zero(num(entry + 8, 4), size)
        zero(gps, 2 + 12 * count)
    except IndexError:
        return False
    return True


# -- tree edits ----------------------------------------------------------------------------------


def _remove(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is not None:
        parent.remove(el)


def _unwrap(el: etree._Element) -> None:
    """Replace ``el`` by its children."""
    parent = el.getparent()
    at = parent.index(el)
    for child in list(el):
        parent.insert(at, child)
        at += 1
    parent.remove(el)
