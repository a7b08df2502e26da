"""Test connection against the real RGW: each step's outcome, codes and request ids."""

from __future__ import annotations

import socket

import pytest

from spacesgui.config import Account
from spacesgui.connection_check import NOT_ALLOWED, CheckStep, check_connection
from spacesgui.s3 import Cancelled, CancelToken
from spacesgui.s3.transfer.integrity import payload_check
from tests.faultproxy import FaultProxy
from tests.servers import BotoClient, ClientFactory, ServerInfo, require


def rgw_account(server: ServerInfo, endpoint: str | None = None, **kw: object) -> Account:
    values: dict[str, object] = {"name": "Lab", "provider": "s3", "region": server.region,
                                 "endpoint": endpoint or server.endpoint,
                                 "access_key_id": server.access_key, "addressing": "path"}
    values.update(kw)
    return Account.new(**values)


def run(account: Account, secret: str) -> dict[str, CheckStep]:
    steps = list(check_connection(account, secret))
    assert [s.name for s in steps] == ["reach", "authenticate", "buckets", "setting"]
    return {s.name: s for s in steps}


def test_full_key_passes_all_four_steps(s3_server: ServerInfo, bucket: str) -> None:
    steps = run(rgw_account(s3_server), s3_server.secret_key)
    assert all(s.ok for s in steps.values()), steps
    assert "answered over plain HTTP" in steps["reach"].detail
    assert bucket in steps["buckets"].detail
    assert steps["buckets"].title == "List the buckets"
    assert "Versioning of" in steps["setting"].detail
    assert s3_server.secret_key not in repr(steps)


def test_the_check_learns_the_upload_hash_the_server_verifies(
        s3_server: ServerInfo, bucket: str, make_client: ClientFactory,
        boto_client: BotoClient) -> None:
    client = make_client()
    assert payload_check(client) == "md5"           # a self-hosted server: not known by host
    # Pinned, so the bucket the check probes is this test's own.
    steps = run(rgw_account(s3_server, pinned_buckets=(bucket,)), s3_server.secret_key)
    assert all(s.ok for s in steps.values()), steps
    assert payload_check(client) == "sha256"        # RGW checks the signed SHA-256
    assert "Contents" not in boto_client.list_objects_v2(Bucket=bucket)   # the probe stored nothing


@pytest.mark.needs("auth")
def test_wrong_secret_fails_authenticate_with_code_and_request_id(
        s3_server: ServerInfo) -> None:
    steps = run(rgw_account(s3_server), "not-the-secret-0000000000000000000000001")
    assert steps["reach"].ok is True
    auth = steps["authenticate"]
    assert auth.ok is False and auth.code == "SignatureDoesNotMatch"
    assert auth.request_id and auth.request_id in auth.detail
    assert "SignatureDoesNotMatch" in auth.detail and "secret key" in auth.detail
    assert steps["buckets"].ok is None and steps["setting"].ok is None


def test_unreachable_endpoint_fails_plainly_and_skips_the_rest() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    account = Account.new(name="Gone", provider="s3", region="us-east-1",
                          endpoint=f"http://127.0.0.1:{port}", access_key_id="AK")
    steps = list(check_connection(account, "secret-000000000000000001"))
    assert [(s.name, s.ok) for s in steps] == [("reach", False), ("authenticate", None),
                                              ("buckets", None), ("setting", None)]
    assert steps[0].detail == (f"Could not connect to http://127.0.0.1:{port}: the connection "
                               "was refused.")


@pytest.fixture
def shared_bucket(s3_server: ServerInfo, boto_client: BotoClient, bucket: str) -> str:
    """`bucket`, owned by tester, readable by "other" through its ACL."""
    require(s3_server, "other-user")
    boto_client.put_bucket_acl(Bucket=bucket, GrantRead="id=other",
                               GrantFullControl="id=tester")
    boto_client.put_object(Bucket=bucket, Key="hello.txt", Body=b"hi")
    return bucket


@pytest.mark.needs("other-user")
def test_pinned_bucket_key_passes_without_listing_buckets(
        s3_server: ServerInfo, shared_bucket: str, proxy: FaultProxy) -> None:
    assert s3_server.other_access_key and s3_server.other_secret_key
    account = rgw_account(s3_server, proxy.url, access_key_id=s3_server.other_access_key,
                          pinned_buckets=(shared_bucket,))
    steps = run(account, s3_server.other_secret_key)
    assert all(s.ok for s in steps.values()), steps
    assert steps["buckets"].title == "Open the pinned buckets"
    # The other user may read the bucket but not its settings: fine for a bucket-scoped key.
    assert steps["setting"].detail == f"Versioning of {shared_bucket}: {NOT_ALLOWED}."
    assert steps["setting"].code == "AccessDenied" and steps["setting"].request_id
    seen = proxy.seen
    assert seen, "the check did not go through the proxy"
    assert not [s for s in seen if s.method == "GET" and s.path == "/"], "ListBuckets was sent"
    assert not [s for s in seen if "location" in s.query], "GetBucketLocation was sent"
    assert [s.method for s in seen if s.path == "/"] == ["HEAD"]  # the unsigned reach probe
    assert "authorization" not in next(s for s in seen if s.path == "/").headers


@pytest.mark.needs("other-user")
def test_pinned_bucket_that_the_key_cannot_open(s3_server: ServerInfo, bucket: str,
                                                shared_bucket: str) -> None:
    assert s3_server.other_access_key and s3_server.other_secret_key
    account = rgw_account(s3_server, access_key_id=s3_server.other_access_key,
                          pinned_buckets=(shared_bucket, "t-no-such-bucket-for-check"))
    steps = run(account, s3_server.other_secret_key)
    assert steps["authenticate"].ok is True
    assert steps["buckets"].ok is False and "t-no-such-bucket-for-check" in steps["buckets"].detail
    assert steps["setting"].ok is None


def test_full_key_with_setting_refused_is_still_ok(s3_server: ServerInfo, bucket: str,
                                                   boto_client: BotoClient,
                                                   proxy: FaultProxy) -> None:
    first = sorted(b["Name"] for b in boto_client.list_buckets()["Buckets"])[0]
    denied = (b'<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code>'
              b"<Message>no</Message><RequestId>tx-denied-1</RequestId></Error>")
    fault = proxy.error(403, body=denied, method="GET", path=f"/{first}")
    steps = run(rgw_account(s3_server, proxy.url), s3_server.secret_key)
    assert fault.hits == 1
    assert [s.ok for s in steps.values()] == [True, True, True, True]
    assert steps["setting"].detail == f"Versioning of {first}: {NOT_ALLOWED}."
    assert steps["setting"].request_id == "tx-denied-1"


def test_server_error_fails_authenticate_with_its_request_id(s3_server: ServerInfo, bucket: str,
                                                proxy: FaultProxy) -> None:
    account = rgw_account(s3_server, proxy.url, pinned_buckets=(bucket,))
    proxy.error(500, times=5, method="GET", path=f"/{bucket}")
    steps = run(account, s3_server.secret_key)
    assert steps["authenticate"].ok is False and steps["authenticate"].code == "InternalError"
    assert "tx-faultproxy" in steps["authenticate"].detail


def test_cancel_stops_between_steps(s3_server: ServerInfo) -> None:
    token = CancelToken()
    steps = check_connection(rgw_account(s3_server), s3_server.secret_key, cancel=token)
    assert next(steps).name == "reach"
    token.cancel()
    with pytest.raises(Cancelled):
        next(steps)
