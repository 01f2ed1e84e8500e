"""A small .docx writer that lays 公文 elements out the way the dev corpus renderer does.

The dev files (python-docx packages) set every run's fonts explicitly (Times New Roman + an East
Asian family such as 仿宋_GB2312, 方正小标宋简体, 黑体, 楷体), use exact line spacing (28.9 pt body,
35 pt titles), draw the red rule as a paragraph's bottom border (or a table cell's), put 版头 or
版记 in borderless tables in some families, and number pages in the footer as ``— PAGE —``.
``Builder`` writes the same XML through python-docx, plus what the dev set lacks: text boxes
(``wps:txbx`` with a VML ``mc:Fallback`` copy), line shapes, double rules, tab stops and a first
page without a page number (信函格式). It also records the plain-text lines of what it writes, so a
.txt rendering of the same document can be produced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml
from docx.shared import Twips

from tests.extractors import zoo_shapes as shapes

RED = "E60012"
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)
TEXT_WIDTH = 11906 - 1587 - 1474  # twips between the margins (156 mm)


@dataclass(frozen=True)
class Fonts:
    body: str = "仿宋_GB2312"
    title: str = "方正小标宋简体"
    hei: str = "黑体"
    kai: str = "楷体_GB2312"


def run(text: str, font: str, size: float, color: str | None = None, bold: bool = False) -> str:
    """One run; ``\\t`` becomes a tab, ``\\n`` a line break."""
    rpr = (
        f'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{font}" '
        f'w:cs="Times New Roman"/>'
        + ("<w:b/>" if bold else "")
        + (f'<w:color w:val="{color}"/>' if color else "")
        + f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>'
    )
    parts = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if piece:
                parts.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return f"<w:r><w:rPr>{rpr}</w:rPr>{''.join(parts)}</w:r>"


def ppr(
    *,
    align: str | None = None,
    line: int | None = 578,
    first_chars: int | None = None,
    left: int | None = None,
    right: int | None = None,
    hanging: int | None = None,
    border: str = "",
    tabs: str = "",
    keep_next: bool = False,
    page_break_before: bool = False,
    before: int = 0,
    after: int = 0,
) -> str:
    """Paragraph properties in schema order; indents in twips, ``first_chars`` in hundredths of a 字."""
    ind = ""
    if first_chars is not None:
        ind += f' w:firstLineChars="{first_chars}" w:firstLine="{first_chars * 32 // 10}"'
    if hanging is not None:
        ind += f' w:hanging="{hanging}"'
    if left is not None:
        ind += f' w:left="{left}"'
    if right is not None:
        ind += f' w:right="{right}"'
    spacing = f'<w:spacing w:before="{before}" w:after="{after}"' + (
        f' w:lineRule="exact" w:line="{line}"/>' if line else "/>"
    )
    return (
        "<w:pPr>"
        + ("<w:keepNext/>" if keep_next else "")
        + ("<w:pageBreakBefore/>" if page_break_before else "")
        + (f"<w:pBdr>{border}</w:pBdr>" if border else "")
        + (f"<w:tabs>{tabs}</w:tabs>" if tabs else "")
        + '<w:snapToGrid w:val="0"/>'
        + spacing
        + (f"<w:ind{ind}/>" if ind else "")
        + (f'<w:jc w:val="{align}"/>' if align else "")
        + "</w:pPr>"
    )


def rule(side: str = "bottom", color: str = RED, kind: str = "single", size: int = 18, space: int = 4) -> str:
    return f'<w:{side} w:val="{kind}" w:sz="{size}" w:space="{space}" w:color="{color}"/>'


@dataclass
class Builder:
    """Appends 公文 elements to a python-docx document and keeps the plain-text lines alongside."""

    fonts: Fonts = field(default_factory=Fonts)
    red: str = RED
    blanks: bool = True  # blank lines between the elements, as GB/T 9704 spaces them
    page_numbers: str | None = "center"  # center | outer | None
    first_page_number: bool = True  # 信函格式: no number on page 1
    lines: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.doc = docx.Document()
        self._body = self.doc.element.body
        for child in list(self._body):
            if not child.tag.endswith("}sectPr"):
                self._body.remove(child)
        section = self.doc.sections[0]
        section.page_width, section.page_height = Twips(11906), Twips(16838)
        section.top_margin, section.bottom_margin = Twips(2098), Twips(1984)
        section.left_margin, section.right_margin = Twips(1587), Twips(1474)
        section.header_distance, section.footer_distance = Twips(850), Twips(1361)
        self._box_id = 0

    # -- raw XML -----------------------------------------------------------------------------------
    def xml(self, xml: str, text: list[str] | None = None) -> None:
        self._body.sectPr.addprevious(
            parse_xml(xml.replace("<w:p>", f"<w:p {NS}>", 1) if xml.startswith("<w:p>") else xml)
        )
        if text is not None:
            self.lines.extend(text)

    def p(self, text: str = "", *, font: str | None = None, size: float = 16, color: str | None = None,
          bold: bool = False, runs: str = "", **props: object) -> None:  # fmt: skip
        content = run(text, font or self.fonts.body, size, color, bold) if text else ""
        self.xml(f"<w:p>{ppr(**props)}{content}{runs}</w:p>", text.split("\n") if text or runs else [""])  # type: ignore[arg-type]

    def blank(self, n: int = 1, line: int = 578) -> None:
        for _ in range(n if self.blanks else 0):
            self.p(line=line)

    def page_break(self) -> None:
        self.xml(f'<w:p {NS}><w:r><w:br w:type="page"/></w:r></w:p>', [""])

    # -- 版头 ----------------------------------------------------------------------------------------
    def flags(self, *texts: str) -> None:
        """份号, 密级和保密期限, 紧急程度: 3号黑体, flush left, one per line."""
        for text in texts:
            self.p(text, font=self.fonts.hei, size=16)

    def mark(self, text: str, size: float = 52, align: str = "center", **props: object) -> None:
        self.p(text, font=self.fonts.title, size=size, color=self.red, align=align, line=None, **props)  # type: ignore[arg-type]

    def number(self, text: str, align: str = "center", red_rule: bool = True, **props: object) -> None:
        border = rule() if red_rule else ""
        self.p(text, align=align, border=border, **props)  # type: ignore[arg-type]

    def red_rule(self, kind: str = "single", size: int = 18) -> None:
        self.xml(f"<w:p>{ppr(border=rule(kind=kind, size=size), line=None)}</w:p>", [""])

    def joint_mark_xml(self, names: list[str], size: float = 36, wenjian_size: float = 40) -> str:
        """Agency names stacked in the left column (distributed), 文件 once, vertically centred on the right."""
        rows = []
        for i, name in enumerate(names):
            left = f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="6520"/></w:tcPr><w:p>{ppr(align="distribute", line=None)}{run(name, self.fonts.title, size, self.red)}</w:p></w:tc>'
            if i == 0:
                right = f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2324"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr><w:p>{ppr(align="center", line=None)}{run("文件", self.fonts.title, wenjian_size, self.red)}</w:p></w:tc>'
            else:
                right = '<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2324"/><w:vMerge/></w:tcPr><w:p/></w:tc>'
            rows.append(f"<w:tr>{left}{right}</w:tr>")
        return self.table_xml(rows, [6520, 2324])

    def joint_mark_table(self, names: list[str], size: float = 36, wenjian_size: float = 40) -> None:
        self.xml(self.joint_mark_xml(names, size, wenjian_size), [*names[:1], "文件", *names[1:]])

    def table_xml(self, rows: list[str], grid: list[int], borders: str = "") -> str:
        tbl_borders = borders or "".join(
            f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        cols = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
        return (
            f'<w:tbl {NS}><w:tblPr><w:jc w:val="center"/><w:tblW w:w="{sum(grid)}" w:type="dxa"/>'
            f'<w:tblBorders>{tbl_borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
            f"<w:tblGrid>{cols}</w:tblGrid>{''.join(rows)}</w:tbl>"
        )

    def cell(self, text: str, width: int | None = None, align: str = "center", size: float = 12) -> str:
        """One table cell holding one paragraph."""
        width_pr = f'<w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr>' if width else ""
        content = run(text, self.fonts.body, size) if text else ""
        return f"<w:tc>{width_pr}<w:p>{ppr(align=align, line=None)}{content}</w:p></w:tc>"

    def table(self, rows: list[str], grid: list[int], borders: str = "") -> None:
        self.xml(self.table_xml(rows, grid, borders))

    def text_box(self, paragraphs: list[str], texts: list[str], *, height_pt: float, top_pt: float = 0,
                 relative: str = "margin", anchor_text: str = "", anchor_props: dict[str, object] | None = None,
                 anchor_font: str | None = None, anchor_size: float = 16) -> None:  # fmt: skip
        """A floating text box (wrap top and bottom) anchored in a paragraph of its own or at the start of
        the paragraph ``anchor_text``; Word's ``wps`` shape with the VML fallback copy."""
        self._box_id += 1
        box = shapes.text_box_run("".join(paragraphs), self._box_id, TEXT_WIDTH, height_pt, top_pt, relative)
        tail = run(anchor_text, anchor_font or self.fonts.body, anchor_size) if anchor_text else ""
        self.xml(f"<w:p {NS}>{ppr(**(anchor_props or {}))}{box}{tail}</w:p>")  # type: ignore[arg-type]
        self.lines.extend(texts)
        if anchor_text:
            self.lines.extend(anchor_text.split("\n"))

    def vml_text_box(
        self, paragraphs: list[str], texts: list[str], *, height_pt: float, top_pt: float = 0
    ) -> None:
        """An older-style text box: VML only, anchored in an empty paragraph of its own."""
        self._box_id += 1
        box = shapes.vml_box_run("".join(paragraphs), self._box_id, TEXT_WIDTH, height_pt, top_pt)
        self.xml(f"<w:p {NS}>{ppr(line=None)}{box}</w:p>", texts)

    def line_shape(self, top_pt: float, relative: str = "margin", color: str = RED) -> None:
        """A red horizontal line drawn as a shape (another way authors draw the 版头 rule)."""
        self._box_id += 1
        shape = shapes.line_run(self._box_id, TEXT_WIDTH, top_pt, relative, color)
        self.xml(f"<w:p {NS}>{ppr(line=None)}{shape}</w:p>")

    # -- 主体 ----------------------------------------------------------------------------------------
    def title(self, lines: list[str], size: float = 22, breaks: bool = False) -> None:
        """标题, 2号小标宋, centred; several paragraphs, or one paragraph with line breaks."""
        if breaks:
            self.p("\n".join(lines), font=self.fonts.title, size=size, align="center", line=700)
        else:
            for line in lines:
                self.p(line, font=self.fonts.title, size=size, align="center", line=700)

    def recipients(self, text: str) -> None:
        self.p(text)

    def body(self, paragraphs: tuple[str, ...] | list[str], headings: bool = True) -> None:
        """正文 paragraphs indented two 字; '一、' headings in 黑体, '（一）' in 楷体."""
        for text in paragraphs:
            font = self.fonts.body
            if headings and len(text) < 40 and text[:1] in "一二三四五六七八九十" and "、" in text[:4]:
                font = self.fonts.hei
            elif headings and text.startswith("（") and len(text) < 30:
                font = self.fonts.kai
            self.p(text, font=font, first_chars=200)

    def attachment_note(self, items: list[str], wrap: str = "hanging") -> None:
        """附件说明: '附件：1．A' then the other items under the first name. ``wrap``: hanging (one paragraph
        per item with a hanging indent, long names wrap by themselves) or spaces (items typed after
        full-width spaces, as in the dev renderer)."""
        for i, item in enumerate(items, 1):
            label = "附件：" if i == 1 else ("" if wrap == "hanging" else "　　　")
            text = f"{label}{i}．{item}" if len(items) > 1 else f"附件：{item}"
            if wrap == "hanging":
                self.p(text, left=640 + 960 + 320, hanging=960 + 320 if i == 1 else 320)
            else:
                self.p(text, first_chars=200)

    def signature(self, names: list[str], date: str, *, one_line: bool = False, right_indent: int = 1280,
                  sep: str = "　　") -> None:  # fmt: skip
        """署名 (one line per agency, or all on one line set apart with ``sep``) and 成文日期, right-aligned."""
        if one_line:
            self.p(sep.join(names), align="right", right=right_indent // 2)
        else:
            for name in names:  # centred over the date, at least two 字 from the right margin
                self.p(
                    name,
                    align="right",
                    right=max(round(right_indent + (0.7 * len(date) - len(name)) * 160), 640),
                )
        self.p(date, align="right", right=right_indent)

    def note(self, text: str) -> None:
        """附注 (公开属性, 联系人): in parentheses, indented two 字."""
        self.p(text, first_chars=200)

    def attachment_heading(self, label: str, title: str, page_break: bool = True) -> None:
        """附件 page: '附件1' in 黑体 on line 1, the title centred on line 3."""
        self.p(label, font=self.fonts.hei, page_break_before=page_break)
        self.blank()
        self.title([title], size=22)
        self.blank()

    # -- 版记 ----------------------------------------------------------------------------------------
    def imprint(self, cc: str | None, printer: str, date: str, *, table: bool = True, break_before_printer: bool = False,
                columns: bool = False) -> None:  # fmt: skip
        """抄送 and the 印发 line in 4号仿宋 between thick/thin rules: a one-column table, bordered paragraphs,
        or (``columns``) a table whose last row holds the 印发机关 and the 印发日期 in two cells."""
        if columns:
            edge = '<w:tcBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/></w:tcBorders>'
            cc_cell = f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="2"/>{edge}</w:tcPr><w:p>{ppr(line=440, left=1120, hanging=840)}{run(f"抄送：{cc}。", self.fonts.body, 14)}</w:p></w:tc>'
            left = f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5244"/>{edge}</w:tcPr><w:p>{ppr(line=440, left=280)}{run(printer, self.fonts.body, 14)}</w:p></w:tc>'
            right = f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3600"/>{edge}</w:tcPr><w:p>{ppr(line=440, right=280, align="right")}{run(f"{date}印发", self.fonts.body, 14)}</w:p></w:tc>'
            self.table(
                ([f"<w:tr>{cc_cell}</w:tr>"] if cc else []) + [f"<w:tr>{left}{right}</w:tr>"], [5244, 3600]
            )
            self.lines.extend(([f"抄送：{cc}。"] if cc else []) + [f"{printer}\t{date}印发"])
            return
        tab = f'<w:tab w:val="right" w:pos="{TEXT_WIDTH - 560}"/>'
        printed = run(f"{printer}\t{date}印发", self.fonts.body, 14)
        cc_run = run(f"抄送：{cc}。", self.fonts.body, 14) if cc else ""
        cc_props = dict(line=440, left=1120, hanging=840, right=280, keep_next=True)
        pr_props = dict(line=440, left=280, right=280, tabs=tab)
        if table and not break_before_printer:
            rows = []
            if cc:
                rows.append(
                    '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:tcBorders>'
                    '<w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" '
                    f'w:space="0" w:color="000000"/></w:tcBorders></w:tcPr><w:p>{ppr(**cc_props)}{cc_run}</w:p></w:tc></w:tr>'  # type: ignore[arg-type]
                )
            rows.append(
                '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:tcBorders>'
                '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/></w:tcBorders></w:tcPr>'
                f"<w:p>{ppr(**pr_props)}{printed}</w:p></w:tc></w:tr>"  # type: ignore[arg-type]
            )
            self.table(rows, [8844])
        else:
            if cc:
                border = rule("top", "000000", size=8, space=1) + rule("bottom", "000000", size=4, space=1)
                self.xml(f"<w:p>{ppr(border=border, **cc_props)}{cc_run}</w:p>")  # type: ignore[arg-type]
            if break_before_printer:
                self.page_break()
            border = rule("bottom", "000000", size=8, space=1)
            self.xml(f"<w:p>{ppr(border=border, **pr_props)}{printed}</w:p>")  # type: ignore[arg-type]
        if cc:
            self.lines.append(f"抄送：{cc}。")
        self.lines.append(f"{printer}　　{date}印发")

    # -- output --------------------------------------------------------------------------------------
    def _footers(self) -> None:
        section = self.doc.sections[0]
        if self.page_numbers:
            align = "center" if self.page_numbers == "center" else "right"
            field = (
                run("— ", "宋体", 14)
                + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                + run("1", "宋体", 14)
                + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                + run(" —", "宋体", 14)
            )
            footer = section.footer._element
            for child in list(footer):
                footer.remove(child)
            footer.append(parse_xml(f"<w:p {NS}>{ppr(align=align, line=None)}{field}</w:p>"))
        if not self.first_page_number:
            section.different_first_page_header_footer = True
            first = section.first_page_footer._element
            for child in list(first):
                first.remove(child)
            # 信函格式: the lower red double rule instead of a page number
            first.append(
                parse_xml(
                    f"<w:p {NS}>{ppr(border=rule('top', self.red, 'thinThickSmallGap', 24), line=None)}</w:p>"
                )
            )

    def save(self, path: Path) -> Path:
        self._footers()
        self.doc.save(str(path))
        return path

    def text(self) -> str:
        """The plain-text rendering: one line per paragraph (blank lines kept)."""
        return "\n".join(self.lines) + "\n"
