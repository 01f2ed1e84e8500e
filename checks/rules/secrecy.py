"""保密: 密级 marks (绝密/机密/秘密, with or without a ★ period) and restricted-circulation notices
(内部资料, 不得外传, 注意保密, 工作秘密…) block publication.

A mark is a mark only where it stands as one: a 版头 line of its own (alone or beside the 份号 and
紧急程度), the classification field, a ``秘密★1年`` form anywhere outside quotation marks, or a notice
line or bracketed note. The same words inside a sentence (不得泄露国家秘密、商业秘密, 涉及工作秘密的
信息不予公开, 标注“内部资料”的文件…) are talk about secrecy, not a mark.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from checks.context import CheckContext
from checks.registry import Hit, rule
from checks.settings import CheckSettings
from policy.document import Block, BlockKind
from policy.findings import Location, Severity

_PERIOD = r"(?:[0-9一二三四五六七八九十]+(?:年|个月|天|日)|长期|启用前|启封前|解密前)"
_LEVEL = r"(?:绝密|机密|秘密)"
_MARK_ITEM = re.compile(rf"^(?:密级[:：]?)?{_LEVEL}(?:★{_PERIOD}?)?$")
_COPY_ITEM = re.compile(r"^(?:份号[:：]?)?[0-9]{6}$")
_URGENCY_ITEM = re.compile(r"^(?:紧急程度[:：]?)?(?:特急|加急|特提|平急)$")
_STAR = re.compile(rf"(?:工作秘密|{_LEVEL})\s*★\s*{_PERIOD}?")
_QUOTES = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("《", "》"), ('"', '"'))
_LABELLED = re.compile(rf"密级[:：]\s*({_LEVEL}(?:★{_PERIOD}?)?)")

_NOTICE = (
    "内部资料|内部文件|内部材料|内部参考|内部参阅|内部发行|内部传阅|内部使用|内部事项|内部掌握|仅供内部使用|"
    "仅限内部使用|工作秘密|涉密文件|涉密材料|涉密资料|不得外传|请勿外传|严禁外传|不得外泄|注意保密|注意保管|注意保存|"
    "妥善保管|严禁复制|不得翻印|不得复印|阅后收回|用后收回|会后收回|不得转发|请勿转发|严禁转发"
)
_LEAD = r"(?:此件|本件|本文件|本材料|本资料|本文|请|严格)?(?:属于?|为|系)?"
_NOTICE_RUN = rf"{_LEAD}(?:{_NOTICE})(?:[，,、；;。.\s]*{_LEAD}(?:{_NOTICE}))*[。.！!]?"
_NOTICE_LINE = re.compile(rf"^[（(【\[〔]?{_NOTICE_RUN}[）)】\]〕]?$")
_NOTICE_NOTE = re.compile(rf"[（(【\[〔]({_NOTICE_RUN})[）)】\]〕]")
_NOT_A_MARK = frozenset({"", "无", "非密", "非涉密", "公开", "不涉密"})

_CITE = (
    "《长江区2024年政务公开工作要点》九；《中华人民共和国政府信息公开条例》第十四条；GB/T 9704-2012 §7.2.2"
)
_FIELDS = {"title": "标题", "recipients": "主送机关", "cc": "抄送机关", "printer": "印发机关", "publisher": "发布机构",
           "subject": "主题分类"}  # fmt: skip
_CITE_NOTICE = "《长江区2024年政务公开工作要点》九；《中华人民共和国政府信息公开条例》第十四条、第十六条"


@dataclass(frozen=True, slots=True)
class _Spot:
    text: str  # the mark or notice as printed
    location: Location
    place: str  # for people: 版头/页眉/表格/字段…


def _compact(text: str) -> str:
    return "".join(text.split())


def _place(block: Block) -> str:
    if block.kind is BlockKind.HEADER:
        return "页眉"
    if block.kind is BlockKind.FOOTER:
        return "页脚"
    if block.kind is BlockKind.TABLE_CELL:
        return "表格"
    return f"第{block.index + 1}段"


def _quoted(text: str, at: int) -> bool:
    """True when position ``at`` lies inside quotation marks or 《》 (a mark talked about, not printed)."""
    before = text[:at]
    for left, right in _QUOTES:
        if left == right:
            if before.count(left) % 2:
                return True
        elif before.rfind(left) > before.rfind(right):
            return True
    return False


def marks_in(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The 密级 marks in one line of text: a line of 版头 flags with a 密级 among them, a ``密级：…``
    label, or a ★ form outside quotation marks. (mark, span) pairs."""
    items = text.split()
    if (
        items
        and any(_MARK_ITEM.match(i) for i in items)
        and all(_MARK_ITEM.match(i) or _COPY_ITEM.match(i) or _URGENCY_ITEM.match(i) for i in items)
    ):
        mark = next(i for i in items if _MARK_ITEM.match(i))
        start = text.find(mark)
        return [(mark.removeprefix("密级").lstrip(":："), (start, start + len(mark)))]
    if _MARK_ITEM.match(_compact(text)):
        return [(_compact(text).removeprefix("密级").lstrip(":："), (0, len(text)))]
    found = [(m.group(1), m.span()) for m in _LABELLED.finditer(text)]
    found += [("".join(m.group().split()), m.span()) for m in _STAR.finditer(text)
              if not _quoted(text, m.start()) and not any(s <= m.start() < e for _, (s, e) in found)]  # fmt: skip
    return found


def notices_in(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Restricted-circulation notices: a line that is only such a notice, or a bracketed note."""
    if _NOTICE_LINE.match(_compact(text)):
        return [(_compact(text), (0, len(text)))]
    return [(m.group(1), m.span()) for m in _NOTICE_NOTE.finditer(text)]


def _lines(text: str) -> Iterator[tuple[int, str]]:
    at = 0
    for line in text.splitlines(keepends=True):
        yield at, line.rstrip("\r\n")
        at += len(line)


def _texts(ctx: CheckContext) -> Iterator[tuple[str, int, Location, str]]:
    """Every line to look at, with its offset in its block: the blocks (body, tables, headers, footers),
    the text fields, the 解读 and its text forms."""
    if ctx.document is not None:
        for b in ctx.document.blocks:
            for at, line in _lines(b.text):
                yield line, at, Location(block=b.index, page=b.page), _place(b)
    for name, label in _FIELDS.items():
        value = getattr(ctx.fields, name)
        if isinstance(value, str) and value:
            yield value, 0, Location(field=name), f"字段“{label}”"
    if ctx.interpretation is not None:
        for at, line in _lines(ctx.interpretation.text):
            yield line, at, Location(field="解读"), "解读"
        for form in ctx.interpretation.forms:
            for at, line in _lines(form.text):
                yield line, at, Location(field=f"解读形式.{form.kind}"), f"解读·{form.kind}"


def _spots(ctx: CheckContext, find: Callable[[str], list[tuple[str, tuple[int, int]]]]) -> list[_Spot]:
    """Each distinct mark once, where it first appears."""
    spots: dict[str, _Spot] = {}
    for line, at, loc, place in _texts(ctx):
        if not line.strip():
            continue
        for text, (start, end) in find(line):
            if text not in spots:
                span = (at + start, at + end) if loc.block is not None else None
                spots[text] = _Spot(text, Location(loc.field, loc.block, span, loc.page), place)
    return list(spots.values())


@rule(
    "BM-01-classification-mark",
    Severity.BLOCK,
    citation=_CITE,
    title="密级标志",
    fix="涉密文件不得公开：确认已依法定程序解密，删除密级标志后再提交；未解密的不得发布",
    fix_en="Classified documents may not be published: confirm the document has been declassified by the "
    "statutory procedure and remove the classification mark before submitting; do not publish it otherwise",
)
def classification_mark(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    value = _compact(ctx.fields.classification or "")
    field_block = ctx.evidence_block("classification")
    if value not in _NOT_A_MARK:
        ev = ctx.metadata.evidence.get("classification") if ctx.metadata else None
        yield Hit(
            f"文件标有密级“{value}”：涉密信息不得公开发布",
            f"The document is classified “{value}”: classified information may not be published",
            Location(field="classification", block=field_block, page=ev.page if ev else None),
            matched=value,
        )
    for spot in _spots(ctx, marks_in):
        if spot.location.block is not None and spot.location.block == field_block:
            continue
        yield Hit(
            f"{spot.place}有密级标志“{spot.text}”：涉密信息不得公开发布",
            f"{spot.place} carries the classification mark “{spot.text}”: classified information may not be published",
            spot.location,
            matched=spot.text,
        )


@rule(
    "BM-02-restricted-notice",
    Severity.BLOCK,
    citation=_CITE_NOTICE,
    title="内部资料、不得外传等限制传播标注",
    fix="标注“内部资料”“不得外传”“工作秘密”的材料不应主动公开：经保密审查确认可以公开后删除该标注，否则不得发布",
    fix_en="Material marked “内部资料”, “不得外传” or “工作秘密” is not for proactive disclosure: remove the "
    "notice once a secrecy review confirms it may be published; otherwise do not publish it",
)
def restricted_notice(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    for spot in _spots(ctx, notices_in):
        yield Hit(
            f"{spot.place}有限制传播标注“{spot.text}”：此类材料不应公开发布",
            f"{spot.place} carries the restricted-circulation notice “{spot.text}”: such material is not for publication",
            spot.location,
            matched=spot.text,
        )
