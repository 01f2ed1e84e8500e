"""Export: the 解读 as a GB/T 9704-style .docx and as site pages (解读 + 简明问答)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt

from compose.export_docx import chinese_numeral, docx_bytes, plan, write_docx
from compose.export_html import render_interpretation_html, render_qa_html
from policy.interpretation import (
    ELEMENTS,
    Element,
    Form,
    FormKind,
    Interpretation,
    Keyword,
    QAItem,
    Section,
)

TEXTS = {
    Element.BACKGROUND: "为进一步深化改革创新，市政府办公厅印发了《若干意见》。\n　　这是第二段。",
    Element.GOALS: "到2027年，科技服务业营业收入达到6000亿元。",
    Element.CONTENT: "文件共六个方面二十条措施。",
    Element.KEYWORDS: "",
    Element.SCOPE: "",  # left out
    Element.STANDARDS: "按照<script>alert('x')</script>标准执行。",
    Element.MEASURES: "将科技服务业企业纳入支持范围。",
    Element.CHANGES: "",  # left out
}


@pytest.fixture()
def interp() -> Interpretation:
    return Interpretation(
        title="《关于加快科技服务业高质量发展的若干意见》政策解读",
        policy_title="关于进一步深化改革创新 加快科技服务业高质量发展的若干意见",
        sections=tuple(Section(e, TEXTS[e]) for e in ELEMENTS),
        keywords=(
            Keyword("概念验证", 0.9, "把实验室成果做成样品、看市场认不认之前的验证。"),
            Keyword("科技服务业", 0.8),
        ),
        forms=(Form(FormKind.GRAPHIC, "一图读懂《若干意见》", file_name="yitu.png"), Form(FormKind.QA)),
        qa=(
            QAItem("什么是概念验证？", "就是在成果转化前先验证技术可不可行、市场认不认可。"),
            QAItem("企业怎么申请<机时>？", "通过绿色通道申请。\n高校院所优先保障企业用户。"),
            QAItem("还没答的问题"),
        ),
    )


def _headings(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == "解读一级标题"]


def _open(tmp_path: Path, interp: Interpretation) -> docx.document.Document:
    path = tmp_path / "解读.docx"
    write_docx(interp, path)
    return docx.Document(str(path))


def test_docx_page_is_a4_with_gbt9704_margins(tmp_path: Path, interp: Interpretation) -> None:
    section = _open(tmp_path, interp).sections[0]
    sizes = (section.page_width, section.page_height, section.top_margin, section.bottom_margin)
    sizes += (section.left_margin, section.right_margin)
    assert [round(s.mm, 1) for s in sizes] == [210, 297, 37, 35, 28, 26]  # stored in twips


def test_docx_title_is_2hao_centred_xiaobiaosong(tmp_path: Path, interp: Interpretation) -> None:
    title = _open(tmp_path, interp).paragraphs[0]
    assert title.text == interp.title
    assert title.style.font.size == Pt(22)
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    rfonts = title.style.element.rPr.find(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == "方正小标宋简体"


def test_docx_body_is_3hao_fangsong_indented_on_a_fixed_line(tmp_path: Path, interp: Interpretation) -> None:
    document = _open(tmp_path, interp)
    body = [p for p in document.paragraphs if p.style.name == "解读正文"]
    assert body[0].text == "为进一步深化改革创新，市政府办公厅印发了《若干意见》。"
    assert body[1].text == "这是第二段。"  # the typed full-width indent is dropped: the style indents
    style = body[0].style
    assert style.font.size == Pt(16)
    assert style.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"
    fmt = style.paragraph_format
    assert fmt.first_line_indent == Pt(32)
    assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert Pt(28) <= fmt.line_spacing <= Pt(29)


def test_docx_headings_in_order_and_empty_sections_left_out(tmp_path: Path, interp: Interpretation) -> None:
    document = _open(tmp_path, interp)
    assert _headings(document) == [
        "一、背景依据",
        "二、目标任务",
        "三、主要内容",
        "四、关键词",  # no text, but keywords
        "五、执行标准",
        "六、惠民利企举措",
        "解读形式",
        "简明问答",
    ]
    heading = next(p for p in document.paragraphs if p.text == "一、背景依据")
    assert heading.style.font.size == Pt(16)
    assert heading.style.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "黑体"
    assert plan(interp).empty_sections == (Element.SCOPE, Element.CHANGES)


def test_write_docx_reports_what_it_left_out(tmp_path: Path, interp: Interpretation) -> None:
    report = write_docx(interp, tmp_path / "a.docx")
    assert report.empty_sections == (Element.SCOPE, Element.CHANGES)
    assert report.unanswered == ("还没答的问题",)


def test_docx_has_keywords_forms_and_qa(tmp_path: Path, interp: Interpretation) -> None:
    texts = [p.text for p in _open(tmp_path, interp).paragraphs]
    assert "概念验证：把实验室成果做成样品、看市场认不认之前的验证。" in texts
    assert "科技服务业" in texts
    assert "图解：一图读懂《若干意见》（yitu.png）" in texts
    assert "简明问答" in texts
    assert "问：什么是概念验证？" in texts
    assert "答：就是在成果转化前先验证技术可不可行、市场认不认可。" in texts
    assert "问：企业怎么申请<机时>？" in texts
    assert texts[-1] == "高校院所优先保障企业用户。"
    assert not any("还没答的问题" in t for t in texts)


def test_docx_is_byte_for_byte_stable(interp: Interpretation) -> None:
    first = docx_bytes(interp)
    assert docx_bytes(interp) == first
    assert first[:2] == b"PK"


def test_docx_core_properties_are_fixed(tmp_path: Path, interp: Interpretation) -> None:
    core = _open(tmp_path, interp).core_properties
    assert core.title == interp.title
    assert core.created == core.modified
    assert core.created.year == 2000
    assert core.author == ""


def test_docx_of_an_empty_interpretation_opens(tmp_path: Path) -> None:
    document = _open(tmp_path, Interpretation("空白解读"))
    assert [p.text for p in document.paragraphs] == ["空白解读"]


def test_html_has_title_sections_and_links(interp: Interpretation) -> None:
    html = render_interpretation_html(interp)
    assert "<title>《关于加快科技服务业高质量发展的若干意见》政策解读</title>" in html
    assert html.index("一、背景依据") < html.index("二、目标任务") < html.index("六、惠民利企举措")
    assert "涉及范围" not in html and "新旧政策差异" not in html
    assert "到2027年，科技服务业营业收入达到6000亿元。" in html
    assert 'href="policy.html"' in html
    assert 'href="qa.html"' in html
    assert "<dt>概念验证</dt>" in html
    assert "一图读懂《若干意见》（yitu.png）" in html
    assert "<style>" in html and "body.care" in html  # the stylesheet travels inside the page
    assert "http://" not in html and "https://" not in html


def test_html_escapes_user_text(interp: Interpretation) -> None:
    html = render_interpretation_html(interp)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;机时&gt;" in render_qa_html(interp)


def test_html_links_are_configurable(interp: Interpretation) -> None:
    html = render_interpretation_html(interp, policy_href="../p/123.html", qa_href="问答.html")
    assert 'href="../p/123.html"' in html and 'href="问答.html"' in html
    assert 'href="policy.html"' not in html


def test_html_without_qa_does_not_link_to_a_qa_page(interp: Interpretation) -> None:
    bare = Interpretation(interp.title, sections=interp.sections)
    assert 'href="qa.html"' not in render_interpretation_html(bare)


def test_qa_page_has_each_answered_question(interp: Interpretation) -> None:
    html = render_qa_html(interp)
    assert "<title>《关于进一步深化改革创新 加快科技服务业高质量发展的若干意见》简明问答</title>" in html
    assert "什么是概念验证？" in html and "企业怎么申请&lt;机时&gt;？" in html
    assert html.count('class="question"') == 2
    assert "还没答的问题" not in html
    assert 'href="interpretation.html"' in html
    assert "问：" in html and "答：" in html


def test_html_is_deterministic(interp: Interpretation) -> None:
    assert render_interpretation_html(interp) == render_interpretation_html(interp)
    assert render_qa_html(interp) == render_qa_html(interp)
    assert render_interpretation_html(interp).encode() == render_interpretation_html(interp).encode()


@pytest.mark.parametrize(
    ("n", "numeral"), [(1, "一"), (8, "八"), (10, "十"), (12, "十二"), (20, "二十"), (99, "九十九")]
)
def test_chinese_numerals(n: int, numeral: str) -> None:
    assert chinese_numeral(n) == numeral
