"""Never lose work: real child processes killed with SIGKILL mid-import and mid-save, two writers at
once, a read-only library, a full disk, a library from a newer version, backup while in use."""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from storage import Library, LibraryError
from storage.schema import migrations
from tests.conftest import ROOT
from tests.storage import (
    assert_consistent,
    assert_one_line_message,
    cli,
    long_text_file,
    sha256_of,
    snapshot,
    title_of,
    write_notices,
)

EDIT_LOOP = """
import sys
from storage import Library
from workflow.editing import confirm_field, save_interpretation

lib = Library.open(sys.argv[1])
sid, who, count = int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
for i in range(count):
    confirm_field(lib, sid, "title", f"{who}第{i}次修改的标题", who)
    print("confirmed", i, flush=True)
    if sys.argv[5:] == ["with-interpretation"]:
        save_interpretation(lib, sid, {"text": f"解读第{i}稿"}, f"解读第{i}稿", who)
        print("saved", i, flush=True)
lib.close()
"""


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _kill(proc: subprocess.Popen) -> list[str]:
    """SIGKILL the process, then whatever it left in its session (the extractors' fork server).
    Returns the lines it printed that were not read yet."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    rest = proc.stdout.read().splitlines()
    proc.stdout.close()
    proc.stderr.close()
    return rest


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A library with two imported notices, made by the command line."""
    base = tmp_path_factory.mktemp("durability")
    root = base / "lib"
    result = cli("--library", root, "import", *write_notices(base / "in", [1, 2]))
    assert result.returncode == 0, result.stdout + result.stderr
    return root


@pytest.fixture
def library(template, tmp_path) -> Path:
    root = tmp_path / "lib"
    shutil.copytree(template, root)
    return root


# --- a process killed at any moment -------------------------------------------------------------


@pytest.mark.parametrize("reported, delay_s", [(1, 0.0), (5, 0.013), (11, 0.029)])
def test_import_killed_mid_way_keeps_what_was_committed_and_nothing_half_written(tmp_path, reported, delay_s):
    files = write_notices(tmp_path / "in", range(1, 25))
    root = tmp_path / "lib"
    proc = _start(["main.py", "--json", "--library", str(root), "import", *map(str, files)])
    lines = []
    try:
        while len(lines) < reported:
            lines.append(proc.stdout.readline())
        time.sleep(delay_s)
    finally:
        lines += _kill(proc)
    assert proc.returncode == -signal.SIGKILL
    done = [json.loads(line) for line in lines]
    assert all(d["id"] for d in done), done

    imported = assert_consistent(root)
    assert 0 < len(imported) < len(files)  # killed part-way
    for d in done:  # everything reported as imported is there, under its own title
        assert imported[Path(d["file"]).name] == d["id"]
    with Library.open(root) as lib:
        for name, sid in imported.items():
            title = lib.query("SELECT title FROM submissions WHERE id = ?", (sid,))[0]["title"]
            assert title == title_of(int(name.removeprefix("通知").removesuffix(".txt")))

    rest = [f for f in files if f.name not in imported]
    result = cli("--json", "--library", root, "import", *rest)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == len(rest)
    assert sorted(assert_consistent(root)) == sorted(f.name for f in files)  # each file once
    assert cli("library", "verify", "--library", root).returncode == 0


@pytest.mark.parametrize("lines_before_kill, delay_s", [(20, 0.0), (75, 0.004)])
def test_save_killed_mid_way_keeps_every_acknowledged_edit(library, tmp_path, lines_before_kill, delay_s):
    root = library
    proc = _start(["-c", EDIT_LOOP, str(root), "1", "张三", "100000", "with-interpretation"])
    lines = []
    try:
        while len(lines) < lines_before_kill:
            lines.append(proc.stdout.readline())
        time.sleep(delay_s)
    finally:
        lines += _kill(proc)  # all it reported as saved before it died
    assert proc.returncode == -signal.SIGKILL
    confirmed = max(int(line.split()[1]) for line in lines if line.startswith("confirmed"))
    saved = max(int(line.split()[1]) for line in lines if line.startswith("saved"))

    assert_consistent(root)
    with Library.open(root) as lib:
        history = lib.query("SELECT old_value, new_value, who FROM confirmations ORDER BY id")
        values = [json.loads(r["new_value"]) for r in history]
        # every acknowledged edit is there, in order; the one in flight is whole or absent
        assert len(values) in (confirmed + 1, confirmed + 2)
        assert values == [f"张三第{i}次修改的标题" for i in range(len(values))]
        assert [json.loads(r["old_value"]) for r in history[1:]] == values[:-1]  # old → new chains up
        assert {r["who"] for r in history} == {"张三"}
        audited = [
            json.loads(r["detail"])["new"]
            for r in lib.query("SELECT detail FROM audit_log WHERE action = 'confirm' ORDER BY id")
        ]
        assert audited == values  # one audit entry per saved edit, none for a lost one
        listed = lib.query("SELECT title FROM submissions WHERE id = 1")[0]["title"]
        assert listed == values[-1]  # the list shows the last saved title

        content = json.loads(
            lib.query("SELECT content FROM interpretations WHERE submission_id = 1")[0]["content"]
        )
        assert content["text"] in (f"解读第{saved}稿", f"解读第{saved + 1}稿")
        text = lib.query("SELECT interp_text FROM submissions WHERE id = 1")[0]["interp_text"]
        assert text == content["text"]  # the 解读 and its searchable text were saved together
    shown = json.loads(cli("--json", "--library", root, "show", "1").stdout)
    assert shown["fields"]["title"] == values[-1]


# --- two processes at once ----------------------------------------------------------------------


def test_two_processes_editing_at_once_both_succeed_and_every_edit_is_kept(library):
    root = library
    writers = [
        _start(["-c", EDIT_LOOP, str(root), str(sid), who, "50"]) for sid, who in ((1, "张三"), (2, "李四"))
    ]
    outputs = [w.communicate(timeout=120) for w in writers]
    for w, (out, err) in zip(writers, outputs, strict=True):
        assert w.returncode == 0, err
        assert err == "" and len(out.splitlines()) == 50

    assert_consistent(root)  # including the audit chain both wrote into
    with Library.open(root) as lib:
        for sid, who in ((1, "张三"), (2, "李四")):
            rows = lib.query(
                "SELECT new_value, who FROM confirmations WHERE submission_id = ? ORDER BY id", (sid,)
            )
            assert [json.loads(r["new_value"]) for r in rows] == [
                f"{who}第{i}次修改的标题" for i in range(50)
            ]
            assert {r["who"] for r in rows} == {who}
        assert lib.query("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'confirm'")[0]["n"] == 100


def test_two_imports_into_a_new_library_at_once_both_succeed(tmp_path):
    root = tmp_path / "lib"
    batches = [write_notices(tmp_path / "a", range(1, 9)), write_notices(tmp_path / "b", range(11, 19))]
    procs = [_start(["main.py", "--json", "--library", str(root), "import", *map(str, b)]) for b in batches]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert all(json.loads(line)["id"] for line in out.splitlines())
    imported = assert_consistent(root)
    assert sorted(imported) == sorted(f.name for b in batches for f in b)


# --- a read-only library, a full disk -------------------------------------------------------------


def _as_ordinary_user() -> None:
    """In the child: root without its powers over files (CAP_DAC_OVERRIDE…), like any other user."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    last = int(Path("/proc/sys/kernel/cap_last_cap").read_text())
    for cap in range(last + 1):
        libc.prctl(24, cap, 0, 0, 0)  # PR_CAPBSET_DROP: gone from the program exec'ed next


def _make_read_only(root: Path, folder_too: bool) -> None:
    for path in [root, *root.rglob("*")]:
        if path.is_file() or folder_too:
            path.chmod(path.stat().st_mode & ~0o222)


def _skip_if_still_writable(root: Path) -> None:
    probe = subprocess.run(
        [sys.executable, "-c", f"open({str(root / 'library.sqlite3')!r}, 'r+b')"],
        preexec_fn=_as_ordinary_user,
        capture_output=True,
    )
    if probe.returncode == 0:  # a sandbox that keeps root's powers over files even without capabilities
        pytest.skip("this user can write to read-only files")


def _make_writable(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)


@pytest.mark.parametrize(
    "folder_too, command",
    [
        (True, ["set", "1", "validity", "有效"]),
        (False, ["set", "1", "validity", "有效"]),
        (True, ["import", "NEW"]),
    ],
    ids=["read-only folder: set", "read-only database file: set", "read-only folder: import"],
)
def test_read_only_library_gives_one_clear_line_and_changes_nothing(library, tmp_path, folder_too, command):
    root = library
    new = write_notices(tmp_path / "new", [9])[0]
    command = [str(new) if c == "NEW" else c for c in command]
    before = snapshot(root)
    _make_read_only(root, folder_too)
    try:
        _skip_if_still_writable(root)
        result = cli("--library", root, *command, preexec_fn=_as_ordinary_user)
        assert result.returncode == 1
        assert_one_line_message(result, "只读")
    finally:
        _make_writable(root)
    after = snapshot(root)
    if not folder_too:  # SQLite's empty side files may appear beside a read-only database file
        assert after.pop("library.sqlite3-wal", sha256_of(Path(os.devnull))) == sha256_of(Path(os.devnull))
        after.pop("library.sqlite3-shm", None)
    assert after == before  # not a byte of the database or the stored files changed
    shown = json.loads(cli("--json", "--library", root, "show", "1").stdout)
    assert shown["confirmed"] == {} and shown["fields"]["title"] == title_of(1)
    assert len(cli("--json", "--library", root, "list").stdout.splitlines()) == 2
    assert cli("library", "verify", "--library", root).returncode == 0


def test_a_write_protected_library_can_still_be_viewed_searched_and_backed_up(library, tmp_path):
    root = library
    _make_read_only(root, folder_too=True)
    try:
        _skip_if_still_writable(root)
        shown = cli("--json", "--library", root, "show", "1", preexec_fn=_as_ordinary_user)
        assert shown.returncode == 0, shown.stderr
        assert json.loads(shown.stdout)["fields"]["title"] == title_of(1)
        listed = cli("--json", "--library", root, "list", preexec_fn=_as_ordinary_user)
        assert len(listed.stdout.splitlines()) == 2
        backup = tmp_path / "copy.sqlite3"
        backed = cli("--library", root, "library", "backup", backup, preexec_fn=_as_ordinary_user)
        assert backed.returncode == 0, backed.stderr
    finally:
        _make_writable(root)
    restored = tmp_path / "restored"
    assert cli("--library", restored, "library", "restore", backup).returncode == 0


@pytest.mark.parametrize("case", ["the original does not fit", "the database cannot grow"])
def test_full_disk_gives_one_clear_line_and_keeps_earlier_work(library, tmp_path, case):
    root = library
    biggest = max(p.stat().st_size for p in root.rglob("*") if p.is_file())
    if case == "the original does not fit":
        limit = biggest + 64 * 1024
        new = long_text_file(tmp_path / "长文件.txt", limit + 64 * 1024)
    else:  # the copy fits, the database's write-ahead log does not
        new = long_text_file(tmp_path / "长文件.txt", 200_000)
        limit = max(biggest, new.stat().st_size) + 8 * 1024

    def disk_nearly_full() -> None:  # no file can grow past ``limit``; writes fail as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = cli("--library", root, "import", new, preexec_fn=disk_nearly_full)
    assert result.returncode == 1
    assert_one_line_message(result, "磁盘已满", "长文件.txt" if case == "the original does not fit" else "")

    assert sorted(assert_consistent(root)) == ["通知01.txt", "通知02.txt"]  # earlier work intact
    assert cli("library", "verify", "--library", root).returncode == 0
    again = cli("--json", "--library", root, "import", new)  # once there is room, it imports
    assert again.returncode == 0, again.stderr
    assert len(assert_consistent(root)) == 3


# --- versions ------------------------------------------------------------------------------------


def test_library_from_a_newer_version_is_refused_untouched(library):
    root = library
    conn = sqlite3.connect(root / "library.sqlite3")
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES (?, ?, ?)",
            (migrations.name, "m900_from_a_newer_version", "2030-01-01 00:00:00+00:00"),
        )
    conn.close()
    before = snapshot(root)

    with pytest.raises(LibraryError) as caught:
        Library.open(root)
    assert caught.value.key == "newer_version"
    assert "更新版本" in caught.value.message_zh and "m900_from_a_newer_version" in caught.value.message_zh
    for command in (["list"], ["set", "1", "validity", "有效"], ["library", "verify"]):
        result = cli("--library", root, *command)
        assert result.returncode == 1
        assert_one_line_message(result, "更新版本", "升级")
    assert snapshot(root) == before


def test_library_from_an_older_version_is_migrated_at_start_up_keeping_its_data(tmp_path):
    root = tmp_path / "lib"
    root.mkdir()

    db = Database(root / "library.sqlite3")
    migrations.apply(db, stop_before=migrations._migrations[1].name)  # the first release's schema
    db.execute(
        "INSERT INTO submissions(kind, status, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        ("政策文件", "草稿", "旧版本中保存的通知", "2024-01-02T03:04:05+08:00", "2024-01-02T03:04:05+08:00"),
    )
    db.conn.commit()
    db.close()

    result = cli("--json", "--library", root, "list")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "旧版本中保存的通知"
    with Library.open(root) as lib:
        assert migrations.pending(lib.db) == []
    result = cli("--json", "--library", root, "import", *write_notices(tmp_path / "in", [1]))
    assert result.returncode == 0, result.stderr


# --- backup and restore -------------------------------------------------------------------------


def test_backup_while_another_process_writes_then_restore(library, tmp_path):
    root = library
    backup = tmp_path / "备份" / "library-backup.sqlite3"
    copy = tmp_path / "copy"
    writer = _start(["-c", EDIT_LOOP, str(root), "1", "张三", "100000"])
    lines: list[str] = []
    try:
        while len(lines) < 30:  # 30 edits saved before the backup starts
            lines.append(writer.stdout.readline())
        result = cli("--library", root, "library", "backup", backup)
        assert result.returncode == 0, result.stderr

        # the backup is a sound, consistent library holding at least what was saved before it began
        copy.mkdir()
        shutil.copyfile(backup, copy / "library.sqlite3")
        shutil.copytree(root / "files", copy / "files")
        assert_consistent(copy)
        with Library.open(copy) as lib:
            rows = lib.query("SELECT new_value FROM confirmations ORDER BY id")
        in_backup = [json.loads(r["new_value"]) for r in rows]
        assert len(in_backup) >= 30
        assert in_backup == [f"张三第{i}次修改的标题" for i in range(len(in_backup))]
        while len(lines) < len(in_backup) + 10:  # the writer went on after the backup's moment
            lines.append(writer.stdout.readline())
    finally:
        lines += _kill(writer)
    acknowledged = sum(line.startswith("confirmed") for line in lines)

    result = cli("--library", root, "library", "restore", backup)
    assert result.returncode == 0, result.stderr
    shown = json.loads(cli("--json", "--library", root, "show", "1").stdout)
    assert shown["fields"]["title"] == in_backup[-1]
    assert cli("library", "verify", "--library", root).returncode == 0
    assert_consistent(root)
    # what the restore replaced is kept beside it, with every edit the writer reported saved
    with sqlite3.connect(root / "library.sqlite3.before-restore") as kept:
        assert kept.execute("SELECT COUNT(*) FROM confirmations").fetchone()[0] in (
            acknowledged,
            acknowledged + 1,
        )


def test_restore_keeps_edits_a_crashed_program_left_in_the_write_ahead_log(library, tmp_path):
    root = library
    backup = tmp_path / "backup.sqlite3"
    assert cli("--library", root, "library", "backup", backup).returncode == 0
    crash = EDIT_LOOP.replace("lib.close()", "import os; os._exit(0)")  # ends without a checkpoint
    crashed = subprocess.run([sys.executable, "-c", crash, str(root), "1", "张三", "3"], cwd=ROOT)
    assert crashed.returncode == 0
    assert (root / "library.sqlite3-wal").stat().st_size > 0

    assert cli("--library", root, "library", "restore", backup).returncode == 0
    with sqlite3.connect(root / "library.sqlite3.before-restore") as kept:
        assert kept.execute("SELECT COUNT(*) FROM confirmations").fetchone()[0] == 3


def test_restore_is_refused_while_the_library_is_open_elsewhere(library, tmp_path):
    root = library
    backup = tmp_path / "backup.sqlite3"
    assert cli("--library", root, "library", "backup", backup).returncode == 0
    holding = f"import time; from storage import Library; lib = Library.open({str(root)!r}); print('open', flush=True); time.sleep(60)"
    holder = _start(["-c", holding])
    try:
        assert holder.stdout.readline().strip() == "open"
        before = snapshot(root)
        result = cli("--library", root, "library", "restore", backup)
        assert result.returncode == 1
        assert_one_line_message(result, "正被另一个程序使用")
        assert snapshot(root) == before
    finally:
        _kill(holder)
    assert cli("--library", root, "library", "restore", backup).returncode == 0


def test_restore_refuses_a_file_that_is_not_a_backup(library, tmp_path):
    root = library
    bogus = tmp_path / "not-a-backup.sqlite3"
    bogus.write_bytes(b"SQLite format 3\0" + os.urandom(4000))
    before = snapshot(root)
    result = cli("--library", root, "library", "restore", bogus)
    assert result.returncode == 1
    assert_one_line_message(result, "不是有效的资料库备份")
    assert snapshot(root) == before
    assert sha256_of(root / "library.sqlite3") == before["library.sqlite3"]
