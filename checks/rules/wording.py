"""用字和表述: 异形词 (the national table's recommended forms), the district's common 错别字 and
standard 机构名称 (警告 with the recommended form), and 严重表述错误 (阻断: one is enough for a site
inspection to fail the whole site).

Every place that goes on the site is screened: the document's blocks, the 解读 (its sections,
questions and answers, keyword explanations, text forms) and the values typed for the site
(title, 发布机构…) where the document does not print them. One finding per wrong form and part,
with the number of places and the first one as location, so that the finding's id survives
re-checks and edits elsewhere.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from checks import lexicon
from checks.context import CheckContext
from checks.registry import Hit, rule
from checks.settings import CheckSettings
from policy.findings import Location, Severity

_CONTEXT_CHARS = 8
_SITE_FIELDS = ("title", "publisher", "issuers", "recipients", "issuer_mark")
_HISTORICAL = ("原", "前身", "更名前")  # 原区卫生局: an old name written as such on purpose
_NOW = ("（现", "(现", "，现", "，后更名", "（后更名")


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of publishable text and how to point at a span of it."""

    text: str
    locate: Callable[[int, int], Location]
    part_zh: str  # 正文 / 解读 / 字段“标题”


@dataclass
class _Seen:
    location: Location
    part_zh: str
    context: str
    count: int = 1


def segments(ctx: CheckContext) -> list[Segment]:
    """The document (one text, blocks joined by line breaks), the 解读, and the site fields that the
    document does not print."""
    out: list[Segment] = []
    doc_text = ""
    if ctx.document is not None and ctx.document.blocks:
        blocks = ctx.document.blocks
        starts, pos = [], 0
        for b in blocks:
            starts.append(pos)
            pos += len(b.text) + 1
        doc_text = "\n".join(b.text for b in blocks)

        def in_document(start: int, end: int) -> Location:
            i = bisect.bisect_right(starts, start) - 1
            b = blocks[i]
            return Location(block=b.index, span=(start - starts[i], end - starts[i]), page=b.page)

        out.append(Segment(doc_text, in_document, "正文"))
    if ctx.interpretation is not None:
        interp = ctx.interpretation
        parts = [interp.text, *(f.text for f in interp.forms if f.text)]
        text = "\n".join(p for p in parts if p)
        if text:
            out.append(Segment(text, lambda s, e: Location(field="interpretation"), "解读"))
    squeezed = "".join(doc_text.split())
    for key in _SITE_FIELDS:
        value = getattr(ctx.fields, key, None)
        for text in value if isinstance(value, tuple) else (value,):
            if text and "".join(text.split()) not in squeezed:
                out.append(Segment(text, lambda s, e, key=key: Location(field=key), f"字段“{key}”"))
    return out


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - _CONTEXT_CHARS) : start].rsplit("\n", 1)[-1]
    after = text[end : end + _CONTEXT_CHARS].split("\n", 1)[0]
    return f"…{before}【{text[start:end]}】{after}…"


def _collect(ctx: CheckContext, find: Callable[[str], Iterable[tuple[int, int, str]]]) -> dict[str, _Seen]:
    """Places found per (key, part), the first location kept; ``find`` yields (start, end, key)."""
    seen: dict[str, _Seen] = {}
    for seg in segments(ctx):
        for start, end, key in find(seg.text):
            slot = f"{key}\x00{seg.part_zh}"
            if slot in seen:
                seen[slot].count += 1
            else:
                seen[slot] = _Seen(seg.locate(start, end), seg.part_zh, _context(seg.text, start, end))
    return seen


def _times(n: int) -> tuple[str, str]:
    return (f"，共{n}处", f" ({n} places)") if n > 1 else ("", "")


def _word_hits(ctx: CheckContext, matcher: lexicon.WordMatcher, skip: Callable[[str, int, int], bool] | None = None
               ) -> Iterator[tuple[lexicon.Entry, _Seen]]:  # fmt: skip
    def find(text: str) -> Iterator[tuple[int, int, str]]:
        for hit in matcher.find(text):
            if skip is None or not skip(text, hit.start, hit.end):
                yield hit.start, hit.end, hit.entry.form

    for slot, seen in _collect(ctx, find).items():
        yield matcher.entries[slot.split("\x00", 1)[0]], seen


@rule(
    "YZ-01-variant-forms",
    Severity.WARN,
    citation="《第一批异形词整理表》（GF 1001—2001，教育部、国家语言文字工作委员会）",
    title="使用异形词的推荐词形",
    fix="改用《第一批异形词整理表》的推荐词形。",
    fix_en="Use the recommended form of the national table of variant words (GF 1001—2001).",
)
def variant_forms(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    matcher = lexicon.matcher(lexicon.VARIANTS, (), settings.wording_allow)
    for entry, seen in _word_hits(ctx, matcher):
        zh, en = _times(seen.count)
        yield Hit(
            f"{seen.part_zh}中“{entry.form}”应写作“{entry.recommended}”（异形词的推荐词形）{zh}：{seen.context}",
            f"Use the recommended form {entry.recommended} instead of the variant {entry.form}{en}.",
            seen.location,
            fix=f"将“{entry.form}”改为“{entry.recommended}”。",
            matched=entry.form,
            fix_en=f"Change “{entry.form}” to “{entry.recommended}”.",
        )


@rule(
    "YZ-02-misspellings",
    Severity.WARN,
    citation="《党政机关公文处理工作条例》第十九条（表述准确，文字精炼）；本区公文常见用字差错表",
    title="没有常见错别字",
    fix="改为规范写法。",
    fix_en="Use the standard form.",
)
def misspellings(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    matcher = lexicon.matcher(lexicon.MISSPELLINGS, settings.extra_variants, settings.wording_allow)
    for entry, seen in _word_hits(ctx, matcher):
        zh, en = _times(seen.count)
        yield Hit(
            f"{seen.part_zh}中“{entry.form}”应写作“{entry.recommended}”{zh}：{seen.context}",
            f"Write {entry.recommended}, not {entry.form}{en}.",
            seen.location,
            fix=f"将“{entry.form}”改为“{entry.recommended}”。",
            matched=entry.form,
            fix_en=f"Change “{entry.form}” to “{entry.recommended}”.",
        )


def _historical(text: str, start: int, end: int) -> bool:
    """原区卫生局 / 区卫计委（现区卫健委）: the old name is meant."""
    before = text[max(0, start - 4) : start]
    return any(w in before for w in _HISTORICAL) or text.startswith(_NOW, end)


@rule(
    "YZ-03-agency-names",
    Severity.WARN,
    citation="《长江区2024年政务公开工作要点》（以下称《要点》）一（机构职能信息需与网站公开保持一致）",
    title="使用规范的机构名称",
    fix="改用区委编办公布的规范机构名称（或规范化简称）。",
    fix_en="Use the standard agency name (or standard short name) published by the district's establishment office.",
)
def agency_names(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    matcher = lexicon.matcher(lexicon.AGENCIES, settings.extra_agency_names, settings.wording_allow)
    for entry, seen in _word_hits(ctx, matcher, _historical):
        zh, en = _times(seen.count)
        yield Hit(
            f"{seen.part_zh}中机构名称“{entry.form}”为错误名称或旧称，规范名称为“{entry.recommended}”{zh}：{seen.context}",
            f"{entry.form} is a wrong or former agency name; the standard name is {entry.recommended}{en}.",
            seen.location,
            fix=f"将“{entry.form}”改为“{entry.recommended}”；确需提及旧称时写作“原{entry.form}”。",
            matched=entry.form,
            fix_en=f"Change “{entry.form}” to “{entry.recommended}”; where the former name is meant, write "
            f"“原{entry.form}”.",
        )


@rule(
    "YZ-04-serious-wording",
    Severity.BLOCK,
    citation="《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决指标：严重表述错误",
    title="没有严重表述错误",
    fix="按建议改正；确属引用原文等特殊情况，由审核人写明理由后接受。",
    fix_en="Correct it as suggested; where it is a special case such as a quotation, the reviewer accepts it "
    "with a written reason.",
)
def serious_wording(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    found = lexicon.serious_patterns(settings.extra_serious)

    def find(text: str) -> Iterator[tuple[int, int, str]]:
        for i, pattern in enumerate(found):
            for m in pattern.regex.finditer(text):
                yield m.start(), m.end(), f"{i}\x01{m.group()}"

    for slot, seen in _collect(ctx, find).items():
        index, matched = slot.split("\x00", 1)[0].split("\x01", 1)
        pattern = found[int(index)]
        zh, en = _times(seen.count)
        advice = f"，{pattern.suggestion}" if pattern.suggestion else ""
        yield Hit(
            f"{seen.part_zh}中有严重表述错误“{matched}”：{pattern.explanation}{advice}{zh}：{seen.context}",
            f"Serious wording error (严重表述错误): {matched}{en}; the reason and the fix are in the Chinese message.",
            seen.location,
            fix=f"{pattern.suggestion}。" if pattern.suggestion else "",
            matched=matched,
            fix_en=f"Correct “{matched}” as suggested: {pattern.suggestion}." if pattern.suggestion else "",
        )
