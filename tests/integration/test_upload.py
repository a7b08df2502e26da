"""upload_file against the real server: round trips read back with boto3, parts in flight,
progress through retries, cancel (no orphan) and pause."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import Cancelled, InvalidInput
from spacesgui.s3.headers import SSECustomerKey
from spacesgui.s3.http import RetryPolicy
from spacesgui.s3.options import ObjectAttributes
from spacesgui.s3.transfer.common import MiB, SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.journal import UploadJournal
from spacesgui.s3.transfer.upload import upload_file
from tests.faultproxy import FaultProxy
from tests.integration.helpers.uploads import no_uploads, random_file, stored_sha256
from tests.servers import ClientFactory, ServerInfo, make_boto_client
from tests.stress import cpu_stress

SMALL_PARTS = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB)
FAST = RetryPolicy(max_attempts=4, base=0.01, cap=0.05)


class PartCounter:
    """Wraps client.upload_part: counts starts, finishes and the most ever running at once."""

    def __init__(self, client: S3Client, on_finish: Callable[[int], None] | None = None) -> None:
        self._inner = client.upload_part
        self._lock = threading.Lock()
        self._on_finish = on_finish
        self.running = self.peak = self.started = self.finished = 0
        self.numbers: list[int] = []
        client.upload_part = self  # type: ignore[method-assign]

    def __call__(self, **kw: Any) -> Any:
        with self._lock:
            self.running += 1
            self.started += 1
            self.peak = max(self.peak, self.running)
            self.numbers.append(kw["part_number"])
        try:
            return self._inner(**kw)
        finally:
            with self._lock:
                self.running -= 1
                self.finished += 1
                finished = self.finished
            if self._on_finish is not None:
                self._on_finish(finished)


@pytest.mark.parametrize("size", [0, 1, 5 * MiB - 1, 5 * MiB + 1, 16 * MiB + 1, 100 * MiB])
def test_round_trip(client: S3Client, boto_client: Any, bucket: str, tmp_path: Path,
                    size: int) -> None:
    path, sha = random_file(tmp_path, size, "photo.png")
    deltas: list[int] = []
    result = upload_file(client, bucket=bucket, key=f"up/{size}.png", path=path,
                         config=SMALL_PARTS, progress=deltas.append,
                         attributes=ObjectAttributes(metadata={"origin": "test"},
                                                     cache_control="max-age=60"))
    head = boto_client.head_object(Bucket=bucket, Key=f"up/{size}.png")
    assert head["ContentLength"] == size == result.size
    assert stored_sha256(boto_client, bucket, f"up/{size}.png") == sha
    assert head["ETag"].strip('"') == result.etag  # also when RGW's Complete answers empty
    assert head["ContentType"] == "image/png" and head["Metadata"] == {"origin": "test"}
    assert head["CacheControl"] == "max-age=60"
    expected_parts = 0 if size < 5 * MiB else -(-size // (5 * MiB))
    assert result.parts == expected_parts and result.resumed_parts == 0
    if expected_parts:
        assert result.etag is not None and result.etag.endswith(f"-{expected_parts}")
    assert sum(deltas) == size and all(d > 0 for d in deltas)
    assert no_uploads(boto_client, bucket)


def test_default_config_and_content_type_override(client: S3Client, boto_client: Any,
                                                  bucket: str, tmp_path: Path) -> None:
    path, sha = random_file(tmp_path, 40 * MiB, "notes.txt")
    result = upload_file(client, bucket=bucket, key="notes", path=path,
                         attributes=ObjectAttributes(content_type="application/x-mine"))
    assert result.parts == 3  # 16 MiB parts by default
    head = boto_client.head_object(Bucket=bucket, Key="notes")
    assert head["ContentType"] == "application/x-mine"
    assert stored_sha256(boto_client, bucket, "notes") == sha


@pytest.mark.parametrize(("in_flight", "slots"), [(8, None), (3, None), (8, 2)])
def test_parts_in_flight_never_exceed_the_limits(client: S3Client, boto_client: Any,
                                                 bucket: str, tmp_path: Path, in_flight: int,
                                                 slots: int | None) -> None:
    path, sha = random_file(tmp_path, 100 * MiB)
    counter = PartCounter(client)
    config = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB,
                            parts_in_flight=in_flight)
    upload_file(client, bucket=bucket, key="k", path=path, config=config,
                slots=SlotPool(slots) if slots else None)
    cap = min(in_flight, slots or in_flight)
    assert counter.started == 20 and sorted(counter.numbers) == list(range(1, 21))
    assert 2 <= counter.peak <= cap, counter.peak
    assert stored_sha256(boto_client, bucket, "k") == sha


@pytest.mark.parametrize("size", [1 * MiB, 16 * MiB + 1])
def test_progress_rewinds_on_a_retry_and_still_sums_to_the_size(
        make_client: ClientFactory, proxy: FaultProxy, boto_client: Any, bucket: str,
        tmp_path: Path, size: int) -> None:
    path, sha = random_file(tmp_path, size)
    client = make_client(proxy.url, retry=FAST)
    fault = proxy.slow_down(times=1, method="PUT")
    deltas: list[int] = []
    events: list[Any] = []
    upload_file(client, bucket=bucket, key="k", path=path, config=SMALL_PARTS,
                progress=deltas.append, on_retry=events.append)
    assert fault.hits == 1 and len(events) == 1 and events[0].throttled
    assert min(deltas) < 0, "the retried body was taken back"
    assert sum(deltas) == size
    running = 0
    for delta in deltas:  # never more than the file, never below zero
        running += delta
        assert 0 <= running <= size
    assert stored_sha256(boto_client, bucket, "k") == sha


def test_cancel_mid_upload_aborts_and_leaves_nothing(client: S3Client, boto_client: Any,
                                                     bucket: str, tmp_path: Path) -> None:
    path, _ = random_file(tmp_path, 60 * MiB)
    journal = UploadJournal(tmp_path / "journal")
    control = TransferControl()
    sent = [0]
    created: list[str] = []
    inner_create = client.create_multipart_upload

    def create(**kw: Any) -> Any:
        upload = inner_create(**kw)
        created.append(upload.upload_id)
        return upload
    client.create_multipart_upload = create  # type: ignore[method-assign]

    def progress(delta: int) -> None:
        sent[0] += delta
        if sent[0] > 12 * MiB:  # a few parts done, several mid-body
            control.stop()
    with pytest.raises(Cancelled):
        upload_file(client, bucket=bucket, key="k", path=path, config=SMALL_PARTS,
                    control=control, journal=journal, progress=progress)
    assert len(created) == 1
    assert no_uploads(boto_client, bucket)
    with pytest.raises(boto_client.exceptions.ClientError):
        boto_client.head_object(Bucket=bucket, Key="k")
    with pytest.raises(boto_client.exceptions.ClientError):  # NoSuchUpload: really aborted
        boto_client.list_parts(Bucket=bucket, Key="k", UploadId=created[0])
    assert journal.entries() == []
    assert sent[0] <= 60 * MiB


def test_cancel_while_paused_aborts(client: S3Client, boto_client: Any, bucket: str,
                                    tmp_path: Path) -> None:
    path, _ = random_file(tmp_path, 30 * MiB)
    control = TransferControl()

    def pause_then_cancel(finished: int) -> None:
        if finished == 1:
            control.pause()
            threading.Timer(0.3, control.stop).start()
    PartCounter(client, pause_then_cancel)
    config = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB, parts_in_flight=1)
    with pytest.raises(Cancelled):
        upload_file(client, bucket=bucket, key="k", path=path, config=config, control=control)
    assert no_uploads(boto_client, bucket)


def test_pause_starts_no_part_until_resumed(client: S3Client, boto_client: Any, bucket: str,
                                            tmp_path: Path) -> None:
    _pause_after_three(client, boto_client, bucket, tmp_path)


@pytest.mark.slow
def test_pause_holds_under_cpu_load(client: S3Client, boto_client: Any, bucket: str,
                                    tmp_path: Path) -> None:
    with cpu_stress(threads=2):
        for _ in range(2):
            _pause_after_three(client, boto_client, bucket, tmp_path)


def _pause_after_three(client: S3Client, boto_client: Any, bucket: str, tmp_path: Path) -> None:
    path, sha = random_file(tmp_path, 50 * MiB)
    control = TransferControl()
    paused = threading.Event()

    def pause_after_three(finished: int) -> None:
        if finished == 3:
            control.pause()
            paused.set()
    counter = PartCounter(client, pause_after_three)
    config = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB, parts_in_flight=2)
    outcome: list[Any] = []
    worker = threading.Thread(target=lambda: outcome.append(upload_file(
        client, bucket=bucket, key="k", path=path, config=config, control=control)))
    worker.start()
    try:
        assert paused.wait(60)
        quiet = threading.Event()
        # Parts already started may finish; then nothing may start.
        assert control.wait_idle(60)
        assert counter.running == 0
        started = counter.started
        assert started < 10
        quiet.wait(0.6)  # a window in which a paused upload must not start a part
        assert counter.started == started and counter.running == 0
        assert worker.is_alive()
    finally:
        control.resume()
        worker.join(120)
        del client.upload_part  # unwrap, so a next round counts afresh
    assert outcome and outcome[0].parts == 10 and counter.started == 10
    assert stored_sha256(boto_client, bucket, "k") == sha


def test_failure_without_journal_aborts(make_client: ClientFactory, proxy: FaultProxy,
                                        boto_client: Any, bucket: str, tmp_path: Path) -> None:
    path, _ = random_file(tmp_path, 20 * MiB)
    client = make_client(proxy.url, retry=RetryPolicy(max_attempts=1))
    proxy.error(500, times=1, method="PUT")
    with pytest.raises(Exception, match="InternalError"):
        upload_file(client, bucket=bucket, key="k", path=path, config=SMALL_PARTS)
    assert no_uploads(boto_client, bucket)


def test_refusals_before_any_request(make_client: ClientFactory, proxy: FaultProxy, bucket: str,
                                     tmp_path: Path) -> None:
    client = make_client(proxy.url)
    with pytest.raises(InvalidInput, match="Cannot read"):
        upload_file(client, bucket=bucket, key="k", path=tmp_path / "missing")
    with pytest.raises(InvalidInput, match="not a regular file"):
        upload_file(client, bucket=bucket, key="k", path=tmp_path)
    path, _ = random_file(tmp_path, 10)
    with pytest.raises(InvalidInput):
        upload_file(client, bucket=bucket, key="", path=path)
    with pytest.raises(InvalidInput, match="parts_in_flight"):
        upload_file(client, bucket=bucket, key="k", path=path,
                    config=TransferConfig(parts_in_flight=0))
    assert proxy.seen == []


@pytest.mark.needs("tls", "sse-c")
@pytest.mark.parametrize("size", [3 * MiB, 12 * MiB + 7])
def test_sse_c_round_trip(s3_server: ServerInfo, make_client: ClientFactory, bucket: str,
                          tmp_path: Path, size: int) -> None:
    assert s3_server.tls_endpoint is not None
    client = make_client(tls=True)
    key = SSECustomerKey.generate()
    path, sha = random_file(tmp_path, size)
    result = upload_file(client, bucket=bucket, key="secret", path=path, config=SMALL_PARTS,
                         sse_c=key)
    assert result.parts == (0 if size < 5 * MiB else 3)
    tls = make_boto_client(s3_server, tls=True)
    sse = {"SSECustomerAlgorithm": "AES256", "SSECustomerKey": key.key}
    assert stored_sha256(tls, bucket, "secret", **sse) == sha
    with pytest.raises(tls.exceptions.ClientError):
        tls.get_object(Bucket=bucket, Key="secret")


@pytest.mark.needs("anonymous-acl")
def test_acl_applies(s3_server: ServerInfo, client: S3Client, bucket: str,
                     tmp_path: Path) -> None:
    path, _ = random_file(tmp_path, 6 * MiB)
    upload_file(client, bucket=bucket, key="pub", path=path, config=SMALL_PARTS,
                attributes=ObjectAttributes(acl="public-read"))
    upload_file(client, bucket=bucket, key="priv", path=path, config=SMALL_PARTS)
    base = f"{s3_server.endpoint}/{bucket}"
    assert requests.head(f"{base}/pub", timeout=10).status_code == 200
    assert requests.head(f"{base}/priv", timeout=10).status_code == 403
