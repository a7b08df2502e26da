"""Proof that the harness works: the server, both users, TLS, bucket clean-up, the proxy."""

from __future__ import annotations

import http.client
import json
import os
from collections.abc import Callable

import pytest
from botocore.exceptions import ClientError, ResponseStreamingError, SSLError

from tests.faultproxy import FaultProxy
from tests.servers import BotoClient, ServerInfo, empty_and_delete, make_boto_client


def _error(exc: pytest.ExceptionInfo[ClientError]) -> tuple[int, str]:
    response = exc.value.response
    return response["ResponseMetadata"]["HTTPStatusCode"], response["Error"]["Code"]


def test_create_bucket_in_region(s3_server: ServerInfo, boto_client: BotoClient,
                                 bucket_factory: Callable[..., str]) -> None:
    name = bucket_factory("located")  # created with LocationConstraint = the server's region
    assert name.startswith(s3_server.bucket_prefix) and len(name) <= 63
    assert boto_client.get_bucket_location(Bucket=name)["LocationConstraint"] == s3_server.region


def test_put_and_get_over_http(boto_client: BotoClient, bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="a b/ü+%.txt", Body=b"hello", ContentType="text/x")
    got = boto_client.get_object(Bucket=bucket, Key="a b/ü+%.txt")
    assert got["Body"].read() == b"hello" and got["ContentType"] == "text/x"


@pytest.mark.needs("tls")
def test_put_and_get_over_tls_with_ca_bundle(s3_server: ServerInfo, bucket: str) -> None:
    tls = make_boto_client(s3_server, tls=True)
    tls.put_object(Bucket=bucket, Key="k", Body=b"over tls")
    assert tls.get_object(Bucket=bucket, Key="k")["Body"].read() == b"over tls"
    assert s3_server.tls_endpoint is not None and s3_server.tls_endpoint.startswith("https://")
    if s3_server.ca_bundle:  # a self-signed server: without its CA the client must refuse
        untrusting = make_boto_client(s3_server, endpoint_url=s3_server.tls_endpoint,
                                      retries={"max_attempts": 1})
        with pytest.raises(SSLError):
            untrusting.head_bucket(Bucket=bucket)


@pytest.mark.needs("tls", "sse-c")
def test_sse_c_needs_tls(s3_server: ServerInfo, boto_client: BotoClient, bucket: str) -> None:
    key = {"SSECustomerAlgorithm": "AES256", "SSECustomerKey": os.urandom(32)}
    with pytest.raises(ClientError) as over_http:
        boto_client.put_object(Bucket=bucket, Key="sse", Body=b"secret", **key)
    assert _error(over_http) == (400, "InvalidRequest")  # rgw_crypt_require_ssl = true
    tls = make_boto_client(s3_server, tls=True)
    tls.put_object(Bucket=bucket, Key="sse", Body=b"secret", **key)
    assert tls.get_object(Bucket=bucket, Key="sse", **key)["Body"].read() == b"secret"
    with pytest.raises(ClientError) as without_key:
        tls.get_object(Bucket=bucket, Key="sse")
    assert _error(without_key)[0] == 400


@pytest.mark.needs("other-user")
def test_other_user_is_distinct(boto_client: BotoClient, other_client: BotoClient,
                                bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="private", Body=b"mine")
    mine, theirs = boto_client.list_buckets(), other_client.list_buckets()
    assert mine["Owner"]["ID"] != theirs["Owner"]["ID"]
    assert bucket not in [b["Name"] for b in theirs["Buckets"]]
    with pytest.raises(ClientError) as denied:
        other_client.get_object(Bucket=bucket, Key="private")
    assert _error(denied) == (403, "AccessDenied")


@pytest.mark.needs("auth")
def test_wrong_secret_is_rejected(s3_server: ServerInfo, bucket: str) -> None:
    from dataclasses import replace

    forged = make_boto_client(replace(s3_server, secret_key="not-the-secret"))
    with pytest.raises(ClientError) as refused:
        forged.put_object(Bucket=bucket, Key="forged", Body=b"x")
    assert _error(refused) == (403, "SignatureDoesNotMatch")


def test_cleanup_removes_versions_uploads_and_deny_policy(
        boto_client: BotoClient, bucket_factory: Callable[..., str]) -> None:
    name = bucket_factory("dirty")
    boto_client.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
    for body in (b"1", b"2", b"3"):
        boto_client.put_object(Bucket=name, Key="k", Body=body)
    boto_client.delete_object(Bucket=name, Key="k")  # a delete marker on top
    upload = boto_client.create_multipart_upload(Bucket=name, Key="big")["UploadId"]
    boto_client.upload_part(Bucket=name, Key="big", UploadId=upload, PartNumber=1, Body=b"p")
    boto_client.put_bucket_policy(Bucket=name, Policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:DeleteObject",
                       "Resource": f"arn:aws:s3:::{name}/*"}]}))
    versions = boto_client.list_object_versions(Bucket=name)
    assert len(versions["Versions"]) == 3 and len(versions["DeleteMarkers"]) == 1

    empty_and_delete(boto_client, name)  # what the fixture's teardown runs

    with pytest.raises(ClientError) as gone:
        boto_client.head_bucket(Bucket=name)
    assert _error(gone)[0] == 404


@pytest.mark.needs("virtual-host")
def test_virtual_host_addressing(s3_server: ServerInfo, boto_client: BotoClient,
                                 bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="pub", Body=b"public", ACL="public-read")
    assert s3_server.host_for_virtual is not None
    # glibc does not resolve *.localhost: connect to the endpoint, name the bucket in Host.
    endpoint = s3_server.endpoint.split("://", 1)[1]
    cls = http.client.HTTPSConnection if s3_server.endpoint.startswith("https") else \
        http.client.HTTPConnection
    conn = cls(endpoint, timeout=30)
    try:
        conn.request("GET", "/pub", headers={"Host": f"{bucket}.{s3_server.host_for_virtual}"})
        resp = conn.getresponse()
        assert (resp.status, resp.read()) == (200, b"public")
    finally:
        conn.close()


@pytest.mark.needs("admin")
def test_admin_tool(s3_server: ServerInfo) -> None:
    assert s3_server.admin is not None
    info = json.loads(s3_server.admin("user", "info", "--uid=tester"))
    assert info["keys"][0]["access_key"] == s3_server.access_key
    s3_server.admin("gc", "process", "--include-all")


def test_fault_proxy_in_front_of_the_server(s3_server: ServerInfo, bucket: str) -> None:
    with FaultProxy(s3_server.endpoint) as proxy:
        client = make_boto_client(s3_server, endpoint_url=proxy.url)  # signs for the proxy
        fault = proxy.slow_down(method="PUT", path=f"/{bucket}/k")
        client.put_object(Bucket=bucket, Key="k", Body=b"after a 503")
        assert fault.spent.is_set()
        assert [(s.method, s.fault) for s in proxy.seen] == [("PUT", "respond"), ("PUT", None)]
        proxy.reset_mid_body(method="GET")  # a parsed answer cut short is retried
        assert [o["Key"] for o in client.list_objects_v2(Bucket=bucket)["Contents"]] == ["k"]
        assert proxy.count("GET") == 2
        proxy.reset_mid_body(method="GET")  # a streamed body cut short surfaces on read()
        body = client.get_object(Bucket=bucket, Key="k")["Body"]
        with pytest.raises(ResponseStreamingError):
            body.read()
        body.close()
