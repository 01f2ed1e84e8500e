"""`python main.py --version`: the version from pyproject.toml, quickly, without Qt or the command line."""

import subprocess
import sys
import tomllib

import pytest

from tests.conftest import ROOT

PROBE = r"""
import sys, main
code = main.main(sys.argv[1:])
loaded = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "cli", "gui", "jieba")]
print("loaded:", loaded)
sys.exit(code)
"""


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_prints_the_name_and_the_pyproject_version(flag):
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, flag], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    first, loaded = result.stdout.splitlines()
    assert first == f"PolicyPress {expected}"
    assert loaded == "loaded: []"  # neither Qt nor the command line's modules: a fast answer
    assert result.stderr == ""


def test_version_through_main_py_exits_zero():
    result = subprocess.run(
        [sys.executable, "main.py", "--version"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and result.stdout.startswith("PolicyPress ")


def test_without_a_display_the_app_says_so_in_one_line_instead_of_aborting():
    env = {
        k: v
        for k, v in __import__("os").environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "main.py"], cwd=ROOT, capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 1
    assert "没有可用的图形显示" in result.stderr and len(result.stderr.strip().splitlines()) == 1
