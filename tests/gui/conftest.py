"""GUI tests: real widgets under QT_QPA_PLATFORM=offscreen, a real library in a temporary folder,
background tasks run inline (``TaskRunner(inline=True)``) so a test can assert straight after."""

from __future__ import annotations

import os

import pytest

# the preview pane's browser engine must be loaded before the QApplication exists; running as root
# (CI containers) it needs its sandbox off
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402, F401

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

from gui.context import AppContext  # noqa: E402
from gui.tasks import TaskRunner  # noqa: E402
from storage import Library  # noqa: E402


@pytest.fixture
def library(tmp_path):
    lib = Library.open(tmp_path / "library")
    yield lib
    lib.close()


@pytest.fixture
def ctx(qapp, library) -> AppContext:
    return AppContext(library=library, actor="张三", tasks=TaskRunner(qapp, inline=True))
