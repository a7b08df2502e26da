"""XML of ACLs, tags and bucket settings: handwritten server bodies (with and without the S3
namespace) are read right, and what we build reads back to the same model."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import etree

from spacesgui.s3 import xml
from spacesgui.s3.errors import MalformedResponse
from spacesgui.s3.models.acl import (
    ALL_USERS,
    AccessControlPolicy,
    Grant,
    Grantee,
    ObjectTagging,
    Owner,
    tagging_xml,
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

NS = ' xmlns="http://s3.amazonaws.com/doc/2006-03-01/"'
XSI = ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'


def both(template: str) -> list[bytes]:
    """The body as S3 sends it (namespaced) and as some servers do (no namespace)."""
    return [template.format(ns=NS).encode(), template.format(ns="").encode()]


def find(body: bytes, path: str) -> list[str]:
    """Texts at a local-name path, read with plain lxml rather than our own helpers."""
    root = etree.fromstring(body)
    steps = "/".join(f"*[local-name()='{step}']" for step in path.split("/"))
    return [el.text or "" for el in root.xpath(steps)]


# --- ACL -----------------------------------------------------------------------------------

ACL_BODY = """<?xml version="1.0" encoding="UTF-8"?>
<AccessControlPolicy{ns}><Owner><ID>tester</ID><DisplayName>Tester</DisplayName></Owner>
<AccessControlList>
 <Grant><Grantee{xsi} xsi:type="CanonicalUser"><ID>tester</ID><DisplayName>Tester</DisplayName>
 </Grantee><Permission>FULL_CONTROL</Permission></Grant>
 <Grant><Grantee{xsi} xsi:type="Group"><URI>http://acs.amazonaws.com/groups/global/AllUsers</URI>
 </Grantee><Permission>READ</Permission></Grant>
 <Grant><Grantee{xsi} xsi:type="AmazonCustomerByEmail"><EmailAddress>a@example.com</EmailAddress>
 </Grantee><Permission>WRITE_ACP</Permission></Grant>
</AccessControlList></AccessControlPolicy>"""


@pytest.mark.parametrize("body", [ACL_BODY.replace("{xsi}", XSI).format(ns=NS).encode(),
                                  ACL_BODY.replace("{xsi}", XSI).format(ns="").encode()])
def test_acl_reads_all_three_grantee_kinds(body: bytes) -> None:
    policy = AccessControlPolicy.from_xml(body)
    assert policy.owner == Owner("tester", "Tester")
    assert [(g.grantee.kind, g.grantee.value, g.permission) for g in policy.grants] == [
        ("CanonicalUser", "tester", "FULL_CONTROL"),
        ("Group", ALL_USERS, "READ"),
        ("AmazonCustomerByEmail", "a@example.com", "WRITE_ACP")]
    assert policy.grants[0].grantee.display_name == "Tester"


def test_acl_grantee_without_xsi_type_is_known_by_its_child() -> None:
    body = b"""<AccessControlPolicy><Owner><ID>o</ID></Owner><AccessControlList>
      <Grant><Grantee><URI>http://acs.amazonaws.com/groups/global/AllUsers</URI></Grantee>
      <Permission>READ</Permission></Grant></AccessControlList></AccessControlPolicy>"""
    policy = AccessControlPolicy.from_xml(body)
    assert policy.grants == (Grant(Grantee.all_users(), "READ"),)
    assert policy.owner.display_name is None


def test_acl_round_trip_writes_xsi_type_and_namespace() -> None:
    policy = AccessControlPolicy(Owner("tester", "T"), (
        Grant(Grantee.user("tester", "T"), "FULL_CONTROL"),
        Grant(Grantee.user("other"), "READ"),
        Grant(Grantee.group(ALL_USERS), "READ"),
        Grant(Grantee.email("x@example.com"), "READ_ACP")))
    body = policy.to_xml()
    root = etree.fromstring(body)
    assert root.tag == f"{{{xml.S3_NS}}}AccessControlPolicy"
    types = root.xpath("//*[local-name()='Grantee']/@xsi:type", namespaces={"xsi": xml.XSI_NS})
    assert types == ["CanonicalUser", "CanonicalUser", "Group", "AmazonCustomerByEmail"]
    assert AccessControlPolicy.from_xml(body) == policy


def test_acl_without_grantee_is_malformed() -> None:
    body = b"<AccessControlPolicy><Owner><ID>o</ID></Owner><AccessControlList><Grant>" \
           b"<Permission>READ</Permission></Grant></AccessControlList></AccessControlPolicy>"
    with pytest.raises(MalformedResponse, match="Grantee"):
        AccessControlPolicy.from_xml(body)


def test_acl_wrong_root_is_malformed() -> None:
    with pytest.raises(MalformedResponse, match="AccessControlPolicy"):
        AccessControlPolicy.from_xml(b"<Tagging/>")


# --- tagging -------------------------------------------------------------------------------

@pytest.mark.parametrize("body", both(
    "<Tagging{ns}><TagSet><Tag><Key>colour</Key><Value>blue</Value></Tag>"
    "<Tag><Key>empty</Key><Value></Value></Tag></TagSet></Tagging>"))
def test_tagging_reads_tags_including_empty_values(body: bytes) -> None:
    tagging = ObjectTagging.from_xml(body, "v1")
    assert dict(tagging.tags) == {"colour": "blue", "empty": ""}
    assert tagging.version_id == "v1"


def test_tagging_round_trip_keeps_unicode_and_markup() -> None:
    tags = {"näme": "<b>&amp;</b>", "k": ""}
    assert dict(ObjectTagging.from_xml(tagging_xml(tags)).tags) == tags


def test_empty_tag_set_reads_as_no_tags() -> None:
    assert dict(ObjectTagging.from_xml(b"<Tagging><TagSet/></Tagging>").tags) == {}


# --- CORS ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", both(
    "<CORSConfiguration{ns}><CORSRule><ID>web</ID>"
    "<AllowedOrigin>https://a.example</AllowedOrigin><AllowedOrigin>https://*.b.example"
    "</AllowedOrigin><AllowedMethod>GET</AllowedMethod><AllowedMethod>PUT</AllowedMethod>"
    "<AllowedHeader>*</AllowedHeader><MaxAgeSeconds>600</MaxAgeSeconds>"
    "<ExposeHeader>ETag</ExposeHeader></CORSRule>"
    "<CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>HEAD</AllowedMethod></CORSRule>"
    "</CORSConfiguration>"))
def test_cors_reads_rules(body: bytes) -> None:
    config = CorsConfiguration.from_xml(body)
    assert config.rules == (
        CorsRule(("https://a.example", "https://*.b.example"), ("GET", "PUT"), ("*",),
                 ("ETag",), 600, "web"),
        CorsRule(("*",), ("HEAD",)))


def test_cors_round_trip() -> None:
    config = CorsConfiguration((CorsRule(("https://a.example",), ("GET", "POST"),
                                         ("x-amz-*",), ("ETag", "x-amz-request-id"), 0, "r1"),))
    body = config.to_xml()
    assert find(body, "CORSRule/MaxAgeSeconds") == ["0"]
    assert CorsConfiguration.from_xml(body) == config


# --- lifecycle -----------------------------------------------------------------------------

@pytest.mark.parametrize("body", both(
    "<LifecycleConfiguration{ns}>"
    "<Rule><ID>tmp</ID><Filter><Prefix>tmp/</Prefix></Filter><Status>Enabled</Status>"
    "<Expiration><Days>1</Days></Expiration></Rule>"
    "<Rule><ID>mpu</ID><Filter></Filter><Status>Disabled</Status>"
    "<AbortIncompleteMultipartUpload><DaysAfterInitiation>3</DaysAfterInitiation>"
    "</AbortIncompleteMultipartUpload></Rule>"
    "<Rule><ID>dated</ID><Filter><And><Prefix>logs/</Prefix><Tag><Key>k</Key><Value>v</Value>"
    "</Tag></And></Filter><Status>Enabled</Status>"
    "<Expiration><Date>2030-01-01T00:00:00.000Z</Date></Expiration>"
    "<Transition><Days>30</Days><StorageClass>GLACIER</StorageClass></Transition>"
    "<NoncurrentVersionExpiration><NoncurrentDays>7</NoncurrentDays>"
    "</NoncurrentVersionExpiration></Rule>"
    "</LifecycleConfiguration>"))
def test_lifecycle_reads_filter_forms(body: bytes) -> None:
    rules = LifecycleConfiguration.from_xml(body).rules
    assert rules[0] == LifecycleRule(id="tmp", prefix="tmp/", expiration_days=1)
    assert rules[1] == LifecycleRule(id="mpu", enabled=False, abort_incomplete_multipart_days=3)
    assert rules[2].prefix == "logs/"
    assert dict(rules[2].tags) == {"k": "v"}
    assert rules[2].expiration_date == datetime(2030, 1, 1, tzinfo=UTC)
    assert rules[2].transitions == (LifecycleTransition("GLACIER", days=30),)
    assert rules[2].noncurrent_expiration_days == 7


@pytest.mark.parametrize("body", both(
    "<LifecycleConfiguration{ns}><Rule><ID>old</ID><Prefix>tmp/</Prefix>"
    "<Status>Enabled</Status><Expiration><Days>5</Days></Expiration></Rule>"
    "</LifecycleConfiguration>"))
def test_lifecycle_reads_legacy_prefix_form(body: bytes) -> None:
    assert LifecycleConfiguration.from_xml(body).rules == (
        LifecycleRule(id="old", prefix="tmp/", expiration_days=5),)


def test_lifecycle_single_tag_filter_and_delete_marker() -> None:
    body = (b"<LifecycleConfiguration><Rule><Filter><Tag><Key>a</Key><Value>b</Value></Tag>"
            b"</Filter><Status>Enabled</Status><Expiration><ExpiredObjectDeleteMarker>true"
            b"</ExpiredObjectDeleteMarker></Expiration></Rule></LifecycleConfiguration>")
    rule = LifecycleConfiguration.from_xml(body).rules[0]
    assert dict(rule.tags) == {"a": "b"} and rule.prefix == ""
    assert rule.expired_object_delete_marker is True and rule.expiration_days is None


def test_lifecycle_round_trip_current_form() -> None:
    config = LifecycleConfiguration((
        LifecycleRule(id="tmp", prefix="tmp/", expiration_days=1),
        LifecycleRule(id="d", expiration_date=datetime(2031, 5, 1, tzinfo=UTC),
                      abort_incomplete_multipart_days=2),
        LifecycleRule(id="t", prefix="p/", tags={"x": "y", "z": ""}, expiration_days=3,
                      transitions=(LifecycleTransition("COLD", days=2),
                                   LifecycleTransition("COLD", days=4, noncurrent=True))),
        LifecycleRule(id="m", enabled=False, expired_object_delete_marker=False,
                      noncurrent_expiration_days=9)))
    body = config.to_xml()
    assert find(body, "Rule/Filter/Prefix")[:2] == ["tmp/", ""]
    assert find(body, "Rule/Prefix") == []
    assert find(body, "Rule/Expiration/Date") == ["2031-05-01T00:00:00Z"]
    back = LifecycleConfiguration.from_xml(body)
    assert [dict(r.tags) for r in back.rules] == [dict(r.tags) for r in config.rules]
    assert back.rules[0] == config.rules[0] and back.rules[1] == config.rules[1]
    assert back.rules[2].transitions == config.rules[2].transitions
    assert back.rules[3] == config.rules[3]


def test_lifecycle_legacy_form_has_prefix_and_no_filter() -> None:
    config = LifecycleConfiguration((LifecycleRule(id="a", prefix="tmp/", expiration_days=2),))
    body = config.to_xml(legacy=True)
    assert find(body, "Rule/Prefix") == ["tmp/"]
    assert find(body, "Rule/Filter") == []
    assert LifecycleConfiguration.from_xml(body) == config


# --- website -------------------------------------------------------------------------------

@pytest.mark.parametrize("body", both(
    "<WebsiteConfiguration{ns}><IndexDocument><Suffix>index.html</Suffix></IndexDocument>"
    "<ErrorDocument><Key>404.html</Key></ErrorDocument><RoutingRules><RoutingRule>"
    "<Condition><KeyPrefixEquals>docs/</KeyPrefixEquals></Condition>"
    "<Redirect><ReplaceKeyPrefixWith>documents/</ReplaceKeyPrefixWith>"
    "<HttpRedirectCode>301</HttpRedirectCode></Redirect></RoutingRule>"
    "<RoutingRule><Condition><HttpErrorCodeReturnedEquals>404</HttpErrorCodeReturnedEquals>"
    "</Condition><Redirect><HostName>example.com</HostName><Protocol>https</Protocol>"
    "</Redirect></RoutingRule></RoutingRules></WebsiteConfiguration>"))
def test_website_reads_documents_and_routing(body: bytes) -> None:
    config = WebsiteConfiguration.from_xml(body)
    assert config.index_document_suffix == "index.html"
    assert config.error_document_key == "404.html"
    assert config.routing_rules == (
        RoutingRule(key_prefix_equals="docs/", replace_key_prefix_with="documents/",
                    http_redirect_code="301"),
        RoutingRule(http_error_code_returned_equals="404", host_name="example.com",
                    protocol="https"))


@pytest.mark.parametrize("body", both(
    "<WebsiteConfiguration{ns}><RedirectAllRequestsTo><HostName>example.com</HostName>"
    "<Protocol>https</Protocol></RedirectAllRequestsTo></WebsiteConfiguration>"))
def test_website_reads_redirect_all(body: bytes) -> None:
    config = WebsiteConfiguration.from_xml(body)
    assert config == WebsiteConfiguration(
        redirect_all_requests_to=RedirectAllRequestsTo("example.com", "https"))


def test_website_round_trips() -> None:
    for config in (
        WebsiteConfiguration("index.html", "err.html", routing_rules=(
            RoutingRule(key_prefix_equals="a/", replace_key_with="b.html"),
            RoutingRule(host_name="h.example"))),
        WebsiteConfiguration(redirect_all_requests_to=RedirectAllRequestsTo("x.example")),
    ):
        assert WebsiteConfiguration.from_xml(config.to_xml()) == config


# --- logging -------------------------------------------------------------------------------

@pytest.mark.parametrize("body", both(
    "<BucketLoggingStatus{ns}><LoggingEnabled><TargetBucket>logs</TargetBucket>"
    "<TargetPrefix>site/</TargetPrefix></LoggingEnabled></BucketLoggingStatus>"))
def test_logging_reads_target(body: bytes) -> None:
    status = BucketLoggingStatus.from_xml(body)
    assert status == BucketLoggingStatus("logs", "site/")
    assert status.enabled


@pytest.mark.parametrize("body", both("<BucketLoggingStatus{ns}/>"))
def test_logging_empty_status_means_disabled(body: bytes) -> None:
    assert not BucketLoggingStatus.from_xml(body).enabled


def test_logging_round_trip_with_grants_and_empty_disables() -> None:
    status = BucketLoggingStatus("logs", "p/", (Grant(Grantee.user("other"), "READ"),))
    assert BucketLoggingStatus.from_xml(status.to_xml()) == status
    off = BucketLoggingStatus().to_xml()
    assert find(off, "LoggingEnabled") == []


# --- versioning ----------------------------------------------------------------------------

@pytest.mark.parametrize(("template", "state"), [
    ("<VersioningConfiguration{ns}/>", VersioningState.NEVER_ENABLED),
    ("<VersioningConfiguration{ns}><Status>Enabled</Status></VersioningConfiguration>",
     VersioningState.ENABLED),
    ("<VersioningConfiguration{ns}><Status>Suspended</Status><MfaDelete>Disabled</MfaDelete>"
     "</VersioningConfiguration>", VersioningState.SUSPENDED),
])
def test_versioning_states(template: str, state: VersioningState) -> None:
    for body in both(template):
        assert VersioningState.from_xml(body) is state


def test_versioning_tolerates_motos_root_name() -> None:
    body = b'<GetBucketVersioningResponse xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>'
    assert VersioningState.from_xml(body) is VersioningState.NEVER_ENABLED
    with pytest.raises(MalformedResponse, match="VersioningConfiguration"):
        VersioningState.from_xml(b"<Tagging/>")


def test_versioning_body_and_unknown_status() -> None:
    assert find(VersioningState.SUSPENDED.to_xml(), "Status") == ["Suspended"]
    with pytest.raises(ValueError, match="never-enabled"):
        VersioningState.NEVER_ENABLED.to_xml()
    with pytest.raises(MalformedResponse, match="Sideways"):
        VersioningState.from_xml(b"<VersioningConfiguration><Status>Sideways</Status>"
                                 b"</VersioningConfiguration>")
