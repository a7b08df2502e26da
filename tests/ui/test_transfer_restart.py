"""The queue survives a restart: an upload interrupted by shutdown comes back paused and, on
Resume, continues the same multipart upload with only the parts the server lacks, counted on
the wire by the fault proxy."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from pytestqt.qtbot import QtBot

from spacesgui.clients import ClientRegistry
from spacesgui.s3.transfer.common import MiB
from spacesgui.s3.transfer.journal import JournalEntry, UploadJournal
from spacesgui.workers.transfers import TransferQueue
from tests.faultproxy import FaultProxy, Seen
from tests.servers import ClientFactory, ServerInfo
from tests.ui.transfer_helpers import (
    ACCOUNT,
    QueueFactory,
    make_file,
    stored_md5,
    wait_state,
)

PARTS = 6
SIZE = PARTS * 5 * MiB


@pytest.fixture
def slow_proxy(s3_server: ServerInfo) -> Iterator[FaultProxy]:
    # A held request is let go after 2 s even without its release, so a shutdown that waits
    # for its threads ends while the third part is still on its way.
    with FaultProxy(s3_server.endpoint, hold_timeout=2.0) as running:
        yield running


def _registry(make_client: ClientFactory, proxy: FaultProxy) -> ClientRegistry:
    registry = ClientRegistry()
    registry.put(ACCOUNT, make_client(proxy.url))
    return registry


def _interrupt(qtbot: QtBot, make_queue: QueueFactory, make_client: ClientFactory,
               proxy: FaultProxy, bucket: str, path: Path,
               state_dir: Path) -> tuple[TransferQueue, JournalEntry]:
    """Upload through the proxy, hold part 3 and shut the queue down while it is held."""
    proxy.delay(times=2, seconds=0.0, method="PUT")           # parts 1 and 2 pass
    never = threading.Event()
    held = proxy.delay(times=1, release=never, method="PUT")  # part 3 hangs at the proxy
    queue = make_queue(_registry(make_client, proxy), state_dir=state_dir)
    job_id = queue.enqueue_upload(ACCOUNT, bucket, "big.bin", str(path))
    qtbot.waitUntil(held.hit.is_set, timeout=30_000)
    assert queue.job(job_id).state == "running"
    assert queue.shutdown(20_000), "shutdown left a transfer thread running"
    saved = json.loads((state_dir / "queue.json").read_text())["jobs"]
    assert [(j["spec"]["kind"], j["state"]) for j in saved] == [("upload", "running")]
    entries = UploadJournal(state_dir / "journal").entries()
    assert len(entries) == 1, "shutdown must keep the upload's journal"
    return queue, entries[0]


def _parts_sent(seen: list[Seen], upload_id: str) -> list[int]:
    numbers = []
    for s in seen:
        query = parse_qs(s.query)
        if s.forwarded and s.method == "PUT" and "partNumber" in query:
            assert query["uploadId"] == [upload_id], "a part went to another upload"
            numbers.append(int(query["partNumber"][0]))
    return sorted(numbers)


def test_shutdown_mid_upload_then_restore_sends_only_missing_parts(
        qtbot: QtBot, make_queue: QueueFactory, make_client: ClientFactory,
        slow_proxy: FaultProxy,
        bucket: str, boto_client: Any, tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    md5 = make_file(path, SIZE)
    state_dir = tmp_path / "state"
    _old, entry = _interrupt(qtbot, make_queue, make_client, slow_proxy, bucket, path, state_dir)
    kept = set(entry.parts)
    assert {1, 2} <= kept < set(range(1, PARTS + 1)), kept
    uploads = boto_client.list_multipart_uploads(Bucket=bucket).get("Uploads", [])
    assert [u["UploadId"] for u in uploads] == [entry.upload_id]
    mark = len(slow_proxy.seen)

    queue = make_queue(_registry(make_client, slow_proxy), state_dir=state_dir)
    restored = queue.restore()
    assert len(restored) == 1
    job = queue.job(restored[0])
    assert job is not None and job.state == "paused" and job.kind == "upload"
    assert job.path == str(path) and job.key == "big.bin"
    qtbot.wait(300)
    assert len(slow_proxy.seen) == mark, "a restored job must wait for Resume"
    queue.resume(restored[0])
    assert wait_state(qtbot, queue, restored[0]) == "done"

    second = slow_proxy.seen[mark:]
    assert _parts_sent(second, entry.upload_id) == sorted(set(range(1, PARTS + 1)) - kept)
    creates = [s for s in second if s.method == "POST" and "uploads" in parse_qs(
        s.query, keep_blank_values=True) and "uploadId" not in s.query]
    assert not creates, "resuming must not start a second upload id"
    assert sum(1 for s in second if s.method == "GET" and "uploadId=" in s.query) == 1
    assert stored_md5(boto_client, bucket, "big.bin") == md5
    assert not boto_client.list_multipart_uploads(Bucket=bucket).get("Uploads")
    assert not UploadJournal(state_dir / "journal").entries()
    final = queue.job(restored[0])
    assert final is not None and final.done_bytes == final.total_bytes == SIZE


def test_cancelling_a_restored_upload_aborts_it(
        qtbot: QtBot, make_queue: QueueFactory, make_client: ClientFactory,
        slow_proxy: FaultProxy,
        bucket: str, boto_client: Any, tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    make_file(path, SIZE)
    state_dir = tmp_path / "state"
    _interrupt(qtbot, make_queue, make_client, slow_proxy, bucket, path, state_dir)
    assert boto_client.list_multipart_uploads(Bucket=bucket).get("Uploads")
    queue = make_queue(_registry(make_client, slow_proxy), state_dir=state_dir)
    [job_id] = queue.restore()
    queue.cancel(job_id)
    assert queue.job(job_id).state == "cancelled"
    qtbot.waitUntil(lambda: not boto_client.list_multipart_uploads(Bucket=bucket).get("Uploads"),
                    timeout=20_000)
    qtbot.waitUntil(lambda: not UploadJournal(state_dir / "journal").entries(), timeout=20_000)
    assert queue.shutdown(5000)
    saved = json.loads((state_dir / "queue.json").read_text())["jobs"]
    assert saved == [], "a cancelled job is not restored again"
