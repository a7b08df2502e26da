"""The Lifecycle page on the suite's RGW: shown, edited, applied, read back with boto3, fired.

Every effect is checked with boto3 (or by the object disappearing), not by reading the page.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from botocore.exceptions import ClientError
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from spacesgui.s3.models.config_lifecycle import LifecycleConfiguration
from spacesgui.s3.settings.lifecycle import ExpiryKind, ExpiryTally
from spacesgui.ui.bucket_settings.base import ChangePreview, PageState
from spacesgui.ui.bucket_settings.lifecycle import LifecyclePage
from spacesgui.workers.tasks import TaskRunner
from tests.servers import ServerInfo
from tests.ui.bucket_settings.conftest import ContextFactory

WAIT = 30_000
LC_WAIT = 120_000   # a lifecycle "day" is 10 s on the suite's RGW; expiry takes 15-40 s


def _settled(page: LifecyclePage) -> bool:
    return page.state not in (PageState.LOADING, PageState.APPLYING)


def open_page(qtbot: QtBot, context: ContextFactory, bucket: str, **kw: Any) -> LifecyclePage:
    page = LifecyclePage(context(bucket, **kw))
    qtbot.addWidget(page)
    page.resize(900, 760)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: _settled(page), timeout=WAIT)
    return page


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Replace the edit's text by typing, as a user would (textEdited fires)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(edit, text)


def choose_expiry(page: LifecyclePage, kind: ExpiryKind) -> None:
    page.expiry_combo.setCurrentIndex(page.expiry_combo.findData(kind))


def apply(qtbot: QtBot, page: LifecyclePage) -> tuple[str, str]:
    """Apply through the preview, wait for the read-back; returns the preview's diff and the
    text of its confirm button (the preview deletes itself once accepted)."""
    assert page.apply_button.isEnabled(), page.general_problems.text()
    page.apply_button.click()
    preview = page.findChild(ChangePreview)
    assert preview is not None
    diff = preview.findChild(QPlainTextEdit, "changeDiff")
    assert diff is not None
    shown = (diff.toPlainText(), preview.apply_button.text())
    preview.apply_button.click()
    qtbot.waitUntil(lambda: page.state is PageState.APPLYING or _settled(page), timeout=WAIT)
    qtbot.waitUntil(lambda: _settled(page), timeout=WAIT)
    assert page.state is PageState.READY, page.error.text()
    assert page.error.isHidden(), page.error.text()
    return shown


def problem(page: LifecyclePage, field: str) -> str:
    label = page.findChild(QLabel, f"problem_{field}")
    assert label is not None
    return label.text() if label.isVisible() else ""


def rows(page: LifecyclePage) -> dict[str, int]:
    return {draft.id: row for row, draft in enumerate(page.model.rows)}


def by_id(boto_client: Any, bucket: str, *, legacy: bool = False) -> dict[str, dict[str, Any]]:
    if legacy:
        rules = boto_client.get_bucket_lifecycle(Bucket=bucket)["Rules"]
    else:
        rules = boto_client.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]
    return {str(rule["ID"]): rule for rule in rules}


BOTO_RULES = [
    {"ID": "days", "Filter": {"Prefix": "tmp/"}, "Status": "Enabled",
     "Expiration": {"Days": 7}},
    {"ID": "date", "Filter": {"Prefix": "old/"}, "Status": "Disabled",
     "Expiration": {"Date": datetime(2031, 1, 1, tzinfo=UTC)}},
    {"ID": "noncurrent", "Filter": {"Prefix": ""}, "Status": "Enabled",
     "Expiration": {"ExpiredObjectDeleteMarker": True},
     "NoncurrentVersionExpiration": {"NoncurrentDays": 30}},
    {"ID": "uploads", "Filter": {"Prefix": "up/"}, "Status": "Enabled",
     "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 2}},
]


def test_rules_written_with_boto3_are_shown(qtbot: QtBot, qtmodeltester: Any,
                                            settings_context: ContextFactory, bucket: str,
                                            boto_client: Any) -> None:
    boto_client.put_bucket_lifecycle_configuration(
        Bucket=bucket, LifecycleConfiguration={"Rules": BOTO_RULES})
    page = open_page(qtbot, settings_context, bucket)
    assert page.state is PageState.READY and page.read_only_reason is None
    assert page.read_only_box.isHidden() and not page.apply_button.isEnabled()
    qtmodeltester.check(page.model)
    at = rows(page)
    assert set(at) == {"days", "date", "noncurrent", "uploads"}
    model = page.model

    def cell(rule_id: str, column: int) -> object:
        return model.data(model.index(at[rule_id], column))

    assert [cell("days", c) for c in range(4)] == ["days", "tmp/", "Enabled",
                                                   "expire after 7 days"]
    assert [cell("date", c) for c in range(4)] == ["date", "old/", "Disabled",
                                                   "expire on 2031-01-01"]
    assert cell("noncurrent", 1) == "(whole bucket)"
    assert cell("noncurrent", 3) == ("remove expired delete markers; noncurrent versions "
                                     "after 30 days")
    assert cell("uploads", 3) == "abort unfinished uploads after 2 days"

    page.select_row(at["days"])
    assert (page.id_edit.text(), page.prefix_edit.text()) == ("days", "tmp/")
    assert page.enabled_check.isChecked() and page.days_edit.isVisible()
    assert page.expiry_combo.currentData() is ExpiryKind.AFTER_DAYS
    assert page.days_edit.text() == "7" and page.date_edit.isHidden()
    page.select_row(at["date"])
    assert not page.enabled_check.isChecked()
    assert page.expiry_combo.currentData() is ExpiryKind.ON_DATE
    assert page.date_edit.isVisible() and page.date_edit.date() == QDate(2031, 1, 1)
    page.select_row(at["noncurrent"])
    assert page.expiry_combo.currentData() is ExpiryKind.NEVER
    assert page.markers_check.isChecked() and page.noncurrent_edit.text() == "30"
    assert page.abort_edit.text() == ""
    page.select_row(at["uploads"])
    assert page.abort_edit.text() == "2" and not page.markers_check.isChecked()
    assert not page.is_dirty()  # looking at rules changes nothing


def test_rules_edited_in_the_widgets_are_applied_and_read_back(
        qtbot: QtBot, qtmodeltester: Any, settings_context: ContextFactory, bucket: str,
        boto_client: Any) -> None:
    page = open_page(qtbot, settings_context, bucket)
    assert page.model.rowCount() == 0 and "no lifecycle rules" in page.status.text()
    qtmodeltester.check(page.model)

    page.add_button.click()                       # rule-1: 30 days, then narrowed
    type_into(qtbot, page.id_edit, "tmp")
    type_into(qtbot, page.prefix_edit, "tmp/")
    type_into(qtbot, page.days_edit, "3")
    type_into(qtbot, page.abort_edit, "2")

    page.duplicate_button.click()                 # tmp-2, then made a dated, disabled rule
    assert page.current_row() == 1 and page.id_edit.text() == "tmp-2"
    type_into(qtbot, page.id_edit, "dated")
    type_into(qtbot, page.prefix_edit, "old/")
    choose_expiry(page, ExpiryKind.ON_DATE)
    page.date_edit.setDate(QDate(2031, 5, 1))
    type_into(qtbot, page.abort_edit, "")
    type_into(qtbot, page.noncurrent_edit, "10")
    page.enabled_check.click()

    page.add_button.click()                       # markers: delete markers and noncurrent only
    type_into(qtbot, page.id_edit, "markers")
    choose_expiry(page, ExpiryKind.NEVER)
    page.markers_check.click()
    type_into(qtbot, page.noncurrent_edit, "5")
    page.up_button.click()                        # order: tmp, markers, dated
    assert [d.id for d in page.model.rows] == ["tmp", "markers", "dated"]
    qtmodeltester.check(page.model)

    diff, _ = apply(qtbot, page)
    assert "<Days>3</Days>" in diff
    seen = by_id(boto_client, bucket)
    assert seen["tmp"] == {"ID": "tmp", "Filter": {"Prefix": "tmp/"}, "Status": "Enabled",
                           "Expiration": {"Days": 3},
                           "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 2}}
    assert seen["dated"]["Status"] == "Disabled"
    assert seen["dated"]["Filter"] == {"Prefix": "old/"}
    assert seen["dated"]["Expiration"] == {"Date": datetime(2031, 5, 1, tzinfo=UTC)}
    assert seen["dated"]["NoncurrentVersionExpiration"] == {"NoncurrentDays": 10}
    assert seen["markers"]["Expiration"] == {"ExpiredObjectDeleteMarker": True}
    assert seen["markers"]["NoncurrentVersionExpiration"] == {"NoncurrentDays": 5}
    # RGW answers a rule filtered by the empty prefix in the legacy form (<Prefix/> in it).
    assert seen["markers"].get("Filter", {"Prefix": seen["markers"].get("Prefix")}) == \
        {"Prefix": ""}
    assert not page.is_dirty() and set(rows(page)) == {"tmp", "markers", "dated"}

    page.select_row(rows(page)["tmp"])            # a change to one rule, then removing one
    type_into(qtbot, page.days_edit, "4")
    page.select_row(rows(page)["dated"])
    page.remove_button.click()
    apply(qtbot, page)
    seen = by_id(boto_client, bucket)
    assert set(seen) == {"tmp", "markers"} and seen["tmp"]["Expiration"] == {"Days": 4}

    while page.model.rowCount():                  # removing every rule deletes the setting
        page.select_row(0)
        page.remove_button.click()
    _, confirm = apply(qtbot, page)
    assert confirm == "Delete Setting"
    with pytest.raises(ClientError) as gone:
        boto_client.get_bucket_lifecycle_configuration(Bucket=bucket)
    assert gone.value.response["Error"]["Code"] == "NoSuchLifecycleConfiguration"


TAG_RULE = {"ID": "tagged", "Filter": {"And": {"Prefix": "a/", "Tags": [
    {"Key": "kind", "Value": "scratch"}]}}, "Status": "Enabled", "Expiration": {"Days": 1}}
TRANSITION_RULE = {"ID": "cold", "Filter": {"Prefix": "b/"}, "Status": "Enabled",
                   "Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"}]}


@pytest.mark.parametrize(("rule", "words", "cell"), [
    (TAG_RULE, "filters by object tags", "only objects tagged kind=scratch"),
    (TRANSITION_RULE, "moves objects to another storage class",
     "moves objects to STANDARD_IA after 30 days"),
], ids=["tag-filter", "transition"])
def test_what_the_editor_cannot_express_is_read_only_and_not_rewritten(
        qtbot: QtBot, settings_context: ContextFactory, bucket: str, boto_client: Any,
        rule: dict[str, Any], words: str, cell: str) -> None:
    plain = {"ID": "plain", "Filter": {"Prefix": "c/"}, "Status": "Enabled",
             "Expiration": {"Days": 9}}
    boto_client.put_bucket_lifecycle_configuration(
        Bucket=bucket, LifecycleConfiguration={"Rules": [rule, plain]})
    before = by_id(boto_client, bucket)
    page = open_page(qtbot, settings_context, bucket)
    assert page.state is PageState.READY
    assert page.read_only_reason is not None and words in page.read_only_reason
    assert page.read_only_box.isVisible() and words in page.read_only_label.text()
    at = rows(page)
    assert cell in str(page.model.data(page.model.index(at[rule["ID"]], 3)))
    # Nothing can be edited, so nothing can be sent: Apply stays disabled, and not dirty.
    assert not page.editor.isEnabled() and not page.add_button.isEnabled()
    assert not page.remove_button.isEnabled() and not page.duplicate_button.isEnabled()
    assert not page.apply_button.isEnabled() and not page.is_dirty()
    page.ask_apply()
    assert page.findChild(ChangePreview) is None
    page.reload_button.click()
    qtbot.waitUntil(lambda: _settled(page), timeout=WAIT)
    assert by_id(boto_client, bucket) == before

    page.remove_all_button.click()                # the one change allowed: start again
    assert page.read_only_box.isHidden() and page.add_button.isEnabled()
    apply(qtbot, page)
    with pytest.raises(ClientError):
        boto_client.get_bucket_lifecycle_configuration(Bucket=bucket)


def test_a_legacy_configuration_loads_and_is_written_back_in_its_form(
        qtbot: QtBot, settings_context: ContextFactory, bucket: str,
        boto_client: Any) -> None:
    boto_client.put_bucket_lifecycle(Bucket=bucket, LifecycleConfiguration={"Rules": [
        {"ID": "logs", "Prefix": "logs/", "Status": "Enabled", "Expiration": {"Days": 5}},
        {"ID": "off", "Prefix": "x/", "Status": "Disabled",
         "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 1}}]})
    page = open_page(qtbot, settings_context, bucket)
    assert page.state is PageState.READY and page.read_only_reason is None
    server = page.server_value
    assert isinstance(server, LifecycleConfiguration) and server.legacy
    assert "legacy form" in page.status.text() and not page.is_dirty()
    at = rows(page)
    assert [(d.id, d.prefix, d.enabled) for d in page.model.rows] == [
        ("logs", "logs/", True), ("off", "x/", False)]
    page.select_row(at["logs"])
    assert page.days_edit.text() == "5"

    type_into(qtbot, page.days_edit, "6")
    diff, _ = apply(qtbot, page)
    assert "<Filter>" not in diff and "<Prefix>logs/</Prefix>" in diff
    legacy = by_id(boto_client, bucket, legacy=True)  # boto3's legacy reader
    assert legacy["logs"]["Prefix"] == "logs/" and "Filter" not in legacy["logs"]
    assert legacy["logs"]["Expiration"] == {"Days": 6}
    assert legacy["off"] == {"ID": "off", "Prefix": "x/", "Status": "Disabled",
                             "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 1}}
    again = page.server_value
    assert isinstance(again, LifecycleConfiguration) and again.legacy


def test_invalid_input_keeps_apply_disabled_with_the_reason(
        qtbot: QtBot, qtmodeltester: Any, settings_context: ContextFactory,
        bucket: str) -> None:
    page = open_page(qtbot, settings_context, bucket)
    page.add_button.click()
    assert page.apply_button.isEnabled()          # the new rule is valid as it comes

    type_into(qtbot, page.days_edit, "0")
    assert not page.apply_button.isEnabled()
    assert "at least 1 day, not 0" in problem(page, "expiration_days")
    type_into(qtbot, page.days_edit, "ten")
    assert "whole number" in problem(page, "expiration_days")
    type_into(qtbot, page.days_edit, "10")
    assert problem(page, "expiration_days") == "" and page.apply_button.isEnabled()

    page.add_button.click()                       # a second rule with the first one's ID
    type_into(qtbot, page.id_edit, "rule-1")
    assert not page.apply_button.isEnabled()
    assert "share the id 'rule-1'" in problem(page, "id")
    page.select_row(0)                            # the problem follows its rule
    assert problem(page, "id") == ""
    assert "In rule 2" in page.general_problems.text()
    assert page.model.problem_rows() == [1]
    qtmodeltester.check(page.model)
    page.select_row(1)
    type_into(qtbot, page.id_edit, "second")
    assert page.apply_button.isEnabled() and page.model.problem_rows() == []

    choose_expiry(page, ExpiryKind.NEVER)         # a rule with no action
    assert not page.apply_button.isEnabled()
    assert "does nothing" in problem(page, "rule")
    page.markers_check.click()
    assert page.apply_button.isEnabled()
    choose_expiry(page, ExpiryKind.AFTER_DAYS)    # days and delete markers: choose one
    assert "choose one" in problem(page, "expired_object_delete_marker")
    assert not page.apply_button.isEnabled()
    page.markers_check.click()
    type_into(qtbot, page.abort_edit, "0")
    assert "at least 1 day" in problem(page, "abort_incomplete_multipart_days")
    type_into(qtbot, page.abort_edit, "")
    assert page.apply_button.isEnabled()


def _wait_preview(qtbot: QtBot, page: LifecyclePage) -> ExpiryTally:
    page.preview.preview_button.click()
    qtbot.waitUntil(lambda: not page.preview.running, timeout=WAIT)
    assert page.preview.tally is not None, page.preview.result.text()
    return page.preview.tally


def test_preview_counts_what_is_due_under_the_prefix(
        qtbot: QtBot, settings_context: ContextFactory, bucket: str, boto_client: Any,
        runner: TaskRunner) -> None:
    sizes = {"old/a": 10, "old/b/c": 200, "old/d": 3000, "other/e": 40000, "older": 7}
    for key, size in sizes.items():
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"x" * size)
    page = open_page(qtbot, settings_context, bucket)
    page.add_button.click()
    type_into(qtbot, page.prefix_edit, "old/")

    # A date in the past: every object under the prefix is due now.
    choose_expiry(page, ExpiryKind.ON_DATE)
    page.date_edit.setDate(QDate(2020, 1, 1))
    tally = _wait_preview(qtbot, page)
    assert tally == ExpiryTally(examined=3, expiring=3, expiring_bytes=3210)
    assert "3 objects (3.1 KiB, 3,210 bytes) of the 3 objects under \u201cold/\u201d" in \
        page.preview.result.text()

    # After a day: objects written a moment ago are not due yet.
    choose_expiry(page, ExpiryKind.AFTER_DAYS)
    type_into(qtbot, page.days_edit, "1")
    assert _wait_preview(qtbot, page) == ExpiryTally(examined=3)

    # Bounded: stopping early says "at least".
    choose_expiry(page, ExpiryKind.ON_DATE)
    page.preview.limit = 2
    tally = _wait_preview(qtbot, page)
    assert tally.limited and tally.examined == 2 and tally.expiring == 2
    assert page.preview.result.text().startswith("At least 2 objects")

    # Cancelled: nothing more arrives after Cancel.
    page.preview.preview_button.click()
    assert page.preview.running and page.preview.cancel_button.isEnabled()
    page.preview.cancel_button.click()
    assert not page.preview.running and "cancelled" in page.preview.result.text()
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=WAIT)
    assert "cancelled" in page.preview.result.text()

    # A rule that expires no current versions has nothing to count.
    choose_expiry(page, ExpiryKind.NEVER)
    type_into(qtbot, page.abort_edit, "3")
    page.preview.preview_button.click()
    assert not page.preview.running and "nothing to count" in page.preview.result.text()
    with pytest.raises(ClientError):
        boto_client.get_bucket_lifecycle_configuration(Bucket=bucket)


@pytest.mark.needs("lifecycle-execution", "admin")
def test_an_expiry_applied_in_the_page_fires(qtbot: QtBot, s3_server: ServerInfo,
                                             settings_context: ContextFactory, bucket: str,
                                             boto_client: Any) -> None:
    for key in ("tmp/a", "tmp/deep/b", "keep/c"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"x")
    page = open_page(qtbot, settings_context, bucket)
    page.add_button.click()
    type_into(qtbot, page.id_edit, "expire-tmp")
    type_into(qtbot, page.prefix_edit, "tmp/")
    type_into(qtbot, page.days_edit, "1")
    apply(qtbot, page)
    assert by_id(boto_client, bucket)["expire-tmp"]["Expiration"] == {"Days": 1}
    admin = s3_server.admin
    assert admin is not None

    def keys() -> set[str]:
        listed = boto_client.list_objects_v2(Bucket=bucket).get("Contents", [])
        return {str(item["Key"]) for item in listed}

    expired = _every(3.0, lambda: (admin("lc", "process"), keys())[1])
    qtbot.waitUntil(lambda: expired() == {"keep/c"}, timeout=LC_WAIT)


def _every(seconds: float, probe: Callable[[], set[str]]) -> Callable[[], set[str] | None]:
    """`probe`, run at most once per `seconds`; None between runs (waitUntil polls often)."""
    last = [0.0]

    def throttled() -> set[str] | None:
        if time.monotonic() - last[0] < seconds:
            return None
        last[0] = time.monotonic()
        return probe()
    return throttled


def test_a_page_refused_for_the_other_user_is_off_with_the_reason(
        qtbot: QtBot, settings_context: ContextFactory, bucket: str) -> None:
    page = open_page(qtbot, settings_context, bucket, user="other")
    assert page.state is PageState.UNAVAILABLE
    assert "AccessDenied" in page.status.text() and "HTTP 403" in page.status.text()
    assert not page.content.isEnabled() and not page.apply_button.isEnabled()

