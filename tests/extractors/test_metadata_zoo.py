"""Every labelled field of every layout-zoo document (``layout_zoo``) in every rendering: .docx as
written, .pdf and .doc made by LibreOffice (one ``soffice`` call per target format, once per session,
with its own profile), and plain .txt. Fields are compared as ``bench/extract_accuracy.py`` does:
both empty is a match, otherwise the values must be equal."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from extractors import legacy
from extractors.pipeline import extract_file
from policy.jsonform import fields_json
from policy.problems import Status
from tests.extractors.layout_zoo import ZOO, ZooDoc, build_zoo

SOFFICE = legacy.find_soffice()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed"),
]
CASES = [(doc.name, render) for doc in ZOO for render in doc.renders]


def _convert(folder: Path, names: list[str], target: str) -> None:
    if not names:
        return
    out = folder / target
    subprocess.run(
        [SOFFICE or "soffice", "--headless", "--norestore", "--nologo", "--nolockcheck",
         f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--convert-to", target,
         "--outdir", str(out), *(str(folder / f"{name}.docx") for name in names)],
        stdin=subprocess.DEVNULL, capture_output=True, timeout=180, check=False,
    )  # fmt: skip


@pytest.fixture(scope="session")
def zoo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[ZooDoc, dict[str, Path]]]:
    folder = tmp_path_factory.mktemp("layout-zoo")
    docs = build_zoo(folder)
    for target in ("pdf", "doc"):
        _convert(folder, [d.name for d in docs if target in d.renders], target)
    files: dict[str, tuple[ZooDoc, dict[str, Path]]] = {}
    for doc in docs:
        paths = {"docx": folder / f"{doc.name}.docx", "txt": folder / f"{doc.name}.txt"}
        paths |= {t: folder / t / f"{doc.name}.{t}" for t in ("pdf", "doc")}
        files[doc.name] = (doc, {r: paths[r] for r in doc.renders})
    return files


def _fields(path: Path) -> dict[str, Any]:
    result = extract_file(path)
    assert result.status in (Status.OK, Status.PARTIAL), f"{path.name}: {result.status} {result.error}"
    assert result.metadata is not None
    return fields_json(result.metadata.fields)


def _empty(value: object) -> bool:
    return value is None or value == [] or value == ""


def misses(doc: ZooDoc, got: dict[str, Any]) -> list[str]:
    wrong = []
    for key, want in doc.fields.items():
        have = got.get(key)
        if not (_empty(want) and _empty(have)) and want != have:
            wrong.append(f"{key}: want {want!r} got {have!r}")
    return wrong


@pytest.mark.parametrize(("name", "render"), CASES, ids=[f"{n}.{r}" for n, r in CASES])
def test_zoo_document_fields(zoo: dict[str, tuple[ZooDoc, dict[str, Path]]], name: str, render: str) -> None:
    doc, paths = zoo[name]
    path = paths[render]
    assert path.is_file(), f"{path.name} was not rendered"
    got = _fields(path)
    wrong = misses(doc, got)
    assert not wrong, f"{name}.{render} ({doc.layout}: {doc.what})\n  " + "\n  ".join(wrong)
