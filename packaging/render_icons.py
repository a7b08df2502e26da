"""Render the app icon's PNG sizes from its SVG: `python packaging/render_icons.py`.

The PNGs are committed (a few KB each) so that no SVG plugin is needed to show the icon and the
desktop entry installs without a build step; run this again after changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spacesgui.ui.resources import APP_ID, ICON_SIZES  # noqa: E402

APP_DIR = ROOT / "resources" / "icons" / "app"


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # draws into images: no screen needed
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts, images
    svg = APP_DIR / f"{APP_ID}.svg"
    for size in ICON_SIZES:
        out = APP_DIR / f"{APP_ID}-{size}.png"
        if not render(svg, size).save(str(out), "PNG", 9):
            raise SystemExit(f"could not write {out}")
        print(f"{out.relative_to(ROOT)}  {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
