"""read_overview on the suite's server: HeadBucket's numbers, the creation date, versioning."""

from __future__ import annotations

from typing import Any

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import ServiceError
from spacesgui.s3.models.config import VersioningState
from spacesgui.s3.settings.overview import read_overview
from tests.servers import ClientFactory, ServerInfo


def test_reads_what_the_server_reports(client: S3Client, bucket: str, boto_client: Any,
                                       s3_server: ServerInfo) -> None:
    boto_client.put_object(Bucket=bucket, Key="one", Body=b"12345")
    boto_client.put_object(Bucket=bucket, Key="two/three", Body=b"678")
    overview = read_overview(client, bucket)
    assert (overview.object_count, overview.bytes_used) == (2, 8)
    assert overview.region == s3_server.region
    listed = next(b["CreationDate"] for b in boto_client.list_buckets()["Buckets"]
                  if b["Name"] == bucket)
    assert overview.created is not None
    assert abs((overview.created - listed).total_seconds()) < 1
    assert overview.versioning is VersioningState.NEVER_ENABLED
    assert overview.addresses.origin == f"{s3_server.endpoint.rstrip('/')}/{bucket}"
    assert overview.addresses.cdn is None and overview.addresses.website is None


def test_another_users_bucket_is_refused(make_client: ClientFactory, bucket: str) -> None:
    with pytest.raises(ServiceError) as refused:
        read_overview(make_client(user="other"), bucket)
    assert refused.value.code == "AccessDenied"
