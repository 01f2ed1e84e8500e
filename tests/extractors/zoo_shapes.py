"""Raw WordprocessingML for the shapes of the layout zoo: a text box as Word 2010+ writes it (a
DrawingML ``wps`` shape in ``mc:Choice`` with a VML ``mc:Fallback`` copy), an older VML-only text box,
and a line shape. Widths are in twips, heights and offsets in points; each returns one ``w:r``."""

from __future__ import annotations

EMU_PER_TWIP = 635
EMU_PER_PT = 12700


def _anchor(
    i: int, relative: str, top_pt: float, cx: int, cy: int, wrap: str, name: str, horizontal: str
) -> str:
    return (
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + i}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin">{horizontal}</wp:positionH>'
        f'<wp:positionV relativeFrom="{relative}"><wp:posOffset>{round(top_pt * EMU_PER_PT)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrap}'
        f'<wp:docPr id="{i}" name="{name} {i}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    )


def text_box_run(content: str, i: int, width: int, height_pt: float, top_pt: float, relative: str) -> str:
    cx, cy = width * EMU_PER_TWIP, round(height_pt * EMU_PER_PT)
    choice = (
        "<w:drawing>"
        + _anchor(
            i, relative, top_pt, cx, cy, "<wp:wrapTopAndBottom/>", "文本框", "<wp:align>center</wp:align>"
        )
        + '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
        f"<a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" '
        'anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
    )
    fallback = (
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        + _vml_shape(content, i, width, height_pt, top_pt, relative)
        + "</w:pict>"
    )
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">'
        f"{choice}</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _vml_shape(content: str, i: int, width: int, height_pt: float, top_pt: float, relative: str) -> str:
    return (
        f'<v:shape id="TextBox{i}" o:spid="_x0000_s10{i:02d}" type="#_x0000_t202" filled="f" stroked="f" '
        f'style="position:absolute;margin-left:0;margin-top:{top_pt}pt;width:{width / 20}pt;height:{height_pt}pt;'
        f"z-index:{251659264 + i};mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        f'mso-position-vertical-relative:{relative}"><v:textbox inset="0,0,0,0">'
        f'<w:txbxContent>{content}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/></v:shape>'
    )


def vml_box_run(content: str, i: int, width: int, height_pt: float, top_pt: float) -> str:
    return f"<w:r><w:pict>{_vml_shape(content, i, width, height_pt, top_pt, 'margin')}</w:pict></w:r>"


def line_run(i: int, width: int, top_pt: float, relative: str, color: str) -> str:
    cx = width * EMU_PER_TWIP
    choice = (
        "<w:drawing>"
        + _anchor(
            i, relative, top_pt, cx, 0, "<wp:wrapNone/>", "直接连接符", "<wp:posOffset>0</wp:posOffset>"
        )
        + f'<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="0"/></a:xfrm>'
        f'<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="19050"><a:solidFill><a:srgbClr val="{color}"/>'
        "</a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    fallback = (
        f'<w:pict><v:line id="Line{i}" style="position:absolute;z-index:{251659264 + i};'
        f'mso-position-horizontal-relative:margin;mso-position-vertical-relative:{relative}" '
        f'from="0,{top_pt}pt" to="{width / 20}pt,{top_pt}pt" strokecolor="#{color}" strokeweight="1.5pt"/></w:pict>'
    )
    return (
        f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
        f"<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>"
    )
