"""The submission as the site will show it: the policy page, the 解读 page (and its 问答 page),
with the attachments and the 解读's media copied next to them. The policy page also carries what
the site must show of the kind-specific details: a 意见征集's period, channel and 征求结果, a
收费清单's rows, a 重大行政决策's 公众参与情况.

Pages are rendered with the Jinja2 templates in ``resources/templates/`` (autoescaped; the
stylesheet and the 关怀模式 script are inlined), so the folder opens from disk with no network.
Output is deterministic: the same content writes the same bytes. File names are made safe for
any file system and unique within the folder.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bundles.page_details import DetailsSection, details_section, format_value
from compose.export_html import environment, render_interpretation_html, render_qa_html
from policy.details import Details
from policy.document import BlockKind, ParsedDocument
from policy.interpretation import Interpretation
from policy.metadata import Fields, PolicyMetadata

POLICY_PAGE, INTERPRETATION_PAGE, QA_PAGE = "policy.html", "interpretation.html", "qa.html"
FILES_DIR = "files"
# the 政府信息公开 metadata table of the site, in its order
METADATA_LABELS: tuple[tuple[str, str], ...] = (
    ("索引号", "index_number"),
    ("主题分类", "subject"),
    ("发布机构", "publisher"),
    ("成文日期", "date"),
    ("文号", "doc_number"),
    ("发布日期", "publish_date"),
    ("有效性", "validity"),
)
# fields whose block marks the end of the body (附件说明, 署名, 成文日期, 版记)
_BODY_END_KEYS = ("attachments", "issuers", "signer", "date", "disclosure", "cc", "printer", "print_date")


@dataclass(frozen=True, slots=True)
class BodyItem:
    kind: str  # "paragraph" | "heading" | "table"
    text: str = ""
    level: int = 0  # headings: 1 一、 / 2 （一） / 3 1. / 4 （1）
    rows: tuple[tuple[str, ...], ...] = ()
    lead: str = ""  # a paragraph that opens with its heading (（一）免交租金。经……): the heading part


def _heading(text: str, level: int) -> BodyItem:
    """A heading line stays a heading; a paragraph that runs on after its heading sentence
    (（一）免交租金。经民政部门认定……) is a paragraph with that sentence as its lead."""
    head, stop, rest = text.partition("。")
    if rest.strip() and len(head) < len(text) - 1:
        return BodyItem("paragraph", rest.strip(), level=level, lead=head + stop)
    if len(text) > 60:
        return BodyItem("paragraph", text, level=level)
    return BodyItem("heading", text, level=level)


@dataclass(frozen=True, slots=True)
class PreviewFile:
    """A file to copy next to the pages: the name it was imported under, where its bytes are."""

    name: str
    source: Path
    sha256: str = ""


@dataclass(frozen=True, slots=True)
class PreviewInput:
    fields: Fields
    body: tuple[BodyItem, ...]
    attachments: tuple[PreviewFile, ...] = ()
    interpretation: Interpretation | None = None
    media: tuple[PreviewFile, ...] = ()
    publisher: str | None = None  # the library's default 发布机构 when the field is empty
    details: Details | None = None  # the kind-specific details (policy.details), typed


@dataclass(frozen=True, slots=True)
class PolicyPage:
    title: str
    metadata: tuple[tuple[str, str], ...]
    body: tuple[BodyItem, ...]
    attachments: tuple[tuple[str, str], ...]  # (shown name, href)
    details: DetailsSection | None = None


@dataclass(frozen=True, slots=True)
class PreviewResult:
    folder: Path
    pages: tuple[str, ...]
    files: tuple[str, ...]


def metadata_rows(fields: Fields, publisher: str | None = None) -> tuple[tuple[str, str], ...]:
    """The seven rows of the metadata table; an empty 发布机构 falls back to ``publisher``, then
    to the issuing organs the document names."""
    rows = []
    for label, key in METADATA_LABELS:
        value = getattr(fields, key)
        if key == "publisher" and not value:
            value = publisher or "、".join(fields.issuers) or None
        rows.append((label, format_value(value)))
    return tuple(rows)


def body_items(document: ParsedDocument, metadata: PolicyMetadata | None) -> tuple[BodyItem, ...]:
    """The body between the title (or 主送) and the 附件说明/署名/成文日期: paragraphs, the outline
    headings as headings, each table as rows of cell texts."""
    blocks = [b for b in document.body if b.text.strip()]
    evidence = metadata.evidence if metadata else {}
    title = (metadata.fields.title if metadata else None) or ""
    start = -1
    for key in ("title", "recipients"):
        e = evidence.get(key)
        if e is not None and e.block is not None:
            start = max(start, e.block)
    ends = [
        e.block
        for key in _BODY_END_KEYS
        if (e := evidence.get(key)) is not None and e.block is not None and e.block > start
    ]
    end = min(ends) if ends else None
    inside = [b for b in blocks if b.index > start and (end is None or b.index < end)]
    # a title printed over several lines: its other lines are not body text
    while inside and start >= 0 and title and _compact(inside[0].text) in _compact(title):
        inside.pop(0)
    outline = {h.block: h.level for h in metadata.structure.outline} if metadata else {}
    items: list[BodyItem] = []
    table: dict[tuple[int, int], list[str]] | None = None
    table_id: int | None = None
    for block in inside:
        if block.kind is BlockKind.TABLE_CELL and block.cell is not None:
            number, row, col = block.cell
            if table is None or table_id != number:
                if table is not None:
                    items.append(_table(table))
                table, table_id = {}, number
            table.setdefault((row, col), []).append(block.text.strip())
            continue
        if table is not None:
            items.append(_table(table))
            table, table_id = None, None
        text = block.text.strip()
        if block.index in outline:
            items.append(_heading(text, outline[block.index]))
        else:
            items.append(BodyItem("paragraph", text))
    if table is not None:
        items.append(_table(table))
    return tuple(items)


def body_from_text(text: str) -> tuple[BodyItem, ...]:
    """When the original cannot be read again: the stored body text, one paragraph a line."""
    return tuple(BodyItem("paragraph", line.strip()) for line in text.splitlines() if line.strip())


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _table(cells: dict[tuple[int, int], list[str]]) -> BodyItem:
    rows = sorted({r for r, _ in cells})
    cols = sorted({c for _, c in cells})
    return BodyItem("table", rows=tuple(tuple(" ".join(cells.get((r, c), [])) for c in cols) for r in rows))


_UNSAFE = re.compile(r"[^\w.\-（）()【】]+")


def safe_name(name: str, taken: set[str]) -> str:
    """A file name that is safe on every file system and unique (case-insensitively) in ``taken``."""
    base = Path(name.replace("\\", "/")).name
    stem, suffix = Path(base).stem, Path(base).suffix.lower()
    stem = _UNSAFE.sub("_", stem).strip("._") or "file"
    suffix = suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ""
    stem = stem[:80]
    candidate, n = stem + suffix, 1
    while candidate.lower() in taken or candidate.lower() in {
        p.lower() for p in (POLICY_PAGE, INTERPRETATION_PAGE, QA_PAGE)
    }:
        n += 1
        candidate = f"{stem}-{n}{suffix}"
    taken.add(candidate.lower())
    return candidate


def render_policy_html(
    page: PolicyPage, interpretation_href: str | None, interpretation_title: str = ""
) -> str:
    return (
        environment()
        .get_template("policy.html.j2")
        .render(page=page, interpretation_href=interpretation_href, interpretation_title=interpretation_title)
    )


@dataclass(frozen=True, slots=True)
class SitePages:
    """The rendered pages (name → HTML) and where each attachment and media file goes (href)."""

    pages: dict[str, str]
    attachments: tuple[tuple[PreviewFile, str], ...]
    media: tuple[tuple[PreviewFile, str], ...]

    @property
    def copies(self) -> tuple[tuple[PreviewFile, str], ...]:
        return self.attachments + self.media


def _place(files: Sequence[PreviewFile], taken: set[str]) -> tuple[tuple[PreviewFile, str], ...]:
    return tuple((f, f"{FILES_DIR}/{safe_name(f.name, taken)}") for f in files)


def site_pages(data: PreviewInput) -> SitePages:
    """policy.html, interpretation.html (and qa.html when there are answered questions), rendered,
    with the names the attachments and media get under ``files/``; nothing is written."""
    taken: set[str] = set()
    attachments = _place(data.attachments, taken)
    media = _place(data.media, taken)
    interp = data.interpretation
    links = tuple((f.name, href) for f, href in attachments)
    page = PolicyPage(
        title=data.fields.title or "（无标题）",
        metadata=metadata_rows(data.fields, data.publisher),
        body=data.body,
        attachments=links,
        details=details_section(data.details, links),
    )
    pages = {POLICY_PAGE: render_policy_html(page, INTERPRETATION_PAGE if interp else None,
                                             interp.title if interp else "")}  # fmt: skip
    if interp is not None:
        hrefs = {f.sha256: href for f, href in media if f.sha256}
        pages[INTERPRETATION_PAGE] = render_interpretation_html(interp, POLICY_PAGE, QA_PAGE, hrefs)
        if any(q.answer.strip() for q in interp.qa):
            pages[QA_PAGE] = render_qa_html(interp, back_href=INTERPRETATION_PAGE)
    return SitePages(pages, attachments, media)


def write_preview(data: PreviewInput, out: Path | str) -> PreviewResult:
    """Write the pages and ``files/`` with the attachments and media into ``out``."""
    folder = Path(out)
    site = site_pages(data)
    for f, href in site.copies:
        (folder / href).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f.source, folder / href)
    folder.mkdir(parents=True, exist_ok=True)
    for name, html in site.pages.items():
        (folder / name).write_bytes(html.encode("utf-8"))
    return PreviewResult(folder, tuple(site.pages), tuple(href for _, href in site.copies))
