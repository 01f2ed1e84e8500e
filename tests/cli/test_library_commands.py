"""The library commands as a clerk types them: import, list, search, show, set, submit and
library backup|restore|verify, each in a real child process over a real library on disk."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.storage import assert_one_line_message, cli, make_submittable, title_of, write_notices


def _json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("cli")
    root = base / "lib"
    result = cli("--library", root, "import", *write_notices(base / "in", [1, 2, 3]))
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture
def library(template, tmp_path) -> Path:
    root = tmp_path / "lib"
    shutil.copytree(template, root)
    return root


def test_global_options_before_or_after_the_command(tmp_path):
    root = tmp_path / "我的资料库"
    (notice,) = write_notices(tmp_path / "in", [7])
    after = cli("import", notice, "--library", root, "--json", "--user", "张三")
    assert after.returncode == 0, after.stderr
    assert _json_lines(after.stdout)[0]["id"] == 1
    before = cli("--library", root, "--json", "list")
    mixed = cli("--json", "list", "--library", root)
    assert before.returncode == mixed.returncode == 0
    assert _json_lines(before.stdout) == _json_lines(mixed.stdout)
    assert _json_lines(before.stdout)[0]["title"] == title_of(7)
    verify = cli("library", "verify", "--library", root)
    assert verify.returncode == 0 and "校验通过" in verify.stdout


def test_import_json_is_one_unescaped_object_per_file_and_a_bad_file_does_not_stop_the_others(tmp_path):
    good = write_notices(tmp_path / "in", [1, 2])
    empty = tmp_path / "空文件.docx"
    empty.write_bytes(b"")
    binary = tmp_path / "乱码.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    missing = tmp_path / "不存在.txt"
    files = [good[0], empty, binary, missing, good[1]]
    root = tmp_path / "lib"

    result = cli("--json", "--library", root, "import", *files)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    outcomes = [json.loads(line) for line in lines]
    assert [o["file"] for o in outcomes] == [str(f) for f in files]  # one per file, in order
    assert [o["id"] is not None for o in outcomes] == [True, False, False, False, True]
    for line, o in zip(lines, outcomes, strict=True):
        if o["id"] is None:
            assert o["error"] and o["status"] == "error"
            assert "\\u" not in line  # Chinese, unescaped
            assert any("\u4e00" <= ch <= "\u9fff" for ch in o["error"])
        else:
            assert o["error"] is None
    listed = _json_lines(cli("--json", "--library", root, "list").stdout)
    assert sorted(s["title"] for s in listed) == [title_of(1), title_of(2)]

    text = cli("--library", root, "import", empty, good[0])  # the plain form: ✗ / ✓ per file
    assert text.returncode == 1
    assert f"✗ {empty}" in text.stdout and f"✓ {good[0]} → 编号 3" in text.stdout


def test_list_filters_by_status_and_kind(library, tmp_path):
    make_submittable(library, 2, tmp_path / "jd")
    assert cli("--library", library, "submit", "2").returncode == 0
    (consultation,) = write_notices(tmp_path / "in", [9])
    assert cli("--library", library, "import", consultation, "--kind", "意见征集").returncode == 0

    drafts = cli("--library", library, "list", "--status", "草稿", "--kind", "政策文件")
    assert drafts.returncode == 0
    assert title_of(1) in drafts.stdout and title_of(3) in drafts.stdout
    assert title_of(2) not in drafts.stdout and title_of(9) not in drafts.stdout
    assert drafts.stdout.rstrip().endswith("共 2 条")
    pending = _json_lines(cli("--json", "--library", library, "list", "--status", "待审核").stdout)
    assert [(s["id"], s["status"]) for s in pending] == [(2, "待审核")]
    consultations = _json_lines(cli("--json", "--library", library, "list", "--kind", "意见征集").stdout)
    assert [s["title"] for s in consultations] == [title_of(9)]
    by_year = _json_lines(cli("--json", "--library", library, "list", "--year", "2024").stdout)
    assert len(by_year) == 4
    bad = cli("--library", library, "list", "--status", "完成")
    assert bad.returncode == 2 and "用法错误" in bad.stderr


def test_show_prints_the_fields_files_and_history(library):
    text = cli("--library", library, "show", "1")
    assert text.returncode == 0
    assert "编号 1 · 政策文件 · 草稿" in text.stdout
    assert "昌府办字〔2024〕1号" in text.stdout and title_of(1) in text.stdout
    assert "通知01.txt" in text.stdout and "import" in text.stdout
    shown = json.loads(cli("--json", "--library", library, "show", "1").stdout)
    assert shown["fields"]["doc_number"] == "昌府办字〔2024〕1号" and shown["fields"]["date"] == "2024-06-02"
    assert shown["files"][0]["name"] == "通知01.txt" and len(shown["files"][0]["sha256"]) == 64


def test_set_confirms_a_value_and_rejects_an_invalid_one(library):
    ok = cli("--library", library, "set", "1", "date", "2024年6月3日")
    assert ok.returncode == 0 and "2024-06-03" in ok.stdout
    as_json = _json_lines(cli("--json", "--library", library, "set", "1", "validity", "有效").stdout)
    assert as_json == [{"id": 1, "field": "validity", "value": "有效", "status": "草稿"}]

    for field, value, words in (
        ("date", "下个月", "不是完整日期"),
        ("validity", "永久有效", "不是可选值之一"),
        ("doc_number", "第26号", "不像发文字号"),
    ):
        result = cli("--library", library, "set", "1", field, value)
        assert result.returncode == 2
        assert_one_line_message(result, words)
    unknown_field = cli("--library", library, "set", "1", "colour", "红")
    assert unknown_field.returncode == 2 and "用法错误" in unknown_field.stderr
    shown = json.loads(cli("--json", "--library", library, "show", "1").stdout)
    assert sorted(shown["confirmed"]) == ["date", "validity"]  # the rejected values left no trace
    assert shown["fields"]["date"] == "2024-06-03"


def test_submit_is_refused_while_a_blocking_finding_stands(library):
    refused = cli("--library", library, "submit", "1")
    assert refused.returncode == 1
    assert (
        "阻断" in refused.stderr and "JD-01-present" in refused.stderr and "Traceback" not in refused.stderr
    )
    shown = json.loads(cli("--json", "--library", library, "show", "1").stdout)
    assert shown["status"] == "草稿"


def test_submit_twice_is_refused_and_an_edit_sends_it_back_to_draft(library, tmp_path):
    make_submittable(library, 1, tmp_path / "jd")
    first = cli("--library", library, "submit", "1")
    assert first.returncode == 0 and "待审核" in first.stdout
    second = cli("--library", library, "submit", "1")
    assert second.returncode == 1
    assert_one_line_message(second, "第 1 条", "待审核")
    edited = _json_lines(cli("--json", "--library", library, "set", "1", "validity", "有效").stdout)
    assert edited[0]["status"] == "草稿"  # edited after submission: needs submitting again
    assert cli("--library", library, "submit", "1").returncode == 0


@pytest.mark.parametrize("command", [["show", "99"], ["set", "99", "validity", "有效"], ["submit", "99"]])
def test_an_unknown_id_is_one_line(library, command):
    result = cli("--library", library, *command)
    assert result.returncode == 1
    assert_one_line_message(result, "没有编号为 99 的条目")


def test_a_library_path_that_cannot_be_created_is_one_line(tmp_path):
    blocker = tmp_path / "一个文件"
    blocker.write_text("x")
    result = cli("--library", blocker / "lib", "list")
    assert result.returncode == 1
    assert_one_line_message(result, "无法创建或打开资料库目录")


def test_backup_restore_and_verify_commands(library, tmp_path):
    backup = tmp_path / "备份.sqlite3"
    made = cli("--json", "--library", library, "library", "backup", backup)
    assert made.returncode == 0 and json.loads(made.stdout) == {"backup": str(backup)}
    assert cli("--library", library, "set", "1", "validity", "失效").returncode == 0
    restored = cli("library", "restore", backup, "--library", library)
    assert restored.returncode == 0 and "已从" in restored.stdout
    assert json.loads(cli("--json", "--library", library, "show", "1").stdout)["confirmed"] == {}
    report = json.loads(cli("--json", "--library", library, "library", "verify").stdout)
    assert report["ok"] is True and report["audit_entries"] == 3
    assert cli("--library", library, "library").returncode == 2  # which action? a usage error


def test_search_finds_an_imported_notice(library):
    result = cli("--json", "--library", library, "search", "第2批")
    assert result.returncode == 0, result.stderr
    hits = _json_lines(result.stdout)
    assert hits and hits[0]["submission_id"] == 2
