"""A bucket policy set through S3Client is enforced per prefix, and bad ones are refused."""

from __future__ import annotations

import json

import pytest
import requests
from botocore.exceptions import ClientError

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput, ServiceError
from spacesgui.s3.models.policy import BucketPolicy
from tests.servers import BotoClient, ServerInfo


def anonymous_status(server: ServerInfo, bucket: str, key: str) -> int:
    return requests.get(f"{server.endpoint}/{bucket}/{key}", timeout=10).status_code


def pub_policy(bucket: str) -> str:
    # Hand-written, odd spacing included: the text must come back exactly as sent.
    return (
        '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Sid": "AnonReadPub",'
        ' "Effect": "Allow", "Principal": "*",\n     "Action": "s3:GetObject",'
        f' "Resource": "arn:aws:s3:::{bucket}/pub/*"}}\n  ]\n}}\n')


def test_policy_allows_anonymous_get_on_one_prefix_only(
        s3_server: ServerInfo, boto_client: BotoClient, client: S3Client, bucket: str) -> None:
    for key in ("pub/x", "priv/x"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=key.encode())
    assert anonymous_status(s3_server, bucket, "pub/x") == 403
    assert client.get_bucket_policy(bucket=bucket) is None  # never set

    text = pub_policy(bucket)
    client.put_bucket_policy(bucket=bucket, policy=text)
    answer = requests.get(f"{s3_server.endpoint}/{bucket}/pub/x", timeout=10)
    assert answer.status_code == 200 and answer.content == b"pub/x"
    assert anonymous_status(s3_server, bucket, "priv/x") == 403

    stored = client.get_bucket_policy(bucket=bucket)
    assert stored is not None
    assert json.loads(stored.text) == json.loads(text)
    assert stored.parsed()["Statement"][0]["Sid"] == "AnonReadPub"
    assert json.loads(boto_client.get_bucket_policy(Bucket=bucket)["Policy"]) == json.loads(text)

    client.delete_bucket_policy(bucket=bucket)
    assert anonymous_status(s3_server, bucket, "pub/x") == 403
    assert client.get_bucket_policy(bucket=bucket) is None
    with pytest.raises(ClientError) as gone:
        boto_client.get_bucket_policy(Bucket=bucket)
    assert gone.value.response["Error"]["Code"] == "NoSuchBucketPolicy"


def test_policy_text_comes_back_unchanged(s3_server: ServerInfo, client: S3Client,
                                         bucket: str) -> None:
    text = pub_policy(bucket)
    client.put_bucket_policy(bucket=bucket, policy=BucketPolicy(text),
                             checksum_algorithm="SHA256")
    stored = client.get_bucket_policy(bucket=bucket)
    if s3_server.kind == "rgw":
        assert stored == BucketPolicy(text)  # RGW stores the bytes as sent
    else:
        assert stored is not None and json.loads(stored.text) == json.loads(text)


def test_invalid_json_is_refused_locally_with_its_position(client: S3Client,
                                                           bucket: str) -> None:
    broken = pub_policy(bucket).replace('"Effect": "Allow",', '"Effect": "Allow"')
    with pytest.raises(InvalidInput, match=r"not valid JSON: .* line 4, column \d+"):
        client.put_bucket_policy(bucket=bucket, policy=broken)
    with pytest.raises(InvalidInput, match='needs a "Statement"'):
        client.put_bucket_policy(bucket=bucket, policy='{"Version": "2012-10-17"}')
    assert client.get_bucket_policy(bucket=bucket) is None


@pytest.mark.needs("policy-validation")
def test_policy_only_the_server_can_judge_is_refused_by_it(
        s3_server: ServerInfo, client: S3Client, bucket: str) -> None:
    # Well-formed for our checks; only the server knows s3:FlyToTheMoon is no action.
    text = pub_policy(bucket).replace("s3:GetObject", "s3:FlyToTheMoon")
    assert BucketPolicy(text).problems() == []
    with pytest.raises(ServiceError) as refused:
        client.put_bucket_policy(bucket=bucket, policy=text)
    # AWS calls it MalformedPolicy; RGW 16.2 answers 400 InvalidArgument.
    assert refused.value.code in ("MalformedPolicy", "InvalidArgument")
    assert refused.value.status == 400
    if s3_server.kind == "rgw":
        assert refused.value.code == "InvalidArgument"
    assert client.get_bucket_policy(bucket=bucket) is None
