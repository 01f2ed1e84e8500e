"""What goes into the packaged app besides the modules PyInstaller finds by itself: used by
``packaging/policypress.spec`` and checked by ``tests/test_packaging.py``. Standard library only.

This folder is deliberately not a Python package (no ``__init__.py``): ``packaging`` is also the
name of a PyPI library that pip, pytest and PyInstaller import. Load this file by its path.

In the bundle the layout of the checkout is kept: modules and ``resources/`` sit side by side in the
bundle's folder (``sys._MEIPASS``, ``_internal/`` of a onedir build), so every
``Path(__file__).resolve().parents[1] / "resources"`` in the code finds its files frozen as well as
from source, with no change to the code.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The project's packages: every module is bundled, including those imported by name only
# (checks.rules.* found with pkgutil, extractors' readers, the GUI's lazily built tabs, and
# workflow.pages run as ``-m`` in a child process).
PACKAGES = ("policy", "extractors", "workflow", "compose", "checks", "bundles", "storage", "cli", "gui")
TOP_MODULES = ("main", "policypress_version")

# Files under resources/ that are sources or notes, not read by the app at run time.
RESOURCE_SOURCES = ("README.md", "*.py", "*.ts", "*.pyc", ".*")

# Beside the modules: the version's single source (policypress_version reads it).
EXTRA_FILES = ("pyproject.toml",)

# Distributions whose metadata (``*.dist-info``) the app needs at run time: bagit reads its own
# version on import (and fails without it), pdfminer.six too. The spec adds these to every
# dependency named in pyproject.toml, whose metadata costs a few kB each.
METADATA_ALSO = ("pdfminer.six",)

# Test-only and build-only packages, never in the app: wsgidav and cheroot serve the upload tests,
# selenium (with trio) drives the site preview's tests. Not pluggy: sqlite-utils imports it.
EXCLUDED_PACKAGES = (
    "pytest",
    "_pytest",
    "pytestqt",
    "selenium",
    "wsgidav",
    "cheroot",
    "trio",
    "trio_websocket",
    "ruff",
    "PyInstaller",
    "tkinter",
    "_tkinter",
    "IPython",
    "tests",
    "bench",
)

# Qt modules nothing in the app uses (the hooks only collect what is imported; this keeps an
# accidental import from adding tens of MB). Not listed, on purpose: QtWebEngineCore/Widgets,
# QtWebChannel, QtPositioning, QtQml, QtQuick, QtNetwork, QtPrintSupport, QtSvg (the 原文/preview
# panes and the icon need them).
EXCLUDED_QT_MODULES = tuple(
    f"PySide6.{m}"
    for m in (
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
        "QtQuick3D", "QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets",
        "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio", "QtTextToSpeech",
        "QtBluetooth", "QtNfc", "QtSensors", "QtSerialPort", "QtSerialBus", "QtLocation",
        "QtRemoteObjects", "QtScxml", "QtDesigner", "QtHelp", "QtUiTools", "QtTest", "QtQuickTest",
        "QtAxContainer", "QtHttpServer", "QtWebView", "QtWebEngineQuick", "QtCanvasPainter",
    )
)  # fmt: skip

# Qt's own translations and WebEngine's locale packs: the UI languages only (Chinese, English).
QT_TRANSLATION_KEEP = ("*_zh_CN.qm", "*_en.qm", "zh-CN.pak", "en-US.pak")

# Data that packages' hooks collect but the app never reads: jieba's paddle model (12 MB; used only
# by ``cut(use_paddle=True)`` with paddlepaddle installed, which the app is not).
UNUSED_DATA = ("jieba/lac_small/",)


def project_modules(root: Path = ROOT) -> list[str]:
    """Every module of the project's packages, by walking the files (nothing is imported)."""
    names = list(TOP_MODULES)
    for package in PACKAGES:
        base = root / package
        if not (base / "__init__.py").is_file():
            continue
        for path in sorted(base.rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            names.append(".".join(parts))
    return names


def runtime_distributions(root: Path = ROOT) -> list[str]:
    """The distributions whose metadata is bundled: pyproject's dependencies and ``METADATA_ALSO``."""
    import re
    import tomllib

    project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]
    names = [re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0] for requirement in project["dependencies"]]
    return [*names, *METADATA_ALSO]


def _is_source(path: Path) -> bool:
    return (
        any(fnmatch.fnmatch(path.name, pattern) for pattern in RESOURCE_SOURCES)
        or "__pycache__" in path.parts
    )


def data_files(root: Path = ROOT, translations: Path | None = None) -> list[tuple[str, str]]:
    """PyInstaller ``datas``: (source file, folder in the bundle), one entry per file, the bundle
    mirroring the checkout (``resources/templates/policy.html.j2`` → ``resources/templates``).
    ``translations`` is a folder of compiled ``.qm`` files (see ``compile_translations``), bundled
    as ``resources/i18n``; ``.qm`` files already in ``resources/i18n`` are taken as they are."""
    entries: dict[str, tuple[str, str]] = {}
    for path in sorted((root / "resources").rglob("*")):
        if path.is_file() and not _is_source(path.relative_to(root)):
            dest = path.parent.relative_to(root).as_posix()
            entries[f"{dest}/{path.name}"] = (str(path), dest)
    for name in EXTRA_FILES:
        entries[name] = (str(root / name), ".")
    if translations is not None and translations.is_dir():
        for qm in sorted(translations.glob("*.qm")):
            entries[f"resources/i18n/{qm.name}"] = (str(qm), "resources/i18n")
    return list(entries.values())


def bundled_paths(datas: list[tuple[str, str]]) -> set[str]:
    """The bundle-relative paths of ``datas`` entries (``resources/lexicons/serious.txt``)."""
    return {f"{dest}/{Path(src).name}" if dest != "." else Path(src).name for src, dest in datas}


def keep_collected(dest: str) -> bool:
    """Whether a data file collected by the hooks (its path in the bundle) stays: False for
    ``UNUSED_DATA`` and for Qt translations and WebEngine locale packs of other languages."""
    dest = dest.replace("\\", "/")
    if dest.startswith(UNUSED_DATA):
        return False
    parts = dest.split("/")
    name = parts[-1]
    if "translations" in parts and name.endswith(".qm"):
        return any(fnmatch.fnmatch(name, p) for p in QT_TRANSLATION_KEEP)
    if "qtwebengine_locales" in parts and name.endswith(".pak"):
        return any(fnmatch.fnmatch(name, p) for p in QT_TRANSLATION_KEEP)
    return True


def _qt_path(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def is_qml(dest: str) -> bool:
    """A file of Qt's QML imports (``PySide6/Qt/qml/…`` on Linux, ``PySide6/qml/…`` on Windows)."""
    parts = _qt_path(dest)
    return parts[0] == "PySide6" and "qml" in parts[1:3]


def is_qt_library(dest: str) -> bool:
    """One of Qt's own shared libraries (``libQt6Core.so.6``, ``Qt6Core.dll``); not a plugin."""
    name = _qt_path(dest)[-1].lower()
    return fnmatch.fnmatch(name, "libqt6*.so*") or fnmatch.fnmatch(name, "qt6*.dll")


def prune_qt(binaries: list, datas: list, imports) -> tuple[list, list, list[str]]:
    """Drop Qt's QML imports and the Qt libraries that nothing left in the bundle links to.

    The app has no QML, but once a Qt module that links QtQml is bundled (QtWebEngineWidgets does,
    for the preview), PyInstaller's QtQml hook collects every QML plugin and, through them, Qt 3D,
    Quick 3D, Charts, Graphs, Multimedia… (some 200 MB). Entries are PyInstaller TOC tuples
    ``(dest, source, typecode)``; ``imports(source)`` names the libraries a binary links to
    (``PyInstaller.depend.bindepend.get_imports``). Every binary that is not a Qt library (Python
    extension modules, Qt plugins, QtWebEngineProcess, other libraries) is a root; a Qt library
    stays if a root links to it, directly or through other Qt libraries. Returns the new lists and
    the dropped destinations."""
    binaries = [e for e in binaries if not is_qml(e[0])]
    datas = [e for e in datas if not is_qml(e[0])]

    def key(name: str) -> str:
        return _qt_path(name)[-1].lower()

    qt = {key(e[0]): e for e in binaries if is_qt_library(e[0])}
    kept: set[str] = set()
    todo = [e for e in binaries if not is_qt_library(e[0])]
    while todo:
        entry = todo.pop()
        for name in imports(entry[1]):
            k = key(name)
            if k in qt and k not in kept:
                kept.add(k)
                todo.append(qt[k])
    dropped = {e[0].replace("\\", "/") for k, e in qt.items() if k not in kept}
    binaries = [e for e in binaries if e[0].replace("\\", "/") not in dropped]
    datas = [
        e
        for e in datas
        if not (e[2] == "SYMLINK" and {e[0].replace("\\", "/"), e[1].replace("\\", "/")} & dropped)
    ]
    return binaries, datas, sorted(dropped)


def compile_translations(out: Path, root: Path = ROOT) -> list[Path]:
    """``resources/i18n/*.ts`` → ``out/*.qm`` with PySide6's lrelease (the sources are not touched).
    Returns the files written; none when lrelease is not found."""
    search = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    lrelease = shutil.which("pyside6-lrelease", path=search)
    if lrelease is None:
        return []
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted((root / "resources" / "i18n").glob("*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def icon_file(platform: str = sys.platform, root: Path = ROOT) -> str:
    """The executable's icon: the ``.ico`` on Windows, the 256 px PNG elsewhere."""
    icons = root / "resources" / "icons"
    return str(icons / ("policypress.ico" if platform == "win32" else "policypress-256.png"))
