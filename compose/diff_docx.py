"""The 新旧对照表 as a Word table: 序号 | 原政策 | 新政策 | 变化.

A4 portrait with the GB/T 9704 margins, a 小标宋 title line, a one-line legend, then the table in
仿宋 (header row in 黑体, repeated on every page). In a 修改 or 移动并修改 row the old text shows
the deleted characters in red with a strike-through and the new text shows the inserted ones in
blue, underlined. Warnings of the comparison (e.g. the files look like different documents) are
printed above the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import BaseStyle
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from compose.diff import DiffResult, change_label
from policy.interpretation import Change, DiffRow

BODY_FONT = "仿宋"
TITLE_FONT = "方正小标宋简体"
HEAD_FONT = "黑体"
HEADER = ("序号", "原政策", "新政策", "变化")
WIDTHS_MM = (14, 60, 60, 22)  # 156 mm between the 28 mm and 26 mm side margins
RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x00, 0x3C, 0xC8)
LEGEND = "说明：原政策中删去的文字以红色删除线标出，新政策中增加的文字以蓝色下划线标出。"

Segment = tuple[str, str]  # (text, "" | "del" | "ins")


def _font(run_or_style: Run | BaseStyle, name: str, size: float | None = None, bold: bool = False) -> None:
    run_or_style.font.name = name
    if size is not None:
        run_or_style.font.size = Pt(size)
    run_or_style.font.bold = bold
    run_or_style._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _run(paragraph: Paragraph, text: str, mark: str = "", font: str = BODY_FONT, size: float = 12) -> None:
    run = paragraph.add_run(text)
    _font(run, font, size)
    if mark == "del":
        run.font.strike = True
        run.font.color.rgb = RED
    elif mark == "ins":
        run.font.underline = True
        run.font.color.rgb = BLUE


def _fill(cell: _Cell, segments: Iterable[Segment], font: str = BODY_FONT) -> None:
    """Write ``segments`` into ``cell``; a newline inside a segment starts a new paragraph."""
    paragraph = cell.paragraphs[0]
    for text, mark in segments:
        for n, part in enumerate(text.split("\n")):
            if n:
                paragraph = cell.add_paragraph()
            if part:
                _run(paragraph, part, mark, font)


def _sides(row: DiffRow) -> tuple[list[Segment], list[Segment]]:
    if row.pieces:
        old = [(t, "" if op == "=" else "del") for op, t in row.pieces if op != "+"]
        new = [(t, "" if op == "=" else "ins") for op, t in row.pieces if op != "-"]
        return old, new
    return [(row.old_text or "", "")], [(row.new_text or "", "")]


def _repeat_header(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def _page(document: WordDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = document.styles["Normal"]
    _font(normal, BODY_FONT, 12)


def build(result: DiffResult, title: str | None = None, include_unchanged: bool = True) -> WordDocument:
    """The 对照表 as a python-docx document (not saved)."""
    document = docx.Document()
    _page(document)
    name = title or result.new_title or result.old_title or "新旧政策"
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(heading, f"{name}新旧对照表", font=TITLE_FONT, size=18)
    for text in (*result.warnings, LEGEND):
        _run(document.add_paragraph(), text, size=10.5)
    rows: Sequence[DiffRow] = [
        r for r in result.rows if include_unchanged or r.change is not Change.UNCHANGED
    ]
    table = document.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        _fill(cell, [(text, "")], HEAD_FONT)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _repeat_header(table.rows[0])
    for n, row in enumerate(rows, 1):
        cells = table.add_row().cells
        old, new = _sides(row)
        _fill(cells[0], [(str(n), "")])
        cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _fill(cells[1], old)
        _fill(cells[2], new)
        _fill(cells[3], [(change_label(row), "")])
    for column, width in zip(table.columns, WIDTHS_MM, strict=True):
        column.width = Mm(width)  # the grid (LibreOffice reads it) and each cell (Word reads those)
        for cell in column.cells:
            cell.width = Mm(width)
    return document


def write(result: DiffResult, path: Path, title: str | None = None, include_unchanged: bool = True) -> Path:
    """Save the 对照表 to ``path`` (.docx); ``include_unchanged=False`` leaves out the 未变 rows."""
    build(result, title, include_unchanged).save(str(path))
    return Path(path)
