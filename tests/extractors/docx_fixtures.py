"""Builders for the files the reader tests need: small .docx packages from raw WordprocessingML,
long documents made with python-docx, hostile zips, OLE2 containers and LibreOffice-encrypted files."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
SECT = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'


def run(text: str, rpr: str = "") -> str:
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text: str = "", rpr: str = "", ppr: str = "", runs: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run(text, rpr) if text else ''}{runs}</w:p>"


def table(rows: list[list[str]]) -> str:
    """A table; each cell is raw block XML (paragraphs or nested tables)."""
    body = "".join("<w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in row) + "</w:tr>" for row in rows)
    return f"<w:tbl><w:tblPr/>{body}</w:tbl>"


def write_docx(
    path: Path,
    body: str,
    *,
    styles: str | None = None,
    headers: tuple[str, ...] = (),
    footers: tuple[str, ...] = (),
    document_xml: bytes | None = None,
    parts: dict[str, bytes] | None = None,
) -> Path:
    """A minimal but valid .docx: ``body`` is the XML inside ``w:body`` (without the final sectPr).
    ``parts`` replaces whole parts (word/header1.xml...) with raw bytes."""
    rels = [f'<Relationship Id="rIdS" Type="{_REL}/styles" Target="styles.xml"/>'] if styles else []
    refs = []
    own: dict[str, str | bytes] = {}
    for kind, contents in (("header", headers), ("footer", footers)):
        tag = "w:hdr" if kind == "header" else "w:ftr"
        for i, xml in enumerate(contents, 1):
            rels.append(f'<Relationship Id="rId{kind}{i}" Type="{_REL}/{kind}" Target="{kind}{i}.xml"/>')
            refs.append(
                f'<w:{kind}Reference w:type="{"default" if i == 1 else "first"}" r:id="rId{kind}{i}"/>'
            )
            own[f"word/{kind}{i}.xml"] = f"<{tag} {NS}>{xml}</{tag}>"
    sect = f'<w:sectPr>{"".join(refs)}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    document = (
        document_xml
        or f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{body}{sect}</w:body></w:document>'.encode()
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        zf.writestr("word/document.xml", document)
        zf.writestr(
            "word/_rels/document.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels)
            + "</Relationships>",
        )
        if styles:
            zf.writestr("word/styles.xml", f"<w:styles {NS}>{styles}</w:styles>")
        for name, xml in own.items():
            zf.writestr(name, (parts or {}).get(name, xml))
    return path


def text_box(text: str, relative_from: str | None = None) -> str:
    """A run holding a text box the way Word 2010+ writes it: DrawingML choice, VML fallback copy;
    ``relative_from`` positions it vertically from the page, the margin or the paragraph."""
    inner = f"<w:txbxContent>{para(text)}</w:txbxContent>"
    position = (
        f'<wp:positionV relativeFrom="{relative_from}"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        if relative_from
        else ""
    )
    return (
        "<w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wp:anchor>{position}<a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx>{inner}</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{inner}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


IMAGE_RUN = (
    '<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rIdImg"/>'
    "</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
)


def long_docx(path: Path, pages: int) -> Path:
    """A 公文-like document of ``pages`` pages, made with python-docx (its full default styles.xml)."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, RGBColor

    doc = Document()
    head = doc.add_paragraph().add_run("某某区人民政府办公室文件")
    head.font.size, head.font.color.rgb = Pt(36), RGBColor(0xFF, 0, 0)
    sentence = (
        "为进一步规范政务公开工作，提升政策文件发布质量，根据有关规定，结合本区实际，现就有关事项通知如下。"
    )
    for page in range(pages):
        doc.add_paragraph().add_run(
            f"{'一二三四五六七八九十'[page % 10]}、第{page + 1}部分工作要求"
        ).bold = True
        for n in range(5):
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            for part in (f"（{n + 1}）", sentence, sentence[:20]):
                p.add_run(part).font.size = Pt(16)
        grid = doc.add_table(rows=3, cols=3)
        for r, row in enumerate(grid.rows):
            for c, cell in enumerate(row.cells):
                cell.text = f"第{r + 1}行第{c + 1}列"
        if page < pages - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("抄送：区委办公室，区人大常委会办公室。")
    doc.save(str(path))
    return path


def zip_bomb(path: Path, member_mb: int = 300) -> Path:
    """A .docx whose document.xml inflates to ``member_mb`` MB of zeros, written in chunks."""
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            for _ in range(member_mb):
                fh.write(chunk)
    return path


def cfb(streams: dict[str, bytes]) -> bytes:
    """A minimal valid OLE2 compound file (v3, 512-byte sectors) holding ``streams`` in the root
    storage. Streams are padded to 4096 bytes so that none lives in the mini stream."""
    sector = 512
    datas = [data.ljust(4096, b"\0") for data in streams.values()]
    first_data = 2  # sector 0: FAT, sector 1: directory
    starts, chain, next_free = [], [0xFFFFFFFD, 0xFFFFFFFE], first_data
    for data in datas:
        count = len(data) // sector
        starts.append(next_free)
        chain += [next_free + i + 1 for i in range(count - 1)] + [0xFFFFFFFE]
        next_free += count
    assert len(streams) <= 3 and len(chain) <= 128, "fixture CFB holds up to 3 small streams"
    fat = struct.pack(f"<{len(chain)}I", *chain).ljust(sector, b"\xff")

    def entry(
        name: str, kind: int, start: int, size: int, child: int = 0xFFFFFFFF, right: int = 0xFFFFFFFF
    ) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (
            raw.ljust(64, b"\0")
            + struct.pack("<HBBIII", len(raw), kind, 1, 0xFFFFFFFF, right, child)
            + b"\0" * 36
            + struct.pack("<IQ", start, size)
        )

    entries = [entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1 if streams else 0xFFFFFFFF)]
    for i, (name, start, data) in enumerate(zip(streams, starts, datas, strict=True)):
        right = i + 2 if i + 1 < len(streams) else 0xFFFFFFFF
        entries.append(entry(name, 2, start, len(data), right=right))
    directory = b"".join(entries).ljust(sector, b"\0")
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
        + struct.pack("<I", 0)
        + b"\xff" * (108 * 4)
    )
    return header + fat + directory + b"".join(datas)


def word_fib(encrypted: bool) -> bytes:
    """The start of a WordDocument stream: FIB magic, nFib and flags with fEncrypted (0x0100)."""
    # wIdent, nFib, unused, lid (zh-CN), pnNext, flags (offset 0x0A)
    return struct.pack("<6H", 0xA5EC, 0x00C1, 0, 0x0804, 0, 0x0100 if encrypted else 0) + b"\0" * 100


# -- LibreOffice ---------------------------------------------------------------------------------

_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Encrypt(src As String, dst As String, fmt As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, load())
  Dim enc(1) As New com.sun.star.beans.NamedValue
  enc(0).Name = &quot;OOXPassword&quot;
  enc(0).Value = &quot;secret&quot;
  enc(1).Name = &quot;CryptoType&quot;
  enc(1).Value = &quot;Standard&quot;
  Dim out(1) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = fmt
  If fmt = &quot;MS Word 97&quot; Then
    out(1).Name = &quot;Password&quot;
    out(1).Value = &quot;secret&quot;
  Else
    out(1).Name = &quot;EncryptionData&quot;
    out(1).Value = enc()
  End If
  doc.storeToURL(ConvertToURL(dst), out())
  doc.close(True)
End Sub
</script:module>
"""


def lo_encrypt(soffice: str, jobs: list[tuple[Path, Path, str]], timeout: float = 120) -> None:
    """Save each (source, target, filter) with the password "secret" through a LibreOffice Basic
    macro in a throw-away profile ("MS Word 97" for .doc, "Office Open XML Text" for .docx)."""
    with tempfile.TemporaryDirectory(prefix="pp-lo-enc-") as tmp:
        profile = Path(tmp) / "profile"
        base = [soffice, "--headless", "--norestore", "--nologo", f"-env:UserInstallation={profile.as_uri()}"]
        env = {**os.environ, "HOME": tmp}
        subprocess.run([*base, "--terminate_after_init"], timeout=timeout, capture_output=True, env=env)
        module = profile / "user" / "basic" / "Standard" / "Module1.xba"
        module.parent.mkdir(parents=True, exist_ok=True)
        module.write_text(_MACRO, encoding="utf-8")
        for source, target, fmt in jobs:
            src = Path(tmp) / ("src" + source.suffix)
            shutil.copyfile(source, src)
            macro = f'macro:///Standard.Module1.Encrypt("{src}","{target}","{fmt}")'
            subprocess.run([*base, macro], timeout=timeout, capture_output=True, env=env)
