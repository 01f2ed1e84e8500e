"""Only gui/ and main.py may import Qt: every core package imports with PySide6 blocked."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ("policy", "extractors", "compose", "checks", "bundles", "storage", "workflow", "cli")

_PROBE = r"""
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError("Qt is not allowed outside gui/: " + name)
sys.meta_path.insert(0, Block())
imported = []
for package in sys.argv[1:]:
    try:
        pkg = importlib.import_module(package)
    except ModuleNotFoundError as exc:
        if exc.name == package:
            continue  # the package does not exist yet
        raise
    imported.append(package)
    for info in pkgutil.walk_packages(pkg.__path__, package + "."):
        importlib.import_module(info.name)
        imported.append(info.name)
print(len(imported))
"""


def test_core_packages_import_without_qt():
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *CORE], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 10  # the probe really imported the modules


def test_no_core_module_mentions_pyside():
    offenders = [
        str(p.relative_to(ROOT))
        for package in CORE
        for p in (ROOT / package).rglob("*.py")
        if "PySide6" in p.read_text("utf-8")
    ]
    assert offenders == []
