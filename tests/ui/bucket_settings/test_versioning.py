"""The versioning page: enable, then suspend, each read back with boto3; a refused read."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from spacesgui.s3.models.config import VersioningState
from spacesgui.ui.bucket_settings.base import ChangePreview, PageState
from spacesgui.ui.bucket_settings.versioning import VersioningPage
from tests.ui.bucket_settings.conftest import ContextFactory

WAIT = 30_000


def _wait_ready(qtbot: QtBot, page: VersioningPage) -> None:
    qtbot.waitUntil(lambda: page.state is PageState.READY, timeout=WAIT)


def _apply(qtbot: QtBot, page: VersioningPage, expected: VersioningState) -> str:
    """Apply through the preview; the diff shown, once the page has read `expected` back."""
    assert page.apply_button.isEnabled() and page.is_dirty()
    page.apply_button.click()
    preview = page.findChild(ChangePreview)
    assert preview is not None
    diff = preview.findChild(QPlainTextEdit, "changeDiff").toPlainText()
    preview.apply_button.click()
    qtbot.waitUntil(lambda: page.state is PageState.READY
                    and page.server_value is expected, timeout=WAIT)
    return diff


def test_enable_then_suspend(qtbot: QtBot, settings_context: ContextFactory, bucket: str,
                             boto_client: Any) -> None:
    page = VersioningPage(settings_context(bucket))
    qtbot.addWidget(page)
    page.load()
    _wait_ready(qtbot, page)
    assert "never been enabled" in page.current_label.text()
    assert not page.enable_radio.isChecked() and not page.suspend_radio.isChecked()
    assert not page.apply_button.isEnabled() and not page.is_dirty()

    page.enable_radio.click()
    assert "<Status>Enabled</Status>" in _apply(qtbot, page, VersioningState.ENABLED)
    assert boto_client.get_bucket_versioning(Bucket=bucket)["Status"] == "Enabled"
    assert page.enable_radio.isChecked() and page.current_label.text() == \
        "Versioning is enabled."
    assert not page.is_dirty()

    page.suspend_radio.click()
    assert "Suspended" in _apply(qtbot, page, VersioningState.SUSPENDED)
    assert boto_client.get_bucket_versioning(Bucket=bucket)["Status"] == "Suspended"
    assert page.suspend_radio.isChecked() and not page.never_label.isVisible()


def test_revert_returns_to_the_servers_state(qtbot: QtBot, settings_context: ContextFactory,
                                             bucket: str) -> None:
    page = VersioningPage(settings_context(bucket))
    qtbot.addWidget(page)
    page.load()
    _wait_ready(qtbot, page)
    page.suspend_radio.click()
    assert page.is_dirty() and page.revert_button.isEnabled()
    page.revert_button.click()
    assert not page.suspend_radio.isChecked() and not page.is_dirty()


def test_refused_for_another_user(qtbot: QtBot, settings_context: ContextFactory,
                                  bucket: str) -> None:
    page = VersioningPage(settings_context(bucket, user="other"))
    qtbot.addWidget(page)
    page.load()
    qtbot.waitUntil(lambda: page.state is not PageState.LOADING, timeout=WAIT)
    assert page.state is PageState.UNAVAILABLE
    assert "AccessDenied" in page.status.text()
    assert not page.enable_radio.isEnabled() and not page.apply_button.isEnabled()
