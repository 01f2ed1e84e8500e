"""Style resolution for the .docx reader: run and paragraph properties, merged as Word does
(direct formatting → character style → paragraph style and its ``basedOn`` chain → docDefaults),
theme fonts resolved through theme1.xml."""

from __future__ import annotations

from typing import Any

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PPR, RPR, SECTPR, VAL, TYPE = W + "pPr", W + "rPr", W + "sectPr", W + "val", W + "type"
VANISH = W + "vanish"


def on(el: etree._Element) -> bool:
    """A toggle such as ``w:b``: on unless ``w:val`` says 0/false/off."""
    return el.get(VAL) not in ("0", "false", "off")


def to_int(value: str | None) -> int | None:
    try:
        return round(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


_FONT_SLOTS = tuple((slot, f"{W}{slot}Theme", f"{W}{slot}") for slot in ("eastAsia", "ascii", "hAnsi"))
_RFONTS, _SZ, _B, _COLOR = f"{W}rFonts", f"{W}sz", f"{W}b", f"{W}color"
_JC, _PBB, _IND, _PSTYLE = f"{W}jc", f"{W}pageBreakBefore", f"{W}ind", f"{W}pStyle"


def rprops(rpr: etree._Element | None) -> dict[str, Any]:
    """Run properties that matter here, as a flat dict merged level by level."""
    out: dict[str, Any] = {}
    for c in () if rpr is None else rpr:
        tag = c.tag
        if tag == _RFONTS:
            attrs = dict(c.items())
            for slot, theme_attr, font_attr in _FONT_SLOTS:
                if theme := attrs.get(theme_attr):
                    out[slot] = ("theme", theme)
                elif font := attrs.get(font_attr):
                    out[slot] = ("font", font)
        elif tag == _SZ:
            if half := to_int(c.get(VAL)):
                out["sz"] = half / 2
        elif tag == _B:
            out["b"] = on(c)
        elif tag == _COLOR:
            out["color"] = c.get(VAL)
        elif tag == VANISH:
            out["vanish"] = on(c)
    return out


def pprops(ppr: etree._Element | None) -> dict[str, Any]:
    """Paragraph properties: alignment, indents as ('tw', twips) or ('ch', hundredths of a char); also
    the paragraph's own style id and section properties when present."""
    out: dict[str, Any] = {}
    for c in () if ppr is None else ppr:
        tag = c.tag
        if tag == _JC:
            out["jc"] = c.get(VAL)
        elif tag == _IND:
            ind = {k.removeprefix(W): to_int(v) for k, v in c.attrib.items()}
            hanging, hanging_ch = ind.get("hanging"), ind.get("hangingChars")
            first_tw = -hanging if hanging is not None else ind.get("firstLine")
            _indent_slot(out, "first", first_tw, -hanging_ch if hanging_ch else ind.get("firstLineChars"))
            for slot, alias in (("left", "start"), ("right", "end")):
                tw = ind.get(slot, ind.get(alias))
                _indent_slot(out, slot, tw, ind.get(slot + "Chars") or ind.get(alias + "Chars"))
        elif tag == _PSTYLE:
            out["style"] = c.get(VAL)
        elif tag == SECTPR:
            out["sect"] = c
        elif tag == _PBB:
            out["pbb"] = on(c)
    return out


class Styles:
    """styles.xml, parsed once per document; resolved styles are cached by id."""

    def __init__(self, root: etree._Element | None, theme: etree._Element | None) -> None:
        self._theme = theme
        self._by_id: dict[str, etree._Element] = {}
        self._default_para: str | None = None
        self._doc_r: dict[str, Any] = {}
        self._doc_p: dict[str, Any] = {}
        self._para_cache: dict[str | None, tuple[dict[str, Any], dict[str, Any]]] = {}
        self._char_cache: dict[str, dict[str, Any]] = {}
        self._theme_cache: dict[str, str | None] = {}
        if root is None:
            return
        for el in root:
            if el.tag == f"{W}docDefaults":
                self._doc_r = rprops(el.find(f"{W}rPrDefault/{RPR}"))
                self._doc_p = pprops(el.find(f"{W}pPrDefault/{PPR}"))
            elif el.tag == W + "style" and (sid := el.get(W + "styleId")) is not None:
                self._by_id.setdefault(sid, el)
                if el.get(TYPE) == "paragraph" and el.get(f"{W}default") in ("1", "true", "on"):
                    self._default_para = sid

    def _chain(self, sid: str | None) -> list[etree._Element]:
        chain: list[etree._Element] = []
        while sid is not None and (el := self._by_id.get(sid)) is not None and el not in chain:
            chain.append(el)
            based = el.find(W + "basedOn")
            sid = based.get(VAL) if based is not None else None
        return chain[::-1]

    def para(self, sid: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
        """Run and paragraph props of a paragraph style, docDefaults included."""
        key = sid if sid in self._by_id else None
        if key not in self._para_cache:
            r, p = dict(self._doc_r), dict(self._doc_p)
            for el in self._chain(key if key is not None else self._default_para):
                r.update(rprops(el.find(RPR)))
                p.update(pprops(el.find(PPR)))
            self._para_cache[key] = (r, p)
        return self._para_cache[key]

    def char(self, sid: str) -> dict[str, Any]:
        if sid not in self._char_cache:
            r: dict[str, Any] = {}
            for el in self._chain(sid):
                r.update(rprops(el.find(RPR)))
            self._char_cache[sid] = r
        return self._char_cache[sid]

    def font(self, props: dict[str, Any]) -> str | None:
        for slot in ("eastAsia", "ascii", "hAnsi"):
            if slot in props:
                kind, value = props[slot]
                found = self._theme_font(value) if kind == "theme" else value
                if found:
                    return found
        return None

    def _theme_font(self, name: str) -> str | None:
        """A theme font name (minorEastAsia...) as its typeface; East Asian falls back to the Hans slot."""
        if name not in self._theme_cache:
            scheme = None if self._theme is None else self._theme.find(f".//{A}{name[:5]}Font")
            paths = (f"{A}ea", f"{A}font[@script='Hans']") if name.endswith("EastAsia") else (f"{A}latin",)
            found = (
                el.get("typeface")
                for path in paths
                if scheme is not None and (el := scheme.find(path)) is not None
            )
            self._theme_cache[name] = next((face for face in found if face), None)
        return self._theme_cache[name]


def _indent_slot(out: dict[str, Any], slot: str, twips: int | None, chars: int | None) -> None:
    """Character units win over twips when both are given and non-zero (as Word does)."""
    if chars:
        out[slot] = ("ch", chars)
    elif twips is not None:
        out[slot] = ("tw", twips)


def indent(value: tuple[str, int] | None, size: float) -> float:
    if value is None:
        return 0.0
    unit, amount = value
    return amount / 20 if unit == "tw" else amount / 100 * size
