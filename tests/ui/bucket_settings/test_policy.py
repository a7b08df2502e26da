"""The policy page: the server's policy shown, checked as typed, templates applied and proven
with anonymous requests, deletion, and a refused reader."""

from __future__ import annotations

import json

import pytest
import requests
from botocore.exceptions import ClientError
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from spacesgui.s3.settings.policy import public_read_prefix
from spacesgui.ui.bucket_settings.base import ChangePreview, PageState
from spacesgui.ui.bucket_settings.json_editor import JsonColours
from spacesgui.ui.bucket_settings.policy import PolicyPage, TemplateQuestion
from tests.servers import BotoClient, ServerInfo
from tests.ui.bucket_settings.conftest import ContextFactory

WAIT = 30_000


def loaded_page(qtbot: QtBot, context: ContextFactory, bucket: str,
                user: str = "tester") -> PolicyPage:
    page = PolicyPage(context(bucket, user=user))
    qtbot.addWidget(page)
    page.load()
    qtbot.waitUntil(lambda: page.state not in (PageState.LOADING, PageState.APPLYING),
                    timeout=WAIT)
    return page


def confirm_preview(qtbot: QtBot, page: PolicyPage) -> str:
    """Click Apply in the open preview, wait for the read-back; the preview's diff."""
    preview = page.findChild(ChangePreview)
    assert preview is not None
    diff = preview.findChild(QPlainTextEdit, "changeDiff").toPlainText()
    with qtbot.waitSignal(page.applied, timeout=WAIT):
        preview.apply_button.click()
    qtbot.waitUntil(lambda: page.state is PageState.READY, timeout=WAIT)
    return diff


def problem_text(page: PolicyPage) -> str:
    label = page.findChild(type(page.status), "problem_policy")
    assert label is not None
    return label.text() if not label.isHidden() else ""


def settled(qtbot: QtBot, page: PolicyPage) -> None:
    """Wait until the typed text has been checked (the check runs after a pause in typing)."""
    qtbot.waitUntil(lambda: not page._check_timer.isActive(), timeout=WAIT)


def boto_policy_code(boto_client: BotoClient, bucket: str) -> str:
    with pytest.raises(ClientError) as gone:
        boto_client.get_bucket_policy(Bucket=bucket)
    return str(gone.value.response["Error"]["Code"])


def anonymous_status(server: ServerInfo, bucket: str, key: str) -> int:
    return requests.get(f"{server.endpoint}/{bucket}/{key}", timeout=10).status_code


def test_a_policy_written_with_boto_is_shown(qtbot: QtBot, settings_context: ContextFactory,
                                             boto_client: BotoClient, bucket: str) -> None:
    policy = json.loads(public_read_prefix(bucket, "docs/"))
    boto_client.put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy, separators=(",", ":")))
    page = loaded_page(qtbot, settings_context, bucket)
    assert page.state is PageState.READY
    text = page.editor.toPlainText()
    assert json.loads(text) == policy
    assert text.count("\n") > 5  # shown indented, one element per line
    assert page.empty_hint.isHidden()
    assert not page.apply_button.isEnabled() and not page.is_dirty()
    assert page.delete_button.isEnabled()
    assert page.findChild(type(page.status), "perBucketKeysNote").text().startswith(
        "On DigitalOcean Spaces, access keys limited to certain buckets")


def test_no_policy_shows_an_empty_editor_with_a_hint(
        qtbot: QtBot, settings_context: ContextFactory, bucket: str) -> None:
    page = loaded_page(qtbot, settings_context, bucket)
    assert page.state is PageState.READY and page.server_value is None
    assert page.editor.toPlainText() == ""
    assert not page.empty_hint.isHidden() and "template" in page.empty_hint.text()
    assert not page.delete_button.isEnabled() and not page.apply_button.isEnabled()


@pytest.mark.needs("anonymous-acl")
def test_prefix_template_lets_anonymous_gets_through_only_under_the_prefix(
        qtbot: QtBot, s3_server: ServerInfo, settings_context: ContextFactory,
        boto_client: BotoClient, bucket: str) -> None:
    for key in ("pub/a.txt", "priv/b.txt", "pubx.txt"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=key.encode())
    page = loaded_page(qtbot, settings_context, bucket)
    assert anonymous_status(s3_server, bucket, "pub/a.txt") == 403

    page.template_menu.findChild(type(page.template_menu.actions()[0]),
                                 "templatePublicPrefix").trigger()
    question = page.findChild(TemplateQuestion)
    assert question is not None
    question.value_edit.setText("/pub")
    assert not question.ok_button.isEnabled() and not question.problem.isHidden()
    question.value_edit.setText("pub/")
    assert question.ok_button.isEnabled()
    question.ok_button.click()
    assert f"arn:aws:s3:::{bucket}/pub/*" in page.editor.toPlainText()
    settled(qtbot, page)
    assert page.apply_button.isEnabled() and problem_text(page) == ""

    page.apply_button.click()
    diff = confirm_preview(qtbot, page)
    assert f'+        "arn:aws:s3:::{bucket}/pub/*"' in diff
    assert json.loads(boto_client.get_bucket_policy(Bucket=bucket)["Policy"]) == \
        json.loads(page.editor.toPlainText())
    assert anonymous_status(s3_server, bucket, "pub/a.txt") == 200
    assert anonymous_status(s3_server, bucket, "priv/b.txt") == 403
    assert anonymous_status(s3_server, bucket, "pubx.txt") == 403


def test_invalid_json_keeps_apply_disabled_and_marks_the_place(
        qtbot: QtBot, settings_context: ContextFactory, bucket: str) -> None:
    page = loaded_page(qtbot, settings_context, bucket)
    page.editor.setPlainText('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Sid": }\n')
    settled(qtbot, page)
    assert not page.apply_button.isEnabled()
    assert "line 4, column 13" in problem_text(page)
    assert page.editor.error_position() == (4, 13)
    assert page.editor.extraSelections()  # the mark under the character

    # Typing more is checked again once typing pauses; a fixed document clears the mark.
    page.editor.setPlainText(public_read_prefix(bucket, "a/"))
    qtbot.keyClicks(page.editor, " ")
    settled(qtbot, page)
    assert problem_text(page) == "" and page.editor.error_position() is None
    assert page.apply_button.isEnabled()


def test_a_policy_for_another_bucket_is_refused_with_the_reason(
        qtbot: QtBot, settings_context: ContextFactory, bucket: str) -> None:
    page = loaded_page(qtbot, settings_context, bucket)
    page.editor.setPlainText(public_read_prefix("someone-elses-bucket", "x/"))
    settled(qtbot, page)
    assert not page.apply_button.isEnabled()
    reason = problem_text(page)
    assert "someone-elses-bucket" in reason and bucket in reason
    page.ask_apply()
    assert page.findChild(ChangePreview) is None


def test_delete_policy_removes_it(qtbot: QtBot, settings_context: ContextFactory,
                                  boto_client: BotoClient, bucket: str) -> None:
    boto_client.put_bucket_policy(Bucket=bucket, Policy=public_read_prefix(bucket, "d/"))
    page = loaded_page(qtbot, settings_context, bucket)
    assert page.delete_button.isEnabled()
    page.delete_button.click()
    preview = page.findChild(ChangePreview)
    assert preview is not None and preview.apply_button.text() == "Delete Setting"
    confirm_preview(qtbot, page)
    assert boto_policy_code(boto_client, bucket) == "NoSuchBucketPolicy"
    assert page.server_value is None and page.editor.toPlainText() == ""
    assert not page.empty_hint.isHidden() and not page.delete_button.isEnabled()


def test_address_range_template_checks_the_range(qtbot: QtBot, settings_context: ContextFactory,
                                                 bucket: str) -> None:
    page = loaded_page(qtbot, settings_context, bucket)
    page.editor.setPlainText(public_read_prefix(bucket, "pub/"))
    page.ask_ip_range()
    question = page.findChild(TemplateQuestion)
    assert question is not None
    question.value_edit.setText("10.0.0.1/8")
    assert not question.ok_button.isEnabled()
    assert "not an address range" in question.problem.text()
    question.value_edit.setText("10.0.0.0/8")
    question.ok_button.click()
    document = json.loads(page.editor.toPlainText())
    assert [s["Sid"] for s in document["Statement"]] == ["PublicRead", "OnlyFromRange"]
    assert document["Statement"][1]["Condition"] == {"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}
    assert page.apply_button.isEnabled() and page.lockout.isHidden()


def test_a_deny_of_everything_warns_of_lockout(qtbot: QtBot, settings_context: ContextFactory,
                                               bucket: str) -> None:
    page = loaded_page(qtbot, settings_context, bucket)
    page.editor.setPlainText(json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Deny", "Principal": "*", "Action": "s3:*",
        "Resource": f"arn:aws:s3:::{bucket}/*"}]}))
    settled(qtbot, page)
    assert not page.lockout.isHidden() and "s3:*" in page.lockout.text()


def test_colours_follow_the_palette(qtbot: QtBot, settings_context: ContextFactory,
                                    bucket: str) -> None:
    page = PolicyPage(settings_context(bucket))
    qtbot.addWidget(page)
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    assert JsonColours.for_palette(light) != JsonColours.for_palette(dark)
    page.editor.setPalette(dark)
    assert page.editor.colours == JsonColours.for_palette(dark)
    page.editor.setPlainText('{"Version": "2012-10-17", "n": 1, "t": true}')
    formats = page.editor.document().firstBlock().layout().formats()
    colours = {f.format.foreground().color().name() for f in formats}
    expected = JsonColours.for_palette(dark)
    assert {expected.key, expected.string, expected.number, expected.keyword} <= colours


@pytest.mark.needs("other-user")
def test_a_refused_reader_gets_a_disabled_page_with_the_reason(
        qtbot: QtBot, settings_context: ContextFactory, bucket: str) -> None:
    page = loaded_page(qtbot, settings_context, bucket, user="other")
    assert page.state is PageState.UNAVAILABLE
    assert "AccessDenied" in page.status.text()
    assert not page.content.isEnabled() and not page.delete_button.isEnabled()


@pytest.mark.needs("other-user")
def test_read_only_template_lets_that_user_read(
        qtbot: QtBot, settings_context: ContextFactory, boto_client: BotoClient,
        other_client: BotoClient, bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="shared.txt", Body=b"shared")
    with pytest.raises(ClientError):
        other_client.get_object(Bucket=bucket, Key="shared.txt")
    page = loaded_page(qtbot, settings_context, bucket)
    page.ask_read_only_user()
    question = page.findChild(TemplateQuestion)
    assert question is not None and not question.ok_button.isEnabled()
    question.value_edit.setText("arn:aws:iam:::user/other")
    question.ok_button.click()
    settled(qtbot, page)
    page.apply_button.click()
    confirm_preview(qtbot, page)
    assert other_client.get_object(Bucket=bucket, Key="shared.txt")["Body"].read() == b"shared"
    listed = other_client.list_objects_v2(Bucket=bucket)["Contents"]
    assert [o["Key"] for o in listed] == ["shared.txt"]
    with pytest.raises(ClientError):  # read-only: writing stays refused
        other_client.put_object(Bucket=bucket, Key="new.txt", Body=b"no")
