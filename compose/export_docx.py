"""The 政策解读 as a .docx laid out like the district's documents (GB/T 9704-2012 page and fonts).

A4 with the standard margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), title in 2号
方正小标宋简体 centred, 一、 headings in 3号 黑体, body in 3号 仿宋_GB2312 with a two-character
first-line indent on a fixed 28.95 pt line (22 lines a page), page numbers "— 1 —" in 4号 宋体.
Fonts go into ``w:rFonts/@w:eastAsia`` (Latin and digits in Times New Roman); a machine without
a font shows Word's substitute. :func:`plan` decides what is exported (non-empty 要素 in order,
keywords, forms, answered 问答) and is shared with the HTML export. The file is byte-for-byte
the same for the same interpretation: fixed core-property dates and fixed zip timestamps.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from policy.interpretation import ELEMENTS, Element, Form, Interpretation, Keyword

TITLE_FONT = "方正小标宋简体"
HEADING_FONT = "黑体"
BODY_FONT = "仿宋_GB2312"
SUBTITLE_FONT = "楷体_GB2312"
PAGE_NUMBER_FONT = "宋体"
LATIN_FONT = "Times New Roman"
TITLE_SIZE = Pt(22)  # 2号
BODY_SIZE = Pt(16)  # 3号
PAGE_NUMBER_SIZE = Pt(14)  # 4号
LINE_PITCH = Pt(28.95)  # 22 lines on the 225 mm type area
FIXED_TIME = datetime(2000, 1, 1, tzinfo=UTC)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_NUMERALS = "零一二三四五六七八九"


@dataclass(frozen=True, slots=True)
class PlannedSection:
    heading: str  # "一、背景依据"
    element: Element
    paragraphs: tuple[str, ...]
    keywords: tuple[Keyword, ...] = ()


@dataclass(frozen=True, slots=True)
class PlannedQA:
    question: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExportPlan:
    """What the exports show, and what they leave out (empty 要素, unanswered questions)."""

    title: str
    policy_title: str | None
    sections: tuple[PlannedSection, ...]
    forms: tuple[Form, ...]
    qa: tuple[PlannedQA, ...]
    empty_sections: tuple[Element, ...]
    unanswered: tuple[str, ...]


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (1 ≤ n ≤ 99)."""
    if not 1 <= n <= 99:
        raise ValueError(f"no heading numeral for {n}")
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _NUMERALS[tens] + "十")
    return head + (_NUMERALS[ones] if ones else "")


def paragraphs(text: str) -> tuple[str, ...]:
    """The text's non-empty lines, without the spaces a writer used as an indent."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def plan(interp: Interpretation) -> ExportPlan:
    """Non-empty 要素 in the notice's order, numbered 一、二、…; keywords under 关键词; answered 问答."""
    order = {e: i for i, e in enumerate(ELEMENTS)}
    sections: list[PlannedSection] = []
    empty: list[Element] = []
    for section in sorted(interp.sections, key=lambda s: order[s.element]):
        keywords = interp.keywords if section.element is Element.KEYWORDS else ()
        body = paragraphs(section.text)
        if not body and not keywords:
            empty.append(section.element)
            continue
        heading = f"{chinese_numeral(len(sections) + 1)}、{section.element.value}"
        sections.append(PlannedSection(heading, section.element, body, keywords))
    answered = tuple(
        PlannedQA(q.question.strip(), paragraphs(q.answer)) for q in interp.qa if q.answer.strip()
    )
    unanswered = tuple(q.question for q in interp.qa if not q.answer.strip())
    return ExportPlan(
        interp.title.strip(),
        interp.policy_title,
        tuple(sections),
        interp.forms,
        answered,
        tuple(empty),
        unanswered,
    )


def form_label(form: Form) -> str:
    """ "图解：一图读懂《若干意见》（yitu.png）" — kind, then title and/or file name."""
    title = "" if form.title == form.kind.value else form.title
    name = title or form.file_name or ""
    if title and form.file_name:
        name += f"（{form.file_name}）"
    return f"{form.kind.value}：{name}" if name else form.kind.value


def docx_bytes(interp: Interpretation) -> bytes:
    document = _build(plan(interp))
    raw = io.BytesIO()
    document.save(raw)
    return _stable_zip(raw.getvalue())


def write_docx(interp: Interpretation, path: Path | str) -> ExportPlan:
    """Write the .docx; the returned plan says which 要素 and questions were left out as empty."""
    Path(path).write_bytes(docx_bytes(interp))
    return plan(interp)


def _build(p: ExportPlan) -> DocxDocument:
    document = Document()
    _page_setup(document)
    styles = _styles(document)
    _paragraph(document, p.title, styles["title"])
    if p.policy_title and p.policy_title.strip("《》") not in p.title:
        _paragraph(document, f"解读文件：《{p.policy_title.strip('《》')}》", styles["subtitle"])
    for section in p.sections:
        _paragraph(document, section.heading, styles["heading"])
        for text in section.paragraphs:
            _paragraph(document, text, styles["body"])
        for keyword in section.keywords:
            para = _paragraph(document, keyword.word + ("：" if keyword.explanation else ""), styles["body"])
            _east_asian(para.runs[0], HEADING_FONT)
            if keyword.explanation:
                para.add_run(keyword.explanation)
    if p.forms:
        _paragraph(document, "解读形式", styles["heading"])
        for form in p.forms:
            _paragraph(document, form_label(form), styles["body"])
    if p.qa:
        _paragraph(document, "简明问答", styles["heading"])
        for item in p.qa:
            _labelled(document, "问：", item.question, styles["body"])
            first, *rest = item.paragraphs
            _labelled(document, "答：", first, styles["body"])
            for text in rest:
                _paragraph(document, text, styles["body"])
    core = document.core_properties
    core.title = p.title
    core.author = core.last_modified_by = ""
    core.comments = core.keywords = core.subject = ""
    core.created = core.modified = FIXED_TIME
    core.revision = 1
    return document


def _page_setup(document: DocxDocument) -> None:
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
        # the page number's line starts 7 mm below the type area: 35 − 7 − one 4号 line ≈ 23 mm
        section.footer_distance = Mm(23)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("— ")
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        footer._p.append(field)
        footer._p.append(footer.add_run(" —")._r)  # after the field
        for r in footer._p.iter(qn("w:r")):
            rpr = r.get_or_add_rPr()
            _set_fonts(rpr, PAGE_NUMBER_FONT, PAGE_NUMBER_FONT)
            _set_size(rpr, PAGE_NUMBER_SIZE)


def _styles(document: DocxDocument) -> dict[str, ParagraphStyle]:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        for rfonts in defaults.iter(qn("w:rFonts")):
            _set_fonts(rfonts.getparent(), BODY_FONT)
    normal = document.styles["Normal"]
    _style_font(normal, BODY_FONT, BODY_SIZE)
    made = {
        "title": _style(document, "解读标题", TITLE_FONT, TITLE_SIZE, WD_ALIGN_PARAGRAPH.CENTER, Pt(35)),
        "subtitle": _style(document, "解读副标题", SUBTITLE_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.CENTER),
        "heading": _style(document, "解读一级标题", HEADING_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.JUSTIFY),
        "body": _style(document, "解读正文", BODY_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.JUSTIFY),
    }
    made["title"].paragraph_format.space_after = LINE_PITCH
    made["subtitle"].paragraph_format.space_after = LINE_PITCH
    for name in ("heading", "body"):
        fmt = made[name].paragraph_format
        fmt.first_line_indent = BODY_SIZE * 2
        ind = fmt._element.get_or_add_pPr().get_or_add_ind()
        ind.set(qn("w:firstLineChars"), "200")
    heading = made["heading"]
    heading.paragraph_format.keep_with_next = True
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "0")
    heading.element.get_or_add_pPr().append(outline)
    return made


def _style(
    document: DocxDocument,
    name: str,
    font: str,
    size: Pt,
    align: WD_ALIGN_PARAGRAPH,
    line: Pt = LINE_PITCH,
) -> ParagraphStyle:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    _style_font(style, font, size)
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = line
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.widow_control = True
    return style


def _style_font(style: ParagraphStyle, font: str, size: Pt) -> None:
    style.font.size = size
    style.font.color.rgb = None
    _set_fonts(style.element.get_or_add_rPr(), font)


def _set_fonts(rpr: BaseOxmlElement, east_asia: str, latin: str = LATIN_FONT) -> None:
    """Set explicit fonts on an rPr and drop the theme fonts that would override them."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        rfonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "cs"):
        rfonts.set(qn(f"w:{attr}"), latin)
    rfonts.set(qn("w:eastAsia"), east_asia)
    rfonts.set(qn("w:hint"), "eastAsia")


def _set_size(rpr: BaseOxmlElement, size: Pt) -> None:
    for tag in ("w:sz", "w:szCs"):
        el = OxmlElement(tag)
        el.set(qn("w:val"), str(int(size.pt * 2)))
        rpr.append(el)


def _east_asian(run: Run, font: str) -> None:
    _set_fonts(run._r.get_or_add_rPr(), font)


def _paragraph(document: DocxDocument, text: str, style: ParagraphStyle) -> Paragraph:
    para = document.add_paragraph(style=style)
    para.add_run(text)
    return para


def _labelled(document: DocxDocument, label: str, text: str, style: ParagraphStyle) -> Paragraph:
    para = _paragraph(document, label, style)
    _east_asian(para.runs[0], HEADING_FONT)
    para.add_run(text)
    return para


def _stable_zip(data: bytes) -> bytes:
    """The same package with fixed member timestamps, so equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, _ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()
