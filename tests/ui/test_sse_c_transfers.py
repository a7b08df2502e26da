"""Transfers with a customer key (SSE-C) through the queue, over the server's TLS endpoint: the
job names the key, the worker reads it from the vault, and the key is written nowhere."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError
from pytestqt.qtbot import QtBot

from spacesgui.app import AppContext
from spacesgui.clients import ClientRegistry
from spacesgui.logs import setup_logging
from spacesgui.s3.options import SSECustomerKey
from spacesgui.s3.transfer.common import MiB
from spacesgui.secrets import CustomerKeys, MemorySecretStore, SecretVault
from spacesgui.sse_keys import generate, parse
from spacesgui.ui.errors import describe
from spacesgui.ui.models.entries import Location
from spacesgui.ui.window import MainWindow
from spacesgui.workers.transfer_jobs import JobSpec
from tests.servers import ClientFactory, ServerInfo, make_boto_client
from tests.ui.transfer_helpers import ACCOUNT, QueueFactory, make_file, wait_state
from tests.ui.window_helpers import chooser

pytestmark = pytest.mark.needs("tls", "sse-c")


def _files_containing(root: Path, text: str) -> list[Path]:
    needle = text.encode()
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_upload_and_download_with_a_named_key(qtbot: QtBot, make_queue: QueueFactory,
                                              make_client: ClientFactory, s3_server: ServerInfo,
                                              bucket: str, tmp_path: Path) -> None:
    registry = ClientRegistry()
    registry.put(ACCOUNT, make_client(tls=True))
    key_text = generate()
    vault = SecretVault(MemorySecretStore())
    CustomerKeys(vault, ACCOUNT).store("work", key_text)
    state = tmp_path / "state"
    queue = make_queue(registry, state_dir=state,
                       customer_key=lambda account, name: CustomerKeys(vault, account).sse_c(name))
    small, large = tmp_path / "small.txt", tmp_path / "large.bin"
    small.write_bytes(b"for your eyes only")
    make_file(large, 6 * MiB)   # multipart: every part carries the key
    a = queue.enqueue_upload(ACCOUNT, bucket, "small.txt", str(small), sse_key="work")
    b = queue.enqueue_upload(ACCOUNT, bucket, "large.bin", str(large), sse_key="work")
    assert wait_state(qtbot, queue, a) == "done"
    assert wait_state(qtbot, queue, b) == "done"

    boto = make_boto_client(s3_server, tls=True)
    for name in ("small.txt", "large.bin"):
        with pytest.raises(ClientError):
            boto.get_object(Bucket=bucket, Key=name)

    got_small, got_large = tmp_path / "got.txt", tmp_path / "got.bin"
    c = queue.enqueue_download(ACCOUNT, bucket, "small.txt", str(got_small), sse_key="work")
    d = queue.enqueue_download(ACCOUNT, bucket, "large.bin", str(got_large), sse_key="work")
    assert wait_state(qtbot, queue, c) == "done"
    assert wait_state(qtbot, queue, d) == "done"
    assert got_small.read_bytes() == small.read_bytes()
    assert got_large.read_bytes() == large.read_bytes()

    assert queue.shutdown(10_000)
    assert not _files_containing(state, key_text)


def test_wrong_key_and_unreadable_key_fail_clearly(qtbot: QtBot, make_queue: QueueFactory,
                                                   make_client: ClientFactory, bucket: str,
                                                   tmp_path: Path, boto_client: Any) -> None:
    registry = ClientRegistry()
    registry.put(ACCOUNT, make_client(tls=True))
    vault = SecretVault(MemorySecretStore())
    keys = CustomerKeys(vault, ACCOUNT)
    texts = (generate(), generate())
    keys.store("right", texts[0])
    keys.store("wrong", texts[1])
    state = tmp_path / "state"
    queue = make_queue(registry, state_dir=state, customer_key=lambda account, name: CustomerKeys(
        vault, account).sse_c(name))
    src = tmp_path / "a.txt"
    src.write_bytes(b"abc")
    up = queue.enqueue_upload(ACCOUNT, bucket, "a.txt", str(src), sse_key="right")
    assert wait_state(qtbot, queue, up) == "done"
    down = queue.enqueue_download(ACCOUNT, bucket, "a.txt", str(tmp_path / "b.txt"),
                                  sse_key="wrong")
    assert wait_state(qtbot, queue, down) == "failed"
    gone = queue.enqueue_download(ACCOUNT, bucket, "a.txt", str(tmp_path / "c.txt"),
                                  sse_key="deleted")
    assert wait_state(qtbot, queue, gone) == "failed"
    job = queue.job(gone)
    assert job is not None and "not in the keyring" in str(job.error)
    assert not (tmp_path / "b.txt").exists()
    # The failed jobs are saved with their key's name, never the key.
    assert queue.shutdown(10_000)
    saved = (state / "queue.json").read_text()
    assert '"sse_key": "wrong"' in saved
    assert not [t for t in texts if _files_containing(state, t)]


def test_a_named_key_without_a_lookup_fails_with_a_message(
        qtbot: QtBot, make_queue: QueueFactory, registry: ClientRegistry, bucket: str,
        tmp_path: Path) -> None:
    queue = make_queue(registry)
    src = tmp_path / "a.txt"
    src.write_bytes(b"abc")
    job_id = queue.enqueue_upload(ACCOUNT, bucket, "a.txt", str(src), sse_key="work")
    assert wait_state(qtbot, queue, job_id) == "failed"
    job = queue.job(job_id)
    assert job is not None and "work" in str(job.error)


# ---- the window's uploads use the account's default key ----------------------------------

def test_window_upload_uses_the_default_key_and_refuses_plain_http(
        qtbot: QtBot, keyed_context: tuple[AppContext, str],
        keyed_window: MainWindow,
        s3_server: ServerInfo, bucket: str, tmp_path: Path) -> None:
    context, key_text = keyed_context
    win = keyed_window
    key = SSECustomerKey(parse(key_text))
    src = tmp_path / "notes.txt"
    src.write_bytes(b"the default key")
    queue = context.queue
    with qtbot.waitSignal(win.commands.conflicts.queued, timeout=30_000) as queued:
        win.commands.upload_paths(Location(ACCOUNT, bucket, ""), [str(src)])
    [job_id] = queued.args[0]
    assert wait_state(qtbot, queue, job_id) == "done"
    boto = make_boto_client(s3_server, tls=True)
    with pytest.raises(ClientError):
        boto.get_object(Bucket=bucket, Key="notes.txt")
    got = boto.get_object(Bucket=bucket, Key="notes.txt", SSECustomerAlgorithm="AES256",
                          SSECustomerKey=key.key)
    assert got["Body"].read() == b"the default key"

    with qtbot.waitSignal(win.commands.conflicts.queued, timeout=30_000) as queued:
        win.commands.upload_paths(Location("plain", bucket, ""), [str(src)])
        qtbot.waitUntil(lambda: win.commands.conflicts.dialog is not None, timeout=30_000)
        win.commands.conflicts.dialog.replace_button.click()   # notes.txt is there now
    [plain_id] = queued.args[0]
    assert wait_state(qtbot, queue, plain_id) == "failed"
    job = queue.job(plain_id)
    assert job is not None and job.error is not None
    assert "plain HTTP" in describe(job.error)


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    directory = tmp_path / "logs"
    setup_logging(directory, level=logging.DEBUG)
    yield directory
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_no_key_in_the_log_or_the_saved_queue(
        qtbot: QtBot, make_queue: QueueFactory, make_client: ClientFactory, bucket: str,
        tmp_path: Path, log_dir: Path) -> None:
    """Every path a keyed transfer takes, logged at DEBUG: done, refused for the wrong key,
    refused over plain HTTP; no form of either key is in any file written."""
    registry = ClientRegistry()
    registry.put(ACCOUNT, make_client(tls=True))
    registry.put("plain", make_client())
    vault = SecretVault(MemorySecretStore())
    texts = (generate(), generate())
    for account_id in (ACCOUNT, "plain"):
        CustomerKeys(vault, account_id).store("right", texts[0])
        CustomerKeys(vault, account_id).store("wrong", texts[1])
    state = tmp_path / "state"
    queue = make_queue(registry, state_dir=state, customer_key=lambda account, name: CustomerKeys(
        vault, account).sse_c(name))
    src = tmp_path / "a.txt"
    src.write_bytes(b"abc")
    jobs = [queue.enqueue_upload(ACCOUNT, bucket, "a.txt", str(src), sse_key="right")]
    assert wait_state(qtbot, queue, jobs[0]) == "done"
    jobs += [queue.enqueue_download(ACCOUNT, bucket, "a.txt", str(tmp_path / "ok.txt"),
                                    sse_key="right"),
             queue.enqueue_download(ACCOUNT, bucket, "a.txt", str(tmp_path / "no.txt"),
                                    sse_key="wrong"),
             queue.enqueue_upload("plain", bucket, "b.txt", str(src), sse_key="right")]
    assert [wait_state(qtbot, queue, j) for j in jobs[1:]] == ["done", "failed", "failed"]
    assert queue.shutdown(10_000)
    logging.getLogger("spacesgui.test").info("session over")
    forms: set[bytes] = set()
    for text in texts:
        raw = base64.b64decode(text)
        forms |= {text.encode(), raw, raw.hex().encode(), text.replace("/", "%2F").encode()}
    files = [p for d in (state, log_dir) for p in d.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files) and (state / "queue.json") in files, files
    for path in files:
        data = path.read_bytes()
        assert not [f for f in forms if f in data], path


def test_window_upload_with_a_chosen_key_is_readable_with_that_key_only(
        qtbot: QtBot, keyed_context: tuple[AppContext, str], keyed_window: MainWindow,
        s3_server: ServerInfo, bucket: str, tmp_path: Path) -> None:
    """Upload Files on an account with keys asks which key, the default preselected; the job
    names the key chosen (and keeps it across a restart), and only that key reads the file."""
    context, key_text = keyed_context
    win, queue = keyed_window, context.queue
    src = tmp_path / "notes.txt"
    src.write_bytes(b"the chosen key")
    win.commands.upload_chosen(Location(ACCOUNT, bucket, ""), [str(src)])
    box = chooser()
    assert box is not None and box.windowTitle() == "Upload With Customer Key"
    assert box.textValue().startswith("work  (MD5 ")          # the account's default
    assert box.comboBoxItems()[-1].startswith("No customer key")
    [label] = [item for item in box.comboBoxItems() if item.startswith("wrong  (MD5 ")]
    box.setTextValue(label)
    box.accept()
    qtbot.waitUntil(lambda: len(queue.jobs()) == 1, timeout=10_000)
    [job] = queue.jobs()
    assert job.spec.sse_key == "wrong"
    assert JobSpec.from_json(json.loads(json.dumps(job.spec.to_json()))).sse_key == "wrong"
    assert wait_state(qtbot, queue, job.id) == "done"

    boto = make_boto_client(s3_server, tls=True)
    with pytest.raises(ClientError):
        boto.get_object(Bucket=bucket, Key="notes.txt")
    with pytest.raises(ClientError):
        boto.get_object(Bucket=bucket, Key="notes.txt", SSECustomerAlgorithm="AES256",
                        SSECustomerKey=SSECustomerKey(parse(key_text)).key)
    wrong = context.queue.customer_key(ACCOUNT, "wrong")
    got = boto.get_object(Bucket=bucket, Key="notes.txt", SSECustomerAlgorithm="AES256",
                          SSECustomerKey=wrong.key)
    assert got["Body"].read() == b"the chosen key"


def test_window_upload_without_a_customer_key_when_chosen(
        qtbot: QtBot, keyed_context: tuple[AppContext, str], keyed_window: MainWindow,
        bucket: str, tmp_path: Path, boto_client: Any) -> None:
    context, _key_text = keyed_context
    src = tmp_path / "open.txt"
    src.write_bytes(b"no key at all")
    keyed_window.commands.upload_chosen(Location(ACCOUNT, bucket, ""), [str(src)])
    box = chooser()
    assert box is not None
    box.setTextValue(box.comboBoxItems()[-1])
    box.accept()
    qtbot.waitUntil(lambda: len(context.queue.jobs()) == 1, timeout=10_000)
    [job] = context.queue.jobs()
    assert job.spec.sse_key == ""
    assert wait_state(qtbot, context.queue, job.id) == "done"
    assert boto_client.get_object(Bucket=bucket, Key="open.txt")["Body"].read() == b"no key at all"
