"""Icons for folders, buckets, accounts and file kinds.

The desktop's icon theme wins when there is one (QIcon.fromTheme). Without a theme (offscreen,
a bare Xvfb, Windows, macOS) Qt's standard icons cover folders and drives, and file kinds get
small document glyphs painted here, so types stay distinguishable and nothing renders blank.
They are drawn in code rather than shipped as SVGs so that no image plugin or package data is
needed to show them.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from spacesgui.ui.formatting import kind_category
from spacesgui.ui.models.entries import Entry

# category -> (freedesktop theme name, band colour, label painted on larger sizes)
_KINDS: dict[str, tuple[str, str, str]] = {
    "image": ("image-x-generic", "#2e8b57", "IMG"),
    "video": ("video-x-generic", "#7d3c98", "VID"),
    "audio": ("audio-x-generic", "#d35400", "AUD"),
    "text": ("text-x-generic", "#3f6f9f", "TXT"),
    "code": ("text-x-script", "#138d75", "</>"),
    "archive": ("package-x-generic", "#8d5524", "ZIP"),
    "pdf": ("application-pdf", "#c0392b", "PDF"),
    "generic": ("application-octet-stream", "#7f8c8d", ""),
}
_SIZES = (16, 22, 24, 32, 48, 64)


def _paint_document(size: int, colour: str, label: str, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    left, right, top, bottom, fold = 0.17 * s, 0.83 * s, 0.05 * s, 0.95 * s, 0.24 * s
    page = QPainterPath(QPointF(left, top))
    page.lineTo(right - fold, top)
    page.lineTo(right, top + fold)
    page.lineTo(right, bottom)
    page.lineTo(left, bottom)
    page.closeSubpath()
    painter.setPen(QPen(QColor("#6b7280"), max(1.0, s / 32)))
    painter.setBrush(QColor("#fdfdfd"))
    painter.drawPath(page)
    corner = QPainterPath(QPointF(right - fold, top))
    corner.lineTo(right - fold, top + fold)
    corner.lineTo(right, top + fold)
    painter.setBrush(QColor("#d7dbe0"))
    painter.drawPath(corner)
    band = QRectF(left + 0.5, bottom - 0.36 * s, right - left - 1, 0.24 * s)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRect(band)
    if label and size >= 22:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, round(0.2 * s)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, label)
    else:  # small sizes: two text lines instead of a label, so the page still reads as a file
        painter.setPen(QPen(QColor("#9aa3ad"), max(1.0, s / 16)))
        for y in (0.32, 0.46):
            painter.drawLine(QPointF(left + 0.12 * s, y * s), QPointF(right - 0.12 * s, y * s))
    painter.end()
    return pixmap


@cache
def painted_kind_icon(category: str) -> QIcon:
    """The painted fallback for a file category (also used by tests to check it renders)."""
    _theme, colour, label = _KINDS[category]  # a closed set: kind_category() returns one of these
    icon = QIcon()
    for size in _SIZES:
        for ratio in (1.0, 2.0):
            icon.addPixmap(_paint_document(size, colour, label, ratio))
    return icon


def _standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


@cache
def kind_icon(category: str) -> QIcon:
    """The icon for a file category: the theme's if it has one, else the painted glyph."""
    if category == "folder":
        return folder_icon()
    theme, _colour, _label = _KINDS[category]  # a closed set: kind_category() returns one of these
    return QIcon.fromTheme(theme, painted_kind_icon(category))


@cache
def folder_icon() -> QIcon:
    return QIcon.fromTheme("folder", _standard(QStyle.StandardPixmap.SP_DirIcon))


@cache
def bucket_icon() -> QIcon:
    return QIcon.fromTheme("folder-remote", _standard(QStyle.StandardPixmap.SP_DriveNetIcon))


@cache
def account_icon() -> QIcon:
    return QIcon.fromTheme("network-server", _standard(QStyle.StandardPixmap.SP_ComputerIcon))


@cache
def warning_icon() -> QIcon:
    return QIcon.fromTheme("dialog-warning",
                           _standard(QStyle.StandardPixmap.SP_MessageBoxWarning))


def icon_for(entry: Entry, content_type: str | None = None) -> QIcon:
    """Folder or file-kind icon for a table row (by extension, else by Content-Type)."""
    if entry.is_folder:
        return folder_icon()
    return kind_icon(kind_category(entry.name, content_type))
