"""Website settings and the bucket's addresses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spacesgui.s3.models.config import RedirectAllRequestsTo, RoutingRule, WebsiteConfiguration
from spacesgui.s3.settings.overview import BucketAddresses, bucket_addresses
from spacesgui.s3.settings.website import (
    CDN_NOTE,
    add_routing_rule,
    duplicate_routing_rule,
    move_routing_rule,
    remove_routing_rule,
    website_endpoint,
    website_plan,
    website_problems,
)

SITE = WebsiteConfiguration(index_document_suffix="index.html", error_document_key="404.html")


def located(config: WebsiteConfiguration) -> list[tuple[str, int | None]]:
    return [(p.field, p.row) for p in website_problems(config)]


@pytest.mark.parametrize(("config", "expected"), [
    (WebsiteConfiguration(), [("index_document_suffix", None)]),
    (WebsiteConfiguration("a/index.html"), [("index_document_suffix", None)]),
    (WebsiteConfiguration("index.html", " "), [("error_document_key", None)]),
    (WebsiteConfiguration(redirect_all_requests_to=RedirectAllRequestsTo("https://x.example")),
     [("redirect_all_requests_to.host_name", None)]),
    (WebsiteConfiguration(redirect_all_requests_to=RedirectAllRequestsTo("x.example", "ftp")),
     [("redirect_all_requests_to.protocol", None)]),
    (WebsiteConfiguration("index.html",
                          redirect_all_requests_to=RedirectAllRequestsTo("x.example")),
     [("redirect_all_requests_to", None)]),
])
def test_document_problems(config: WebsiteConfiguration,
                           expected: list[tuple[str, int | None]]) -> None:
    assert located(config) == expected


@pytest.mark.parametrize(("rule", "field"), [
    (RoutingRule(key_prefix_equals="a/"), ""),
    (RoutingRule(host_name="x.example/path"), "host_name"),
    (RoutingRule(protocol="gopher"), "protocol"),
    (RoutingRule(http_redirect_code="200"), "http_redirect_code"),
    (RoutingRule(http_error_code_returned_equals="302", replace_key_with="i"),
     "http_error_code_returned_equals"),
    (RoutingRule(replace_key_with="a", replace_key_prefix_with="b"), "replace_key_with"),
])
def test_routing_rule_problems(rule: RoutingRule, field: str) -> None:
    config = add_routing_rule(add_routing_rule(SITE), rule)
    assert located(config) == [(field, 1)]


@pytest.mark.parametrize("rule", [
    RoutingRule(key_prefix_equals="docs/", replace_key_prefix_with="documents/",
                http_redirect_code="301"),
    RoutingRule(http_error_code_returned_equals="404", host_name="x.example", protocol="https"),
])
def test_routing_rule_passing(rule: RoutingRule) -> None:
    assert website_problems(add_routing_rule(SITE, rule)) == []


def test_not_a_website_is_valid_and_redirect_all_passes() -> None:
    assert website_problems(None) == []
    assert website_problems(WebsiteConfiguration(
        redirect_all_requests_to=RedirectAllRequestsTo("x.example", "https"))) == []


def test_routing_rows() -> None:
    config = add_routing_rule(SITE)
    assert config.routing_rules == (RoutingRule(http_error_code_returned_equals="404",
                                                replace_key_with="index.html"),)
    config = add_routing_rule(config, RoutingRule(key_prefix_equals="a/", host_name="h"))
    assert move_routing_rule(config, 1, -1).routing_rules == tuple(reversed(config.routing_rules))
    assert len(duplicate_routing_rule(config, 0).routing_rules) == 3
    assert remove_routing_rule(config, 0).routing_rules == config.routing_rules[1:]


_text = st.text("abc/._-", min_size=1, max_size=8)
_rules = st.builds(RoutingRule,
                   key_prefix_equals=st.one_of(st.none(), _text),
                   http_error_code_returned_equals=st.one_of(st.none(), st.just("404")),
                   host_name=st.one_of(st.none(), _text),
                   protocol=st.sampled_from([None, "http", "https"]),
                   http_redirect_code=st.sampled_from([None, "301", "302"]),
                   replace_key_with=st.one_of(st.none(), _text))


@given(st.lists(_rules, max_size=4), st.one_of(st.none(), _text))
def test_round_trip_through_xml(rules: list[RoutingRule], error: str | None) -> None:
    config = WebsiteConfiguration("index.html", error, routing_rules=tuple(rules))
    assert WebsiteConfiguration.from_xml(config.to_xml()) == config


def test_plan() -> None:
    created = website_plan(None, SITE)
    assert created.action == "put"
    assert created.summary == ("Serve this bucket as a website.",
                               "Index document: (none) \u2192 index.html.",
                               "Error document: (none) \u2192 404.html.")
    changed = website_plan(SITE, add_routing_rule(SITE))
    assert changed.summary == ("Add routing rule 1: when error 404; replace key with "
                               "index.html.",)
    assert "+    <RoutingRule>" in changed.diff.splitlines()
    stopped = website_plan(SITE, None)
    assert stopped.action == "delete" and stopped.summary == (
        "Stop serving this bucket as a website.",)
    assert website_plan(SITE, SITE).action == "none"


def test_website_endpoint() -> None:
    assert website_endpoint("https://nyc3.digitaloceanspaces.com", "site") == \
        "https://site.nyc3-static.digitaloceanspaces.com"
    assert website_endpoint("fra1.digitaloceanspaces.com", "site", "ams3") == \
        "https://site.ams3-static.digitaloceanspaces.com"
    assert website_endpoint("http://127.0.0.1:7480", "site") is None
    assert website_endpoint("https://nyc3.digitaloceanspaces.com", "my.site") is None
    assert "CDN does not serve bucket websites" in CDN_NOTE


def test_bucket_addresses() -> None:
    assert bucket_addresses("https://nyc3.digitaloceanspaces.com", "photos") == BucketAddresses(
        origin="https://photos.nyc3.digitaloceanspaces.com/",
        cdn="https://photos.nyc3.cdn.digitaloceanspaces.com/",
        website="https://photos.nyc3-static.digitaloceanspaces.com")
    dotted = bucket_addresses("https://sgp1.digitaloceanspaces.com", "my.photos")
    assert dotted == BucketAddresses(origin="https://sgp1.digitaloceanspaces.com/my.photos/")
    assert bucket_addresses("http://127.0.0.1:7480/", "photos") == BucketAddresses(
        origin="http://127.0.0.1:7480/photos")
