"""The global error handler: an exception in a slot or a task shows a dialog with a copyable report,
and the app keeps running."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from gui.errors import ErrorDialog, ErrorHandler
from gui.tasks import TaskRunner
from storage import LibraryError


@pytest.fixture
def handler(qapp):
    handler = ErrorHandler(qapp)
    handler.install()
    yield handler
    handler.uninstall()
    for dialog in handler.dialogs:
        dialog.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_a_copyable_report_and_the_app_goes_on(handler, qtbot):
    button = QPushButton("坏按钮")
    qtbot.addWidget(button)

    def broken_slot():
        raise ValueError("字段值无法解析")

    button.clicked.connect(broken_slot)
    button.click()
    (dialog,) = handler.dialogs
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible() and not dialog.isModal()
    report = dialog.report.toPlainText()
    assert "ValueError: 字段值无法解析" in report and "broken_slot" in report and "PolicyPress" in report
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report
    # the event loop still runs: a timer fires after the error
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=1000)


@pytest.mark.qt_no_exception_capture
def test_a_failing_background_task_reaches_the_same_dialog(handler, qtbot, qapp):
    runner = TaskRunner(qapp)
    runner.error.connect(handler.show)
    runner.run(lambda control: {}["missing"])
    qtbot.waitUntil(lambda: bool(handler.dialogs), timeout=5000)
    report = handler.dialogs[-1].report.toPlainText()
    assert "KeyError" in report and "missing" in report


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_is_shown_on_the_gui_thread(handler, qtbot):
    import threading

    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(handler.dialogs), timeout=2000)
    assert "ZeroDivisionError" in handler.dialogs[-1].report.toPlainText()


def test_a_library_error_is_a_message_not_a_bug_report(handler):
    shown = handler.show(LibraryError("disk_full", "磁盘已满，本次修改未保存", "the disk is full"))
    assert isinstance(shown, QMessageBox) and shown.text() == "磁盘已满，本次修改未保存"
