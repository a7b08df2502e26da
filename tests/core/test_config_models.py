"""The settings models explain in words what the server would refuse, before anything is sent."""

from __future__ import annotations

import base64
import hashlib
import zlib
from datetime import UTC, datetime, timedelta, timezone

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.models.acl import (
    ALL_USERS,
    AUTHENTICATED_USERS,
    AccessControlPolicy,
    Grant,
    Grantee,
    Owner,
    grant_headers,
    tagging_problems,
)
from spacesgui.s3.models.config import (
    BucketLoggingStatus,
    CorsConfiguration,
    CorsRule,
    LifecycleConfiguration,
    LifecycleRule,
    LifecycleTransition,
    RedirectAllRequestsTo,
    RoutingRule,
    VersioningState,
    WebsiteConfiguration,
)
from spacesgui.s3.models.policy import BucketPolicy, policy_problems
from spacesgui.s3.ops.config_common import checksum_headers, crc32c

OWNER = Owner("tester", "Tester")


def joined(problems: list[str]) -> str:
    return "\n".join(problems)


# --- ACL -----------------------------------------------------------------------------------

def test_canned_recognises_private_and_public_read_in_any_order() -> None:
    assert AccessControlPolicy.from_canned("private", OWNER).canned() == "private"
    public = AccessControlPolicy.from_canned("public-read", OWNER)
    assert public.canned() == "public-read"
    assert public.is_public_read
    reordered = AccessControlPolicy(OWNER, tuple(reversed(public.grants)))
    assert reordered.canned() == "public-read"


@pytest.mark.parametrize("grants", [
    (),                                                               # nobody, not even owner
    (Grant(Grantee.user("tester"), "READ"),),                         # owner without full
    (Grant(Grantee.user("tester"), "FULL_CONTROL"), Grant(Grantee.user("other"), "READ")),
    (Grant(Grantee.user("tester"), "FULL_CONTROL"), Grant(Grantee.all_users(), "WRITE")),
    (Grant(Grantee.user("tester"), "FULL_CONTROL"),
     Grant(Grantee.group(AUTHENTICATED_USERS), "READ")),
])
def test_canned_is_none_for_anything_else(grants: tuple[Grant, ...]) -> None:
    assert AccessControlPolicy(OWNER, grants).canned() is None


def test_from_canned_expands_like_s3() -> None:
    policy = AccessControlPolicy.from_canned("public-read-write", OWNER)
    assert {(g.grantee.value, g.permission) for g in policy.grants} == {
        ("tester", "FULL_CONTROL"), (ALL_USERS, "READ"), (ALL_USERS, "WRITE")}
    with pytest.raises(ValueError, match="bucket owner"):
        AccessControlPolicy.from_canned("bucket-owner-read", OWNER)


def test_with_and_without_grant() -> None:
    private = AccessControlPolicy.from_canned("private", OWNER)
    public = private.with_grant(Grant(Grantee.all_users(), "READ"))
    assert public.canned() == "public-read"
    assert public.with_grant(Grant(Grantee.all_users(), "READ")) == public
    assert public.without_grantee(Grantee.all_users()).canned() == "private"


def test_acl_problems() -> None:
    bad = AccessControlPolicy(Owner(""), (
        Grant(Grantee.email("not-an-address"), "READ"),
        Grant(Grantee.user('a"b'), "READ"),
        Grant(Grantee.user("x"), "EVERYTHING"),  # type: ignore[arg-type]
    ))
    text = joined(bad.problems())
    assert "owner's canonical id" in text
    assert "not an email address" in text
    assert "quote" in text
    assert "Unknown permission 'EVERYTHING'" in text
    assert AccessControlPolicy.from_canned("public-read", OWNER).problems() == []


def test_grant_headers() -> None:
    headers = grant_headers(grant_read=[Grantee.user("other"), Grantee.all_users()],
                            grant_write_acp=[Grantee.email("a@b.example")], grant_write=[])
    assert headers == {
        "x-amz-grant-read": f'id="other", uri="{ALL_USERS}"',
        "x-amz-grant-write-acp": 'emailAddress="a@b.example"'}


# --- tagging -------------------------------------------------------------------------------

def test_tagging_limits() -> None:
    assert tagging_problems({f"k{i}": "v" for i in range(10)}) == []
    assert "at most 10 tags, not 11" in joined(tagging_problems({f"k{i}": "" for i in range(11)}))
    assert tagging_problems({"k" * 128: "v" * 256}) == []
    text = joined(tagging_problems({"k" * 129: "v", "": "x", "ok": "v" * 257}))
    assert "129 characters long; the limit is 128" in text
    assert "must not be empty" in text
    assert "257 characters long; the limit is 256" in text


# --- CORS ----------------------------------------------------------------------------------

def test_valid_cors_has_no_problems() -> None:
    rule = CorsRule(("https://*.example.com", "*"), ("GET", "HEAD"), ("x-amz-*",), (), 3000)
    assert CorsConfiguration((rule,)).problems() == []


@pytest.mark.parametrize(("rule", "expected"), [
    (CorsRule((), ("GET",)), "at least one allowed origin"),
    (CorsRule(("*",), ()), "at least one method"),
    (CorsRule(("*",), ("get",)), "'get' is not a CORS method"),
    (CorsRule(("*",), ("PATCH",)), "'PATCH' is not a CORS method"),
    (CorsRule(("https://*.*.example",), ("GET",)), "at most one * wildcard"),
    (CorsRule(("*",), ("GET",), ("x-*-*",)), "at most one * wildcard"),
    (CorsRule(("*",), ("GET",), max_age_seconds=-1), "must not be negative"),
    (CorsRule(("  ",), ("GET",)), "empty origin"),
    (CorsRule(("*",), ("GET",), id="i" * 256), "at most 255"),
])
def test_cors_rule_problems(rule: CorsRule, expected: str) -> None:
    assert expected in joined(CorsConfiguration((rule,)).problems())


def test_cors_rule_count() -> None:
    rule = CorsRule(("*",), ("GET",))
    assert CorsConfiguration((rule,) * 100).problems() == []
    assert "At most 100 CORS rules" in joined(CorsConfiguration((rule,) * 101).problems())
    assert "at least one rule" in joined(CorsConfiguration().problems())


# --- lifecycle -----------------------------------------------------------------------------

MIDNIGHT = datetime(2030, 1, 1, tzinfo=UTC)


def test_supported_lifecycle_has_no_problems() -> None:
    config = LifecycleConfiguration((
        LifecycleRule(id="tmp", prefix="tmp/", expiration_days=1),
        LifecycleRule(id="mpu", abort_incomplete_multipart_days=1),
        LifecycleRule(id="date", expiration_date=MIDNIGHT),
        LifecycleRule(id="eastern", expiration_date=datetime(
            2030, 1, 1, 1, tzinfo=timezone(timedelta(hours=1)))),  # = midnight UTC
    ))
    assert config.problems() == []
    assert config.problems(legacy=True) == []


@pytest.mark.parametrize(("rule", "expected"), [
    (LifecycleRule(id="idle", prefix="x/"), "does nothing"),
    (LifecycleRule(expiration_days=0), "at least 1 day, not 0"),
    (LifecycleRule(abort_incomplete_multipart_days=-2), "at least 1 day, not -2"),
    (LifecycleRule(noncurrent_expiration_days=0), "at least 1 day"),
    (LifecycleRule(expiration_days=1, expiration_date=MIDNIGHT), "choose one"),
    (LifecycleRule(expiration_date=datetime(2030, 1, 1, 12, tzinfo=UTC)), "midnight UTC"),
    (LifecycleRule(expiration_date=datetime(2030, 1, 1)), "midnight UTC"),  # naive
    (LifecycleRule(id="x" * 256, expiration_days=1), "at most 255"),
    (LifecycleRule(expiration_days=1, transitions=(LifecycleTransition("GLACIER", 30),)),
     "Spaces does not support transitions"),
    (LifecycleRule(expiration_days=1, tags={"a": "b"}), "Spaces does not support tag filters"),
])
def test_lifecycle_rule_problems(rule: LifecycleRule, expected: str) -> None:
    assert expected in joined(LifecycleConfiguration((rule,)).problems())


def test_lifecycle_configuration_problems() -> None:
    rule = LifecycleRule(id="same", expiration_days=1)
    assert "share the id 'same'" in joined(LifecycleConfiguration((rule, rule)).problems())
    many = tuple(LifecycleRule(id=str(i), expiration_days=1) for i in range(1001))
    assert "At most 1000 lifecycle rules" in joined(LifecycleConfiguration(many).problems())
    assert LifecycleConfiguration(many[:1000]).problems() == []
    assert "at least one rule" in joined(LifecycleConfiguration().problems())
    tagged = LifecycleConfiguration((LifecycleRule(expiration_days=1, tags={"a": "b"}),))
    assert "legacy lifecycle format cannot filter by tag" in joined(tagged.problems(legacy=True))


# --- website -------------------------------------------------------------------------------

@pytest.mark.parametrize(("config", "expected"), [
    (WebsiteConfiguration(), "needs an index document"),
    (WebsiteConfiguration(""), "needs an index document"),
    (WebsiteConfiguration("a/index.html"), "must not contain '/'"),
    (WebsiteConfiguration("index.html", ""), "error document key must not be empty"),
    (WebsiteConfiguration("i.html", redirect_all_requests_to=RedirectAllRequestsTo("h")),
     "excludes index"),
    (WebsiteConfiguration(redirect_all_requests_to=RedirectAllRequestsTo(" ")), "host name"),
    (WebsiteConfiguration(redirect_all_requests_to=RedirectAllRequestsTo("h", "ftp")),
     "http or https"),
    (WebsiteConfiguration("i.html", routing_rules=(RoutingRule(key_prefix_equals="a"),)),
     "must say where"),
    (WebsiteConfiguration("i.html", routing_rules=(
        RoutingRule(replace_key_with="a", replace_key_prefix_with="b"),)), "not both"),
    (WebsiteConfiguration("i.html", routing_rules=(RoutingRule(http_redirect_code="200"),)),
     "3xx"),
    (WebsiteConfiguration("i.html", routing_rules=(
        RoutingRule(http_error_code_returned_equals="302", host_name="h"),)), "4xx or 5xx"),
    (WebsiteConfiguration("i.html", routing_rules=(RoutingRule(host_name="h"),) * 51),
     "At most 50"),
])
def test_website_problems(config: WebsiteConfiguration, expected: str) -> None:
    assert expected in joined(config.problems())


def test_valid_websites() -> None:
    assert WebsiteConfiguration("index.html", "404.html", routing_rules=(
        RoutingRule(key_prefix_equals="old/", replace_key_prefix_with="new/",
                    http_redirect_code="301"),)).problems() == []
    assert WebsiteConfiguration(
        redirect_all_requests_to=RedirectAllRequestsTo("example.com", "https")).problems() == []


# --- logging and versioning ---------------------------------------------------------------

def test_logging_problems() -> None:
    assert BucketLoggingStatus().problems() == []
    assert BucketLoggingStatus("logs", "a/").problems(source_bucket="site") == []
    assert "different bucket" in joined(
        BucketLoggingStatus("site").problems(source_bucket="site"))
    assert "need a target bucket" in joined(BucketLoggingStatus(None, "p/").problems())


# --- policy --------------------------------------------------------------------------------

GOOD_POLICY = """{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
                 "Resource": "arn:aws:s3:::b/pub/*"}]
}"""


def test_good_policy_and_builder() -> None:
    assert policy_problems(GOOD_POLICY) == []
    built = BucketPolicy.public_read("b", "pub/")
    assert built.problems() == []
    assert built.parsed()["Statement"][0]["Resource"] == ["arn:aws:s3:::b/pub/*"]


def test_policy_syntax_error_points_at_line_and_column() -> None:
    broken = GOOD_POLICY.replace('"Effect": "Allow",', '"Effect": "Allow"')
    (problem,) = policy_problems(broken)
    assert "not valid JSON" in problem
    assert "line 3, column" in problem
    with pytest.raises(ValueError, match="line 3"):
        BucketPolicy(broken).parsed()


@pytest.mark.parametrize(("text", "expected"), [
    ("", "empty"),
    ("[]", "must be a JSON object"),
    ("null", "not a null"),
    ('{"Statement": []}', 'needs a "Version"'),
    ('{"Version": "2020-01-01", "Statement": [{}]}', '"2012-10-17"'),
    ('{"Version": "2012-10-17"}', 'needs a "Statement"'),
    ('{"Version": "2012-10-17", "Statement": []}', "non-empty list"),
    ('{"Version": "2012-10-17", "Statement": ["x"]}', "Statement 1 must be a JSON object"),
    ('{"Version": "2012-10-17", "Statement": {"Sid": "s", "Effect": "Permit"}}',
     'Statement s: "Effect" must be "Allow" or "Deny"'),
    ('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]}', 'needs an "Action"'),
    ('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]}', 'needs a "Resource"'),
    ('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]}', 'needs a "Principal"'),
])
def test_policy_problems(text: str, expected: str) -> None:
    assert expected in joined(policy_problems(text))


# --- checksums of settings bodies ---------------------------------------------------------

def test_checksum_headers_match_reference_digests() -> None:
    body = b"<CORSConfiguration/>"
    assert crc32c(b"123456789") == 0xE3069283  # the CRC-32C check value (RFC 3720 B.4)
    assert checksum_headers("CRC32", body)["x-amz-checksum-crc32"] == base64.b64encode(
        zlib.crc32(body).to_bytes(4, "big")).decode()
    assert checksum_headers("SHA256", body) == {
        "x-amz-sdk-checksum-algorithm": "SHA256",
        "x-amz-checksum-sha256": base64.b64encode(hashlib.sha256(body).digest()).decode()}
    assert checksum_headers(None, body) == {}
    with pytest.raises(InvalidInput):
        checksum_headers("MD4", body)  # type: ignore[arg-type]


# --- the operations refuse bad input before any request ------------------------------------

@pytest.fixture
def offline() -> S3Client:
    """A client whose endpoint answers nothing: reaching the network would fail differently."""
    return S3Client(endpoint="http://127.0.0.1:9", region="nyc3", access_key="AK",
                    secret_key="SK", addressing="path")


def test_operations_validate_before_sending(offline: S3Client) -> None:
    with pytest.raises(InvalidInput, match="at least one method"):
        offline.put_bucket_cors(bucket="b", configuration=CorsConfiguration(
            (CorsRule(("*",), ()),)))
    with pytest.raises(InvalidInput, match="at least 1 day"):
        offline.put_bucket_lifecycle_configuration(bucket="b", configuration=(
            LifecycleConfiguration((LifecycleRule(expiration_days=0),))))
    with pytest.raises(InvalidInput, match="cannot filter by tag"):
        offline.put_bucket_lifecycle(bucket="b", configuration=LifecycleConfiguration(
            (LifecycleRule(expiration_days=1, tags={"a": "b"}),)))
    with pytest.raises(InvalidInput, match="line 1, column"):
        offline.put_bucket_policy(bucket="b", policy='{"Version": ')
    with pytest.raises(InvalidInput, match="index document"):
        offline.put_bucket_website(bucket="b", configuration=WebsiteConfiguration())
    with pytest.raises(InvalidInput, match="different bucket"):
        offline.put_bucket_logging(bucket="b", status=BucketLoggingStatus("b"))
    with pytest.raises(InvalidInput, match="never-enabled"):
        offline.put_bucket_versioning(bucket="b", state=VersioningState.NEVER_ENABLED)
    with pytest.raises(InvalidInput, match="at most 10 tags"):
        offline.put_object_tagging(bucket="b", key="k", tags={str(i): "" for i in range(11)})
    with pytest.raises(InvalidInput, match="exactly one"):
        offline.put_object_acl(bucket="b", key="k", acl="private",
                               grant_read=[Grantee.all_users()])
    with pytest.raises(InvalidInput, match="exactly one"):
        offline.put_bucket_acl(bucket="b")
    with pytest.raises(InvalidInput, match="not a canned ACL"):
        offline.put_object_acl(bucket="b", key="k", acl="public")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="email"):
        offline.put_object_acl(bucket="b", key="k", grant_read=[Grantee.email("nobody")])
    with pytest.raises(InvalidInput, match="key is required"):
        offline.get_object_acl(bucket="b", key="")
    with pytest.raises(InvalidInput, match="version id"):
        offline.get_object_tagging(bucket="b", key="k", version_id="")
    with pytest.raises(InvalidInput, match="CORS method"):
        offline.preflight_object(bucket="b", key="k", origin="https://a", method="TRACE")
