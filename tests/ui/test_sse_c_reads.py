"""Reading files encrypted with a customer key from the window, over the server's TLS endpoint:
a refused preview or download asks which key, and reads again with the one chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from botocore.exceptions import ClientError
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from spacesgui.app import AppContext
from spacesgui.s3.client import S3Client
from spacesgui.s3.models.config import VersioningState
from spacesgui.s3.options import SSECustomerKey
from spacesgui.sse_keys import parse
from spacesgui.ui import boxes
from spacesgui.ui.dialogs.properties import PropertiesDialog
from spacesgui.ui.dialogs.share_link import ShareLinkDialog
from spacesgui.ui.key_choice import ADD_A_KEY, KeySource
from spacesgui.ui.models.entries import Location
from spacesgui.ui.preview import PreviewDialog, open_preview
from spacesgui.ui.window import MainWindow
from spacesgui.ui.window.versions import CANNOT_RESTORE
from spacesgui.workers.tasks import TaskRunner
from tests.servers import ServerInfo, make_boto_client
from tests.ui.transfer_helpers import ACCOUNT, wait_state
from tests.ui.window_helpers import chooser

pytestmark = pytest.mark.needs("tls", "sse-c")
WAIT = 20_000


def choose(qtbot: QtBot, name: str) -> str:
    """Pick `name` in the open key chooser; returns the chooser's question."""
    qtbot.waitUntil(lambda: chooser() is not None, timeout=WAIT)
    box = chooser()
    assert box is not None
    [label] = [item for item in box.comboBoxItems() if item.startswith(f"{name}  (MD5 ")]
    question = box.labelText()
    box.setTextValue(label)
    box.accept()
    return question


def put_secret(win: MainWindow, bucket: str, key: str, body: bytes, key_text: str) -> None:
    client = win.context.registry.client_for(ACCOUNT)
    assert isinstance(client, S3Client)
    client.put_object(bucket=bucket, key=key, body=body,
                      sse_c=SSECustomerKey(parse(key_text)))


def test_preview_asks_for_the_key_and_shows_the_text(
        qtbot: QtBot, keyed_window: MainWindow, keyed_context: tuple[AppContext, str],
        runner: TaskRunner, bucket: str) -> None:
    win, (_context, key_text) = keyed_window, keyed_context
    put_secret(win, bucket, "secret.txt", b"only with the key", key_text)
    client = win.context.registry.client_for(ACCOUNT)
    dialog = open_preview(runner, client, bucket, "secret.txt", 17, win,
                          keys=win.commands.key_source(ACCOUNT))
    assert isinstance(dialog, PreviewDialog)
    qtbot.addWidget(dialog)
    # The wrong key first: the chooser comes back saying so.
    assert "encrypted with a customer key" in choose(qtbot, "wrong")
    message = dialog.findChild(QLabel, "previewMessage")
    qtbot.waitUntil(lambda: "different customer key" in message.text(), timeout=WAIT)
    assert "not this file's key" in choose(qtbot, "work")
    qtbot.waitUntil(lambda: dialog.text_view.toPlainText() == "only with the key",
                    timeout=WAIT)


def test_preview_without_keys_says_how_to_add_one(
        qtbot: QtBot, keyed_window: MainWindow, keyed_context: tuple[AppContext, str],
        runner: TaskRunner, bucket: str) -> None:
    win, (_context, key_text) = keyed_window, keyed_context
    put_secret(win, bucket, "secret.txt", b"only with the key", key_text)
    client = win.context.registry.client_for(ACCOUNT)
    dialog = open_preview(runner, client, bucket, "secret.txt", 17, win,
                          keys=KeySource((), lambda name: SSECustomerKey(parse(key_text))))
    assert isinstance(dialog, PreviewDialog)
    qtbot.addWidget(dialog)
    message = dialog.findChild(QLabel, "previewMessage")
    qtbot.waitUntil(lambda: ADD_A_KEY in message.text(), timeout=WAIT)
    assert "customer key" in message.text()
    assert chooser() is None and not dialog.choose_key_button.isVisible()


def test_download_asks_for_the_key_and_downloads_again(
        qtbot: QtBot, keyed_window: MainWindow, keyed_context: tuple[AppContext, str],
        bucket: str, tmp_path: Path) -> None:
    win, (context, key_text) = keyed_window, keyed_context
    body = bytes(range(256)) * 50
    put_secret(win, bucket, "data.bin", body, key_text)
    queue = context.queue
    target = tmp_path / "data.bin"
    first = queue.enqueue_download(ACCOUNT, bucket, "data.bin", str(target))
    assert wait_state(qtbot, queue, first) == "failed"
    choose(qtbot, "work")
    qtbot.waitUntil(lambda: target.exists() and target.read_bytes() == body, timeout=WAIT)


def test_share_link_says_a_link_alone_cannot_open_it(
        qtbot: QtBot, keyed_window: MainWindow, keyed_context: tuple[AppContext, str],
        runner: TaskRunner, bucket: str) -> None:
    win, (_context, key_text) = keyed_window, keyed_context
    put_secret(win, bucket, "secret.txt", b"only with the key", key_text)
    client = win.context.registry.client_for(ACCOUNT)
    client.put_object(bucket=bucket, key="plain.txt", body=b"plain")
    plain = ShareLinkDialog(client, None, bucket, "plain.txt", win, runner=runner)
    secret = ShareLinkDialog(client, None, bucket, "secret.txt", win, runner=runner)
    for dialog in (plain, secret):
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.waitUntil(lambda: not secret.key_note.isHidden(), timeout=WAIT)
    assert "customer key" in secret.key_note.text()
    qtbot.waitUntil(lambda: plain.needs_customer_key is False, timeout=WAIT)
    assert plain.key_note.isHidden()


def test_properties_show_the_customer_key_once_chosen(
        qtbot: QtBot, keyed_window: MainWindow, keyed_context: tuple[AppContext, str],
        runner: TaskRunner, bucket: str) -> None:
    win, (_context, key_text) = keyed_window, keyed_context
    put_secret(win, bucket, "secret.txt", b"only with the key", key_text)
    client = win.context.registry.client_for(ACCOUNT)
    dialog = PropertiesDialog(runner, client, bucket, ["secret.txt"], win,
                              key_source=win.commands.key_source(ACCOUNT))
    qtbot.addWidget(dialog)
    dialog.show()
    encryption = dialog.info["encryption"]
    qtbot.waitUntil(lambda: "choose the key to see more" in encryption.text(), timeout=WAIT)
    assert "Encrypted with a customer key" in encryption.text()
    assert dialog.choose_key_button.isVisible() and not dialog.error_view.isVisible()
    dialog.choose_key_button.click()
    choose(qtbot, "work")
    md5 = SSECustomerKey(parse(key_text)).key_md5
    qtbot.waitUntil(lambda: md5 in encryption.text(), timeout=WAIT)
    assert encryption.text() == f"Encrypted with a customer key (key MD5 {md5})"
    assert dialog.info["size"].text().startswith("17 bytes")
    assert not dialog.ok_button.isEnabled()     # read-only: no copy with the key is offered


def test_properties_without_keys_say_how_to_add_one(
        qtbot: QtBot, keyed_window: MainWindow, keyed_context: tuple[AppContext, str],
        runner: TaskRunner, bucket: str) -> None:
    win, (_context, key_text) = keyed_window, keyed_context
    put_secret(win, bucket, "secret.txt", b"only with the key", key_text)
    client = win.context.registry.client_for(ACCOUNT)
    dialog = PropertiesDialog(runner, client, bucket, ["secret.txt"], win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.status_label.text() == ADD_A_KEY, timeout=WAIT)
    assert "choose the key" in dialog.info["encryption"].text()
    assert not dialog.choose_key_button.isVisible()


def test_folder_download_asks_for_the_key_and_downloads_again(
        qtbot: QtBot, keyed_window: MainWindow, keyed_context: tuple[AppContext, str],
        bucket: str, tmp_path: Path) -> None:
    """A folder of plain and encrypted files: the encrypted ones are refused, the user is
    asked which key, and the folder comes down whole with it."""
    win, (context, key_text) = keyed_window, keyed_context
    body = bytes(range(256)) * 40
    put_secret(win, bucket, "docs/secret.bin", body, key_text)
    client = win.context.registry.client_for(ACCOUNT)
    client.put_object(bucket=bucket, key="docs/plain.txt", body=b"plain")
    queue, target = context.queue, tmp_path / "docs"
    first = queue.enqueue_prefix_download(ACCOUNT, bucket, "docs/", str(target))
    assert wait_state(qtbot, queue, first) == "failed"
    assert "encrypted with a customer key" in choose(qtbot, "work")
    secret = target / "secret.bin"
    qtbot.waitUntil(lambda: secret.exists() and secret.read_bytes() == body, timeout=WAIT)
    assert (target / "plain.txt").read_bytes() == b"plain"
    [again] = [j for j in queue.jobs() if j.id != first]
    assert again.spec.sse_key == "work"
    assert wait_state(qtbot, queue, again.id) == "done"


def _encrypted_history(win: MainWindow, bucket: str, key_text: str) -> str:
    """docs/a.txt: an old version encrypted with the key, then a plain current one; the old
    version's id."""
    client = win.context.registry.client_for(ACCOUNT)
    assert isinstance(client, S3Client)
    client.put_bucket_versioning(bucket=bucket, state=VersioningState.ENABLED)
    put_secret(win, bucket, "docs/a.txt", b"old secret", key_text)
    client.put_object(bucket=bucket, key="docs/a.txt", body=b"new plain")
    [old] = [v for v in client.list_object_versions(bucket=bucket, prefix="docs/").versions
             if not v.is_latest]
    return old.version_id


def _pick_version(qtbot: QtBot, win: MainWindow, bucket: str, version_id: str) -> None:
    win.navigate(Location(ACCOUNT, bucket, "docs/"))
    action = win.window_actions["show_versions"]
    qtbot.waitUntil(action.isEnabled, timeout=WAIT)
    action.trigger()
    qtbot.waitUntil(lambda: win.versions.index_of("docs/a.txt", version_id).isValid(),
                    timeout=WAIT)
    win.versions_table.selectRow(win.versions.index_of("docs/a.txt", version_id).row())


def test_versions_preview_asks_for_the_key_of_an_encrypted_version(
        qtbot: QtBot, keyed_window: MainWindow, keyed_context: tuple[AppContext, str],
        bucket: str) -> None:
    win, (_context, key_text) = keyed_window, keyed_context
    old = _encrypted_history(win, bucket, key_text)
    _pick_version(qtbot, win, bucket, old)
    win.versions.actions["open"].trigger()
    dialog = win.findChild(PreviewDialog, "previewDialog")
    assert dialog is not None
    assert "encrypted with a customer key" in choose(qtbot, "work")
    qtbot.waitUntil(lambda: dialog.text_view.toPlainText() == "old secret", timeout=WAIT)
    dialog.close()


def test_versions_download_asks_for_the_key_of_an_encrypted_version(
        qtbot: QtBot, keyed_window: MainWindow, keyed_context: tuple[AppContext, str],
        bucket: str, tmp_path: Path) -> None:
    win, (context, key_text) = keyed_window, keyed_context
    old = _encrypted_history(win, bucket, key_text)
    _pick_version(qtbot, win, bucket, old)
    row = win.versions.selected()
    assert row is not None and row.version_id == old
    target = tmp_path / "old.txt"
    first = win.versions.download_to(str(target), ACCOUNT, bucket, row)
    assert wait_state(qtbot, context.queue, first) == "failed"
    choose(qtbot, "work")
    qtbot.waitUntil(lambda: target.exists() and target.read_bytes() == b"old secret",
                    timeout=WAIT)


def test_versions_restore_of_an_encrypted_version(
        qtbot: QtBot, keyed_window: MainWindow, keyed_context: tuple[AppContext, str],
        bucket: str, monkeypatch: pytest.MonkeyPatch, s3_server: ServerInfo) -> None:
    """Restore asks for the key; where the server copies customer-key files, the old version
    is current again, still encrypted with it. Ceph cannot copy them (501 given the key), and
    the window says so and what to do instead."""
    win, (_context, key_text) = keyed_window, keyed_context
    monkeypatch.setattr(boxes, "confirm", lambda *_a, **kw: kw["on_yes"]())
    old = _encrypted_history(win, bucket, key_text)
    _pick_version(qtbot, win, bucket, old)
    win.versions.actions["restore"].trigger()
    assert "encrypted with a customer key" in choose(qtbot, "work")
    boto = make_boto_client(s3_server, tls=True)
    if s3_server.kind == "rgw":   # refuses the copy without the key, then 501 with it
        qtbot.waitUntil(lambda: win.findChild(QMessageBox, "errorBox") is not None,
                        timeout=WAIT)
        box = win.findChild(QMessageBox, "errorBox")
        assert box.text() == CANNOT_RESTORE
        box.close()
        assert boto.get_object(Bucket=bucket, Key="docs/a.txt")["Body"].read() == b"new plain"
        return
    key = SSECustomerKey(parse(key_text)).key

    def restored() -> bool:
        try:
            got = boto.get_object(Bucket=bucket, Key="docs/a.txt", SSECustomerAlgorithm="AES256",
                                  SSECustomerKey=key)
        except ClientError:
            return False
        return bool(got["Body"].read() == b"old secret")

    qtbot.waitUntil(restored, timeout=WAIT)
    with pytest.raises(ClientError):
        boto.get_object(Bucket=bucket, Key="docs/a.txt")
