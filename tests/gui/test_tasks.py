"""The background-task helper: results, errors and progress arrive on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from gui.tasks import TaskRunner


def test_a_pooled_task_reports_progress_and_its_result_on_the_gui_thread(qtbot, qapp):
    runner = TaskRunner(qapp)  # owned by the application, as the main window owns it
    seen: list = []
    gui_thread = threading.get_ident()

    def work(control):
        worker_thread = threading.get_ident()
        for i in range(3):
            control.progress(i + 1, 3, f"第{i + 1}个")
        return worker_thread

    def done(worker_thread):
        seen.append(("done", worker_thread != gui_thread, threading.get_ident() == gui_thread))

    runner.run(work, on_done=done, on_progress=lambda d, t, text: seen.append((d, t, text)))
    qtbot.waitUntil(lambda: any(s[0] == "done" for s in seen), timeout=5000)
    assert seen[-1] == ("done", True, True)
    assert [s for s in seen if s[0] != "done"] == [(1, 3, "第1个"), (2, 3, "第2个"), (3, 3, "第3个")]


def test_an_error_in_a_task_reaches_on_error_or_the_runner_error_signal(qtbot, qapp):
    runner = TaskRunner(qapp)  # owned by the application, as the main window owns it
    caught: list = []
    runner.run(lambda c: 1 / 0, on_error=caught.append)
    qtbot.waitUntil(lambda: bool(caught), timeout=5000)
    assert isinstance(caught[0], ZeroDivisionError)
    assert "1 / 0" in caught[0].report  # the traceback's text travels with it, for the error dialog
    with qtbot.waitSignal(runner.error, timeout=5000) as blocker:
        runner.run(lambda c: {}["missing"])
    assert isinstance(blocker.args[0], KeyError)


def test_a_cancelled_task_sees_the_flag_and_stops_early(qtbot, qapp):
    runner = TaskRunner(qapp)  # owned by the application, as the main window owns it
    started, steps, out = threading.Event(), [], []

    def work(control):
        started.set()
        while not control.cancelled and len(steps) < 10_000:
            steps.append(1)
            threading.Event().wait(0.001)
        return len(steps)

    control = runner.run(work, on_done=out.append)
    assert started.wait(5)
    control.cancel()
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    assert out[0] < 10_000


def test_inline_runner_calls_back_before_run_returns(qapp):
    runner = TaskRunner(inline=True)
    out: list = []
    runner.run(lambda c: 7, on_done=out.append)
    assert out == [7]


def test_after_shutdown_a_late_result_is_dropped_not_delivered(qtbot, qapp):
    runner = TaskRunner(qapp)
    release, got = threading.Event(), []

    def slow(control):
        release.wait(5)
        return "late"

    runner.run(slow, on_done=got.append)
    threading.Timer(0.2, release.set).start()
    runner.shutdown(5000)  # waits for the task; its result must not reach a window being closed
    qtbot.wait(100)
    assert got == []


def test_many_tasks_leave_no_per_task_objects_behind(qtbot, qapp):
    runner = TaskRunner(qapp)
    done: list = []
    for i in range(200):
        runner.run(lambda c, i=i: i, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 200, timeout=10000)
    assert sorted(done) == list(range(200))
    assert runner.findChildren(QObject) == [runner._pool]  # no QObject made per task
