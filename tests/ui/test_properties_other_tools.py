"""PropertiesDialog on objects other tools made (against RGW): an object whose multipart
upload carried tags RGW dropped, and metadata s3cmd sent as raw UTF-8."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from spacesgui.s3 import S3Client
from spacesgui.workers.tasks import TaskRunner
from tests.integration.helpers.other_tools import (
    make_multipart_with_tagging,
    put_s3cmd_style,
    s3cmd_like_client,
    wire_value,
)
from tests.servers import BotoClient, ServerInfo
from tests.ui.test_properties import apply, open_dialog, retype, row_of


@pytest.fixture
def s3cmd_like(s3_server: ServerInfo) -> BotoClient:
    return s3cmd_like_client(s3_server)


def test_a_multipart_object_with_dropped_tags_opens(qtbot: QtBot, runner: TaskRunner,
                                                    client: S3Client, bucket: str,
                                                    boto_client: BotoClient) -> None:
    make_multipart_with_tagging(boto_client, bucket, "from-cli.bin")
    dialog = open_dialog(qtbot, runner, client, bucket, ["from-cli.bin"])
    assert not dialog.error_view.isVisible()
    assert dialog.tags_table.table.rowCount() == 0 and dialog.ok_button.isEnabled()


def test_raw_utf8_metadata_is_shown_decoded_and_survives_a_save(
        qtbot: QtBot, runner: TaskRunner, client: S3Client, bucket: str,
        s3cmd_like: BotoClient, boto_client: BotoClient) -> None:
    put_s3cmd_style(s3cmd_like, bucket, "note.txt", note="café")
    dialog = open_dialog(qtbot, runner, client, bucket, ["note.txt"])
    meta = dialog.metadata_table
    assert meta.table.item(row_of(meta, "note"), 1).text() == "café"
    assert not dialog.problem_label.isVisible()
    retype(qtbot, dialog.field_edits["cache_control"], "max-age=60")
    apply(qtbot, dialog)
    assert boto_client.head_object(Bucket=bucket, Key="note.txt")["CacheControl"] == "max-age=60"
    assert wire_value(boto_client, bucket, "note.txt", "note") == "café".encode()
