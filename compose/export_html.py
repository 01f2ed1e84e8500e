"""The 政策解读 as pages for the site: the 解读 page and the 简明问答 as its own page.

Jinja2 templates in ``resources/templates/`` with autoescaping on, so whatever a clerk typed is
shown as text. The stylesheet ``site.css`` is inlined into each page: a page needs no other file
and no network. The 解读 page links to the policy page and, when there are answered questions, to
the 问答 page; what is shown (non-empty 要素 numbered 一、二、…) is :func:`compose.export_docx.plan`,
the same as in the .docx. The output is deterministic: the same interpretation gives the same
string. ``<body class="care">`` switches to the larger 关怀模式 text; the 关怀模式 button on each
page toggles it and remembers the choice in the browser's localStorage.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from compose.export_docx import ExportPlan, form_label, plan
from policy.interpretation import Form, Interpretation

TEMPLATES = Path(__file__).resolve().parents[1] / "resources" / "templates"


@cache
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp")
VIDEO_SUFFIXES = (".mp4", ".webm", ".ogv", ".ogg", ".m4v")


def media_kind(form: Form) -> str:
    """ "image", "video" or "file": how the page shows a form's media file (by its name)."""
    suffix = Path(form.file_name or "").suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return "image"
    return "video" if suffix in VIDEO_SUFFIXES else "file"


def render_interpretation_html(
    interp: Interpretation,
    policy_href: str = "policy.html",
    qa_href: str = "qa.html",
    media: Mapping[str, str] | None = None,
) -> str:
    """``media`` maps a form's ``file_sha256`` to the href of its copy next to the page: images are
    shown, videos get a player, other files a download link; without it a form is only named."""
    p = plan(interp)
    return (
        environment()
        .get_template("interpretation.html.j2")
        .render(
            plan=p,
            form_items=[(f, form_label(f)) for f in p.forms],
            media=dict(media or {}),
            media_kind=media_kind,
            policy_href=policy_href,
            qa_href=qa_href,
        )
    )


def render_qa_html(interp: Interpretation, back_href: str = "interpretation.html") -> str:
    p = plan(interp)
    return environment().get_template("qa.html.j2").render(plan=p, qa_title=qa_title(p), back_href=back_href)


def qa_title(p: ExportPlan) -> str:
    if p.policy_title:
        return f"《{p.policy_title.strip('《》')}》简明问答"
    return f"{p.title}——简明问答"
