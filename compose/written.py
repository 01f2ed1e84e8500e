"""Read a 解读 the clerk wrote elsewhere (.docx, .md, .txt): its sections are recognised by the
要素 headings (一、背景依据 / ## 背景依据 / 【背景依据】 …, with the usual synonyms)."""

from __future__ import annotations

import re
from dataclasses import replace

from policy.document import ParsedDocument
from policy.interpretation import Element, Interpretation, Keyword, QAItem, Section

SYNONYMS: dict[Element, tuple[str, ...]] = {
    Element.BACKGROUND: (
        "背景依据",
        "出台背景",
        "政策背景",
        "制定背景",
        "起草背景",
        "政策依据",
        "制定依据",
        "背景和依据",
    ),
    Element.GOALS: ("目标任务", "主要目标", "工作目标", "目标和任务"),
    Element.CONTENT: ("主要内容", "核心内容", "重点内容", "主要措施"),
    Element.KEYWORDS: ("关键词", "关键词注释", "名词解释", "术语解释", "专业术语"),
    Element.SCOPE: ("涉及范围", "适用范围", "适用对象", "实施范围"),
    Element.STANDARDS: ("执行标准", "标准", "执行口径"),
    Element.MEASURES: ("惠民利企举措", "惠民利民举措", "惠企举措", "惠民举措", "支持措施"),
    Element.CHANGES: ("新旧政策差异", "新旧政策对比", "新旧对比", "主要变化", "与原政策相比"),
}
_LEAD = (
    r"^(?:#{1,6}\s*|[一二三四五六七八九十]+[、．.]\s*|[（(][一二三四五六七八九十]+[）)]\s*|\d+[、．.]\s*|【)?"
)
_HEADINGS = [
    (element, re.compile(_LEAD + "(?:" + "|".join(map(re.escape, names)) + r")(?:】)?[:：]?\s*$"))
    for element, names in SYNONYMS.items()
]
_QA_HEADING = re.compile(_LEAD + r"(?:简明问答|政策问答|问答)(?:】)?[:：]?\s*$")
_QA_Q = re.compile(r"^(?:问[:：]|Q[:：]|\d+[、．.]\s*)(.+[？?])$")
_QA_A = re.compile(r"^(?:答[:：]|A[:：])(.*)$")
_KEYWORD_LINE = re.compile(r"^[-*·]?\s*(?:\*\*)?([^：:*]{2,20})(?:\*\*)?[：:](.+)$")


def _element_of(line: str) -> Element | None:
    for element, pattern in _HEADINGS:
        if pattern.match(line):
            return element
    return None


def parse_written(document: ParsedDocument, base: Interpretation) -> Interpretation:
    """The written sections placed into ``base`` (its title kept unless the text has its own)."""
    texts: dict[Element, list[str]] = {}
    current: Element | None = None
    title = base.title
    qa: list[QAItem] = []
    for i, block in enumerate(document.body):
        line = block.text.strip()
        if not line:
            continue
        if _QA_HEADING.match(line) or _QA_Q.match(line) or _QA_A.match(line):
            current = None if _QA_HEADING.match(line) else current
            continue
        element = _element_of(line)
        if element is not None:
            current = element
            continue
        if current is None:
            if i == 0 and "解读" in line:
                title = line.lstrip("# ").strip()
            continue
        texts.setdefault(current, []).append(line.lstrip("# ").strip())
    for line in (b.text.strip() for b in document.body):
        if m := _QA_Q.match(line):
            qa.append(QAItem(m.group(1).strip()))
        elif (m := _QA_A.match(line)) and qa and not qa[-1].answer:
            qa[-1] = replace(qa[-1], answer=m.group(1).strip())
    sections = tuple(Section(e, "\n".join(texts.get(e, [])) or base.section(e).text) for e in Element)
    keywords = base.keywords
    explained = [m.groups() for m in map(_KEYWORD_LINE.match, texts.get(Element.KEYWORDS, [])) if m]
    if explained:
        keywords = tuple(Keyword(w.strip(), 0.0, e.strip()) for w, e in explained)
    return replace(base, title=title, sections=sections, keywords=keywords, qa=tuple(qa) or base.qa)
