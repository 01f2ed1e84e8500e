"""GUI tests: real widgets under QT_QPA_PLATFORM=offscreen, a real library in a temporary folder,
background tasks run inline (``TaskRunner(inline=True)``) so a test can assert straight after."""

from __future__ import annotations

import pytest

from gui.context import AppContext
from gui.tasks import TaskRunner
from storage import Library


@pytest.fixture
def library(tmp_path):
    lib = Library.open(tmp_path / "library")
    yield lib
    lib.close()


@pytest.fixture
def ctx(qapp, library) -> AppContext:
    return AppContext(library=library, actor="张三", tasks=TaskRunner(qapp, inline=True))
