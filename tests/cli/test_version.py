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
