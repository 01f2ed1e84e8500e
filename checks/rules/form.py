"""GB/T 9704-2012 form as the text shows it: 发文字号, 成文日期, 标题 文种, 主送机关 colon, 附件说明 ↔
附件, and the order of the heading levels. (Paper, margins and type need a .docx: ``docx_layout``.)"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from checks.citations import GB
from checks.context import CheckContext
from checks.registry import Hit, rule
from checks.settings import CheckSettings
from policy.dates import chinese_number, find_dates
from policy.docnumber import DocNumber, find_doc_numbers, parse_doc_number
from policy.document import Block, BlockKind
from policy.findings import Location, Severity
from policy.metadata import DOC_TYPES, Evidence
from policy.submission import Kind

_WS = re.compile(r"[\s\u3000\xa0]+")
_TRAILING_NOTE = re.compile(r"[（(](?:试行|暂行|修订|修正|征求意见稿|送审稿|草案)[）)]$")
# titles of documents that a 公文 issues (印发) rather than 公文 kinds themselves
_ISSUED_KINDS = ("办法", "规定", "细则", "规则", "条例", "方案", "规划", "计划", "要点", "措施", "指引", "标准",
                 "清单")  # fmt: skip
_ATTACHMENT_LABEL = re.compile(r"^附件[\d一二三四五六七八九十]*[:：.．、]?")
_LEADING_ZERO = re.compile(r"年[ \t\u3000]*0\d[ \t\u3000]*月|月[ \t\u3000]*0\d[ \t\u3000]*日")
_CN_DIGITS = "零一二三四五六七八九"


def compact(text: str) -> str:
    return _WS.sub("", text)


def _cn(day) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def evidence(ctx: CheckContext, key: str) -> Evidence | None:
    return ctx.metadata.evidence.get(key) if ctx.metadata is not None else None


def block_at(ctx: CheckContext, index: int | None) -> Block | None:
    if ctx.document is None or index is None:
        return None
    blocks = ctx.document.blocks
    if 0 <= index < len(blocks) and blocks[index].index == index:
        return blocks[index]
    return next((b for b in blocks if b.index == index), None)


def located(block: Block, field: str | None = None, span: tuple[int, int] | None = None) -> Location:
    return Location(field=field, block=block.index, span=span, page=block.page)


# -- 发文字号, 成文日期, 标题, 主送机关 ------------------------------------------------------------


def _fixed_number(number: DocNumber, ctx: CheckContext) -> str:
    year = number.year
    if len(year) != 4 and ctx.fields.date is not None and str(ctx.fields.date.year).endswith(year):
        year = str(ctx.fields.date.year)
    return f"{number.agency}〔{year}〕{int(number.serial)}号"


@rule(
    "GB-01-doc-number-form",
    Severity.WARN,
    citation=f"{GB} §7.2.5（发文字号）",
    title="发文字号格式",
    fix="年份用六角括号〔〕并标全称，顺序号不加“第”、不编虚位，如 昌府办字〔2024〕6号。",
    fix_en="Put the year in full inside hexagonal brackets 〔〕; give the serial number without “第” and "
    "without leading zeros, e.g. 昌府办字〔2024〕6号.",
    kinds=[Kind.POLICY],
)
def doc_number_form(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    value = ctx.fields.doc_number or ""
    ev = evidence(ctx, "doc_number")
    block = block_at(ctx, ev.block if ev else None)
    number = parse_doc_number(value)
    if number is not None and number.problems:
        fixed = _fixed_number(number, ctx)
        where = (
            located(block, "doc_number", ev.span if ev else None) if block else Location(field="doc_number")
        )
        yield Hit(
            f"发文字号“{value}”不合规范：{'；'.join(number.problems)}；应为“{fixed}”",
            f"The document number {value} departs from GB/T 9704 §7.2.5; it should read {fixed}.",
            where,
            fix=f"改为“{fixed}”（原件与“文件信息”一并修改）。",
            matched=value,
            fix_en=f"Change it to {fixed} (in the original and on the Document tab alike).",
        )
        return
    # the field was corrected, but the original may still print the old form
    printed = next((n for n in find_doc_numbers(compact(block.text)) if n.problems), None) if block else None
    if printed is not None and number is not None and printed.normalized == number.normalized:
        fixed = _fixed_number(printed, ctx)
        yield Hit(
            f"原件印的发文字号“{printed.printed}”不合规范：{'；'.join(printed.problems)}；应为“{fixed}”",
            f"The original prints the document number as {printed.printed}; it should read {fixed}.",
            located(block),
            fix=f"在原件中改为“{fixed}”。",
            matched=printed.printed,
            fix_en=f"Change it to {fixed} in the original.",
        )


@rule(
    "GB-02-date-form",
    Severity.WARN,
    citation=f"{GB} §7.3.5.4（成文日期）",
    title="成文日期格式",
    fix="用阿拉伯数字将年、月、日标全，年份标全称，月、日不编虚位，如 2024年3月4日。",
    fix_en="Write the year, month and day in full in Arabic numerals, the year with all its digits and the "
    "month and day without leading zeros, e.g. 2024年3月4日.",
    kinds=[Kind.POLICY],
)
def date_form(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    ev = evidence(ctx, "date")
    block = block_at(ctx, ev.block if ev else None)
    if block is None:
        return
    dates = list(find_dates(block.text))
    found = next((d for d in dates if d.value == ctx.fields.date), dates[0] if dates else None)
    if found is None:
        return
    printed = block.text[found.start : found.end]
    fixed = _cn(found.value)
    where = located(block, "date", (found.start, found.end))
    if found.form == "chinese":
        yield Hit(
            f"成文日期“{compact(printed)}”用汉字书写，现行格式用阿拉伯数字：“{fixed}”",
            f"The date is written in Chinese numerals; GB/T 9704-2012 uses Arabic numerals: {fixed}.",
            where, fix=f"改为“{fixed}”。", matched=compact(printed), severity=Severity.INFO,
            fix_en=f"Change it to {fixed}.",
        )  # fmt: skip
    elif found.form == "numeric" or _LEADING_ZERO.search(printed):
        why = "不应写作数字分隔格式" if found.form == "numeric" else "月、日不编虚位"
        yield Hit(
            f"成文日期“{compact(printed)}”{why}，应为“{fixed}”",
            f"The date {printed} should read {fixed}.",
            where, fix=f"改为“{fixed}”。", matched=compact(printed), fix_en=f"Change it to {fixed}.",
        )  # fmt: skip


def title_kind(title: str) -> str | None:
    """The 文种 a title ends with (复函, 实施意见, 公示公告 count as 函, 意见, 公告)."""
    core = _TRAILING_NOTE.sub("", compact(title))
    kind = next((k for k in sorted(DOC_TYPES, key=len, reverse=True) if core.endswith(k)), None)
    return kind or ("命令" if core.endswith("令") else None)


@rule(
    "GB-03-title-doc-type",
    Severity.WARN,
    citation="《党政机关公文处理工作条例》第八条、第九条；GB/T 9704-2012 §7.3.1",
    title="标题以文种结尾",
    fix="标题由发文机关、事由和文种组成，以15种文种之一结尾（如“……的通知”“……的实施意见”）。",
    fix_en="Compose the title of the issuing body, the subject and the document kind, ending with one of "
    "the 15 document kinds (e.g. “……的通知”, “……的实施意见”).",
    kinds=[Kind.POLICY],
)
def title_doc_type(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    title = compact(ctx.fields.title or "")
    if not title or title_kind(title):
        return
    ev = evidence(ctx, "title")
    block = block_at(ctx, ev.block if ev else None)
    where = located(block, "title") if block else Location(field="title")
    issued = next((k for k in _ISSUED_KINDS if _TRAILING_NOTE.sub("", title).endswith(k)), None)
    if issued:
        yield Hit(
            f"标题“{title}”以“{issued}”结尾，不是公文文种；{issued}通常由“关于印发……的通知”等公文发布",
            f"The title ends with {issued}, which is not one of the 15 document kinds; it is usually issued by a notice.",
            where, matched=title, severity=Severity.INFO,
        )  # fmt: skip
        return
    yield Hit(
        f"标题“{title}”未以文种结尾（{'、'.join(DOC_TYPES)}）",
        "The title does not end with one of the 15 document kinds.",
        where,
        matched=title,
    )


@rule(
    "GB-04-recipients-colon",
    Severity.WARN,
    citation=f"{GB} §7.3.2（主送机关）",
    title="主送机关后用全角冒号",
    fix="主送机关最后一个机关名称后标全角冒号“：”。",
    fix_en="Put a full-width colon “：” after the last name in the recipients line.",
    kinds=[Kind.POLICY],
)
def recipients_colon(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    ev = evidence(ctx, "recipients")
    if ev is None or ev.block is None:
        return
    for index in (ev.block, ev.block + 1):  # a wrapped list ends on the next line
        block = block_at(ctx, index)
        text = block.text.rstrip() if block else ""
        if text.endswith("："):
            return
        if text.endswith(":"):
            yield Hit(
                f"主送机关“{compact(text)}”末尾是半角冒号“:”，应为全角冒号“：”",
                "The recipients line ends with a half-width colon; GB/T 9704 uses a full-width one.",
                located(block, "recipients", (len(text) - 1, len(text))),  # type: ignore[arg-type]
                fix="把末尾的“:”改为“：”。",
                matched=compact(text),
                fix_en="Change the final “:” to “：”.",
            )
            return


# -- 附件说明 ↔ 附件 -------------------------------------------------------------------------------


def title_key(text: str) -> str:
    t = _ATTACHMENT_LABEL.sub("", compact(text))
    return t.strip("《》“”\"'").rstrip("。；;，,")


def _media_key(name: str) -> str:
    stem = title_key(Path(name).stem)
    return title_key(re.sub(r"^\d{1,3}[\s._\-—、．]*", "", stem))


def _printed_after(blocks: list[Block], key: str) -> bool:
    """``key`` printed as a title: one block, or up to four blocks of a wrapped title."""
    for i in range(len(blocks)):
        joined = ""
        for block in blocks[i : i + 4]:
            joined = title_key(joined + compact(block.text))
            if joined == key:
                return True
            if not joined or not key.startswith(joined):
                break
    return False


@rule(
    "GB-05-attachment-titles",
    Severity.WARN,
    citation=f"{GB} §7.3.4（附件说明）、§7.3.7（附件）",
    title="附件说明与附件一致",
    fix="附件说明中的名称应与附件标题一致；附件随文印出，或作为单独的附件文件一并导入。",
    fix_en="Make the names in the list of attachments match the attachment titles; print each attachment "
    "after the document, or import it as a separate attachment file.",
    kinds=[Kind.POLICY],
)
def attachment_titles(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    items = ctx.fields.attachments
    if not items:
        return
    note, date = evidence(ctx, "attachments"), evidence(ctx, "date")
    starts = [e.block for e in (date, note) if e is not None and e.block is not None]
    start = max(starts) if starts else -1
    blocks = [b for b in ctx.document.body if b.index > start] if ctx.document is not None else []
    files = [_media_key(name) for name, _ in ctx.media]
    for item in items:
        key = title_key(item)
        if not key or _printed_after(blocks, key) or any(f and (f == key or key in f) for f in files):
            continue
        block = block_at(ctx, note.block if note else None)
        here = next((b for b in ctx.document.body if block and b.index >= block.index
                     and key[:8] in compact(b.text)), block) if ctx.document else None  # fmt: skip
        yield Hit(
            f"附件说明列出的“{item}”在文后找不到标题相同的附件，也没有同名的附件文件",
            f"The attachment {item} listed in the 附件说明 is neither printed after the date nor imported as a file.",
            located(here, "attachments") if here else Location(field="attachments"),
            matched=item,
        )


# -- 结构层次序数 ------------------------------------------------------------------------------------

_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")


def _numeral(marker: str) -> int | None:
    core = marker.strip("、．.（）()").translate(_WIDE)
    return int(core) if core.isdigit() else chinese_number(core)


def _marker(level: int, n: int) -> str:
    cn = (
        _CN_DIGITS[n]
        if n < 10
        else f"{_CN_DIGITS[n // 10] if n >= 20 else ''}十{_CN_DIGITS[n % 10] if n % 10 else ''}"
    )
    return {1: f"{cn}、", 2: f"（{cn}）", 3: f"{n}.", 4: f"（{n}）"}[level]


def _outline_events(ctx: CheckContext) -> Iterator[tuple[int, int | None, str, str]]:
    """(block, level, marker, text) in order; level None marks a 第X条 (a parent for （一）) and level 0 a
    fresh start (the enclosed document, or an attachment after the date)."""
    structure = ctx.metadata.structure
    note, date = evidence(ctx, "attachments"), evidence(ctx, "date")
    skip_from = note.block if note and note.block is not None else None
    skip_to = date.block if date and date.block is not None else None
    cells = (
        {b.index for b in ctx.document.blocks if b.kind is BlockKind.TABLE_CELL} if ctx.document else set()
    )
    fresh = (
        {structure.enclosed.block} if structure.enclosed and structure.enclosed.block is not None else set()
    )
    if skip_to is not None and ctx.document is not None:
        fresh |= {b.index for b in ctx.document.body
                  if b.index > skip_to and re.fullmatch(r"附件[\d一二三四五六七八九十]*", compact(b.text))}  # fmt: skip
        fresh.add(skip_to)
    events: list[tuple[int, int | None, str, str]] = [(b, 0, "", "") for b in fresh]
    events += [(c.block, None, c.label, c.text) for c in structure.clauses]
    for h in structure.outline:
        in_note = skip_from is not None and h.block >= skip_from and (skip_to is None or h.block <= skip_to)
        if h.block not in cells and not in_note:
            events.append((h.block, h.level, h.marker, h.text))
    yield from sorted(events, key=lambda e: (e[0], e[1] is not None, e[1] or 0))


@rule(
    "GB-10-heading-order",
    Severity.WARN,
    citation=f"{GB} §7.3.3（结构层次序数：一、（一）1.（1））",
    title="结构层次序数依次排列",
    fix="结构层次依次用“一、”“（一）”“1.”“（1）”标注，同层序号连续，不跳号。",
    fix_en="Number the heading levels in turn with “一、”, “（一）”, “1.”, “（1）”; number each level "
    "consecutively, without gaps.",
    kinds=[Kind.POLICY],
)
def heading_order(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    if ctx.metadata is None or ctx.document is None:
        return
    last: dict[int, int | None] = dict.fromkeys(range(1, 5))  # under the current parent
    running: dict[int, int | None] = dict.fromkeys(range(1, 5))  # numbered on across parents
    parent = warned_top = False  # parent: a 第X条 above, under which （一） lists are at home
    for index, level, marker, text in _outline_events(ctx):
        if level == 0:
            last, running = dict.fromkeys(range(1, 5)), dict.fromkeys(range(1, 5))
            parent = warned_top = False
            continue
        if level is None:
            last, parent = {1: last[1], 2: None, 3: None, 4: None}, True
            continue
        n = _numeral(marker)
        block = block_at(ctx, index)
        if n is None or block is None:
            continue
        label = f"“{marker}{text[:16]}”"
        if level == 1 and n == 1:
            last, running = dict.fromkeys(range(1, 5)), dict.fromkeys(range(1, 5))
        elif level == 2 and not parent and last[1] is None and not warned_top:
            warned_top = True
            if not _after_lead_in(ctx, index):
                yield Hit(
                    f"{label}是第二层序数，但此前没有第一层“一、”",
                    f"{marker} (second level) appears before any first-level heading 一、.",
                    located(block), fix="第一层用“一、”，第二层“（一）”在其下。", matched=f"top:{marker}{text[:16]}",
                    fix_en="Use “一、” for the first level, with the second level “（一）” beneath it.",
                )  # fmt: skip
        expected = (last[level] or 0) + 1
        if n not in (expected, 1, (running[level] or 0) + 1):
            yield Hit(
                f"{label}序号不连续：应为“{_marker(level, expected)}”",
                f"Heading {marker} is out of sequence; {_marker(level, expected)} was expected.",
                located(block), matched=f"{marker}{text[:16]}",
            )  # fmt: skip
        last[level] = running[level] = n
        for deeper in range(level + 1, 5):
            last[deeper] = None


def _after_lead_in(ctx: CheckContext, index: int) -> bool:
    """An enumeration a sentence announces ('委员：' then （一）（二）) is a list, not a heading level."""
    before = [b for b in ctx.document.body if b.index < index and compact(b.text)] if ctx.document else []
    return bool(before) and compact(before[-1].text).endswith(("：", ":"))
