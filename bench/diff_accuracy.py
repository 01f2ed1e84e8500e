"""How well the 新旧对照 classifies clauses, and how fast it compares a 50-page pair.

    .venv/bin/python bench/diff_accuracy.py [--seed 7] [--rounds 3] [--runs 5] [--verbose]

Old documents: the dev-corpus .docx texts (their body paragraphs, regrouped into 一、/（一）
sections or paragraphs), plus synthetic 办法 of 第X条 clauses made of real corpus sentences
(some with 第X章 chapters, some enclosed in a 关于印发《…》的通知). Each is revised with known
edits from a fixed seed — clauses inserted, deleted, rewritten (10–40% of the characters), moved
(at least two places away) — and numbered afresh, so every clause after an insertion, deletion or
move is renumbered. Old and new are written as 公文 .docx with python-docx, read back with
``extract_file`` and compared with ``compose.diff.compare``. A clause is classified correctly when
its row pairs the right old and new clause with the right change: 新增 / 删除 / 修改 / 移动, and
未变 for the untouched ones (split into renumbered and not). Goal: ≥ 0.95 overall.

Speed: a 50-page 办法 (about 30,000 characters, ~200 clauses) against its revision: the median of
``compare`` on the extracted pair (target ≤ 0.5 s), and extraction of both files plus compare.
The files go to bench/out/diff/ (git-ignored).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compose.clauses import CLOSING, body_of, normalise  # noqa: E402
from compose.diff import DiffResult, compare  # noqa: E402
from extractors.pipeline import extract_file  # noqa: E402
from policy.extraction import Extraction  # noqa: E402
from policy.interpretation import Change  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
OUT = ROOT / "bench" / "out" / "diff"
TARGET_S = 0.5
GOAL = 0.95
CN = "零一二三四五六七八九"
CHAPTERS = ("总则", "职责分工", "申报与审核", "资金管理", "监督检查", "法律责任", "附则")


def chinese(n: int) -> str:
    if n < 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    if n < 100:
        return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    tail = (
        ""
        if rest == 0
        else ("零" + CN[rest] if rest < 10 else chinese(rest) if rest >= 20 else "一" + chinese(rest))
    )
    return CN[hundreds] + "百" + tail


@dataclass(frozen=True)
class Item:
    """One clause of a bench document: its id, kind and paragraphs (numbers are added on writing)."""

    id: int
    kind: str  # clause | chapter | l1 | l2 | para
    paras: tuple[str, ...]


@dataclass(frozen=True)
class Doc:
    title: str
    items: tuple[Item, ...]
    enclosing: bool = False  # a 关于印发《title》的通知 with the document after the date


def numbered(doc: Doc) -> list[tuple[str, list[str]]]:
    """Each item's number as printed (may be empty) and its paragraphs, the first one numbered."""
    out: list[tuple[str, list[str]]] = []
    clause = chapter = top = second = 0
    for item in doc.items:
        marker = ""
        if item.kind == "clause":
            clause += 1
            marker = f"第{chinese(clause)}条　"
        elif item.kind == "chapter":
            chapter += 1
            marker = f"第{chinese(chapter)}章　"
        elif item.kind == "l1":
            top, second = top + 1, 0
            marker = f"{chinese(top)}、"
        elif item.kind == "l2":
            second += 1
            marker = f"（{chinese(second)}）"
        out.append((marker, [marker + item.paras[0], *item.paras[1:]]))
    return out


def write_docx(doc: Doc, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    document = docx.Document()

    def para(text: str, size: float = 16, align: int | None = None, red: bool = False) -> None:
        p = document.add_paragraph()
        if align is not None:
            p.alignment = align
        run = p.add_run(text)
        run.font.size = Pt(size)
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋")
        if red:
            run.font.color.rgb = RGBColor(0xE6, 0x00, 0x12)

    center, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    para("长江区人民政府办公室文件", 36, center, red=True)
    para("长府办发〔2024〕18号", align=center)
    notice = f"长江区人民政府办公室关于印发《{doc.title}》的通知" if doc.enclosing else doc.title
    para(notice, 22, center)
    para("各乡（镇）人民政府、街道办事处，区政府各部门：")
    if doc.enclosing:
        para(f"现将《{doc.title}》印发给你们，请认真贯彻执行。")
        para("长江区人民政府办公室", align=right)
        para("2024年6月4日", align=right)
        para("（此件公开发布）")
        para(doc.title, 22, center)
    for _, paras in numbered(doc):
        for text in paras:
            para(text)
    if not doc.enclosing:
        para("长江区人民政府办公室", align=right)
        para("2024年6月4日", align=right)
    para("抄送：区委办公室，区人大常委会办公室。")
    para("长江区人民政府办公室　　2024年6月4日印发")
    document.save(str(path))


# ---- old documents --------------------------------------------------------------------------------


def corpus_docs() -> tuple[list[Doc], list[str]]:
    """Dev-corpus .docx bodies regrouped into items, one per distinct title; and all their sentences."""
    docs, sentences, seen = [], [], set()
    for path in sorted(CORPUS.glob("*.docx")):
        ex = extract_file(path)
        if ex.document is None or ex.metadata is None:
            continue
        title = ex.metadata.fields.title or path.stem
        body = body_of(ex.document, ex.metadata)
        sentences += [
            s + "。"
            for p in body.paragraphs
            for s in p.text.split("。")
            if 12 <= len(s) <= 90 and "｜" not in s
        ]
        if title in seen:
            continue
        seen.add(title)
        levels = sorted({p.level for p in body.paragraphs if p.level > 0})[:2]
        outline = sum(1 for p in body.paragraphs if p.level in levels) >= 3
        items: list[Item] = []
        current: list[str] | None = None
        for p in body.paragraphs:
            text = p.text[len(p.marker) :] if p.level in levels else p.text
            if outline and p.level in levels:
                items.append(Item(len(items), "l1" if p.level == levels[0] else "l2", (text,)))
                current = list(items[-1].paras)
            elif outline and current is not None and not CLOSING.match(p.text):
                current.append(text)
                items[-1] = replace(items[-1], paras=tuple(current))
            else:
                items.append(Item(len(items), "para", (text,)))
                current = None
        if len(items) >= 6 and "｜" not in "".join(p.text for p in body.paragraphs):
            docs.append(Doc(title, tuple(items)))
    return docs, sentences


def banfa(rng: random.Random, sentences: list[str], clauses: int, name: str) -> Doc:
    """A synthetic 办法 of real sentences: 1–3 a clause, some clauses with （一）（二） items."""
    items: list[Item] = []
    chapters = rng.random() < 0.5
    for n in range(clauses):
        if chapters and n % 8 == 0:
            items.append(Item(len(items), "chapter", (CHAPTERS[n // 8 % len(CHAPTERS)],)))
        body = "".join(rng.sample(sentences, rng.randint(1, 3)))
        paras = [body]
        if rng.random() < 0.2:
            paras += [f"（{CN[k + 1]}）{rng.choice(sentences)}" for k in range(rng.randint(2, 3))]
        items.append(Item(len(items), "clause", tuple(paras)))
    return Doc(f"长江区{name}管理办法", tuple(items), enclosing=rng.random() < 0.5)


# ---- edits and truth ------------------------------------------------------------------------------


def rewrite(rng: random.Random, text: str, sentences: list[str]) -> str:
    """Change 10–40% of the characters: replace, delete and insert short spans."""
    goal = max(2, round(len(text) * rng.uniform(0.1, 0.4)))
    chars, changed = list(text), 0
    while changed < goal or "".join(chars) == text:
        donor = rng.choice(sentences)
        size = max(1, min(rng.randint(2, 8), goal - changed, len(donor), len(chars) // 3))
        op = rng.choice("rdi")
        at = rng.randrange(len(chars) - size + 1)
        if op == "r":
            chars[at : at + size] = donor[-size:]
        elif op == "d":
            del chars[at : at + size]
        else:
            chars[at:at] = donor[:size]
        changed += size
    return "".join(chars)


def revise(
    rng: random.Random, doc: Doc, sentences: list[str], share: float = 1 / 12
) -> tuple[Doc, dict[int, Change], set[int]]:
    """The revised document, the truth per old item id, and the ids of inserted items."""
    items = list(doc.items)
    kinds = {it.kind for it in items}
    if "clause" in kinds:
        editable = [it.id for it in items if it.kind == "clause"]
    elif kinds & {"l1", "l2"}:  # the sections; not a section's bare heading, nor loose paragraphs
        editable = [
            it.id for it in items if it.kind == "l2" or (it.kind == "l1" and len("".join(it.paras)) >= 30)
        ]
    else:
        editable = [it.id for it in items]
    k = max(1, round(len(editable) * share))
    picked = rng.sample(editable, min(len(editable), 3 * k))
    # a rewrite changes 10-40% of a clause: a clause of a few characters cannot be rewritten so
    longest = sorted(picked, key=lambda i: -len("".join(doc.items[i].paras)))
    rewritten = {i for i in longest[:k] if len("".join(doc.items[i].paras)) >= 12}
    rest = [i for i in picked if i not in rewritten]
    deleted, moved = set(rest[:k]), set(rest[k:])
    truth = {it.id: Change.UNCHANGED for it in items}
    for i in deleted:
        truth[i] = Change.DELETED
    for i in rewritten:
        truth[i] = Change.MODIFIED
    for i in moved:
        truth[i] = Change.MOVED
    items = [it for it in items if it.id not in deleted]
    items = [
        replace(it, paras=(rewrite(rng, it.paras[0], sentences), *it.paras[1:])) if it.id in rewritten else it
        for it in items
    ]
    ok = set(editable)

    def spots() -> list[int]:
        """Where an item may go: before an editable item or right after the last one, so that it
        neither splits a section from its paragraphs nor lands among the loose paragraphs."""
        before = [n for n, it in enumerate(items) if it.id in ok or it.id >= 10_000]
        return before + [before[-1] + 1] if before else [len(items)]

    static = [it.id for it in items if it.id not in moved]  # old order of the items that stay

    def rank(ids: list[int], i: int) -> int:
        """How many static items precede item ``i`` in ``ids``."""
        before = ids[: ids.index(i)]
        return sum(1 for x in before if x in set(static))

    for i in sorted(moved):
        was = rank([it.id for it in doc.items if it.id not in deleted], i)
        at = next(n for n, it in enumerate(items) if it.id == i)
        item = items.pop(at)
        # at least two static items between where it was and where it goes, or the move is ambiguous
        far = [n for n in spots() if abs(rank([x.id for x in items[:n]] + [i], i) - was) >= 2]
        if far:
            items.insert(rng.choice(far), item)
        else:  # nowhere to go in a short document: it stays, and is no move
            items.insert(at, item)
            truth[i] = Change.UNCHANGED
    kind = Counter(it.kind for it in doc.items if it.id in ok).most_common(1)[0][0]
    added: set[int] = set()
    for n in range(k):
        new_id = 10_000 + n
        text = "".join(rng.sample(sentences, rng.randint(1, 3)))
        items.insert(rng.choice(spots()), Item(new_id, kind, (text,)))
        added.add(new_id)
    return replace(doc, items=tuple(items)), truth, added


def keys(doc: Doc) -> dict[str, int]:
    return {
        normalise("".join(paras)): item.id for item, (_, paras) in zip(doc.items, numbered(doc), strict=True)
    }


def score(old: Doc, new: Doc, truth: dict[int, Change], added: set[int], result: DiffResult) -> Counter:
    """Counter of (category, correct?) over the old items and the inserted ones."""
    old_keys, new_keys = keys(old), keys(new)
    got: dict[tuple[int | None, int | None], Change] = {}
    for row in result.rows:
        o = old_keys.get(normalise(row.old_text or "")) if row.old_text else None
        n = new_keys.get(normalise(row.new_text or "")) if row.new_text else None
        got[(o, n)] = row.change
    old_labels = [marker for marker, _ in numbered(old)]
    new_labels = {it.id: marker for it, (marker, _) in zip(new.items, numbered(new), strict=True)}
    tally: Counter = Counter()
    for pos, item in enumerate(old.items):
        want = truth[item.id]
        category = {Change.DELETED: "delete", Change.MODIFIED: "rewrite", Change.MOVED: "move"}.get(want)
        if category is None:
            renumbered = new_labels.get(item.id, "") != old_labels[pos]
            category = "renumbered" if renumbered else "untouched"
        pair = (item.id, None) if want is Change.DELETED else (item.id, item.id)
        tally[(category, got.get(pair) is want)] += 1
    for i in added:
        tally[("insert", got.get((None, i)) is Change.ADDED)] += 1
    return tally


def run_pair(old: Doc, new: Doc, name: str) -> tuple[Extraction, Extraction, DiffResult]:
    OUT.mkdir(parents=True, exist_ok=True)
    old_path, new_path = OUT / f"{name}-old.docx", OUT / f"{name}-new.docx"
    write_docx(old, old_path)
    write_docx(new, new_path)
    a, b = extract_file(old_path), extract_file(new_path)
    return a, b, compare(a.document, b.document, a.metadata, b.metadata)


def accuracy(seed: int, rounds: int, share: float, verbose: bool) -> float:
    rng = random.Random(seed)
    docs, sentences = corpus_docs()
    synthetic = [banfa(rng, sentences, rng.randint(12, 40), f"办法{n}") for n in range(8)]
    tally: Counter = Counter()
    for round_ in range(rounds):
        for n, doc in enumerate(docs + synthetic):
            new, truth, added = revise(rng, doc, sentences, share)
            _, _, result = run_pair(doc, new, f"r{round_}-{n}")
            t = score(doc, new, truth, added, result)
            tally += t
            wrong = sum(v for (_, ok), v in t.items() if not ok)
            if verbose and wrong:
                print(f"  {doc.title[:30]}: {wrong} wrong {dict(t)} ({result.unit_kind})")
    print(f"dev-corpus documents: {len(docs)}, synthetic 办法: {len(synthetic)}, rounds: {rounds}, "
          f"edits: {share:.0%} of the clauses per kind (at least 1)")  # fmt: skip
    print(f"{'edit':<12}{'clauses':>8}{'correct':>9}{'share':>8}")
    categories = ["insert", "delete", "rewrite", "move", "renumbered", "untouched"]
    for c in categories:
        total = tally[(c, True)] + tally[(c, False)]
        if total:
            print(f"{c:<12}{total:>8}{tally[(c, True)]:>9}{tally[(c, True)] / total:>8.3f}")
    total = sum(tally.values())
    share = sum(v for (_, ok), v in tally.items() if ok) / total
    print(f"{'overall':<12}{total:>8}{sum(v for (_, ok), v in tally.items() if ok):>9}{share:>8.3f}"
          f"  goal ≥ {GOAL} {'PASS' if share >= GOAL else 'MISS'}")  # fmt: skip
    return share


def fifty_pages(rng: random.Random, sentences: list[str], name: str) -> Doc:
    doc = banfa(rng, sentences, 200, name)
    while sum(len("".join(it.paras)) for it in doc.items) < 50 * 22 * 28:
        more = Item(len(doc.items), "clause", ("".join(rng.sample(sentences, 2)),))
        doc = replace(doc, items=(*doc.items, more))
    return doc


def timed(a: Extraction, b: Extraction, runs: int) -> float:
    """The median time of ``compare`` on two extracted files."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        compare(a.document, b.document, a.metadata, b.metadata)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def speed(seed: int, runs: int) -> None:
    """A 50-page 办法 against its revision (the target), and against another 50-page 办法 (the worst
    case: no clause pairs exactly, so every one goes through the fuzzy step)."""
    rng = random.Random(seed)
    _, sentences = corpus_docs()
    doc = fifty_pages(rng, sentences, "五十页")
    new, _, _ = revise(rng, doc, sentences)
    t0 = time.perf_counter()
    a, b, result = run_pair(doc, new, "speed50")
    total = time.perf_counter() - t0
    median = timed(a, b, runs)
    chars = sum(len(x.text) for x in a.document.body)
    print(
        f"\ndiff speed: 50-page pair ({chars} characters, {len(doc.items)} clauses, {len(result.rows)} rows)"
    )
    print(f"  compare: median {median * 1000:.0f} ms over {runs} runs"
          f"  target ≤ {TARGET_S} s {'PASS' if median <= TARGET_S else 'MISS'}")  # fmt: skip
    print(f"  write both .docx + extract both + compare, first run: {total * 1000:.0f} ms")
    other = fifty_pages(rng, sentences, "另一五十页")
    a, b, result = run_pair(doc, replace(other, title=doc.title), "speed50-other")
    median = timed(a, b, runs)
    print(f"  worst case, two different 50-page 办法 under one title: median {median * 1000:.0f} ms"
          f" ({len(result.rows)} rows)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--share", type=float, default=1 / 12, help="share of clauses per edit type")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    accuracy(args.seed, args.rounds, args.share, args.verbose)
    speed(args.seed, args.runs)


if __name__ == "__main__":
    main()
