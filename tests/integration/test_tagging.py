"""Object tags set through S3Client are what boto3 reads back, per version, and can be removed."""

from __future__ import annotations

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput
from tests.servers import BotoClient


def boto_tags(boto_client: BotoClient, bucket: str, key: str, **kwargs: str) -> dict[str, str]:
    answer = boto_client.get_object_tagging(Bucket=bucket, Key=key, **kwargs)
    return {t["Key"]: t["Value"] for t in answer["TagSet"]}


def test_tags_round_trip_replace_and_delete(boto_client: BotoClient, client: S3Client,
                                            bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="photo.jpg", Body=b"x")
    assert dict(client.get_object_tagging(bucket=bucket, key="photo.jpg").tags) == {}

    tags = {"project": "apollo", "owner": "ops team", "empty": "", "ünï": "çødé/+=.:@"}
    client.put_object_tagging(bucket=bucket, key="photo.jpg", tags=tags,
                              checksum_algorithm="CRC32")
    assert dict(client.get_object_tagging(bucket=bucket, key="photo.jpg").tags) == tags
    assert boto_tags(boto_client, bucket, "photo.jpg") == tags

    client.put_object_tagging(bucket=bucket, key="photo.jpg", tags={"only": "this"})
    assert boto_tags(boto_client, bucket, "photo.jpg") == {"only": "this"}  # replaced, not merged

    client.delete_object_tagging(bucket=bucket, key="photo.jpg")
    assert boto_tags(boto_client, bucket, "photo.jpg") == {}
    assert dict(client.get_object_tagging(bucket=bucket, key="photo.jpg").tags) == {}


def test_ten_tags_at_full_length_are_accepted(boto_client: BotoClient, client: S3Client,
                                              bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="k", Body=b"x")
    tags = {f"{n}".ljust(128, "k"): "v" * 256 for n in range(10)}
    client.put_object_tagging(bucket=bucket, key="k", tags=tags)
    assert boto_tags(boto_client, bucket, "k") == tags
    with pytest.raises(InvalidInput, match="at most 10 tags"):
        client.put_object_tagging(bucket=bucket, key="k", tags={**tags, "eleventh": ""})
    assert boto_tags(boto_client, bucket, "k") == tags  # the refused set never left


def test_tags_belong_to_one_version(boto_client: BotoClient, client: S3Client,
                                    bucket: str) -> None:
    boto_client.put_bucket_versioning(Bucket=bucket,
                                      VersioningConfiguration={"Status": "Enabled"})
    old = boto_client.put_object(Bucket=bucket, Key="doc", Body=b"1")["VersionId"]
    new = boto_client.put_object(Bucket=bucket, Key="doc", Body=b"2")["VersionId"]

    applied = client.put_object_tagging(bucket=bucket, key="doc", version_id=old,
                                        tags={"state": "archived"})
    assert applied == old  # RGW/moto send no x-amz-version-id here: it is the one asked for
    assert boto_tags(boto_client, bucket, "doc", VersionId=old) == {"state": "archived"}
    assert boto_tags(boto_client, bucket, "doc", VersionId=new) == {}
    got = client.get_object_tagging(bucket=bucket, key="doc", version_id=old)
    assert dict(got.tags) == {"state": "archived"} and got.version_id == old

    assert client.delete_object_tagging(bucket=bucket, key="doc", version_id=old) == old
    assert boto_tags(boto_client, bucket, "doc", VersionId=old) == {}
