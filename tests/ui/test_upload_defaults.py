"""The account's upload defaults on every upload path, against the real RGW: a public account's
dropped files, folders and new folders are readable anonymously (plain requests), pattern rules
reach the stored object (read back with boto3 and shown in Properties), and a queue job saved
by one session uploads the same way in the next.
"""

from __future__ import annotations

import gzip
from dataclasses import replace
from pathlib import Path
from typing import Any

import requests
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from spacesgui.app import AppContext
from spacesgui.clients import ClientRegistry
from spacesgui.s3.transfer.upload_rules import UploadDefaults, UploadRule
from spacesgui.ui.dialogs.properties import PropertiesDialog
from spacesgui.ui.window import MainWindow
from spacesgui.workers.tasks import TaskRunner
from tests.servers import ClientFactory, ServerInfo
from tests.ui.test_main_window import below_rows, drop, keys_in
from tests.ui.transfer_helpers import ACCOUNT, QueueFactory, wait_state
from tests.ui.window_helpers import ACCOUNT as WINDOW_ACCOUNT
from tests.ui.window_helpers import WAIT, open_folder, select

RULES = (UploadRule("*.html", "Cache-Control", "no-cache"),
         UploadRule("*.woff2", "Cache-Control", "max-age=31536000"),
         UploadRule("*.html", "x-amz-meta-origin", "site-build"),
         UploadRule("*.csv", "Content-Disposition", "attachment"),
         UploadRule("*.svgz", "Content-Encoding", "gzip"))


def anonymous_status(s3_server: ServerInfo, bucket: str, key: str) -> int:
    return requests.get(f"{s3_server.endpoint}/{bucket}/{key}", timeout=10).status_code


def make_public(context: AppContext, client_of: ClientFactory) -> None:
    """The window's account, now with "New uploads are: public" and the rules above."""
    account = context.account(WINDOW_ACCOUNT)
    assert account is not None
    context.add_ready_account(replace(account, default_acl="public-read", upload_rules=RULES),
                              client_of())


def test_dropped_files_and_folders_of_a_public_account_are_public_with_their_rule_headers(
        qtbot: QtBot, window: MainWindow, context: AppContext, make_client: ClientFactory,
        s3_server: ServerInfo, bucket: str, boto_client: Any, runner: TaskRunner,
        tmp_path: Path) -> None:
    make_public(context, make_client)
    local = tmp_path / "local"
    (local / "site" / "fonts").mkdir(parents=True)
    (local / "site" / "empty").mkdir()   # uploaded as a folder marker
    (local / "page.html").write_bytes(b"<p>hi</p>")
    (local / "data.CSV").write_bytes(b"a,b\n")
    (local / "site" / "index.html").write_bytes(b"<p>index</p>")
    (local / "site" / "fonts" / "f.woff2").write_bytes(b"wOF2")
    boto_client.put_object(Bucket=bucket, Key="in/", Body=b"")
    open_folder(qtbot, window, bucket, "in/")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(local / n)) for n in ("page.html", "data.CSV",
                                                                "site")])
    assert drop(window.table.viewport(), mime, below_rows(window)).isAccepted()
    want = {"in/page.html", "in/data.CSV", "in/site/index.html", "in/site/fonts/f.woff2",
            "in/site/empty/"}
    qtbot.waitUntil(lambda: want <= keys_in(boto_client, bucket), timeout=WAIT)

    for key in want:
        assert anonymous_status(s3_server, bucket, key) == 200, key
    head = boto_client.head_object(Bucket=bucket, Key="in/page.html")
    assert head["CacheControl"] == "no-cache"
    assert head["Metadata"] == {"origin": "site-build"}
    assert boto_client.head_object(Bucket=bucket, Key="in/site/index.html")[
        "CacheControl"] == "no-cache"
    assert boto_client.head_object(Bucket=bucket, Key="in/site/fonts/f.woff2")[
        "CacheControl"] == "max-age=31536000"
    csv = boto_client.head_object(Bucket=bucket, Key="in/data.CSV")
    assert csv["ContentDisposition"] == "attachment" and "CacheControl" not in csv

    # The headers are the object's own: Properties shows them like any other.
    dialog = PropertiesDialog(runner, make_client(), bucket, ["in/page.html"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=WAIT)
    assert dialog.field_edits["cache_control"].text() == "no-cache"
    assert dialog.metadata_table.rows() == [("origin", "site-build")]
    dialog.reject()


def test_a_new_folder_and_a_pasted_file_of_a_public_account_are_public(
        qtbot: QtBot, window: MainWindow, context: AppContext, make_client: ClientFactory,
        s3_server: ServerInfo, bucket: str, boto_client: Any, tmp_path: Path) -> None:
    make_public(context, make_client)
    open_folder(qtbot, window, bucket)
    window.commands.new_folder()
    prompt = window.findChild(QInputDialog, "textPrompt")
    assert prompt is not None
    prompt.setTextValue("made")
    prompt.accept()
    qtbot.waitUntil(lambda: "made/" in keys_in(boto_client, bucket), timeout=WAIT)
    assert anonymous_status(s3_server, bucket, "made/") == 200

    (tmp_path / "pasted.svgz").write_bytes(gzip.compress(b"<svg/>"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "pasted.svgz"))])
    QApplication.clipboard().setMimeData(mime)
    select(window)
    window.commands.paste()
    qtbot.waitUntil(lambda: "pasted.svgz" in keys_in(boto_client, bucket), timeout=WAIT)
    assert anonymous_status(s3_server, bucket, "pasted.svgz") == 200
    assert boto_client.head_object(Bucket=bucket, Key="pasted.svgz")["ContentEncoding"] == "gzip"


def test_a_private_account_sends_no_acl_and_its_uploads_stay_private(
        qtbot: QtBot, window: MainWindow, s3_server: ServerInfo, bucket: str,
        boto_client: Any, tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_bytes(b"not for everyone")
    open_folder(qtbot, window, bucket)
    assert window.location is not None
    with qtbot.waitSignal(window.commands.conflicts.queued, timeout=WAIT) as queued:
        window.commands.upload_paths(window.location, [str(tmp_path / "secret.txt")])
    [job_id] = queued.args[0]
    job = window.context.queue.job(job_id)
    assert job is not None and job.spec.upload == UploadDefaults(None, ())
    qtbot.waitUntil(lambda: "secret.txt" in keys_in(boto_client, bucket), timeout=WAIT)
    assert anonymous_status(s3_server, bucket, "secret.txt") == 403


def test_a_saved_upload_job_keeps_its_acl_and_rules_into_the_next_session(
        qtbot: QtBot, make_queue: QueueFactory, registry: ClientRegistry,
        s3_server: ServerInfo, bucket: str, boto_client: Any, tmp_path: Path) -> None:
    state_dir = tmp_path / "saved"
    (tmp_path / "app.html").write_bytes(b"<p>app</p>")
    defaults = UploadDefaults("public-read", RULES)
    # First session: the account has no client, so the job fails and is saved as failed.
    first = make_queue(ClientRegistry(), state_dir=state_dir)
    job_id = first.enqueue_upload(ACCOUNT, bucket, "app.html", str(tmp_path / "app.html"),
                                  upload=defaults)
    assert wait_state(qtbot, first, job_id) == "failed"
    assert first.shutdown(10_000)

    second = make_queue(registry, state_dir=state_dir)
    [restored] = second.restore()
    job = second.job(restored)
    assert job is not None and job.spec.upload == defaults
    second.retry_failed()
    assert wait_state(qtbot, second, restored) == "done"
    assert anonymous_status(s3_server, bucket, "app.html") == 200
    head = boto_client.head_object(Bucket=bucket, Key="app.html")
    assert (head["CacheControl"], head["Metadata"]) == ("no-cache", {"origin": "site-build"})
