"""机构职能信息电话 (《要点》一): the phone numbers and office names a document prints match the
department's published directory (``CheckSettings.directory``: 机构, 职能, 电话).

A phone number counts when a label introduces it (联系电话：, 咨询热线, 电话/传真 …, several numbers
joined by 、 or ；) or when it fills a table cell by itself. Its office is the nearest directory
office named before it in the same paragraph, else in the same table row, else in the two
paragraphs above. Numbers are compared as digits: spaces, dashes, brackets, full-width digits and
+86 do not matter, and a number printed without its area code matches the directory's with one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from checks.context import CheckContext
from checks.registry import Hit, rule
from checks.settings import CheckSettings, DirectoryEntry
from policy.document import Block, BlockKind
from policy.findings import Location, Severity

CITATION = "《长江区2024年政务公开工作要点》（以下称《要点》）一（机构职能信息电话需与网站公开保持一致）"

# one character for one character, so that spans found in the translated text fit the original
_HALF = str.maketrans("０１２３４５６７８９－（）＋：　—–‐−", "0123456789-()+: ----")
_CC = r"(?:(?:\+|00)?86[ -]?)"
_MOBILE = rf"{_CC}?1[3-9]\d[ -]?\d{{4}}[ -]?\d{{4}}"
_TOLL_FREE = r"[48]00[ -]?\d{3}[ -]?\d{4}"
_LANDLINE = (  # with its area code; a local number alone never starts with 0 or 1
    rf"{_CC}?(?:\(0?\d{{2,3}}\)|0\d{{2,3}})[ -]?[1-9]\d{{2,3}}[ -]?\d{{4}}|[2-9]\d{{2,3}}[ -]?\d{{4}}"
)
_SERVICE = r"1\d{4}"  # 12345, 12315 …
NUMBER = rf"(?<![\d])(?:{_MOBILE}|{_TOLL_FREE}|{_LANDLINE}|{_SERVICE})(?![\d])"
# the label's first word (联系电话, 咨询热线 …) is left out of the pattern, so that the regex engine can
# skip to 电/热/手/联/T; ``_LABEL_WORD`` strips it from the text before the label
_LABEL = r"(?:电话|热线|手机)(?:号码)?|联系方式|电\s+话|[Tt][Ee][Ll]"
_LABEL_WORD = re.compile(r"(?:联系|咨询|服务|投诉|举报|监督|办公|值班|报名|受理|业务)$")
_LABEL_CHARS = ("电", "热", "手", "联系方式", "T", "t")
LABELLED = re.compile(
    rf"(?:{_LABEL})(?:[/／、]传真)?\s*(?:[:：]|为|是)?\s*(?P<nums>{NUMBER}(?:\s*[、，,；;/或及和]\s*{NUMBER})*)"
)
_NUMBER = re.compile(NUMBER)
_ALONE = re.compile(rf"\s*{NUMBER}\s*")
_SPLIT = re.compile(r"[;；,，、/]|\s{2,}")
_CLAUSE_END = re.compile(r"[。；;，,：:\n（(）)]")
_ORG_NAME = re.compile(
    r"[\u4e00-\u9fff（）()]{2,24}(?:委员会|办公室|分局|局|委|办|中心|科|股|处|所|站|队|院|室|厅|馆|公司|集团|银行"
    r"|医院|学校|小学|中学|大学|协会|街道|镇|乡|村|社区)"
)
_MAX_BLOCKS_UP = 2


def phone_digits(text: str) -> str:
    """The digits of a phone number as dialled in China: country code dropped, the trunk 0 of an
    area code put back (+86 20 8765 4321 → 02087654321)."""
    half = text.translate(_HALF).strip()
    had_country = bool(re.match(r"(?:\+|00)86|86[ -]", half))
    digits = re.sub(r"\D", "", half)
    if had_country:
        digits = digits[4:] if digits.startswith("0086") else digits[2:]
        if digits and not digits.startswith(("0", "1")):
            digits = "0" + digits
    return digits


def same_phone(a: str, b: str) -> bool:
    """Equal digits, or one is the other with an area code in front."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    prefix = long_[: len(long_) - len(short)]
    return len(short) >= 7 and long_.endswith(short) and re.fullmatch(r"0\d{2,3}", prefix) is not None


@dataclass(frozen=True, slots=True)
class _Office:
    name: str
    phones: tuple[str, ...]  # digits
    shown: str  # the directory's phone field as published


@dataclass(frozen=True, slots=True)
class _Directory:
    offices: dict[str, _Office]
    alias: dict[str, str]  # a way the document may name the office → office
    pattern: re.Pattern[str] | None

    def owner(self, digits: str) -> str | None:
        return next(
            (o.name for o in self.offices.values() if any(same_phone(digits, p) for p in o.phones)), None
        )

    def last_office(self, text: str, end: int | None = None) -> str | None:
        if self.pattern is None:
            return None
        found = None
        for m in self.pattern.finditer(text, 0, len(text) if end is None else end):
            found = self.alias[m.group()]
        return found


def _aliases(office: str) -> set[str]:
    """长江区财政局 is also written 区财政局 (and is found inside 长江区财政局 either way)."""
    names = {office}
    i = office.find("区")
    if 0 < i <= 6 and len(office) - i >= 4:
        names.add(office[i:])
    return names


@lru_cache(maxsize=16)
def _directory(entries: tuple[DirectoryEntry, ...]) -> _Directory:
    phones: dict[str, list[str]] = {}
    shown: dict[str, list[str]] = {}
    for e in entries:
        office = e.office.strip()
        if not office:
            continue
        numbers = [phone_digits(p) for p in _SPLIT.split(e.phone) if p.strip()]
        phones.setdefault(office, []).extend(n for n in numbers if len(n) >= 5)
        if e.phone.strip():
            shown.setdefault(office, []).append(e.phone.strip())
    offices = {o: _Office(o, tuple(p), "；".join(shown.get(o, []))) for o, p in phones.items()}
    alias: dict[str, str] = {}
    taken: dict[str, int] = {}
    for office in offices:
        for name in _aliases(office):
            taken[name] = taken.get(name, 0) + 1
            alias[name] = office
    alias = {name: office for name, office in alias.items() if taken[name] == 1 or name == office}
    names = sorted(alias, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, names))) if names else None
    return _Directory(offices, alias, pattern)


@dataclass(frozen=True, slots=True)
class Printed:
    """A phone number the document prints, with where and the text just before its label."""

    block: Block
    start: int
    end: int
    text: str
    digits: str
    label_start: int


def printed_phones(blocks: Iterable[Block]) -> Iterator[Printed]:
    for b in blocks:
        half = b.text.translate(_HALF)
        if b.kind is BlockKind.TABLE_CELL and _ALONE.fullmatch(half):
            m = _NUMBER.search(half)
            if m is not None:
                yield Printed(
                    b, m.start(), m.end(), b.text[m.start() : m.end()], phone_digits(m.group()), m.start()
                )
            continue
        if not any(c in half for c in _LABEL_CHARS):
            continue
        for seq in LABELLED.finditer(half):
            for m in _NUMBER.finditer(half, seq.start("nums"), seq.end("nums")):
                yield Printed(
                    b, m.start(), m.end(), b.text[m.start() : m.end()], phone_digits(m.group()), seq.start()
                )


def _printed_name(p: Printed) -> str | None:
    """The office name printed just before the number's label, in the same clause (区财政厅联系电话：)."""
    before = p.block.text[: p.label_start]
    clause = _LABEL_WORD.sub("", _CLAUSE_END.split(before)[-1].strip()).strip()
    m = _ORG_NAME.search(clause)
    return m.group() if m is not None and m.end() == len(clause) else None


def _office_for(p: Printed, blocks: tuple[Block, ...], position: dict[int, int], d: _Directory) -> str | None:
    """The directory office the number is given for, or None (not named, or another body is)."""
    office = d.last_office(p.block.text, p.label_start)
    if office is not None:
        return office
    if _printed_name(p) is not None:
        return None  # the clause names a body the directory does not list (区财政厅, 区自来水公司)
    if p.block.cell is not None:
        table, row = p.block.cell[0], p.block.cell[1]
        for b in blocks:
            if b is not p.block and b.cell is not None and b.cell[:2] == (table, row):
                office = d.last_office(b.text)
                if office is not None:
                    return office
        return None
    i = position[p.block.index]
    for b in reversed(blocks[max(0, i - _MAX_BLOCKS_UP) : i]):
        office = d.last_office(b.text)
        if office is not None:
            return office
        if LABELLED.search(b.text.translate(_HALF)):
            return None  # the paragraph above has its own number: the office named there is its office
    return None


def _where(p: Printed) -> Location:
    return Location(block=p.block.index, span=(p.start, p.end), page=p.block.page)


def _checked(ctx: CheckContext, settings: CheckSettings) -> Iterator[tuple[Printed, str | None, _Directory]]:
    if not settings.directory or ctx.document is None:
        return
    d = _directory(tuple(settings.directory))
    blocks = ctx.document.blocks
    position = {b.index: i for i, b in enumerate(blocks)}
    for p in printed_phones(blocks):
        yield p, _office_for(p, blocks, position, d), d


@rule(
    "JG-01-directory-phone",
    Severity.WARN,
    citation=CITATION,
    title="文中电话与公开的机构职能目录一致",
    fix="以网站公开的机构职能信息为准核对电话：改正文件中的号码，或先更新公开的目录（二者须一致）。",
    fix_en="Check the phone number against the directory published on the website: correct the number in "
    "the document, or update the published directory first (the two must match).",
)
def directory_phone(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    issuers = [*ctx.fields.issuers, ctx.fields.publisher or ""]
    for p, office, d in _checked(ctx, settings):
        if office is not None:
            listed = d.offices[office]
            if not listed.phones or any(same_phone(p.digits, n) for n in listed.phones):
                continue
            owner = d.owner(p.digits)
            note = f"；该号码在目录中属于“{owner}”" if owner else ""
            note_en = f"; the directory lists it for {owner}" if owner else ""
            yield Hit(
                f"文中“{office}”的电话为“{p.text}”，与公开的机构职能目录不一致（目录：{listed.shown}）{note}",
                f"The document gives {p.text} as the phone number of {office}; the published directory says "
                f"{listed.shown}{note_en}.",
                _where(p),
                matched=f"{office}|{p.digits}",
            )
            continue
        if d.owner(p.digits) is not None or _printed_name(p) is not None:
            continue
        own = next((o for name in issuers if name for o in [d.last_office(name)] if o is not None), None)
        if own is None or not d.offices[own].phones:
            continue
        yield Hit(
            f"文中电话“{p.text}”不在公开的机构职能目录中（发文单位“{own}”公开的电话为 {d.offices[own].shown}），请核对",
            f"The phone number {p.text} is not in the published directory ({own}: {d.offices[own].shown}).",
            _where(p),
            matched=f"?|{p.digits}",
            severity=Severity.INFO,
        )


@rule(
    "JG-02-directory-office",
    Severity.WARN,
    citation=CITATION,
    title="文中机构名称与公开的机构职能目录一致",
    fix="机构名称以网站公开的机构职能信息为准：改正文件中的名称，或核对号码是否填错。",
    fix_en="Use the office name in the published directory: correct the name in the document, or check "
    "whether the phone number is wrong.",
)
def directory_office(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    for p, office, d in _checked(ctx, settings):
        owner = d.owner(p.digits)
        name = _printed_name(p) if owner is not None and office is None else None
        if owner is None or name is None:
            continue
        yield Hit(
            f"电话“{p.text}”在公开的机构职能目录中属于“{owner}”，文中写作“{name}”，机构名称不一致",
            f"The directory lists {p.text} for {owner}, but the document names the office {name}.",
            _where(p),
            matched=f"{name}|{p.digits}",
        )
