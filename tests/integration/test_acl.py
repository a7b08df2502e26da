"""ACLs set through S3Client change who can actually read: checked anonymously and as "other"."""

from __future__ import annotations

import pytest
import requests
from botocore.exceptions import ClientError

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.acl import ALL_USERS, AccessControlPolicy, Grant, Grantee
from tests.servers import BotoClient, ServerInfo

BODY = b"acl test body"


def anonymous_get(server: ServerInfo, bucket: str, key: str = "",
                  params: dict[str, str] | None = None) -> requests.Response:
    url = f"{server.endpoint}/{bucket}/{key}" if key else f"{server.endpoint}/{bucket}"
    return requests.get(url, params=params, timeout=10)


def boto_code(exc: pytest.ExceptionInfo[ClientError]) -> str:
    return str(exc.value.response["Error"]["Code"])


def grant_triples(boto_acl: dict[str, object]) -> set[tuple[str, str]]:
    """(grantee id-or-URI, permission) pairs from boto3's own reading of the ACL."""
    grants = boto_acl["Grants"]
    assert isinstance(grants, list)
    return {(g["Grantee"].get("ID") or g["Grantee"].get("URI"), g["Permission"]) for g in grants}


def test_canned_public_read_opens_and_private_closes_anonymous_get(
        s3_server: ServerInfo, boto_client: BotoClient, client: S3Client, bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="doc.txt", Body=BODY)
    assert anonymous_get(s3_server, bucket, "doc.txt").status_code == 403

    client.put_object_acl(bucket=bucket, key="doc.txt", acl="public-read")
    answer = anonymous_get(s3_server, bucket, "doc.txt")
    assert answer.status_code == 200
    assert answer.content == BODY
    acl = client.get_object_acl(bucket=bucket, key="doc.txt")
    assert acl.canned() == "public-read"
    assert (ALL_USERS, "READ") in grant_triples(boto_client.get_object_acl(Bucket=bucket,
                                                                           Key="doc.txt"))

    client.put_object_acl(bucket=bucket, key="doc.txt", acl="private")
    assert anonymous_get(s3_server, bucket, "doc.txt").status_code == 403
    assert client.get_object_acl(bucket=bucket, key="doc.txt").canned() == "private"


@pytest.mark.needs("acl-policy-body")
def test_full_policy_with_all_users_read_grant(
        s3_server: ServerInfo, boto_client: BotoClient, client: S3Client, bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="p.txt", Body=BODY)
    current = client.get_object_acl(bucket=bucket, key="p.txt")
    assert current.canned() == "private"
    assert current.owner.id == boto_client.get_object_acl(Bucket=bucket, Key="p.txt")["Owner"]["ID"]

    opened = current.with_grant(Grant(Grantee.all_users(), "READ"))
    client.put_object_acl(bucket=bucket, key="p.txt", access_control_policy=opened,
                          checksum_algorithm="SHA256")
    answer = anonymous_get(s3_server, bucket, "p.txt")
    assert answer.status_code == 200 and answer.content == BODY
    assert (ALL_USERS, "READ") in grant_triples(boto_client.get_object_acl(Bucket=bucket,
                                                                           Key="p.txt"))

    client.put_object_acl(bucket=bucket, key="p.txt",
                          access_control_policy=opened.without_grantee(Grantee.all_users()))
    assert anonymous_get(s3_server, bucket, "p.txt").status_code == 403


@pytest.mark.needs("other-user", "anonymous-acl")
def test_grant_headers_let_the_other_user_read_and_nobody_else(
        s3_server: ServerInfo, boto_client: BotoClient, other_client: BotoClient,
        client: S3Client, bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="shared.txt", Body=BODY)
    other_id = other_client.list_buckets()["Owner"]["ID"]
    owner = client.get_object_acl(bucket=bucket, key="shared.txt").owner
    with pytest.raises(ClientError) as before:
        other_client.get_object(Bucket=bucket, Key="shared.txt")
    assert boto_code(before) == "AccessDenied"

    client.put_object_acl(bucket=bucket, key="shared.txt",
                          grant_full_control=[Grantee.user(owner.id)],
                          grant_read=[Grantee.user(other_id)])
    assert other_client.get_object(Bucket=bucket, Key="shared.txt")["Body"].read() == BODY
    assert anonymous_get(s3_server, bucket, "shared.txt").status_code == 403  # a third party
    with pytest.raises(ClientError) as write:
        other_client.put_object(Bucket=bucket, Key="shared.txt", Body=b"overwritten")
    assert boto_code(write) == "AccessDenied"
    acl = client.get_object_acl(bucket=bucket, key="shared.txt")
    assert {(g.grantee.value, g.permission) for g in acl.grants} == {
        (owner.id, "FULL_CONTROL"), (other_id, "READ")}
    assert acl.canned() is None
    assert boto_client.get_object(Bucket=bucket, Key="shared.txt")["Body"].read() == BODY


@pytest.mark.needs("anonymous-acl")
def test_bucket_acl_public_read_opens_anonymous_listing(
        s3_server: ServerInfo, boto_client: BotoClient, client: S3Client, bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="listed.txt", Body=BODY)
    assert anonymous_get(s3_server, bucket).status_code == 403
    assert client.get_bucket_acl(bucket=bucket).canned() == "private"

    client.put_bucket_acl(bucket=bucket, acl="public-read")
    listing = anonymous_get(s3_server, bucket)
    assert listing.status_code == 200
    assert b"<Key>listed.txt</Key>" in listing.content
    assert client.get_bucket_acl(bucket=bucket).canned() == "public-read"
    # The bucket ACL does not open the objects in it.
    assert anonymous_get(s3_server, bucket, "listed.txt").status_code == 403

    client.put_bucket_acl(bucket=bucket, access_control_policy=AccessControlPolicy.from_canned(
        "private", client.get_bucket_acl(bucket=bucket).owner))
    assert anonymous_get(s3_server, bucket).status_code == 403


@pytest.mark.needs("version-acl")
def test_acl_on_one_version_only(s3_server: ServerInfo, boto_client: BotoClient, client: S3Client,
                                 bucket: str) -> None:
    boto_client.put_bucket_versioning(Bucket=bucket,
                                      VersioningConfiguration={"Status": "Enabled"})
    old = boto_client.put_object(Bucket=bucket, Key="v.txt", Body=b"old")["VersionId"]
    boto_client.put_object(Bucket=bucket, Key="v.txt", Body=b"new")

    client.put_object_acl(bucket=bucket, key="v.txt", version_id=old, acl="public-read")
    answer = anonymous_get(s3_server, bucket, "v.txt", {"versionId": old})
    assert answer.status_code == 200 and answer.content == b"old"
    assert anonymous_get(s3_server, bucket, "v.txt").status_code == 403
    assert client.get_object_acl(bucket=bucket, key="v.txt", version_id=old).is_public_read
    assert client.get_object_acl(bucket=bucket, key="v.txt").canned() == "private"
