"""How the submissions library behaves at 10,000 items: insert time with the search index, search
latency for 1-, 2-, 3- and 6-character Chinese queries, filtered searches, and the database size.

    .venv/bin/python bench/library.py [--n 10000] [--batch 2500] [--single 1000] [--queries 50]
                                      [--seed 7] [--keep DIR] [--no-reference]

A fresh library is created in a temporary folder (or DIR with --keep). The submissions are
synthetic but made of real text: the dev corpus .docx files (../shared/corpus/dev) are read with
extractors.docx and extractors.metadata, cut into paragraphs and sentences, and recombined per
submission (sentences shuffled inside paragraphs, paragraphs drawn from three documents, body
lengths between 1,000 and 5,000 characters, triangular with mode 2,200: average about 2,800),
with varied titles (issuer + 关于 + verb/place/area/object or a corpus subject + 文种), 文号
(prefix〔year〕serial号 with per-prefix serials), issuers, years 2012–2025, kinds and statuses;
three in ten get a 解读 (800–2,000 characters) through storage.records.save_interpretation.

Timed, wall and CPU (this process; the machine may be shared): the --n inserts through
storage.submissions.insert, --batch per write transaction (indexed when each transaction commits);
the 解读 writes; searches (--queries different queries per kind, sampled from the stored text so
each one exists; median and p95), also a 2-character + 4-character query, whole 文号, serials
like 26号, searches with status+kind+year filters, and absent text (no hit: the slow case of the
1–2 character path); --single more inserts one transaction each (the import path); then
storage.search.optimize() and a VACUUM. The size is library.sqlite3 + -wal after a checkpoint,
against the UTF-8 size of the indexed text (title, 文号, issuer, body, 解读), with a per-table
breakdown (dbstat) and the free pages.

The reference, in the same run (bench/fts_reference.py; --no-reference skips it): the same rows,
transactions and 1/2/3/6-character queries through plain sqlite3 with the design the issue
sketched, an FTS5 trigram index kept in sync by triggers and ``instr`` scans for 1–2 characters.

Targets: 10,000 inserts ≤ 5 s; every search ≤ 50 ms median; database ≤ 3× the indexed text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import docx  # noqa: E402
from extractors.metadata import extract  # noqa: E402
from policy.metadata import Fields, PolicyMetadata  # noqa: E402
from policy.submission import Kind, SubmissionStatus  # noqa: E402
from storage import records, search, submissions  # noqa: E402
from storage.library import DB_NAME, Library  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dev"

INSERT_TARGET_S = 5.0
SEARCH_TARGET_MS = 50.0
SIZE_TARGET_RATIO = 3.0

_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_SENTENCE = re.compile(r"[^。！？；]*[。！？；]?")

ISSUERS = (
    "长江区人民政府", "长江区人民政府办公室", "长江区发展和改革局", "长江区教育局", "长江区财政局",
    "长江区民政局", "长江区人力资源和社会保障局", "长江区自然资源局", "长江区生态环境分局",
    "长江区住房和城乡建设局", "长江区交通运输局", "长江区农业农村局", "长江区商务局", "长江区文化和旅游局",
    "长江区卫生健康局", "长江区应急管理局", "长江区市场监督管理局", "长江区医疗保障局", "长江区城市管理局",
    "长江区数据资源管理局", "长江区退役军人事务局", "长江区审计局", "长江区统计局", "长江区司法局",
)  # fmt: skip
PREFIXES = (
    "长府发", "长府办发", "长府办字", "长府函", "长发改字", "长教发", "长财规", "长民发", "长人社规",
    "长自然资发", "长环发", "长建规字", "长交发", "长农发", "长商务字", "长文旅发", "长卫健发", "长应急发",
    "长市监规", "长医保发", "长城管字", "长数据发",
)  # fmt: skip
VERBS = ("进一步加强", "全面推进", "加快推进", "切实做好", "深入开展", "规范", "优化", "完善", "做好", "建立健全",
         "持续深化", "印发", "调整", "实施", "开展", "推动")  # fmt: skip
AREAS = (
    "政务公开", "安全生产", "农村人居环境整治", "城镇老旧小区改造", "义务教育阶段学生课后服务",
    "最低生活保障", "困难群众救助", "养老服务体系建设", "医疗保障基金监管", "营商环境", "中小企业发展",
    "生活垃圾分类", "河长制", "耕地保护", "高标准农田建设", "住房保障", "公共租赁住房管理",
    "行政执法公示", "规范性文件合法性审核", "政务新媒体", "消费扶贫", "就业创业", "职业技能提升",
    "科技创新券", "文旅融合发展", "体育赛事活动", "防汛抗旱", "森林防火", "食品安全", "药品安全",
    "燃气安全", "校外培训监管", "退役军人服务保障", "数字政府建设", "一网通办", "12345政务服务便民热线",
    "政府信息公开申请办理", "重大行政决策程序", "财政预算绩效管理", "政府采购", "国有资产管理",
)  # fmt: skip
OBJECTS = ("工作", "实施方案", "管理办法", "若干措施", "工作方案", "实施细则", "考核办法", "行动计划",
           "三年行动方案", "专项整治", "试点工作", "有关事项", "补助标准")  # fmt: skip
DOC_TYPES = ("通知", "意见", "决定", "通报", "批复", "函", "公告")
KINDS = [
    (Kind.POLICY, 70),
    (Kind.NEWS, 10),
    (Kind.CONSULTATION, 10),
    (Kind.FEE_LIST, 5),
    (Kind.MAJOR_DECISION, 5),
]
STATUSES = [
    (SubmissionStatus.DRAFT, 15), (SubmissionStatus.PENDING, 10), (SubmissionStatus.APPROVED, 10),
    (SubmissionStatus.RETURNED, 5), (SubmissionStatus.EXPORTED, 10), (SubmissionStatus.UPLOADED, 45),
    (SubmissionStatus.WITHDRAWN, 3), (SubmissionStatus.EXPIRED, 2),
]  # fmt: skip


@dataclass
class Item:
    kind: Kind
    status: SubmissionStatus
    metadata: PolicyMetadata
    body: str
    interp: str | None


# ---- the synthetic library ----------------------------------------------------------------------


def load_corpus() -> tuple[list[list[list[str]]], list[str], list[str]]:
    """Per document: its paragraphs as lists of sentences; plus the subjects and prefixes of the
    corpus titles and 文号."""
    docs: list[list[list[str]]] = []
    subjects: list[str] = []
    prefixes: list[str] = []
    for path in sorted(CORPUS.glob("*.docx")):
        result = docx.read(path)
        if result.document is None:
            continue
        fields = extract(result.document).fields
        if fields.title and "关于" in fields.title and "的" in fields.title:
            subject = fields.title.split("关于", 1)[1].rsplit("的", 1)[0]
            if 4 <= len(subject) <= 40:
                subjects.append(subject)
        if fields.doc_number and "〔" in fields.doc_number:
            prefixes.append(fields.doc_number.split("〔", 1)[0])
        paragraphs = []
        for block in result.document.body:
            text = "".join(block.text.split())
            if len(text) < 8:
                continue
            sentences = [s for s in _SENTENCE.findall(text) if s]
            if sentences:
                paragraphs.append(sentences)
        if paragraphs:
            docs.append(paragraphs)
    if not docs:
        raise SystemExit(f"no readable .docx in {CORPUS}")
    return docs, subjects, prefixes


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.docs, self.subjects, corpus_prefixes = load_corpus()
        self.prefixes = list(PREFIXES) + corpus_prefixes
        self.serials: dict[tuple[str, int], int] = {}

    def _pick(self, weighted: list[tuple[Any, int]]) -> Any:
        values, weights = zip(*weighted, strict=True)
        return self.rng.choices(values, weights)[0]

    def text(self, length: int) -> str:
        """About ``length`` characters: paragraphs from a few documents, sentences shuffled."""
        rng = self.rng
        sources = rng.sample(self.docs, k=min(3, len(self.docs)))
        pool = [p for doc in sources for p in doc]
        out: list[str] = []
        size = 0
        while size < length:
            sentences = list(rng.choice(pool))
            rng.shuffle(sentences)
            paragraph = "".join(sentences)
            if size + len(paragraph) > length + 200:
                paragraph = paragraph[: max(40, length - size)]
            out.append(paragraph)
            size += len(paragraph) + 1
        return "\n".join(out)

    def item(self) -> Item:
        rng = self.rng
        issuer = rng.choice(ISSUERS)
        year = rng.randint(2012, 2025)
        prefix = rng.choice(self.prefixes)
        serial = self.serials.get((prefix, year), 0) + rng.randint(1, 3)
        self.serials[(prefix, year)] = serial
        if rng.random() < 0.3 and self.subjects:
            subject = rng.choice(self.subjects)
        else:
            place = rng.choice(("", "", "全区", f"{year}年", "长江区", "各街道"))
            subject = f"{rng.choice(VERBS)}{place}{rng.choice(AREAS)}{rng.choice(OBJECTS)}"
        title = f"{issuer}关于{subject}的{rng.choice(DOC_TYPES)}"
        date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        length = int(rng.triangular(1000, 5000, 2200))
        head = "各街道办事处，区政府各部门、各直属机构：\n"
        tail = f"\n{issuer}\n{year}年{date.month}月{date.day}日\n（此件公开发布）"
        body = head + self.text(length - len(head) - len(tail)) + tail
        fields = Fields(title=title, doc_number=f"{prefix}〔{year}〕{serial}号", issuers=(issuer,), date=date)
        interp = self.text(rng.randint(800, 2000)) if rng.random() < 0.3 else None
        return Item(
            self._pick(KINDS),
            self._pick(STATUSES),
            PolicyMetadata(fields=fields),
            body,
            interp,
        )


# ---- measuring -----------------------------------------------------------------------------------


def ms(seconds: float) -> float:
    return seconds * 1000


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def sample_queries(rng: random.Random, texts: list[str], length: int, count: int) -> list[str]:
    found: list[str] = []
    seen: set[str] = set()
    for _ in range(count * 200):
        text = rng.choice(texts)
        if len(text) <= length:
            continue
        i = rng.randrange(len(text) - length)
        q = text[i : i + length]
        if _CJK.match(q) and q not in seen:
            seen.add(q)
            found.append(q)
            if len(found) == count:
                break
    return found


def time_queries(lib: Library, queries: list[str], **filters: object) -> tuple[list[float], list[int]]:
    search.search(lib, queries[0], **filters)  # warm
    times, counts = [], []
    for q in queries:
        t0 = time.perf_counter()
        hits = search.search(lib, q, **filters)
        times.append(ms(time.perf_counter() - t0))
        counts.append(len(hits))
    return times, counts


def checkpoint(lib: Library) -> None:
    lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def db_size(lib: Library) -> int:
    """library.sqlite3 + -wal after a checkpoint (the file, free pages included)."""
    checkpoint(lib)
    root = lib.root
    return sum(p.stat().st_size for p in (root / DB_NAME, root / f"{DB_NAME}-wal") if p.exists())


def free_bytes(lib: Library) -> int:
    page = lib.conn.execute("PRAGMA page_size").fetchone()[0]
    return int(lib.conn.execute("PRAGMA freelist_count").fetchone()[0]) * page


def breakdown(lib: Library) -> dict[str, int]:
    """Bytes per part of the database (dbstat)."""
    parts: dict[str, int] = {}
    for name, size in lib.conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"):
        key = (
            "search index (FTS5)"
            if name.startswith(("search_index", "search_doc", "search_interp"))
            else name
        )
        key = (
            key
            if key in ("search index (FTS5)", "submissions", "interpretations", "submissions_search")
            else "other"
        )
        parts[key] = parts.get(key, 0) + size
    return parts


def indexed_bytes(lib: Library) -> int:
    row = lib.conn.execute(
        "SELECT SUM(COALESCE(length(CAST(title AS BLOB)), 0) + COALESCE(length(CAST(doc_number AS BLOB)), 0)"
        " + COALESCE(length(CAST(issuer AS BLOB)), 0) + length(CAST(body_text AS BLOB))"
        " + length(CAST(interp_text AS BLOB))) FROM submissions"
    ).fetchone()
    return int(row[0] or 0)


def indexed_chars(lib: Library) -> int:
    row = lib.conn.execute(
        "SELECT SUM(COALESCE(length(title), 0) + COALESCE(length(doc_number), 0) + COALESCE(length(issuer), 0)"
        " + length(body_text) + length(interp_text)) FROM submissions"
    ).fetchone()
    return int(row[0] or 0)


class Clock:
    """Wall time and this process's CPU time (the machine may be shared: CPU time is what SQLite
    and Python spent here, whatever else runs)."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="submissions to insert (default 10000)")
    parser.add_argument("--batch", type=int, default=2_500, help="inserts per transaction (default 2500)")
    parser.add_argument("--single", type=int, default=1_000, help="inserts timed one per transaction")
    parser.add_argument("--queries", type=int, default=50, help="queries per length (default 50)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build the library in this folder and keep it")
    parser.add_argument("--no-reference", dest="reference", action="store_false",
                        help="skip the reference run (bench/fts_reference.py)")  # fmt: skip
    args = parser.parse_args()

    t0 = time.perf_counter()
    gen = Generator(args.seed)
    items = [gen.item() for _ in range(args.n)]
    extra = [gen.item() for _ in range(args.single)]
    body_avg = statistics.fmean(len(i.body) for i in items)
    interps = [i for i in items if i.interp]
    print(f"corpus: {len(gen.docs)} documents from {CORPUS}; {args.n} synthetic submissions built in "
          f"{time.perf_counter() - t0:.1f} s")  # fmt: skip
    print(f"body length: average {body_avg:.0f} characters (min {min(len(i.body) for i in items)}, "
          f"max {max(len(i.body) for i in items)}); {len(interps)} with a 解读 of average "
          f"{statistics.fmean(len(i.interp or '') for i in interps):.0f} characters")  # fmt: skip
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, load average {load:.1f} at start")
    print()

    with tempfile.TemporaryDirectory(prefix="pp-bench-") as tmp:
        root = args.keep or Path(tmp) / "library"
        lib = Library.open(root)
        try:
            misses = report(lib, items, extra, args)
        finally:
            lib.close()
    print()
    print("all targets met" if not misses else f"{misses} target(s) missed")
    return 0


def report(lib: Library, items: list[Item], extra: list[Item], args: argparse.Namespace) -> int:
    misses = 0

    def line(label: str, figure: str, target: str = "", ok: bool | None = None) -> None:
        nonlocal misses
        misses += ok is False
        mark = "" if ok is None else f"  {verdict(ok)}"
        print(f"{label:<44} {figure:>34}   {target}{mark}".rstrip(), flush=True)

    def searches(label: str, queries: list[str], **filters: object) -> None:
        times, counts = time_queries(lib, queries, **filters)
        median = statistics.median(times)
        line(f"{label} ({len(queries)} queries)", f"median {median:.1f} ms, p95 {percentile(times, 0.95):.1f} ms",
             f"≤ {SEARCH_TARGET_MS:.0f} ms median", median <= SEARCH_TARGET_MS)  # fmt: skip
        line("", f"hits: median {statistics.median(counts):.0f}, min {min(counts)}, max {max(counts)}")

    def size_lines(label: str) -> None:
        size, text = db_size(lib), indexed_bytes(lib)
        line(f"database / indexed text, {label}", f"{size / 2**20:.1f} MB / {text / 2**20:.1f} MB = {size / text:.2f}×",
             f"≤ {SIZE_TARGET_RATIO:.0f}×", size / text <= SIZE_TARGET_RATIO)  # fmt: skip
        parts = breakdown(lib)
        free = free_bytes(lib)
        shown = ", ".join(f"{k} {v / text:.2f}×" for k, v in sorted(parts.items(), key=lambda kv: -kv[1]))
        line("", f"{shown}, free pages {free / text:.2f}×")

    # ---- inserts
    n = len(items)
    with Clock() as clock:
        for start in range(0, n, args.batch):
            with lib.write():
                for item in items[start : start + args.batch]:
                    submissions.insert(lib, item.kind, item.metadata, item.body, "ok")
    chars = indexed_chars(lib)
    line(f"{n} inserts, {args.batch} per transaction", f"{clock.wall:.2f} s wall, {n / clock.wall:,.0f} rows/s",
         f"≤ {INSERT_TARGET_S:.0f} s", clock.wall <= INSERT_TARGET_S)  # fmt: skip
    line("", f"{clock.cpu:.2f} s CPU, {n / clock.cpu:,.0f} rows/s, {chars / clock.cpu / 1e6:.2f} M chars/s")

    ids = [r[0] for r in lib.conn.execute("SELECT id FROM submissions ORDER BY id")]
    with Clock() as clock, lib.write():
        for sid, item in zip(ids, items, strict=True):
            if item.interp:
                records.save_interpretation(lib, sid, {"text": item.interp}, item.interp)
    count = sum(1 for i in items if i.interp)
    line(f"{count} 解读 saved, one transaction", f"{clock.wall:.2f} s wall, {clock.cpu:.2f} s CPU")
    with lib.write() as conn:
        conn.executemany(
            "UPDATE submissions SET status = ? WHERE id = ?",
            [(item.status.value, sid) for sid, item in zip(ids, items, strict=True)],
        )
    size_lines("as inserted")

    # ---- searches
    rng = random.Random(args.seed + 1)
    texts = (
        [i.body for i in items]
        + [i.metadata.fields.title or "" for i in items]
        + [i.interp for i in interps_of(items)]
    )
    by_length = {length: sample_queries(rng, texts, length, args.queries) for length in (1, 2, 3, 6)}
    for length, queries in by_length.items():
        searches(f"search, {length} character{'s' if length > 1 else ''}", queries)
    twos, fours = sample_queries(rng, texts, 2, args.queries), sample_queries(rng, texts, 4, args.queries)
    searches("search, 2 + 4 characters", [f"{a} {b}" for a, b in zip(twos, fours, strict=False)])
    searches(
        "search, a whole 文号", [i.metadata.fields.doc_number or "" for i in rng.sample(items, args.queries)]
    )
    searches("search, a serial like 26号", [f"{rng.randint(1, 40)}号" for _ in range(args.queries)])
    filters = {"status": SubmissionStatus.UPLOADED, "kind": Kind.POLICY, "year": 2024}
    for length in (1, 2, 4):
        searches(
            f"search + status/kind/year, {length} char.",
            sample_queries(rng, texts, length, args.queries),
            **filters,
        )
    with Clock() as clock:
        listed = submissions.summaries(lib, **filters)
    line("list with status/kind/year (summaries)", f"{ms(clock.wall):.1f} ms, {len(listed)} rows")
    for queries in (["龘", "靐", "齉", "爨", "龖"], ["龘靐", "鼹鼠", "齉鼻", "饕餮", "魑魅"]):
        times, _ = time_queries(lib, queries)
        line(
            f"search, absent {len(queries[0])}-char text (no hit)",
            f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms",
        )

    # ---- the import path, then maintenance
    with Clock() as clock:
        for item in extra:
            submissions.insert(lib, item.kind, item.metadata, item.body, "ok")
    line(
        f"{len(extra)} inserts, one per transaction",
        f"{clock.wall:.2f} s wall, {ms(clock.wall) / len(extra):.1f} ms each",
    )
    line("", f"{clock.cpu:.2f} s CPU, {ms(clock.cpu) / len(extra):.1f} ms each")
    size_lines(f"{n + len(extra)} rows")
    with Clock() as clock:
        search.optimize(lib)
    line("search.optimize() (merges the index)", f"{clock.wall:.2f} s wall, {clock.cpu:.2f} s CPU")
    size_lines("optimized")
    checkpoint(lib)
    with Clock() as clock:
        lib.conn.execute("VACUUM")
    line("VACUUM (returns the free pages)", f"{clock.wall:.2f} s wall")
    size_lines("optimized + VACUUM")
    if args.reference:
        compare(items, args.batch, by_length, line)
    return misses


def compare(items: list[Item], batch: int, by_length: dict[int, list[str]], line: Any) -> None:
    """The same rows and queries through the reference (bench/fts_reference.py: FTS5 trigram kept
    in sync by triggers, ``instr`` scans for 1–2 characters), in this run."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import fts_reference  # noqa: PLC0415 (beside this script, which gui_start.py also loads)

    rows = [
        (i.metadata.fields.title, i.metadata.fields.doc_number, "、".join(i.metadata.fields.issuers), i.body)
        for i in items
    ]
    print()
    print("reference: plain sqlite3, FTS5 trigram kept in sync by triggers (the issue's sketch)")
    with tempfile.TemporaryDirectory(prefix="pp-bench-ref-") as tmp:
        ref = fts_reference.run(Path(tmp), rows, batch, by_length)
    text = sum(len(x.encode()) for row in rows for x in row if x)
    line(f"{len(rows)} inserts, {batch} per transaction", f"{ref.insert_s:.2f} s wall")
    line("database / indexed text (no 解读)", f"{ref.size_bytes / text:.2f}×")
    for length, median in ref.search_ms.items():
        how = "instr scan" if length < 3 else "trigram MATCH"
        line(f"search, {length} character{'s' if length > 1 else ''} ({how})", f"median {median:.1f} ms")


def interps_of(items: list[Item]) -> list[Item]:
    return [i for i in items if i.interp]


if __name__ == "__main__":
    raise SystemExit(main())
