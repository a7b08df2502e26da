"""The Access Logging page on the suite's RGW: targets offered, validation, and RGW's refusal.

Ceph 16.2 reads the setting (always "off") but answers PutBucketLogging with 405
MethodNotAllowed; the page must show that answer and then turn itself off.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from spacesgui.ui.bucket_settings.access_logging import LoggingPage
from spacesgui.ui.bucket_settings.base import ChangePreview, PageState
from tests.ui.bucket_settings.conftest import ContextFactory

WAIT = 30_000


def _settled(page: LoggingPage) -> bool:
    return page.state not in (PageState.LOADING, PageState.APPLYING)


def open_page(qtbot: QtBot, context: ContextFactory, bucket: str, **kw: Any) -> LoggingPage:
    page = LoggingPage(context(bucket, **kw))
    qtbot.addWidget(page)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: _settled(page) and page.account_buckets is not None, timeout=WAIT)
    return page


def choose_target(qtbot: QtBot, page: LoggingPage, name: str) -> None:
    """Type the target's name into the combo box, as a user would."""
    edit = page.target_combo.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, name)


def problem(page: LoggingPage) -> str:
    label = page.findChild(QLabel, "problem_target_bucket")
    assert label is not None
    return label.text() if label.isVisible() else ""


def confirm(qtbot: QtBot, page: LoggingPage) -> None:
    page.apply_button.click()
    preview = page.findChild(ChangePreview)
    assert preview is not None
    preview.apply_button.click()
    qtbot.waitUntil(lambda: _settled(page), timeout=WAIT)


def test_targets_are_the_accounts_buckets_but_this_one(
        qtbot: QtBot, settings_context: ContextFactory,
        bucket_factory: Callable[..., str], boto_client: Any) -> None:
    source, target = bucket_factory("src"), bucket_factory("dst")
    page = open_page(qtbot, settings_context, source)
    assert page.state is PageState.READY
    assert not page.enabled_check.isChecked() and page.status.text() == "Access logging is off."
    assert not page.fields.isEnabled() and not page.turn_off_button.isEnabled()
    offered = [page.target_combo.itemText(i) for i in range(page.target_combo.count())]
    listed = sorted(str(b["Name"]) for b in boto_client.list_buckets()["Buckets"])
    assert offered == [name for name in listed if name != source]
    assert target in offered and source not in offered

    page.enabled_check.click()                       # the first bucket is proposed
    assert page.fields.isEnabled() and page.target_combo.currentText() == offered[0]
    choose_target(qtbot, page, source)               # logging into itself is refused
    assert "different bucket" in problem(page)
    assert not page.apply_button.isEnabled()
    choose_target(qtbot, page, "Not_A_Bucket")
    assert "Log target bucket" in problem(page) and not page.apply_button.isEnabled()
    choose_target(qtbot, page, target)
    assert problem(page) == "" and page.apply_button.isEnabled()
    page.enabled_check.click()                       # off again: nothing to send
    assert not page.apply_button.isEnabled() and not page.is_dirty()


def test_rgw_refuses_put_bucket_logging_with_405_shown_with_its_request_id(
        qtbot: QtBot, settings_context: ContextFactory,
        bucket_factory: Callable[..., str], boto_client: Any) -> None:
    """RGW's answer (Ceph 16.2): the read works, PutBucketLogging is 405 MethodNotAllowed."""
    source, target = bucket_factory("src"), bucket_factory("dst")
    page = open_page(qtbot, settings_context, source)
    page.enabled_check.click()
    choose_target(qtbot, page, target)
    page.prefix_edit.setFocus()
    qtbot.keyClicks(page.prefix_edit, "logs/")
    confirm(qtbot, page)

    assert page.state is PageState.UNAVAILABLE
    assert "MethodNotAllowed, HTTP 405" in page.status.text()
    assert "refused to change it; nothing was changed" in page.status.text()
    error = page.error.text()
    assert page.error.isVisible() and "Code: MethodNotAllowed" in error
    assert "HTTP status: 405" in error
    assert re.search(r"Request ID: \S+", error), error
    assert not page.content.isEnabled() and not page.apply_button.isEnabled()
    page.load()                                      # not asked again
    assert page.state is PageState.UNAVAILABLE
    assert "LoggingEnabled" not in boto_client.get_bucket_logging(Bucket=source)


@pytest.mark.needs("bucket-logging")
def test_logging_turned_on_and_off_is_read_back(
        qtbot: QtBot, settings_context: ContextFactory,
        bucket_factory: Callable[..., str], boto_client: Any) -> None:
    source, target = bucket_factory("src"), bucket_factory("dst")
    page = open_page(qtbot, settings_context, source)
    page.enabled_check.click()
    choose_target(qtbot, page, target)
    page.prefix_edit.setFocus()
    qtbot.keyClicks(page.prefix_edit, "logs/")
    confirm(qtbot, page)
    assert page.state is PageState.READY, page.error.text()
    enabled = boto_client.get_bucket_logging(Bucket=source)["LoggingEnabled"]
    assert (enabled["TargetBucket"], enabled["TargetPrefix"]) == (target, "logs/")
    assert page.turn_off_button.isEnabled()

    page.turn_off_button.click()                     # unchecks, then shows the change
    preview = page.findChild(ChangePreview)
    assert preview is not None
    preview.apply_button.click()
    qtbot.waitUntil(lambda: _settled(page), timeout=WAIT)
    assert "LoggingEnabled" not in boto_client.get_bucket_logging(Bucket=source)


def test_a_page_refused_for_the_other_user_is_off_with_the_reason(
        qtbot: QtBot, settings_context: ContextFactory, bucket: str) -> None:
    page = LoggingPage(settings_context(bucket, user="other"))
    qtbot.addWidget(page)
    page.load()
    qtbot.waitUntil(lambda: _settled(page), timeout=WAIT)
    assert page.state is PageState.UNAVAILABLE
    assert "AccessDenied" in page.status.text() and "HTTP 403" in page.status.text()
    assert not page.content.isEnabled() and not page.apply_button.isEnabled()
    qtbot.waitUntil(lambda: page.account_buckets is not None, timeout=WAIT)
