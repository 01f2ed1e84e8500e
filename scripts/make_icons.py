"""Render the application icon ``resources/icons/policypress.svg`` to the PNG sizes and the Windows
``.ico`` that the packaged app and desktop entries use.

    .venv/bin/python scripts/make_icons.py          # writes resources/icons/policypress-<N>.png and policypress.ico

The SVG is the source (a 公文 page with a red 版头 and a check mark; no text); it is drawn by Qt's
SVG renderer at each size (not scaled down from one bitmap, so the small sizes stay sharp), and
Pillow packs the bitmaps into the ``.ico``. Run it again after changing the SVG.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "policypress.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    rendered = {size: render_png(size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        (ICONS / f"policypress-{size}.png").write_bytes(rendered[size])
    images = [Image.open(io.BytesIO(rendered[size])).convert("RGBA") for size in ICO_SIZES]
    largest = images[-1]
    largest.save(
        ICONS / "policypress.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )
    for path in sorted(ICONS.glob("policypress*")):
        print(f"{path.relative_to(ICONS.parents[1])}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
