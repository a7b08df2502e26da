"""Preview against RGW: text (first MiB, encodings), images (zoom), and other files opened from
a temporary copy with QDesktopServices.openUrl (monkeypatched)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from spacesgui.s3 import S3Client
from spacesgui.ui import preview
from spacesgui.ui.preview import PreviewDialog, decode_text, open_preview, preview_kind
from spacesgui.workers.tasks import TaskRunner

WAIT = 15_000
MiB = 1024 * 1024


def png_bytes(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f7ab9"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def show(qtbot: QtBot, runner: TaskRunner, client: S3Client, bucket: str, key: str,
         size: int | None) -> PreviewDialog:
    dialog = open_preview(runner, client, bucket, key, size, None)
    assert isinstance(dialog, PreviewDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is not dialog.message
                    or dialog.message.text() != "Loading\u2026", timeout=WAIT)
    return dialog


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        calls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    yield calls
    preview.cleanup_temp_files()


def test_kinds_by_name_and_size() -> None:
    assert preview_kind("a/notes.txt", 10) == "text"
    assert preview_kind("data.JSON", 10) == "text"
    assert preview_kind("photo.png", 10) == "image"
    assert preview_kind("photo.jpg", preview.IMAGE_LIMIT + 1) == "external"
    assert preview_kind("movie.mp4", 10) == "external"
    assert preview_kind("archive.zip", 10) == "external"


def test_decoding_rules() -> None:
    assert decode_text("h\u00e9".encode(), False) == ("h\u00e9", "UTF-8")
    assert decode_text(b"\xef\xbb\xbfbom", False) == ("bom", "UTF-8")
    assert decode_text(b"caf\xe9", False) == ("caf\u00e9", "Latin-1 (not valid UTF-8)")
    # A character cut at the 1 MiB edge is dropped, not a reason to fall back to Latin-1.
    assert decode_text("ab\u20ac".encode()[:-1], True) == ("ab", "UTF-8")
    assert decode_text("ab\u20ac".encode()[:-1], False)[1].startswith("Latin-1")
    assert decode_text("hi".encode("utf-16"), False) == ("hi", "UTF-16")


def test_text_preview_shows_utf8(qtbot: QtBot, runner: TaskRunner, client: S3Client,
                                 bucket: str, boto_client: Any) -> None:
    body = "h\u00e9llo\nw\u00f6rld \u2603\n".encode()
    boto_client.put_object(Bucket=bucket, Key="notes/hello.txt", Body=body)
    dialog = show(qtbot, runner, client, bucket, "notes/hello.txt", len(body))
    assert dialog.objectName() == "previewDialog"
    assert dialog.stack.currentWidget() is dialog.text_view
    assert dialog.text_view.toPlainText() == body.decode()
    assert dialog.note.text() == "UTF-8"
    assert dialog.text_view.isReadOnly()


def test_large_text_shows_only_the_first_mib(qtbot: QtBot, runner: TaskRunner,
                                             client: S3Client, bucket: str,
                                             boto_client: Any) -> None:
    # A three-byte character straddles the 1 MiB boundary.
    body = b"a" * (MiB - 1) + "\u20ac".encode() + b"b" * (MiB // 2)
    boto_client.put_object(Bucket=bucket, Key="big.log", Body=body)
    dialog = show(qtbot, runner, client, bucket, "big.log", len(body))
    text = dialog.text_view.toPlainText()
    assert text == "a" * (MiB - 1)
    assert "UTF-8" in dialog.note.text()
    assert "showing the first 1.0 MiB of 1.5 MiB" in dialog.note.text()


def test_latin1_text_and_empty_text(qtbot: QtBot, runner: TaskRunner, client: S3Client,
                                    bucket: str, boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="old.csv", Body=b"caf\xe9;cr\xe8me\n")
    dialog = show(qtbot, runner, client, bucket, "old.csv", 12)
    assert dialog.text_view.toPlainText() == "caf\u00e9;cr\u00e8me\n"
    assert dialog.note.text().startswith("Latin-1")
    boto_client.put_object(Bucket=bucket, Key="empty.txt", Body=b"")
    empty = show(qtbot, runner, client, bucket, "empty.txt", None)  # size unknown: 416
    assert empty.stack.currentWidget() is empty.text_view
    assert empty.text_view.toPlainText() == ""


def test_image_preview_scales_to_fit_and_zooms(qtbot: QtBot, runner: TaskRunner,
                                               client: S3Client, bucket: str,
                                               boto_client: Any) -> None:
    data = png_bytes(1600, 1200)
    boto_client.put_object(Bucket=bucket, Key="img/pic.png", Body=data)
    dialog = show(qtbot, runner, client, bucket, "img/pic.png", len(data))
    view = dialog.image_view
    assert dialog.stack.currentWidget() is view
    assert "1600 \u00d7 1200 pixels" in dialog.note.text()
    pixmap = view.label.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() <= view.viewport().width() and pixmap.width() < 1600  # fitted
    fit = view.scale()
    qtbot.keyClick(dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale() == pytest.approx(fit * 1.25)
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale() == pytest.approx(fit * 0.8)
    wheel = QWheelEvent(QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.scale() == pytest.approx(fit)
    qtbot.keyClick(dialog, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom is None


def test_broken_image_says_so(qtbot: QtBot, runner: TaskRunner, client: S3Client,
                              bucket: str, boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="fake.png", Body=b"not a png at all")
    dialog = show(qtbot, runner, client, bucket, "fake.png", 16)
    assert dialog.stack.currentWidget() is dialog.message
    assert "could not be decoded" in dialog.message.text()


def test_other_files_open_from_a_temp_copy(qtbot: QtBot, runner: TaskRunner,
                                           client: S3Client, bucket: str,
                                           boto_client: Any, opened: list[str]) -> None:
    body = os.urandom(300_000)
    boto_client.put_object(Bucket=bucket, Key="dl/My Archive (1).zip", Body=body)
    assert open_preview(runner, client, bucket, "dl/My Archive (1).zip",
                        len(body), None) is None
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    (path,) = opened
    assert Path(path).name == "My Archive (1).zip"
    assert Path(path).read_bytes() == body
    root = preview.temp_root()
    assert path.startswith(root + os.sep)
    preview.cleanup_temp_files()
    assert not Path(path).exists() and not Path(root).exists()


def test_failed_open_reaches_the_user_in_a_box(qtbot: QtBot, runner: TaskRunner,
                                               client: S3Client, bucket: str,
                                               opened: list[str]) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    open_preview(runner, client, bucket, "missing.bin", 10, window)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=WAIT)
    box = window.findChild(QMessageBox, "errorBox")
    assert "missing.bin" in box.windowTitle()
    assert "no longer exists" in box.text() or "NotFound" in box.text()
    assert not opened
    box.close()
