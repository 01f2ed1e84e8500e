"""The audit log is append-only and hash-chained: a changed, deleted or forged past entry is found,
and `library verify` names the entry."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from storage import Library, audit
from storage import maintenance as maint
from tests.storage import cli, interpretation_args, write_notices

ENTRIES = 6  # import, import, confirm, confirm, interpretation, status


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A library with five audit entries, made by the command line as a clerk would."""
    base = tmp_path_factory.mktemp("audit")
    root = base / "lib"
    steps = [
        ("--user", "张三", "import", *write_notices(base / "in", [1, 2])),
        ("--user", "张三", "set", "1", "validity", "有效"),
        ("--user", "李四", "set", "2", "title", "关于做好第二批政务公开重点工作的通知"),
        ("--user", "张三", *interpretation_args(base / "jd", 1)),
        ("--user", "张三", "submit", "1"),
    ]
    for step in steps:
        result = cli("--library", root, *step)
        assert result.returncode == 0, result.stderr
    return root


@pytest.fixture
def library(template, tmp_path) -> Path:
    root = tmp_path / "lib"
    shutil.copytree(template, root)
    return root


def _sql(root: Path, *statements: str | tuple[str, tuple]) -> None:
    conn = sqlite3.connect(root / "library.sqlite3")
    with conn:
        for s in statements:
            conn.execute(*((s,) if isinstance(s, str) else s))
    conn.close()


def _verify(root: Path) -> tuple[int, str, maint.LibraryCheck]:
    """What `library verify` prints and returns, and the same check made in this process."""
    text = cli("--library", root, "library", "verify")
    assert "Traceback" not in text.stderr
    with Library.open(root) as lib:
        return text.returncode, text.stdout, maint.verify(lib)


def test_untouched_log_verifies_and_reads_as_the_history_of_what_was_done(library):
    code, out, check = _verify(library)
    assert code == 0
    assert f"审计日志（{ENTRIES} 条）：完整" in out and "校验通过" in out
    assert check.ok and check.chain.entries == ENTRIES
    with Library.open(library) as lib:
        entries = audit.entries(lib)
    assert [(e.actor, e.action, e.submission_id) for e in entries] == [
        ("张三", "import", 1), ("张三", "import", 2), ("张三", "confirm", 1), ("李四", "confirm", 2),
        ("张三", "interpretation", 1), ("张三", "status", 1),
    ]  # fmt: skip
    assert entries[2].detail == {"field": "validity", "old": None, "new": "有效"}
    assert entries[5].detail["to"] == "待审核"
    # each entry holds the hash of the one before it
    assert all(e.prev_hash == p.hash for p, e in zip(entries, entries[1:], strict=False))
    shown = json.loads(cli("--json", "--library", library, "show", "2").stdout)
    assert [h["action"] for h in shown["history"]] == ["import", "confirm"]
    assert shown["history"][1]["actor"] == "李四"


def _recompute(root: Path, entry_id: int) -> None:
    """What a careful forger does after editing an entry: give it a hash that matches its new text."""
    conn = sqlite3.connect(root / "library.sqlite3")
    conn.row_factory = sqlite3.Row
    r = conn.execute("SELECT * FROM audit_log WHERE id = ?", (entry_id,)).fetchone()
    digest = audit._entry_hash(
        r["prev_hash"], r["id"], r["at"], r["actor"], r["action"], r["submission_id"], r["detail"]
    )
    with conn:
        conn.execute("UPDATE audit_log SET hash = ? WHERE id = ?", (digest, entry_id))
    conn.close()


def _forge_entry_after(root: Path, last: int) -> None:
    conn = sqlite3.connect(root / "library.sqlite3")
    prev = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (last,)).fetchone()[0]
    at, detail = "2024-07-01T09:00:00+08:00", json.dumps({"decision": "通过"}, ensure_ascii=False)
    digest = audit._entry_hash(prev, last + 1, at, "王五", "review", 1, detail)
    with conn:
        conn.execute(
            "INSERT INTO audit_log(id, at, actor, action, submission_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (last + 1, at, "王五", "review", 1, detail, prev, digest),
        )
    conn.close()


TAMPERING: dict[str, tuple[Callable[[Path], None], int, str]] = {
    "detail of a past entry changed": (
        lambda root: _sql(root, "UPDATE audit_log SET detail = replace(detail, '有效', '废止') WHERE id = 3"),
        3,
        "改动",
    ),
    "who did it changed": (
        lambda root: _sql(root, "UPDATE audit_log SET actor = '王五' WHERE id = 2"),
        2,
        "改动",
    ),
    "time changed": (
        lambda root: _sql(root, "UPDATE audit_log SET at = '2024-01-01T00:00:00+08:00' WHERE id = 4"),
        4,
        "改动",
    ),
    "changed and its own hash recomputed": (
        lambda root: (_sql(root, "UPDATE audit_log SET actor = '王五' WHERE id = 3"), _recompute(root, 3)),
        3,
        "改动",
    ),
    "last entry changed and its hash recomputed": (
        lambda root: (
            _sql(root, f"UPDATE audit_log SET detail = '{{}}' WHERE id = {ENTRIES}"),
            _recompute(root, ENTRIES),
        ),
        ENTRIES,
        "改动",
    ),
    "middle entry deleted": (lambda root: _sql(root, "DELETE FROM audit_log WHERE id = 3"), 3, "缺失"),
    "first entry deleted": (lambda root: _sql(root, "DELETE FROM audit_log WHERE id = 1"), 1, "缺失"),
    "last two entries deleted": (lambda root: _sql(root, "DELETE FROM audit_log WHERE id >= 4"), 4, "删除"),
    "every entry deleted": (lambda root: _sql(root, "DELETE FROM audit_log"), 1, "删除"),
    "entry added outside the app": (
        lambda root: _forge_entry_after(root, ENTRIES),
        ENTRIES + 1,
        "不是由本程序写入",
    ),
}


@pytest.mark.parametrize("case", list(TAMPERING))
def test_tampering_is_found_and_the_entry_named(library, case):
    tamper, bad_entry, word = TAMPERING[case]
    tamper(library)
    code, out, check = _verify(library)
    assert code == 1
    assert f"第 {bad_entry} 条" in out and word in out and "校验未通过" in out
    assert not check.ok and check.chain.bad_entry == bad_entry
    assert check.database_ok  # the database itself is sound: it is the history that was changed


def test_verify_json_names_the_entry(library):
    _sql(library, "DELETE FROM audit_log WHERE id = 2")
    result = cli("--json", "--library", library, "library", "verify")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["bad_entry"] == 2
    assert "第 2 条" in report["reason"]  # Chinese, unescaped


def test_a_changed_entry_stays_reported_after_later_edits(library):
    _sql(library, "UPDATE audit_log SET detail = replace(detail, '有效', '废止') WHERE id = 3")
    assert cli("--library", library, "set", "2", "validity", "有效").returncode == 0  # work goes on
    code, out, check = _verify(library)
    assert code == 1 and check.chain.bad_entry == 3
    with Library.open(library) as lib:
        assert len(audit.entries(lib)) == ENTRIES + 1  # the new edit was appended, not lost
