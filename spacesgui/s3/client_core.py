"""The request machinery every S3 operation shares: addressing, signing, sending, parsing."""

from __future__ import annotations

import base64
import copy
import hashlib
import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal, Self
from urllib.parse import urlsplit

from spacesgui.s3 import xml
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.http import Body, Request, RetryEvent, RetryPolicy, Timeouts, Transport
from spacesgui.s3.post_policy import PostForm, build_post_form
from spacesgui.s3.signing import (
    EMPTY_SHA256,
    UNSIGNED_PAYLOAD,
    Credentials,
    presign_v4,
    sign_v4_headers,
)
from spacesgui.s3.signing_v2 import presign_v2, sign_v2_headers
from spacesgui.s3.spaces import SPACES_DOMAIN, endpoint_for, normalize_region
from spacesgui.s3.urls import Query, encode_query, quote_key

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

Addressing = Literal["path", "virtual", "auto"]
SignatureVersion = Literal["v4", "v2"]
USER_AGENT = "spacesgui/0.1"
# Hosts known to route <bucket>.<host>; elsewhere "auto" means path-style, as boto3 does.
_VIRTUAL_HOST_SUFFIXES = (".digitaloceanspaces.com", ".amazonaws.com", ".localhost")
_DNS_BUCKET = re.compile(r"^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")
OnRetry = Callable[[RetryEvent], None] | None


class ClientCore:
    """Holds the endpoint and credentials; builds, signs and sends requests for the operations."""

    _observer: OnRetry = None

    def __init__(self, *, endpoint: str, region: str, access_key: str, secret_key: str,
                 addressing: Addressing = "auto", signature: SignatureVersion = "v4",
                 verify: bool | str = True, timeouts: Timeouts | None = None,
                 retry: RetryPolicy | None = None, proxies: dict[str, str] | None = None,
                 clock: Callable[[], float] | None = None) -> None:
        if addressing not in ("path", "virtual", "auto"):
            raise InvalidInput(f"addressing must be path, virtual or auto, not {addressing!r}")
        if signature not in ("v4", "v2"):
            raise InvalidInput(f"signature must be v4 or v2, not {signature!r}")
        if not region or not region.strip():
            raise InvalidInput("A region is required (for Spaces, the slug such as nyc3)")
        if not access_key or not secret_key:
            raise InvalidInput("Both the access key and the secret key are required")
        self._scheme, self._host = _split_endpoint(endpoint)
        self.region = region.strip()
        self.addressing: Addressing = addressing
        self.signature: SignatureVersion = signature
        self._credentials = Credentials(access_key, secret_key)
        self._transport = Transport(verify=verify, timeouts=timeouts, retry=retry,
                                    proxies=proxies, clock=clock or time.time)

    def observed(self, on_retry: Callable[[RetryEvent], None]) -> Self:
        """This client, telling `on_retry` about each retry of a request that names no
        `on_retry` of its own: a transfer job sees every SlowDown its engine meets (download
        ranges, copies, batch deletes), not only those of the calls that take the argument.
        The copy shares the transport: connections, clock-skew correction and credentials.
        """
        clone = copy.copy(self)
        clone._observer = on_retry
        return clone

    def with_retry(self, retry: RetryPolicy) -> Self:
        """This client, retrying by `retry`: connections and credentials stay shared with this
        one, and the clock-skew correction known now is carried over."""
        clone = copy.copy(self)
        clone._transport = copy.copy(self._transport)   # shares the per-thread sessions
        clone._transport.retry = retry
        return clone

    def for_region(self, region: str) -> Self:
        """This client for another region: the same credentials, addressing, signature and
        transport (timeouts, retries, TLS verification, proxies, clock), signing for `region`.

        A Spaces endpoint moves to that region's endpoint, since a Space is only reached at the
        endpoint of its region; any other endpoint is kept, with only the signing region changed.
        """
        if not region or not region.strip():
            raise InvalidInput("A region is required (for Spaces, the slug such as nyc3)")
        clone = copy.copy(self)
        host = self._host.rsplit(":", 1)[0].lower()
        if host == SPACES_DOMAIN or host.endswith("." + SPACES_DOMAIN):
            clone.region = normalize_region(region)
            clone._scheme, clone._host = _split_endpoint(endpoint_for(clone.region))
        else:
            clone.region = region.strip()
        return clone

    @property
    def endpoint(self) -> str:
        return f"{self._scheme}://{self._host}"

    @property
    def access_key(self) -> str:
        return self._credentials.access_key

    def __repr__(self) -> str:
        return (f"{type(self).__name__}(endpoint={self.endpoint!r}, region={self.region!r}, "
                f"access_key={self.access_key!r}, addressing={self.addressing!r})")

    # --- addressing ---------------------------------------------------------------------

    def uses_virtual_host(self, bucket: str, addressing: Addressing | None = None) -> bool:
        style = addressing or self.addressing
        dns_safe = bool(_DNS_BUCKET.match(bucket)) and "." not in bucket
        if style == "path" or not dns_safe:
            return False
        if style == "virtual":
            return True
        host = self._host.rsplit(":", 1)[0] if not self._host.startswith("[") else self._host
        return host.endswith(_VIRTUAL_HOST_SUFFIXES) or host == "localhost"

    def object_url(self, bucket: str, key: str = "", *, addressing: Addressing | None = None,
                   ) -> tuple[str, str | None]:
        """The URL for bucket/key, and the bucket when it travels in the host name."""
        if self.uses_virtual_host(bucket, addressing):
            return f"{self._scheme}://{bucket}.{self._host}/{quote_key(key)}", bucket
        path = f"/{bucket}/{quote_key(key)}" if key else f"/{bucket}"
        return f"{self.endpoint}{path}", None

    def _request(self, method: str, *, bucket: str | None, key: str = "", query: Query = (),
                 headers: Mapping[str, str] | None = None, body: Body = None,
                 xml_body: bool = False, payload_sha256: str | None = None) -> Request:
        if bucket is None:
            url, in_host = f"{self.endpoint}/", None
        else:
            if not bucket:
                raise InvalidInput("A bucket name is required")
            url, in_host = self.object_url(bucket, key)
        encoded = encode_query(query)
        if encoded:
            url = f"{url}?{encoded}"
        all_headers = {"User-Agent": USER_AGENT}
        all_headers.update({k: v for k, v in (headers or {}).items() if v is not None})
        url = route_localhost(url, all_headers)
        if isinstance(body, bytes):
            if xml_body:
                md5 = base64.b64encode(hashlib.md5(body).digest()).decode()  # noqa: S324 - S3 asks for MD5
                all_headers.setdefault("Content-MD5", md5)
                all_headers.setdefault("Content-Type", "application/xml")
            payload = hashlib.sha256(body).hexdigest()
        else:
            payload = EMPTY_SHA256 if body is None else UNSIGNED_PAYLOAD
        if payload_sha256 is not None:
            payload = payload_sha256    # signed: a v4 server refuses a body that differs
        resource = f"{bucket}/{key}" if bucket and key else (bucket or "")
        return Request(method, url, all_headers, body, payload, in_host, resource)

    def _sign(self, request: Request, now: datetime) -> dict[str, str]:
        if self.signature == "v2":
            return sign_v2_headers(method=request.method, url=request.url, headers=request.headers,
                                   credentials=self._credentials, now=now,
                                   bucket_in_host=request.bucket_in_host)
        return sign_v4_headers(method=request.method, url=request.url, headers=request.headers,
                               payload_hash=request.payload_hash, credentials=self._credentials,
                               region=self.region, now=now)

    def _send(self, method: str, *, bucket: str | None, key: str = "", query: Query = (),
              headers: Mapping[str, str] | None = None, body: Body = None, xml_body: bool = False,
              cancel: CancelToken | None = None, stream: bool = False,
              on_retry: OnRetry = None, payload_sha256: str | None = None,
              ) -> requests.Response:
        request = self._request(method, bucket=bucket, key=key, query=query, headers=headers,
                                body=body, xml_body=xml_body, payload_sha256=payload_sha256)
        return self._transport.send(request, self._sign, cancel=cancel, stream=stream,
                                    on_retry=on_retry or self._observer)

    def _send_xml(self, method: str, **kwargs: object) -> tuple[xml.Element, requests.Response]:
        """Send and parse the XML answer (an empty 2xx body is a malformed answer here)."""
        response = self._send(method, **kwargs)  # type: ignore[arg-type]
        root = xml.parse(response.content, status=response.status_code,
                         request_id=response.headers.get("x-amz-request-id"))
        return root, response

    # --- presigned access ---------------------------------------------------------------

    def presign(self, method: str, *, bucket: str, key: str, expires_in: int,
                signature: SignatureVersion | None = None, addressing: Addressing | None = None,
                query: Mapping[str, str] | None = None,
                headers: Mapping[str, str] | None = None) -> str:
        """A URL anyone can use until it expires; `addressing="virtual"` suits the Spaces CDN."""
        method = method.upper()
        if method not in ("GET", "PUT", "HEAD", "DELETE"):
            raise InvalidInput(f"Cannot presign a {method} request")
        url, in_host = self.object_url(bucket, key, addressing=addressing)
        if query:
            url = f"{url}?{encode_query(sorted(query.items()))}"
        now = self._transport.now()
        if (signature or self.signature) == "v2":
            if expires_in < 1:
                raise InvalidInput("A link must stay valid for at least one second")
            expires = int((now + timedelta(seconds=expires_in)).timestamp())
            return presign_v2(method=method, url=url, credentials=self._credentials,
                              expires=expires, bucket_in_host=in_host, headers=headers)
        return presign_v4(method=method, url=url, credentials=self._credentials,
                          region=self.region, now=now, expires_in=expires_in, headers=headers)

    def build_post_form(self, *, bucket: str, key: str, expires_in: int = 3600,
                        signature: SignatureVersion | None = None,
                        content_length_range: tuple[int, int] | None = None,
                        acl: str | None = None, content_type: str | None = None,
                        success_action_status: int | None = None,
                        metadata: Mapping[str, str] | None = None,
                        extra_conditions: Sequence[Mapping[str, str] | Sequence[object]] = (),
                        ) -> PostForm:
        """A browser upload form (PostObject) whose policy the server enforces;
        `extra_conditions` go into the policy as given (their form fields are the caller's)."""
        url, _ = self.object_url(bucket)
        return build_post_form(url=url, bucket=bucket, key=key, credentials=self._credentials,
                               region=self.region, now=self._transport.now(),
                               expires_in=expires_in, signature=signature or self.signature,
                               content_length_range=content_length_range, acl=acl,
                               content_type=content_type,
                               success_action_status=success_action_status, metadata=metadata,
                               extra_conditions=extra_conditions)


def _split_endpoint(endpoint: str) -> tuple[str, str]:
    text = (endpoint or "").strip()
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https"):
        raise InvalidInput(f"The endpoint must start with https:// or http://, not {parts.scheme}:")
    if parts.username or parts.password:
        raise InvalidInput("The endpoint must not contain a user name or password")
    if not parts.hostname:
        raise InvalidInput(f"The endpoint {endpoint!r} has no host name")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise InvalidInput("The endpoint is a host only (put the bucket in the bucket field)")
    try:
        port = parts.port
    except ValueError:
        raise InvalidInput(f"The endpoint {endpoint!r} has an invalid port") from None
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    default = 443 if parts.scheme == "https" else 80
    return parts.scheme, host if port in (None, default) else f"{host}:{port}"


def route_localhost(url: str, headers: dict[str, str]) -> str:
    """RFC 6761: names under .localhost are loopback, but glibc does not resolve them."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host.endswith(".localhost"):
        return url
    headers["Host"] = parts.netloc
    return url.replace(f"//{host}", "//127.0.0.1", 1)

