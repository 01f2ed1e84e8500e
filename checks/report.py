"""An HTML report of a check run that a section head can read and print (self-contained page)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from policy.findings import Finding, Severity

TEMPLATES = Path(__file__).resolve().parents[1] / "resources" / "templates"


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["j2", "html"]),
                       trim_blocks=True, lstrip_blocks=True)  # fmt: skip


def render(
    title: str,
    subject: str,
    findings: list[Finding],
    generated: dt.datetime | None = None,
    figures: list[dict[str, Any]] | None = None,
    library_findings: list[Finding] | None = None,
) -> str:
    """The report page. ``figures`` are rows of the 考核 table (column name → value)."""
    counts = Counter(f.severity for f in findings if f.accepted is None)
    template = _env().get_template("check_report.html.j2")
    return template.render(
        title=title,
        subject=subject,
        findings=findings,
        counts={s.value: counts.get(s, 0) for s in Severity},
        accepted=sum(1 for f in findings if f.accepted is not None),
        generated=(generated or dt.datetime.now().astimezone()).strftime("%Y-%m-%d %H:%M"),
        figures=figures or [],
        library_findings=library_findings or [],
        library_only=not findings and (bool(library_findings) or bool(figures)),
        css=(TEMPLATES / "site.css").read_text("utf-8") if (TEMPLATES / "site.css").exists() else "",
    )


def write(path: Path, html: str) -> Path:
    path.write_text(html, "utf-8")
    return path
