"""Reader for legacy word-processor files (.doc, .dot, .wps, .rtf) through LibreOffice.

LibreOffice runs headless on a copy of the file (with a plain ASCII name) in a fresh temporary
directory with its own user profile — with the default profile a LibreOffice window already open
takes the job over and the conversion silently produces nothing — and converts it to .docx, which
``extractors.docx`` then reads. On timeout LibreOffice and all it started are killed.

Password-protected files are recognised before LibreOffice is started (it would only fail on them)
by a small reader of the OLE2 compound-file directory: encrypted OOXML (an ``EncryptionInfo`` stream:
that is what a password-protected .docx is) and .doc files whose FIB has ``fEncrypted`` set.
"""

from __future__ import annotations

import contextlib
import glob
import mmap
import os
import shutil
import signal
import struct
import subprocess
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from extractors import docx, messages
from policy.extraction import ReadResult
from policy.problems import Problem

FORMAT = "doc"
EXTENSIONS = (".doc", ".dot", ".wps", ".wpt", ".rtf")
TIMEOUT_S = 60.0
SOFFICE_ENV = "POLICYPRESS_SOFFICE"  # path to soffice, for a LibreOffice outside the usual places
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_RTF_MAGIC = b"{\\rtf"
_END_OF_CHAIN = 0xFFFFFFFA  # sector numbers at or above this are markers, not sectors
_FIB_IDENTS = (0xA5EC, 0xA5DC)  # Word 97-2003, Word 6/95
_F_ENCRYPTED = 0x0100


def sniff(head: bytes, path: Path) -> bool:
    return head.startswith(OLE_MAGIC) or head.lstrip()[:5] == _RTF_MAGIC


def read(path: Path, timeout: float = TIMEOUT_S) -> ReadResult:
    name = path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
    except OSError:
        return ReadResult.failed(messages.not_found(name))
    if head.startswith(b"PK\x03\x04"):
        return docx.read(path)  # a Word 2007+ file under an old name
    encrypted, word_binary = inspect_ole(path) if head.startswith(OLE_MAGIC) else (False, False)
    if encrypted:
        return ReadResult.failed(messages.encrypted(name))
    soffice = find_soffice()
    if soffice is None:
        return ReadResult.failed(messages.no_libreoffice(name))
    is_rtf = head.lstrip()[:5] == _RTF_MAGIC
    suffix = path.suffix.lower()
    fmt = "rtf" if is_rtf else "wps" if suffix in (".wps", ".wpt") else "doc"
    if is_rtf:
        suffix = ".rtf"
    elif word_binary:
        suffix = ".doc"  # WPS Office's .wps files are Word 97 files: let LibreOffice treat them so
    elif suffix not in EXTENSIONS:
        suffix = ".doc"
    with tempfile.TemporaryDirectory(prefix="policypress-lo-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        source = work / f"input{suffix}"
        try:
            shutil.copyfile(path, source)
        except OSError:
            return ReadResult.failed(messages.not_found(name))
        converted = convert_to_docx(soffice, source, work, timeout, html=is_html(head))
        if isinstance(converted, Problem):
            return ReadResult.failed(_renamed(converted, source.name, name))
        result = docx.read(converted)
        if result.document is None:
            return ReadResult.failed(messages.conversion_failed(name, "转换结果无法读取"))
        document = replace(result.document, source=str(path), format=fmt)
        problems = tuple(_renamed(p, converted.name, name) for p in result.problems)
        return ReadResult(result.status, document, problems)


def find_soffice() -> str | None:
    """The LibreOffice executable: $POLICYPRESS_SOFFICE if set, else PATH, else the usual install places."""
    configured = os.environ.get(SOFFICE_ENV)
    if configured is not None:
        return configured if os.path.isfile(configured) and os.access(configured, os.X_OK) else None
    for command in ("soffice", "libreoffice"):
        if found := shutil.which(command):
            return found
    candidates = [
        "/usr/lib/libreoffice/program/soffice",
        *sorted(glob.glob("/opt/libreoffice*/program/soffice"), reverse=True),
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        r"C:\Program Files\LibreOffice\program\soffice.exe",
    ]
    return next((c for c in candidates if os.path.isfile(c) and os.access(c, os.X_OK)), None)


def convert_to_docx(
    soffice: str, source: Path, work: Path, timeout: float, html: bool = False
) -> Path | Problem:
    """Convert ``source`` (inside the scratch directory ``work``) to .docx; the result or a Problem.
    ``html``: the file is a web page saved as .doc (common on government sites); it is imported into
    Writer proper, since Writer/Web, which LibreOffice would pick, cannot export .docx."""
    return convert(soffice, source, work, "docx", timeout, infilter="HTML (StarWriter)" if html else None)


def convert(
    soffice: str, source: Path, work: Path, target: str, timeout: float, infilter: str | None = None
) -> Path | Problem:
    """Run LibreOffice headless on ``source`` (inside the scratch directory ``work``, which also holds
    its private profile) with ``--convert-to target`` (``docx``, ``pdf:writer_pdf_Export``...); the
    converted file or a Problem. Shared by this reader and the bundle's PDF rendition, so both start,
    time out and kill LibreOffice the same way. LibreOffice runs in UTC so that the dates it stamps do
    not depend on where it runs."""
    out_dir = work / "out"
    command = [
        soffice,
        "--headless",
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        *([f"--infilter={infilter}"] if infilter else []),
        "--convert-to",
        target,
        "--outdir",
        str(out_dir),
        str(source),
    ]
    try:
        proc = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "TZ": "UTC"},
        )
    except OSError:
        return messages.no_libreoffice(source.name)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_tree(proc)
        proc.communicate()
        return messages.timeout(source.name, timeout)
    extension = target.split(":", 1)[0]
    result = out_dir / f"{source.stem}.{extension}"
    if result.is_file() and result.stat().st_size > 0:
        return result
    lines = [line for line in err.decode("utf-8", "replace").splitlines() if line and "javaldx" not in line]
    if any("could not be loaded" in line for line in lines):
        return messages.conversion_failed(source.name, "LibreOffice 无法打开此文件，可能已损坏或加密")
    detail = lines[-1][:160] if lines else f"退出码 {proc.returncode}，没有生成 .{extension}"
    return messages.conversion_failed(source.name, detail)


def is_html(head: bytes) -> bool:
    """A web page saved under a word-processor name (its first bytes are HTML)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    return start.startswith((b"<html", b"<!doctype html")) or (start.startswith(b"<") and b"<html" in start)


def _kill_tree(proc: subprocess.Popen[bytes]) -> None:
    """Kill LibreOffice and everything it started (the wrapper script → oosplash → soffice.bin).

    LibreOffice stays in the caller's process group so that whoever runs this reader in a child
    process (``extractors.sandbox``) ends it with that child; on our own timeout we end just its tree.
    """
    if os.name == "nt":
        subprocess.run(["taskkill", "/T", "/F", "/PID", str(proc.pid)], capture_output=True, check=False)
        return
    for pid in reversed(_descendants(proc.pid)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)


def _descendants(root: int) -> list[int]:
    """``root`` and its descendants, parents first (from /proc; just ``root`` where there is none)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
            ppid = int(text[text.rindex(")") + 2 :].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(stat.parent.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _renamed(problem: Problem, scratch: str, name: str) -> Problem:
    """The same message about the user's file rather than the scratch copy."""
    return Problem(
        problem.key, problem.message_zh.replace(scratch, name), problem.message_en.replace(scratch, name)
    )


# -- OLE2 compound files ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OleEntry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    start: int
    size: int


def inspect_ole(path: Path) -> tuple[bool, bool]:
    """(password-protected, holds a WordDocument stream) for an OLE2 file; (False, False) when its
    directory cannot be read (LibreOffice then gets its chance and reports what it finds)."""
    try:
        with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            ole = OleFile(data)
            return ole.encrypted(), ole.entry("WordDocument") is not None
    except (OSError, ValueError, struct.error, IndexError):
        return False, False


class OleFile:
    """Just enough of [MS-CFB] to list a compound file's entries and read the start of a stream."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        self.data = data
        if len(data) < 512 or data[:8] != OLE_MAGIC:
            raise ValueError("not an OLE2 compound file")
        shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
        if shift not in (9, 12) or mini_shift != 6:
            raise ValueError("bad sector size")
        self.sector = 1 << shift
        self.count = (len(data) - self.sector) // self.sector
        (self.cutoff,) = struct.unpack_from("<I", data, 0x38)
        difat = list(struct.unpack_from("<109I", data, 0x4C))
        (chain,) = struct.unpack_from("<I", data, 0x44)
        for _ in range(self.count):
            if chain >= self.count:
                break
            values = struct.unpack(f"<{self.sector // 4}I", self._sector(chain))
            difat.extend(values[:-1])
            chain = values[-1]
        self.fat = [
            v
            for s in difat
            if s < self.count
            for v in struct.unpack(f"<{self.sector // 4}I", self._sector(s))
        ]
        self.entries: list[OleEntry] = []
        for sector in self._chain(struct.unpack_from("<I", data, 0x30)[0]):
            block = self._sector(sector)
            for off in range(0, len(block) - 127, 128):
                length = min(struct.unpack_from("<H", block, off + 0x40)[0], 64)
                kind = block[off + 0x42]
                start, size = struct.unpack_from("<II", block, off + 0x74)
                if kind in (1, 2, 5):
                    name = bytes(block[off : off + length]).decode("utf-16-le", "replace").rstrip("\0")
                    self.entries.append(OleEntry(name, kind, start, size))

    def _sector(self, number: int) -> bytes:
        start = (number + 1) * self.sector
        return bytes(self.data[start : start + self.sector])

    def _chain(self, start: int, limit: int | None = None) -> list[int]:
        """Sector numbers of a chain, stopping at its end, at a loop, or after ``limit`` sectors."""
        chain: list[int] = []
        seen: set[int] = set()
        limit = self.count if limit is None else min(limit, self.count)
        while start < min(self.count, _END_OF_CHAIN) and start not in seen and len(chain) < limit:
            chain.append(start)
            seen.add(start)
            start = self.fat[start] if start < len(self.fat) else _END_OF_CHAIN
        return chain

    def entry(self, name: str) -> OleEntry | None:
        return next((e for e in self.entries if e.name == name and e.kind == 2), None)

    def head(self, entry: OleEntry, size: int) -> bytes:
        """The first ``size`` bytes of a stream (from the mini stream for small streams)."""
        if entry.size >= self.cutoff:
            start = (entry.start + 1) * self.sector
            return bytes(self.data[start : start + min(size, entry.size)])
        root = next((e for e in self.entries if e.kind == 5), None)
        offset = entry.start * 64
        index = offset // self.sector
        chain = self._chain(root.start, index + 1) if root is not None else []
        if index >= len(chain):
            return b""
        start = (chain[index] + 1) * self.sector + offset % self.sector
        return bytes(self.data[start : start + min(size, entry.size, 64)])

    def encrypted(self) -> bool:
        """Encrypted OOXML (EncryptionInfo stream) or a Word binary file with fEncrypted in its FIB."""
        if self.entry("EncryptionInfo") is not None:
            return True
        word = self.entry("WordDocument")
        fib = self.head(word, 12) if word is not None else b""
        if len(fib) < 12:
            return False
        ident, flags = struct.unpack_from("<H", fib, 0)[0], struct.unpack_from("<H", fib, 0x0A)[0]
        return ident in _FIB_IDENTS and bool(flags & _F_ENCRYPTED)
