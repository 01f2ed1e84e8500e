"""Write resources/sample/sample-notice.docx: a made-up 长江区 notice laid out as a 公文 (GB/T 9704
版头, 文号, title, 主送, body with 第X条 articles, 附件说明, signature, date, 附注, 版记), and
sample-notice-2021.docx, the older version it replaces (for the 新旧对照). The desktop app's
``--screenshot`` mode imports them into a temporary library; they are no corpus files.

    .venv/bin/python scripts/make_sample.py
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "resources" / "sample"

MARK = "长江区人民政府办公室文件"
NUMBER = "长府办发〔2024〕18号"
TITLE = "长江区人民政府办公室关于印发《长江区老旧小区改造提升实施办法》的通知"
RECIPIENTS = "各街道办事处，区政府各部门，各有关单位："
COVER = [
    "《长江区老旧小区改造提升实施办法》已经区政府第三十六次常务会议研究同意，现印发给你们，请结合实际认真贯彻执行。",
]
ATTACHMENT = "附件：长江区老旧小区改造提升资金补助标准"
SIGNATURE = "长江区人民政府办公室"
DATE = "2024年6月4日"
NOTE = "（此件公开发布）"
ENCLOSED_TITLE = "长江区老旧小区改造提升实施办法"
ARTICLES = [
    "第一条　为改善居民居住条件，提升城市功能品质，根据《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》（国办发〔2020〕23号）等有关规定，结合本区实际，制定本办法。",
    "第二条　本办法所称老旧小区，是指本区范围内建成于2000年底以前、公共设施落后、影响居民基本生活、居民改造意愿强烈的住宅小区。",
    "第三条　老旧小区改造提升坚持政府引导、居民自愿、因地制宜、先民生后提升的原则，优先解决加装电梯、雨污分流、停车充电、适老化设施等居民急难愁盼问题。",
    "第四条　区住房城乡建设局负责统筹协调全区老旧小区改造提升工作，会同区财政局编制年度改造计划；各街道办事处负责组织居民议事、收集改造意见和日常维护管理。",
    "第五条　改造内容分为基础类、完善类和提升类。基础类包括供水、排水、供电、道路、消防等设施改造；完善类包括加装电梯、停车设施、无障碍和适老化设施；提升类包括社区养老、托育、助餐等公共服务设施。",
    "第六条　区财政对基础类改造按照每平方米不超过300元给予补助，对加装电梯按照每台不超过20万元给予补助，具体标准见附件。",
    "第七条　居民可以通过出资、让渡小区公共收益等方式参与改造，鼓励社会资本通过提供专业化物业服务等方式参与改造和运营。",
    "第八条　改造项目实行公示制度，改造方案、资金安排和竣工验收结果应当在小区显著位置公示不少于7日，接受居民监督。",
    "第九条　对弄虚作假、骗取补助资金的，由区财政局依法追回补助资金，并按照有关规定追究相关单位和人员责任。",
    "第十条　本办法自2024年7月1日起施行，有效期5年。",
]
OLD = {
    "number": "长府办发〔2021〕9号",
    "title": "长江区人民政府办公室关于印发《长江区老旧小区改造实施办法》的通知",
    "cover": ["《长江区老旧小区改造实施办法》已经区政府同意，现印发给你们，请认真贯彻执行。"],
    "date": "2021年3月15日",
    "print_date": "2021年3月16日印发",
    "enclosed": "长江区老旧小区改造实施办法",
    "articles": [
        "第一条　为改善居民居住条件，根据国家和省有关规定，结合本区实际，制定本办法。",
        "第二条　本办法所称老旧小区，是指本区范围内建成于2000年底以前、公共设施落后、影响居民基本生活的住宅小区。",
        "第三条　老旧小区改造坚持政府引导、居民自愿、因地制宜的原则。",
        "第四条　区住房城乡建设局负责统筹协调全区老旧小区改造工作；各街道办事处负责组织居民议事和日常维护管理。",
        "第五条　改造内容分为基础类和完善类。基础类包括供水、排水、供电、道路、消防等设施改造；完善类包括加装电梯、停车设施和无障碍设施。",
        "第六条　区财政对基础类改造按照每平方米不超过200元给予补助，对加装电梯按照每台不超过15万元给予补助。",
        "第七条　改造项目实行公示制度，改造方案和竣工验收结果应当在小区显著位置公示不少于5日。",
        "第八条　本办法自2021年4月1日起施行，有效期3年。",
    ],
}
CC = "抄送：区委办公室，区人大常委会办公室，区政协办公室。"
PRINTER, PRINT_DATE = "长江区人民政府办公室", "2024年6月5日印发"

RED = RGBColor(0xE6, 0x00, 0x12)


def _run(paragraph, text: str, font: str, size: float, bold: bool = False, color: RGBColor | None = None):
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if color is not None:
        run.font.color.rgb = color
    return run


def _para(
    doc,
    text: str,
    font: str = "仿宋_GB2312",
    size: float = 16,
    *,
    align=None,
    indent: bool = False,
    bold: bool = False,
    color: RGBColor | None = None,
    right_cm: float | None = None,
):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(28.95)
    if align is not None:
        p.alignment = align
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    if right_cm is not None:
        fmt.right_indent = Cm(right_cm)
    if text:
        _run(p, text, font, size, bold, color)
    return p


def _red_rule(paragraph) -> None:
    """The red separator line under the 文号: a bottom border of the paragraph, as Word draws it."""
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "18"), ("w:space", "12"), ("w:color", "E60012")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def build(
    path: Path,
    number: str = NUMBER,
    title: str = TITLE,
    cover: list[str] = COVER,
    date: str = DATE,
    print_date: str = PRINT_DATE,
    enclosed: str = ENCLOSED_TITLE,
    articles: list[str] = ARTICLES,
    attachment: str | None = ATTACHMENT,
) -> Path:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    center, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    _para(doc, MARK, "方正小标宋简体", 36, align=center, color=RED)
    _para(doc, "")
    _red_rule(_para(doc, number, align=center))
    _para(doc, "")
    _para(doc, title, "方正小标宋简体", 22, align=center)
    _para(doc, "")
    _para(doc, RECIPIENTS)
    for text in cover:
        _para(doc, text, indent=True)
    _para(doc, "")
    if attachment:
        _para(doc, attachment, indent=True)
        _para(doc, "")
    _para(doc, SIGNATURE, align=right, right_cm=1.2)
    _para(doc, date, align=right, right_cm=1.6)
    _para(doc, NOTE, indent=True)
    doc.add_page_break()
    _para(doc, enclosed, "方正小标宋简体", 22, align=center)
    _para(doc, "")
    for text in articles:
        _para(doc, text, indent=True)
    _para(doc, "")
    _para(doc, CC, size=14)
    p = _para(doc, "", size=14)
    _run(p, PRINTER, "仿宋_GB2312", 14)
    _run(p, "　" * 8 + print_date, "仿宋_GB2312", 14)
    doc.core_properties.author = ""
    doc.core_properties.title = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def build_all(folder: Path = SAMPLE_DIR) -> list[Path]:
    return [
        build(folder / "sample-notice.docx"),
        build(
            folder / "sample-notice-2021.docx",
            OLD["number"],
            OLD["title"],
            OLD["cover"],
            OLD["date"],
            OLD["print_date"],
            OLD["enclosed"],
            OLD["articles"],
            None,
        ),
    ]


if __name__ == "__main__":
    for path in build_all():
        print(path)
