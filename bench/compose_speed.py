"""How fast the 解读 drafting aids are on a 10-page policy, against their targets.

    .venv/bin/python bench/compose_speed.py [--runs 25] [--warm-up 3]

The test policy is built from dev corpus texts: the body of ../shared/corpus/dev/d018.docx (a
国务院 指导意见, ~7,200 characters) followed by paragraphs of d006.docx until the body holds
8,000 characters, about 10 pages at GB/T 9704's 22 lines × 28 characters plus headings and
spacing; its metadata is extracted once, as the app has it before the 解读 tab opens.

First the one-time costs, in this fresh process: ``import jieba`` and the keyword dictionaries'
load (jieba's prefix dictionary, POS tags, IDF table and the policy resources; jieba keeps a
prefix-dictionary cache in the temp directory, so the very first run on a machine is ~0.5 s
slower). Then each entry of ``timings()`` is run ``--warm-up`` times untimed and ``--runs`` times
timed: median and min wall time and median CPU time in ms (the load average is printed: on a busy
machine the wall time is not the code's), the target, PASS/MISS on the median wall time. To time another compose step,
add a ``(name, callable, target_ms)`` entry to ``timings()``.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
POLICY_FILES = ("d018.docx", "d006.docx")
POLICY_CHARS = 8000

Entry = tuple[str, Callable[[], object], float]  # name, what to run, target in ms


def ten_page_policy():  # -> policy.extraction.Extraction
    """d018.docx's document, its body extended with d006.docx paragraphs to POLICY_CHARS."""
    from extractors import metadata
    from extractors.docx import read
    from policy.extraction import Extraction
    from policy.problems import Status

    first = read(CORPUS / POLICY_FILES[0]).document
    more = read(CORPUS / POLICY_FILES[1]).document
    assert first is not None and more is not None, f"dev corpus files missing under {CORPUS}"
    blocks = list(first.body)
    size = sum(len(b.text) for b in blocks)
    for b in more.body:
        if size >= POLICY_CHARS:
            break
        blocks.append(dataclasses.replace(b, index=len(blocks), page=None))
        size += len(b.text)
    document = dataclasses.replace(first, blocks=tuple(blocks))
    return Extraction("10-page policy", Status.OK, document, metadata.extract(document))


def timings(policy) -> list[Entry]:
    """The compose steps to time on the 10-page policy. Add entries here."""
    from compose.keywords import extract_keywords

    return [
        ("keywords, top 10 (TF-IDF + TextRank)", lambda: extract_keywords(policy, 10), 50.0),
    ]


def measure(fn: Callable[[], object], runs: int, warm_up: int) -> tuple[float, float, float]:
    """Median and min wall time, and median CPU time of this process, in ms."""
    for _ in range(warm_up):
        fn()
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), min(wall), statistics.median(cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--warm-up", type=int, default=3)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    import jieba  # noqa: F401  (its import is part of the one-time cost)

    import_ms = (time.perf_counter() - start) * 1000
    from compose import keywords

    load_s = keywords.warm_up()
    print(f"one-time: import jieba {import_ms:.0f} ms, keyword dictionaries load {load_s * 1000:.0f} ms")

    policy = ten_page_policy()
    chars = sum(len(b.text) for b in policy.document.body)
    print(f"policy: {chars} characters in {len(policy.document.body)} blocks ({', '.join(POLICY_FILES)})")
    print(f"runs: {args.runs} after {args.warm_up} warm-up; load average {os.getloadavg()[0]:.2f}")
    print(f"{'step':<40} {'median ms':>10} {'min ms':>8} {'cpu ms':>8}  target (on the median)")
    for name, fn, target in timings(policy):
        median, low, cpu = measure(fn, args.runs, args.warm_up)
        verdict = "PASS" if median <= target else "MISS"
        print(f"{name:<40} {median:>10.1f} {low:>8.1f} {cpu:>8.1f}  ≤ {target:g} ms {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
