"""Render the share, properties, new-bucket and preview dialogs to PNGs for a look by eye.

Usage: python packaging/screenshots/screenshot_dialogs.py OUT_DIR
Needs a display (Xvfb, e.g. DISPLAY=:93) or QT_QPA_PLATFORM=offscreen. No network: an
in-memory client answers HEAD, tagging, ACL and GET the way the real one does.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication
from screenshot_support import grab, wait_until

from spacesgui.s3 import S3Client
from spacesgui.s3.models.acl import AccessControlPolicy, ObjectTagging, Owner
from spacesgui.s3.models.objects import ObjectHead
from spacesgui.s3.spaces import SPACES_REGIONS
from spacesgui.ui.dialogs.new_bucket import NewBucketDialog
from spacesgui.ui.dialogs.properties import PropertiesDialog
from spacesgui.ui.dialogs.share_link import ShareLinkDialog
from spacesgui.ui.preview import PreviewDialog
from spacesgui.workers.tasks import TaskRunner

WAIT_MS = 5_000

OWNER = Owner("3f6a1c", "ann")
TEXT = (
    "# Deploy notes \u2014 r\u00e9sum\u00e9 of the 3.2 release\n\n"
    "1. Upload the build to spaces://releases/3.2/\n"
    "2. Purge the CDN cache for /latest/*\n"
    "3. Tell the team \u2603\n\n" + "".join(f"line {i:04d}: ok\n" for i in range(60)))


class _Body:
    def __init__(self, head: ObjectHead, data: bytes) -> None:
        self.head, self._data = head, data

    def iter_chunks(self, chunk_size: int = 65536, *, cancel: Any = None) -> Iterator[bytes]:
        yield self._data

    def close(self) -> None:
        pass


class FakeClient(S3Client):
    """A real client (for presigning) whose object reads come from memory."""

    def __init__(self, objects: Mapping[str, tuple[ObjectHead, dict[str, str], str]],
                 bodies: Mapping[str, bytes] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._objects = objects
        self._bodies = bodies or {}

    def head_object(self, *, bucket: str, key: str, **_kw: Any) -> ObjectHead:
        return self._objects[key][0]

    def get_object_tagging(self, *, bucket: str, key: str, **_kw: Any) -> ObjectTagging:
        return ObjectTagging(MappingProxyType(self._objects[key][1]))

    def get_object_acl(self, *, bucket: str, key: str, **_kw: Any) -> AccessControlPolicy:
        canned = self._objects[key][2] if key in self._objects else "public-read"
        return AccessControlPolicy.from_canned(canned, OWNER)  # type: ignore[arg-type]

    def get_object(self, *, bucket: str, key: str, byte_range: Any = None,
                   **_kw: Any) -> Any:
        data = self._bodies[key]
        head = ObjectHead(bucket, key, "e", len(data), None, None, MappingProxyType({}))
        return _Body(head, data)


def head(key: str, size: int, ctype: str, etag: str, meta: dict[str, str],
         cache: str | None = None) -> ObjectHead:
    return ObjectHead("releases", key, etag, size, ctype,
                      datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC), MappingProxyType(meta),
                      cache_control=cache, storage_class="STANDARD")


def picture() -> bytes:
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 1200, 800)
    gradient.setColorAt(0, QColor("#0069ff"))
    gradient.setColorAt(1, QColor("#80e0c0"))
    painter.fillRect(image.rect(), gradient)
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(450, 250, 300, 300)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main(out: Path) -> None:
    _app = QApplication.instance() or QApplication(sys.argv)  # alive for the whole run
    out.mkdir(parents=True, exist_ok=True)
    runner = TaskRunner()
    objects = {
        "3.2/app-linux.tar.gz": (head("3.2/app-linux.tar.gz", 48_213_004, "application/gzip",
                                      "9b2cf535f27731c974343645a3985328-3",
                                      {"build": "3.2.0", "commit": "a1b2c3d"}, "max-age=3600"),
                                 {"channel": "stable", "arch": "x86_64"}, "public-read"),
        "3.2/app-mac.dmg": (head("3.2/app-mac.dmg", 61_004_227, "application/x-apple-diskimage",
                                 "1f0e3dad99908345f7439f8ffabdffc4",
                                 {"build": "3.2.0", "commit": "a1b2c3d"}, "max-age=3600"),
                            {"channel": "stable", "arch": "arm64"}, "public-read"),
        "3.2/notes.md": (head("3.2/notes.md", 2_140, "text/markdown",
                              "70c07ec18ef89c5309bbb0937f3a6342", {"build": "3.2.0"},
                              "max-age=3600"), {"channel": "stable"}, "private"),
    }
    common = {"endpoint": "https://fra1.digitaloceanspaces.com", "region": "fra1",
              "access_key": "DO00QWERTYUIOPASDFGH", "secret_key": "example-secret"}
    client = FakeClient(objects, {"3.2/notes.md": TEXT.encode(), "3.2/cover.png": picture()},
                        **common)

    share = ShareLinkDialog(client, None, "releases", "3.2/app-linux.tar.gz", runner=runner)
    wait_until(lambda: share.is_public is not None, WAIT_MS)
    share.cdn_box.setChecked(True)
    grab(share, out / "share-link.png", settle_ms=250)
    share.expiry_box.setCurrentIndex(share.expiry_box.count() - 1)
    share.custom_spin.setValue(10)
    share.unit_box.setCurrentIndex(2)
    grab(share, out / "share-link-too-long.png", settle_ms=250)

    one = PropertiesDialog(runner, client, "releases", ["3.2/app-linux.tar.gz"])
    wait_until(one.ok_button.isEnabled, WAIT_MS)
    grab(one, out / "properties-one.png", settle_ms=250)
    one.tabs.setCurrentIndex(1)
    grab(one, out / "properties-one-headers.png", settle_ms=250)

    many = PropertiesDialog(runner, client, "releases", list(objects))
    wait_until(many.ok_button.isEnabled, WAIT_MS)
    grab(many, out / "properties-many.png", settle_ms=250)
    many.tabs.setCurrentIndex(1)
    grab(many, out / "properties-many-headers.png", settle_ms=250)
    many.tabs.setCurrentIndex(2)
    grab(many, out / "properties-many-tags.png", settle_ms=250)
    many.tabs.setCurrentIndex(3)
    grab(many, out / "properties-many-permissions.png", settle_ms=250)

    bucket = NewBucketDialog(regions=SPACES_REGIONS, default_region="fra1")
    bucket.name_edit.setText("releases.example.com")
    grab(bucket, out / "new-bucket.png", settle_ms=250)
    bucket.name_edit.setText("Releases_2025")
    grab(bucket, out / "new-bucket-problem.png", settle_ms=250)

    text = PreviewDialog(runner, client, "releases", "3.2/notes.md", size=len(TEXT.encode()),
                         kind="text")
    wait_until(lambda: text.stack.currentWidget() is text.text_view, WAIT_MS)
    grab(text, out / "preview-text.png", settle_ms=250)
    image = PreviewDialog(runner, client, "releases", "3.2/cover.png", size=None, kind="image")
    wait_until(lambda: image.stack.currentWidget() is image.image_view, WAIT_MS)
    grab(image, out / "preview-image.png", settle_ms=250)

    for widget in (share, one, many, bucket, text, image):
        widget.close()
    runner.shutdown(5000)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/spacesgui-dialogs"))
