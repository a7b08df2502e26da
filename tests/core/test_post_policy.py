"""The browser POST form: policy document, signatures, and the AWS-published examples."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime
from typing import Any

import pytest

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.post_policy import (
    PostForm,
    build_post_form,
    policy_signature_v2,
    policy_signature_v4,
)
from spacesgui.s3.signing import Credentials

AWS = Credentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
NOW = datetime(2015, 12, 29, tzinfo=UTC)
URL = "https://sigv4examplebucket.s3.amazonaws.com"

# "Example: Browser-based upload using HTTP POST (using AWS Signature Version 4)", S3 API
# reference: the base64 policy exactly as published (CRLF line ends) and its signature.
AWS_V4_POLICY = (
    "eyAiZXhwaXJhdGlvbiI6ICIyMDE1LTEyLTMwVDEyOjAwOjAwLjAwMFoiLA0KICAiY29uZGl0aW9ucyI6IFsNCiAg"
    "ICB7ImJ1Y2tldCI6ICJzaWd2NGV4YW1wbGVidWNrZXQifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRrZXkiLCAi"
    "dXNlci91c2VyMS8iXSwNCiAgICB7ImFjbCI6ICJwdWJsaWMtcmVhZCJ9LA0KICAgIHsic3VjY2Vzc19hY3Rpb25f"
    "cmVkaXJlY3QiOiAiaHR0cDovL3NpZ3Y0ZXhhbXBsZWJ1Y2tldC5zMy5hbWF6b25hd3MuY29tL3N1Y2Nlc3NmdWxf"
    "dXBsb2FkLmh0bWwifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRDb250ZW50LVR5cGUiLCAiaW1hZ2UvIl0sDQog"
    "ICAgeyJ4LWFtei1tZXRhLXV1aWQiOiAiMTQzNjUxMjM2NTEyNzQifSwNCiAgICB7IngtYW16LXNlcnZlci1zaWRl"
    "LWVuY3J5cHRpb24iOiAiQUVTMjU2In0sDQogICAgWyJzdGFydHMtd2l0aCIsICIkeC1hbXotbWV0YS10YWciLCAi"
    "Il0sDQoNCiAgICB7IngtYW16LWNyZWRlbnRpYWwiOiAiQUtJQUlPU0ZPRE5ON0VYQU1QTEUvMjAxNTEyMjkvdXMt"
    "ZWFzdC0xL3MzL2F3czRfcmVxdWVzdCJ9LA0KICAgIHsieC1hbXotYWxnb3JpdGhtIjogIkFXUzQtSE1BQy1TSEEy"
    "NTYifSwNCiAgICB7IngtYW16LWRhdGUiOiAiMjAxNTEyMjlUMDAwMDAwWiIgfQ0KICBdDQp9")
AWS_V4_SIGNATURE = "8afdbf4008c03f22c2cd3cdb72e4afbb1f6a588f3255ac628749a66d7f09699e"

# The S3 user guide's SigV2 POST example (bucket johnsmith). Its signature reproduces with the
# example secret of the original S3 developer guide, uV3F3Y..., not with wJalrX...
AWS_V2_POLICY = (
    "eyAiZXhwaXJhdGlvbiI6ICIyMDA3LTEyLTAxVDEyOjAwOjAwLjAwMFoiLAogICJjb25kaXRpb25zIjogWwogICAg"
    "eyJidWNrZXQiOiAiam9obnNtaXRoIn0sCiAgICBbInN0YXJ0cy13aXRoIiwgIiRrZXkiLCAidXNlci9lcmljLyJd"
    "LAogICAgeyJhY2wiOiAicHVibGljLXJlYWQifSwKICAgIHsic3VjY2Vzc19hY3Rpb25fcmVkaXJlY3QiOiAiaHR0"
    "cDovL2pvaG5zbWl0aC5zMy5hbWF6b25hd3MuY29tL3N1Y2Nlc3NmdWxfdXBsb2FkLmh0bWwifSwKICAgIFsic3Rh"
    "cnRzLXdpdGgiLCAiJENvbnRlbnQtVHlwZSIsICJpbWFnZS8iXSwKICAgIHsieC1hbXotbWV0YS11dWlkIjogIjE0"
    "MzY1MTIzNjUxMjc0In0sCiAgICBbInN0YXJ0cy13aXRoIiwgIiR4LWFtei1tZXRhLXRhZyIsICIiXQogIF0KfQo=")
AWS_V2_SIGNATURE = "0RavWzkygo6QX9caELEqKi9kDbU="
JOHNSMITH = Credentials("AKIAIOSFODNN7EXAMPLE", "uV3F3YluFJax1cknvbcGwgjvx4QpvB+leU8dUj2o")


def policy_of(form: PostForm) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(base64.b64decode(form.fields["policy"]))
    return document


def independent_v4_signature(policy_b64: str, day: str, region: str) -> str:
    key = ("AWS4" + AWS.secret_key).encode()
    for part in (day, region, "s3", "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return hmac.new(key, policy_b64.encode(), hashlib.sha256).hexdigest()


def form(**overrides: Any) -> PostForm:
    arguments: dict[str, Any] = {"url": URL, "bucket": "sigv4examplebucket",
                                 "key": "user/user1/${filename}", "credentials": AWS,
                                 "region": "us-east-1", "now": NOW, "expires_in": 129600}
    arguments.update(overrides)
    return build_post_form(**arguments)


# --- published examples ----------------------------------------------------------------------

def test_aws_v4_example_signature() -> None:
    assert policy_signature_v4(AWS_V4_POLICY, AWS, "20151229", "us-east-1") == AWS_V4_SIGNATURE


def test_aws_v2_example_signature() -> None:
    assert policy_signature_v2(AWS_V2_POLICY, JOHNSMITH) == AWS_V2_SIGNATURE


def test_builder_reproduces_the_aws_v4_example_policy() -> None:
    """Same inputs as the published example give the same conditions and expiry."""
    built = form(acl="public-read", metadata={"uuid": "14365123651274"}, extra_conditions=[
        {"success_action_redirect":
         "http://sigv4examplebucket.s3.amazonaws.com/successful_upload.html"},
        ["starts-with", "$Content-Type", "image/"],
        {"x-amz-server-side-encryption": "AES256"},
        ["starts-with", "$x-amz-meta-tag", ""],
    ])
    ours, published = policy_of(built), json.loads(base64.b64decode(AWS_V4_POLICY))

    def canonical(conditions: list[Any]) -> list[str]:
        return sorted(json.dumps(c, sort_keys=True) for c in conditions)

    assert canonical(ours["conditions"]) == canonical(published["conditions"])
    as_time = "%Y-%m-%dT%H:%M:%S%z"
    assert datetime.strptime(ours["expiration"].replace("Z", "+0000"), as_time) == (
        datetime.strptime(published["expiration"].replace(".000Z", "+0000"), as_time))
    for name in ("x-amz-credential", "x-amz-algorithm", "x-amz-date"):
        assert {name: built.fields[name]} in published["conditions"]


# --- SigV4 form ------------------------------------------------------------------------------

def test_v4_policy_document_and_fields() -> None:
    built = form(key="photos/cat.jpg", expires_in=3600, content_length_range=(1, 10_485_760),
                 content_type="image/jpeg", success_action_status=201,
                 metadata={"X-Amz-Meta-Owner": "Ann Ö"})
    policy = policy_of(built)
    assert policy["expiration"] == "2015-12-29T01:00:00Z"
    conditions = policy["conditions"]
    assert conditions[0] == {"bucket": "sigv4examplebucket"}
    for condition in ({"key": "photos/cat.jpg"}, ["content-length-range", 1, 10_485_760],
                      {"Content-Type": "image/jpeg"}, {"success_action_status": "201"},
                      {"x-amz-meta-owner": "Ann Ö"}, {"x-amz-algorithm": "AWS4-HMAC-SHA256"},
                      {"x-amz-credential": f"{AWS.access_key}/20151229/us-east-1/s3/aws4_request"},
                      {"x-amz-date": "20151229T000000Z"}):
        assert condition in conditions
    assert built.url == URL
    assert next(iter(built.fields)) == "key" and "file" not in built.fields
    assert built.fields["x-amz-signature"] == independent_v4_signature(
        built.fields["policy"], "20151229", "us-east-1")


def test_every_field_is_pinned_by_a_condition() -> None:
    built = form(key="k", acl="private", content_type="text/plain", success_action_status=204,
                 metadata={"a": "1", "b": "2"})
    conditions = policy_of(built)["conditions"]
    for name, value in built.fields.items():
        if name not in {"policy", "x-amz-signature"}:
            assert {name: value} in conditions, name


def test_filename_variable_uses_starts_with() -> None:
    conditions = policy_of(form(key="up/${filename}"))["conditions"]
    assert ["starts-with", "$key", "up/"] in conditions
    assert not any(isinstance(c, dict) and "key" in c for c in conditions)


def test_signature_depends_on_every_input() -> None:
    base = form().fields["x-amz-signature"]
    for change in ({"region": "nyc3"}, {"key": "other"}, {"expires_in": 60},
                   {"now": datetime(2015, 12, 30, tzinfo=UTC)}, {"acl": "private"},
                   {"credentials": Credentials(AWS.access_key, "other")}):
        assert form(**change).fields["x-amz-signature"] != base, change
    later = form(now=datetime(2016, 2, 29, 23, 59, tzinfo=UTC), region="nyc3")
    assert later.fields["x-amz-signature"] == independent_v4_signature(
        later.fields["policy"], "20160229", "nyc3")


# --- SigV2 form ------------------------------------------------------------------------------

def test_v2_form() -> None:
    built = form(signature="v2", content_length_range=(0, 5))
    assert built.fields["AWSAccessKeyId"] == AWS.access_key
    digest = hmac.new(AWS.secret_key.encode(), built.fields["policy"].encode(), hashlib.sha1)
    assert built.fields["signature"] == base64.b64encode(digest.digest()).decode()
    conditions = policy_of(built)["conditions"]
    assert ["content-length-range", 0, 5] in conditions
    assert not any(isinstance(c, dict) and any(k.startswith("x-amz-") for k in c)
                   for c in conditions)
    assert "x-amz-signature" not in built.fields


# --- refusals --------------------------------------------------------------------------------

@pytest.mark.parametrize("change", [
    {"expires_in": 0}, {"expires_in": 7 * 86400 + 1}, {"expires_in": True},
    {"content_length_range": (5, 1)}, {"content_length_range": (-1, 1)},
    {"success_action_status": 302}, {"metadata": {"bad name": "x"}}, {"metadata": {"": "x"}},
    {"signature": "v3"}, {"url": "sigv4examplebucket"}, {"key": ""},
    {"now": datetime(2015, 12, 29)},  # naive on purpose
    {"extra_conditions": [["eq", "$x", object()]]},
])
def test_bad_input_is_refused(change: dict[str, Any]) -> None:
    with pytest.raises(InvalidInput):
        form(**change)
