"""Candidate sentences and facts for each 要素, each pointing back to where it is in the policy.

The clerk judges and rewrites them: nothing here is text for the 解读 as it stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from compose.sentences import Sentence, body_range, labels, sentences
from compose.skeleton import ComposeSettings
from policy.document import ParsedDocument
from policy.interpretation import Element, SourceRef, Suggestion
from policy.metadata import PolicyMetadata

BACKGROUND = re.compile(
    r"^(?:[一二三四五六七八九十]+、)?(?:为了|为进一步|为加快|为深入|为切实|为全面|为贯彻|为落实|为推动|为规范|为保障|为促进|根据|按照|依据|依照|贯彻|落实)"
)
TARGET = re.compile(r"到20\d\d年|目标|力争|任务是|主要任务|总体要求")
SCOPE = re.compile(
    r"适用于|本(?:办法|规定|细则|意见|通知|方案|措施)所称|适用对象|适用范围|对象为|对象是|范围为|范围包括"
)
FIGURE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:万元|亿元|元|％|%|平方米|公顷|亩|个月|个工作日|工作日|年|日|天|倍|人|户|小时|岁|周岁|公里|千瓦)"
    r"|不超过|不低于|不少于|最高|最低|以内|以上"
)
MEASURE = re.compile(r"补贴|奖励|减免|优惠|扶持|资助|免征|免交|补助|贴息|给予支持|奖补|降低.{0,6}费|税收")


def _pick(
    items: Iterable[Sentence], pattern: re.Pattern[str], element: Element, kind: str, limit: int
) -> list[Suggestion]:
    found: list[Suggestion] = []
    seen: set[str] = set()
    for s in items:
        if pattern.search(s.text) and s.text not in seen:
            seen.add(s.text)
            found.append(Suggestion(element, s.text, s.source, kind))
            if len(found) >= limit:
                break
    return found


def _citations(document: ParsedDocument, metadata: PolicyMetadata, limit: int) -> list[Suggestion]:
    """Documents the policy cites: 《titles》 and 文号 (normalised to 〔〕), each once."""
    start, stop = body_range(document, metadata)
    seen: set[str] = set()
    out: list[Suggestion] = []
    own = metadata.fields.doc_number
    for c in metadata.structure.citations:
        if (
            c.normalized in seen
            or c.normalized == own
            or not (start <= c.block < stop or c.kind == "doc_number")
        ):
            continue
        seen.add(c.normalized)
        text = f"《{c.normalized}》" if c.kind == "title" else c.normalized
        page = document.blocks[c.block].page if c.block < len(document.blocks) else None
        out.append(Suggestion(Element.BACKGROUND, text, SourceRef(c.block, c.span, page), "citation"))
        if len(out) >= limit:
            break
    return out


def _outline(document: ParsedDocument, metadata: PolicyMetadata, limit: int) -> list[Suggestion]:
    """The headings (一、（一）) or the 第X条 clauses as a frame for 主要内容."""
    start, stop = body_range(document, metadata)
    out: list[Suggestion] = []
    clauses = [c for c in metadata.structure.clauses if start <= c.block < stop]
    if len(clauses) >= 3:
        for c in clauses:
            first = re.split(r"[。；]", c.text.removeprefix(c.label).strip(" \u3000"), maxsplit=1)[0]
            page = document.blocks[c.block].page
            out.append(
                Suggestion(
                    Element.CONTENT,
                    f"{c.label}　{first[:40]}",
                    SourceRef(c.block, None, page, c.label),
                    "heading",
                )
            )
    else:
        block_labels = labels(metadata)
        for h in metadata.structure.outline:
            if h.level <= 2 and start <= h.block < stop:
                indent = "" if h.level == 1 else "　"
                page = document.blocks[h.block].page
                label = block_labels.get(h.block, h.marker.rstrip("、"))
                out.append(
                    Suggestion(
                        Element.CONTENT,
                        f"{indent}{h.marker}{h.text}",
                        SourceRef(h.block, None, page, label),
                        "heading",
                    )
                )
    return out[: max(limit, 20)]


def suggest(
    document: ParsedDocument,
    metadata: PolicyMetadata,
    settings: ComposeSettings | None = None,
    keywords: Callable[[], Iterable[Suggestion]] | None = None,
) -> dict[Element, tuple[Suggestion, ...]]:
    """Suggestions for each 要素. 关键词 come from ``keywords`` when given; 新旧政策差异 from the
    comparison with the old policy, which the caller adds."""
    n = (settings or ComposeSettings()).max_suggestions
    items = sentences(document, metadata)
    found: dict[Element, list[Suggestion]] = {
        Element.BACKGROUND: _pick(items, BACKGROUND, Element.BACKGROUND, "sentence", n)
        + _citations(document, metadata, n),
        Element.GOALS: _pick(items, TARGET, Element.GOALS, "target", n),
        Element.CONTENT: _outline(document, metadata, n),
        Element.KEYWORDS: list(keywords()) if keywords else [],
        Element.SCOPE: _pick(items, SCOPE, Element.SCOPE, "sentence", n),
        Element.STANDARDS: _pick(items, FIGURE, Element.STANDARDS, "figure", n),
        Element.MEASURES: _pick(items, MEASURE, Element.MEASURES, "sentence", n),
        Element.CHANGES: [],
    }
    return {element: tuple(found[element]) for element in Element}
