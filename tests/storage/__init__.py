"""Helpers the library tests share: real notices as .txt files, the command line in a child
process, and the checks a clerk's library must pass after anything happened to it."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

CHARS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方"
    "后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开"
)


def notice_text(i: int) -> str:
    """A short 公文 as a clerk might save it as plain text; ``i`` makes it distinct."""
    return (
        "昌江区人民政府办公室文件\n"
        f"昌府办字〔2024〕{i}号\n"
        f"关于做好第{i}批政务公开重点工作的通知\n"
        "各镇人民政府，区政府各部门：\n"
        f"\u3000\u3000现将第{i}批重点工作安排通知如下，请认真贯彻执行。\n"
        "一、工作目标\n"
        "\u3000\u3000按照要求做好政策解读和信息发布。\n"
        "昌江区人民政府办公室\n"
        f"2024年6月{i % 28 + 1}日\n"
        "（此件公开发布）\n"
    )


def title_of(i: int) -> str:
    return f"关于做好第{i}批政务公开重点工作的通知"


def write_notices(folder: Path, numbers: range | list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in numbers:
        path = folder / f"通知{i:02d}.txt"
        path.write_text(notice_text(i), encoding="utf-8")
        paths.append(path)
    return paths


def long_text_file(path: Path, approx_bytes: int, seed: int = 7) -> Path:
    """A notice with a long body of varied Chinese text (UTF-8, about ``approx_bytes``)."""
    import random

    rnd = random.Random(seed)
    lines = ["关于做好大篇幅文件测试工作的通知"]
    while sum(len(line) for line in lines) * 3 < approx_bytes:
        lines.append("".join(rnd.choice(CHARS) for _ in range(60)) + "。")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def cli(
    *args: str | Path, timeout: float = 120, env: dict[str, str] | None = None, **kwargs
) -> subprocess.CompletedProcess:
    """``python main.py ARGS`` in a child process, as a clerk runs it (``env`` adds variables)."""
    env = {k: v for k, v in os.environ.items() if k not in ("POLICYPRESS_HOME", "POLICYPRESS_USER")} | (
        env or {}
    )
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        **kwargs,
    )


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the hash of its bytes."""
    return {str(p.relative_to(folder)): sha256_of(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_one_line_message(result: subprocess.CompletedProcess, *needles: str) -> str:
    """The command failed with exactly one line for the user (no traceback) holding ``needles``."""
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert len(lines) == 1, lines
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def assert_consistent(root: Path) -> dict[str, int]:
    """Reopen the library and check what a clerk relies on; return {original file name: submission id}.

    The database passes SQLite's integrity check and ``library verify``; every submission has its
    original, stored under its SHA-256 and hashing right; the audit log has exactly one import entry
    per submission; nothing half-written sits in the store under a hash name."""
    from storage import Library
    from storage import maintenance as maint
    from storage.files import path_of

    with Library.open(root, create=False) as lib:
        assert lib.query("PRAGMA integrity_check")[0]["integrity_check"] == "ok"
        check = maint.verify(lib)
        assert check.ok, check
        ids = [r["id"] for r in lib.query("SELECT id FROM submissions ORDER BY id")]
        originals = lib.query(
            "SELECT submission_id, sha256, name FROM submission_files WHERE role = 'original' ORDER BY submission_id"
        )
        assert [r["submission_id"] for r in originals] == ids  # one original each, none missing
        for r in originals:
            assert sha256_of(path_of(lib, r["sha256"])) == r["sha256"]
        imports = lib.query(
            "SELECT submission_id FROM audit_log WHERE action = 'import' ORDER BY submission_id"
        )
        assert [r["submission_id"] for r in imports] == ids
        names = {r["name"]: r["submission_id"] for r in originals}
        store = lib.files_dir
    for stored in store.glob("??/*"):
        assert sha256_of(stored) == stored.name, f"half-written file in the store: {stored}"
    return names


INTERPRETATION = """# 政策解读

## 背景依据
为让群众及时了解重点工作安排，区政府办公室结合本区实际作出部署。

## 目标任务
今年内把各批重点工作逐项落实到位，做到发布及时、解读同步。

## 主要内容
通知明确了工作目标，并对政策解读和信息发布提出要求。

## 关键词
- 政策解读：用通俗的话把政策讲清楚、讲明白。

## 涉及范围
各镇人民政府和区政府各部门。

## 执行标准
按照政务公开的统一要求执行，逐项对照落实。

## 惠民利企举措
群众可以更方便地看到政策原文和配套解读。
"""


def interpretation_files(folder: Path, sid: int | str) -> tuple[Path, Path, Path]:
    """A written 解读 and two forms (a 图解 image, a 简明问答), enough to pass the 解读 rules:
    (written, chart, qa)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = folder / f"解读{sid}.md"
    written.write_text(INTERPRETATION, "utf-8")
    chart = folder / "图解.png"
    chart.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    qa = folder / "问答.md"
    qa.write_text("问：这份通知讲了什么？\n答：讲的是今年的重点工作安排。\n", "utf-8")
    return written, chart, qa


def interpretation_args(folder: Path, sid: int | str) -> list[str | Path]:
    """`interpret ID --from … --form … --form …` with ``interpretation_files``, so that a test notice
    can be submitted for review."""
    written, chart, qa = interpretation_files(folder, sid)
    return ["interpret", str(sid), "--from", written, "--form", f"图解={chart}", "--form", f"简明问答={qa}"]


def make_submittable(root: Path, sid: int | str, folder: Path) -> None:
    """What a clerk does before submitting a test notice: mark its 有效性 and attach its 解读."""
    for args in (["set", str(sid), "validity", "有效"], interpretation_args(folder, sid)):
        result = cli("--library", root, *args)
        assert result.returncode == 0, result.stderr
