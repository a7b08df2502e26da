"""What the settings editing layer builds is accepted by the server and does what it says."""

from __future__ import annotations

import pytest
import requests
from botocore.exceptions import ClientError

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import ServiceError
from spacesgui.s3.models.acl import Grant, Grantee
from spacesgui.s3.models.config import LifecycleConfiguration
from spacesgui.s3.settings.acl import AclEdit, acl_plan
from spacesgui.s3.settings.base import unavailable_reason
from spacesgui.s3.settings.lifecycle import add_rule, lifecycle_plan
from spacesgui.s3.settings.policy import only_from_ip_range, policy_problems, read_only_for_user
from tests.servers import S3Client as BotoClient
from tests.servers import ServerInfo


@pytest.fixture
def client(s3_server: ServerInfo) -> S3Client:
    return S3Client(endpoint=s3_server.endpoint, region=s3_server.region,
                    access_key=s3_server.access_key, secret_key=s3_server.secret_key,
                    addressing="path")


def error_code(exc: pytest.ExceptionInfo[ClientError]) -> str:
    return str(exc.value.response["Error"]["Code"])


def test_ip_range_template_refuses_data_but_never_locks_the_owner_out(
        client: S3Client, bucket: str) -> None:
    outside = only_from_ip_range(bucket, "10.0.0.0/8")       # the suite calls from 127.0.0.1
    assert policy_problems(outside, bucket) == []
    client.put_bucket_policy(bucket=bucket, policy=outside)
    with pytest.raises(ServiceError) as refused:
        client.list_objects_page(bucket=bucket)
    assert refused.value.code == "AccessDenied"
    assert client.get_bucket_policy(bucket=bucket) is not None   # the way back stays open
    client.put_bucket_policy(bucket=bucket, policy=only_from_ip_range(bucket, "127.0.0.0/8"))
    assert client.list_objects_page(bucket=bucket).objects == ()
    client.delete_bucket_policy(bucket=bucket)


@pytest.mark.needs("other-user")
def test_read_only_template_lets_one_user_read_and_not_write(
        client: S3Client, boto_client: BotoClient, other_client: BotoClient,
        bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="a.txt", Body=b"a")
    with pytest.raises(ClientError):
        other_client.get_object(Bucket=bucket, Key="a.txt")
    client.put_bucket_policy(bucket=bucket,
                             policy=read_only_for_user(bucket, "arn:aws:iam:::user/other"))
    assert other_client.get_object(Bucket=bucket, Key="a.txt")["Body"].read() == b"a"
    assert [o["Key"] for o in other_client.list_objects_v2(Bucket=bucket)["Contents"]] == ["a.txt"]
    with pytest.raises(ClientError) as refused:
        other_client.put_object(Bucket=bucket, Key="b.txt", Body=b"b")
    assert error_code(refused) == "AccessDenied"


@pytest.mark.needs("other-user", "anonymous-acl")
def test_public_read_choice_keeps_other_grants(
        s3_server: ServerInfo, client: S3Client, other_client: BotoClient, bucket: str) -> None:
    other_id = other_client.list_buckets()["Owner"]["ID"]
    server = client.get_bucket_acl(bucket=bucket)
    shared = server.with_grant(Grant(Grantee.user(other_id), "READ_ACP"))
    client.put_bucket_acl(bucket=bucket, access_control_policy=shared)

    def anonymous_list() -> int:
        return requests.get(f"{s3_server.endpoint}/{bucket}", timeout=10).status_code

    assert anonymous_list() == 403
    edit = AclEdit.of(client.get_bucket_acl(bucket=bucket))
    assert edit.access == "private" and [g.permission for g in edit.preserved] == ["READ_ACP"]
    public = edit.with_access("public-read")
    assert acl_plan(public).action == "put"
    client.put_bucket_acl(bucket=bucket, access_control_policy=public.to_send())
    assert anonymous_list() == 200
    back = AclEdit.of(client.get_bucket_acl(bucket=bucket))
    assert back.access == "public-read" and back.preserved == edit.preserved
    client.put_bucket_acl(bucket=bucket, access_control_policy=back.with_access("private")
                          .to_send())
    assert anonymous_list() == 403
    assert AclEdit.of(client.get_bucket_acl(bucket=bucket)).preserved == edit.preserved
    assert other_client.get_bucket_acl(Bucket=bucket)["Owner"]   # READ_ACP still works


def test_legacy_lifecycle_stays_legacy_when_edited(
        client: S3Client, boto_client: BotoClient, bucket: str) -> None:
    boto_client.put_bucket_lifecycle(Bucket=bucket, LifecycleConfiguration={"Rules": [
        {"ID": "old", "Prefix": "logs/", "Status": "Enabled", "Expiration": {"Days": 5}}]})
    server = client.get_bucket_lifecycle(bucket=bucket)
    assert server.legacy
    edited = add_rule(server)
    plan = lifecycle_plan(server, edited)
    assert plan.action == "put" and "<Filter>" not in plan.after
    client.put_bucket_lifecycle(bucket=bucket, configuration=edited)
    rules = boto_client.get_bucket_lifecycle(Bucket=bucket)["Rules"]      # the legacy reader
    assert [(r["ID"], r["Prefix"]) for r in rules] == [("old", "logs/"), ("rule-1", "")]
    back = client.get_bucket_lifecycle_configuration(bucket=bucket)
    assert back == edited and back.legacy
    assert lifecycle_plan(back, back).action == "none"
    assert LifecycleConfiguration.from_xml(edited.to_xml(legacy=True)) == back


@pytest.mark.needs("other-user")
def test_a_foreign_bucket_page_is_unavailable_with_the_reason(
        s3_server: ServerInfo, bucket: str) -> None:
    assert s3_server.other_access_key is not None and s3_server.other_secret_key is not None
    stranger = S3Client(endpoint=s3_server.endpoint, region=s3_server.region,
                        access_key=s3_server.other_access_key,
                        secret_key=s3_server.other_secret_key, addressing="path")
    with pytest.raises(ServiceError) as refused:
        stranger.get_bucket_cors(bucket=bucket)
    reason = unavailable_reason(refused.value)
    assert reason is not None and "AccessDenied" in reason
