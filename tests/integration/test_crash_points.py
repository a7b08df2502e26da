"""The windows a crash could leave open, closed one by one against the real server.

A crash right after CreateMultipartUpload (before its id reached the journal) is played by a
client whose create call reaches the server and then raises an exception nothing handles, as a
kill would end the process there; a kill mid-download by a child process killed with SIGKILL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.file_lock import FileLock
from spacesgui.s3.transfer.common import MiB, SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.download import download_file
from spacesgui.s3.transfer.journal import FileIdentity, UploadJournal
from spacesgui.s3.transfer.partfile import PartFile, PartIdentity, part_paths
from spacesgui.s3.transfer.upload import _lock_path, upload_file
from tests.faultproxy import FaultProxy
from tests.integration.helpers.uploads import no_uploads, random_file, stored_sha256
from tests.servers import ClientFactory, ServerInfo

REPO = Path(__file__).resolve().parents[2]
PARTS = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB, parts_in_flight=2)


class Crash(BaseException):
    """Stands for the end of the process: nothing after it runs."""


def _crash_after_create(client: S3Client, made: list[str]) -> None:
    real = client.create_multipart_upload

    def create(**kw: Any) -> Any:
        upload = real(**kw)
        made.append(upload.upload_id)
        raise Crash
    client.create_multipart_upload = create  # type: ignore[method-assign]


def _uploads(boto: Any, bucket: str) -> list[str]:
    return [u["UploadId"] for u in boto.list_multipart_uploads(Bucket=bucket).get("Uploads", [])]


def test_an_upload_created_before_the_crash_is_adopted(client: S3Client, boto_client: Any,
                                                       bucket: str, tmp_path: Path) -> None:
    path, sha = random_file(tmp_path, 12 * MiB)
    journal = UploadJournal(tmp_path / "journal")
    made: list[str] = []
    _crash_after_create(client, made)
    with pytest.raises(Crash):
        upload_file(client, bucket=bucket, key="k", path=path, config=PARTS, journal=journal)
    del client.create_multipart_upload
    (intent,) = journal.entries()
    assert intent.intent and _uploads(boto_client, bucket) == made
    result = upload_file(client, bucket=bucket, key="k", path=path, config=PARTS,
                         journal=journal)
    assert result.upload_id == made[0]            # adopted, not a second upload
    assert stored_sha256(boto_client, bucket, "k") == sha
    assert no_uploads(boto_client, bucket) and journal.entries() == []


def test_duplicate_creates_after_the_intent_keep_one(client: S3Client, boto_client: Any,
                                                     bucket: str, tmp_path: Path) -> None:
    """A create retried after a lost answer can make two uploads: one is adopted, the other
    aborted; an upload another record names is someone else's and left alone."""
    path, sha = random_file(tmp_path, 11 * MiB)
    other, _ = random_file(tmp_path, 11 * MiB, name="other.bin")
    journal = UploadJournal(tmp_path / "journal")
    journal.start(endpoint=client.endpoint, bucket=bucket, key="k",
                  file=FileIdentity.of(path), part_size=5 * MiB)
    first = boto_client.create_multipart_upload(Bucket=bucket, Key="k")["UploadId"]
    theirs = boto_client.create_multipart_upload(Bucket=bucket, Key="k")["UploadId"]
    journal.start(endpoint=client.endpoint, bucket=bucket, key="k",
                  file=FileIdentity.of(other), upload_id=theirs, part_size=5 * MiB)
    second = boto_client.create_multipart_upload(Bucket=bucket, Key="k")["UploadId"]
    unrelated = boto_client.create_multipart_upload(Bucket=bucket, Key="k2")["UploadId"]
    result = upload_file(client, bucket=bucket, key="k", path=path, config=PARTS,
                         journal=journal)
    assert result.upload_id in (first, second)
    assert stored_sha256(boto_client, bucket, "k") == sha
    assert sorted(_uploads(boto_client, bucket)) == sorted([theirs, unrelated])
    for key, upload_id in (("k", theirs), ("k2", unrelated)):
        boto_client.abort_multipart_upload(Bucket=bucket, Key=key, UploadId=upload_id)


def test_an_intent_with_nothing_on_the_server_starts_afresh(client: S3Client, boto_client: Any,
                                                            bucket: str, tmp_path: Path
                                                            ) -> None:
    path, sha = random_file(tmp_path, 11 * MiB)
    journal = UploadJournal(tmp_path / "journal")
    journal.start(endpoint=client.endpoint, bucket=bucket, key="k",
                  file=FileIdentity.of(path), part_size=5 * MiB)
    result = upload_file(client, bucket=bucket, key="k", path=path, config=PARTS,
                         journal=journal)
    assert result.parts == 3 and stored_sha256(boto_client, bucket, "k") == sha
    assert no_uploads(boto_client, bucket) and journal.entries() == []


def test_a_file_now_small_enough_for_one_put_aborts_the_crashed_upload(
        client: S3Client, boto_client: Any, bucket: str, tmp_path: Path) -> None:
    path, _ = random_file(tmp_path, 12 * MiB)
    journal = UploadJournal(tmp_path / "journal")
    made: list[str] = []
    _crash_after_create(client, made)
    with pytest.raises(Crash):
        upload_file(client, bucket=bucket, key="k", path=path, config=PARTS, journal=journal)
    del client.create_multipart_upload
    path, sha = random_file(tmp_path, 1 * MiB)    # the same file, rewritten smaller
    result = upload_file(client, bucket=bucket, key="k", path=path, config=PARTS,
                         journal=journal)
    assert result.parts == 0 and stored_sha256(boto_client, bucket, "k") == sha
    assert no_uploads(boto_client, bucket) and journal.entries() == []


def test_another_process_uploading_the_same_file_is_refused(client: S3Client,
                                                            boto_client: Any, bucket: str,
                                                            tmp_path: Path) -> None:
    path, sha = random_file(tmp_path, 11 * MiB)
    journal = UploadJournal(tmp_path / "journal")
    lock = _lock_path((client.endpoint, bucket, "k", str(path.resolve())), journal)
    hold = ("import sys\nfrom spacesgui.s3.file_lock import FileLock\n"
            "FileLock(sys.argv[1]).acquire()\nprint('held', flush=True)\nsys.stdin.read()\n")
    holder = subprocess.Popen([sys.executable, "-c", hold, str(lock)], cwd=REPO,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        with pytest.raises(InvalidInput, match="another program"):
            upload_file(client, bucket=bucket, key="k", path=path, config=PARTS,
                        journal=journal)
    finally:
        holder.communicate(b"")
    upload_file(client, bucket=bucket, key="k", path=path, config=PARTS, journal=journal)
    assert stored_sha256(boto_client, bucket, "k") == sha
    with FileLock(lock):    # released after the upload, and no lock file left behind
        pass
    assert not lock.exists()


def test_a_killed_single_stream_download_resumes_from_its_part(
        s3_server: ServerInfo, make_client: ClientFactory, proxy: FaultProxy, boto_client: Any,
        bucket: str, tmp_path: Path) -> None:
    body = os.urandom(20 * MiB)              # below the 32 MiB parallel-range threshold
    boto_client.put_object(Bucket=bucket, Key="big", Body=body)
    target = tmp_path / "down" / "big"
    state = tmp_path / "state"
    state.mkdir()
    (state / "queue.json").write_text(json.dumps({
        "jobs": [{"kind": "download", "bucket": bucket, "key": "big", "path": str(target)}],
        "save_interval": 0.05, "download_rate": 8 * MiB}))
    env = dict(os.environ, SPACESGUI_CHILD_ACCESS_KEY=s3_server.access_key,
               SPACESGUI_CHILD_SECRET_KEY=s3_server.secret_key)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.helpers.queue_child", s3_server.endpoint,
         s3_server.region, str(state)], cwd=REPO, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT)
    sidecar = Path(part_paths(str(target))[1])
    tick = threading.Event()
    try:
        for _ in range(3000):   # until the sidecar records a few MiB
            if sidecar.exists() and child.poll() is None:
                done = json.loads(sidecar.read_text())["done"]
                if sum(end - start for start, end in done) >= 4 * MiB:
                    break
            assert child.poll() is None, "the child ended before it could be killed"
            tick.wait(0.02)
    finally:
        child.kill()
        child.communicate()
    assert not target.exists()
    result = download_file(make_client(proxy.url), bucket=bucket, key="big", path=target,
                           config=TransferConfig(), control=TransferControl(),
                           slots=SlotPool(2))
    assert result.resumed_bytes >= 4 * MiB and target.read_bytes() == body
    gets = [s for s in proxy.forwarded if s.method == "GET"]
    assert len(gets) == 1 and gets[0].headers.get("range") == f"bytes={result.resumed_bytes}-" \
        f"{len(body) - 1}"
    assert gets[0].headers.get("if-match")
    assert not Path(part_paths(str(target))[0]).exists() and not sidecar.exists()


def test_a_stale_sidecar_never_vouches_for_a_new_part_file(
        client: S3Client, boto_client: Any, bucket: str, tmp_path: Path) -> None:
    """Killed after the rename of a finished download and before its sidecar was removed, a
    download restarts afresh; killed again before its first save, the old sidecar (claiming
    every byte) must not make the next start trust the new, still empty part file."""
    body = os.urandom(3 * MiB)
    boto_client.put_object(Bucket=bucket, Key="obj", Body=body)
    target = tmp_path / "obj"
    args: dict[str, Any] = {"bucket": bucket, "key": "obj", "path": target,
                            "config": TransferConfig(), "slots": SlotPool(2)}
    download_file(client, control=TransferControl(), **args)
    part, sidecar = (Path(p) for p in part_paths(str(target)))
    head = boto_client.head_object(Bucket=bucket, Key="obj")
    sidecar.write_text(json.dumps({"v": 1, "bucket": bucket, "key": "obj", "version_id": None,
                                   "etag": head["ETag"].strip('"'), "size": len(body),
                                   "done": [[0, len(body)]]}))
    target.unlink()
    # The fresh start, killed right after it made its part file (before its first save).
    etag = head["ETag"].strip('"')
    PartFile(str(target), PartIdentity(bucket, "obj", None, etag, len(body)), []).close()
    assert part.stat().st_size == len(body) and not sidecar.exists()
    result = download_file(client, control=TransferControl(), **args)
    assert target.read_bytes() == body and result.resumed_bytes == 0
