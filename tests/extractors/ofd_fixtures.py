"""Build real-structure OFD files (GB/T 33190) for the reader's tests.

``build_ofd(path, pages)`` writes OFD.xml (DocInfo, DocRoot) → Doc_0/Document.xml (CommonData with
MaxUnitID, PageArea, PublicRes, DocumentRes, an optional TemplatePage; Pages with BaseLoc) →
PublicRes.xml (Fonts 仿宋/小标宋/黑体 with FontName and FamilyName) → Pages/Page_N/Content.xml
(a Layer of TextObjects, each with Boundary, Font, Size, optional FillColor, and TextCode with
DeltaX in the run-length ``g`` form). A line can be split into several TextObjects (as 数科 and
福昕 writers do) or into one TextObject per character. Units are millimetres throughout.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

NS = "http://www.ofdspec.org/2016"
MM_PER_PT = 25.4 / 72

# GB/T 9704 A4: left margin 28 mm, top 37 mm, type area 156 × 225 mm
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, TOP, AREA_W = 28.0, 37.0, 156.0
SIZE_3 = 16 * MM_PER_PT  # 3号, body text
SIZE_2 = 22 * MM_PER_PT  # 2号, title
SIZE_4 = 14 * MM_PER_PT  # 4号, 版记 and page numbers
PITCH = 225.0 / 22  # 22 lines per page
BODY_ADVANCE = AREA_W / 28  # 28 characters per line

FONTS = {
    "仿宋": ("3", "仿宋_GB2312", "仿宋"),
    "小标宋": ("4", "方正小标宋简体", "小标宋"),
    "黑体": ("5", "黑体", "黑体"),
}
RED = (230, 0, 18)


@dataclass(frozen=True)
class TextLine:
    """One visual line: text from x (left of the first character) at baseline y, in mm."""

    text: str
    x: float
    y: float
    size: float = SIZE_3
    advance: float | None = None  # distance between characters; the size by default
    font: str = "仿宋"
    color: tuple[int, int, int] | None = None
    split: int = 1  # write the line as this many TextObjects
    per_char: bool = False  # one TextObject per character (some converters do this)


def advance_of(ch: str, line: TextLine) -> float:
    step = line.advance or line.size
    return step / 2 if ch.isascii() and ch != " " else step


def width_of(text: str, size: float) -> float:
    return sum(size / 2 if c.isascii() else size for c in text)


def centred(text: str, y: float, size: float = SIZE_2, font: str = "小标宋", **kw: object) -> TextLine:
    width = width_of(text, size)
    return TextLine(text, LEFT + (AREA_W - width) / 2, y, size=size, font=font, **kw)  # type: ignore[arg-type]


def paragraph(
    text: str, y: float, indent_chars: int = 2, size: float = SIZE_3, **kw: object
) -> list[TextLine]:
    """A body paragraph wrapped at the type area's width, the first line indented two characters."""
    lines: list[TextLine] = []
    rest, first = text, True
    while rest:
        x = LEFT + (indent_chars if first else 0) * BODY_ADVANCE
        room, n = LEFT + AREA_W - x, 0
        while n < len(rest) and room >= (BODY_ADVANCE / 2 if rest[n].isascii() else BODY_ADVANCE) - 1e-6:
            room -= BODY_ADVANCE / 2 if rest[n].isascii() else BODY_ADVANCE
            n += 1
        lines.append(TextLine(rest[:n], x, y, size=size, advance=BODY_ADVANCE, **kw))  # type: ignore[arg-type]
        rest = rest[n:]
        y += PITCH
        first = False
    return lines


def page_number(n: int, odd_right: bool = True) -> TextLine:
    text = f"— {n} —"
    width = SIZE_4 * 2 + SIZE_4 / 2 * (len(str(n)) + 2)
    y = TOP + 225 + 7 + SIZE_4
    x = LEFT + AREA_W - SIZE_4 - width if (n % 2 and odd_right) else LEFT + SIZE_4
    return TextLine(text, x, y, size=SIZE_4)


def _delta_x(line: TextLine, text: str) -> str:
    """DeltaX for the characters after the first, run-length encoded with 'g' where it repeats."""
    steps = [advance_of(ch, line) for ch in text[:-1]]
    parts: list[str] = []
    i = 0
    while i < len(steps):
        j = i
        while j < len(steps) and abs(steps[j] - steps[i]) < 1e-9:
            j += 1
        count = j - i
        parts.append(f"g {count} {steps[i]:.4f}" if count > 1 else f"{steps[i]:.4f}")
        i = j
    return " ".join(parts)


def _pieces(line: TextLine) -> list[tuple[str, float]]:
    """(text, x) of each TextObject the line is written as."""
    chars = list(line.text)
    xs: list[float] = []
    x = line.x
    for ch in chars:
        xs.append(x)
        x += advance_of(ch, line)
    if line.per_char:
        return [(c, xs[i]) for i, c in enumerate(chars) if c != " "]
    n = max(1, min(line.split, len(chars)))
    size = -(-len(chars) // n)
    return [("".join(chars[i : i + size]), xs[i]) for i in range(0, len(chars), size)]


class _Ids:
    def __init__(self, start: int = 100) -> None:
        self.value = start

    def next(self) -> int:
        self.value += 1
        return self.value


def _text_objects(lines: Sequence[TextLine], ids: _Ids) -> str:
    out: list[str] = []
    for line in lines:
        if not line.text:
            continue
        font_id = FONTS[line.font][0]
        for text, x in _pieces(line):
            width = sum(advance_of(c, line) for c in text)
            top = line.y - line.size * 0.88
            boundary = f"{x:.4f} {top:.4f} {width + 0.5:.4f} {line.size * 1.2:.4f}"
            color = (
                f'<ofd:FillColor Value="{line.color[0]} {line.color[1]} {line.color[2]}"/>'
                if line.color
                else ""
            )
            delta = f' DeltaX="{_delta_x(line, text)}"' if len(text) > 1 else ""
            weight = ' Weight="700"' if line.font == "黑体" else ""
            out.append(
                f'<ofd:TextObject ID="{ids.next()}" Boundary="{boundary}" Font="{font_id}" '
                f'Size="{line.size:.4f}"{weight}>{color}'
                f'<ofd:TextCode X="0" Y="{line.y - top:.4f}"{delta}>{escape(text)}</ofd:TextCode>'
                "</ofd:TextObject>"
            )
    return "".join(out)


def _page_xml(body: str, ids: _Ids, template_id: int | None) -> str:
    template = f'<ofd:Template TemplateID="{template_id}" ZOrder="Background"/>' if template_id else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}">{template}'
        f'<ofd:Content><ofd:Layer ID="{ids.next()}" Type="Body">{body}</ofd:Layer></ofd:Content></ofd:Page>'
    )


def _png_bytes() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + b"\xff\xff\xff" * 8 for _ in range(8))
    ihdr = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    )


def build_ofd(
    path: Path,
    pages: Sequence[Sequence[TextLine]],
    *,
    template: Sequence[TextLine] = (),
    image_only: bool = False,
    absolute_baseloc: bool = False,
    extra_members: dict[str, bytes] | None = None,
    title: str = "测试公文",
) -> Path:
    """Write an OFD with the given pages of lines; ``image_only`` puts one scanned image on each page."""
    ids = _Ids()
    members: dict[str, bytes | str] = {}
    members["OFD.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD">'
        "<ofd:DocBody><ofd:DocInfo><ofd:DocID>5c1a0d3f9e8b4c7d8a6e2f1b0c9d8e7f</ofd:DocID>"
        f"<ofd:Title>{escape(title)}</ofd:Title><ofd:Author>测试</ofd:Author>"
        "<ofd:CreationDate>2024-06-04</ofd:CreationDate><ofd:Creator>PolicyPress tests</ofd:Creator>"
        "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )
    fonts = "".join(
        f'<ofd:Font ID="{fid}" FontName="{name}" FamilyName="{family}"/>'
        for fid, name, family in FONTS.values()
    )
    members["Doc_0/PublicRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res">'
        f"<ofd:Fonts>{fonts}</ofd:Fonts></ofd:Res>"
    )
    members["Doc_0/DocumentRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res">'
        '<ofd:MultiMedias><ofd:MultiMedia ID="20" Type="Image" Format="PNG">'
        "<ofd:MediaFile>image_20.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>"
    )
    members["Doc_0/Res/image_20.png"] = _png_bytes()
    prefix = "/Doc_0/" if absolute_baseloc else ""
    template_ref = ""
    template_id: int | None = None
    if template:
        template_id = 2
        template_ref = f'<ofd:TemplatePage ID="2" BaseLoc="{prefix}Tpls/Tpl_0/Content.xml"/>'
        members["Doc_0/Tpls/Tpl_0/Content.xml"] = _page_xml(_text_objects(template, ids), ids, None)
    page_refs = []
    for n, lines in enumerate(pages):
        page_id = ids.next()
        page_refs.append(f'<ofd:Page ID="{page_id}" BaseLoc="{prefix}Pages/Page_{n}/Content.xml"/>')
        if image_only:
            body = (
                f'<ofd:ImageObject ID="{ids.next()}" ResourceID="20" Boundary="0 0 {PAGE_W} {PAGE_H}" '
                f'CTM="{PAGE_W} 0 0 {PAGE_H} 0 0"/>'
            )
        else:
            body = _text_objects(lines, ids)
        members[f"Doc_0/Pages/Page_{n}/Content.xml"] = _page_xml(body, ids, template_id)
    members["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
        f"<ofd:MaxUnitID>{ids.value + 1}</ofd:MaxUnitID>"
        f"<ofd:PageArea><ofd:PhysicalBox>0 0 {PAGE_W} {PAGE_H}</ofd:PhysicalBox></ofd:PageArea>"
        "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>"
        f"{template_ref}</ofd:CommonData><ofd:Pages>{''.join(page_refs)}</ofd:Pages></ofd:Document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in {**members, **(extra_members or {})}.items():
            zf.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


# ---- a 3-page 公文 -------------------------------------------------------------------------------

ISSUER = "昌江区人民政府办公室文件"
DOC_NUMBER = "昌府办字〔2024〕26号"
TITLE_LINES = ("昌江区人民政府办公室关于印发《昌江区", "2024年政务公开工作要点》的通知")
RECIPIENTS = "各乡（镇）人民政府、街道办事处，区政府各部门，区直各单位："
BODY = (
    "现将《昌江区2024年政务公开工作要点》印发给你们，请认真抓好贯彻落实。今年是新中国成立75周年，"
    "是实现“十四五”规划目标任务的关键一年，全区政府系统做好政务公开工作，要坚持以习近平新时代中国特色"
    "社会主义思想为指导，统筹政务公开和安全保密，以高质量政务公开服务全区经济社会高质量发展。"
)
SECOND = (
    "规范政务公开基础信息格式。围绕政务动态、规范性文件、政策解读、规范意见征集信息等栏目，"
    "统一信息发布格式，确保标题、文号、发布机构、成文日期、有效性等要素齐全准确，"
    "方便群众查阅和使用，切实提升政府网站信息发布质量。"
)
CC = (
    "抄送：区委办公室，区人大常委会办公室，区政协办公室，区纪委监委，区法院，区检察院，区人武部，"
    "各人民团体，各民主党派，区工商联，驻区各单位。"
)


def gongwen_pages(split: int = 1) -> list[list[TextLine]]:
    """Three pages: 版头 (red issuer mark, 文号), two-line title, body; more body; signature and 版记."""
    y = TOP + 35 + 12
    page1: list[TextLine] = [centred(ISSUER, y, size=11.0, color=RED, split=split)]
    y += 20
    page1.append(centred(DOC_NUMBER, y, size=SIZE_3, font="仿宋", split=split))
    y += 2 * PITCH + 4
    for text in TITLE_LINES:
        page1.append(centred(text, y, split=split))
        y += PITCH
    y += PITCH
    page1.append(TextLine(RECIPIENTS[:28], LEFT, y, advance=BODY_ADVANCE, split=split))
    page1.append(TextLine(RECIPIENTS[28:], LEFT, y + PITCH, advance=BODY_ADVANCE, split=split))
    y += 2 * PITCH
    page1 += paragraph(BODY, y)
    page1.append(page_number(1))
    y = TOP + SIZE_3
    page2 = [TextLine("一、规范基础信息", LEFT + 2 * BODY_ADVANCE, y, font="黑体", advance=BODY_ADVANCE)]
    page2 += paragraph(SECOND, y + PITCH)
    page2.append(page_number(2))
    y = TOP + SIZE_3
    page3 = paragraph("本要点自印发之日起施行。", y)
    page3.append(
        TextLine("昌江区人民政府办公室", LEFT + 15 * BODY_ADVANCE, y + 3 * PITCH, advance=BODY_ADVANCE)
    )
    page3.append(TextLine("2024年6月4日", LEFT + 17 * BODY_ADVANCE, y + 4 * PITCH, advance=BODY_ADVANCE))
    page3.append(TextLine("（此件公开发布）", LEFT + 2 * BODY_ADVANCE, y + 5 * PITCH, advance=BODY_ADVANCE))
    cc_advance = SIZE_4 * 1.02
    first_room, rest_room = 29, 26
    cc_y = TOP + 225 - 3 * PITCH
    page3.append(TextLine(CC[:first_room], LEFT + SIZE_4, cc_y, size=SIZE_4, advance=cc_advance))
    page3.append(
        TextLine(
            CC[first_room:][:rest_room],
            LEFT + SIZE_4 + 3 * cc_advance,
            cc_y + 7,
            size=SIZE_4,
            advance=cc_advance,
        )
    )
    page3.append(
        TextLine(
            CC[first_room + rest_room :],
            LEFT + SIZE_4 + 3 * cc_advance,
            cc_y + 14,
            size=SIZE_4,
            advance=cc_advance,
        )
    )
    page3.append(TextLine("昌江区人民政府办公室", LEFT + SIZE_4, cc_y + 24, size=SIZE_4))
    printed = "2024年6月4日印发"
    page3.append(
        TextLine(printed, LEFT + AREA_W - SIZE_4 - width_of(printed, SIZE_4), cc_y + 24, size=SIZE_4)
    )
    return [page1, page2, page3]
