"""The app's one error handler: an exception nobody handled (in a slot, an event handler, a thread, a
background task) shows a dialog with a copyable report, and the app keeps running. Every edit is
autosaved already, so nothing typed is lost.

A ``LibraryError`` is a message for the user (a full disk, a read-only library), not a bug: it is
shown as such, without a report.
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from gui.app import localized
from gui.layout import vbox
from storage import LibraryError


def app_version() -> str:
    try:
        from policypress_version import version
    except ImportError:  # a checkout without the packaging module
        return "?"
    return version()


def report_text(exc: BaseException) -> str:
    """What the user copies into a bug report: versions, then the traceback."""
    trace = getattr(exc, "report", None) or "".join(traceback.format_exception(exc))
    head = (
        f"PolicyPress {app_version()} · Python {platform.python_version()} · PySide6 {pyside_version}"
        f" · {platform.system()} {platform.release()}"
    )
    return f"{head}\n\n{trace}"


class ErrorDialog(QDialog):
    """Non-modal: the app (and the work in it) stays usable while it is open."""

    def __init__(self, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(QCoreApplication.translate("ErrorDialog", "出现意外错误"))
        intro = QLabel(
            QCoreApplication.translate(
                "ErrorDialog",
                "程序遇到一个意外错误。您的修改已自动保存，可以继续工作。\n"
                "如果问题反复出现，请复制下面的报告发给技术支持。",
            )
        )
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report_text(exc))
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            QCoreApplication.translate("ErrorDialog", "复制报告"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.close)
        self.setLayout(vbox(intro, self.report, buttons, margin=12))
        self.resize(640, 360)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


class ErrorHandler(QObject):
    """Installed once per app: ``sys.excepthook`` and ``threading.excepthook`` (plus the task runner's
    ``error`` signal, connected by whoever builds the runner) end up in ``show``."""

    raised = Signal(object)  # from any thread; shown on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialogs: list[QWidget] = []
        self._previous: tuple = ()
        self.raised.connect(self.show)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if self._previous:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = ()

    def _excepthook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        traceback.print_exception(kind, exc, tb)  # also on stderr, for logs
        self.raised.emit(exc.with_traceback(tb))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def show(self, exc: BaseException) -> QWidget:
        parent = QApplication.activeWindow()
        if isinstance(exc, LibraryError):
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("ErrorDialog", "无法完成操作"),
                localized(exc.message_zh, exc.message_en),
                QMessageBox.StandardButton.Ok,
                parent,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog: QWidget = box
        else:
            dialog = ErrorDialog(exc, parent)
        self.dialogs = [d for d in self.dialogs if _alive(d)] + [dialog]
        dialog.show()
        return dialog


def _alive(widget: QWidget) -> bool:
    try:
        return widget.isVisible()
    except RuntimeError:  # deleted on close
        return False
