"""A 50-file import on the real thread pool (and the sandbox's worker processes) keeps the window
responsive: a 10 ms timer on the GUI thread measures the longest stall of the event loop."""

from __future__ import annotations

import time

import pytest

from gui.context import AppContext
from gui.main_window import MainWindow
from gui.tasks import TaskRunner
from storage import submissions
from tests.gui.stall import StallMeter

MAX_STALL_MS = 250  # a stall a clerk would notice; typical figures are far below (see the report)


@pytest.mark.slow
def test_a_50_file_import_keeps_the_event_loop_responsive(qapp, qtbot, library, corpus):
    files = sorted(p for p in corpus.iterdir() if p.suffix in (".docx", ".pdf"))[:50]
    assert len(files) == 50
    window = MainWindow(AppContext(library=library, actor="张三", tasks=TaskRunner(qapp)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.warmed, timeout=30_000)  # jieba's one-time load, as at start-up
    meter = StallMeter(window)
    progress: list[tuple[int, int]] = []
    window.importer.progress.bar.valueChanged.connect(
        lambda v: progress.append((v, window.importer.progress.bar.maximum()))
    )
    started = time.perf_counter()
    meter.start()
    with qtbot.waitSignal(window.importer.finished, timeout=600_000) as blocker:
        assert window.import_paths(files)
        qtbot.waitUntil(window.importer.progress.isVisible, timeout=5000)  # shown while it runs
    elapsed = time.perf_counter() - started
    qtbot.wait(300)  # the first imported item opens (its check runs on the pool)
    meter.timer.stop()
    window.ctx.tasks.wait(60_000)
    report = blocker.args[0]
    print(
        f"\n50-file import: {elapsed:.1f} s, longest event-loop stall {meter.longest * 1000:.0f} ms, {meter.ticks} ticks"
    )
    assert len(report.imported) + len(report.failed) == 50 and len(report.imported) >= 48
    assert submissions.count(library) == len(report.imported)
    assert window.list.model.rowCount() == len(report.imported)
    assert progress and progress[-1][0] == 50
    assert not window.importer.progress.isVisible()
    assert meter.longest * 1000 < MAX_STALL_MS


@pytest.mark.slow
def test_an_import_can_be_cancelled(qapp, qtbot, library, corpus):
    files = sorted(p for p in corpus.iterdir() if p.suffix == ".pdf")[:20]
    window = MainWindow(AppContext(library=library, actor="张三", tasks=TaskRunner(qapp)))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.importer.finished, timeout=120_000) as blocker:
        window.import_paths(files)
        qtbot.waitUntil(lambda: window.importer.progress.bar.value() >= 2, timeout=60_000)
        window.importer.progress.cancel_button.click()
    window.ctx.tasks.wait(60_000)
    report = blocker.args[0]
    assert report.cancelled and len(report.imported) < 20
    assert "已取消" in window.statusBar().currentMessage()
