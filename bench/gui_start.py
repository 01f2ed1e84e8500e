"""Desktop app start: from process start to the main window shown, with a library of 1,000 submissions.

    .venv/bin/python bench/gui_start.py [--n 1000] [--runs 9] [--keep DIR]

The library is made once (bench/library.py's generator: real corpus text, varied titles, 文号,
kinds and statuses; three in ten with a 解读) and cached in bench/out/gui_start-<n>/. Each run
starts ``python main.py`` as the user would (no arguments, the offscreen platform, the library in
POLICYPRESS_HOME, a throw-away settings folder) with a hook that prints once the main window has been
shown and quits; the time is taken in this process from just before the child is spawned to that
line. Median and min over the runs, after one warm-up run (the OS file cache).

Also reported: the same for an empty library, and ``import PySide6.QtWidgets`` + a bare QMainWindow
shown (what PySide6 alone costs here).

Target: ≤ 0.8 s median with 1,000 submissions.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET_S = 0.8

APP_CHILD = r"""
import sys
sys.argv = ["main.py"]
import main
import gui.app
from PySide6.QtWidgets import QApplication

def shown():
    print("shown", flush=True)
    QApplication.instance().quit()

run_app = gui.app.run_app
gui.app.run_app = lambda: run_app(on_shown=shown)
sys.exit(main.main([]))
"""

BARE_CHILD = r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 800)
w.show()
def shown():
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def build_library(root: Path, n: int) -> None:
    from storage import records, submissions
    from storage.library import Library

    spec = importlib.util.spec_from_file_location("bench_library", ROOT / "bench" / "library.py")
    generator_module = importlib.util.module_from_spec(spec)
    sys.modules["bench_library"] = generator_module  # its dataclasses look their module up
    spec.loader.exec_module(generator_module)
    gen = generator_module.Generator(7)
    with Library.open(root) as lib, lib.write():
        for _ in range(n):
            item = gen.item()
            sid = submissions.insert(lib, item.kind, item.metadata, item.body, "ok", author="张三")
            submissions.set_status(lib, sid, item.status)
            if item.interp:
                records.save_interpretation(lib, sid, {"title": "政策解读"}, item.interp)


def time_start(code: str, library: Path, settings: Path) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "POLICYPRESS_HOME": str(library),
        "XDG_CONFIG_HOME": str(settings),
        "PYTHONPATH": str(ROOT),
    }
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.wait(30)
    if line.strip() != "shown":
        raise SystemExit(f"the app did not report its window (exit {child.returncode})")
    return elapsed


def measure(label: str, code: str, library: Path, runs: int) -> float:
    with tempfile.TemporaryDirectory() as settings:
        time_start(code, library, Path(settings))  # warm-up
        times = [time_start(code, library, Path(settings)) for _ in range(runs)]
    median = statistics.median(times)
    print(f"{label:<38} median {median * 1000:6.0f} ms   min {min(times) * 1000:6.0f} ms   ({runs} runs)")
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--keep", type=Path, help="the library folder (default bench/out/gui_start-N)")
    args = parser.parse_args()
    library = args.keep or ROOT / "bench" / "out" / f"gui_start-{args.n}"
    if not (library / "library.sqlite3").exists():
        print(f"building a library of {args.n} submissions in {library} …")
        build_library(library, args.n)
    with tempfile.TemporaryDirectory() as empty:
        measure("PySide6 alone (bare QMainWindow)", BARE_CHILD, Path(empty), args.runs)
        measure("PolicyPress, empty library", APP_CHILD, Path(empty) / "library", args.runs)
    median = measure(f"PolicyPress, {args.n} submissions", APP_CHILD, library, args.runs)
    verdict = "ok" if median <= TARGET_S else "OVER TARGET"
    print(f"target ≤ {TARGET_S * 1000:.0f} ms median: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
