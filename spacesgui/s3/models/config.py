"""Bucket settings the settings dialog edits: CORS, website, logging, versioning (+ lifecycle).

Every model is frozen, says what is wrong with it in plain sentences (`problems()`) before
anything is sent, and converts to and from the S3 XML document (`to_xml()` / `from_xml()`).
Lifecycle lives in config_lifecycle and is re-exported here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from spacesgui.s3 import xml
from spacesgui.s3.errors import MalformedResponse
from spacesgui.s3.models.acl import Grant, append_grant, grants_from
from spacesgui.s3.models.config_lifecycle import (
    LifecycleConfiguration,
    LifecycleRule,
    LifecycleTransition,
)

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
    return tuple((c.text or "").strip() for c in xml.children(el, name))


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
        name = f"CORS rule {self.id!r}" if self.id else "A CORS rule"
        found: list[str] = []
        if not self.allowed_origins:
            found.append(f"{name} needs at least one allowed origin (such as https://example.com"
                         " or *)")
        for origin in self.allowed_origins:
            if not origin.strip():
                found.append(f"{name} has an empty origin")
            elif origin.count("*") > 1:
                found.append(f"{name}: the origin {origin!r} may contain at most one * wildcard")
        if not self.allowed_methods:
            found.append(f"{name} needs at least one method ({', '.join(CORS_METHODS)})")
        for method in self.allowed_methods:
            if method not in CORS_METHODS:
                found.append(f"{name}: {method!r} is not a CORS method S3 accepts; use "
                             f"{', '.join(CORS_METHODS)} (upper case)")
        for header in self.allowed_headers:
            if header.count("*") > 1:
                found.append(f"{name}: the header {header!r} may contain at most one * wildcard")
        if self.max_age_seconds is not None and self.max_age_seconds < 0:
            found.append(f"{name}: the max age must not be negative")
        if self.id is not None and len(self.id) > MAX_RULE_ID:
            found.append(f"{name}: an id is at most {MAX_RULE_ID} characters")
        return found


@dataclass(frozen=True, slots=True)
class CorsConfiguration:
    """The bucket's CORS rules; no rules means CORS is not configured (browsers get 403)."""

    rules: tuple[CorsRule, ...] = ()

    def problems(self) -> list[str]:
        found: list[str] = []
        if not self.rules:
            found.append("A CORS configuration needs at least one rule (delete the "
                         "configuration to remove CORS)")
        if len(self.rules) > MAX_CORS_RULES:
            found.append(f"At most {MAX_CORS_RULES} CORS rules are allowed, not {len(self.rules)}")
        for rule in self.rules:
            found.extend(rule.problems())
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
        found: list[str] = []
        if self.replace_key_prefix_with is not None and self.replace_key_with is not None:
            found.append("A routing rule can replace the key prefix or the whole key, not both")
        if not any(v is not None for v in (self.host_name, self.protocol, self.http_redirect_code,
                                          self.replace_key_prefix_with, self.replace_key_with)):
            found.append("A routing rule must say where to redirect (host, protocol, code or "
                         "key replacement)")
        if self.protocol is not None and self.protocol not in _PROTOCOLS:
            found.append(f"Redirect protocol must be http or https, not {self.protocol!r}")
        code = self.http_redirect_code
        if code is not None and not (code.isdigit() and 300 <= int(code) <= 399):
            found.append(f"A redirect code must be a 3xx status such as 301, not {code!r}")
        error = self.http_error_code_returned_equals
        if error is not None and not (error.isdigit() and 400 <= int(error) <= 599):
            found.append(f"The error code condition must be a 4xx or 5xx status, not {error!r}")
        return found


@dataclass(frozen=True, slots=True)
class WebsiteConfiguration:
    """Static website settings: index/error documents and redirects, or redirect everything."""

    index_document_suffix: str | None = None
    error_document_key: str | None = None
    redirect_all_requests_to: RedirectAllRequestsTo | None = None
    routing_rules: tuple[RoutingRule, ...] = ()

    def problems(self) -> list[str]:
        found: list[str] = []
        redirect = self.redirect_all_requests_to
        if redirect is not None:
            if (self.index_document_suffix is not None or self.error_document_key is not None
                    or self.routing_rules):
                found.append("Redirecting all requests excludes index and error documents and "
                             "routing rules")
            if not redirect.host_name.strip():
                found.append("Redirecting all requests needs a host name")
            if redirect.protocol is not None and redirect.protocol not in _PROTOCOLS:
                found.append(f"Redirect protocol must be http or https, not {redirect.protocol!r}")
            return found
        suffix = self.index_document_suffix
        if suffix is None or not suffix.strip():
            found.append("A website needs an index document (such as index.html)")
        elif "/" in suffix:
            found.append(f"The index document suffix {suffix!r} must not contain '/'")
        if self.error_document_key is not None and not self.error_document_key.strip():
            found.append("The error document key must not be empty (leave it unset instead)")
        if len(self.routing_rules) > MAX_ROUTING_RULES:
            found.append(f"At most {MAX_ROUTING_RULES} routing rules are allowed")
        for rule in self.routing_rules:
            found.extend(rule.problems())
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
        """`source_bucket`: Spaces requires the logs to go to a different bucket."""
        found: list[str] = []
        if self.target_bucket is None:
            if self.target_prefix or self.target_grants:
                found.append("A log prefix or log grants need a target bucket")
            return found
        if not self.target_bucket.strip():
            found.append("The log target bucket name is empty")
        if source_bucket is not None and self.target_bucket == source_bucket:
            found.append("Spaces needs the logs to go to a different bucket than the one logged")
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
