"""S3 operations: buckets (list, create, delete, head, location)."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from spacesgui.s3 import xml
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client_core import ClientCore
from spacesgui.s3.errors import InvalidInput, MalformedResponse, ServiceError
from spacesgui.s3.models.listing import BucketHead, BucketList, parse_bucket_list
from spacesgui.s3.names import validate_bucket_name

log = logging.getLogger(__name__)

BUCKET_CANNED_ACLS = frozenset({"private", "public-read", "public-read-write",
                                "authenticated-read"})
DEFAULT_REGION = "us-east-1"  # what an empty LocationConstraint means


def _grants(read: str | None, write: str | None, read_acp: str | None, write_acp: str | None,
            full_control: str | None) -> dict[str, str]:
    pairs = {"x-amz-grant-read": read, "x-amz-grant-write": write,
             "x-amz-grant-read-acp": read_acp, "x-amz-grant-write-acp": write_acp,
             "x-amz-grant-full-control": full_control}
    return {name: value for name, value in pairs.items() if value is not None}


def _optional_int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class BucketOps(ClientCore):
    """Mixin of S3Client; each public method is one operation of the spec."""

    def list_buckets(self, *, cancel: CancelToken | None = None) -> BucketList:
        """Every bucket of the account (needs a key with bucket permissions on Spaces)."""
        root, _ = self._send_xml("GET", bucket=None, cancel=cancel)
        return parse_bucket_list(root)

    def create_bucket(self, *, bucket: str, location: str | None = None, acl: str | None = None,
                      grant_read: str | None = None, grant_write: str | None = None,
                      grant_read_acp: str | None = None, grant_write_acp: str | None = None,
                      grant_full_control: str | None = None,
                      extra_headers: Mapping[str, str] | None = None,
                      cancel: CancelToken | None = None) -> None:
        """Create `bucket` in `location` (default: the client's region; "" sends no body)."""
        validate_bucket_name(bucket)
        if acl is not None and acl not in BUCKET_CANNED_ACLS:
            raise InvalidInput(f"{acl!r} is not a canned ACL for a bucket; use one of "
                               + ", ".join(sorted(BUCKET_CANNED_ACLS)))
        headers = dict(extra_headers or {})
        if acl is not None:
            headers["x-amz-acl"] = acl
        headers.update(_grants(grant_read, grant_write, grant_read_acp, grant_write_acp,
                               grant_full_control))
        region = self.region if location is None else location.strip()
        body: bytes | None = None
        if region and region != DEFAULT_REGION:
            config = xml.element("CreateBucketConfiguration")
            xml.sub(config, "LocationConstraint", region)
            body = xml.to_bytes(config)
            headers.setdefault("Content-Type", "application/xml")
        self._send("PUT", bucket=bucket, headers=headers, body=body, cancel=cancel)

    def delete_bucket(self, *, bucket: str, expected_bucket_owner: str | None = None,
                      extra_headers: Mapping[str, str] | None = None,
                      cancel: CancelToken | None = None) -> None:
        """Delete an empty bucket (BucketNotEmpty otherwise: versions and uploads count)."""
        headers = dict(extra_headers or {})
        if expected_bucket_owner is not None:
            headers["x-amz-expected-bucket-owner"] = expected_bucket_owner
        self._send("DELETE", bucket=bucket, headers=headers, cancel=cancel)

    def head_bucket(self, *, bucket: str, expected_bucket_owner: str | None = None,
                    extra_headers: Mapping[str, str] | None = None,
                    cancel: CancelToken | None = None) -> BucketHead:
        """Check the bucket exists and is ours to read; a 404 is reported as NoSuchBucket."""
        headers = dict(extra_headers or {})
        if expected_bucket_owner is not None:
            headers["x-amz-expected-bucket-owner"] = expected_bucket_owner
        try:
            response = self._send("HEAD", bucket=bucket, headers=headers, cancel=cancel)
        except ServiceError as exc:
            # A HEAD answer has no body, so the status is all there is to go on.
            if exc.status == 404 and exc.code in ("NotFound", "HTTP404"):
                raise ServiceError(code="NoSuchBucket", message="The bucket does not exist",
                                   status=404, request_id=exc.request_id, host_id=exc.host_id,
                                   resource=exc.resource, method=exc.method) from exc
            raise
        return BucketHead(region=response.headers.get("x-amz-bucket-region") or None,
                          object_count=_optional_int(response.headers.get("X-RGW-Object-Count")),
                          bytes_used=_optional_int(response.headers.get("X-RGW-Bytes-Used")))

    def get_bucket_location(self, *, bucket: str, expected_bucket_owner: str | None = None,
                            extra_headers: Mapping[str, str] | None = None,
                            cancel: CancelToken | None = None) -> str:
        """The bucket's region; an empty LocationConstraint means us-east-1, as on AWS."""
        headers = dict(extra_headers or {})
        if expected_bucket_owner is not None:
            headers["x-amz-expected-bucket-owner"] = expected_bucket_owner
        root, _ = self._send_xml("GET", bucket=bucket, query=[("location", None)],
                                 headers=headers, cancel=cancel)
        if xml.local(root) != "LocationConstraint":
            raise MalformedResponse(f"Expected <LocationConstraint>, got <{xml.local(root)[:60]}>")
        return xml.own_text(root).strip() or DEFAULT_REGION
