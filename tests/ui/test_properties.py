"""PropertiesDialog against RGW: edit, apply, read back with a separate (boto3) client; mixed
values across many objects; validation; per-key errors."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from spacesgui.s3 import S3Client
from spacesgui.s3.models.acl import AUTHENTICATED_USERS
from spacesgui.ui.dialogs.properties import PropertiesDialog
from spacesgui.ui.dialogs.properties_tables import MIXED_TEXT, PairTable
from spacesgui.ui.formatting import grouped
from spacesgui.workers.tasks import TaskRunner
from tests.servers import ServerInfo

WAIT = 20_000
BODY = b"properties body " * 64


def anonymous_status(server: ServerInfo, bucket: str, key: str) -> int:
    return requests.get(f"{server.endpoint}/{bucket}/{key}", timeout=10).status_code


def open_dialog(qtbot: QtBot, runner: TaskRunner, client: S3Client, bucket: str,
                keys: list[str]) -> PropertiesDialog:
    dialog = PropertiesDialog(runner, client, bucket, keys)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled() or dialog.error_view.isVisible(),
                    timeout=WAIT)
    return dialog


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def row_of(table: PairTable, name: str) -> int:
    return next(r for r in range(table.table.rowCount()) if table.table.item(r, 0).text() == name)


def set_cell(table: PairTable, row: int, column: int, text: str) -> None:
    table.table.item(row, column).setText(text)  # what the delegate does on commit


def add_row(qtbot: QtBot, table: PairTable, name: str, value: str) -> None:
    rows = table.table.rowCount()
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.table.rowCount() == rows + 1
    row = rows
    table.table.closePersistentEditor(table.table.item(row, 0))
    set_cell(table, row, 0, name)
    set_cell(table, row, 1, value)


def remove_row(qtbot: QtBot, table: PairTable, name: str) -> None:
    table.table.clearSelection()
    table.table.selectRow(row_of(table, name))
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)


def apply(qtbot: QtBot, dialog: PropertiesDialog) -> dict[str, Any]:
    assert dialog.ok_button.isEnabled(), dialog.problem_label.text()
    with qtbot.waitSignal(dialog.applied, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def tags_of(boto: Any, bucket: str, key: str) -> dict[str, str]:
    return {t["Key"]: t["Value"] for t in boto.get_object_tagging(Bucket=bucket, Key=key)["TagSet"]}


def test_edit_one_object_and_read_it_back(qtbot: QtBot, runner: TaskRunner,
                                          s3_server: ServerInfo, client: S3Client, bucket: str,
                                          boto_client: Any) -> None:
    key = "docs/report.txt"
    boto_client.put_object(
        Bucket=bucket, Key=key, Body=BODY, ContentType="text/plain; charset=utf-8",
        CacheControl="max-age=60", ContentDisposition='attachment; filename="r.txt"',
        ContentLanguage="en", Metadata={"author": "ann", "keep": "yes", "gone": "soon"},
        Tagging="team=blue")
    before = boto_client.head_object(Bucket=bucket, Key=key)
    dialog = open_dialog(qtbot, runner, client, bucket, [key])
    assert dialog.info["size"].text().endswith(f"({grouped(len(BODY))} bytes)")
    assert dialog.info["etag"].text() == before["ETag"].strip('"')
    assert dialog.field_edits["content_type"].text() == "text/plain; charset=utf-8"
    assert dialog.acl_box.currentData() == "private"

    retype(qtbot, dialog.field_edits["cache_control"], "no-cache")
    meta = dialog.metadata_table
    set_cell(meta, row_of(meta, "author"), 1, "bob")
    remove_row(qtbot, meta, "gone")
    add_row(qtbot, meta, "new-one", "x y")
    add_row(qtbot, dialog.tags_table, "stage", "final")
    dialog.acl_box.setCurrentIndex(dialog.acl_box.findData("public-read"))
    results = apply(qtbot, dialog)

    assert results == {key: None}
    assert dialog.result() == PropertiesDialog.DialogCode.Accepted
    after = boto_client.head_object(Bucket=bucket, Key=key)
    assert after["CacheControl"] == "no-cache"
    assert after["Metadata"] == {"author": "bob", "keep": "yes", "new-one": "x y"}
    for untouched in ("ContentType", "ContentDisposition", "ContentLanguage", "ContentLength"):
        assert after[untouched] == before[untouched], untouched
    assert after["ETag"] == before["ETag"]
    assert boto_client.get_object(Bucket=bucket, Key=key)["Body"].read() == BODY
    assert tags_of(boto_client, bucket, key) == {"team": "blue", "stage": "final"}
    assert anonymous_status(s3_server, bucket, key) == 200


def test_header_edit_alone_keeps_tags_acl_and_metadata(qtbot: QtBot, runner: TaskRunner,
                                                       s3_server: ServerInfo, client: S3Client,
                                                       bucket: str, boto_client: Any) -> None:
    key = "pub.css"
    boto_client.put_object(Bucket=bucket, Key=key, Body=BODY, ContentType="text/css",
                           Metadata={"origin": "build-7"}, Tagging="a=1&b=2", ACL="public-read")
    dialog = open_dialog(qtbot, runner, client, bucket, [key])
    assert dialog.acl_box.currentData() == "public-read"
    retype(qtbot, dialog.field_edits["content_encoding"], "identity")
    assert apply(qtbot, dialog) == {key: None}
    after = boto_client.head_object(Bucket=bucket, Key=key)
    assert after["ContentEncoding"] == "identity"
    assert after["ContentType"] == "text/css"
    assert after["Metadata"] == {"origin": "build-7"}
    assert tags_of(boto_client, bucket, key) == {"a": "1", "b": "2"}
    assert anonymous_status(s3_server, bucket, key) == 200  # the self-copy kept it public


def test_custom_acl_is_kept_through_a_header_change(qtbot: QtBot, runner: TaskRunner,
                                                     client: S3Client, bucket: str,
                                                     boto_client: Any) -> None:
    key = "members-only.txt"
    boto_client.put_object(Bucket=bucket, Key=key, Body=BODY, ACL="authenticated-read")
    dialog = open_dialog(qtbot, runner, client, bucket, [key])
    assert dialog.acl_box.currentText() == "Custom (kept)"
    retype(qtbot, dialog.field_edits["cache_control"], "max-age=5")
    assert apply(qtbot, dialog) == {key: None}
    grants = boto_client.get_object_acl(Bucket=bucket, Key=key)["Grants"]
    assert any(g["Grantee"].get("URI") == AUTHENTICATED_USERS and g["Permission"] == "READ"
               for g in grants)
    assert boto_client.head_object(Bucket=bucket, Key=key)["CacheControl"] == "max-age=5"


@pytest.mark.needs("anonymous-acl")
def test_many_objects_show_mixed_values_and_apply_only_changed_fields(
        qtbot: QtBot, runner: TaskRunner, s3_server: ServerInfo, client: S3Client, bucket: str,
        boto_client: Any) -> None:
    objects = {"m/a.txt": ("text/plain", {"m": "1", "same": "s"}, "public-read"),
               "m/b.json": ("application/json", {"m": "2", "same": "s"}, "private"),
               "m/c.bin": ("application/octet-stream", {"same": "s"}, "private")}
    for key, (ctype, meta, acl) in objects.items():
        boto_client.put_object(Bucket=bucket, Key=key, Body=key.encode() * 10, ContentType=ctype,
                               CacheControl="max-age=1", Metadata=meta, ACL=acl,
                               Tagging="shared=yes&own=" + key[2])
    before = {k: boto_client.head_object(Bucket=bucket, Key=k) for k in objects}
    dialog = open_dialog(qtbot, runner, client, bucket, list(objects))
    assert dialog.windowTitle() == "Properties \u2014 3 files"
    content_type = dialog.field_edits["content_type"]
    assert content_type.text() == "" and content_type.placeholderText() == MIXED_TEXT
    assert dialog.field_edits["cache_control"].text() == "max-age=1"
    assert dialog.info["etag"].text() == MIXED_TEXT
    assert dialog.info["type"].text() == MIXED_TEXT
    meta = dialog.metadata_table
    assert meta.table.item(row_of(meta, "m"), 1).text() == MIXED_TEXT
    assert meta.table.item(row_of(meta, "same"), 1).text() == "s"
    tags = dialog.tags_table
    assert tags.table.item(row_of(tags, "own"), 1).text() == MIXED_TEXT
    assert tags.table.item(row_of(tags, "shared"), 1).text() == "yes"
    assert dialog.acl_box.currentData() is None and "mixed" in dialog.acl_box.currentText()
    assert dialog.ok_button.isEnabled()  # untouched mixed values are valid as they are

    retype(qtbot, dialog.field_edits["cache_control"], "max-age=99")
    add_row(qtbot, meta, "all", "1")
    set_cell(tags, row_of(tags, "shared"), 1, "no")
    assert apply(qtbot, dialog) == dict.fromkeys(objects)

    for key, (ctype, meta_in, acl) in objects.items():
        after = boto_client.head_object(Bucket=bucket, Key=key)
        assert after["ContentType"] == ctype == before[key]["ContentType"]
        assert after["CacheControl"] == "max-age=99"
        assert after["Metadata"] == {**meta_in, "all": "1"}
        assert tags_of(boto_client, bucket, key) == {"shared": "no", "own": key[2]}
        expected = 200 if acl == "public-read" else 403
        assert anonymous_status(s3_server, bucket, key) == expected, key


def test_invalid_input_is_shown_inline_and_blocks_ok(qtbot: QtBot, runner: TaskRunner,
                                                      client: S3Client, bucket: str,
                                                      boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="v.txt", Body=BODY)
    dialog = open_dialog(qtbot, runner, client, bucket, ["v.txt"])
    meta = dialog.metadata_table
    add_row(qtbot, meta, "bad name", "ok")
    assert not dialog.ok_button.isEnabled()
    assert "bad name" in dialog.problem_label.text() and dialog.problem_label.isVisible()
    row = row_of(meta, "bad name")
    assert meta.table.item(row, 0).background().color().name() == "#f9dedc"
    set_cell(meta, row, 0, "good-name")
    assert dialog.ok_button.isEnabled() and not dialog.problem_label.isVisible()
    set_cell(meta, row, 1, "caf\u00e9")  # non-ASCII is stored as an RFC 2047 encoded-word
    assert dialog.ok_button.isEnabled()
    set_cell(meta, row, 1, "caf\u00e9\x07")
    assert not dialog.ok_button.isEnabled() and "control" in dialog.problem_label.text()
    set_cell(meta, row, 1, "cafe")
    assert dialog.ok_button.isEnabled()

    retype(qtbot, dialog.field_edits["content_type"], "")
    assert not dialog.ok_button.isEnabled() and "Content-Type" in dialog.problem_label.text()
    retype(qtbot, dialog.field_edits["content_type"], "text/plain")
    assert dialog.ok_button.isEnabled()

    tags = dialog.tags_table
    for i in range(10):
        add_row(qtbot, tags, f"t{i}", "v")
    assert not tags.add_button.isEnabled()  # ten is the limit
    set_cell(tags, row_of(tags, "t0"), 1, "v" * 257)
    assert not dialog.ok_button.isEnabled() and "256" in dialog.problem_label.text()
    set_cell(tags, row_of(tags, "t0"), 1, "v")
    assert dialog.ok_button.isEnabled()


def test_per_key_errors_are_reported_and_the_rest_applied(
        qtbot: QtBot, runner: TaskRunner, client: S3Client, bucket: str,
        boto_client: Any) -> None:
    for key in ("e/ok.txt", "e/vanishing.txt"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=BODY, ContentType="text/plain")
    dialog = open_dialog(qtbot, runner, client, bucket,
                         ["e/ok.txt", "e/vanishing.txt", "e/never-there.txt"])
    assert dialog.error_view.isVisible()
    assert "e/never-there.txt" in dialog.error_view.toPlainText()
    boto_client.delete_object(Bucket=bucket, Key="e/vanishing.txt")
    retype(qtbot, dialog.field_edits["cache_control"], "no-store")
    results = apply(qtbot, dialog)
    assert results["e/ok.txt"] is None
    assert results["e/vanishing.txt"] is not None
    assert dialog.isVisible()  # stays open to show what failed
    assert "e/vanishing.txt" in dialog.error_view.toPlainText()
    assert "1 failed" in dialog.status_label.text()
    assert dialog.cancel_button.text() == "&Close"
    assert boto_client.head_object(Bucket=bucket, Key="e/ok.txt")["CacheControl"] == "no-store"
