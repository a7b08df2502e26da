"""The S3 server the suite runs against, what it can do, and helpers shared by the fixtures.

Which server: SPACESGUI_TEST_ENDPOINT set -> that external endpoint (nothing started);
else SPACESGUI_TEST_SERVER=rgw|moto if set; else Ceph RGW when installed, moto otherwise.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import re
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

import pytest

from spacesgui.s3 import S3Client

BotoClient = Any  # boto3 builds its clients at run time; there is no static type to name

log = logging.getLogger(__name__)


class ClientFactory(Protocol):
    """The `make_client` fixture: our S3Client on the suite's server (see tests/conftest.py)."""

    def __call__(self, endpoint: str | None = None, *, user: Literal["tester", "other"] = "tester",
                 tls: bool = False, cls: type[S3Client] = S3Client,
                 **settings: Any) -> S3Client: ...


ServerKind = Literal["rgw", "moto", "external"]

# Features a test can declare with @pytest.mark.needs(...); a server lacking one turns the
# test into a strict xfail, so it still runs and a fixed server shows up as XPASS(strict).
# This is the suite's one way to mark what a server cannot do.
FEATURES: dict[str, str] = {
    "auth": "rejects wrong secrets, unknown keys, tampered or expired presigned URLs",
    "anonymous-acl": "refuses anonymous LIST and PUT on private buckets",
    "other-user": "a second user, for cross-user ACL and policy tests",
    "tls": "an HTTPS endpoint with a CA bundle",
    "sse-c": "SSE-C: stores objects encrypted and demands the customer key back",
    "cors-preflight": "answers OPTIONS preflights according to the bucket's CORS rules",
    "lifecycle-execution": "expires objects by lifecycle rules within seconds",
    "admin": "radosgw-admin for lc/gc processing",
    "virtual-host": "virtual-hosted-style requests (Host: <bucket>.<host_for_virtual>)",
    "complete-multipart-etag": "CompleteMultipartUpload returns the object's ETag",
    "suspended-versioning-delete": "DeleteObject(VersionId) in a Suspended bucket",
    "suspended-versioning-listing": "ListObjectVersions keeps the earlier versions after a "
                                    "write in a Suspended bucket",
    "copy-tagging-replace": "CopyObject with x-amz-tagging-directive=REPLACE sets new tags",
    "copy-version-ids": "CopyObject in a versioned bucket answers x-amz-version-id and "
                        "x-amz-copy-source-version-id",
    "sse-c-copy": "CopyObject from an SSE-C source given its x-amz-copy-source key",
    "upload-part-copy-conditions": "UploadPartCopy evaluates x-amz-copy-source-if-* conditions",
    "multipart-list-prefixes": "ListMultipartUploads with a delimiter answers <CommonPrefixes>",
    "bucket-logging": "PutBucketLogging stores the logging status",
    "acl-policy-body": "PutObjectAcl applies an AccessControlPolicy body",
    "version-acl": "an ACL put on one version applies to that version only",
    "policy-validation": "refuses a bucket policy naming an action that does not exist",
    "website-serving": "serves a bucket's website (index and error documents, routing-rule "
                       "redirects) on <bucket>.<website_host>",
}

_LACKS: dict[str, dict[str, str]] = {
    # Each measured on Ceph 16.2.15; boto3 gets the same answers.
    "rgw": {
        "complete-multipart-etag": "Ceph 16.2.15 answers <ETag></ETag>",
        "copy-tagging-replace": "Ceph 16.2.15 ignores x-amz-tagging on CopyObject: the copy "
                                "keeps the source's tags",
        "copy-version-ids": "Ceph 16.2.15 sends neither header",
        "sse-c-copy": "Ceph 16.2.15 answers 501 NotImplemented, with or without the key",
        "upload-part-copy-conditions": "Ceph 16.2.15 evaluates neither x-amz-copy-source-if-match "
                                       "nor x-amz-copy-if-match: the part is copied",
        "multipart-list-prefixes": "Ceph 16.2.15 leaves the uploads under the delimiter out "
                                   "but sends no <CommonPrefixes> for them",
        "bucket-logging": "Ceph 16.2.15 answers 405 MethodNotAllowed (GetBucketLogging always "
                          "says logging is off)",
    },
    "moto": {
        "auth": "moto verifies no signatures",
        "anonymous-acl": "moto allows anonymous LIST and PUT on private buckets",
        "other-user": "moto has no second user",
        "tls": "moto runs over plain HTTP here",
        "sse-c": "moto ignores SSE-C headers",
        "cors-preflight": "moto answers preflights for any origin",
        "lifecycle-execution": "moto never runs lifecycle rules",
        "admin": "moto has no radosgw-admin",
        "virtual-host": "moto is addressed path-style here",
        "suspended-versioning-delete": "moto answers 500 InternalError",
        "suspended-versioning-listing": "after a write in a Suspended bucket moto lists only the "
                                        "null version and drops the earlier ones",
        "acl-policy-body": "moto ignores the body (boto3's too): the object stays private",
        "version-acl": "an ACL put on an old version also opens the latest one in moto",
        "policy-validation": "moto accepts a policy naming an unknown action",
        "multipart-list-prefixes": "moto ignores the delimiter: it lists every upload and no "
                                   "prefix",
        "website-serving": "moto stores website settings but serves no website host",
    },
    "external": {
        "lifecycle-execution": "a lifecycle day is a real day on an external server",
        "admin": "no radosgw-admin for an external server",
        "website-serving": "the suite is told no website host for an external server",
    },
}


def planned_kind(env: Mapping[str, str] = os.environ) -> ServerKind:
    """The server kind this session will use, decided from the environment alone."""
    forced = env.get("SPACESGUI_TEST_SERVER", "").strip().lower()
    if env.get("SPACESGUI_TEST_ENDPOINT"):
        if forced not in ("", "external"):
            raise pytest.UsageError(
                f"SPACESGUI_TEST_SERVER={forced} conflicts with SPACESGUI_TEST_ENDPOINT")
        return "external"
    from tests.servers.rgw import radosgw_available

    if forced == "rgw":
        if not radosgw_available():
            raise pytest.UsageError("SPACESGUI_TEST_SERVER=rgw but radosgw is not installed "
                                    "(run .ci/install-system-deps.sh as root)")
        return "rgw"
    if forced == "moto":
        return "moto"
    if forced:
        raise pytest.UsageError(f"SPACESGUI_TEST_SERVER must be rgw or moto, not {forced!r} "
                                "(an external server is chosen with SPACESGUI_TEST_ENDPOINT)")
    return "rgw" if radosgw_available() else "moto"


def lacking_features(kind: ServerKind, env: Mapping[str, str] = os.environ) -> dict[str, str]:
    """feature -> why this server kind lacks it."""
    lacking = dict(_LACKS[kind])
    if kind == "external":
        if not env.get("SPACESGUI_TEST_OTHER_ACCESS_KEY"):
            lacking["other-user"] = "SPACESGUI_TEST_OTHER_ACCESS_KEY/_SECRET_KEY not set"
        if not env.get("SPACESGUI_TEST_ENDPOINT", "").startswith("https://"):
            lacking["tls"] = "SPACESGUI_TEST_ENDPOINT is not https://"
    return lacking


@dataclass(frozen=True)
class ServerInfo:
    """How to reach the session's S3 server. Credentials are throwaway test keys."""

    kind: ServerKind
    endpoint: str
    region: str
    access_key: str
    secret_key: str
    tls_endpoint: str | None = None
    ca_bundle: str | None = None  # pass as verify= for tls_endpoint
    other_access_key: str | None = None
    other_secret_key: str | None = None
    admin: Callable[..., str] | None = None  # admin("lc", "process") -> radosgw-admin stdout
    host_for_virtual: str | None = None  # Host: <bucket>.<this> selects the bucket
    website_host: str | None = None  # Host: <bucket>.<this> is the bucket's website
    bucket_prefix: str = "t-"  # every bucket the suite creates starts with this
    lacking: Mapping[str, str] | None = None  # feature -> reason; see FEATURES

    def lacks(self, feature: str) -> str | None:
        """Why this server lacks `feature`, or None if it has it."""
        if feature not in FEATURES:
            raise ValueError(f"unknown feature {feature!r}; known: {sorted(FEATURES)}")
        return (self.lacking or {}).get(feature)

    def website_url(self, bucket: str) -> str:
        """The address a visitor opens for `bucket`'s website: the S3 endpoint's scheme and
        port, with the website host named for the bucket."""
        require(self, "website-serving")
        if self.website_host is None:
            raise LookupError(f"{self.kind} names no website host")
        endpoint = urlsplit(self.endpoint)
        port = f":{endpoint.port}" if endpoint.port else ""
        return f"{endpoint.scheme}://{bucket}.{self.website_host}{port}/"


def require(server: ServerInfo, feature: str) -> None:
    """Refuse to set up what `server` lacks; the test's needs() marker makes that expected."""
    reason = server.lacks(feature)
    if reason is not None:
        raise LookupError(f"{server.kind} lacks {feature} ({reason}); mark the test "
                          f"needs({feature!r})")


def make_boto_client(server: ServerInfo, *, user: Literal["tester", "other"] = "tester",
                     tls: bool = False, endpoint_url: str | None = None,
                     **config: Any) -> BotoClient:
    """A boto3 S3 client for set-up, clean-up and independent reads (path-style)."""
    import boto3
    from botocore.config import Config

    if user == "other":
        require(server, "other-user")
        key, secret = server.other_access_key, server.other_secret_key
    else:
        key, secret = server.access_key, server.secret_key
    verify: str | bool | None = None
    if tls:
        require(server, "tls")
        endpoint_url = endpoint_url or server.tls_endpoint
        verify = server.ca_bundle
    options: dict[str, Any] = {
        "s3": {"addressing_style": "path"},
        # boto3 >= 1.36 sends aws-chunked trailers over HTTPS; RGW 16.2 answers 411.
        "request_checksum_calculation": "when_required",
        "response_checksum_validation": "when_required",
        "retries": {"max_attempts": 3, "mode": "standard"},
        "connect_timeout": 5,
        "read_timeout": 60,
    }
    options.update(config)
    return boto3.session.Session().client(
        "s3", endpoint_url=endpoint_url or server.endpoint, region_name=server.region,
        aws_access_key_id=key, aws_secret_access_key=secret, verify=verify,
        config=Config(**options))


# ---- buckets -----------------------------------------------------------------------------

def unique_bucket_name(prefix: str, label: str) -> str:
    """`<prefix><slug of label>-<8 random hex>`: lowercase, DNS-compliant, at most 63 chars."""
    slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-").removeprefix("test-")
    tail = f"{random.getrandbits(32):08x}"
    room = 63 - len(prefix) - len(tail) - 1
    slug = slug[:room].strip("-") or "b"
    return f"{prefix}{slug}-{tail}"


def empty_and_delete(client: BotoClient, bucket: str, *, attempts: int = 3) -> None:
    """Remove policy, multipart uploads, every version and delete marker, then the bucket."""
    from botocore.exceptions import ClientError

    def code(exc: ClientError) -> str:
        return str(exc.response.get("Error", {}).get("Code", ""))

    try:
        client.delete_bucket_policy(Bucket=bucket)  # a Deny in it could block the rest
    except ClientError as exc:
        if code(exc) == "NoSuchBucket":
            return
        log.debug("DeleteBucketPolicy on %s: %s", bucket, exc)
    for attempt in range(1, attempts + 1):
        try:
            for page in client.get_paginator("list_multipart_uploads").paginate(Bucket=bucket):
                for upload in page.get("Uploads", []):
                    with contextlib.suppress(ClientError):  # NoSuchUpload: gone already
                        client.abort_multipart_upload(Bucket=bucket, Key=upload["Key"],
                                                      UploadId=upload["UploadId"])
            for page in client.get_paginator("list_object_versions").paginate(Bucket=bucket):
                doomed = [{"Key": v["Key"], "VersionId": v["VersionId"]}
                          for v in page.get("Versions", []) + page.get("DeleteMarkers", [])]
                # XML cannot carry control characters, so DeleteObjects refuses such keys.
                for odd in [d for d in doomed if any(ord(c) < 0x20 for c in d["Key"])]:
                    doomed.remove(odd)
                    client.delete_object(Bucket=bucket, **odd)
                if doomed:
                    answer = client.delete_objects(Bucket=bucket,
                                                   Delete={"Objects": doomed, "Quiet": True})
                    if answer.get("Errors"):
                        raise RuntimeError(f"DeleteObjects in {bucket}: {answer['Errors'][:3]}")
            client.delete_bucket(Bucket=bucket)
            return
        except ClientError as exc:
            if code(exc) == "NoSuchBucket":
                return
            if attempt == attempts or code(exc) != "BucketNotEmpty":
                raise
            log.info("bucket %s not empty yet (attempt %d); emptying again", bucket, attempt)


# ---- ports -------------------------------------------------------------------------------

def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    """True if something accepts connections on the port or it cannot be bound."""
    with socket.socket() as probe:
        probe.settimeout(0.5)
        if probe.connect_ex((host, port)) == 0:
            return True
    with socket.socket() as bind_probe:
        try:
            bind_probe.bind((host, port))
        except OSError:
            return True
    return False


def pick_free_port(exclude: set[int] | frozenset[int] = frozenset()) -> int:
    """A free port below the kernel's ephemeral range, so no outgoing connection takes it."""
    low = 32768
    with contextlib.suppress(OSError, ValueError):
        low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    if low > 12000:
        for _ in range(200):
            port = random.randrange(10000, low)
            if port not in exclude and not port_in_use(port):
                return port
    with socket.socket() as sock:  # tiny or odd ephemeral range: let the kernel choose
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PortInUse(RuntimeError):
    pass


def ensure_free(*ports: int) -> None:
    """Refuse to start a server whose readiness probe would reach somebody else's."""
    taken = [p for p in ports if port_in_use(p)]
    if taken:
        raise PortInUse(f"port(s) {taken} on 127.0.0.1 already in use")
