"""ShareLinkDialog: links fetched with plain requests from RGW, expiry limits, clipboard,
public detection through GetObjectAcl, and the exact Spaces CDN forms."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from spacesgui.s3 import S3Client
from spacesgui.s3.models.acl import AccessControlPolicy, Owner
from spacesgui.s3.models.objects import ObjectHead
from spacesgui.ui.dialogs.share_link import CDN_NOTE, CUSTOM, ShareLinkDialog
from spacesgui.workers.tasks import TaskRunner
from tests.servers import ClientFactory, ServerInfo

WAIT = 15_000
BODY = b"shared bytes \x00\x01\xff" * 100
FIXED_NOW = 1_700_000_000.0  # 2023-11-14T22:13:20Z


def open_dialog(qtbot: QtBot, runner: TaskRunner, client: S3Client, bucket: str,
                key: str) -> ShareLinkDialog:
    dialog = ShareLinkDialog(client, None, bucket, key, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.access_label.text().startswith("Checking"), timeout=WAIT)
    return dialog


def choose(dialog: ShareLinkDialog, seconds: int) -> None:
    dialog.expiry_box.setCurrentIndex(dialog.expiry_box.findData(seconds))


def choose_custom(dialog: ShareLinkDialog, amount: int, unit_seconds: int) -> None:
    dialog.expiry_box.setCurrentIndex(dialog.expiry_box.findData(CUSTOM))
    dialog.unit_box.setCurrentIndex(dialog.unit_box.findData(unit_seconds))
    dialog.custom_spin.setValue(amount)


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def offline(client: S3Client, monkeypatch: pytest.MonkeyPatch, *, public: bool) -> S3Client:
    """No network in unit tests: GetObjectAcl and HeadObject answer from memory."""
    owner = Owner("owner-id")
    policy = AccessControlPolicy.from_canned("public-read" if public else "private", owner)

    def fake_acl(**_kwargs: Any) -> AccessControlPolicy:
        return policy

    def fake_head(*, bucket: str, key: str, **_kwargs: Any) -> ObjectHead:
        return ObjectHead(bucket=bucket, key=key, etag='"e"', content_length=1,
                          content_type="text/plain", last_modified=None, metadata={})

    monkeypatch.setattr(client, "get_object_acl", fake_acl)
    monkeypatch.setattr(client, "head_object", fake_head)
    return client


def spaces_client(monkeypatch: pytest.MonkeyPatch, *, public: bool = True) -> S3Client:
    client = S3Client(endpoint="https://fra1.digitaloceanspaces.com", region="fra1",
                      access_key="DO00EXAMPLEEXAMPLE00", secret_key="secret",
                      clock=lambda: FIXED_NOW)
    return offline(client, monkeypatch, public=public)


# --- against RGW -------------------------------------------------------------------------

def test_link_made_in_dialog_downloads_the_object(
        qtbot: QtBot, runner: TaskRunner, make_client: ClientFactory, bucket: str,
        boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="dir/report 1.bin", Body=BODY)
    dialog = open_dialog(qtbot, runner, make_client(), bucket, "dir/report 1.bin")
    choose(dialog, 3600)
    url = dialog.url_edit.toPlainText()
    assert url == dialog.url and query(url)["X-Amz-Expires"] == ["3600"]
    response = requests.get(url, timeout=10)
    assert response.status_code == 200
    assert response.content == BODY
    assert dialog.is_public is False
    assert not dialog.public_edit.isEnabled()


@pytest.mark.needs("auth")
def test_link_lasting_one_second_expires(qtbot: QtBot, runner: TaskRunner,
                                         make_client: ClientFactory, bucket: str,
                                         boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="k", Body=BODY)
    # Sign as if it were ten minutes ago: a one-minute link is then long expired, while the
    # client's own requests stay inside the server's 15-minute skew allowance, so it sees no
    # skew to correct.
    client = make_client(clock=lambda: time.time() - 600)
    dialog = open_dialog(qtbot, runner, client, bucket, "k")
    choose_custom(dialog, 1, 60)
    assert requests.get(dialog.url, timeout=10).status_code == 403


def test_sigv2_link_may_outlive_a_week_and_works(
        qtbot: QtBot, runner: TaskRunner, make_client: ClientFactory, bucket: str,
        boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="old-school.txt", Body=BODY)
    dialog = open_dialog(qtbot, runner, make_client(signature="v2"), bucket,
                         "old-school.txt")
    choose_custom(dialog, 30, 86400)
    assert not dialog.expiry_problem.isVisible()
    expires = int(query(dialog.url)["Expires"][0])
    assert abs(expires - (datetime.now().timestamp() + 30 * 86400)) < 60
    assert requests.get(dialog.url, timeout=10).content == BODY


def test_public_object_is_detected_and_its_address_works(
        qtbot: QtBot, runner: TaskRunner, s3_server: ServerInfo, make_client: ClientFactory,
        bucket: str, boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="pub/a.txt", Body=BODY, ACL="public-read")
    dialog = open_dialog(qtbot, runner, make_client(), bucket, "pub/a.txt")
    assert dialog.is_public is True
    assert dialog.public_edit.isEnabled()
    assert dialog.access_label.text().startswith("Public")
    assert dialog.public_edit.text() == f"{s3_server.endpoint}/{bucket}/pub/a.txt"
    assert requests.get(dialog.public_edit.text(), timeout=10).content == BODY
    assert dialog.cdn_edit.isHidden()  # not a Spaces account: no CDN row


@pytest.mark.needs("anonymous-acl")
def test_private_object_is_detected_as_private(
        qtbot: QtBot, runner: TaskRunner, make_client: ClientFactory, bucket: str,
        boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="secret.txt", Body=BODY)
    dialog = open_dialog(qtbot, runner, make_client(), bucket, "secret.txt")
    assert dialog.is_public is False
    assert dialog.access_label.text().startswith("Private")
    assert not dialog.public_edit.isEnabled() and dialog.copy_public_button.isEnabled()
    assert requests.get(dialog.public_edit.text(), timeout=10).status_code == 403


@pytest.mark.needs("other-user")
def test_acl_refused_for_this_key_is_unknown_and_urls_stay_greyed(
        qtbot: QtBot, runner: TaskRunner, make_client: ClientFactory, bucket: str,
        boto_client: Any) -> None:
    # The other user may read the object (public-read) but not its ACL.
    boto_client.put_object(Bucket=bucket, Key="theirs.txt", Body=BODY, ACL="public-read")
    dialog = open_dialog(qtbot, runner, make_client(user="other"), bucket,
                         "theirs.txt")
    assert dialog.is_public is None
    assert dialog.access_label.text().startswith("Unknown: not allowed for this key")
    assert not dialog.public_edit.isEnabled()
    assert requests.get(dialog.url, timeout=10).content == BODY


# --- offline -------------------------------------------------------------------------------

def test_seven_days_is_the_sigv4_maximum(qtbot: QtBot, runner: TaskRunner,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, runner, spaces_client(monkeypatch), "my-bucket", "a.txt")
    choose(dialog, 7 * 86400)
    assert query(dialog.url)["X-Amz-Expires"] == ["604800"]
    choose_custom(dialog, 8, 86400)
    assert dialog.expiry_problem.isVisible()
    assert "at most 7 days" in dialog.expiry_problem.text()
    assert dialog.url == "" and dialog.url_edit.toPlainText() == ""
    assert not dialog.copy_button.isEnabled()
    assert dialog.expires_label.text() == "\u2014"
    choose_custom(dialog, 168, 3600)  # exactly seven days in hours is fine
    assert not dialog.expiry_problem.isVisible() and dialog.copy_button.isEnabled()
    assert query(dialog.url)["X-Amz-Expires"] == ["604800"]


def test_custom_expiry_and_local_expiry_time(qtbot: QtBot, runner: TaskRunner,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, runner, spaces_client(monkeypatch), "my-bucket", "a.txt")
    choose_custom(dialog, 90, 60)
    assert dialog.expires_in() == 5400
    assert query(dialog.url)["X-Amz-Expires"] == ["5400"]
    assert dialog.custom_spin.isVisible() and dialog.unit_box.isVisible()
    expected = datetime.now().astimezone() + timedelta(seconds=5400)
    assert dialog.expires_at is not None
    assert abs((dialog.expires_at - expected).total_seconds()) < 5
    assert dialog.expires_at.utcoffset() == expected.utcoffset()  # local time, not UTC
    # The locale's long date (weekday and month in the interface's language) and its time.
    shown = {f"{QLocale().toString(QDate(t.year, t.month, t.day), QLocale.FormatType.LongFormat)}, "
             f"{QLocale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)} "
             for t in (expected, dialog.expires_at)}
    assert any(dialog.expires_label.text().startswith(text) for text in shown)
    choose(dialog, 6 * 3600)
    assert not dialog.custom_spin.isVisible()


def test_copy_buttons_put_the_text_on_the_clipboard(qtbot: QtBot, runner: TaskRunner,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, runner, spaces_client(monkeypatch), "my-bucket", "a b.txt")
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == dialog.url and dialog.url.startswith("https://")
    qtbot.mouseClick(dialog.copy_public_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == "https://my-bucket.fra1.digitaloceanspaces.com/a%20b.txt"
    qtbot.mouseClick(dialog.copy_cdn_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == "https://my-bucket.fra1.cdn.digitaloceanspaces.com/a%20b.txt"
    assert "copied" in dialog.status_label.text()


def test_spaces_cdn_forms_are_exact(qtbot: QtBot, runner: TaskRunner,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    client = spaces_client(monkeypatch, public=True)
    dialog = open_dialog(qtbot, runner, client, "my-bucket", "photos/a b.jpg")
    assert dialog.is_public is True and dialog.cdn_edit.isEnabled()
    assert dialog.cdn_edit.text() == \
        "https://my-bucket.fra1.cdn.digitaloceanspaces.com/photos/a%20b.jpg"
    assert dialog.public_edit.text() == \
        "https://my-bucket.fra1.digitaloceanspaces.com/photos/a%20b.jpg"
    choose(dialog, 3600)
    origin = dialog.url
    dialog.cdn_box.click()
    signed = client.presign("GET", bucket="my-bucket", key="photos/a b.jpg", expires_in=3600,
                            addressing="virtual")
    assert signed.startswith("https://my-bucket.fra1.digitaloceanspaces.com/photos/a%20b.jpg?")
    assert dialog.url == signed.replace("https://my-bucket.fra1.digitaloceanspaces.com/",
                                        "https://my-bucket.fra1.cdn.digitaloceanspaces.com/", 1)
    assert dialog.url.startswith(
        "https://my-bucket.fra1.cdn.digitaloceanspaces.com/photos/a%20b.jpg?"
        "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=DO00EXAMPLEEXAMPLE00%2F20231114%2F"
        "fra1%2Fs3%2Faws4_request&X-Amz-Date=20231114T221320Z&X-Amz-Expires=3600&"
        "X-Amz-SignedHeaders=host&X-Amz-Signature=")
    assert dialog.url != origin  # signed for the virtual host, not the path form
    assert CDN_NOTE in dialog.note_label.text() and "bypass the CDN cache" in CDN_NOTE
    dialog.cdn_box.click()
    assert dialog.url == origin


def test_cdn_option_disabled_with_reason_off_spaces_and_for_dotted_buckets(
        qtbot: QtBot, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    other = offline(S3Client(endpoint="https://s3.example.com", region="us-east-1",
                             access_key="AK", secret_key="SK"), monkeypatch, public=True)
    dialog = open_dialog(qtbot, runner, other, "bucket", "k")
    assert not dialog.cdn_box.isEnabled()
    assert "Only DigitalOcean Spaces" in dialog.cdn_box.toolTip()
    assert dialog.cdn_edit.isHidden() and dialog.public_edit.isEnabled()
    dotted = open_dialog(qtbot, runner, spaces_client(monkeypatch), "my.bucket", "k")
    assert not dotted.cdn_box.isEnabled() and "dots" in dotted.cdn_box.toolTip()
    assert dotted.public_edit.text() == "https://fra1.digitaloceanspaces.com/my.bucket/k"


def test_dialog_without_runner_uses_the_app_wide_one(qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = ShareLinkDialog(spaces_client(monkeypatch), None, "my-bucket", "k")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.is_public is True, timeout=WAIT)
    second = ShareLinkDialog(spaces_client(monkeypatch), None, "my-bucket", "k")
    qtbot.addWidget(second)
    assert second._runner is dialog._runner
    qtbot.waitUntil(lambda: second.is_public is True, timeout=WAIT)
    dialog.reject()
