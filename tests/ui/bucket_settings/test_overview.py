"""The overview page: what RGW reports for the bucket, shown read-only with copyable addresses."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from spacesgui.ui.bucket_settings.base import PageState
from spacesgui.ui.bucket_settings.overview import OverviewPage
from tests.servers import ServerInfo
from tests.ui.bucket_settings.conftest import ContextFactory

WAIT = 30_000


def _loaded(qtbot: QtBot, page: OverviewPage) -> None:
    page.load()
    qtbot.waitUntil(lambda: page.state is not PageState.LOADING, timeout=WAIT)


def test_shows_what_rgw_reports(qtbot: QtBot, settings_context: ContextFactory, bucket: str,
                                boto_client: Any, s3_server: ServerInfo) -> None:
    for key, size in (("a.txt", 100), ("b/c.bin", 2048), ("d", 1)):
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"x" * size)
    boto_client.put_bucket_versioning(Bucket=bucket,
                                      VersioningConfiguration={"Status": "Enabled"})
    page = OverviewPage(settings_context(bucket))
    qtbot.addWidget(page)
    _loaded(qtbot, page)
    assert page.state is PageState.READY
    assert page.objects_label.text() == "3"
    assert "2149 bytes" in page.bytes_label.text().replace(",", "")
    assert page.versioning_label.text().startswith("Enabled")
    assert page.name_label.text() == bucket
    assert page.region_label.text() == s3_server.region
    created = next(b["CreationDate"] for b in boto_client.list_buckets()["Buckets"]
                   if b["Name"] == bucket)
    assert str(created.year) in page.created_label.text()
    # Another S3 server: only the path-style origin; Spaces' CDN and website rows are hidden.
    assert page.origin_row.edit.text() == f"{s3_server.endpoint.rstrip('/')}/{bucket}"
    assert page.cdn_row.isHidden() and page.website_row.isHidden()
    page.origin_row.copy_button.click()
    assert QGuiApplication.clipboard().text() == page.origin_row.edit.text()
    # Read-only: nothing to apply, never dirty.
    assert page.apply_button.isHidden() and page.revert_button.isHidden()
    assert not page.is_dirty()


def test_refused_for_another_user(qtbot: QtBot, settings_context: ContextFactory,
                                  bucket: str) -> None:
    page = OverviewPage(settings_context(bucket, user="other"))
    qtbot.addWidget(page)
    _loaded(qtbot, page)
    assert page.state is PageState.UNAVAILABLE
    assert "AccessDenied" in page.status.text() and not page.content.isEnabled()
