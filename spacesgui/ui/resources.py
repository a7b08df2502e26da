"""The app's own files: its icon, the action icons, the desktop entry and the AppStream data.

They live in the repository's top-level `resources/`. A wheel installs them as the package data
`spacesgui/data` (setup.py maps the one to the other) and the PyInstaller build puts them at the
same place, so the lookup is the same from a clone, an installed wheel and a frozen build.

Action icons are monochrome SVGs drawn in `currentColor`; they are painted at the size asked for
in the palette's text colour of the moment, so they stay crisp at any scale and readable on a
light or a dark palette, and follow a theme switch without being reloaded.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.spacesgui.spacesgui"  # the desktop entry's and AppStream's id
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def data_dir() -> Path:
    """The directory holding icons/, the desktop entry and the metainfo."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "data", package.parent / "resources"):
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError(f"spacesgui's resources are missing (looked in {package / 'data'})")


def resource(*parts: str) -> Path:
    return data_dir().joinpath(*parts)


def app_icon_png(size: int) -> Path:
    return resource("icons", "app", f"{APP_ID}-{size}.png")


@cache
def app_icon() -> QIcon:
    """The application icon: the rendered PNGs for the usual sizes, the SVG for any other."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(app_icon_png(size)), QSize(size, size))
    return icon


class _TintedSvgEngine(QIconEngine):
    """Paints a `currentColor` SVG in the palette's text colour for the icon's mode."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, float, QIcon.Mode, int], QPixmap] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        palette = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled \
            else QPalette.ColorGroup.Active
        role = QPalette.ColorRole.HighlightedText if mode == QIcon.Mode.Selected \
            else QPalette.ColorRole.ButtonText
        colour: QColor = palette.color(group, role)
        name = colour.name(QColor.NameFormat.HexArgb)
        renderer = self._renderers.get(name)
        if renderer is None:
            svg = self._svg.replace(b"currentColor", colour.name().encode())
            renderer = QSvgRenderer(QByteArray(svg))
            if colour.alpha() < 255:
                renderer.setProperty("opacity", colour.alphaF())
            self._renderers[name] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter, rect)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,  # noqa: N802
                     scale: float) -> QPixmap:
        # Toolbars ask on every repaint: keep what was drawn, per size, scale, mode and colour.
        renderer = self._renderer(mode)
        key = (size.width(), size.height(), scale, mode, id(renderer))
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(size * scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._svg)

    def isNull(self) -> bool:  # noqa: N802 - Qt override
        return not self._svg


@cache
def action_icon(name: str) -> QIcon | None:
    """The bundled icon for the action `name`, or None when the app ships none for it."""
    path = resource("icons", "actions", f"{name}.svg")
    if not path.is_file():
        return None
    return QIcon(_TintedSvgEngine(path.read_bytes()))
