"""Bucket settings the settings dialog edits: CORS, website, logging, versioning (+ lifecycle).

Every model is frozen, says what is wrong with it before anything is sent (`field_problems()`
names the field and row of each problem; `problems()` gives the sentences alone), and converts
to and from the S3 XML document (`to_xml()` / `from_xml()`).
Lifecycle lives in config_lifecycle and is re-exported here.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from spacesgui.s3 import xml
from spacesgui.s3.errors import MalformedResponse
from spacesgui.s3.models.acl import Grant, append_grant, grants_from
from spacesgui.s3.models.config_lifecycle import (
    LifecycleConfiguration,
    LifecycleRule,
    LifecycleTransition,
)
from spacesgui.s3.models.problem import Problem, duplicate_ids, messages
from spacesgui.s3.names import bucket_name_problems
from spacesgui.s3.texts import N_, Text

__all__ = [
    "CORS_METHODS",
    "BucketLoggingStatus",
    "CorsConfiguration",
    "CorsRule",
    "LifecycleConfiguration",
    "LifecycleRule",
    "LifecycleTransition",
    "PreflightResult",
    "RedirectAllRequestsTo",
    "RoutingRule",
    "VersioningState",
    "WebsiteAnswer",
    "WebsiteConfiguration",
]

CORS_METHODS = ("GET", "PUT", "POST", "DELETE", "HEAD")
MAX_CORS_RULES = 100
MAX_ROUTING_RULES = 50
MAX_RULE_ID = 255


def _root(body: bytes | xml.Element, name: str) -> xml.Element:
    root = xml.parse(body) if isinstance(body, bytes) else body
    if xml.local(root) != name:
        raise MalformedResponse(f"Expected <{name}>, got <{xml.local(root)}>")
    return root


def _texts(el: xml.Element, name: str) -> tuple[str, ...]:
    return tuple(xml.own_text(c).strip() for c in xml.children(el, name))


# --- CORS ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CorsRule:
    """Which origins may call which methods, and what the browser may send and see."""

    allowed_origins: tuple[str, ...]
    allowed_methods: tuple[str, ...]
    allowed_headers: tuple[str, ...] = ()
    expose_headers: tuple[str, ...] = ()
    max_age_seconds: int | None = None
    id: str | None = None

    def problems(self) -> list[str]:
        return messages(self.field_problems())

    def field_problems(self, row: int | None = None) -> list[Problem]:
        """Each problem names the attribute at fault; `row` is this rule's place in its list."""
        name = (N_("settings", "CORS rule {id}").fill(id=repr(self.id)) if self.id
                else N_("settings", "A CORS rule"))
        found: list[Problem] = []
        methods = ", ".join(CORS_METHODS)

        def add(attr: str, message: Text, **values: object) -> None:
            found.append(Problem(attr, message.fill(rule=name, **values), row))

        if not self.allowed_origins:
            add("allowed_origins", N_("settings", "{rule} needs at least one allowed origin "
                                                  "(such as https://example.com or *)"))
        for origin in self.allowed_origins:
            trouble = origin_problem(origin)
            if trouble:
                add("allowed_origins", N_("settings", "{rule}: {problem}"), problem=trouble)
        if not self.allowed_methods:
            add("allowed_methods", N_("settings", "{rule} needs at least one method ({methods})"),
                methods=methods)
        for method in self.allowed_methods:
            if method not in CORS_METHODS:
                add("allowed_methods", N_("settings", "{rule}: {method} is not a CORS method S3 "
                                                      "accepts; use {methods} (upper case)"),
                    method=repr(method), methods=methods)
        for header in self.allowed_headers:
            if not header.strip() or header.count("*") > 1:
                add("allowed_headers", N_("settings", "{rule}: the allowed header {header} must "
                                                      "not be empty and may contain at most one "
                                                      "* wildcard"), header=repr(header))
        if any(not header.strip() for header in self.expose_headers):
            add("expose_headers", N_("settings", "{rule} has an empty exposed header"))
        if self.max_age_seconds is not None and self.max_age_seconds < 0:
            add("max_age_seconds", N_("settings", "{rule}: the max age must not be negative"))
        if self.id is not None and len(self.id) > MAX_RULE_ID:
            add("id", N_("settings", "{rule}: an id is at most {max} characters"), max=MAX_RULE_ID)
        return found


# A browser's Origin header is scheme://host[:port] with nothing after it; S3 compares it with
# each AllowedOrigin, letting one * stand for any run of characters.
_ORIGIN_RE = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*)://"
                        r"(?P<host>\[[0-9A-Fa-f:.]+\]|[^/:?#\[\]]*)"
                        r"(?::(?P<port>[0-9*]*))?(?P<rest>.*)", re.DOTALL)
_LABEL = r"[A-Za-z0-9*](?:[A-Za-z0-9*\-]*[A-Za-z0-9*])?"
_HOST_RE = re.compile(rf"{_LABEL}(?:\.{_LABEL})*\.?", re.ASCII)


def origin_problem(origin: str) -> str | None:  # noqa: PLR0911 - one answer per rule
    """Why `origin` can never match a browser's Origin header; None when it can."""
    if not origin.strip():
        return N_("settings", "an empty origin matches no browser")
    quoted = repr(origin)
    if origin != origin.strip():
        return N_("settings", "the origin {origin} has spaces around it").fill(origin=quoted)
    if origin.count("*") > 1:
        return N_("settings", "the origin {origin} may contain at most one * wildcard").fill(
            origin=quoted)
    if origin == "*":
        return None
    match = _ORIGIN_RE.fullmatch(origin)
    if match is None:
        return N_("settings", "the origin {origin} must be * or a web address such as "
                              "https://example.com").fill(origin=quoted)
    if match["scheme"].lower() not in ("http", "https"):
        return N_("settings", "the origin {origin} must start with http:// or https://").fill(
            origin=quoted)
    if match["rest"]:
        return N_("settings", "the origin {origin} must not have a path: browsers send only "
                              "scheme://host[:port]").fill(origin=quoted)
    host = match["host"]
    if not host or (not host.startswith("[") and _HOST_RE.fullmatch(host) is None):
        return N_("settings", "the origin {origin} has no valid host name").fill(origin=quoted)
    port = match["port"]
    if port is not None and port != "*" and not (port.isdigit() and 0 < int(port) < 65536):
        return N_("settings", "the origin {origin} has an invalid port").fill(origin=quoted)
    return None


@dataclass(frozen=True, slots=True)
class CorsConfiguration:
    """The bucket's CORS rules; no rules means CORS is not configured (browsers get 403)."""

    rules: tuple[CorsRule, ...] = ()

    def problems(self) -> list[str]:
        return messages(self.field_problems())

    def field_problems(self) -> list[Problem]:
        found: list[Problem] = []
        if not self.rules:
            found.append(Problem("rules", N_("settings", "A CORS configuration needs at least "
                                                         "one rule (delete the configuration to "
                                                         "remove CORS)")))
        if len(self.rules) > MAX_CORS_RULES:
            found.append(Problem("rules", N_("settings", "At most {max} CORS rules are allowed, "
                                                         "not {count}").fill(
                                                             max=MAX_CORS_RULES,
                                                             count=len(self.rules))))
        found.extend(duplicate_ids("CORS", [rule.id for rule in self.rules]))
        for row, rule in enumerate(self.rules):
            found.extend(rule.field_problems(row))
        return found

    def to_xml(self) -> bytes:
        root = xml.element("CORSConfiguration")
        for rule in self.rules:
            el = xml.sub(root, "CORSRule")
            if rule.id is not None:
                xml.sub(el, "ID", rule.id)
            xml.sub_all(el, "AllowedOrigin", rule.allowed_origins)
            xml.sub_all(el, "AllowedMethod", rule.allowed_methods)
            xml.sub_all(el, "AllowedHeader", rule.allowed_headers)
            if rule.max_age_seconds is not None:
                xml.sub(el, "MaxAgeSeconds", str(rule.max_age_seconds))
            xml.sub_all(el, "ExposeHeader", rule.expose_headers)
        return xml.to_bytes(root)

    @classmethod
    def from_xml(cls, body: bytes | xml.Element) -> CorsConfiguration:
        root = _root(body, "CORSConfiguration")
        rules = []
        for el in xml.children(root, "CORSRule"):
            max_age = xml.text(el, "MaxAgeSeconds")
            rules.append(CorsRule(
                allowed_origins=_texts(el, "AllowedOrigin"),
                allowed_methods=_texts(el, "AllowedMethod"),
                allowed_headers=_texts(el, "AllowedHeader"),
                expose_headers=_texts(el, "ExposeHeader"),
                max_age_seconds=xml.int_text(el, "MaxAgeSeconds") if max_age else None,
                id=xml.text(el, "ID")))
        return cls(tuple(rules))


@dataclass(frozen=True, slots=True)
class PreflightResult:
    """What the server told a browser-style OPTIONS request; `allowed` is the verdict."""

    allowed: bool
    status: int
    allow_origin: str | None = None
    allow_methods: tuple[str, ...] = ()
    allow_headers: tuple[str, ...] = ()
    expose_headers: tuple[str, ...] = ()
    max_age: int | None = None
    allow_credentials: bool = False


# --- website -------------------------------------------------------------------------------

_PROTOCOLS = ("http", "https")


@dataclass(frozen=True, slots=True)
class RedirectAllRequestsTo:
    host_name: str
    protocol: str | None = None


@dataclass(frozen=True, slots=True)
class RoutingRule:
    """When a key prefix or an error code matches, redirect (the Redirect fields say where)."""

    key_prefix_equals: str | None = None
    http_error_code_returned_equals: str | None = None
    host_name: str | None = None
    protocol: str | None = None
    http_redirect_code: str | None = None
    replace_key_prefix_with: str | None = None
    replace_key_with: str | None = None

    def problems(self) -> list[str]:
        return messages(self.field_problems())

    def field_problems(self, row: int | None = None) -> list[Problem]:
        found: list[Problem] = []

        def add(attr: str, message: str) -> None:
            found.append(Problem(attr, message, row))

        if self.replace_key_prefix_with is not None and self.replace_key_with is not None:
            add("replace_key_with", N_("settings", "A routing rule can replace the key prefix "
                                                   "or the whole key, not both"))
        if not any(v is not None for v in (self.host_name, self.protocol, self.http_redirect_code,
                                          self.replace_key_prefix_with, self.replace_key_with)):
            add("", N_("settings", "A routing rule must say where to redirect (host, protocol, "
                                   "code or key replacement)"))
        if self.host_name is not None:
            trouble = host_name_problem(self.host_name)
            if trouble:
                add("host_name", trouble)
        if self.protocol is not None and self.protocol not in _PROTOCOLS:
            add("protocol", _PROTOCOL_PROBLEM.fill(protocol=repr(self.protocol)))
        code = self.http_redirect_code
        if code is not None and not (code.isdigit() and 300 <= int(code) <= 399):
            add("http_redirect_code", N_("settings", "A redirect code must be a 3xx status such "
                                                     "as 301, not {code}").fill(code=repr(code)))
        error = self.http_error_code_returned_equals
        if error is not None and not (error.isdigit() and 400 <= int(error) <= 599):
            add("http_error_code_returned_equals", N_(
                "settings", "The error code condition must be a 4xx or 5xx status, not {code}")
                .fill(code=repr(error)))
        return found


def host_name_problem(host: str) -> str | None:
    """Why `host` is not a bare host name (a redirect target names no scheme and no path)."""
    if not host.strip():
        return N_("settings", "The redirect host name is empty")
    if "://" in host:
        return N_("settings", "Give the redirect host without a scheme ({host}); choose the "
                              "protocol apart").fill(host=repr(host))
    if "/" in host or any(c.isspace() for c in host):
        return N_("settings", "The redirect host {host} must be a host name only, without a "
                              "path or spaces").fill(host=repr(host))
    return None


_PROTOCOL_PROBLEM = N_("settings", "Redirect protocol must be http or https, not {protocol}")


@dataclass(frozen=True, slots=True)
class WebsiteConfiguration:
    """Static website settings: index/error documents and redirects, or redirect everything."""

    index_document_suffix: str | None = None
    error_document_key: str | None = None
    redirect_all_requests_to: RedirectAllRequestsTo | None = None
    routing_rules: tuple[RoutingRule, ...] = ()

    def problems(self) -> list[str]:
        return messages(self.field_problems())

    def field_problems(self) -> list[Problem]:
        """Document-level problems have no row; a routing rule's carry its index."""
        found: list[Problem] = []
        redirect = self.redirect_all_requests_to
        if redirect is not None:
            if (self.index_document_suffix is not None or self.error_document_key is not None
                    or self.routing_rules):
                found.append(Problem("redirect_all_requests_to", N_(
                    "settings", "Redirecting all requests excludes index and error documents "
                    "and routing rules")))
            trouble = host_name_problem(redirect.host_name)
            if trouble:
                found.append(Problem("redirect_all_requests_to.host_name", trouble))
            if redirect.protocol is not None and redirect.protocol not in _PROTOCOLS:
                found.append(Problem("redirect_all_requests_to.protocol",
                                     _PROTOCOL_PROBLEM.fill(protocol=repr(redirect.protocol))))
            return found
        suffix = self.index_document_suffix
        if suffix is None or not suffix.strip():
            found.append(Problem("index_document_suffix", N_(
                "settings", "A website needs an index document (such as index.html)")))
        elif "/" in suffix:
            found.append(Problem("index_document_suffix", N_(
                "settings", "The index document suffix {suffix} must not contain '/'").fill(
                    suffix=repr(suffix))))
        if self.error_document_key is not None and not self.error_document_key.strip():
            found.append(Problem("error_document_key", N_(
                "settings", "The error document key must not be empty (leave it unset instead)")))
        if len(self.routing_rules) > MAX_ROUTING_RULES:
            found.append(Problem("routing_rules", N_(
                "settings", "At most {max} routing rules are allowed").fill(
                    max=MAX_ROUTING_RULES)))
        for row, rule in enumerate(self.routing_rules):
            found.extend(rule.field_problems(row))
        return found

    def to_xml(self) -> bytes:
        root = xml.element("WebsiteConfiguration")
        if self.redirect_all_requests_to is not None:
            el = xml.sub(root, "RedirectAllRequestsTo")
            xml.sub(el, "HostName", self.redirect_all_requests_to.host_name)
            if self.redirect_all_requests_to.protocol is not None:
                xml.sub(el, "Protocol", self.redirect_all_requests_to.protocol)
        if self.index_document_suffix is not None:
            xml.sub(xml.sub(root, "IndexDocument"), "Suffix", self.index_document_suffix)
        if self.error_document_key is not None:
            xml.sub(xml.sub(root, "ErrorDocument"), "Key", self.error_document_key)
        if self.routing_rules:
            rules = xml.sub(root, "RoutingRules")
            for rule in self.routing_rules:
                el = xml.sub(rules, "RoutingRule")
                if rule.key_prefix_equals is not None or \
                        rule.http_error_code_returned_equals is not None:
                    cond = xml.sub(el, "Condition")
                    _opt(cond, "HttpErrorCodeReturnedEquals",
                         rule.http_error_code_returned_equals)
                    _opt(cond, "KeyPrefixEquals", rule.key_prefix_equals)
                red = xml.sub(el, "Redirect")
                _opt(red, "HostName", rule.host_name)
                _opt(red, "HttpRedirectCode", rule.http_redirect_code)
                _opt(red, "Protocol", rule.protocol)
                _opt(red, "ReplaceKeyPrefixWith", rule.replace_key_prefix_with)
                _opt(red, "ReplaceKeyWith", rule.replace_key_with)
        return xml.to_bytes(root)

    @classmethod
    def from_xml(cls, body: bytes | xml.Element) -> WebsiteConfiguration:
        root = _root(body, "WebsiteConfiguration")
        redirect_el = xml.child(root, "RedirectAllRequestsTo")
        redirect = None
        if redirect_el is not None:
            redirect = RedirectAllRequestsTo(xml.text(redirect_el, "HostName") or "",
                                             xml.text(redirect_el, "Protocol"))
        rules = []
        rules_el = xml.child(root, "RoutingRules")
        for el in xml.children(rules_el, "RoutingRule") if rules_el is not None else ():
            cond, red = xml.child(el, "Condition"), xml.child(el, "Redirect")
            rules.append(RoutingRule(
                key_prefix_equals=xml.text(cond, "KeyPrefixEquals"),
                http_error_code_returned_equals=xml.text(cond, "HttpErrorCodeReturnedEquals"),
                host_name=xml.text(red, "HostName"),
                protocol=xml.text(red, "Protocol"),
                http_redirect_code=xml.text(red, "HttpRedirectCode"),
                replace_key_prefix_with=xml.text(red, "ReplaceKeyPrefixWith"),
                replace_key_with=xml.text(red, "ReplaceKeyWith")))
        return cls(index_document_suffix=xml.text(xml.child(root, "IndexDocument"), "Suffix"),
                   error_document_key=xml.text(xml.child(root, "ErrorDocument"), "Key"),
                   redirect_all_requests_to=redirect, routing_rules=tuple(rules))


@dataclass(frozen=True, slots=True)
class WebsiteAnswer:
    """What an anonymous GET of a website address was answered: a page, a redirect or a refusal.

    `head` holds the first bytes of the body only (of an error document too); `location` is
    where a redirect points; `code` and `message` are those of an S3 error document, which
    means the address answered as the S3 API rather than as a website (None otherwise).
    """

    url: str
    status: int
    content_type: str | None = None
    head: bytes = b""
    code: str | None = None
    message: str = ""
    location: str | None = None


def _opt(parent: xml.Element, tag: str, value: str | None) -> None:
    if value is not None:
        xml.sub(parent, tag, value)


# --- logging -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class BucketLoggingStatus:
    """Where access logs go; no target bucket means logging is off (an empty status disables)."""

    target_bucket: str | None = None
    target_prefix: str = ""
    target_grants: tuple[Grant, ...] = ()

    @property
    def enabled(self) -> bool:
        return self.target_bucket is not None

    def problems(self, *, source_bucket: str | None = None) -> list[str]:
        return messages(self.field_problems(source_bucket=source_bucket))

    def field_problems(self, *, source_bucket: str | None = None) -> list[Problem]:
        """`source_bucket`: Spaces requires the logs to go to a different bucket."""
        found: list[Problem] = []
        if self.target_bucket is None:
            if self.target_prefix or self.target_grants:
                found.append(Problem("target_bucket", N_(
                    "settings", "A log prefix or log grants need a target bucket")))
            return found
        if not self.target_bucket.strip():
            found.append(Problem("target_bucket", N_(
                "settings", "The log target bucket name is empty")))
        else:
            found.extend(Problem("target_bucket", N_(
                "settings", "Log target bucket: {problem}").fill(problem=text))
                         for text in bucket_name_problems(self.target_bucket))
        if source_bucket is not None and self.target_bucket == source_bucket:
            found.append(Problem("target_bucket", N_(
                "settings", "Spaces needs the logs to go to a different bucket than the one "
                "logged")))
        return found

    def to_xml(self) -> bytes:
        root = xml.element("BucketLoggingStatus")
        if self.target_bucket is not None:
            enabled = xml.sub(root, "LoggingEnabled")
            xml.sub(enabled, "TargetBucket", self.target_bucket)
            xml.sub(enabled, "TargetPrefix", self.target_prefix)
            if self.target_grants:
                grants = xml.sub(enabled, "TargetGrants")
                for grant in self.target_grants:
                    append_grant(grants, grant)
        return xml.to_bytes(root)

    @classmethod
    def from_xml(cls, body: bytes | xml.Element) -> BucketLoggingStatus:
        root = _root(body, "BucketLoggingStatus")
        enabled = xml.child(root, "LoggingEnabled")
        if enabled is None:
            return cls()
        return cls(target_bucket=xml.need(enabled, "TargetBucket"),
                   target_prefix=xml.text(enabled, "TargetPrefix") or "",
                   target_grants=grants_from(xml.child(enabled, "TargetGrants")))


# --- versioning ----------------------------------------------------------------------------

class VersioningState(enum.Enum):
    """A bucket's versioning: never turned on, on, or suspended (it can never go back to NEVER)."""

    NEVER_ENABLED = "NeverEnabled"
    ENABLED = "Enabled"
    SUSPENDED = "Suspended"

    def to_xml(self) -> bytes:
        if self is VersioningState.NEVER_ENABLED:
            raise ValueError("Versioning cannot be returned to never-enabled; suspend it instead")
        root = xml.element("VersioningConfiguration")
        xml.sub(root, "Status", self.value)
        return xml.to_bytes(root)

    @classmethod
    def from_xml(cls, body: bytes | xml.Element) -> VersioningState:
        root = xml.parse(body) if isinstance(body, bytes) else body
        # moto names the never-enabled answer <GetBucketVersioningResponse/>.
        if xml.local(root) not in ("VersioningConfiguration", "GetBucketVersioningResponse"):
            raise MalformedResponse(f"Expected <VersioningConfiguration>, got <{xml.local(root)}>")
        status = (xml.text(root, "Status") or "").strip()
        if not status:
            return cls.NEVER_ENABLED
        try:
            return cls(status)
        except ValueError:
            raise MalformedResponse(f"Unknown versioning status {status[:40]!r}") from None
