"""Autosave survives a kill: a real app process types into the form and is SIGKILLed a moment later
(no close, no flush, no atexit); the library opened again holds what was typed."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from policy.metadata import Fields, PolicyMetadata
from policy.submission import Kind
from storage import Library, submissions

ROOT = Path(__file__).resolve().parents[2]
TYPED = "各街道办事处，区政府各部门"
KILL_AFTER_S = 1.5  # the form saves 0.7 s after the last keystroke

CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.context import AppContext
from gui.main_window import MainWindow
from gui.tasks import TaskRunner
from storage import Library

root, sid, text = sys.argv[1], int(sys.argv[2]), sys.argv[3]
tasks = TaskRunner(app)
window = MainWindow(AppContext(library=Library.open(root), actor="张三", tasks=tasks))
window.show()
window.list.select(sid)
edit = window.fields.rows["recipients"].editor.edit
edit.setFocus()
event = QInputMethodEvent("", [])
event.setCommitString(text)  # as an input method types Chinese
QApplication.sendEvent(edit, event)
assert edit.text() == text, edit.text()
print("typed", flush=True)
app.exec()
"""


def test_what_was_typed_is_there_after_the_app_is_killed(tmp_path):
    root = tmp_path / "library"
    with Library.open(root) as lib:
        fields = dataclasses.replace(Fields(), title="关于做好老旧小区改造工作的通知")
        sid = submissions.insert(lib, Kind.POLICY, PolicyMetadata(fields=fields), "正文", "ok")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(root), str(sid), TYPED],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        line = child.stdout.readline()
        assert line.strip() == "typed", child.stderr.read() if child.poll() is not None else line
        time.sleep(KILL_AFTER_S)
        assert child.poll() is None, "the app must still be running when it is killed"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
    assert child.returncode == -signal.SIGKILL
    with Library.open(root) as lib:
        stored = submissions.get(lib, sid)
    assert stored.fields.recipients == TYPED
    assert stored.confirmed["recipients"].who == "张三"
