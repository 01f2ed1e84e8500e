"""The packaged app's contents (packaging/bundle_contents.py, used by packaging/policypress.spec):
every file the app reads at run time is bundled where the code looks for it, frozen or not.
Building the bundle itself is scripts/package.sh's job (and .ci/run's); these tests need no dist/."""

import importlib.util
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _load_bundle_contents():
    spec = importlib.util.spec_from_file_location(
        "bundle_contents", ROOT / "packaging" / "bundle_contents.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bc = _load_bundle_contents()


@pytest.fixture(scope="module")
def bundled() -> set[str]:
    return bc.bundled_paths(bc.data_files())


def _rel(path: Path) -> str:
    return path.resolve().relative_to(ROOT).as_posix()


def _files(path: Path) -> list[Path]:
    return [path] if path.is_file() else [p for p in sorted(path.rglob("*")) if p.is_file()]


def test_the_resource_paths_the_code_uses_are_bundled_at_the_same_place(bundled):
    from bundles import verify
    from checks import lexicon, report
    from compose import export_html, keywords
    from workflow import subjects

    used = [
        lexicon.LEXICON_DIR,
        report.TEMPLATES,
        export_html.TEMPLATES,
        verify.SCHEMA,
        keywords.USER_DICT,
        keywords.STOP_WORDS,
        keywords.IDF_DELTA,
        subjects.SUBJECTS_FILE,
        subjects.KEYWORDS_FILE,
        ROOT / "resources" / "icons" / "policypress.svg",  # gui/app.py's window icon
        ROOT / "resources" / "sample",  # gui/screenshots.py's sample library
    ]
    for path in used:
        files = _files(path)
        assert files, f"{path} is missing from the checkout"
        for file in files:
            if not bc._is_source(file.relative_to(ROOT)):
                assert _rel(file) in bundled, f"{_rel(file)} is read at run time but not bundled"


def test_every_runtime_file_under_resources_is_bundled_and_no_source_file(bundled):
    for file in _files(ROOT / "resources"):
        rel = _rel(file)
        if file.name in ("README.md",) or file.suffix in (".py", ".ts", ".pyc"):
            assert rel not in bundled, f"{rel} is a source, not needed at run time"
        else:
            assert rel in bundled, f"{rel} is not bundled"


def test_the_version_source_is_bundled_beside_the_modules(bundled):
    import policypress_version

    assert "pyproject.toml" in bundled
    assert policypress_version.PYPROJECT == ROOT / "pyproject.toml"  # found frozen as in the checkout


def test_compiled_translations_go_to_resources_i18n(tmp_path):
    written = bc.compile_translations(tmp_path)  # PySide6 (a dependency) brings pyside6-lrelease
    assert [p.name for p in written] == ["policypress_en.qm"]
    assert all(p.suffix == ".qm" and p.stat().st_size > 0 for p in written)
    bundled = bc.bundled_paths(bc.data_files(translations=tmp_path))
    assert {f"resources/i18n/{p.name}" for p in written} <= bundled


def test_the_icons_exist_in_the_sizes_the_desktops_and_windows_need():
    from PIL import Image

    icons = ROOT / "resources" / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        with Image.open(icons / f"policypress-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
    with Image.open(icons / "policypress.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    assert bc.icon_file("win32").endswith("policypress.ico")
    assert Path(bc.icon_file("linux")).is_file()


def test_modules_imported_by_name_only_are_listed_for_the_bundle():
    from extractors import registry

    modules = set(bc.project_modules())
    assert {"main", "policypress_version", "workflow.pages", "checks.rules", "extractors.pipeline"} <= modules
    assert set(registry._READER_MODULES) <= modules
    rules = {
        f"checks.rules.{p.stem}" for p in (ROOT / "checks" / "rules").glob("*.py") if p.stem != "__init__"
    }
    assert rules and rules <= modules
    assert not any(m.startswith(("tests", "bench", "scripts")) for m in modules)
    for name in modules:
        assert importlib.util.find_spec(name) is not None, name


def test_collected_data_is_trimmed_to_the_languages_offered_and_what_is_used():
    keep = bc.keep_collected
    assert keep("PySide6/Qt/translations/qtbase_zh_CN.qm") and keep("PySide6/Qt/translations/qtbase_en.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert keep("PySide6/Qt/translations/qtwebengine_locales/zh-CN.pak")
    assert not keep("PySide6/Qt/translations/qtwebengine_locales/fr.pak")
    assert not keep("jieba/lac_small/model_baseline/word_emb")
    assert keep("jieba/dict.txt") and keep("jieba/analyse/idf.txt")  # compose/keywords.py reads them
    assert keep("resources/i18n/policypress_en.qm") and keep("resources/templates/policy.html.j2")


def test_nothing_the_app_imports_is_excluded():
    excluded = set(bc.EXCLUDED_PACKAGES) | set(bc.EXCLUDED_QT_MODULES)
    for needed in (
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        "PySide6.QtSvg",
        "PySide6.QtWebEngineCore",
        "PySide6.QtWebEngineWidgets",
        "PySide6.QtWebChannel",
        "PySide6.QtNetwork",
        "pluggy",
        "jieba",
        "bagit",
        "docx",
        "pypdfium2",
        "keyring",
    ):
        assert needed not in excluded
    used_qt = set()
    for path in [ROOT / "main.py", *(ROOT / "gui").rglob("*.py")]:
        for line in path.read_text("utf-8").splitlines():
            if line.strip().startswith("from PySide6.") or line.strip().startswith("import PySide6."):
                used_qt.add(line.split()[1])
    assert not used_qt & excluded, f"the GUI uses excluded Qt modules: {used_qt & excluded}"


def test_runtime_distributions_are_the_declared_dependencies():
    names = bc.runtime_distributions()
    assert "bagit" in names and "pdfminer.six" in names  # both read their own version on import
    assert "pytest" not in names and "WsgiDAV" not in names


def test_the_spec_uses_the_lists():
    spec = (ROOT / "packaging" / "policypress.spec").read_text("utf-8")
    for name in (
        "data_files(",
        "project_modules()",
        "keep_collected(",
        "EXCLUDED_PACKAGES",
        "EXCLUDED_QT_MODULES",
        "runtime_distributions()",
        "compile_translations(",
    ):
        assert name in spec, name


def test_contrib_hooks_named_like_our_packages_are_overridden():
    """pyinstaller-hooks-contrib has hooks for PyPI projects that share a name with a package of
    ours (``workflow``); such a hook fails or collects the wrong thing unless packaging/hooks has
    one of the same name."""
    contrib = importlib.util.find_spec("_pyinstaller_hooks_contrib")
    assert contrib is not None, "PyInstaller is pinned in requirements.lock (the `package` extra)"
    stdhooks = Path(contrib.origin).parent / "stdhooks"
    ours = {p.name for p in (ROOT / "packaging" / "hooks").glob("hook-*.py")}
    for package in (*bc.PACKAGES, *bc.TOP_MODULES):
        for hook in stdhooks.glob(f"hook-{package}.py"):
            assert hook.name in ours, f"{hook} would run for our {package}"
        for hook in stdhooks.glob(f"hook-{package}.*.py"):
            module = hook.name.removeprefix("hook-").removesuffix(".py")
            if module in bc.project_modules():
                assert hook.name in ours, f"{hook} would run for our {module}"


def test_qml_and_qt_libraries_nothing_links_to_are_left_out():
    links = {
        "/site/QtWebEngineWidgets.abi3.so": ["libQt6WebEngineWidgets.so.6", "libc.so.6"],
        "/site/lib/libQt6WebEngineWidgets.so.6": ["libQt6WebEngineCore.so.6", "libQt6Quick.so.6"],
        "/site/lib/libQt6WebEngineCore.so.6": ["libQt6Core.so.6"],
        "/site/lib/libQt6Quick.so.6": ["libQt6Qml.so.6"],
        "/site/qml/QtQuick3D/libqquick3dplugin.so": ["libQt6Quick3D.so.6"],
        "/site/lib/libQt6Quick3D.so.6": ["libQt6Quick.so.6", "libQt63DCore.so.6"],
        "/site/libexec/QtWebEngineProcess": ["libQt6WebEngineCore.so.6"],
    }
    binaries = [
        ("PySide6/QtWebEngineWidgets.abi3.so", "/site/QtWebEngineWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/libexec/QtWebEngineProcess", "/site/libexec/QtWebEngineProcess", "BINARY"),
        ("PySide6/Qt/qml/QtQuick3D/libqquick3dplugin.so", "/site/qml/QtQuick3D/libqquick3dplugin.so", "BINARY"),
    ] + [
        (f"PySide6/Qt/lib/{name}", f"/site/lib/{name}", "BINARY")
        for name in (
            "libQt6WebEngineWidgets.so.6", "libQt6WebEngineCore.so.6", "libQt6Quick.so.6", "libQt6Qml.so.6",
            "libQt6Core.so.6", "libQt6Quick3D.so.6", "libQt63DCore.so.6",
        )
    ]  # fmt: skip
    datas = [
        ("PySide6/Qt/qml/QtQuick3D/qmldir", "/site/qml/QtQuick3D/qmldir", "DATA"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt63DCore.so.6", "PySide6/Qt/lib/libQt63DCore.so.6", "SYMLINK"),
        ("resources/subjects.txt", "/src/resources/subjects.txt", "DATA"),
    ]
    new_binaries, new_datas, dropped = bc.prune_qt(binaries, datas, lambda src: links.get(src, []))
    assert dropped == ["PySide6/Qt/lib/libQt63DCore.so.6", "PySide6/Qt/lib/libQt6Quick3D.so.6"]
    kept = {Path(e[0]).name for e in new_binaries}
    assert kept == {
        "QtWebEngineWidgets.abi3.so", "QtWebEngineProcess", "libQt6WebEngineWidgets.so.6",
        "libQt6WebEngineCore.so.6", "libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6Core.so.6",
    }  # fmt: skip
    assert [e[0] for e in new_datas] == ["libQt6Core.so.6", "resources/subjects.txt"]
    assert bc.is_qml("PySide6\\qml\\QtQuick\\qmldir") and bc.is_qt_library("PySide6\\Qt6Core.dll")
    assert not bc.is_qt_library("PySide6/Qt/plugins/platforms/libqxcb.so")
