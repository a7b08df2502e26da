"""Objects made the way other tools make them, with boto3 (see test_other_tools)."""

from __future__ import annotations

import os
from typing import Any

from tests.servers import BotoClient, ServerInfo, make_boto_client


def make_multipart_with_tagging(boto: BotoClient, bucket: str, key: str) -> None:
    """What `aws s3api create-multipart-upload --tagging team=blue` and its parts do."""
    upload = boto.create_multipart_upload(Bucket=bucket, Key=key, Tagging="team=blue&x=1")
    part = boto.upload_part(Bucket=bucket, Key=key, UploadId=upload["UploadId"], PartNumber=1,
                            Body=os.urandom(1024))
    boto.complete_multipart_upload(
        Bucket=bucket, Key=key, UploadId=upload["UploadId"],
        MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": part["ETag"]}]})


def s3cmd_like_client(s3_server: ServerInfo) -> BotoClient:
    """A boto3 client that sends x-amz-meta-* values as raw UTF-8 bytes, as s3cmd does: the
    value is signed as UTF-8 (botocore hashes text as UTF-8) and put on the wire as those bytes
    (http.client would write a str as Latin-1)."""
    boto = make_boto_client(s3_server)
    raw: dict[str, str] = {}

    def sign_text(request: Any, **_: Any) -> None:
        for name, value in raw.items():
            request.headers[f"x-amz-meta-{name}"] = value

    def send_bytes(request: Any, **_: Any) -> None:
        for name, value in raw.items():
            request.headers[f"x-amz-meta-{name}"] = value.encode("utf-8")

    boto.meta.events.register("before-sign.s3.PutObject", sign_text)
    boto.meta.events.register("before-send.s3.PutObject", send_bytes)
    boto.raw_metadata = raw
    return boto


def put_s3cmd_style(boto: BotoClient, bucket: str, key: str, **metadata: str) -> None:
    boto.raw_metadata.clear()
    boto.raw_metadata.update(metadata)
    boto.put_object(Bucket=bucket, Key=key, Body=b"body", ContentType="text/plain")


def wire_value(boto: BotoClient, bucket: str, key: str, name: str) -> bytes:
    """The stored header bytes, as a client reading them as Latin-1 (boto3) sees them."""
    value: str = boto.head_object(Bucket=bucket, Key=key)["Metadata"][name]
    return value.encode("latin-1")
