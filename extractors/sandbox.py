"""Parse untrusted files in child processes, each with a time limit and an address-space cap.

A thread stuck in a PDF parser can be neither killed nor capped; a process can (STYLE.md, item 5).
Children come from a fork server that has the readers imported already, so a child costs a few
milliseconds, not an interpreter start. Each child runs in its own session so that a timeout also
ends what it started (LibreOffice). At most ``workers`` children run at once; results come back in
the order of the input.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import resource
import signal
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from extractors import messages
from policy.extraction import Extraction
from policy.problems import Status

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class SandboxLimits:
    timeout_s: float = 120.0  # LibreOffice conversions of long .doc files take tens of seconds
    memory_mb: int = 2048
    workers: int = max(1, min(4, os.cpu_count() or 1))

    def __post_init__(self) -> None:
        if self.timeout_s <= 0 or self.memory_mb < 256 or self.workers < 1:
            raise ValueError("timeout_s > 0, memory_mb >= 256 and workers >= 1 are required")


_context: mp.context.ForkServerContext | None = None


def _ctx() -> mp.context.ForkServerContext:
    global _context
    if _context is None:
        _context = mp.get_context("forkserver")
        _context.set_forkserver_preload(["extractors.pipeline"])
    return _context


def _child(path: str, name: str, memory_mb: int, conn: Connection) -> None:
    os.setsid()
    soft_limit = memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (soft_limit, hard))
    from extractors.pipeline import extract_file

    try:
        result = extract_file(Path(path), name)
    except MemoryError:
        result = Extraction(
            name, Status.ERROR, None, None, (messages.out_of_memory(Path(path).name, memory_mb),)
        )
    except Exception:  # a reader bug must still give the user one line, and the others go on
        if os.environ.get("POLICYPRESS_DEBUG"):
            traceback.print_exc()
        result = Extraction(name, Status.ERROR, None, None, (messages.reader_crashed(Path(path).name),))
    try:
        conn.send(result)
    except MemoryError:
        conn.send(
            Extraction(name, Status.ERROR, None, None, (messages.out_of_memory(Path(path).name, memory_mb),))
        )
    conn.close()


@dataclass(slots=True)
class _Running:
    index: int
    process: mp.process.BaseProcess
    conn: Connection
    deadline: float


def _session_members(sid: int) -> list[int]:
    """Processes of the child's session, including those that moved to a process group of their own."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 3 and int(fields[3]) == sid:
            members.append(int(entry.name))
    return members


def _kill(run: _Running) -> None:
    """End the child and everything it started (LibreOffice), then reap it."""
    pid = run.process.pid
    run.process.kill()
    if pid is not None and Path("/proc").is_dir():
        for member in _session_members(pid):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(member, signal.SIGKILL)
    run.process.join(5)
    run.conn.close()


def extract_in_children(
    files: Sequence[tuple[Path, str]],
    limits: SandboxLimits = SandboxLimits(),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Iterator[Extraction]:
    """Extract each (path, display name) in a child process; yield results in input order.

    Stops early (killing running children) when ``cancelled()`` turns true."""
    ctx = _ctx()
    total = len(files)
    pending = list(enumerate(files))
    running: dict[Connection, _Running] = {}
    done: dict[int, Extraction] = {}
    next_out = 0
    finished = reported = 0
    try:
        while pending or running:
            if cancelled and cancelled():
                return
            while pending and len(running) < limits.workers:
                index, (path, name) = pending.pop(0)
                parent, child = ctx.Pipe(duplex=False)
                proc = ctx.Process(
                    target=_child, args=(str(path), name, limits.memory_mb, child), daemon=True
                )
                proc.start()
                child.close()
                running[parent] = _Running(index, proc, parent, time.monotonic() + limits.timeout_s)
            now = time.monotonic()
            wait_for = min(r.deadline for r in running.values()) - now
            ready = wait(list(running), timeout=max(0.0, min(wait_for, 0.2)))
            for conn in ready:
                run = running.pop(conn)  # type: ignore[arg-type]
                done[run.index] = _receive(run, files[run.index])
                finished += 1
            now = time.monotonic()
            for conn, run in list(running.items()):
                if now >= run.deadline:
                    running.pop(conn)
                    _kill(run)
                    path, name = files[run.index]
                    done[run.index] = Extraction(
                        name, Status.ERROR, None, None, (messages.timeout(path.name, limits.timeout_s),)
                    )
                    finished += 1
            if progress and finished != reported:
                reported = finished
                progress(finished, total)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    finally:
        for run in running.values():
            _kill(run)


def _receive(run: _Running, file: tuple[Path, str]) -> Extraction:
    path, name = file
    try:
        result = run.conn.recv()
    except (EOFError, OSError):
        result = None
    run.process.join(5)
    run.conn.close()
    if isinstance(result, Extraction):
        return result
    return Extraction(name, Status.ERROR, None, None, (messages.reader_crashed(path.name),))
