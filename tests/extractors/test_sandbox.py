"""Files are parsed in child processes: a file that takes too long or needs too much memory is
stopped with a message, and the caller and the other files are unaffected."""

import time
from pathlib import Path

import pytest

from extractors.sandbox import SandboxLimits, extract_in_children
from policy.problems import Status


def _soffice_count() -> int:
    """Live LibreOffice processes (a killed one may linger as a zombie until init reaps it)."""
    count = 0
    for entry in Path("/proc").iterdir():
        try:
            cmdline = (entry / "cmdline").read_bytes()
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if b"soffice" in cmdline and stat[stat.rfind(")") + 2] != "Z":
            count += 1
    return count


@pytest.mark.slow
def test_timeout_stops_the_reader_and_what_it_started(corpus):
    before = _soffice_count()
    started = time.monotonic()
    files = [(corpus / "d001.doc", "d001.doc"), (corpus / "d055.docx", "d055.docx")]
    results = list(extract_in_children(files, SandboxLimits(timeout_s=0.5, workers=1)))
    assert time.monotonic() - started < 20
    assert results[0].status is Status.ERROR and results[0].problems[0].key == "timeout"
    assert "超时" in results[0].error
    assert results[1].status is Status.OK  # the next file is still read
    deadline = time.monotonic() + 5
    while _soffice_count() > before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _soffice_count() <= before  # the LibreOffice the child started was killed with it


def test_memory_cap_stops_a_file_that_needs_too_much(tmp_path, corpus):
    big = tmp_path / "big.txt"
    line = ("政务公开工作要点" * 20 + "\n").encode("utf-8")
    with big.open("wb") as fh:
        for _ in range(150 * 1024 * 1024 // len(line)):
            fh.write(line)
    files = [(big, "big.txt"), (corpus / "d055.docx", "d055.docx")]
    results = list(extract_in_children(files, SandboxLimits(memory_mb=700, workers=2)))
    assert results[0].status is Status.ERROR
    assert results[0].problems[0].key in {"out_of_memory", "crashed"}
    assert results[1].status is Status.OK


def test_results_come_back_in_input_order_with_progress(corpus):
    names = ["d055.docx", "d031.pdf", "d011.docx", "d002.docx"]
    seen = []
    results = list(
        extract_in_children(
            [(corpus / n, n) for n in names],
            SandboxLimits(workers=2),
            progress=lambda d, t: seen.append((d, t)),
        )
    )
    assert [r.file for r in results] == names
    assert seen[-1] == (4, 4)


def test_cancel_stops_early(corpus):
    names = ["d055.docx", "d031.pdf", "d011.docx", "d002.docx"]
    results = list(
        extract_in_children(
            [(corpus / n, n) for n in names], SandboxLimits(workers=1), cancelled=lambda: True
        )
    )
    assert results == []
