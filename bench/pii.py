"""How well ``checks.pii`` finds personal numbers, and what the 保密/personal-data rules say on real texts.

    .venv/bin/python bench/pii.py [--n 2400] [--seed 20240604] [--show-misses] [--no-corpus] [--no-speed]

1. A generated set of Chinese sentences (fixed seed) with known answers: valid 18-digit IDs (with X,
   lower-case x, spaced), IDs with a wrong check digit or an impossible birth date, 15-digit IDs,
   mobiles in official-contact and private contexts (plain, 3-4-4, +86), bank cards valid and
   invalid under Luhn, credit codes valid and invalid, and look-alikes: 文号, dates, amounts,
   hotlines (12345, 95588, 400-…), landlines, order and waybill numbers, 登记号/备案号/索引号, long
   serials inside a 文号. Prints precision and recall per kind, and how often a mobile's context
   (公开联系方式 / 个人信息) was named right.
2. The corpus screening: every dev file through ``extractors.pipeline.extract_file``, the .md
   解读 texts and the seed notice, through the BM rules; every finding is printed.
3. The time of the BM and WJ rules (and of the whole catalogue) on the 50-page .docx of
   ``bench/extract_speed.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checks import pii  # noqa: E402
from checks.pii import PhoneRole, PiiKind  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT.parent / "shared" / "seed"
TODAY = dt.date(2024, 6, 4)

REGIONS = ("110101", "110105", "120103", "130102", "310104", "320106", "330106", "340104", "350102", "360102",
           "360111", "370102", "410105", "420106", "430104", "440106", "450103", "500103", "510107", "520102",
           "530102", "610113", "620102", "650102", "210102", "220102", "230103", "140105", "150102", "460106")  # fmt: skip
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰红梅志强文斌晓东海燕春花"
VILLAGES = ("长江村", "新桥村", "丽阳村", "鲇鱼山村", "吕蒙村", "荷塘村", "竟成村", "枫树村")
COMPANIES = ("昌江区城市建设投资有限公司", "景德镇市长江陶瓷科技有限公司", "长江区惠民物业服务中心",
             "江西昌南建筑工程有限公司", "长江区第一实验小学", "长江区人民医院")  # fmt: skip
CARD_BINS = (("622202", 19), ("621700", 19), ("622848", 19), ("623058", 19), ("601382", 19), ("621226", 19),
             ("436742", 16), ("518710", 16), ("625965", 16), ("622588", 16), ("955880", 19))  # fmt: skip
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


# ---- numbers ---------------------------------------------------------------------------------------


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 1, 2))))


def _birth(rng: random.Random, lo: int = 1940, hi: int = 2015) -> dt.date:
    start = dt.date(lo, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(hi, 12, 31).toordinal()))


def id18(rng: random.Random, mode: str = "valid") -> str:
    """mode: valid | bad_check | bad_date (a date that cannot be, with the check digit right for it)."""
    if mode == "bad_date":
        y, m, d = rng.choice([(1985, 13, 5), (1990, 2, 30), (1979, 4, 31), (1966, 0, 12), (2031, 5, 6),
                              (1988, 11, 32), (1899, 6, 1), (2001, 2, 29)])  # fmt: skip
        date = f"{y:04d}{m:02d}{d:02d}"
    else:
        date = _birth(rng).strftime("%Y%m%d")
    body = rng.choice(REGIONS) + date + f"{rng.randint(0, 999):03d}"
    check = pii.id_check_char(body)
    if mode == "bad_check":
        check = rng.choice([c for c in "0123456789X" if c != check])
    return body + check


def id15(rng: random.Random, valid: bool = True) -> str:
    if valid:
        date = _birth(rng, 1930, 1999).strftime("%y%m%d")
    else:
        date = rng.choice(("851305", "900230", "790431", "660012", "881132"))
    return rng.choice(REGIONS) + date + f"{rng.randint(0, 999):03d}"


def mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randint(0, 999999999):09d}"


def _luhn_digit(partial: str) -> str:
    for d in "0123456789":
        if pii.luhn_ok(partial + d):
            return d
    raise AssertionError


def card(rng: random.Random, valid: bool = True) -> str:
    bin_, length = rng.choice(CARD_BINS)
    partial = bin_ + "".join(rng.choice("0123456789") for _ in range(length - len(bin_) - 1))
    good = _luhn_digit(partial)
    return partial + (good if valid else rng.choice([d for d in "0123456789" if d != good]))


def uscc(rng: random.Random, valid: bool = True) -> str:
    head = rng.choice(("91", "91", "91", "92", "12", "52", "11", "31")) + rng.choice(REGIONS)
    org = "".join(rng.choice(USCC_CHARS) for _ in range(9))
    good = pii.uscc_check_char(head + org)
    return head + org + (good if valid else rng.choice([c for c in USCC_CHARS if c != good]))


def _phone_form(rng: random.Random, number: str) -> str:
    a, b, c = number[:3], number[3:7], number[7:]
    return rng.choice((number, number, number, f"{a}-{b}-{c}", f"{a} {b} {c}", f"+86 {number}",
                       f"+86-{a}-{b}-{c}", f"（+86）{number}", f"0086{number}"))  # fmt: skip


def _card_form(rng: random.Random, number: str) -> str:
    if rng.random() < 0.3:
        return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return number


def _id_form(rng: random.Random, number: str) -> str:
    r = rng.random()
    if r < 0.08 and number.endswith("X"):
        return number[:-1] + "x"
    if r < 0.16:
        return f"{number[:6]} {number[6:14]} {number[14:]}"
    return number


# ---- sentences -----------------------------------------------------------------------------------

Expected = set[tuple[str, str]]  # (kind label, masked)


def _label(kind: PiiKind, masked: str) -> str:
    if kind is PiiKind.ID:
        return "身份证号(18位)" if len(masked) == 18 else "身份证号(15位)"
    return str(kind)


def _exp(kind: PiiKind, value: str) -> tuple[str, str]:
    masked = pii.mask(kind, value.upper())
    return _label(kind, masked), masked


def _snippets(rng: random.Random, n: int) -> list[tuple[str, str, Expected, PhoneRole | None]]:
    """(category, text, expected, expected mobile role)."""
    out: list[tuple[str, str, Expected, PhoneRole | None]] = []

    def add(cat: str, text: str, exp: Expected = frozenset(), role: PhoneRole | None = None) -> None:
        out.append((cat, text, set(exp), role))

    per = max(n // 24, 1)
    for _ in range(per):
        nm, v = _name(rng), id18(rng)
        add(
            "id18",
            rng.choice(
                (
                    f"经审核，{nm}（身份证号：{_id_form(rng, v)}）符合最低生活保障条件，予以公示。",
                    f"申请人{nm}，公民身份号码{_id_form(rng, v)}，现居住于长江区{rng.choice(VILLAGES)}。",
                    f"{rng.randint(1, 60)} {nm} {rng.choice(VILLAGES)} {_id_form(rng, v)} 2人",
                    f"兹证明{nm}同志（{_id_form(rng, v)}）系我单位在编在岗职工。",
                    f"参保人员编号：{v}，参保状态：正常。",
                    f"现将拟享受高龄补贴人员名单公示如下：{nm}，{v}，{rng.randint(80, 99)}岁。",
                )
            ),
            {_exp(PiiKind.ID, v)},
        )
        v = id18(rng, "bad_check")
        add(
            "id18-bad-check",
            rng.choice(
                (
                    f"{nm}，身份证号{v}，申请临时救助。",
                    f"经查，编号为{v}的证件已注销。",
                    f"{_name(rng)} {v} 长江村",
                )
            ),
        )
        v = id18(rng, "bad_date")
        add(
            "id18-bad-date",
            rng.choice((f"身份证号码：{v}。", f"{_name(rng)}（{v}）", f"请核对证件号{v}是否有误。")),
        )
        v = id15(rng)
        add(
            "id15",
            rng.choice(
                (
                    f"户主{_name(rng)}，旧身份证号{v}，已换领新证。",
                    f"{_name(rng)} {v} 长江村三组",
                    f"持证人：{_name(rng)}，身份证：{v}。",
                )
            ),
            {_exp(PiiKind.ID, v)},
        )
        v = id15(rng, valid=False)
        add("id15-bad-date", f"{_name(rng)}，身份证：{v}。")
    for _ in range(per * 2):
        v = mobile(rng)
        add(
            "mobile-official",
            rng.choice(
                (
                    f"公众可在征求意见期间反馈意见，联系人：{_name(rng)}，联系电话：{_phone_form(rng, v)}。",
                    f"咨询电话：{_phone_form(rng, v)}（工作日上午9:00—12:00，下午14:30—17:30）。",
                    f"如发现违规收费行为，请拨打监督电话{_phone_form(rng, v)}。",
                    f"报名咨询：区人社局就业科，联系人：{_name(rng)}，{_phone_form(rng, v)}。",
                    f"举报电话：{_phone_form(rng, v)}，举报邮箱：cjqzwgk@163.com。",
                    f"联系方式：{_phone_form(rng, v)}（{_name(rng)}）。",
                )
            ),
            {_exp(PiiKind.MOBILE, v)},
            PhoneRole.OFFICIAL,
        )
        v, nm = mobile(rng), _name(rng)
        w = id18(rng)
        choice = rng.randrange(5)
        if choice == 0:
            add("mobile-private", f"{nm}，身份证号{w}，联系电话{_phone_form(rng, v)}，住址长江区{rng.choice(VILLAGES)}。",
                {_exp(PiiKind.MOBILE, v), _exp(PiiKind.ID, w)}, PhoneRole.PRIVATE)  # fmt: skip
        else:
            add(
                "mobile-private",
                (
                    f"{rng.randint(1, 40)} {nm} {_phone_form(rng, v)} {rng.choice(VILLAGES)}一组",
                    f"经走访，{nm}（{_phone_form(rng, v)}）家中有两名在校学生。",
                    f"户主：{nm}，电话：{_phone_form(rng, v)}，家庭人口4人。",
                    f"申请人：{nm} {_phone_form(rng, v)}",
                )[choice - 1],
                {_exp(PiiKind.MOBILE, v)},
                PhoneRole.PRIVATE,
            )
    for _ in range(per):
        v, nm = card(rng), _name(rng)
        add(
            "card",
            rng.choice(
                (
                    f"补贴资金将发放至{nm}本人社保卡银行账户，卡号{_card_form(rng, v)}。",
                    f"收款人：{nm}，开户行：中国农业银行长江支行，银行卡号：{_card_form(rng, v)}。",
                    f"{nm} {_card_form(rng, v)} 1200.00",
                    f"请将退费转入申请人账号{_card_form(rng, v)}，逾期不再办理。",
                )
            ),
            {_exp(PiiKind.BANK_CARD, v)},
        )
        v = card(rng, valid=False)
        add("card-bad-luhn", rng.choice((f"卡号：{_card_form(rng, v)}", f"{_name(rng)} {v} 1200.00",
                                         f"银行账号{_card_form(rng, v)}（户名：{_name(rng)}）")))  # fmt: skip
        v, co = uscc(rng), rng.choice(COMPANIES)
        add(
            "uscc",
            rng.choice(
                (
                    f"申请单位：{co}（统一社会信用代码：{v}）。",
                    f"{co}，统一社会信用代码{v}，注册地址长江区新厂东路。",
                    f"中标供应商为{co}（{v}）。",
                )
            ),
            {_exp(PiiKind.USCC, v)},
        )
        v = uscc(rng, valid=False)
        add("uscc-bad-check", f"{rng.choice(COMPANIES)}，统一社会信用代码：{v}。")
    looks = (
        lambda: (
            f"根据《国务院办公厅关于印发全国深化“放管服”改革的通知》（国办发〔{rng.randint(2015, 2024)}〕{rng.randint(1, 130)}号）精神。"
        ),
        lambda: f"昌府办字〔{rng.randint(2018, 2024)}〕{rng.randint(1, 99)}号",
        lambda: (
            f"会议定于{rng.randint(2023, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}召开，会期{rng.randint(1, 3)}天。"
        ),
        lambda: (
            f"征求意见时间为{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}至2024-07-04。"
        ),
        lambda: (
            f"项目总投资{rng.randint(1, 999)},{rng.randint(0, 999):03d},{rng.randint(0, 999):03d}.00元，其中中央资金{rng.randint(1, 99)},{rng.randint(0, 999):03d}万元。"
        ),
        lambda: f"全年共拨付资金{rng.randint(10000000000, 19999999999)}.{rng.randint(0, 99):02d}元。",
        lambda: f"本年度预算{rng.randint(100000000000000, 999999999999999)}元。",
        lambda: rng.choice(
            (
                "如有诉求请拨打12345政务服务便民热线。",
                "客服电话95588。",
                "消费者投诉举报请拨打12315。",
                f"服务热线：400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}。",
                f"全国统一服务热线{rng.choice(('400', '800'))}{rng.randint(1000000, 9999999)}。",
            )
        ),
        lambda: rng.choice(
            (
                f"办公电话：020-83{rng.randint(100000, 999999)}。",
                f"联系电话：0798-8{rng.randint(1000000, 9999999)}。",
                f"咨询电话：（0791）86{rng.randint(100000, 999999)}转{rng.randint(800, 899)}。",
                f"传真：0798-{rng.randint(8000000, 8999999)}",
            )
        ),
        lambda: f"订单号：{rng.randint(2023, 2024)}{rng.randint(10**13, 10**14 - 1)}，请妥善保存。",
        lambda: f"交易流水号{rng.randint(10**17, 10**18 - 1)}。",
        lambda: f"快递单号SF{rng.randint(10**12, 10**13 - 1)}已寄出。",
        lambda: f"规范性文件登记号：CJDR—{rng.randint(2019, 2024)}—{rng.randint(1, 30):04d}",
        lambda: f"登记号：{id18(rng)}",
        lambda: f"不动产登记编号：{rng.randint(10**18, 10**19 - 1)}",
        lambda: f"赣公网安备 {rng.randint(36010202000000, 36010202999999)}号",
        lambda: f"索引号：{uscc(rng)}/{rng.randint(2019, 2024)}-{rng.randint(1, 99999):05d}",
        lambda: f"长府字〔{rng.randint(2018, 2024)}〕{id18(rng)}号",
        lambda: f"合同编号：{card(rng)}",
        lambda: f"档案编号：{card(rng)}",
        lambda: f"第{id18(rng)}号",
        lambda: f"发票代码{rng.randint(10**11, 10**12 - 1)}，发票号码{rng.randint(10**7, 10**8 - 1)}。",
        lambda: f"纳税人识别号：{uscc(rng)}",
        lambda: f"时间戳{rng.randint(1600000000000, 1799999999999)}",
        lambda: f"身份证号码：{pii.mask(PiiKind.ID, id18(rng))}（已去标识化）",
        lambda: f"统计时段为{rng.randint(2022, 2024)}0101—{rng.randint(2022, 2024)}1231。",
        lambda: f"ISBN 978-7-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}",
        lambda: f"全区GDP达到{rng.randint(1, 9)}.{rng.randint(1000000000, 9999999999)}亿元",
        lambda: f"网址：http://www.cj.gov.cn/art/2024/6/4/art_{rng.randint(10**15, 10**16 - 1)}.html",
    )
    while len(out) < n:
        add("look-alike", rng.choice(looks)())
    rng.shuffle(out)
    return out


def generated(n: int, seed: int, show_misses: bool) -> None:
    rng = random.Random(seed)
    snippets = _snippets(rng, n)
    tp, fp, fn = Counter(), Counter(), Counter()
    roles, roles_right = Counter(), Counter()
    misses: list[str] = []
    started = time.perf_counter()
    for cat, text, expected, role in snippets:
        got = {(_label(m.kind, m.masked), m.masked): m for m in pii.scan(text, TODAY)}
        for key in expected:
            if key in got:
                tp[key[0]] += 1
            else:
                fn[key[0]] += 1
                misses.append(f"  missed {key[0]} [{cat}] {text}")
        for key in got.keys() - expected:
            fp[key[0]] += 1
            misses.append(f"  false  {key[0]} [{cat}] {text}")
        if role is not None:
            for key, m in got.items():
                if m.kind is PiiKind.MOBILE and key in expected:
                    roles[role] += 1
                    roles_right[role] += m.role is role
    elapsed = time.perf_counter() - started
    cats = Counter(c for c, _, _, _ in snippets)
    print(f"generated set: {len(snippets)} snippets (seed {seed}), scanned in {elapsed * 1000:.0f} ms")
    print("  " + ", ".join(f"{c} {k}" for c, k in sorted(cats.items())))
    print(
        f"{'kind':<18}{'expected':>9}{'found':>7}{'TP':>6}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}  goal"
    )
    goals = {"身份证号(18位)": (0.99, 1.0)}
    for kind in ("身份证号(18位)", "身份证号(15位)", "银行卡号", "手机号", "统一社会信用代码"):
        t, f, m = tp[kind], fp[kind], fn[kind]
        precision = t / (t + f) if t + f else 1.0
        recall = t / (t + m) if t + m else 1.0
        p_goal, r_goal = goals.get(kind, (0.98, 0.98))
        ok = "PASS" if precision >= p_goal and recall >= r_goal else "FAIL"
        print(f"{kind:<18}{t + m:>9}{t + f:>7}{t:>6}{f:>5}{m:>5}{precision:>11.3f}{recall:>8.3f}  "
              f"P≥{p_goal} R≥{r_goal} {ok}")  # fmt: skip
    for role in (PhoneRole.OFFICIAL, PhoneRole.PRIVATE):
        print(f"mobile context “{role}”: named right {roles_right[role]}/{roles[role]}")
    if show_misses:
        print("\n".join(misses[:80]) or "  (no misses)")


# ---- the corpus ------------------------------------------------------------------------------------


def _text_document(name: str, text: str):
    from policy.document import Block, ParsedDocument

    lines = [line for line in text.splitlines() if line.strip()]
    return ParsedDocument(name, "txt", tuple(Block(i, line) for i, line in enumerate(lines)))


def corpus() -> None:
    from checks.catalogue import rules
    from checks.context import CheckContext
    from checks.settings import CheckSettings
    from extractors.metadata import extract
    from extractors.pipeline import extract_file
    from policy.metadata import Fields
    from policy.submission import Kind

    screened = [r for r in rules() if r.id.startswith(("BM-", "WJ-"))]
    settings = CheckSettings()
    docs = []
    for path in sorted((CORPUS / "dev").iterdir()):
        if path.suffix.lower() in (".docx", ".doc", ".pdf"):
            extraction = extract_file(path)
            docs.append((path, extraction.document, extraction.metadata))
    for path in sorted((CORPUS / "interpretations").glob("*.md")) + sorted(SEED.glob("*.txt")):
        document = _text_document(path.name, path.read_text(encoding="utf-8"))
        docs.append((path, document, extract(document)))
    total, chars, long_numbers, by_rule = 0, 0, 0, Counter()
    print(f"\ncorpus screening (BM rules; WJ rules on the .docx files): {len(docs)} texts "
          f"({CORPUS}/dev, interpretations/*.md, the seed)")  # fmt: skip
    for path, document, metadata in docs:
        if document is None:
            print(f"  {path.name}: no text")
            continue
        chars += sum(len(b.text) for b in document.blocks)
        long_numbers += sum(len(re.findall(r"[0-9]{11,}", b.text)) for b in document.blocks)
        fields = metadata.fields if metadata else Fields()
        original = path if path.suffix == ".docx" else None
        ctx = CheckContext(Kind.POLICY, fields, document, metadata, original=original, original_name=path.name,
                           today=TODAY)  # fmt: skip
        for r in screened:
            for f in r.findings(ctx, settings):
                total += 1
                by_rule[f.rule_id] += 1
                print(f"  {path.name}: {f.rule_id} [{f.severity}] {f.location.describe()} {f.message_zh}")
    print(f"  {long_numbers} runs of 11 or more digits seen (准考证号, 职位代码, serials…)")
    print(f"  {total} findings over {chars:,} characters: " + (", ".join(f"{k} {v}" for k, v in sorted(by_rule.items())) or "none"))  # fmt: skip


# ---- speed -----------------------------------------------------------------------------------------


def speed(runs: int = 15) -> None:
    import importlib.util

    from checks import catalogue
    from checks.settings import CheckSettings
    from workflow.check import context_for_file

    path = ROOT / "bench" / "out" / "gongwen_50p.docx"
    if not path.exists():
        spec = importlib.util.spec_from_file_location("extract_speed", ROOT / "bench" / "extract_speed.py")
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        path.parent.mkdir(parents=True, exist_ok=True)
        module.build_docx(path, 50 * module.CHARS_PER_PAGE)
    from checks.rules import draft_file  # after the catalogue has loaded every rule module

    base, _ = context_for_file(path)
    settings = CheckSettings()
    mine = [r for r in catalogue.rules() if r.id.startswith(("BM-", "WJ-"))]
    ours, everything = [], []
    for _ in range(runs):
        ctx = type(base)(**base.__dict__)  # a fresh context: no cached scan, no cached .docx facts
        draft_file._CACHE.clear()
        t = time.perf_counter()
        for r in mine:
            r.findings(ctx, settings)
        ours.append(time.perf_counter() - t)
        ctx = type(base)(**base.__dict__)
        draft_file._CACHE.clear()
        t = time.perf_counter()
        catalogue.run(ctx, settings)
        everything.append(time.perf_counter() - t)
    n = len(base.document.blocks) if base.document else 0
    print(f"\nspeed on {path.name} (50 pages, {n} blocks, {len(base.text):,} characters), median of {runs}:")
    print(f"  BM + WJ rules ({len(mine)}): {statistics.median(ours) * 1000:.1f} ms")
    print(f"  whole catalogue ({len(catalogue.rules())} rules): {statistics.median(everything) * 1000:.1f} ms "
          "(target ≤ 300 ms)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2400)
    parser.add_argument("--seed", type=int, default=20240604)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    generated(args.n, args.seed, args.show_misses)
    if not args.no_corpus:
        corpus()
    if not args.no_speed:
        speed()


if __name__ == "__main__":
    main()
