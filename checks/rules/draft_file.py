"""The draft file itself: what a .docx carries besides its visible text (tracked changes, comments,
hidden text, personal document properties) and the location stored in photos (EXIF GPS).

The bundle's publication copy strips all of this, so most of it is a 警告 that names what is there;
hidden text that says something the visible text does not is a 阻断 until a reviewer has read it.
Every zip and XML part is opened through ``extractors.safety``; a file that is not a .docx (or is
hostile) is left to the extractor's own report.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from checks import pii
from checks.context import CheckContext
from checks.registry import Hit, rule
from checks.settings import CheckSettings
from extractors import safety
from policy.findings import Location, Severity

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
_VAL = _W + "val"
_CHANGE_TAGS = {_W + "ins": "插入", _W + "del": "删除", _W + "moveFrom": "移动", _W + "moveTo": "移动"}
_FORMAT_TAGS = frozenset(
    _W + t for t in ("rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tcPrChange", "trPrChange")
)
_PROPERTIES = (
    ("docProps/core.xml", _DC + "creator", "作者"),
    ("docProps/core.xml", _CP + "lastModifiedBy", "最后修改者"),
    ("docProps/app.xml", _EP + "Company", "单位"),
    ("docProps/app.xml", _EP + "Manager", "经理"),
)
# values that name no one: tools' and operating systems' defaults
_GENERIC = frozenset(
    {"python-docx", "administrator", "admin", "user", "microsoft office user", "microsoft", "windows 用户",
     "windows user", "微软用户", "微软中国", "unknown", "未知", "作者", "author", "apache poi", "wps", "libreoffice"}
)  # fmt: skip
_MARKED = re.compile(rb"<(?:\w+:)?(?:ins|del|moveFrom|moveTo|[a-z]+PrChange|vanish)\b")
_IMAGE_EXT = (".jpg", ".jpeg", ".png", ".tif", ".tiff")
_EXCERPT = 30
_GPS_IFD = 0x8825  # 34853, GPSInfo


@dataclass(slots=True)
class DocxFacts:
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (插入/删除/移动/格式, author, text)
    comments: list[tuple[str, str]] = field(default_factory=list)  # (author, text)
    hidden: list[str] = field(default_factory=list)  # runs of hidden text, one per paragraph stretch
    visible: str = ""  # all visible text, whitespace removed
    properties: list[tuple[str, str]] = field(default_factory=list)  # (label, value)
    located: list[tuple[str, tuple[float, float]]] = field(default_factory=list)  # word/media images with GPS


def _text(el: etree._Element, tag: str = "t") -> str:
    return "".join(t.text or "" for t in el.iter(_W + tag))


def _on(el: etree._Element | None) -> bool | None:
    return None if el is None else el.get(_VAL) not in ("0", "false", "off")


def _style_vanish(root: etree._Element | None) -> dict[str, bool]:
    """Style id → whether text in that style is hidden (following ``basedOn``)."""
    own: dict[str, bool | None] = {}
    based: dict[str, str] = {}
    for style in () if root is None else root.iter(_W + "style"):
        sid = style.get(_W + "styleId") or ""
        own[sid] = _on(style.find(f"{_W}rPr/{_W}vanish"))
        if (parent := style.find(_W + "basedOn")) is not None:
            based[sid] = parent.get(_VAL) or ""
    resolved: dict[str, bool] = {}
    for sid in own:
        seen, at = set(), sid
        while at in own and own[at] is None and at in based and at not in seen:
            seen.add(at)
            at = based[at]
        resolved[sid] = bool(own.get(at))
    return resolved


def _part(facts: DocxFacts, root: etree._Element, styles: dict[str, bool]) -> list[str]:
    """Collect the changes and hidden stretches of one story part; return its visible texts."""
    marks: list[tuple[str, str, str]] = []  # inserted/deleted paragraph marks: they go with text changes
    for el in root.iter(*_CHANGE_TAGS, *_FORMAT_TAGS):
        kind = "格式" if el.tag in _FORMAT_TAGS else _CHANGE_TAGS[el.tag]
        text = _text(el, "delText") if el.tag == _W + "del" else _text(el)
        parent = el.getparent()
        on_mark = el.tag in _CHANGE_TAGS and parent is not None and parent.tag == _W + "rPr"
        (marks if on_mark else facts.changes).append((kind, el.get(_W + "author") or "", text))
    if marks and not facts.changes:
        facts.changes += marks[:1]
    visible: list[str] = []
    for p in root.iter(_W + "p"):
        pstyle = p.find(f"{_W}pPr/{_W}pStyle")
        para_hidden = styles.get(pstyle.get(_VAL) or "", False) if pstyle is not None else False
        stretch: list[str] = []
        for r in p.iter(_W + "r"):
            if next(r.iterancestors(_W + "p")) is not p or any(
                a.tag == _W + "del" for a in r.iterancestors()
            ):
                continue
            text = _text(r)
            if not text:
                continue
            rpr = r.find(_W + "rPr")
            hidden = _on(rpr.find(_W + "vanish")) if rpr is not None else None
            if hidden is None and rpr is not None and (rs := rpr.find(_W + "rStyle")) is not None:
                hidden = styles.get(rs.get(_VAL) or "") or None
            if hidden if hidden is not None else para_hidden:
                stretch.append(text)
                continue
            visible.append(text)
            if stretch:
                facts.hidden.append("".join(stretch))
                stretch = []
        if stretch:
            facts.hidden.append("".join(stretch))
    return visible


def read_docx(path: Path) -> DocxFacts | None:
    """What the .docx at ``path`` carries besides its visible text; None when it is no (safe) .docx."""
    try:
        if not zipfile.is_zipfile(path):
            return None
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "word/document.xml" not in names:
                return None
            safety.check_zip(zf)

            def xml(name: str) -> etree._Element | None:
                return safety.parse_xml(safety.read_member(zf, name)) if name in names else None

            facts = DocxFacts()
            stories = sorted(n for n in names if n.startswith("word/") and n.count("/") == 1 and n.endswith(".xml")
                             and n[5:].startswith(("document", "header", "footer", "footnotes", "endnotes")))  # fmt: skip
            raw = {name: safety.read_member(zf, name) for name in stories}
            styles_raw = safety.read_member(zf, "word/styles.xml") if "word/styles.xml" in names else b""
            # most drafts have neither: a byte search spares parsing the whole document
            if b"vanish" in styles_raw or any(_MARKED.search(data) for data in raw.values()):
                styles = _style_vanish(safety.parse_xml(styles_raw) if styles_raw else None)
                visible: list[str] = []
                for data in raw.values():
                    visible += _part(facts, safety.parse_xml(data), styles)
                facts.visible = "".join("".join(visible).split())
            if (comments := xml("word/comments.xml")) is not None:
                facts.comments = [
                    (c.get(_W + "author") or "", _text(c)) for c in comments.iter(_W + "comment")
                ]
            for part, tag, label in _PROPERTIES:
                root = xml(part)
                el = root.find(tag) if root is not None else None
                value = (el.text or "").strip() if el is not None else ""
                if value and value.lower() not in _GENERIC:
                    facts.properties.append((label, value))
            media = [
                n for n in sorted(names) if n.startswith("word/media/") and n.lower().endswith(_IMAGE_EXT)
            ]
            for name in media:
                if (position := gps_position(safety.read_member(zf, name))) is not None:
                    facts.located.append((name, position))
            return facts
    except (OSError, zipfile.BadZipFile, safety.UnsafeArchive, KeyError, ValueError):
        return None


_CACHE: dict[tuple[str, int, int], DocxFacts | None] = {}


def docx_facts(ctx: CheckContext) -> DocxFacts | None:
    """The facts of ``ctx.original`` when it is a .docx, read once per file version."""
    if ctx.original is None:
        return None
    try:
        st = Path(ctx.original).stat()
    except OSError:
        return None
    key = (str(ctx.original), st.st_mtime_ns, st.st_size)
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = read_docx(Path(ctx.original))
    return _CACHE[key]


def _file(ctx: CheckContext) -> str:
    return ctx.original_name or (Path(ctx.original).name if ctx.original else "草稿文件")


def _excerpt(text: str) -> str:
    """The beginning of ``text``, whitespace squeezed, personal numbers masked."""
    flat = pii.mask_text(" ".join(text.split()))
    return flat if len(flat) <= _EXCERPT else flat[:_EXCERPT] + "…"


def _people(names: Iterable[str]) -> str:
    return "、".join(dict.fromkeys(n for n in names if n)) or "未署名"


@rule(
    "WJ-01-tracked-changes",
    Severity.WARN,
    citation="《长江区2024年政务公开工作要点》九（先审后发，审定稿与发布稿一致）",
    title="草稿含未处理的修订",
    fix="在 Word 中“审阅 → 接受/拒绝所有修订”后重新导入；上传包的发布件会去除修订标记",
    fix_en="In Word, accept or reject all tracked changes (Review → Accept/Reject All Changes), then import the file "
    "again; the publication copy in the upload package drops the tracked-change marks",
)
def tracked_changes(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    facts = docx_facts(ctx)
    if facts is None or not facts.changes:
        return
    counts: dict[str, int] = {}
    for kind, _, _ in facts.changes:
        counts[kind] = counts.get(kind, 0) + 1
    summary = "、".join(f"{k}{n}处" for k, n in counts.items())
    first = next((t for _, _, t in facts.changes if t.strip()), "")
    sample = f"，如“{_excerpt(first)}”" if first else ""
    yield Hit(
        f"草稿文件含未处理的修订{len(facts.changes)}处（{summary}；修订人：{_people(a for _, a, _ in facts.changes)}）{sample}",
        f"The draft has {len(facts.changes)} tracked changes (by {_people(a for _, a, _ in facts.changes)})",
        Location(file=_file(ctx)),
        matched=f"修订:{len(facts.changes)}",
    )


@rule(
    "WJ-02-comments",
    Severity.WARN,
    citation="《长江区2024年政务公开工作要点》九（先审后发）",
    title="草稿含批注",
    fix="处理完批注后在 Word 中“删除文档中的所有批注”再导入；上传包的发布件会去除批注",
    fix_en="Once the comments are dealt with, use Delete All Comments in Document in Word, then import the file "
    "again; the publication copy in the upload package drops comments",
)
def comments(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    facts = docx_facts(ctx)
    if facts is None or not facts.comments:
        return
    first = next((t for _, t in facts.comments if t.strip()), "")
    sample = f"，如“{_excerpt(first)}”" if first else ""
    yield Hit(
        f"草稿文件含批注{len(facts.comments)}条（批注人：{_people(a for a, _ in facts.comments)}）{sample}",
        f"The draft has {len(facts.comments)} comments (by {_people(a for a, _ in facts.comments)})",
        Location(file=_file(ctx)),
        matched=f"批注:{len(facts.comments)}",
    )


@rule(
    "WJ-03-hidden-text",
    Severity.BLOCK,
    citation="《长江区2024年政务公开工作要点》九（保密审查）",
    title="草稿含隐藏文字",
    fix="在 Word 中显示隐藏文字（“文件 → 选项 → 显示 → 隐藏文字”），核对后删除或改为正常文字，再重新导入",
    fix_en="Show the hidden text in Word (File → Options → Display → Hidden text), check it, delete it or make it "
    "normal text, then import the file again",
)
def hidden_text(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    facts = docx_facts(ctx)
    if facts is None:
        return
    repeated = 0
    seen: set[str] = set()
    for text in facts.hidden:
        flat = "".join(text.split())
        if not flat or flat in seen:
            continue
        seen.add(flat)
        if flat in facts.visible:
            repeated += 1
            continue
        yield Hit(
            f"草稿文件含与正文不同的隐藏文字，以“{_excerpt(text)}”开头：须经审核确认",
            f"The draft holds hidden text not shown anywhere, beginning “{_excerpt(text)}”: a reviewer must read it",
            Location(file=_file(ctx)),
            matched=pii.mask_text(flat)[:200],
        )
    if repeated:
        yield Hit(
            f"草稿文件含隐藏文字{repeated}处，内容与可见文字重复；上传包的发布件会去除隐藏文字",
            f"The draft holds {repeated} stretches of hidden text that repeat visible text; the publication copy drops them",
            Location(file=_file(ctx)),
            matched=f"隐藏重复:{repeated}",
            severity=Severity.WARN,
        )


@rule(
    "WJ-04-document-properties",
    Severity.WARN,
    citation="《中华人民共和国个人信息保护法》第六条（最小必要）；《长江区2024年政务公开工作要点》九",
    title="文档属性含个人信息",
    fix="在 Word 中“文件 → 信息 → 检查文档 → 文档属性和个人信息 → 全部删除”；上传包的发布件会清除这些属性",
    fix_en="In Word, use File → Info → Check for Issues → Inspect Document → Document Properties and Personal "
    "Information → Remove All; the publication copy in the upload package clears these properties",
)
def document_properties(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    facts = docx_facts(ctx)
    if facts is None or not facts.properties:
        return
    listed = "、".join(f"{label}“{value}”" for label, value in facts.properties)
    yield Hit(
        f"草稿文件的文档属性含个人信息：{listed}",
        f"The draft's document properties name people or offices: {listed}",
        Location(file=_file(ctx)),
        matched=";".join(f"{label}={value}" for label, value in facts.properties),
    )


def gps_position(data: bytes) -> tuple[float, float] | None:
    """(latitude, longitude) from an image's EXIF GPS IFD, or None when it has no position."""
    from PIL import Image  # imported here: only this rule needs Pillow

    def degrees(value, ref) -> float:
        d, m, s = (float(x) for x in value)
        sign = -1 if str(ref).upper().startswith(("S", "W")) else 1
        return sign * (d + m / 60 + s / 3600)

    try:
        with Image.open(io.BytesIO(data)) as image:
            gps = image.getexif().get_ifd(_GPS_IFD)
            if 2 not in gps or 4 not in gps:
                return None
            return degrees(gps[2], gps.get(1, "N")), degrees(gps[4], gps.get(3, "E"))
    except Exception:  # any unreadable image simply has no position to report
        return None


_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*")
_IMAGE_LIMIT = 64 * 1024 * 1024


def _located(ctx: CheckContext) -> Iterable[tuple[str, tuple[float, float]]]:
    """(name, position) of the media files and of the .docx's own images that carry a GPS position."""
    for name, path in ctx.media:
        try:
            with Path(path).open("rb") as fh:
                if not fh.read(8).startswith(_IMAGE_MAGIC):
                    continue
                fh.seek(0)
                data = fh.read(_IMAGE_LIMIT)
        except OSError:
            continue
        if (position := gps_position(data)) is not None:
            yield name, position
    facts = docx_facts(ctx)
    for member, position in facts.located if facts else ():
        yield f"{_file(ctx)}:{member}", position


@rule(
    "WJ-05-image-location",
    Severity.WARN,
    citation="《中华人民共和国个人信息保护法》第二十八条（行踪轨迹）；《长江区2024年政务公开工作要点》九",
    title="图片含拍摄位置",
    fix="用图片工具去除 EXIF 位置信息（或截图另存）后重新添加；上传包的发布件会去除这些信息",
    fix_en="Remove the EXIF location with an image tool (or save a screenshot instead), then add the image again; "
    "the publication copy in the upload package drops this information",
)
def image_location(ctx: CheckContext, settings: CheckSettings) -> Iterable[Hit]:
    for name, (lat, lon) in _located(ctx):
        where = f"{'北纬' if lat >= 0 else '南纬'}{abs(lat):.1f}°、{'东经' if lon >= 0 else '西经'}{abs(lon):.1f}°"
        yield Hit(
            f"图片 {name} 含拍摄位置（EXIF GPS：{where}）",
            f"Image {name} carries its GPS location (about {lat:.1f}, {lon:.1f})",
            Location(file=name),
            matched=f"GPS:{name}",
        )
