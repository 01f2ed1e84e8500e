"""Personal-data recognisers for Chinese text: 居民身份证号, 银行卡号, 手机号, 统一社会信用代码.

One compiled regex finds the candidates in a text; only candidates are checked (ISO 7064 MOD 11-2
and the birth date for IDs, Luhn and the issuer prefix for cards, GB 32100 mod 31 for credit
codes). The words just before a number say what it is (身份证号, 卡号, 联系电话…) or that it is
a serial of something else (文号, 登记号, 订单号…), and a unit just after it (元, 号…) marks an
amount or a serial. Every match carries its masked form and a ±10-character context that is
itself masked, so nothing here ever shows a full number.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from policy.orgcode import PROVINCES as _PROVINCES
from policy.orgcode import uscc_check_char, valid_uscc


class PiiKind(StrEnum):
    ID = "身份证号"
    BANK_CARD = "银行卡号"
    MOBILE = "手机号"
    USCC = "统一社会信用代码"


class PhoneRole(StrEnum):
    """Where a mobile number stands: an official contact line, next to a private person, or neither."""

    OFFICIAL = "公开联系方式"
    PRIVATE = "个人信息"
    UNKNOWN = "未见联系用语"


@dataclass(frozen=True, slots=True)
class PiiMatch:
    kind: PiiKind
    start: int
    end: int
    masked: str
    context: str  # ±CONTEXT characters around the number, every number in it masked
    confidence: float
    cue: str | None = None  # the nearest telling word before it (身份证号, 卡号, 联系电话, 姓名…)
    role: PhoneRole | None = None  # mobile numbers only
    legacy: bool = False  # a 15-digit ID

    @property
    def key(self) -> str:
        """Kind and masked form: what a finding about this number is keyed on."""
        return f"{self.kind}:{self.masked}"


CONTEXT = 10
_CUE_WINDOW = 16

# ---- the candidates ------------------------------------------------------------------------------

# Full-width digits, letters, plus, minus and the ideographic space become ASCII (one char for one,
# so spans stay put).
_WIDE = str.maketrans(
    {**{0xFF10 + i: 0x30 + i for i in range(10)}, **{0xFF21 + i: 0x41 + i for i in range(26)},
     0xFF58: ord("x"), 0xFF0B: ord("+"), 0xFF0D: ord("-"), 0x3000: ord(" ")}
)  # fmt: skip
_HAS_WIDE = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff58\uff0b\uff0d\u3000]")
_PREFILTER = re.compile(r"[0-9]{3}")
_CANDIDATE = re.compile(
    r"(?<![0-9A-Za-z_])(?<![0-9A-Za-z][-—–])(?<![0-9][.,])"
    r"(?:"
    r"(?P<mobile>(?:(?:\+|00)86[ -]?|[(（]\+?86[)）] ?|86-)?1[3-9][0-9](?:[0-9]{8}|[ -][0-9]{4}[ -][0-9]{4}))"
    r"|(?P<grouped>[0-9]{6}[ -][0-9]{8}[ -][0-9]{3}[0-9Xx]|[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -][0-9]{1,3})?)"
    r"|(?P<token>[0-9A-Z]{14,18}[0-9A-Zx])"
    r")"
    r"(?![0-9A-Za-z_])(?![-—–][0-9A-Za-z])(?![.,][0-9])"
)
# an amount or a serial right after the number; a 文号 year or 第 or a currency sign right before it
_AFTER = re.compile(
    r" ?(?:号(?!码)|元|万|亿|美元|港元|欧元|吨|千克|公斤|平方|立方|米|公里|千米|亩|%|％|‰|人次)"
)
_URL = re.compile(r"(?:https?://|www\.)[^\s，。；、）)」》\"”<>]+", re.IGNORECASE)
_BEFORE = re.compile(r"(?:〔[0-9]{4}〕|[\[【(（][0-9]{4}[\]】)）]|第|[¥￥$]) ?$")

# ---- the words around a number -----------------------------------------------------------------------

_CUES: dict[str, tuple[str, ...]] = {
    "id": ("公民身份号码", "身份证号码", "身份证号", "身份证编号", "身份证", "身份号码", "证件号码", "证件号",
           "证件编号", "身份证件"),
    "card": ("银行卡号", "银行卡", "银行账号", "银行帐号", "银行账户", "卡号", "账号", "帐号", "账户", "帐户",
             "借记卡", "信用卡", "存折", "开户行"),
    "uscc": ("统一社会信用代码", "社会信用代码", "信用代码", "统一代码"),
    # serials of documents, registrations and transactions: a number after them is theirs, even one that
    # passes an ID checksum
    "serial": ("文号", "登记号", "登记编号", "备案号", "订单号", "订单编号", "流水号", "序列号", "批号", "案号",
               "合同号", "合同编号", "证书号", "证书编号", "许可证号", "注册号", "发票号", "发票代码", "凭证号",
               "交易号", "条码", "条形码", "索引号", "工单号", "受理号", "项目代码", "项目编号", "档案号", "税号",
               "纳税人识别号", "准考证号", "车架号", "快递单号", "运单号"),
    # generic numbering words: their number is no card or code, but a valid ID after them is still an ID
    # (人员编号 is often the ID number itself)
    "numbering": ("编号", "编码", "单号", "批次", "工号", "学号", "序号"),
    "official": ("咨询电话", "联系电话", "监督电话", "举报电话", "投诉电话", "服务电话", "值班电话", "办公电话",
                 "服务热线", "咨询热线", "热线电话", "热线", "受理电话", "报名电话", "联系人", "联系人姓名", "联系方式",
                 "咨询方式", "传真"),
    "private": ("户主", "家属", "申请人", "本人", "家庭住址", "住址", "家庭电话", "个人电话", "私人", "患者",
                "监护人", "紧急联系人", "姓名", "性别"),
}  # fmt: skip
_CUE_KIND = {word: kind for kind, words in _CUES.items() for word in words}
_CUE = re.compile("|".join(sorted(map(re.escape, _CUE_KIND), key=len, reverse=True)))
_CLAUSE_END = re.compile(r"[。！？!?\n]")
SURNAMES = (
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施"
)
# a name standing alone right before the number: 张三 138…, 李四（138…）, |王小明|138…
_NAME_BEFORE = re.compile(rf"(?:^|[\s，,、；;：:（(|/])[{SURNAMES}][\u4e00-\u9fa5]{{1,2}}[\s，,、：:（(]*$")

# ---- checksums ---------------------------------------------------------------------------------------

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CARD_PREFIX = re.compile(r"^(?:62|60|4|5[1-5]|2(?:2[2-9]|[3-6][0-9]|7[01]|720)|35|9)")


def id_check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character of an 18-digit 居民身份证号."""
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def _birth_ok(year: int, month: int, day: int, today: dt.date) -> bool:
    try:
        born = dt.date(year, month, day)
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= today


def _region_ok(code: str) -> bool:
    """A 行政区划 code as IDs carry it: a province, a prefecture 01–70 or 90 (直辖县级), a county."""
    city = code[2:4]
    return code[:2] in _PROVINCES and ("01" <= city <= "70" or city == "90")


def _id_shape(value: str, today: dt.date) -> bool:
    """An 18-digit number laid out like an ID (province, county, real birth date), whatever its check digit."""
    if len(value) != 18 or not value[:17].isdigit() or not _region_ok(value[:6]):
        return False
    return _birth_ok(int(value[6:10]), int(value[10:12]), int(value[12:14]), today)


def _id_like(value: str) -> bool:
    """18 digits that start like an ID (province, then a birth year 18xx–20xx), whatever the rest."""
    return len(value) == 18 and value[:2] in _PROVINCES and value[6:8] in ("18", "19", "20")


def valid_id18(value: str, today: dt.date | None = None) -> bool:
    value = value.upper()
    return _id_shape(value, today or dt.date.today()) and value[17] == id_check_char(value[:17])


def valid_id15(value: str) -> bool:
    """A legacy 15-digit ID: province, county and a real 19YYMMDD birth date (it has no check digit)."""
    if len(value) != 15 or not value.isdigit() or not _region_ok(value[:6]) or value[4:6] == "00":
        return False
    return _birth_ok(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]), dt.date(2000, 1, 1))


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def valid_card(digits: str) -> bool:
    """16–19 digits, a plausible issuer prefix (银联 62/60, Visa, Mastercard, JCB, old 9xxx debit) and Luhn."""
    return (
        16 <= len(digits) <= 19 and digits.isdigit() and bool(_CARD_PREFIX.match(digits)) and luhn_ok(digits)
    )


# ---- masking ---------------------------------------------------------------------------------------


def mask(kind: PiiKind, value: str) -> str:
    """``1101**********1234`` (IDs, cards, codes: first and last four), ``138****5678`` (mobiles)."""
    if kind is PiiKind.MOBILE:
        return value[:3] + "****" + value[-4:]
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


_LONG_DIGITS = re.compile(r"[0-9]{6,}")


def _masked_window(text: str, lo: int, hi: int, matches: list[PiiMatch]) -> str:
    """``text[lo:hi]`` with the other numbers found starred, and any run of six or more digits too (an
    ID with a typo in it, or a number cut by the window edge)."""
    wlo, whi = max(0, lo - 20), min(len(text), hi + 20)  # wider, so that a run cut by the edge is seen whole
    chars = list(text[wlo:whi])
    for m in matches:
        for i in range(max(m.start, wlo), min(m.end, whi)):
            if chars[i - wlo].isalnum():
                chars[i - wlo] = "*"
    starred = _LONG_DIGITS.sub(lambda d: "*" * len(d.group()), "".join(chars))
    return starred[lo - wlo : hi - wlo]


def _with_context(text: str, m: PiiMatch, matches: list[PiiMatch]) -> PiiMatch:
    lo, hi = max(0, m.start - CONTEXT), min(len(text), m.end + CONTEXT)
    left = _masked_window(text, lo, m.start, matches)
    right = _masked_window(text, m.end, hi, matches)
    context = " ".join(f"{left}{m.masked}{right}".split())
    return dataclasses.replace(m, context=context)


# ---- the scan ----------------------------------------------------------------------------------------


def _nearest_cue(text: str, start: int) -> tuple[str | None, str | None, str]:
    """The telling word nearest before ``start`` in the same sentence: (word, its kind, the window)."""
    window = text[max(0, start - _CUE_WINDOW) : start]
    ends = list(_CLAUSE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    words = _CUE.findall(window)
    if not words:
        return None, None, window
    return words[-1], _CUE_KIND[words[-1]], window


def _phone_role(kind: str | None, cue: str | None, window: str) -> tuple[PhoneRole, str | None]:
    if kind == "official":
        return PhoneRole.OFFICIAL, cue
    if kind in ("private", "id", "card"):
        return PhoneRole.PRIVATE, cue
    if name := _NAME_BEFORE.search(window):
        return PhoneRole.PRIVATE, name.group().strip(" \t，,、；;：:（(|/")
    return PhoneRole.UNKNOWN, cue


def _classify(
    raw: str, group: str, cue_kind: str | None, today: dt.date
) -> tuple[PiiKind, str, float, bool] | None:
    value = re.sub(r"[ \-]", "", raw)
    upper = value.upper()
    if len(value) == 18 and cue_kind == "uscc" and valid_uscc(upper):
        return PiiKind.USCC, upper, 0.99, False
    if len(value) == 18 and valid_id18(upper, today):
        return PiiKind.ID, upper, 0.99 if cue_kind == "id" else 0.95, False
    if cue_kind == "numbering":
        return None
    if group == "mobile":
        return PiiKind.MOBILE, value[-11:], 0.9, False
    if len(value) == 15 and valid_id15(value):
        return PiiKind.ID, value, 0.9 if cue_kind == "id" else 0.6, True
    if valid_card(value) and (cue_kind == "card" or (cue_kind != "id" and not _id_like(value))):
        return PiiKind.BANK_CARD, value, 0.95 if cue_kind == "card" else 0.7, False
    # without 信用代码 before it, an all-digit code is too easily a chance hit (1 in 31): want a letter
    if len(value) == 18 and not upper.isdigit() and valid_uscc(upper):
        return PiiKind.USCC, upper, 0.9, False
    return None


def label_cue(label: str) -> tuple[str | None, str | None]:
    """The telling word in a label (a table's column header, a field name): (word, kind)."""
    words = _CUE.findall(label)
    return (words[-1], _CUE_KIND[words[-1]]) if words else (None, None)


def scan(text: str, today: dt.date | None = None, label: str = "") -> list[PiiMatch]:
    """Every ID, bank card, mobile and credit-code number in ``text``, masked, with its context.

    ``label`` is what the text stands under (a table cell's column header): its telling word counts
    when the text has none of its own before the number (准考证号 over a column of numbers)."""
    if _HAS_WIDE.search(text):
        text = text.translate(_WIDE)
    if not _PREFILTER.search(text):
        return []
    today = today or dt.date.today()
    urls = [u.span() for u in _URL.finditer(text)] if "/" in text or "www" in text.lower() else []
    found: list[PiiMatch] = []
    for m in _CANDIDATE.finditer(text):
        start, end = m.span()
        if _AFTER.match(text, end) or _BEFORE.search(text, max(0, start - 8), start):
            continue
        if text.startswith("/", end) and re.match(r"/[0-9]{4}-", text[end : end + 6]):
            continue  # the organisation code of a 索引号 (…/2024-00012)
        if any(lo <= start < hi for lo, hi in urls):
            continue
        cue, cue_kind, window = _nearest_cue(text, start)
        if cue is None and label:
            cue, cue_kind = label_cue(label)
        if cue_kind == "serial":
            continue
        group = m.lastgroup or "token"
        got = _classify(m.group(), group, cue_kind, today)
        if got is None:
            continue
        kind, value, confidence, legacy = got
        role = None
        if kind is PiiKind.MOBILE:
            role, cue = _phone_role(cue_kind, cue, window)
        found.append(PiiMatch(kind, start, end, mask(kind, value), "", confidence, cue, role, legacy))
    return [_with_context(text, _in_a_record(text, m, found), found) for m in found]


def _in_a_record(text: str, m: PiiMatch, found: list[PiiMatch]) -> PiiMatch:
    """A mobile number in the same sentence as an ID or card number belongs to a person's record."""
    if m.kind is not PiiKind.MOBILE or m.role is PhoneRole.PRIVATE:
        return m
    for other in found:
        if other.kind in (PiiKind.ID, PiiKind.BANK_CARD):
            lo, hi = min(other.end, m.start), max(other.start, m.end)
            if not _CLAUSE_END.search(text, lo, hi):
                return dataclasses.replace(m, role=PhoneRole.PRIVATE, cue=f"同一句有{other.kind}")
    return m


def mask_text(text: str, today: dt.date | None = None) -> str:
    """``text`` with every number ``scan`` finds replaced by its masked form."""
    matches = scan(text, today)
    if not matches:
        return text
    if _HAS_WIDE.search(text):
        text = text.translate(_WIDE)
    out, at = [], 0
    for m in matches:
        out += [text[at : m.start], m.masked]
        at = m.end
    return "".join(out) + text[at:]


__all__ = [
    "CONTEXT", "SURNAMES", "PhoneRole", "PiiKind", "PiiMatch", "id_check_char", "label_cue", "luhn_ok", "mask", "mask_text", "scan",
    "uscc_check_char", "valid_card", "valid_id15", "valid_id18", "valid_uscc",
]  # fmt: skip
