"""PDF reader: text, geometry and style of every page through pypdfium2, laid out by ``layout``.

Why pypdfium2 and how it is queried (figures on this machine, 2 cores, d031.pdf = 14 pages):

- ``pdftotext`` takes ~16 ms for the 14 pages; pdfplumber's full char extraction ~30 ms *per page*
  (18–34× pdftotext), far over the 4–5× budget, so it is not used at all.
- pypdfium2: the whole text of a page in one ``FPDFText_GetText`` call costs ~0.6 ms/page; one
  ctypes call per char for its box costs another ~1.5 ms/page, and size + colour per char doubles
  that again. So chars are *not* queried one by one. The page text from pdfium carries
  *generated* characters (``FPDFText_IsGenerated``): a CRLF where pdfium sees a new line and a
  space where it sees a gap. The reader cuts the text at those into runs of contiguous chars, and
  queries only each run's first and last char: loose box (font ascent/descent, so '一' is as tall
  as '国'), font size, fill colour, font name/flags/weight — about 8 ctypes calls per run, ~40 runs
  on a body page. pdfium's own spaces are dropped and ``layout`` decides spacing from the gaps
  between runs, so '国发〔2018〕42号' and '2018年12月21日' come out without the padding pdftotext and
  pdfium insert between Chinese and digits. A run whose first and last chars sit on different
  baselines (pdfium chains a stacked joint 版头 into one line), or whose last char lies left of
  its first (LibreOffice draws an opening quote after the next character), is split char by char.
  The cost of this economy: a style change inside a run (no gap, same line) is not seen; blocks
  take their style from their first characters anyway.
- Measured (``bench/extract_speed.py``, median of 9 in-process reads after warm-up): 2 pages
  3.8 ms, 10 pages 14.8 ms, 50 pages 57 ms (~1.1 ms/page, half of it pdfium loading the page and
  its text page, half the runs and ``layout``), against pdftotext 7 / 28 / 122 ms on the same
  files, i.e. 0.5×; on the corpus (d031, 14 pages) 14.7 ms vs 15.4 ms, 1.0×. Targets: ≤ 5× at 10
  pages, ≤ 4× at 50. Peak memory for 50 pages: 1 MB traced by tracemalloc, ~3 MB RSS.

Fewer than 10 real characters per page on average (a scan, or text drawn as outlines, like the
corpus's d061.pdf) gives NO_TEXT_LAYER. Coordinates are converted to points from the crop box's top-left corner. Rotated pages (/Rotate)
are read in their unrotated frame. The file is opened by path (pdfium reads it itself), never
loaded into Python memory.
"""

from __future__ import annotations

import ctypes
import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors import messages
from extractors.layout import PageRuns, Run, build_blocks
from policy.document import ParsedDocument
from policy.extraction import ReadResult
from policy.problems import Problem, Status

FORMAT = "pdf"
EXTENSIONS: tuple[str, ...] = (".pdf",)

MIN_CHARS_PER_PAGE = 10  # below this on average the file is a scan (or text drawn as outlines)
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
_BOLD_NAME = re.compile(r"bold|heavy|black|黑", re.IGNORECASE)
_FORCE_BOLD_FLAG = 1 << 18
_BREAKS = re.compile(r"[\s\x00-\x1f\ufffe\uffff]")


def sniff(head: bytes, path: Path) -> bool:
    return b"%PDF-" in head[:1024]


class _PageReader:
    """Reads one page at a time, reusing its ctypes out-parameters across calls."""

    def __init__(self) -> None:
        self.rect = pdfium_c.FS_RECTF()
        self.r, self.g, self.b, self.a = (ctypes.c_uint() for _ in range(4))
        self.flags = ctypes.c_int()
        self.name_buf = ctypes.create_string_buffer(256)

    def box(self, tp: object, i: int) -> tuple[float, float, float, float] | None:
        """Loose box (left, bottom, right, top) in PDF space, None if pdfium has none."""
        if not pdfium_c.FPDFText_GetLooseCharBox(tp, i, self.rect):
            return None
        return self.rect.left, self.rect.bottom, self.rect.right, self.rect.top

    def style(self, tp: object, i: int) -> tuple[float, str | None, bool, str | None]:
        size = float(pdfium_c.FPDFText_GetFontSize(tp, i))
        color: str | None = None
        if pdfium_c.FPDFText_GetFillColor(tp, i, self.r, self.g, self.b, self.a):
            rgb = (self.r.value, self.g.value, self.b.value)
            if any(rgb):
                color = "{:02X}{:02X}{:02X}".format(*rgb)
        n = pdfium_c.FPDFText_GetFontInfo(tp, i, self.name_buf, len(self.name_buf), self.flags)
        font: str | None = None
        if 0 < n <= len(self.name_buf):
            font = _SUBSET_PREFIX.sub("", self.name_buf.raw[: n - 1].decode("utf-8", "replace")) or None
        weight = pdfium_c.FPDFText_GetFontWeight(tp, i)
        bold = (
            bool(font and _BOLD_NAME.search(font))
            or weight >= 600
            or bool(self.flags.value & _FORCE_BOLD_FLAG)
        )
        return size, font, bold, color

    def page_runs(self, page: pdfium.PdfPage, number: int) -> tuple[PageRuns, int]:
        """The runs of one page, and its count of real (non-generated, non-space) characters."""
        left, bottom, right, top = page.get_cropbox()
        width, height = right - left, top - bottom
        textpage = page.get_textpage()
        try:
            tp = textpage.raw
            n = pdfium_c.FPDFText_CountChars(tp)
            text = textpage.get_text_range() if n > 0 else ""
            if len(text) != n:  # pdfium's text view and char list disagree: read char by char
                text = "".join(chr(pdfium_c.FPDFText_GetUnicode(tp, i) or 0xFFFE) for i in range(n))
            runs: list[Run] = []
            start = 0
            for match in _BREAKS.finditer(text):
                i = match.start()
                ch = text[i]
                if ch in " \u3000\xa0" and not pdfium_c.FPDFText_IsGenerated(tp, i):
                    continue  # a real space from the source stays inside the run
                self._add_run(tp, text, start, i, runs, left, top)
                start = i + 1
            self._add_run(tp, text, start, n, runs, left, top)
            real = sum(len(r.text.replace(" ", "").replace("\u3000", "")) for r in runs)
            return PageRuns(number, width, height, runs), real
        finally:
            textpage.close()

    def _add_run(
        self, tp: object, text: str, start: int, end: int, runs: list[Run], ox: float, oy: float
    ) -> None:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            return
        i0 = start + (len(chunk) - len(chunk.lstrip()))
        i1 = start + len(chunk.rstrip()) - 1
        first, last = self.box(tp, i0), self.box(tp, i1)
        if first is None or last is None:
            return
        overlap = min(first[3], last[3]) - max(first[1], last[1])
        misplaced = overlap < 0.5 * min(first[3] - first[1], last[3] - last[1]) or last[0] < first[0]
        if i1 > i0 and misplaced:
            # chars on different baselines, or drawn out of order: one run per char
            for i in range(i0, i1 + 1):
                if not text[i].isspace():
                    self._add_run(tp, text, i, i + 1, runs, ox, oy)
            return
        size, font, bold, color = self.style(tp, i0)
        runs.append(
            Run(
                stripped,
                x0=first[0] - ox,
                top=oy - max(first[3], last[3]),
                x1=last[2] - ox,
                bottom=oy - min(first[1], last[1]),
                size=size,
                font=font,
                bold=bold,
                color=color,
            )
        )


def read(path: Path) -> ReadResult:
    name = path.name
    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            return ReadResult.failed(messages.encrypted(name))
        if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
            return ReadResult.failed(messages.encrypted(name))
        return ReadResult.failed(messages.corrupt(name))
    except FileNotFoundError:
        return ReadResult.failed(messages.not_found(name))
    except OSError:
        return ReadResult.failed(messages.corrupt(name))
    try:
        return _read_pages(pdf, path)
    finally:
        pdf.close()


def _read_pages(pdf: pdfium.PdfDocument, path: Path) -> ReadResult:
    name = path.name
    page_count = len(pdf)
    if page_count == 0:
        return ReadResult.failed(messages.corrupt(name, "没有页面"))
    reader = _PageReader()
    pages: list[PageRuns] = []
    problems: list[Problem] = []
    real_chars = 0
    failed: list[int] = []
    page_size: tuple[float, float] | None = None
    for index in range(page_count):
        try:
            page = pdf[index]
        except pdfium.PdfiumError:
            failed.append(index + 1)
            continue
        try:
            runs, real = reader.page_runs(page, index + 1)
        except pdfium.PdfiumError:
            failed.append(index + 1)
            continue
        finally:
            page.close()
        if page_size is None:
            page_size = (round(runs.width, 1), round(runs.height, 1))
        pages.append(runs)
        real_chars += real
    if not pages:
        return ReadResult.failed(messages.corrupt(name))
    if failed:
        problems.append(messages.corrupt(name, f"第 {', '.join(map(str, failed))} 页无法读取"))
    blocks = build_blocks(pages)
    document = ParsedDocument(str(path), FORMAT, blocks, page_count=page_count, page_size=page_size)
    if real_chars < MIN_CHARS_PER_PAGE * len(pages):
        return ReadResult(Status.NO_TEXT_LAYER, document, (messages.no_text_layer(name), *problems))
    return ReadResult(Status.PARTIAL if problems else Status.OK, document, tuple(problems))
