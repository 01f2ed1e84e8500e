"""How fast the .docx and .pdf readers are, against pdftotext and against the targets.

    .venv/bin/python bench/extract_speed.py [--sizes 2 10 50] [--runs 9]

Builds 公文-like .docx files of 2, 10 and 50 pages (red issuer line, 文号, title, body paragraphs
cycled from ../shared/seed/*.txt, GB/T 9704 margins, 22 lines × 28 characters a page), converts
each to PDF once with LibreOffice (both cached in bench/out/, which git ignores), then measures
each reader in a fresh child process per size and format, so that memory peaks do not mix:
median and min in-process read time over the runs after two warm-up reads, the tracemalloc peak
of one read, and the RSS peak over the reads (VmHWM after resetting it, minus VmRSS before).
pdftotext's median wall time on the same PDF (``pdftotext -enc UTF-8 file -``) is the yardstick.
If extractors.metadata is there, the time of ``metadata.extract`` on the document is shown too.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
SEED = ROOT.parent / "shared" / "seed"
CHARS_PER_PAGE = 22 * 28

# target: (size in pages, what, limit)
DOCX_TARGET_MS = {10: 50.0, 50: 100.0}
PDF_TARGET_RATIO = {10: 5.0, 50: 4.0}
PEAK_TARGET_MB = {50: 200.0}


# ---- the test documents ------------------------------------------------------------------------


def _sentences() -> list[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEED.glob("*.txt")))
    parts = [s.strip() + "。" for s in "".join(text.split()).split("。")]
    found = [s for s in parts if 12 <= len(s) <= 120 and "〔" not in s]
    return found or ["全区政府系统做好政务公开工作，要坚持以习近平新时代中国特色社会主义思想为指导。"]


def build_docx(path: Path, body_chars: int) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)

    def para(text: str, size: float = 16, font: str = "仿宋", align: int | None = None, red: bool = False,
             indent: bool = False) -> None:  # fmt: skip
        p = document.add_paragraph()
        fmt = p.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(28.95)
        fmt.space_before = fmt.space_after = Pt(0)
        if align is not None:
            p.alignment = align
        if indent:
            fmt.first_line_indent = Pt(32)
        run = p.add_run(text)
        run.font.size = Pt(size)
        run.font.name = font
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        if red:
            run.font.color.rgb = RGBColor(0xE6, 0x00, 0x12)

    center = WD_ALIGN_PARAGRAPH.CENTER
    para("长江区人民政府办公室文件", 36, "小标宋", center, red=True)
    para("")
    para("长府办发〔2024〕18号", align=center)
    para("")
    para("长江区人民政府办公室关于印发《长江区", 22, "小标宋", center)
    para("2024年政务公开工作要点》的通知", 22, "小标宋", center)
    para("")
    para("各乡（镇）人民政府、街道办事处，区政府各部门，区直各单位：")
    sentences = _sentences()
    written, i = 0, 0
    while written < body_chars:
        text = "".join(sentences[(i + k) % len(sentences)] for k in range(4))
        i += 4
        para(text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        written += len(text) + 2
    para("长江区人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("2024年6月4日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("（此件公开发布）", indent=True)
    document.save(str(path))


def to_pdf(docx_path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to make the PDFs")
    profile = (OUT / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(OUT), str(docx_path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return docx_path.with_suffix(".pdf")


def pdf_pages(path: Path) -> int:
    import pypdfium2

    with pypdfium2.PdfDocument(path) as pdf:
        return len(pdf)


def documents(pages: int) -> tuple[Path, Path, int]:
    """The cached .docx/.pdf of about ``pages`` pages (built and converted if missing)."""
    OUT.mkdir(parents=True, exist_ok=True)
    docx_path = OUT / f"gongwen_{pages}p.docx"
    pdf_path = docx_path.with_suffix(".pdf")
    if docx_path.is_file() and pdf_path.is_file():
        return docx_path, pdf_path, pdf_pages(pdf_path)
    chars = pages * CHARS_PER_PAGE - 12 * 28
    got = 0
    for _ in range(4):  # adjust the amount of text until LibreOffice lays out the wanted pages
        build_docx(docx_path, max(chars, 100))
        got = pdf_pages(to_pdf(docx_path))
        if got == pages:
            break
        chars = int(chars * pages / got) if got > pages else chars + (pages - got) * CHARS_PER_PAGE // 2
    return docx_path, pdf_path, got


# ---- measuring, in a child process ---------------------------------------------------------------


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def measure(kind: str, path: Path, runs: int) -> dict[str, object]:
    """Time ``extractors.<kind>.read`` in this process; called in a fresh child per size."""
    import importlib
    import tracemalloc

    sys.path.insert(0, str(ROOT))
    try:
        reader = importlib.import_module(f"extractors.{kind}")
    except ModuleNotFoundError as exc:
        return {"error": f"extractors.{kind} is not there yet ({exc.name})"}
    with contextlib.suppress(OSError):  # reset the RSS peak (Linux ≥ 4.0): the reads', not the imports'
        Path("/proc/self/clear_refs").write_text("5")
    rss_before = _status_kb("VmRSS")
    result = reader.read(path)  # first (cold) read: its peak counts too
    if result.document is None:
        return {"error": f"read failed: {[str(p) for p in result.problems]}"}
    reader.read(path)  # second warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        reader.read(path)
        times.append((time.perf_counter() - start) * 1000)
    rss_peak = _status_kb("VmHWM")
    tracemalloc.start()
    reader.read(path)
    traced_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    out: dict[str, object] = {
        "median_ms": statistics.median(times),
        "min_ms": min(times),
        "traced_mb": traced_peak / 2**20,
        "rss_delta_mb": max(rss_peak - rss_before, 0) / 1024,
        "blocks": len(result.document.blocks),
        "pages": result.document.page_count,
    }
    try:
        metadata = importlib.import_module("extractors.metadata")
        metadata.extract(result.document)
        meta_times = []
        for _ in range(runs):
            start = time.perf_counter()
            metadata.extract(result.document)
            meta_times.append((time.perf_counter() - start) * 1000)
        out["metadata_ms"] = statistics.median(meta_times)
    except (ModuleNotFoundError, AttributeError) as exc:
        out["metadata_error"] = str(exc)
    return out


def in_child(kind: str, path: Path, runs: int) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path), "--runs", str(runs)],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["child failed"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def pdftotext_ms(path: Path, runs: int) -> float | None:
    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    cmd = [exe, "-enc", "UTF-8", str(path), "-"]
    for _ in range(2):
        subprocess.run(cmd, capture_output=True, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


# ---- the report ----------------------------------------------------------------------------------


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2, 10, 50])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    runs = max(args.runs, 7)
    if args.child:
        print(json.dumps(measure(args.child[0], Path(args.child[1]), runs)))
        return 0

    header = (f"{'pages':>5} {'fmt':<5} {'median ms':>10} {'min ms':>8} {'pdftotext':>10} {'ratio':>6} "
              f"{'traced MB':>9} {'RSS Δ MB':>9} {'blocks':>6} {'meta ms':>8}  target")  # fmt: skip
    print(header)
    print("-" * len(header))
    verdicts: list[str] = []
    for size in args.sizes:
        docx_path, pdf_path, got = documents(size)
        baseline = pdftotext_ms(pdf_path, runs)
        for kind, path in (("docx", docx_path), ("pdf", pdf_path)):
            m = in_child(kind, path, runs)
            if "error" in m:
                print(f"{got:>5} {kind:<5} {m['error']}")
                continue
            median = float(m["median_ms"])  # type: ignore[arg-type]
            ratio = median / baseline if baseline and kind == "pdf" else None
            targets = []
            if kind == "docx" and size in DOCX_TARGET_MS:
                limit = DOCX_TARGET_MS[size]
                targets.append(f"≤ {limit:.0f} ms {_verdict(median <= limit)}")
            if kind == "pdf" and size in PDF_TARGET_RATIO and ratio is not None:
                limit = PDF_TARGET_RATIO[size]
                targets.append(f"≤ {limit:.0f}× pdftotext {_verdict(ratio <= limit)}")
            if size in PEAK_TARGET_MB:
                peak = max(float(m["rss_delta_mb"]), float(m["traced_mb"]))  # type: ignore[arg-type]
                targets.append(
                    f"peak ≤ {PEAK_TARGET_MB[size]:.0f} MB {_verdict(peak <= PEAK_TARGET_MB[size])}"
                )
            verdicts += [t for t in targets if t.endswith("MISS")]
            meta = f"{float(m['metadata_ms']):8.1f}" if "metadata_ms" in m else f"{'—':>8}"  # type: ignore[arg-type]
            print(
                f"{got:>5} {kind:<5} {median:10.1f} {float(m['min_ms']):8.1f} "  # type: ignore[arg-type]
                f"{(f'{baseline:.1f}' if baseline and kind == 'pdf' else ''):>10} "
                f"{(f'{ratio:.1f}×' if ratio else ''):>6} {float(m['traced_mb']):9.1f} "  # type: ignore[arg-type]
                f"{float(m['rss_delta_mb']):9.1f} {m['blocks']:>6} {meta}  {'; '.join(targets)}"  # type: ignore[arg-type]
            )
    print()
    print("all targets met" if not verdicts else f"{len(verdicts)} target(s) missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
