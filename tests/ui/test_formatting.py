"""Human sizes, dates and kinds; icons that render without an icon theme."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from spacesgui.ui import icons
from spacesgui.ui.formatting import (
    exact_size,
    full_time,
    human_size,
    human_time,
    kind_category,
    kind_label,
)
from spacesgui.ui.models.entries import Entry


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(("size", "text"), [
    (None, ""), (0, "0 bytes"), (1, "1 byte"), (1023, "1,023 bytes"), (1024, "1.0 KiB"),
    (1536, "1.5 KiB"), (1024 * 1024 - 1, "1.0 MiB"), (5 * 1024**3 + 1024**3 // 2, "5.5 GiB"),
    (3 * 1024**4, "3.0 TiB"),
])
def test_human_size(size: int | None, text: str) -> None:
    assert human_size(size) == text


def test_exact_size_groups_digits() -> None:
    assert exact_size(1234567) == "1,234,567 bytes"
    assert exact_size(None) == ""


def test_german_locale_uses_its_decimal_comma() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert human_size(1536) == "1,5 KiB"


def test_human_time_is_relative_today_and_a_date_before() -> None:
    now = datetime.now(UTC).replace(hour=12, minute=0)
    assert human_time(None) == ""
    assert human_time(now - timedelta(seconds=20), now=now) == "just now"
    assert human_time(now - timedelta(minutes=1), now=now) == "1 minute ago"
    assert human_time(now - timedelta(minutes=42), now=now) == "42 minutes ago"
    assert human_time(now - timedelta(hours=3), now=now) == "3 hours ago"
    old = datetime(2021, 3, 4, 5, 6, tzinfo=UTC)
    text = human_time(old, now=now)
    assert "21" in text and "ago" not in text
    assert "2021" in full_time(old)


@pytest.mark.parametrize(("name", "category", "label"), [
    ("photo.JPG", "image", "JPG image"), ("clip.mp4", "video", "MP4 video"),
    ("song.flac", "audio", "FLAC audio"), ("notes.txt", "text", "Text document"),
    ("main.py", "code", "Python source"), ("x.c", "code", "C source"),
    ("site.tar.gz", "archive", "GZ archive"),
    ("paper.pdf", "pdf", "PDF document"), ("blob", "generic", "File"),
    ("data.xyz", "generic", "XYZ file"), ("seg.ts", "video", "MPEG-TS video"),
    ("docs/", "folder", "Folder"),
])
def test_kinds(name: str, category: str, label: str) -> None:
    assert kind_category(name) == category
    assert kind_label(name) == label


def test_content_type_decides_when_the_extension_does_not() -> None:
    assert kind_category("upload-1234", "image/webp") == "image"
    assert kind_category("upload-1234", "application/pdf") == "pdf"


def _ink(icon_image: QImage) -> int:
    """Pixels that are not fully transparent."""
    return sum(1 for y in range(icon_image.height()) for x in range(icon_image.width())
               if QColor(icon_image.pixel(x, y)).alpha() > 0)


@pytest.mark.parametrize("size", [16, 32])
def test_every_icon_renders_and_kinds_differ(size: int) -> None:
    images = {}
    for category in ("image", "video", "audio", "text", "code", "archive", "pdf", "generic"):
        image = icons.kind_icon(category).pixmap(size, size).toImage()
        assert _ink(image) > size * size // 4, f"{category} renders blank"
        images[category] = image
    assert len({bytes(i.constBits()) for i in images.values()}) == len(images)
    for icon in (icons.folder_icon(), icons.bucket_icon(), icons.account_icon(),
                 icons.warning_icon()):
        assert _ink(icon.pixmap(size, size).toImage()) > 0
    folder = Entry("docs", "docs/", True, None, None, None, None)
    assert icons.icon_for(folder).cacheKey() == icons.folder_icon().cacheKey()
