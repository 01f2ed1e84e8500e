"""Personal data in what will be published: 居民身份证号 and 银行卡号 block, 手机号 warn (saying whether
the number stands in an official contact line or next to a private person), 统一社会信用代码 is a note.

Everything published is scanned once per check run (``checks.pii`` does the recognising): every
block of the document (body, table cells, headers, footers, text boxes), the fields, the texts of
the kind-specific details (反馈渠道, 征求结果…), the 解读 and its text forms. Each distinct number is one finding, keyed on its kind and masked form, at the
place it first appears, with the other places named.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from checks import pii
from checks.context import CheckContext
from checks.pii import PhoneRole, PiiKind, PiiMatch
from checks.registry import Hit, rule
from checks.settings import CheckSettings
from policy.details import LABELS
from policy.document import Block, BlockKind
from policy.findings import Location, Severity

_FIELD_NAMES = {
    "title": "标题", "issuer_mark": "发文机关标志", "issuers": "发文机关署名", "recipients": "主送机关",
    "attachments": "附件说明", "cc": "抄送机关", "printer": "印发机关", "signer": "签发人", "subject": "主题分类",
    "publisher": "发布机构", "disclosure": "公开属性", "validity": "有效性", "doc_type": "文种", "urgency": "紧急程度",
}  # fmt: skip
# identifiers by nature (a number in them is a serial, not a person's): not scanned
_SKIPPED_FIELDS = frozenset(
    {"doc_number", "index_number", "registration_number", "copy_number", "classification"}
)
_PERSON_HEADER = ("姓名", "户主", "申请人", "身份证", "家庭住址", "联系人姓名", "户籍")
_OFFICE_HEADER = ("单位", "部门", "机构", "窗口", "科室", "服务中心")
_NAME_CELL = re.compile(r"^[\u4e00-\u9fa5]{2,4}$")

_CITE_PERSONAL = "《长江区2024年政务公开工作要点》九；《中华人民共和国政府信息公开条例》第十五条；《中华人民共和国个人信息保护法》第二十八条"


@dataclass(frozen=True, slots=True)
class Occurrence:
    match: PiiMatch
    location: Location
    place: str  # for people: 第5段 / 表格 / 页眉 / 字段“标题” / 解读·背景依据


def _block_place(block: Block) -> str:
    if block.kind is BlockKind.HEADER:
        return "页眉"
    if block.kind is BlockKind.FOOTER:
        return "页脚"
    if block.kind is BlockKind.TABLE_CELL and block.cell is not None:
        return f"表格{block.cell[0]}第{block.cell[1] + 1}行"
    return f"第{block.index + 1}段"


def _tables(
    blocks: tuple[Block, ...],
) -> tuple[dict[tuple[int, int], tuple[PhoneRole, str]], dict[tuple[int, int], str]]:
    """For each table row below the header: is it a list of persons (表头有“姓名”, a name in the row) or an
    office directory (表头有“单位/部门”)? And each column's header text."""
    header: dict[int, str] = {}
    columns: dict[tuple[int, int], str] = {}
    rows: dict[tuple[int, int], list[str]] = {}
    for b in blocks:
        if b.cell is None:
            continue
        table, row, col = b.cell
        if row == 0:
            header[table] = header.get(table, "") + " " + b.text
            columns[table, col] = columns.get((table, col), "") + b.text
        else:
            rows.setdefault((table, row), []).append(b.text.strip())
    roles: dict[tuple[int, int], tuple[PhoneRole, str]] = {}
    for (table, row), cells in rows.items():
        head = header.get(table, "")
        if word := next((w for w in _PERSON_HEADER if w in head), None):
            roles[table, row] = PhoneRole.PRIVATE, f"人员名单，表头有“{word}”"
        elif word := next((w for w in _OFFICE_HEADER if w in head), None):
            roles[table, row] = PhoneRole.OFFICIAL, f"机构通讯表，表头有“{word}”"
        elif name := next((c for c in cells if _NAME_CELL.match(c) and c[0] in pii.SURNAMES), None):
            roles[table, row] = PhoneRole.PRIVATE, f"同一行有人名“{name}”"
    return roles, columns


_Source = tuple[str, str, Location, str, tuple[PhoneRole, str] | None]  # text, label, location, place, hint


def _sources(ctx: CheckContext) -> Iterator[_Source]:
    if ctx.document is not None:
        roles, columns = _tables(ctx.document.blocks)
        for b in ctx.document.blocks:
            hint, label = None, ""
            if b.cell is not None and b.cell[1] > 0:
                hint, label = roles.get((b.cell[0], b.cell[1])), columns.get((b.cell[0], b.cell[2]), "")
            yield b.text, label, Location(block=b.index, page=b.page), _block_place(b), hint
    for f in dataclasses.fields(ctx.fields):
        value = getattr(ctx.fields, f.name)
        if f.name in _SKIPPED_FIELDS or not value or not isinstance(value, str | tuple):
            continue
        text = value if isinstance(value, str) else "\n".join(str(v) for v in value)
        yield text, "", Location(field=f.name), f"字段“{_FIELD_NAMES.get(f.name, f.name)}”", None
    for path, text in _detail_texts(ctx.details, ()):
        names = [LABELS.get(p, p) if not p.isdigit() else f"第{int(p) + 1}项" for p in path]
        yield text, "", Location(field="details." + ".".join(path)), f"详情·{'·'.join(names)}", None
    interp = ctx.interpretation
    if interp is not None:
        parts = [("标题", interp.title)] + [(str(s.element), s.text) for s in interp.sections]
        parts += [("简明问答", f"{q.question}\n{q.answer}") for q in interp.qa]
        parts += [("关键词", k.explanation) for k in interp.keywords]
        parts += [(f"形式·{form.kind}", form.text) for form in interp.forms]
        for name, text in parts:
            if text:
                yield text, "", Location(field=f"解读.{name}"), f"解读·{name}", None


def _detail_texts(value: object, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    """The texts among the kind-specific details (反馈渠道, 征求结果, 公众参与 records, fee rows…)."""
    if isinstance(value, str):
        if value.strip():
            yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _detail_texts(item, (*path, str(key)))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _detail_texts(item, (*path, str(i)))


def _hint_applies(m: PiiMatch, hint: tuple[PhoneRole, str]) -> bool:
    """A list of persons makes every mobile in it private; other table hints only fill a gap."""
    if m.role is PhoneRole.PRIVATE:
        return False
    return hint[1].startswith("人员名单") or m.role is PhoneRole.UNKNOWN


_CACHE: list[tuple[CheckContext, dict[PiiKind, list[list[Occurrence]]]]] = []


def occurrences(ctx: CheckContext) -> dict[PiiKind, list[list[Occurrence]]]:
    """Every number found, grouped by kind and then by number (first appearance first). Cached for the
    context, so that the four rules scan the text once."""
    if _CACHE and _CACHE[0][0] is ctx:
        return _CACHE[0][1]
    groups: dict[str, list[Occurrence]] = {}
    for text, label, loc, place, hint in _sources(ctx):
        for m in pii.scan(text, ctx.today, label):
            if m.kind is PiiKind.MOBILE and hint is not None and _hint_applies(m, hint):
                m = dataclasses.replace(m, role=hint[0], cue=hint[1])
            span_loc = dataclasses.replace(loc, span=(m.start, m.end)) if loc.block is not None else loc
            groups.setdefault(m.key, []).append(Occurrence(m, span_loc, place))
    result: dict[PiiKind, list[list[Occurrence]]] = {kind: [] for kind in PiiKind}
    for group in groups.values():
        result[group[0].match.kind].append(group)
    _CACHE[:] = [(ctx, result)]
    return result


def _also(group: list[Occurrence]) -> tuple[str, str]:
    if len(group) == 1:
        return "", ""
    places = list(dict.fromkeys(o.place for o in group[1:]))
    zh = f"；另见{'、'.join(places[:3])}{'等' if len(places) > 3 else ''}，共{len(group)}处"
    return zh, f"; {len(group)} places in all"


@rule(
    "BM-03-id-number",
    Severity.BLOCK,
    citation=_CITE_PERSONAL,
    title="居民身份证号",
    fix="删除身份证号或按公示规范去标识化（如 1101**********1234）后再提交",
    fix_en="Delete the resident identity card number or mask it as public notices require "
    "(e.g. 1101**********1234) before submitting",
)
def id_number(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    for group in occurrences(ctx)[PiiKind.ID]:
        first = group[0]
        m = first.match
        what = ("15位旧号码，出生日期有效", "15-digit legacy number, valid birth date") if m.legacy else \
            ("18位，校验位正确", "18 digits, valid check digit")  # fmt: skip
        also_zh, also_en = _also(group)
        yield Hit(
            f"{first.place}含居民身份证号 {m.masked}（{what[0]}）：“{m.context}”{also_zh}",
            f"{first.place}: resident ID number {m.masked} ({what[1]}): “{m.context}”{also_en}",
            first.location,
            matched=m.key,
        )


@rule(
    "BM-04-bank-card",
    Severity.BLOCK,
    citation=_CITE_PERSONAL,
    title="银行卡号",
    fix="删除个人银行卡号或去标识化（只留前后四位）；单位对公账户确需公开的，请审核人确认后接受",
    fix_en="Delete the personal bank card number or mask it (keep only the first and last four digits); if an "
    "organisation's corporate account really must be published, the reviewer confirms it and accepts the finding",
)
def bank_card(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    for group in occurrences(ctx)[PiiKind.BANK_CARD]:
        first = group[0]
        m = first.match
        why = (f"紧随“{m.cue}”", f"after “{m.cue}”") if m.cue and m.confidence >= 0.9 else \
            ("符合卡号校验", "passes the card checksum")  # fmt: skip
        also_zh, also_en = _also(group)
        yield Hit(
            f"{first.place}含银行卡号 {m.masked}（{len(m.masked)}位，{why[0]}）：“{m.context}”{also_zh}",
            f"{first.place}: bank card number {m.masked} ({why[1]}): “{m.context}”{also_en}",
            first.location,
            matched=m.key,
        )


_ROLE_TEXT = {
    PhoneRole.OFFICIAL: (
        "在公开联系方式（“{cue}”）中：如为单位公务联系号码可以公开，个人手机号宜改为办公电话",
        "stands in an official contact line (“{cue}”): fine if it is an office number, not a private one",
    ),
    PhoneRole.PRIVATE: (
        "紧邻个人信息（{cue}），疑似私人号码，不应公开",
        "stands next to personal data ({cue}): looks like a private number, which must not be published",
    ),
    PhoneRole.UNKNOWN: (
        "前后没有“联系电话”“咨询电话”等公开联系用语，请确认不是个人号码",
        "has no official contact wording (联系电话, 咨询电话) before it: make sure it is not a private number",
    ),
}


@rule(
    "BM-05-mobile-number",
    Severity.WARN,
    citation=_CITE_PERSONAL,
    title="手机号",
    fix="个人手机号应删除或去标识化（如 138****5678）；对外联系请用单位办公电话或公开的咨询电话",
    fix_en="Delete or mask a private mobile number (e.g. 138****5678); for public contact, use the office "
    "telephone number or a published enquiry number",
)
def mobile_number(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    for group in occurrences(ctx)[PiiKind.MOBILE]:
        first = group[0]
        m = first.match
        role = m.role or PhoneRole.UNKNOWN
        zh, en = _ROLE_TEXT[role]
        also_zh, also_en = _also(group)
        yield Hit(
            f"{first.place}的手机号 {m.masked} {zh.format(cue=m.cue)}：“{m.context}”{also_zh}",
            f"{first.place}: mobile number {m.masked} {en.format(cue=m.cue)}: “{m.context}”{also_en}",
            first.location,
            matched=m.key,
        )


@rule(
    "BM-06-credit-code",
    Severity.INFO,
    citation="GB 32100-2015《法人和其他组织统一社会信用代码编码规则》；《长江区2024年政务公开工作要点》三（企业信用信息依法公开）",
    title="统一社会信用代码",
    fix="单位的统一社会信用代码可以公开；如属个体工商户等以个人身份登记的主体，请确认后再公开",
    fix_en="An organisation's unified social credit code may be published; if it belongs to an individual "
    "business or another entity registered as a person, confirm before publishing it",
)
def credit_code(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    for group in occurrences(ctx)[PiiKind.USCC]:
        first = group[0]
        m = first.match
        also_zh, also_en = _also(group)
        yield Hit(
            f"{first.place}含统一社会信用代码 {m.masked}（校验位正确）：单位代码可以公开，请确认不属于个人：“{m.context}”{also_zh}",
            f"{first.place}: unified social credit code {m.masked} (valid check character): public for "
            f"organisations, make sure it is not an individual's: “{m.context}”{also_en}",
            first.location,
            matched=m.key,
        )
