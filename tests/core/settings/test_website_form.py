"""The website page's form as values: modes, what each sends, and routing cells typed as text."""

from __future__ import annotations

import pytest

from spacesgui.s3.models.config import RedirectAllRequestsTo, RoutingRule, WebsiteConfiguration
from spacesgui.s3.settings.website import (
    ROUTING_FIELDS,
    WebsiteForm,
    WebsiteMode,
    website_problems,
    with_rule_field,
)

RULE = RoutingRule(key_prefix_equals="docs/", replace_key_prefix_with="documents/")
SITE = WebsiteConfiguration(index_document_suffix="index.html", error_document_key="404.html",
                            routing_rules=(RULE,))


def test_form_round_trips_each_mode() -> None:
    assert WebsiteForm.from_config(None) == WebsiteForm()
    assert WebsiteForm().configuration() is None
    form = WebsiteForm.from_config(SITE)
    assert form.mode is WebsiteMode.DOCUMENTS and form.configuration() == SITE
    redirect = WebsiteConfiguration(
        redirect_all_requests_to=RedirectAllRequestsTo("www.example.com", "https"))
    form = WebsiteForm.from_config(redirect)
    assert form.mode is WebsiteMode.REDIRECT_ALL and form.redirect_protocol == "https"
    assert form.configuration() == redirect


def test_switching_mode_sends_only_that_mode() -> None:
    form = WebsiteForm.from_config(SITE)
    redirect = WebsiteForm(mode=WebsiteMode.REDIRECT_ALL, index_document="index.html",
                           routing_rules=(RULE,), redirect_host=" example.com ")
    assert redirect.configuration() == WebsiteConfiguration(
        redirect_all_requests_to=RedirectAllRequestsTo("example.com"))
    assert website_problems(redirect.configuration()) == []
    blank = WebsiteForm(mode=WebsiteMode.DOCUMENTS, error_document="  ")
    assert blank.configuration() == WebsiteConfiguration()
    assert [p.field for p in website_problems(blank.configuration())] == [
        "index_document_suffix"]
    assert form.configuration() == SITE


def test_routing_cells_typed_as_text() -> None:
    rule = with_rule_field(RULE, "http_redirect_code", " 302 ")
    assert rule.http_redirect_code == "302"
    assert with_rule_field(rule, "key_prefix_equals", "").key_prefix_equals is None
    assert len(ROUTING_FIELDS) == 7
    with pytest.raises(ValueError, match="not a routing rule field"):
        with_rule_field(RULE, "index_document_suffix", "x")
