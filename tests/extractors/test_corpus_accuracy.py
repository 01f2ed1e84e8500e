"""The extractor measured field by field against the labelled dev corpus (bench/extract_accuracy.py)."""

import importlib.util
import sys

import pytest

from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("extract_accuracy", ROOT / "bench" / "extract_accuracy.py")
extract_accuracy = importlib.util.module_from_spec(_spec)
sys.modules["extract_accuracy"] = extract_accuracy
_spec.loader.exec_module(extract_accuracy)


@pytest.fixture(scope="module")
def report(corpus):
    return extract_accuracy.score(corpus)


@pytest.mark.slow
def test_overall_accuracy_is_at_least_95_percent(report):
    misses = "\n".join(f"{n} {k}: want {w!r} got {h!r}" for n, k, w, h in report.misses[:40])
    assert report.overall >= 0.95, misses


@pytest.mark.slow
def test_every_scan_is_recognised_as_having_no_text_layer(report):
    assert report.scans_expected >= 1
    assert report.scans_recognised == report.scans_expected


@pytest.mark.slow
def test_no_file_of_the_corpus_fails_to_read(report):
    assert report.errors == []


@pytest.mark.slow
def test_values_are_rarely_invented(report):
    assert report.invented_rate <= 0.02
