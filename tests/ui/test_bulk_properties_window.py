"""Properties of a folder and a selection from the window: one queued job, its summary, and a
cancel that names exactly what was changed (real RGW; the fault proxy holds requests so the
cancel lands mid-run without any sleep).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from spacesgui.app import AppContext
from spacesgui.s3.transfer.bulk_properties import BulkReport
from spacesgui.states import JobKind
from spacesgui.ui.dialogs.bulk_properties import BulkPropertiesDialog, BulkReportDialog
from spacesgui.ui.models.entries import Location
from spacesgui.ui.window import MainWindow
from tests.faultproxy import FaultProxy
from tests.servers import ClientFactory, ServerInfo
from tests.ui.window_helpers import ACCOUNT, WAIT, open_folder, press, select, wait_listed


def visible(cls: type) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[0] if len(found) == 1 else None


def is_public(s3_server: ServerInfo, bucket: str, key: str) -> bool:
    return requests.get(f"{s3_server.endpoint}/{bucket}/{key}", timeout=10).status_code == 200


def test_a_folder_and_a_file_made_public_with_a_header_by_one_job(
        qtbot: QtBot, window: MainWindow, context: AppContext, s3_server: ServerInfo,
        bucket: str, boto_client: Any) -> None:
    for key, ctype in (("docs/a.txt", "text/plain"), ("docs/sub/b.css", "text/css"),
                       ("one.html", "text/html"), ("left.txt", "text/plain")):
        boto_client.put_object(Bucket=bucket, Key=key, Body=key.encode(), ContentType=ctype)
    open_folder(qtbot, window, bucket)
    select(window, "docs", "one.html")
    press(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = visible(BulkPropertiesDialog)
    assert dialog is not None and dialog.objectName() == "bulkPropertiesDialog"
    assert not dialog.ok_button.isEnabled()          # nothing chosen yet
    dialog.acl_box.setCurrentIndex(dialog.acl_box.findData("public-read"))
    dialog.set_field("cache_control", "max-age=60")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    [job] = [j for j in context.queue.jobs() if j.kind == JobKind.PROPERTIES]
    assert job.spec.keys == ("docs/", "one.html")
    qtbot.waitUntil(lambda: visible(BulkReportDialog) is not None, timeout=WAIT)
    report_dialog = visible(BulkReportDialog)
    assert report_dialog.objectName() == "bulkPropertiesReport"
    report = report_dialog.report
    assert set(report.changed) == {"docs/a.txt", "docs/sub/b.css", "one.html"}
    summary = report_dialog.findChild(QLabel, "bulkReportSummary")
    assert summary.text() == "Done: 3 changed, 0 already as asked, 0 failed."
    assert "one.html" in report_dialog.details.toPlainText()
    report_dialog.reject()
    for key, ctype in (("docs/a.txt", "text/plain"), ("docs/sub/b.css", "text/css"),
                       ("one.html", "text/html")):
        assert is_public(s3_server, bucket, key), key
        head = boto_client.head_object(Bucket=bucket, Key=key)
        assert (head["CacheControl"], head["ContentType"]) == ("max-age=60", ctype)
    assert not is_public(s3_server, bucket, "left.txt")
    ended = context.queue.job(job.id)
    assert ended is not None and ended.state == "done"


def test_a_cancelled_job_reports_exactly_the_objects_it_changed(
        qtbot: QtBot, window: MainWindow, context: AppContext, s3_server: ServerInfo,
        make_client: ClientFactory, proxy: FaultProxy, bucket: str, boto_client: Any) -> None:
    account = context.account(ACCOUNT)
    assert account is not None
    context.add_ready_account(replace(account, id="slow", name="Through a proxy"),
                              make_client(proxy.url))
    keys = [f"c/k-{i:02d}.txt" for i in range(20)]
    for key in keys:
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"x")
    release = threading.Event()
    held = proxy.delay(10, release=release, method="PUT", path="/c/k-1")
    window.navigate(Location("slow", bucket, ""))
    wait_listed(qtbot, window)
    select(window, "c")
    window.commands.properties()
    dialog = visible(BulkPropertiesDialog)
    dialog.acl_box.setCurrentIndex(dialog.acl_box.findData("public-read"))
    dialog.ok_button.click()
    [job] = [j for j in context.queue.jobs() if j.kind == JobKind.PROPERTIES]
    try:
        assert held.hit.wait(30)
        qtbot.waitUntil(lambda: (context.queue.job(job.id) or job).done_bytes >= 10, timeout=WAIT)
        context.queue.cancel(job.id)
    finally:
        release.set()
    qtbot.waitUntil(lambda: visible(BulkReportDialog) is not None, timeout=WAIT)
    report_dialog = visible(BulkReportDialog)
    report: BulkReport = report_dialog.report
    assert report.cancelled and 10 <= len(report.changed) < 20
    text = report_dialog.details.toPlainText()
    assert all(key in text for key in report.changed)
    assert "Cancelled: the objects not listed were not changed." in text
    partly = {key for key, _reason in report.failed}
    public = {key for key in keys if is_public(s3_server, bucket, key)}
    assert public - partly == set(report.changed)
    summary = report_dialog.findChild(QLabel, "bulkReportSummary")
    assert summary.text().startswith("Cancelled:")
    report_dialog.reject()


def test_metadata_and_tags_can_be_set_and_removed_on_every_object(
        qtbot: QtBot, window: MainWindow, context: AppContext, bucket: str,
        boto_client: Any) -> None:
    for key in ("m/a.txt", "m/b.txt"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"x", Metadata={"draft": "1",
                                                                           "owner": key[-5]},
                               Tagging="temp=1&keep=yes")
    open_folder(qtbot, window, bucket)
    select(window, "m")
    window.commands.properties()
    dialog = visible(BulkPropertiesDialog)
    qtbot.keyClicks(dialog.remove_metadata_edit, "Draft")
    qtbot.keyClicks(dialog.remove_tags_edit, "temp, absent")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: visible(BulkReportDialog) is not None, timeout=WAIT)
    assert set(visible(BulkReportDialog).report.changed) == {"m/a.txt", "m/b.txt"}
    visible(BulkReportDialog).reject()
    for key in ("m/a.txt", "m/b.txt"):
        assert boto_client.head_object(Bucket=bucket, Key=key)["Metadata"] == {"owner": key[-5]}
        tags = boto_client.get_object_tagging(Bucket=bucket, Key=key)["TagSet"]
        assert tags == [{"Key": "keep", "Value": "yes"}]
