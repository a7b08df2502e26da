"""The website editor's model: documents, redirect-all or routing rules, and the address."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.models.config import (
    MAX_ROUTING_RULES,
    RedirectAllRequestsTo,
    RoutingRule,
    WebsiteConfiguration,
)
from spacesgui.s3.settings.base import (
    ChangePlan,
    Fields,
    Problem,
    duplicate_row,
    insert_row,
    move_row,
    plan_change,
    pretty_xml,
    remove_row,
    rule_changes,
)
from spacesgui.s3.spaces import region_from_endpoint, website_url
from spacesgui.s3.texts import N_

__all__ = [
    "CDN_NOTE",
    "MAX_ROUTING_RULES",
    "ROUTING_FIELDS",
    "WebsiteForm",
    "WebsiteMode",
    "add_routing_rule",
    "duplicate_routing_rule",
    "move_routing_rule",
    "remove_routing_rule",
    "website_endpoint",
    "website_plan",
    "website_problems",
    "with_rule_field",
]

CDN_NOTE = N_("settings",
             "The Spaces CDN does not serve bucket websites: visitors must use the website "
             "address (bucket.region-static.digitaloceanspaces.com), not the CDN one.")


def website_endpoint(endpoint: str, bucket: str, region: str | None = None) -> str | None:
    """The bucket's website address on Spaces; None on other servers (their website host is
    the server's own setting) or when the bucket's name cannot be served over HTTPS."""
    slug = region_from_endpoint(endpoint)
    if slug is None:
        return None
    try:
        return website_url(region or slug, bucket)
    except InvalidInput:
        return None


class WebsiteMode(enum.Enum):
    """The three things a bucket can be: no website, a site of documents, a redirect."""

    OFF = "off"
    DOCUMENTS = "documents"
    REDIRECT_ALL = "redirect"


@dataclass(frozen=True, slots=True)
class WebsiteForm:
    """The page's editors as values: both modes' fields are kept while the user switches."""

    mode: WebsiteMode = WebsiteMode.OFF
    index_document: str = ""
    error_document: str = ""
    routing_rules: tuple[RoutingRule, ...] = ()
    redirect_host: str = ""
    redirect_protocol: str = ""  # "" keeps the visitor's protocol

    @classmethod
    def from_config(cls, config: WebsiteConfiguration | None) -> WebsiteForm:
        if config is None:
            return cls()
        redirect = config.redirect_all_requests_to
        return cls(
            mode=WebsiteMode.DOCUMENTS if redirect is None else WebsiteMode.REDIRECT_ALL,
            index_document=config.index_document_suffix or "",
            error_document=config.error_document_key or "",
            routing_rules=config.routing_rules,
            redirect_host="" if redirect is None else redirect.host_name,
            redirect_protocol="" if redirect is None else redirect.protocol or "")

    def configuration(self) -> WebsiteConfiguration | None:
        """What the form asks the server to hold; None means "not a website" (delete)."""
        if self.mode is WebsiteMode.OFF:
            return None
        if self.mode is WebsiteMode.REDIRECT_ALL:
            return WebsiteConfiguration(redirect_all_requests_to=RedirectAllRequestsTo(
                self.redirect_host.strip(), self.redirect_protocol or None))
        return WebsiteConfiguration(index_document_suffix=self.index_document.strip() or None,
                                    error_document_key=self.error_document.strip() or None,
                                    routing_rules=self.routing_rules)


ROUTING_FIELDS = ("key_prefix_equals", "http_error_code_returned_equals", "host_name",
                  "protocol", "replace_key_with", "replace_key_prefix_with",
                  "http_redirect_code")
"""A routing rule's attributes in the order the table shows them: condition, then redirect."""


def with_rule_field(rule: RoutingRule, attr: str, text: str) -> RoutingRule:
    """`rule` with one attribute typed into the table; blank text means "not set"."""
    if attr not in ROUTING_FIELDS:
        raise ValueError(f"{attr!r} is not a routing rule field")
    value = text.strip() or None
    return replace(rule, **{attr: value})


def website_problems(config: WebsiteConfiguration | None) -> list[Problem]:
    """Why Apply must stay disabled; None ("not a website") is valid and means delete."""
    return [] if config is None else config.field_problems()


def add_routing_rule(config: WebsiteConfiguration,
                     rule: RoutingRule | None = None) -> WebsiteConfiguration:
    """A rule at the end; the default sends missing pages (404) to the index."""
    rule = rule or RoutingRule(http_error_code_returned_equals="404",
                               replace_key_with=config.index_document_suffix or "index.html")
    return replace(config, routing_rules=insert_row(config.routing_rules,
                                                    len(config.routing_rules), rule))


def duplicate_routing_rule(config: WebsiteConfiguration, index: int) -> WebsiteConfiguration:
    return replace(config, routing_rules=duplicate_row(config.routing_rules, index))


def remove_routing_rule(config: WebsiteConfiguration, index: int) -> WebsiteConfiguration:
    return replace(config, routing_rules=remove_row(config.routing_rules, index))


def move_routing_rule(config: WebsiteConfiguration, index: int,
                      offset: int) -> WebsiteConfiguration:
    """Order matters: the first rule whose condition matches decides the redirect."""
    return replace(config, routing_rules=move_row(config.routing_rules, index, offset))


def _rule_fields(rule: RoutingRule) -> Fields:
    return (("when key starts with", rule.key_prefix_equals or ""),
            ("when error", rule.http_error_code_returned_equals or ""),
            ("redirect to host", rule.host_name or ""),
            ("protocol", rule.protocol or ""),
            ("replace key with", rule.replace_key_with or ""),
            ("replace prefix with", rule.replace_key_prefix_with or ""),
            ("status", rule.http_redirect_code or ""))


def _redirect_text(redirect: RedirectAllRequestsTo | None) -> str:
    if redirect is None:
        return "(none)"
    return f"{redirect.protocol or 'same protocol'}://{redirect.host_name}"


def _summary(server: WebsiteConfiguration | None, edited: WebsiteConfiguration) -> list[str]:
    old = server or WebsiteConfiguration()
    lines = [] if server is not None else ["Serve this bucket as a website."]
    for label, before, after in (
            ("Index document", old.index_document_suffix, edited.index_document_suffix),
            ("Error document", old.error_document_key, edited.error_document_key)):
        if before != after:
            lines.append(f"{label}: {before or '(none)'} \u2192 {after or '(none)'}.")
    if old.redirect_all_requests_to != edited.redirect_all_requests_to:
        lines.append(f"Redirect every request: {_redirect_text(old.redirect_all_requests_to)} "
                     f"\u2192 {_redirect_text(edited.redirect_all_requests_to)}.")
    lines += rule_changes("routing", old.routing_rules, edited.routing_rules,
                          rule_id=lambda rule: None, fields=_rule_fields)
    return lines


def website_plan(server: WebsiteConfiguration | None,
                 edited: WebsiteConfiguration | None) -> ChangePlan:
    """What Apply sends: the whole configuration (PUT), or a DELETE to stop the website."""
    before = pretty_xml(server.to_xml()) if server is not None else ""
    if edited is None:
        return plan_change(before, "", ["Stop serving this bucket as a website."],
                           name="website.xml", delete=True)
    return plan_change(before, pretty_xml(edited.to_xml()), _summary(server, edited),
                       name="website.xml")
