"""Use case: a page image of a submission's stored PDF original, for the 原文 pane (a scan is shown
this way beside its empty form; a text PDF with the evidence marked on the page).

The file is untrusted, so pdfium renders it in a child process with a time limit and an
address-space cap, like the extractors (STYLE.md, item 5). Pages are cached as PNG under
``root/cache/pages/<sha256>/`` and rendered once.

    python -m workflow.pages FILE OUT_DIR SCALE PAGE...     # the child: writes OUT_DIR/<scale>-<page>.png
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from policy.submission import FileRole
from storage import Library, LibraryError, submissions
from storage.files import path_of

ROOT = Path(__file__).resolve().parents[1]
PDF_FORMATS = {"pdf"}


@dataclass(frozen=True, slots=True)
class PageImage:
    path: Path  # the PNG
    page: int  # 1-based
    page_count: int
    scale: float  # pixels per PDF point


def _cache_dir(lib: Library, sha256: str) -> Path:
    return lib.root / "cache" / "pages" / sha256


def _png(folder: Path, scale: float, page: int) -> Path:
    return folder / f"{int(round(scale * 100))}-{page}.png"


def page_image(
    lib: Library,
    submission_id: int,
    page: int,
    scale: float = 1.5,
    timeout_s: float = 60,
    memory_mb: int = 1024,
) -> PageImage:
    """The image of ``page`` (1-based) of the submission's PDF original, rendered on first use."""
    sub = submissions.get(lib, submission_id)
    original = next((f for f in sub.files if f.role is FileRole.ORIGINAL), None)
    if (
        original is None
        or (original.format or Path(original.name).suffix.lstrip(".").lower()) not in PDF_FORMATS
    ):
        raise LibraryError(
            "no_pages",
            f"第 {submission_id} 条的原件不是 PDF，没有页面图像",
            f"the original of submission {submission_id} is not a PDF",
        )
    folder = _cache_dir(lib, original.sha256)
    count_file = folder / "pages.json"
    target = _png(folder, scale, page)
    if not (target.exists() and count_file.exists()):
        folder.mkdir(parents=True, exist_ok=True)
        _render_in_child(path_of(lib, original.sha256), folder, scale, [page], timeout_s, memory_mb)
    count = int(json.loads(count_file.read_text("utf-8"))["pages"])
    if not 1 <= page <= count or not target.exists():
        raise LibraryError(
            "no_page",
            f"原件没有第 {page} 页（共 {count} 页）",
            f"the original has no page {page} ({count} pages)",
        )
    return PageImage(target, page, count, scale)


def _render_in_child(
    pdf: Path, folder: Path, scale: float, pages: list[int], timeout_s: float, memory_mb: int
) -> None:
    cmd = [sys.executable, "-m", "workflow.pages", str(pdf), str(folder), str(scale), str(memory_mb)]
    cmd += [str(p) for p in pages]
    try:
        done = subprocess.run(
            cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout_s, start_new_session=True
        )
    except subprocess.TimeoutExpired:
        raise LibraryError(
            "render_timeout",
            f"原件页面在 {timeout_s:.0f} 秒内未能显示",
            f"rendering took over {timeout_s:.0f} s",
        ) from None
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        raise LibraryError("render_failed", f"无法显示原件页面（{last}）", f"cannot render the page ({last})")


def _child(argv: list[str]) -> None:
    pdf, folder, scale, memory_mb, *pages = argv
    limit = int(memory_mb) * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    import pypdfium2 as pdfium

    out = Path(folder)
    document = pdfium.PdfDocument(pdf)
    try:
        count = len(document)
        for number in (int(p) for p in pages):
            if 1 <= number <= count:
                image = document[number - 1].render(scale=float(scale)).to_pil()
                tmp = _png(out, float(scale), number).with_suffix(f".{os.getpid()}.tmp")
                image.save(tmp, format="PNG")
                tmp.replace(_png(out, float(scale), number))
        (out / "pages.json").write_text(json.dumps({"pages": count}), "utf-8")
    finally:
        document.close()


if __name__ == "__main__":
    _child(sys.argv[1:])
