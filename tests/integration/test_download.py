"""download_file against the real server: exact bytes, resume with Range, no torn final file."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import Cancelled, NetworkError, ServiceError
from spacesgui.s3.headers import SSECustomerKey
from spacesgui.s3.models.objects_stream import GetObjectResult
from spacesgui.s3.transfer.common import MiB, SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.download import DownloadResult, download_file
from tests.faultproxy import FaultProxy
from tests.servers import ClientFactory, ServerInfo, make_boto_client

log = logging.getLogger(__name__)
DEFAULT = TransferConfig()
SMALL_RANGES = TransferConfig(download_threshold=1 * MiB, download_chunk=1 * MiB)


class Recording:
    """Wraps a client and records every GET's byte range (the bytes the network had to carry)."""

    def __init__(self, inner: S3Client) -> None:
        self.inner = inner
        self.ranges: list[tuple[int, int | None] | str | None] = []
        self.lock = threading.Lock()
        self.before_get: Any = None

    def head_object(self, **kwargs: Any) -> Any:
        return self.inner.head_object(**kwargs)

    def get_object(self, **kwargs: Any) -> GetObjectResult:
        with self.lock:
            self.ranges.append(kwargs.get("byte_range"))
            hook = self.before_get
        if hook is not None:
            hook(len(self.ranges))
        return self.inner.get_object(**kwargs)

    def requested_bytes(self, size: int) -> int:
        total = 0
        for r in self.ranges:
            if r is None:
                total += size
            else:
                assert isinstance(r, tuple)
                end = size - 1 if r[1] is None else r[1]
                total += end - r[0] + 1
        return total


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def run(client: Any, bucket: str, key: str, target: Path, *,
        config: TransferConfig = DEFAULT, control: TransferControl | None = None,
        progress: list[int] | None = None, **kwargs: Any) -> DownloadResult:
    deltas = progress if progress is not None else []
    return download_file(client, bucket=bucket, key=key, path=target, config=config,
                         control=control or TransferControl(), slots=SlotPool(8),
                         progress=deltas.append, **kwargs)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("size", [0, 1, 5 * MiB - 1, 5 * MiB + 1, 16 * MiB + 1, 100 * MiB],
                         ids=["0", "1", "5MiB-1", "5MiB+1", "16MiB+1", "100MiB"])
@pytest.mark.parametrize("config", [TransferConfig(), SMALL_RANGES], ids=["default", "ranges"])
def test_round_trip_sizes(client: S3Client, boto_client: Any, bucket: str, tmp_path: Path,
                          size: int, config: TransferConfig) -> None:
    data = os.urandom(size)
    boto_client.put_object(Bucket=bucket, Key="obj", Body=data)
    deltas: list[int] = []
    started = time.perf_counter()
    result = run(client, bucket, "obj", tmp_path / "out.bin", config=config, progress=deltas)
    elapsed = time.perf_counter() - started
    if size >= 100 * MiB:
        log.warning("download of %d MiB (%s): %.2f s, %.0f MiB/s", size // MiB,
                    "ranges" if size >= config.download_threshold else "one stream",
                    elapsed, size / MiB / elapsed)
    assert file_sha256(tmp_path / "out.bin") == sha256(data)
    assert leftovers(tmp_path) == ["out.bin"]
    assert result.size == size and sum(deltas) == size and all(d > 0 for d in deltas)
    assert result.md5_verified            # boto3's single PUT: the ETag is the MD5
    expected_gets = 0 if size == 0 else (
        1 if size < config.download_threshold else -(-size // config.download_chunk))
    assert result.requests == expected_gets


def test_multipart_object_is_checked_by_size_only(client: S3Client, boto_client: Any,
                                                  bucket: str, tmp_path: Path) -> None:
    from boto3.s3.transfer import TransferConfig as BotoConfig

    data = os.urandom(12 * MiB + 3)
    path = tmp_path / "src.bin"
    path.write_bytes(data)
    boto_client.upload_file(str(path), bucket, "mp", Config=BotoConfig(
        multipart_threshold=5 * MiB, multipart_chunksize=5 * MiB))
    assert "-" in boto_client.head_object(Bucket=bucket, Key="mp")["ETag"]
    result = run(client, bucket, "mp", tmp_path / "out.bin", config=SMALL_RANGES)
    assert file_sha256(tmp_path / "out.bin") == sha256(data)
    assert not result.md5_verified


def test_interrupted_single_stream_resumes_with_range(s3_server: ServerInfo,
                                                      make_client: ClientFactory, boto_client: Any,
                                                      bucket: str, tmp_path: Path,
                                                      proxy: FaultProxy) -> None:
    size = 6 * MiB
    data = os.urandom(size)
    boto_client.put_object(Bucket=bucket, Key="obj", Body=data)
    recording = Recording(make_client(proxy.url))
    target = tmp_path / "out.bin"
    kept = 0
    # Linux drops unread bytes when the RST arrives, so a try may keep nothing; try again then.
    for _attempt in range(5):
        fault = proxy.reset_mid_body(after_bytes=4 * MiB, method="GET")
        with pytest.raises(NetworkError):
            run(recording, bucket, "obj", target, body_retries=0)
        assert fault.hits == 1
        assert not target.exists()            # never a torn file under the final name
        assert leftovers(tmp_path) == ["out.bin.part", "out.bin.part.json"]
        state = json.loads((tmp_path / "out.bin.part.json").read_text())
        assert set(state) == {"v", "bucket", "key", "version_id", "etag", "size", "done"}
        assert s3_server.secret_key not in json.dumps(state)
        kept = sum(end - start for start, end in state["done"])
        assert state["done"] == ([[0, kept]] if kept else [])
        if kept:
            break
    assert 0 < kept <= 4 * MiB

    recording.ranges.clear()
    gets_before = proxy.count("GET")
    result = run(recording, bucket, "obj", target, body_retries=0)
    assert proxy.count("GET") - gets_before == 1
    assert recording.ranges == [(kept, size - 1)]
    assert recording.requested_bytes(size) == size - kept
    assert result.resumed_bytes == kept and result.md5_verified
    assert file_sha256(target) == sha256(data)
    assert leftovers(tmp_path) == ["out.bin"]


def test_interrupted_ranges_fetch_only_what_is_missing(make_client: ClientFactory, boto_client: Any,
                                                       bucket: str, tmp_path: Path,
                                                       proxy: FaultProxy) -> None:
    size = 10 * MiB + 123
    data = os.urandom(size)
    boto_client.put_object(Bucket=bucket, Key="obj", Body=data)
    recording = Recording(make_client(proxy.url))
    target = tmp_path / "out.bin"
    config = TransferConfig(download_threshold=1 * MiB, download_chunk=1 * MiB,
                            parts_in_flight=2)
    progress: list[int] = []
    kept = 0
    for _attempt in range(5):     # an RST may drop every unread byte; then try again
        progress.clear()
        proxy.reset_mid_body(after_bytes=MiB // 2, method="GET")
        with pytest.raises(NetworkError):
            run(recording, bucket, "obj", target, config=config, body_retries=0,
                progress=progress)
        assert not target.exists()
        state = json.loads((tmp_path / "out.bin.part.json").read_text())
        kept = sum(end - start for start, end in state["done"])
        assert sum(progress) == kept
        if kept:
            break
    assert 0 < kept < size

    recording.ranges.clear()
    progress.clear()
    result = run(recording, bucket, "obj", target, config=config, body_retries=0,
                 progress=progress)
    assert recording.requested_bytes(size) == size - kept     # nothing fetched twice
    assert result.resumed_bytes == kept and sum(progress) == size
    assert file_sha256(target) == sha256(data)
    assert leftovers(tmp_path) == ["out.bin"]


def test_broken_body_continues_within_the_call(make_client: ClientFactory, boto_client: Any,
                                               bucket: str, tmp_path: Path,
                                               proxy: FaultProxy) -> None:
    data = os.urandom(3 * MiB)
    boto_client.put_object(Bucket=bucket, Key="obj", Body=data)
    recording = Recording(make_client(proxy.url))
    proxy.reset_mid_body(after_bytes=2 * MiB, method="GET")
    progress: list[int] = []
    result = run(recording, bucket, "obj", tmp_path / "out.bin", progress=progress)
    assert result.requests == 2 and recording.ranges[0] is None
    second = recording.ranges[1]
    # Usually the bytes before the reset were kept and only the rest is asked for; if the
    # RST arrived before any were read, the retry asks for everything again.
    assert second is None or (isinstance(second, tuple) and second[0] > 0
                              and second[1] == len(data) - 1)
    assert sum(progress) == len(data)
    assert file_sha256(tmp_path / "out.bin") == sha256(data)


def test_object_replaced_between_ranges_fails_cleanly(client: S3Client, boto_client: Any,
                                                      bucket: str, tmp_path: Path) -> None:
    old = os.urandom(4 * MiB)
    boto_client.put_object(Bucket=bucket, Key="obj", Body=old)
    target = tmp_path / "out.bin"
    target.write_bytes(b"the user's previous file")
    recording = Recording(client)

    def overwrite(count: int) -> None:
        if count == 3:
            boto_client.put_object(Bucket=bucket, Key="obj", Body=os.urandom(4 * MiB))

    recording.before_get = overwrite
    config = TransferConfig(download_threshold=1 * MiB, download_chunk=1 * MiB,
                            parts_in_flight=1)
    progress: list[int] = []
    with pytest.raises(ServiceError) as failed:
        run(recording, bucket, "obj", target, config=config, progress=progress)
    assert (failed.value.code, failed.value.status) == ("PreconditionFailed", 412)
    assert target.read_bytes() == b"the user's previous file"   # untouched
    assert leftovers(tmp_path) == ["out.bin"]                     # the torn part is gone
    assert sum(progress) == 0                                     # progress rewound


def test_cancel_removes_the_part_and_keeps_the_old_file(client: S3Client, boto_client: Any,
                                                        bucket: str, tmp_path: Path) -> None:
    boto_client.put_object(Bucket=bucket, Key="obj", Body=os.urandom(8 * MiB))
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    control = TransferControl()
    progress: list[int] = []

    def cancel_after_some(delta: int) -> None:
        progress.append(delta)
        if sum(progress) > MiB:
            control.stop()

    with pytest.raises(Cancelled):
        download_file(client, bucket=bucket, key="obj", path=target, config=SMALL_RANGES,
                      control=control, slots=SlotPool(4), progress=cancel_after_some)
    assert leftovers(tmp_path) == ["out.bin"] and target.read_bytes() == b"old"
    assert sum(progress) == 0


def test_pause_hangs_up_and_resume_continues(client: S3Client, boto_client: Any, bucket: str,
                                             tmp_path: Path) -> None:
    data = os.urandom(6 * MiB)
    boto_client.put_object(Bucket=bucket, Key="obj", Body=data)
    control = TransferControl()
    paused = threading.Event()
    seen: list[int] = []

    def pause_once(delta: int) -> None:
        seen.append(delta)
        if sum(seen) >= MiB and not paused.is_set():
            control.pause()
            paused.set()

    def resume_later() -> None:
        assert paused.wait(30)
        control.resume()

    helper = threading.Thread(target=resume_later)
    helper.start()
    result = download_file(client, bucket=bucket, key="obj", path=tmp_path / "out.bin",
                           config=TransferConfig(), control=control, slots=SlotPool(2),
                           progress=pause_once)
    helper.join(30)
    assert paused.is_set() and result.requests == 2   # hung up while paused, then Range
    assert file_sha256(tmp_path / "out.bin") == sha256(data)


def test_part_of_another_version_is_not_reused(client: S3Client, boto_client: Any, bucket: str,
                                               tmp_path: Path, make_client: ClientFactory,
                                               proxy: FaultProxy) -> None:
    boto_client.put_object(Bucket=bucket, Key="obj", Body=os.urandom(3 * MiB))
    proxy.reset_mid_body(after_bytes=2 * MiB, method="GET")
    target = tmp_path / "out.bin"
    with pytest.raises(NetworkError):
        run(make_client(proxy.url), bucket, "obj", target, body_retries=0)
    assert (tmp_path / "out.bin.part").exists()
    fresh = os.urandom(3 * MiB)
    boto_client.put_object(Bucket=bucket, Key="obj", Body=fresh)
    result = run(client, bucket, "obj", target)
    assert result.resumed_bytes == 0 and target.read_bytes() == fresh


def test_no_overwrite_refuses_an_existing_file(client: S3Client, boto_client: Any, bucket: str,
                                               tmp_path: Path) -> None:
    boto_client.put_object(Bucket=bucket, Key="obj", Body=b"new")
    (tmp_path / "out.bin").write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        run(client, bucket, "obj", tmp_path / "out.bin", overwrite=False)
    assert (tmp_path / "out.bin").read_bytes() == b"mine"
    run(client, bucket, "obj", tmp_path / "fresh.bin", overwrite=False)
    assert (tmp_path / "fresh.bin").read_bytes() == b"new"


def test_version_id_downloads_that_version(client: S3Client, boto_client: Any, bucket: str,
                                           tmp_path: Path) -> None:
    boto_client.put_bucket_versioning(Bucket=bucket,
                                      VersioningConfiguration={"Status": "Enabled"})
    first = boto_client.put_object(Bucket=bucket, Key="obj", Body=b"first")["VersionId"]
    boto_client.put_object(Bucket=bucket, Key="obj", Body=b"second")
    result = run(client, bucket, "obj", tmp_path / "old.txt", version_id=first)
    assert (tmp_path / "old.txt").read_bytes() == b"first" and result.version_id == first


@pytest.mark.needs("tls", "sse-c")
def test_sse_c_round_trip_over_tls(s3_server: ServerInfo, make_client: ClientFactory, bucket: str,
                                   tmp_path: Path) -> None:
    assert s3_server.tls_endpoint
    tls = make_client(tls=True)
    tls_boto = make_boto_client(s3_server, tls=True)
    key = SSECustomerKey.generate()
    data = os.urandom(3 * MiB + 7)
    tls_boto.put_object(Bucket=bucket, Key="secret", Body=data, SSECustomerAlgorithm="AES256",
                        SSECustomerKey=key.key)
    for config, name in ((TransferConfig(), "one.bin"), (SMALL_RANGES, "ranges.bin")):
        result = run(tls, bucket, "secret", tmp_path / name, config=config, sse_c=key)
        assert file_sha256(tmp_path / name) == sha256(data)
        assert not result.md5_verified        # an SSE-C ETag is not the plaintext's MD5
    with pytest.raises(ServiceError):
        run(tls, bucket, "secret", tmp_path / "nokey.bin")
    assert not (tmp_path / "nokey.bin").exists()


def test_md5_check_can_be_skipped(client: S3Client, boto_client: Any, bucket: str,
                                  tmp_path: Path) -> None:
    data = os.urandom(3 * MiB)
    boto_client.put_object(Bucket=bucket, Key="obj", Body=data)
    for config in (DEFAULT, SMALL_RANGES):
        result = run(client, bucket, "obj", tmp_path / "out.bin", config=config,
                     verify_md5=False)
        assert not result.md5_verified and file_sha256(tmp_path / "out.bin") == sha256(data)


def test_each_landed_range_is_written_back_early(client: S3Client, boto_client: Any, bucket: str,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Writeback starts per range, so the fsync before the rename has little left to write;
    the MD5 of a single-part object, read back from the part file meanwhile, still matches."""
    from spacesgui.s3.transfer.partfile import PartFile, merge_ranges

    data = os.urandom(5 * MiB + 7)
    boto_client.put_object(Bucket=bucket, Key="obj", Body=data)
    asked: list[tuple[int, int]] = []
    real = PartFile.write_back

    def spy(self: PartFile, start: int, end: int) -> None:
        asked.append((start, end))
        real(self, start, end)
    monkeypatch.setattr(PartFile, "write_back", spy)
    result = run(client, bucket, "obj", tmp_path / "out.bin", config=SMALL_RANGES)
    assert merge_ranges(asked) == [(0, len(data))] and len(asked) == 6
    assert result.md5_verified and file_sha256(tmp_path / "out.bin") == sha256(data)


def test_write_back_ignores_a_closed_file(tmp_path: Path) -> None:
    from spacesgui.s3.transfer.partfile import PartFile, PartIdentity

    part = PartFile(str(tmp_path / "x"), PartIdentity("b", "k", None, "e", 4), [])
    part.write_at(b"abcd", 0)
    part.write_back(0, 4)
    part.close()
    part.write_back(0, 4)   # fd is -1: EBADF is swallowed, a download never fails for this
    assert (tmp_path / "x.part").read_bytes() == b"abcd"
