"""Resuming uploads from the journal: after SIGKILL of a child process, after an ordinary
failure, after the upload vanished, and after the file changed. Requests are counted by the
fault proxy, so "only the missing parts are sent" is measured on the wire."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import S3Error
from spacesgui.s3.http import RetryPolicy
from spacesgui.s3.transfer.common import MiB, TransferConfig
from spacesgui.s3.transfer.journal import JournalEntry, UploadJournal
from spacesgui.s3.transfer.upload import UploadResult, upload_file
from tests.faultproxy import FaultProxy
from tests.integration.helpers.uploads import no_uploads, random_file, stored_sha256
from tests.servers import ClientFactory, ServerInfo

REPO = Path(__file__).resolve().parents[2]
CONFIG = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB, parts_in_flight=2)
SERIAL = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB, parts_in_flight=1)


def _sent_parts(proxy: FaultProxy) -> list[int]:
    """Part numbers of the UploadPart requests that reached the server."""
    return sorted(int(parse_qs(s.query)["partNumber"][0]) for s in proxy.forwarded
                  if s.method == "PUT" and "partNumber=" in s.query)


def _server_parts(boto: Any, bucket: str, key: str, upload_id: str) -> set[int]:
    found: set[int] = set()
    for page in boto.get_paginator("list_parts").paginate(Bucket=bucket, Key=key,
                                                          UploadId=upload_id):
        found.update(p["PartNumber"] for p in page.get("Parts", []))
    return found


def _only_entry(journal: UploadJournal) -> JournalEntry:
    entries = journal.entries()
    assert len(entries) == 1, entries
    return entries[0]


def _crash_child(s3_server: ServerInfo, bucket: str, key: str, path: Path,
                 journal: UploadJournal, min_parts: int) -> JournalEntry:
    """Start upload_child through its own proxy, SIGKILL it once `min_parts` parts are in the
    journal and it is trying to send another, then stop the proxy so nothing in flight can
    reach the server afterwards."""
    env = dict(os.environ, SPACESGUI_CHILD_ACCESS_KEY=s3_server.access_key,
               SPACESGUI_CHILD_SECRET_KEY=s3_server.secret_key)
    tick = threading.Event()
    with FaultProxy(s3_server.endpoint) as child_proxy:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.helpers.upload_child", child_proxy.url,
             s3_server.region, bucket, key, str(path), str(journal.directory)],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            for _ in range(3000):  # up to 60 s; the journal is the child's own progress record
                entries = journal.entries()
                if (entries and len(entries[0].parts) >= min_parts) or child.poll() is not None:
                    break
                tick.wait(0.02)
            assert child.poll() is None, child.communicate()[0].decode(errors="replace")
            # From now on every new part is held unanswered, so the child is caught mid-upload
            # (a refusal would make it retry and perhaps give up before the kill).
            blocker = child_proxy.delay(times=10**6, release=threading.Event(), method="PUT")
            assert blocker.hit.wait(60), "the child sent no further part"
            assert child.poll() is None, "the child finished before it could be killed"
        finally:
            child.kill()  # SIGKILL: no clean-up code runs in the child
            output = child.communicate()[0].decode(errors="replace")
    # Leaving the `with` stopped the child's proxy and joined its connections: whatever the
    # dead child had in flight has now reached the server or never will.
    assert child.returncode == -9, output
    return _only_entry(journal)


def _adopt(journal: UploadJournal, entry: JournalEntry, endpoint: str) -> JournalEntry:
    """Re-key the record for the resuming client's proxy. Each proxy has its own port, so the
    endpoint differs; in the app it is the same account endpoint before and after a crash."""
    journal.delete(entry)
    moved = replace(entry, endpoint=endpoint)
    journal.save(moved)
    return moved


def test_sigkill_then_resume_sends_only_the_missing_parts(
        s3_server: ServerInfo, make_client: ClientFactory, proxy: FaultProxy, boto_client: Any,
        bucket: str, tmp_path: Path) -> None:
    path, sha = random_file(tmp_path, 100 * MiB)
    journal = UploadJournal(tmp_path / "journal")
    entry = _adopt(journal, _crash_child(s3_server, bucket, "big", path, journal, min_parts=3),
                   proxy.url)
    uploads = boto_client.list_multipart_uploads(Bucket=bucket)["Uploads"]
    assert [u["UploadId"] for u in uploads] == [entry.upload_id]
    on_server = _server_parts(boto_client, bucket, "big", entry.upload_id)
    assert set(entry.parts) <= on_server and 3 <= len(on_server) < 20

    client = make_client(proxy.url)
    result = upload_file(client, bucket=bucket, key="big", path=path, config=CONFIG,
                         journal=journal)
    sent = _sent_parts(proxy)
    skipped = set(range(1, 21)) - set(sent)
    assert len(sent) == len(set(sent)), sent  # no part sent twice
    # A part the dead child had fully handed over may still be stored by the server after the
    # listing above, so the resume may find (and skip) up to its two parts in flight more.
    # Skipping a part the server does not hold would fail the checksum below.
    assert on_server <= skipped and len(skipped - on_server) <= 2, (sorted(on_server), sent)
    assert proxy.count("POST") == 1  # CompleteMultipartUpload only: no second upload id
    assert proxy.count("GET") == 1   # one ListParts page
    assert result.upload_id == entry.upload_id and result.resumed_parts == len(skipped)
    assert result.parts == 20
    assert stored_sha256(boto_client, bucket, "big") == sha
    assert no_uploads(boto_client, bucket) and journal.entries() == []


def test_file_changed_after_the_crash_starts_again_and_aborts_the_old_upload(
        s3_server: ServerInfo, make_client: ClientFactory, proxy: FaultProxy, boto_client: Any,
        bucket: str, tmp_path: Path) -> None:
    path, _ = random_file(tmp_path, 40 * MiB)
    journal = UploadJournal(tmp_path / "journal")
    old = _adopt(journal, _crash_child(s3_server, bucket, "k", path, journal, min_parts=2),
                 proxy.url)
    stat = path.stat()
    path, sha = random_file(tmp_path, 40 * MiB)  # same name and size, new bytes
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))

    client = make_client(proxy.url)
    result = upload_file(client, bucket=bucket, key="k", path=path, config=CONFIG,
                         journal=journal)
    assert result.upload_id != old.upload_id and result.resumed_parts == 0
    assert _sent_parts(proxy) == list(range(1, 9))
    assert proxy.count("DELETE") == 1  # AbortMultipartUpload of the old id
    with pytest.raises(boto_client.exceptions.ClientError, match="NoSuchUpload"):
        boto_client.abort_multipart_upload(Bucket=bucket, Key="k", UploadId=old.upload_id)
    assert no_uploads(boto_client, bucket) and journal.entries() == []
    assert stored_sha256(boto_client, bucket, "k") == sha


def _fail_after(make_client: ClientFactory, proxy: FaultProxy, bucket: str, path: Path,
                journal: UploadJournal, parts: int) -> JournalEntry:
    """One part at a time; after `parts` have succeeded the proxy answers 500 to every PUT."""
    client = make_client(proxy.url, retry=RetryPolicy(max_attempts=1))
    inner = client.upload_part
    count = [0]

    def upload_part(**kw: Any) -> Any:
        result = inner(**kw)
        count[0] += 1
        if count[0] == parts:
            proxy.error(500, times=10**6, method="PUT")
        return result
    client.upload_part = upload_part  # type: ignore[method-assign]
    with pytest.raises(S3Error, match="InternalError"):
        upload_file(client, bucket=bucket, key="k", path=path, config=SERIAL, journal=journal)
    proxy.clear()
    entry = _only_entry(journal)
    assert sorted(entry.parts) == list(range(1, parts + 1))
    return entry


def _resume(make_client: ClientFactory, proxy: FaultProxy, bucket: str, path: Path,
            journal: UploadJournal) -> UploadResult:
    return upload_file(make_client(proxy.url), bucket=bucket, key="k", path=path,
                       config=SERIAL, journal=journal)


def test_an_ordinary_failure_keeps_the_upload_for_a_later_call(
        make_client: ClientFactory, proxy: FaultProxy, boto_client: Any, bucket: str,
        tmp_path: Path) -> None:
    path, sha = random_file(tmp_path, 30 * MiB)
    journal = UploadJournal(tmp_path / "journal")
    entry = _fail_after(make_client, proxy, bucket, path, journal, parts=2)
    assert [u["UploadId"] for u in boto_client.list_multipart_uploads(Bucket=bucket)["Uploads"]] \
        == [entry.upload_id]
    result = _resume(make_client, proxy, bucket, path, journal)
    assert _sent_parts(proxy) == [3, 4, 5, 6]
    assert result.upload_id == entry.upload_id and result.resumed_parts == 2
    assert stored_sha256(boto_client, bucket, "k") == sha
    assert no_uploads(boto_client, bucket) and journal.entries() == []


def test_a_vanished_upload_starts_fresh_and_replaces_the_record(
        s3_server: ServerInfo, make_client: ClientFactory, proxy: FaultProxy, boto_client: Any,
        bucket: str, tmp_path: Path) -> None:
    path, sha = random_file(tmp_path, 12 * MiB)
    journal = UploadJournal(tmp_path / "journal")
    entry = _fail_after(make_client, proxy, bucket, path, journal, parts=1)
    boto_client.abort_multipart_upload(Bucket=bucket, Key="k", UploadId=entry.upload_id)
    seen: list[str] = []
    client = make_client(proxy.url)
    inner = client.upload_part

    def upload_part(**kw: Any) -> Any:  # the record now names the new upload
        seen.append(_only_entry(journal).upload_id)
        return inner(**kw)
    client.upload_part = upload_part  # type: ignore[method-assign]
    result = upload_file(client, bucket=bucket, key="k", path=path, config=SERIAL,
                         journal=journal)
    assert result.upload_id != entry.upload_id and result.resumed_parts == 0
    assert seen == [result.upload_id] * 3
    assert _sent_parts(proxy) == [1, 2, 3]
    assert stored_sha256(boto_client, bucket, "k") == sha
    assert no_uploads(boto_client, bucket) and journal.entries() == []


def test_parts_missing_from_the_record_are_checked_and_wrong_ones_resent(
        make_client: ClientFactory, proxy: FaultProxy, boto_client: Any, bucket: str,
        tmp_path: Path) -> None:
    path, sha = random_file(tmp_path, 22 * MiB)
    journal = UploadJournal(tmp_path / "journal")
    entry = _fail_after(make_client, proxy, bucket, path, journal, parts=3)
    record = journal.path_for(entry.endpoint, entry.bucket, entry.key, entry.file.path)
    data = json.loads(record.read_text())
    del data["parts"]["1"]             # sent, but the crash came before the record: kept
    data["parts"]["2"] = "0" * 32      # a record that disagrees with the server: resent
    record.write_text(json.dumps(data))
    result = _resume(make_client, proxy, bucket, path, journal)
    assert _sent_parts(proxy) == [2, 4, 5]
    assert result.resumed_parts == 2 and result.upload_id == entry.upload_id
    assert stored_sha256(boto_client, bucket, "k") == sha


def test_a_small_file_with_an_old_record_aborts_the_old_upload(
        make_client: ClientFactory, proxy: FaultProxy, boto_client: Any, bucket: str,
        tmp_path: Path) -> None:
    path, _ = random_file(tmp_path, 12 * MiB)
    journal = UploadJournal(tmp_path / "journal")
    _fail_after(make_client, proxy, bucket, path, journal, parts=1)
    path, sha = random_file(tmp_path, 1 * MiB)  # the file shrank below the threshold
    result = _resume(make_client, proxy, bucket, path, journal)
    assert result.parts == 0
    assert no_uploads(boto_client, bucket) and journal.entries() == []
    assert stored_sha256(boto_client, bucket, "k") == sha


def test_client_for_proxy_signs_for_the_proxy(make_client: ClientFactory,
                                              proxy: FaultProxy) -> None:
    """The helpers above rely on the proxy forwarding signed requests untouched."""
    client: S3Client = make_client(proxy.url)
    client.list_buckets()
    assert proxy.count("GET") == 1


def test_if_the_old_upload_cannot_be_aborted_no_second_one_starts(
        s3_server: ServerInfo, make_client: ClientFactory, proxy: FaultProxy, boto_client: Any,
        bucket: str, tmp_path: Path) -> None:
    path, _ = random_file(tmp_path, 12 * MiB)
    journal = UploadJournal(tmp_path / "journal")
    old = _fail_after(make_client, proxy, bucket, path, journal, parts=1)
    path, sha = random_file(tmp_path, 12 * MiB)  # rewritten: the old upload must go first
    proxy.error(500, times=10**6, method="DELETE")
    client = make_client(proxy.url, retry=RetryPolicy(max_attempts=1))
    with pytest.raises(S3Error, match="InternalError"):
        upload_file(client, bucket=bucket, key="k", path=path, config=SERIAL, journal=journal)
    assert proxy.count("POST") == 0  # no CreateMultipartUpload
    uploads = boto_client.list_multipart_uploads(Bucket=bucket)["Uploads"]
    assert [u["UploadId"] for u in uploads] == [old.upload_id]
    assert _only_entry(journal).upload_id == old.upload_id  # still remembered
    proxy.clear()
    result = _resume(make_client, proxy, bucket, path, journal)
    assert result.resumed_parts == 0 and result.upload_id != old.upload_id
    assert no_uploads(boto_client, bucket) and journal.entries() == []
    assert stored_sha256(boto_client, bucket, "k") == sha
