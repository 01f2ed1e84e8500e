"""政务公开 document rules (《要点》一, 九): the five elements, 有效性/有效期 (规范性文件 above all:
施行日期, 有效期, still in force today) and the 公开属性 with its reason."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from checks.citations import YAODIAN
from checks.context import CheckContext
from checks.registry import Hit, rule
from checks.settings import CheckSettings
from policy.docnumber import parse_doc_number
from policy.findings import Location, Severity
from policy.metadata import Fields
from policy.submission import Kind

# 公告/通告/函 are often issued without a 文号: its absence is worth a look, not a stop
NUMBERLESS_KINDS = ("公告", "通告", "函")
NOT_FOR_SITE = ("依申请公开", "不予公开")
# 施行 wording: 自2024年7月1日起施行, 自印发之日起实施, 均从2025年1月1日起执行, 自…起按新标准计算执行
EFFECTIVE_WORDING = re.compile(
    r"(?:自|从)[^。；;]{0,30}?(?:之日|\d{1,2}日|[一二三四五六七八九十]日)起?[^。；;]{0,10}?(?:施行|实施|生效|执行)"
)
TERM_WORDING = re.compile(r"有效期(?:为|是|至|到|截至|截止|自|[:：]|[一二三四五六七八九十两\d]{1,3}年)")
VALIDITY_WORDING = re.compile(f"{TERM_WORDING.pattern}|{EFFECTIVE_WORDING.pattern}")
# 规范性文件 titles: 办法/规定/细则/实施意见 (with 暂行/试行 and a trailing （试行） allowed)
NORMATIVE_TITLE = re.compile(r"(?:办法|规定|细则|实施意见)$")
_TRAILING_NOTE = re.compile(r"[（(](?:试行|暂行|修订|修正|征求意见稿|送审稿|草案)[）)]$")
_INTERNAL = re.compile(r"内部")
_INTERNAL_RECIPIENTS = re.compile(r"处室|科室|机关各|局属各|委属各")
_MIN_BODY_CHARS = 20
_HEAD_TAIL_FIELDS = ("doc_number", "issuer_mark", "title", "recipients", "issuers", "date", "disclosure",
                     "cc", "printer", "print_date", "attachments", "copy_number", "classification", "urgency",
                     "registration_number", "signer")  # fmt: skip


def _at(ctx: CheckContext, key: str) -> Location:
    """The field, with the block it was printed in when the extraction found it there."""
    ev = ctx.metadata.evidence.get(key) if ctx.metadata is not None else None
    if ev is None:
        return Location(field=key)
    return Location(field=key, block=ev.block, span=ev.span, page=ev.page)


def _cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _has_body(ctx: CheckContext) -> bool:
    """Text beyond the 版头, title and 落款: the 正文."""
    if ctx.document is None:
        return False
    evidence = ctx.metadata.evidence if ctx.metadata is not None else {}
    used = {ev.block for key, ev in evidence.items() if key in _HEAD_TAIL_FIELDS and ev.block is not None}
    title = re.sub(r"\s+", "", ctx.fields.title or "")
    chars = 0
    for block in ctx.document.body:
        text = re.sub(r"\s+", "", block.text)
        if block.index in used or (title and text in title):
            continue
        chars += len(text)
    return chars >= _MIN_BODY_CHARS


@rule(
    "GK-01-five-elements",
    Severity.BLOCK,
    citation=f"{YAODIAN}一（政策文件要素齐全：标题、文号、正文、发文时间、发文机关）",
    title="五要素齐全",
    fix="补全缺少的要素：在“文件信息”中填写，或确认原文已印出。",
    fix_en="Supply the missing elements: fill them in on the Document tab, or confirm that the original "
    "prints them.",
    kinds=[Kind.POLICY],
)
def five_elements(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    f = ctx.fields
    if not (f.title or "").strip():
        yield Hit("缺少标题：政策文件须有标题", "The title is missing.", Location(field="title"),
                  fix="在“文件信息”中填写标题（发文机关＋事由＋文种）。", matched="title",
                  fix_en="Fill in the title on the Document tab (issuing body + subject + document "
                  "kind).")  # fmt: skip
    if not (f.doc_number or "").strip():
        kind = f.doc_type or next((k for k in NUMBERLESS_KINDS if (f.title or "").endswith(k)), "")
        if kind in NUMBERLESS_KINDS:
            yield Hit(
                f"缺少文号：{kind}有时不编发文字号，请确认原件确无文号，有则补填",
                f"No document number: a {kind} is sometimes issued without one; confirm, or fill it in.",
                Location(field="doc_number"),
                fix="原件有发文字号的，在“文件信息”中填写；确无文号的，由审核人接受此项并写明理由。",
                matched="doc_number",
                severity=Severity.WARN,
                fix_en="If the original has a document number, fill it in on the Document tab; if it truly has "
                "none, the reviewer accepts this finding and gives the reason.",
            )
        else:
            yield Hit(
                "缺少文号：政策文件须标注发文字号，网站按文号检索和关联",
                "The document number (发文字号) is missing; the site files and links documents by it.",
                Location(field="doc_number"),
                fix="在“文件信息”中填写发文字号，如 昌府办字〔2024〕26号；确无文号的须由审核人接受并写明理由。",
                matched="doc_number",
                fix_en="Fill in the document number on the Document tab, e.g. 昌府办字〔2024〕26号; if there truly is "
                "none, the reviewer must accept this finding and give the reason.",
            )
    if not _has_body(ctx):
        yield Hit("缺少正文：未读到标题和落款以外的正文内容", "No body text was found beyond the title and signature.",
                  Location(), fix="导入含正文的原件（扫描件须先做文字识别）。", matched="body",
                  fix_en="Import an original that contains the body text (run text recognition on a scan "
                  "first).")  # fmt: skip
    if f.date is None:
        yield Hit("缺少发文时间（成文日期）", "The date of the document (成文日期) is missing.",
                  Location(field="date"), fix="在“文件信息”中填写成文日期。", matched="date",
                  fix_en="Fill in the date of the document on the Document tab.")  # fmt: skip
    if not f.issuers and not (f.issuer_mark or "").strip():
        yield Hit("缺少发文机关：原文没有署名或发文机关标志", "The issuing body is missing (no signature, no masthead).",
                  Location(field="issuers"), fix="在“文件信息”中填写发文机关署名。", matched="issuers",
                  fix_en="Fill in the issuing body's signature on the Document tab.")  # fmt: skip


@rule(
    "GK-02-validity-marked",
    Severity.BLOCK,
    citation=f"{YAODIAN}一（标注有效性或有效期）",
    title="标注有效性或有效期",
    fix="在“文件信息”中选择有效性（有效/失效/废止/部分失效/已修订），或填写施行日期、有效期。",
    fix_en="On the Document tab, choose the validity (有效/失效/废止/部分失效/已修订), or fill in the effective "
    "date and the term of validity.",
    kinds=[Kind.POLICY],
)
def validity_marked(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    f = ctx.fields
    if (
        f.validity
        or f.validity_years
        or f.expiry_date
        or f.effective_date
        or VALIDITY_WORDING.search(ctx.text)
    ):
        return
    yield Hit(
        "未标注有效性或有效期：正文未写施行日期、有效期，也未选择有效性",
        "Neither validity (有效性) nor a term of validity (有效期) is marked.",
        Location(field="validity"),
        matched="validity",
    )


def _strip_note(title: str) -> str:
    return _TRAILING_NOTE.sub("", re.sub(r"\s+", "", title))


def normative_reason(ctx: CheckContext) -> str | None:
    """Why a document counts as a 规范性文件, in Chinese, or None when nothing says it does."""
    f = ctx.fields
    if f.registration_number:
        return f"有规范性文件登记号 {f.registration_number}"
    number = parse_doc_number(f.doc_number or "")
    if number is not None and re.search(r"规字?$", number.agency):
        return f"文号 {f.doc_number} 的机关代字含“规”"
    if f.disclosure in NOT_FOR_SITE or _INTERNAL_RECIPIENTS.search(f.recipients or ""):
        return None  # not issued to the public
    enclosed = ctx.metadata.structure.enclosed if ctx.metadata is not None else None
    for title in (f.title, enclosed.title if enclosed else None):
        core = _strip_note(title or "")
        if core and NORMATIVE_TITLE.search(core) and not _INTERNAL.search(core):
            return f"标题“{core}”为办法/规定/细则/实施意见"
    return None


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _provisional(f: Fields) -> bool:
    return f.provisional or bool(re.search(r"暂行|试行", f.title or ""))


def term(ctx: CheckContext, settings: CheckSettings, normative: bool) -> tuple[dt.date, str] | None:
    """The last day in force and how it was found: as stated, or from the start + the years."""
    f = ctx.fields
    if f.expiry_date is not None:
        return f.expiry_date, f"文件写明有效期至{_cn(f.expiry_date)}"
    start = f.effective_date or f.date
    if start is None:
        return None
    if f.validity_years:
        years, said = f.validity_years, f"有效期{f.validity_years}年"
    elif normative:
        years = settings.provisional_validity_years if _provisional(f) else settings.validity_years
        said = f"未写明有效期，按{'暂行/试行' if _provisional(f) else '规范性文件'}默认{years}年推算"
    else:
        return None
    begin = "施行" if f.effective_date else "成文"
    last = _add_years(start, years) - dt.timedelta(days=1)
    return last, f"自{_cn(start)}（{begin}）起{said}，至{_cn(last)}"


@rule(
    "GK-03-normative-term",
    Severity.WARN,
    citation=f"{YAODIAN}一（标注有效性或有效期）；规范性文件有效期制度（一般5年，暂行、试行2年）",
    title="规范性文件写明施行日期和有效期",
    fix="在正文末条写明“本办法自X年X月X日起施行，有效期X年”，并在“文件信息”中填写施行日期、有效期。",
    fix_en="In the last article of the body, write “本办法自X年X月X日起施行，有效期X年”, and fill in the effective "
    "date and the term of validity on the Document tab.",
    kinds=[Kind.POLICY],
)
def normative_term(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    reason = normative_reason(ctx)
    if reason is None:
        return
    f = ctx.fields
    if f.effective_date is None and not EFFECTIVE_WORDING.search(ctx.text):
        yield Hit(
            f"规范性文件未写明施行日期（{reason}）",
            "This normative document (规范性文件) does not state when it takes effect.",
            Location(field="effective_date"),
            matched="effective_date",
        )
    if f.expiry_date is None and not f.validity_years and not TERM_WORDING.search(ctx.text):
        found = term(ctx, settings, normative=True)
        until = f"；{found[1]}" if found else ""
        yield Hit(
            f"规范性文件未写明有效期（{reason}）{until}",
            "This normative document does not state its term of validity (有效期)"
            + (f"; by default it runs until {found[0].isoformat()}." if found else "."),
            Location(field="expiry_date"),
            matched="expiry_date",
        )


@rule(
    "GK-04-expired",
    Severity.BLOCK,
    citation=f"{YAODIAN}九（定期清理过时、失效内容）；{YAODIAN}一（标注有效性或有效期）",
    title="文件仍在有效期内",
    fix="已失效的文件不作为现行政策发布：确认是否已延续（重新登记、编号、发布），或将有效性标为“失效”。",
    fix_en="Do not publish a lapsed document as current policy: confirm whether it has been renewed "
    "(registered, numbered and published again), or set its validity to “失效”.",
    kinds=[Kind.POLICY],
)
def expired(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    found = term(ctx, settings, normative=normative_reason(ctx) is not None)
    if found is None or found[0] >= ctx.today:
        return
    last, how = found
    where = (
        "expiry_date"
        if ctx.fields.expiry_date
        else ("validity_years" if ctx.fields.validity_years else "date")
    )
    yield Hit(
        f"文件已于{_cn(last + dt.timedelta(days=1))}失效：{how}",
        f"The document lapsed on {(last + dt.timedelta(days=1)).isoformat()} (in force until {last.isoformat()}).",
        _at(ctx, where),
        matched=last.isoformat(),
    )


@rule(
    "GK-05-disclosure-decided",
    Severity.BLOCK,
    citation="《政府信息公开条例》第十三条至第十六条；GB/T 9704-2012 §7.3.6（附注）",
    title="公开属性已确定",
    fix="在附注中写明公开属性（如“（此件公开发布）”），或在“文件信息”中选择主动公开/依申请公开/不予公开。",
    fix_en="State the disclosure status in the note (e.g. “（此件公开发布）”), or choose "
    "主动公开/依申请公开/不予公开 on the Document tab.",
    kinds=[Kind.POLICY],
)
def disclosure_decided(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    value = ctx.fields.disclosure
    if not value:
        yield Hit(
            "未确定公开属性：附注未写明，也未选择主动公开/依申请公开/不予公开",
            "The disclosure status (公开属性) is not decided.",
            Location(field="disclosure"),
            matched="disclosure",
        )
    elif value in NOT_FOR_SITE and not str(ctx.details.get("disclosure_reason") or "").strip():
        yield Hit(
            f"公开属性为“{value}”，但未写明理由和依据",
            f"The disclosure status is {value} but no reason is given.",
            _at(ctx, "disclosure"),
            fix=f"写明“{value}”的理由及所依据的《政府信息公开条例》条款。",
            matched=value,
            fix_en=f"State the reason for {value} and the article of the Regulations on the Disclosure of "
            "Government Information it rests on.",
        )


@rule(
    "GK-06-disclosure-not-for-site",
    Severity.BLOCK,
    citation="《政府信息公开条例》第十三条、第二十七条",
    title="依申请公开、不予公开的文件不上网",
    fix="依申请公开、不予公开的文件不进入网站发布包；公开属性有误的，改为主动公开并写明附注。",
    fix_en="Keep documents disclosed on request or withheld out of the website bundle; if the disclosure "
    "status is wrong, change it to 主动公开 and state it in the note.",
    kinds=[Kind.POLICY],
)
def not_for_site(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    value = ctx.fields.disclosure
    if value in NOT_FOR_SITE:
        yield Hit(
            f"公开属性为“{value}”的文件不会打包上网，不能作为政策文件发布",
            f"A document marked {value} is never bundled for the website.",
            _at(ctx, "disclosure"),
            matched=value,
        )
