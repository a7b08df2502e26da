"""Uploads are guarded by the hash the server checks: a body changed on the way is refused."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import ServiceError
from spacesgui.s3.transfer import integrity
from spacesgui.s3.transfer.common import MiB, TransferConfig
from spacesgui.s3.transfer.integrity import PROBE_KEY, payload_check, probe
from spacesgui.s3.transfer.upload import upload_file
from tests.faultproxy import FaultProxy
from tests.servers import ClientFactory

SMALL = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB)


def _keys(boto_client: Any, bucket: str) -> list[str]:
    return [o["Key"] for o in boto_client.list_objects_v2(Bucket=bucket).get("Contents", [])]


@pytest.fixture(autouse=True)
def _fresh_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each test asks the server itself instead of reusing an earlier test's probe.
    monkeypatch.setattr(integrity, "_known", {})


@pytest.mark.needs("auth")
def test_the_server_refuses_a_body_that_does_not_match_its_signed_sha256(
        client: S3Client, boto_client: Any, bucket: str) -> None:
    with pytest.raises(ServiceError) as caught:
        client.put_object(bucket=bucket, key="k", body=b"the body",
                          payload_sha256=hashlib.sha256(b"another body").hexdigest())
    assert caught.value.code == "XAmzContentSHA256Mismatch"
    client.put_object(bucket=bucket, key="k", body=b"the body",
                      payload_sha256=hashlib.sha256(b"the body").hexdigest())
    assert _keys(boto_client, bucket) == ["k"]


@pytest.mark.needs("auth")
def test_the_probe_finds_the_signed_hash_checked_and_stores_nothing(
        client: S3Client, make_client: ClientFactory, boto_client: Any, bucket: str) -> None:
    assert payload_check(client) == "md5"          # not known before it is asked
    assert probe(client, bucket) == "sha256"
    assert payload_check(make_client()) == "sha256"   # remembered for the endpoint
    assert probe(make_client(signature="v2"), bucket) == "md5"
    assert PROBE_KEY not in _keys(boto_client, bucket)


@pytest.mark.parametrize("signature", ["v4-probed", "v4", "v2"])
@pytest.mark.parametrize("size", [100_000, 11 * MiB])
def test_a_byte_corrupted_on_the_way_fails_the_upload_and_stores_nothing(
        make_client: ClientFactory, boto_client: Any, bucket: str, proxy: FaultProxy,
        tmp_path: Path, signature: str, size: int) -> None:
    path = tmp_path / "f"
    path.write_bytes(os.urandom(size))
    client = make_client(proxy.url, signature=signature.removesuffix("-probed"))
    if signature.endswith("-probed"):
        probe(client, bucket)
    # One byte of the single PUT, or of the first part, inverted on the way.
    fault = proxy.corrupt_body(at_byte=size // 3, method="PUT", path=f"/{bucket}/k")
    with pytest.raises(ServiceError) as caught:
        upload_file(client, bucket=bucket, key="k", path=path, config=SMALL)
    assert fault.hit.is_set()
    expected = {"sha256": "XAmzContentSHA256Mismatch", "md5": "BadDigest"}
    assert caught.value.code == expected[payload_check(client)]
    assert "k" not in _keys(boto_client, bucket)
    assert not boto_client.list_multipart_uploads(Bucket=bucket).get("Uploads")
    # Nothing wrong the second time: the same call stores the file whole.
    upload_file(client, bucket=bucket, key="k", path=path, config=SMALL)
    stored = boto_client.get_object(Bucket=bucket, Key="k")["Body"].read()
    assert hashlib.sha256(stored).digest() == hashlib.sha256(path.read_bytes()).digest()
