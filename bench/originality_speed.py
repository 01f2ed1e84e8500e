"""How fast the originality measure is: a 5-page 解读 against a 50-page policy, target ≤ 100 ms.

    .venv/bin/python bench/originality_speed.py [--runs 21]

The policy is the body text of the dev corpus .docx files (one per source, in name order) read by
the .docx reader, cut at 50 pages of 22 × 28 characters; the 解读 is 5 pages of other dev corpus
text with every third paragraph copied from the policy, spread over the eight 要素. ``ENTRIES``
lists (name, callable, target_ms) for a shared compose benchmark to pick up.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compose.originality import PolicyIndex, measure  # noqa: E402
from extractors.registry import read_document  # noqa: E402
from policy.document import Block, ParsedDocument  # noqa: E402
from policy.interpretation import ELEMENTS, Interpretation, Section  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
CHARS_PER_PAGE = 22 * 28
TARGET_MS = 100.0


@cache
def _paragraphs() -> tuple[str, ...]:
    found: list[str] = []
    for path in sorted(CORPUS.glob("*.docx")):
        document = read_document(path).document
        if document is not None:
            found += [b.text for b in document.body if len(b.text) >= 30]
    if not found:
        raise SystemExit(f"no .docx text in {CORPUS}")
    return tuple(dict.fromkeys(found))  # the rendered copies of a source repeat its paragraphs


@cache
def inputs() -> tuple[Interpretation, ParsedDocument]:
    paragraphs = _paragraphs()
    blocks: list[Block] = []
    size = i = 0
    while size < 50 * CHARS_PER_PAGE:
        text = paragraphs[i % len(paragraphs)]
        blocks.append(Block(len(blocks), text, page=1 + size // CHARS_PER_PAGE))
        size += len(text)
        i += 1
    policy = ParsedDocument("policy-50p", "docx", tuple(blocks), page_count=50)
    own = paragraphs[::-1]
    texts: list[str] = []
    size = 0
    while size < 5 * CHARS_PER_PAGE:
        n = len(texts)
        text = blocks[(n * 7) % len(blocks)].text if n % 3 == 0 else own[n % len(own)]
        texts.append(text)
        size += len(text)
    per = -(-len(texts) // len(ELEMENTS))
    sections = tuple(Section(e, "\n".join(texts[k * per : (k + 1) * per])) for k, e in enumerate(ELEMENTS))
    return Interpretation("五页解读", sections=sections), policy


def _full() -> object:
    interp, policy = inputs()
    return measure(interp, policy)


def _index_only() -> object:
    return PolicyIndex.of_document(inputs()[1])


@cache
def _prebuilt() -> PolicyIndex:
    return PolicyIndex.of_document(inputs()[1])


def _with_index() -> object:
    return measure(inputs()[0], _prebuilt())


ENTRIES: list[tuple[str, Callable[[], object], float | None]] = [
    ("originality 5p vs 50p", _full, TARGET_MS),
    ("  of which: index the 50p policy", _index_only, None),
    ("  re-measure with a built index", _with_index, None),
]


def time_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    interp, policy = inputs()
    policy_chars = sum(len(b.text) for b in policy.blocks)
    interp_chars = sum(len(s.text) for s in interp.sections)
    result = measure(interp, policy)
    print(f"policy {policy_chars} chars in {len(policy.blocks)} blocks; 解读 {interp_chars} chars")
    print(f"copied share {result.copied_share:.3f} (min_run {result.min_run})")
    print(f"{'':34} {'median ms':>10} {'min ms':>8}  target")
    for name, fn, target in ENTRIES:
        median, low = time_ms(fn, args.runs)
        verdict = "" if target is None else f"≤ {target:.0f} ms {'PASS' if median <= target else 'FAIL'}"
        print(f"{name:34} {median:10.1f} {low:8.1f}  {verdict}")


if __name__ == "__main__":
    main()
