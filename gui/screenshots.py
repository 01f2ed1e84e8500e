"""``python main.py --screenshot DIR``: the main views on a sample submission, as PNGs.

A temporary library (never the user's) is made from the bundled samples in ``resources/sample/``
(a made-up 长江区 notice, the older version it replaces, a partly written 解读 and a 简明问答,
a training notice and a news item), the
window is opened under the offscreen platform, and each view is saved at 1280×800 and 1920×1080:
the list (with a search), 文件信息 with a field's evidence highlighted in the 原文 pane, 政策解读 with
its suggestions and originality meter, 新旧对照, 检查, and the same window in 关怀模式.

Then the hand-over, through the core as on three machines (``gui.screenshot_roles``): a clerk's
completed notice is sent as a 送审包 and opened in a section head's library — the head's window with
the site preview — and, approved, opened in an uploader's library — the uploader's window.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

SIZES = ((1280, 800), (1920, 1080))
SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "sample"


def settle(ms: int = 300) -> None:
    """Let timers (debounced searches, the originality meter) and repaints run."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def prepare_library(root: Path, actor: str) -> tuple[int, int]:
    """The sample library: the new notice (with a 解读 begun), the old one it replaces, a training
    notice and a news item; returns the ids of the new and the old notice."""
    from policy.interpretation import FormKind
    from policy.submission import Kind
    from storage import Library
    from workflow.importing import import_files
    from workflow.interpret import store_interpretation

    with Library.open(root) as lib:
        next(import_files(lib, [SAMPLES / "sample-meeting-news.txt"], actor, kind=Kind.NEWS))
        next(import_files(lib, [SAMPLES / "sample-training-notice.txt"], actor))
        notices = [SAMPLES / "sample-notice-2021.docx", SAMPLES / "sample-notice.docx"]
        old, new = (o.submission_id for o in import_files(lib, notices, actor))
        store_interpretation(
            lib,
            new,
            actor,
            written=SAMPLES / "sample-interpretation.md",
            forms=[(FormKind.QA, SAMPLES / "sample-qa.md")],
        )
    return new, old


def take(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app import create_application

    app = create_application()
    from gui.context import AppContext
    from gui.main_window import MainWindow
    from gui.screenshot_roles import role_views
    from gui.tasks import TaskRunner
    from storage import Library

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="policypress-shots-") as tmp:
        root = Path(tmp) / "library"
        new, old = prepare_library(root, "张三")
        library = Library.open(root)
        tasks = TaskRunner(app, inline=True)  # deterministic: each task done before the next view
        window = MainWindow(AppContext(library=library, actor="张三", tasks=tasks), settings_in(Path(tmp)))
        try:
            window.show()
            for width, height in SIZES:
                window.resize(width, height)
                written += _views(window, new, old, out_dir, f"{width}x{height}")
        finally:
            dispose(window)
            library.close()
        written += role_views(Path(tmp), tasks, out_dir)
    return written


def settings_in(folder: Path):
    """A settings file of the temporary run (never the user's)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def dispose(window) -> None:
    """Close and delete a window now (a browser page must go before the app and its profile do)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle(50)


def _views(window, new: int, old: int, out_dir: Path, size: str) -> list[Path]:
    from PySide6.QtCore import Qt

    shots = []

    def grab(name: str) -> None:
        settle(400)
        path = out_dir / f"{name}-{size}.png"
        window.grab().save(str(path))
        shots.append(path)

    window.search.setText("改造")
    settle(300)
    window.list.select(new)
    window.tabs.setCurrentWidget(window.fields)
    grab("1-list")
    window.search.clear()
    settle(300)
    window.list.select(new)
    window.fields.focus_field("date")
    grab("2-fields")
    window.tabs.setCurrentWidget(window.interpretation)
    if hasattr(window.interpretation, "focus_section"):
        window.interpretation.focus_section("主要内容")
    grab("3-interpretation")
    if hasattr(window.diff, "load_old"):
        window.tabs.setCurrentWidget(window.diff)
        window.diff.load_old(old)
        grab("4-diff")
    window.tabs.setCurrentWidget(window.checks)
    window.checks.tree.setFocus(Qt.FocusReason.OtherFocusReason)
    grab("5-checks")
    window.set_care(True)  # 关怀模式: larger type, high contrast, the focus framed
    window.tabs.setCurrentWidget(window.fields)
    window.fields.focus_field("doc_number")
    grab("8-care")
    window.set_care(False)
    return shots


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("用法：python main.py --screenshot DIR", file=sys.stderr)
        return 2
    for path in take(Path(argv[0])):
        print(path)
    return 0
