"""Imported originals are copied into the library under their SHA-256 (stored once, never referenced
in place); the extracted fields keep their evidence, and what the clerk confirmed is kept apart
(who, when, old → new) and survives re-extraction."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from storage import Library, submissions
from storage.files import path_of
from tests.storage import assert_consistent, cli, notice_text, title_of, write_notices
from workflow import editing


def _import(root: Path, *files: Path, user: str = "张三") -> list[int]:
    result = cli("--json", "--user", user, "--library", root, "import", *files)
    assert result.returncode == 0, result.stdout + result.stderr
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def _show(root: Path, sid: int) -> dict:
    result = cli("--json", "--library", root, "show", str(sid))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("files")
    root = base / "lib"
    _import(root, *write_notices(base / "in", [1, 2]))
    return root


@pytest.fixture
def library(template, tmp_path) -> Path:
    root = tmp_path / "lib"
    shutil.copytree(template, root)
    return root


# --- content-addressed files --------------------------------------------------------------------


def test_the_same_file_imported_twice_is_stored_once(tmp_path):
    original = write_notices(tmp_path / "in", [5])[0]
    renamed = tmp_path / "另存为" / "第5批通知（副本）.txt"
    renamed.parent.mkdir()
    shutil.copyfile(original, renamed)
    root = tmp_path / "lib"
    first, second = _import(root, original, renamed)  # same bytes, another name
    (third,) = _import(root, original)  # and again later

    digest = hashlib.sha256(original.read_bytes()).hexdigest()
    shown = [_show(root, sid) for sid in (first, second, third)]
    assert [s["files"][0]["sha256"] for s in shown] == [digest] * 3
    assert [s["files"][0]["name"] for s in shown] == [original.name, renamed.name, original.name]
    with Library.open(root) as lib:
        assert lib.query("SELECT sha256 FROM files") == [{"sha256": digest}]
        stored = [p for p in lib.files_dir.glob("??/*")]
        assert stored == [path_of(lib, digest)] and stored[0].parent.name == digest[:2]
    assert len(assert_consistent(root)) == 2  # three submissions, two names, one stored copy


def test_the_clerks_copy_can_be_edited_moved_or_deleted_after_import(tmp_path):
    files = write_notices(tmp_path / "in", [1, 2, 3])
    root = tmp_path / "lib"
    ids = _import(root, *files)
    originals = {f.name: f.read_bytes() for f in files}

    files[0].write_text(notice_text(1).replace("第1批", "第一百批"), encoding="utf-8")  # edited
    files[1].rename(tmp_path / "moved.txt")  # moved
    files[2].unlink()  # deleted

    verify = cli("--library", root, "library", "verify")
    assert verify.returncode == 0 and "校验通过" in verify.stdout
    with Library.open(root) as lib:
        for sid, f in zip(ids, files, strict=True):
            stored = submissions.get(lib, sid).files[0]
            assert stored.name == f.name and stored.size == len(originals[f.name])
            assert path_of(lib, stored.sha256).read_bytes() == originals[f.name]  # the copy as imported
            assert submissions.get(lib, sid).title == title_of(int(f.stem[-2:]))
    assert "第一百批" not in cli("--library", root, "show", str(ids[0])).stdout
    assert _show(root, ids[2])["files"][0]["size"] == len(originals[files[2].name])


def test_a_damaged_or_missing_stored_copy_is_reported(library):
    with Library.open(library) as lib:
        first, second = (submissions.get(lib, sid).files[0].sha256 for sid in (1, 2))
        path_of(lib, first).write_bytes(b"overwritten")
        path_of(lib, second).unlink()
    result = cli("--library", library, "library", "verify")
    assert result.returncode == 1
    assert f"原件已被改动：{first}" in result.stdout and f"缺失原件：{second}" in result.stdout


# --- extracted fields, confirmed values ---------------------------------------------------------


def test_extracted_fields_keep_their_evidence(library):
    with Library.open(library) as lib:
        sub = submissions.get(lib, 1)
    lines = sub.body_text.splitlines()
    for key, value in (("doc_number", "昌府办字〔2024〕1号"), ("title", title_of(1))):
        assert getattr(sub.extracted.fields, key) == value
        ev = sub.extracted.evidence[key]
        start, end = ev.span
        assert lines[ev.block][start:end] == value  # points at the text the value came from
        assert 0 < ev.confidence <= 1 and ev.rule
    assert sub.confirmed == {}


def test_confirmations_record_who_when_old_and_new(library):
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    first = cli(
        "--user", "张三", "--library", library, "set", "1", "title", "关于做好第一批政务公开重点工作的通知"
    )
    second = cli(
        "--library",
        library,
        "set",
        "1",
        "title",
        "关于做好2024年第一批政务公开重点工作的通知",
        "--user",
        "李四",
    )
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert "已确认" in second.stdout

    shown = _show(library, 1)
    assert shown["fields"]["title"] == "关于做好2024年第一批政务公开重点工作的通知"
    assert shown["extracted"]["title"] == title_of(1)  # the extraction is kept, separately
    latest = shown["confirmed"]["title"]
    assert (latest["who"], latest["old"], latest["new"]) == (
        "李四", "关于做好第一批政务公开重点工作的通知", "关于做好2024年第一批政务公开重点工作的通知",
    )  # fmt: skip
    assert before <= dt.datetime.fromisoformat(latest["at"]) <= dt.datetime.now(dt.UTC)
    with Library.open(library) as lib:
        trail = [(c.who, c.old, c.new) for c in submissions.history(lib, 1)]
    assert trail == [
        ("张三", title_of(1), "关于做好第一批政务公开重点工作的通知"),
        ("李四", "关于做好第一批政务公开重点工作的通知", "关于做好2024年第一批政务公开重点工作的通知"),
    ]
    listed = cli("--library", library, "list").stdout
    assert "关于做好2024年第一批政务公开重点工作的通知" in listed and title_of(1) not in listed


def test_reextraction_never_overwrites_a_confirmed_value(library):
    confirmed = {
        "title": "关于做好第一批政务公开重点工作的通知",
        "date": "2023-05-06",
        "issuers": "昌江区财政局",
        "validity": "有效",
    }
    for key, value in confirmed.items():
        assert cli("--user", "张三", "--library", library, "set", "1", key, value).returncode == 0
    with Library.open(library) as lib:
        # as left by an older extractor that found nothing
        with lib.write() as conn:
            conn.execute(
                "UPDATE submissions SET extraction = '{}', extraction_status = 'partial' WHERE id = 1"
            )
        trail_before = submissions.history(lib, 1)
        status = editing.reextract(lib, 1, "张三")
        sub = submissions.get(lib, 1)
        assert submissions.history(lib, 1) == trail_before  # the clerk's record is untouched

    assert status.value == "ok" and sub.extraction_status == "ok"
    assert sub.extracted.fields.doc_number == "昌府办字〔2024〕1号"  # the extraction is fresh
    assert sub.extracted.fields.title == title_of(1) and sub.extracted.fields.date == dt.date(2024, 6, 2)
    fields = sub.fields
    assert fields.title == confirmed["title"] and fields.date == dt.date(2023, 5, 6)  # confirmed values win
    assert fields.issuers == ("昌江区财政局",) and fields.validity == "有效"
    assert fields.doc_number == "昌府办字〔2024〕1号"

    # and the list, its filters and the detail view show the confirmed values, not the re-extracted ones
    by_year = cli("--json", "--library", library, "list", "--year", "2023").stdout.splitlines()
    assert [json.loads(line)["id"] for line in by_year] == [1]
    assert json.loads(by_year[0])["title"] == confirmed["title"]
    by_issuer = cli("--json", "--library", library, "list", "--issuer", "昌江区财政局").stdout.splitlines()
    assert [json.loads(line)["id"] for line in by_issuer] == [1]
    shown = _show(library, 1)
    assert shown["fields"]["date"] == "2023-05-06" and shown["fields"]["title"] == confirmed["title"]
    assert [h["action"] for h in shown["history"]][-1] == "reextract"
