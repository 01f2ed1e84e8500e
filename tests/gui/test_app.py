"""Starting the app: the explicit Simplified-Chinese font, the icon, ``python main.py`` opening the
window on the library of POLICYPRESS_HOME, and ``--screenshot DIR``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QImage

from gui.app import ICON, UI_FONTS, ui_font

ROOT = Path(__file__).resolve().parents[2]

START = r"""
import sys
import gui.app
from PySide6.QtWidgets import QApplication

def shown():
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if w.inherits("QMainWindow") and w.isVisible())
    print("shown", app.font().family(), window.windowTitle(), not app.windowIcon().isNull(), flush=True)
    app.quit()

import main
run_app = gui.app.run_app
gui.app.run_app = lambda: run_app(on_shown=shown)
sys.exit(main.main([]))
"""


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
            "POLICYPRESS_HOME": str(tmp_path / "library"), "XDG_CONFIG_HOME": str(tmp_path / "config")}  # fmt: skip


def test_the_ui_font_is_named_explicitly_simplified_chinese_first(qapp):
    font = ui_font()
    installed = [f for f in UI_FONTS if f in QFontDatabase.families()]
    assert installed, "a Simplified-Chinese font is needed (fonts-noto-cjk)"
    assert font.families()[0] == installed[0]
    assert installed[0].endswith(" SC") or "YaHei" in installed[0]
    assert ICON.exists()


def test_main_without_arguments_opens_the_window_on_the_library(tmp_path):
    done = subprocess.run([sys.executable, "-c", START], cwd=ROOT, env=_env(tmp_path), capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("shown Noto Sans CJK SC PolicyPress 政策文件发布助手 True"), done.stdout
    assert (tmp_path / "library" / "library.sqlite3").exists()


@pytest.mark.slow
def test_screenshots_of_the_main_views_at_two_sizes(tmp_path):
    out = tmp_path / "shots"
    done = subprocess.run([sys.executable, "main.py", "--screenshot", str(out)], cwd=ROOT, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    shots = sorted(out.glob("*.png"))
    names = {p.stem.rsplit("-", 1)[0] for p in shots}
    assert {"1-list", "2-fields", "3-interpretation", "5-checks"} <= names
    assert {"6-head-preview", "7-uploader", "8-care"} <= names  # the other roles, and 关怀模式
    sizes = {(QImage(str(p)).width(), QImage(str(p)).height()) for p in shots}
    assert sizes == {(1280, 800), (1920, 1080)}
    assert not (tmp_path / "library").exists()  # a temporary library, never the user's
