"""The 解读 skeleton, the suggestions per 要素 and the 简明问答 scaffold, on real and built policies."""

import pytest

from compose.qa import scaffold
from compose.skeleton import ComposeSettings, skeleton
from compose.suggestions import suggest
from compose.written import parse_written
from extractors.metadata import extract
from extractors.pipeline import extract_file
from policy.document import Block, BlockKind, ParsedDocument
from policy.interpretation import ELEMENTS, Element, Interpretation
from tests.extractors.test_metadata_layouts import BODY, LEFT, NUMBER, RED, SIGN, TITLE, build


@pytest.fixture(scope="module")
def housing(corpus):
    result = extract_file(corpus / "d055.docx")
    return result.document, result.metadata


def enclosing_notice():
    return build(
        ("长江区人民政府办公室文件", RED),
        ("长府办发〔2024〕7号", NUMBER),
        ("长江区人民政府办公室关于印发《长江区中小企业发展扶持办法》的通知", TITLE),
        ("各街道办事处，区政府各部门：", LEFT),
        ("《长江区中小企业发展扶持办法》已经区政府同意，现印发给你们，请认真贯彻执行。", BODY),
        ("长江区人民政府办公室", SIGN),
        ("2024年6月4日", SIGN),
        ("长江区中小企业发展扶持办法", TITLE, BlockKind.PARAGRAPH, 2),
        (
            "第一条　为进一步促进中小企业发展，根据《中华人民共和国中小企业促进法》，制定本办法。",
            BODY,
            BlockKind.PARAGRAPH,
            2,
        ),
        ("第二条　本办法适用于在本区登记注册的中小企业。", BODY, BlockKind.PARAGRAPH, 2),
        ("第三条　到2026年，全区新增规模以上中小企业100家。", BODY, BlockKind.PARAGRAPH, 2),
        ("第四条　对新认定的专精特新企业给予一次性奖励20万元。", BODY, BlockKind.PARAGRAPH, 2),
        ("第五条　企业向区工业和信息化局提出申请，提交申请材料。", BODY, BlockKind.PARAGRAPH, 2),
        ("第六条　本办法自2024年7月1日起施行，有效期5年。", BODY, BlockKind.PARAGRAPH, 2),
    )


def test_skeleton_has_the_eight_elements_in_order_and_a_title_about_the_policy(housing):
    _, meta = housing
    interp = skeleton(meta)
    assert [s.element for s in interp.sections] == list(ELEMENTS)
    assert interp.title == "关于《广州市住房和城乡建设局关于进一步加强户籍家庭住房保障工作的通知》的政策解读"
    assert all(not s.text for s in interp.sections)  # the app suggests; the clerk writes


def test_a_district_title_pattern_is_a_setting(housing):
    _, meta = housing
    interp = skeleton(meta, ComposeSettings(title_pattern="《{title}》政策解读"))
    assert interp.title.startswith("《广州市住房") and interp.title.endswith("》政策解读")
    with pytest.raises(ValueError):
        ComposeSettings(title_pattern="没有占位符")


def test_for_a_notice_that_issues_a_measure_the_interpretation_is_about_the_measure():
    doc = enclosing_notice()
    meta = extract(doc)
    interp = skeleton(meta)
    assert interp.title == "关于《长江区中小企业发展扶持办法》的政策解读"
    found = suggest(doc, meta)
    content = [s.text for s in found[Element.CONTENT]]
    assert content[0].startswith("第一条")  # the measure's clauses, not the two-line cover notice
    assert all("印发给你们" not in s.text for group in found.values() for s in group)
    assert any("中华人民共和国中小企业促进法" in s.text for s in found[Element.BACKGROUND])
    assert [s.source.label for s in found[Element.SCOPE]] == ["第二条"]
    assert any("到2026年" in s.text for s in found[Element.GOALS])
    assert any("20万元" in s.text for s in found[Element.STANDARDS])
    assert any("奖励" in s.text for s in found[Element.MEASURES])


def test_every_suggestion_points_at_the_text_it_came_from(housing):
    doc, meta = housing
    found = suggest(doc, meta)
    assert found[Element.BACKGROUND] and found[Element.STANDARDS] and found[Element.MEASURES]
    for group in found.values():
        for s in group:
            block = doc.blocks[s.source.block]
            if s.kind in ("sentence", "target", "figure"):
                start, end = s.source.span
                assert block.text[start:end] == s.text
    cited = [s.text for s in found[Element.BACKGROUND] if s.kind == "citation"]
    assert "《公共租赁住房管理办法》" in cited and len(cited) == len(set(cited))
    standards = " ".join(s.text for s in found[Element.STANDARDS])
    assert "49952元" in standards and "37元" in standards


def test_qa_scaffold_asks_what_citizens_ask_and_points_to_answers():
    doc = enclosing_notice()
    qa = scaffold(doc, extract(doc))
    by_question = {q.question: q for q in qa}
    assert all(not q.answer for q in qa)
    assert [s.label for s in by_question["何时起施行？有效期多长？"].sources] == ["第六条"]
    assert "第二条" in [s.label for s in by_question["哪些人（单位）适用？谁可以申请？"].sources]
    assert "第五条" in [s.label for s in by_question["如何办理？需要哪些材料？"].sources]


def test_written_interpretation_is_split_by_element_headings():
    lines = [
        "关于《长江区中小企业发展扶持办法》的政策解读",
        "一、出台背景",
        "近年来我区中小企业数量增长较快。",
        "二、主要内容",
        "办法共六条，明确了扶持对象和奖励标准。",
        "## 适用范围",
        "在本区登记注册的中小企业。",
        "【关键词注释】",
        "专精特新：专业化、精细化、特色化、新颖化。",
        "简明问答",
        "问：奖励多少？",
        "答：一次性奖励20万元。",
    ]
    doc = ParsedDocument("w.txt", "txt", tuple(Block(i, t) for i, t in enumerate(lines)))
    interp = parse_written(doc, Interpretation("草稿标题"))
    assert interp.title == lines[0]
    assert interp.section(Element.BACKGROUND).text == "近年来我区中小企业数量增长较快。"
    assert interp.section(Element.CONTENT).text.startswith("办法共六条")
    assert interp.section(Element.SCOPE).text == "在本区登记注册的中小企业。"
    assert [(k.word, k.explanation) for k in interp.keywords] == [
        ("专精特新", "专业化、精细化、特色化、新颖化。")
    ]
    assert [(q.question, q.answer) for q in interp.qa] == [("奖励多少？", "一次性奖励20万元。")]
    assert interp.section(Element.CHANGES).text == ""
