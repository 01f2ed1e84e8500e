"""Measure the metadata extractor against a labelled directory (dNNN.ext + dNNN.json).

    .venv/bin/python bench/extract_accuracy.py ../shared/corpus/dev [--show-misses]

Prints, per field: accuracy over all files, accuracy where the label has a value, and how often a
value was invented where the label is null; then the overall figure and the no_text_layer count.
Files are extracted through the same sandboxed path as `main.py extract`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policy.jsonform import fields_json  # noqa: E402
from policy.problems import Status  # noqa: E402
from workflow.extract import extract_files  # noqa: E402

SCORED = ("doc_number", "title", "issuer_mark", "issuers", "date", "recipients", "attachments", "cc",
          "printer", "print_date", "doc_type", "disclosure", "signer", "effective_date", "expiry_date")  # fmt: skip


def _empty(value: object) -> bool:
    return value is None or value == [] or value == ""


@dataclass
class FieldScore:
    total: int = 0
    correct: int = 0
    with_value: int = 0
    correct_with_value: int = 0
    null_labels: int = 0
    invented: int = 0


@dataclass
class Report:
    files: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {k: FieldScore() for k in SCORED})
    scans_expected: int = 0
    scans_recognised: int = 0
    misses: list[tuple[str, str, object, object]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def overall(self) -> float:
        total = sum(s.total for s in self.fields.values())
        return sum(s.correct for s in self.fields.values()) / total if total else 0.0

    @property
    def invented_rate(self) -> float:
        nulls = sum(s.null_labels for s in self.fields.values())
        return sum(s.invented for s in self.fields.values()) / nulls if nulls else 0.0


def score(directory: Path) -> Report:
    labels = {}
    for label_path in sorted(directory.glob("*.json")):
        label = json.loads(label_path.read_text("utf-8"))
        labels[directory / label["file"]] = label
    report = Report(files=len(labels))
    started = time.perf_counter()
    results = list(extract_files(list(labels)))
    report.seconds = time.perf_counter() - started
    for (path, label), result in zip(labels.items(), results, strict=True):
        if label.get("expect") == "no_text_layer":
            report.scans_expected += 1
            report.scans_recognised += result.status is Status.NO_TEXT_LAYER
            continue
        if result.status is Status.ERROR:
            report.errors.append((path.name, result.error or ""))
        got = fields_json(result.metadata.fields) if result.metadata else {}
        for key in SCORED:
            want, have = label["fields"].get(key), got.get(key)
            ok = True if _empty(want) and _empty(have) else want == have
            s = report.fields[key]
            s.total += 1
            s.correct += ok
            if _empty(want):
                s.null_labels += 1
                s.invented += not _empty(have)
            else:
                s.with_value += 1
                s.correct_with_value += ok
            if not ok:
                report.misses.append((path.name, key, want, have))
    return report


def print_report(report: Report, show_misses: bool) -> None:
    print(f"{report.files} labelled files, extracted in {report.seconds:.1f} s")
    print(f"{'field':<16}{'all':>8}{'with value':>14}{'invented':>12}")
    for key, s in report.fields.items():
        wv = f"{s.correct_with_value / s.with_value:.3f} ({s.with_value})" if s.with_value else "—"
        inv = f"{s.invented / s.null_labels:.3f}" if s.null_labels else "—"
        print(f"{key:<16}{s.correct / s.total if s.total else 0:>8.3f}{wv:>14}{inv:>12}")
    print(f"overall accuracy: {report.overall:.4f}   (goal ≥ 0.98; CI fails below 0.95)")
    print(f"invented values:  {report.invented_rate:.4f}   (goal ≤ 0.01)")
    print(f"no_text_layer recognised: {report.scans_recognised}/{report.scans_expected}")
    for name, message in report.errors:
        print(f"ERROR {name}: {message}")
    if show_misses:
        for name, key, want, have in report.misses:
            print(f"MISS {name} {key}: want {want!r} got {have!r}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("directory", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    report = score(args.directory)
    print_report(report, args.show_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
