"""The full check of a 50-page policy with its 解读, in-process after warm-up (target ≤ 0.3 s).

    .venv/bin/python bench/check_speed.py [--pages 50] [--runs 15]

Builds a 50-page 公文-like .docx (the extract_speed builder), extracts it, writes a 解读 of eight
sections from its own sentences (half copied, so the originality rule has work to do) with two
forms, then times ``checks.catalogue.run`` over that context: every rule of the catalogue, the
originality measure included.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract_speed import CHARS_PER_PAGE, build_docx  # noqa: E402

from checks.catalogue import rules, run  # noqa: E402
from checks.settings import CheckSettings  # noqa: E402
from compose.originality import measure  # noqa: E402
from extractors.pipeline import extract_file  # noqa: E402
from policy.interpretation import ELEMENTS, Form, FormKind, Interpretation, Section  # noqa: E402
from workflow.check import context_for_extraction  # noqa: E402

TARGET_MS = 300.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "policy.docx"
        build_docx(path, args.pages * CHARS_PER_PAGE)
        extraction = extract_file(path)
    document = extraction.document
    sentences = [s for b in document.body for s in b.text.split("。") if len(s) > 12]
    sections = tuple(
        Section(
            e, "。".join(sentences[i * 6 : i * 6 + 3]) + "。这一部分用通俗的话说明政策的要点和办理方式。" * 3
        )
        for i, e in enumerate(ELEMENTS)
    )
    interp = Interpretation("关于《测试政策》的政策解读", "测试政策", sections,
                            forms=(Form(FormKind.GRAPHIC, "图解"), Form(FormKind.QA, "问答", text="问：谁可以申请？")))  # fmt: skip
    settings = CheckSettings()
    context = context_for_extraction(extraction, original=None)
    timings = []
    for i in range(args.runs + 2):
        started = time.perf_counter()
        ctx = context.__class__(**{**context.__dict__, "interpretation": interp,
                                   "originality": measure(interp, document)})  # fmt: skip
        findings = run(ctx, settings)
        if i >= 2:
            timings.append((time.perf_counter() - started) * 1000)
    median = statistics.median(timings)
    print(
        f"{len(rules())} rules, {len(document.blocks)} blocks, {sum(len(b.text) for b in document.blocks)} characters"
    )
    print(f"findings: {len(findings)}")
    print(f"full check of a {args.pages}-page policy with its 解读: median {median:.1f} ms, "
          f"min {min(timings):.1f} ms  (target ≤ {TARGET_MS:.0f} ms: {'PASS' if median <= TARGET_MS else 'MISS'})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
