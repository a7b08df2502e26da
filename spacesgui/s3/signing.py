"""AWS Signature Version 4 for S3, as pure functions with the clock passed in.

Nothing here reads a body, the clock or the network: the caller passes the wire URL, the
headers it will send, the payload hash and ``now``. That keeps every signature reproducible
in tests (the AWS-published vectors and a differential test against botocore).

Conventions the caller guarantees (see ``spacesgui/s3`` callers):

* ``url`` is exactly what goes on the wire. The path is already percent-encoded with
  ``quote(key, safe="/~")``; the query with ``quote(value, safe="-_.~")``, pairs joined by
  ``&``; a valueless parameter (``?acl``) may be written ``acl`` or ``acl=``.
* S3 does not normalise the path: ``//``, dot segments and a trailing ``/`` are signed as sent.

Differences from botocore 1.44 that are deliberate (each one follows Ceph RGW and the spec):

* An empty URL path is signed as ``/`` (the request line always carries ``/``; botocore signs
  the empty string for ``https://host`` without a slash).
* Empty query segments (``a=1&&b=2``) are skipped, as RGW's tokenizer does.
* Header values are trimmed and inner whitespace runs collapsed on ASCII whitespace only
  (RGW uses ``boost::trim_all`` in the C locale; botocore's ``str.split()`` also collapses
  Unicode spaces such as U+00A0).
* A caller ``Date`` header is signed as given; botocore rewrites it to the signing time.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import quote, urlsplit

from spacesgui.s3.errors import InvalidInput

log = logging.getLogger(__name__)

EMPTY_SHA256: str = hashlib.sha256(b"").hexdigest()
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
MAX_PRESIGN_V4_SECONDS = 7 * 24 * 3600
ALGORITHM = "AWS4-HMAC-SHA256"

# botocore 1.44's SIGNED_HEADERS_BLACKLIST plus authorization (which botocore deletes before
# signing). Hop-by-hop and tracing headers are changed by proxies and instrumentation, so
# signing them only produces SignatureDoesNotMatch.
UNSIGNED_HEADERS = frozenset({
    "authorization", "baggage", "connection", "expect", "keep-alive", "proxy-authenticate",
    "proxy-authorization", "te", "traceparent", "tracestate", "trailer", "transfer-encoding",
    "upgrade", "user-agent", "x-amzn-trace-id",
})
# Headers this module computes itself; a caller's copy is ignored.
_COMPUTED = frozenset({"x-amz-date", "x-amz-content-sha256"})
_PRESIGN_PARAMS = frozenset({
    "x-amz-algorithm", "x-amz-credential", "x-amz-date", "x-amz-expires",
    "x-amz-signedheaders", "x-amz-signature", "x-amz-security-token",
})
_HEX_SHA256 = re.compile(r"[0-9a-f]{64}")
_ASCII_WS = " \t\r\n\v\f"
_ASCII_WS_RUN = re.compile(r"[ \t\r\n\v\f]+")
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class Credentials:
    """An access key pair. The secret never appears in ``repr``/``str``, and so not in logs."""

    access_key: str
    secret_key: str = field(repr=False)


def signing_key(secret: str, day: str, region: str, service: str = "s3") -> bytes:
    """Derive the SigV4 signing key for ``day`` (YYYYMMDD), ``region`` and ``service``."""
    key = ("AWS4" + secret).encode()
    for part in (day, region, service, "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return key


def sign_v4_headers(*, method: str, url: str, headers: Mapping[str, str], payload_hash: str,
                    credentials: Credentials, region: str, now: datetime) -> dict[str, str]:
    """Return the headers to ADD to the request.

    They are 'x-amz-date', 'x-amz-content-sha256' and 'Authorization'. Every header in
    ``headers`` is signed except those in ``UNSIGNED_HEADERS``; the caller must send them
    unchanged. ``payload_hash`` is the hex SHA-256 of the body, or
    ``UNSIGNED_PAYLOAD`` for a streamed body: the body itself is never read here.
    """
    _check_payload_hash(payload_hash)
    parts = split_wire_url(url)
    timestamp, day = _timestamps(now)
    to_sign = _headers_to_sign(headers, parts.host)
    to_sign["x-amz-date"] = [timestamp]
    to_sign["x-amz-content-sha256"] = [payload_hash]
    canonical_headers, signed = _canonical_headers(to_sign)
    canonical = "\n".join((method.upper(), parts.path, _canonical_query(parts.query_pairs),
                           canonical_headers, signed, payload_hash))
    scope = f"{day}/{region}/s3/aws4_request"
    signature = _signature(credentials, canonical, timestamp=timestamp, region=region,
                           scope=scope)
    authorization = (f"{ALGORITHM} Credential={credentials.access_key}/{scope}, "
                     f"SignedHeaders={signed}, Signature={signature}")
    return {"x-amz-date": timestamp, "x-amz-content-sha256": payload_hash,
            "Authorization": authorization}


def presign_v4(*, method: str, url: str, credentials: Credentials, region: str, now: datetime,
               expires_in: int, headers: Mapping[str, str] | None = None) -> str:
    """Return `url` with the X-Amz-* query authentication parameters appended.

    X-Amz-Algorithm/Credential/Date/Expires/SignedHeaders come after the URL's own query, then
    X-Amz-Signature. InvalidInput if expires_in < 1 or > 7 days.
    ``headers`` are headers the user of the URL must send (e.g. ``content-type`` for a PUT);
    they are signed together with ``host``. If they include ``x-amz-content-sha256`` its value
    is the payload hash, as botocore and RGW both do; otherwise it is ``UNSIGNED-PAYLOAD``.
    """
    if isinstance(expires_in, bool) or not isinstance(expires_in, int):
        raise InvalidInput(f"expires_in must be an int of seconds, not {expires_in!r}")
    if not 1 <= expires_in <= MAX_PRESIGN_V4_SECONDS:
        raise InvalidInput(
            f"A presigned URL must expire in 1 to {MAX_PRESIGN_V4_SECONDS} seconds (7 days); "
            f"got {expires_in}")
    parts = split_wire_url(url)
    for name, _ in parts.query_pairs:
        if name.lower() in _PRESIGN_PARAMS:
            raise InvalidInput(f"The URL is already presigned (it has {name!r})")
    timestamp, day = _timestamps(now)
    to_sign = _headers_to_sign(headers or {}, parts.host, keep_computed=True)
    content_sha = to_sign.get("x-amz-content-sha256")
    payload_hash = _normalise_value(content_sha[-1]) if content_sha else UNSIGNED_PAYLOAD
    canonical_headers, signed = _canonical_headers(to_sign)
    scope = f"{day}/{region}/s3/aws4_request"
    auth_params = [
        ("X-Amz-Algorithm", ALGORITHM),
        ("X-Amz-Credential", f"{credentials.access_key}/{scope}"),
        ("X-Amz-Date", timestamp),
        ("X-Amz-Expires", str(expires_in)),
        ("X-Amz-SignedHeaders", signed),
    ]
    encoded = [(_encode(k), _encode(v)) for k, v in auth_params]
    canonical = "\n".join((method.upper(), parts.path,
                           _canonical_query([*parts.query_pairs, *encoded]),
                           canonical_headers, signed, payload_hash))
    signature = _signature(credentials, canonical, timestamp=timestamp, region=region,
                           scope=scope)
    query = "&".join([*parts.raw_query_segments, *(f"{k}={v}" for k, v in encoded),
                      f"X-Amz-Signature={signature}"])
    return f"{parts.scheme}://{parts.netloc}{parts.path}?{query}"


# --- helpers shared with signing_v2 and post_policy (private API of the package) ---------


def utc(now: datetime) -> datetime:
    """``now`` in UTC. A naive datetime is refused: it would silently sign local time."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise InvalidInput("`now` must be timezone-aware (e.g. datetime.now(UTC))")
    return now.astimezone(UTC)


def hmac_sha256_hex(key: bytes, message: str) -> str:
    """Hex HMAC-SHA256 of a UTF-8 message."""
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class WireUrl:
    """A wire URL split the way the signers need it."""

    scheme: str
    netloc: str
    host: str                                # Host header value derived from the URL
    path: str                                # as sent; "/" when empty
    raw_query_segments: tuple[str, ...]      # non-empty '&'-separated segments, as sent
    query_pairs: tuple[tuple[str, str], ...]  # (name, value) still percent-encoded


def split_wire_url(url: str) -> WireUrl:
    """Split ``url``; InvalidInput unless it is an absolute http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise InvalidInput(f"Not an absolute http(s) URL: {url!r}")
    try:
        port = parts.port
    except ValueError as exc:
        raise InvalidInput(f"Bad port in URL {url!r}") from exc
    host = parts.hostname  # lower-cased, without userinfo
    if ":" in host:
        host = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS[parts.scheme]:
        host = f"{host}:{port}"
    segments = tuple(s for s in parts.query.split("&") if s)
    pairs = tuple((name, value) for name, _, value in (s.partition("=") for s in segments))
    return WireUrl(scheme=parts.scheme, netloc=parts.netloc, host=host,
                   path=parts.path or "/", raw_query_segments=segments, query_pairs=pairs)


def _timestamps(now: datetime) -> tuple[str, str]:
    stamp = utc(now).strftime("%Y%m%dT%H%M%SZ")
    return stamp, stamp[:8]


def _check_payload_hash(payload_hash: str) -> None:
    if _HEX_SHA256.fullmatch(payload_hash) or payload_hash == UNSIGNED_PAYLOAD:
        return
    if payload_hash.startswith("STREAMING-"):
        return
    raise InvalidInput("payload_hash must be a lower-case hex SHA-256 or UNSIGNED-PAYLOAD")


def _encode(text: str) -> str:
    return quote(text, safe="-_.~")


def _normalise_value(value: str) -> str:
    return _ASCII_WS_RUN.sub(" ", value.strip(_ASCII_WS))


def _headers_to_sign(headers: Mapping[str, str], url_host: str, *,
                     keep_computed: bool = False) -> dict[str, list[str]]:
    """Group the caller's headers by lower-case name, in order, and add ``host``."""
    grouped: dict[str, list[str]] = {}
    for name, value in headers.items():
        lname = name.strip().lower()
        if lname in UNSIGNED_HEADERS or (lname in _COMPUTED and not keep_computed):
            continue
        if not isinstance(value, str):
            raise InvalidInput(f"Header {name!r} must be a str, not {type(value).__name__}")
        grouped.setdefault(lname, []).append(value)
    if "host" not in grouped:
        grouped["host"] = [url_host]
    return grouped


def _canonical_headers(grouped: Mapping[str, Iterable[str]]) -> tuple[str, str]:
    names = sorted(grouped)
    lines = [f"{n}:{','.join(_normalise_value(v) for v in grouped[n])}\n" for n in names]
    return "".join(lines), ";".join(names)


def _canonical_query(pairs: Iterable[tuple[str, str]]) -> str:
    return "&".join(f"{k}={v}" for k, v in sorted(pairs))


def _wire_bytes(canonical: str) -> bytes:
    """The canonical request as the bytes the request carries. http.client writes header
    values as Latin-1, so a value kept as read (raw UTF-8 from another tool, see
    header_text.RawHeaderValue) is signed as those same bytes; everything else is ASCII.
    Text Latin-1 cannot hold never reaches the wire, and keeps the UTF-8 it always had."""
    try:
        return canonical.encode("latin-1")
    except UnicodeEncodeError:
        return canonical.encode("utf-8")


def _signature(credentials: Credentials, canonical: str, *, timestamp: str, region: str,
               scope: str) -> str:
    log.debug("SigV4 CanonicalRequest:\n%s", canonical)
    digest = hashlib.sha256(_wire_bytes(canonical)).hexdigest()
    string_to_sign = f"{ALGORITHM}\n{timestamp}\n{scope}\n{digest}"
    log.debug("SigV4 StringToSign:\n%s", string_to_sign)
    key = signing_key(credentials.secret_key, timestamp[:8], region)
    return hmac_sha256_hex(key, string_to_sign)
