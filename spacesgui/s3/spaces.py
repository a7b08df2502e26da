"""DigitalOcean Spaces knowledge: regions, endpoint and link forms, and parsing pasted addresses.

Address forms: API path-style `https://{region}.digitaloceanspaces.com/
{bucket}/{key}`, API virtual-host `https://{bucket}.{region}.digitaloceanspaces.com/{key}`, CDN
`https://{bucket}.{region}.cdn.digitaloceanspaces.com/{key}` and website
`https://{bucket}.{region}-static.digitaloceanspaces.com`. Region lists go stale, so any slug
shaped like `nyc3` is accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import unquote, urlsplit

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.names import MAX_KEY_BYTES, key_byte_length, validate_bucket_name
from spacesgui.s3.urls import quote_key

SPACES_DOMAIN = "digitaloceanspaces.com"
_REGION_RE = re.compile(r"[a-z]{3}[0-9]", re.ASCII)
_SCHEME_RE = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_PORT_RE = re.compile(r"[0-9]+(?:[/?#]|$)")
_WRAPPERS = {"<": ">", '"': '"', "'": "'", "`": "`", "\u201c": "\u201d", "\u2018": "\u2019"}
_USAGE = "paste a Spaces link, an s3://bucket/key URI or a bucket/folder/ path"


@dataclass(frozen=True, slots=True)
class Region:
    """A Spaces region: `slug` is the endpoint prefix and the SigV4 region."""

    slug: str
    display_name: str


SPACES_REGIONS: tuple[Region, ...] = (
    Region("nyc3", "New York 3 (nyc3)"),
    Region("ams3", "Amsterdam 3 (ams3)"),
    Region("sfo2", "San Francisco 2 (sfo2)"),
    Region("sfo3", "San Francisco 3 (sfo3)"),
    Region("sgp1", "Singapore 1 (sgp1)"),
    Region("lon1", "London 1 (lon1)"),
    Region("fra1", "Frankfurt 1 (fra1)"),
    Region("tor1", "Toronto 1 (tor1)"),
    Region("blr1", "Bangalore 1 (blr1)"),
    Region("syd1", "Sydney 1 (syd1)"),
    Region("atl1", "Atlanta 1 (atl1)"),
)
COLD_STORAGE_REGIONS: tuple[Region, ...] = tuple(r for r in SPACES_REGIONS if r.slug != "blr1")

LocationKind = Literal["origin-virtual", "origin-path", "cdn", "website", "s3uri", "path"]


@dataclass(frozen=True, slots=True)
class Location:
    """Where a pasted address points. `endpoint` is the API endpoint to talk to, when known."""

    region: str | None
    bucket: str | None
    key: str
    kind: LocationKind
    endpoint: str | None

    @property
    def is_folder(self) -> bool:
        """True for a bucket root or a key ending in '/' (a folder in the UI)."""
        return self.key == "" or self.key.endswith("/")


def _shorten(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "\u2026")


def is_region_slug(text: str) -> bool:
    """True when `text` has the shape of a Spaces region slug (three letters and a digit)."""
    return _REGION_RE.fullmatch(text) is not None


def find_region(slug: str) -> Region | None:
    """The known region with this slug, or None (an unknown slug may still be real)."""
    return next((r for r in SPACES_REGIONS if r.slug == slug), None)


def region_label(slug: str) -> str:
    """A name to show: the display name of a known region, else the slug itself."""
    region = find_region(slug)
    return region.display_name if region else slug


def normalize_region(region: str) -> str:
    """The canonical slug for `region` (trimmed, lowercase); InvalidInput if it is not one."""
    slug = region.strip().lower()
    if not is_region_slug(slug):
        raise InvalidInput(
            f"{_shorten(region)} is not a Spaces region: a region is three letters and a digit, "
            "such as 'nyc3' or 'fra1'."
        )
    return slug


def endpoint_for(region: str) -> str:
    """The HTTPS API endpoint of a Spaces region."""
    return f"https://{normalize_region(region)}.{SPACES_DOMAIN}"


def _check_addressable_key(key: str) -> None:
    """Refuse keys no request can name. Empty is allowed: it addresses the bucket itself."""
    size = key_byte_length(key)
    if size is None:
        raise InvalidInput(
            "The object key contains a broken character (an unpaired surrogate) that cannot be "
            "written as UTF-8."
        )
    if "\x00" in key:
        raise InvalidInput(
            "The object key contains a NUL character (U+0000, %00 in links), which S3 keys "
            "cannot contain."
        )
    if size > MAX_KEY_BYTES:
        raise InvalidInput(
            f"The object key is {size} bytes long in UTF-8; S3 allows at most {MAX_KEY_BYTES}."
        )


def encode_key(key: str) -> str:
    """Percent-encode a key for a URL path the way S3 signs it ('/' and '~' stay literal)."""
    _check_addressable_key(key)
    return quote_key(key)


def origin_url(region: str, bucket: str, key: str = "", *, virtual: bool = True) -> str:
    """A link to `key` on the Spaces API; buckets with dots always get path-style links."""
    slug = normalize_region(region)
    validate_bucket_name(bucket)
    path = encode_key(key)
    # A dotted bucket is several DNS labels deep, so the *.region wildcard certificate fails.
    if virtual and "." not in bucket:
        return f"https://{bucket}.{slug}.{SPACES_DOMAIN}/{path}"
    return f"https://{slug}.{SPACES_DOMAIN}/{bucket}/{path}"


def cdn_url(region: str, bucket: str, key: str = "") -> str:
    """The Spaces CDN link to `key`; the CDN must be enabled on the bucket to serve it."""
    slug = normalize_region(region)
    validate_bucket_name(bucket)
    if "." in bucket:
        raise InvalidInput(
            f"The Spaces CDN cannot serve bucket {bucket!r} because its name contains dots."
        )
    return f"https://{bucket}.{slug}.cdn.{SPACES_DOMAIN}/{encode_key(key)}"


def website_url(region: str, bucket: str) -> str:
    """The static-website address of a bucket."""
    slug = normalize_region(region)
    validate_bucket_name(bucket)
    if "." in bucket:
        raise InvalidInput(
            f"Bucket {bucket!r} has dots in its name, so its website address cannot be served "
            "over HTTPS (the certificate does not cover it)."
        )
    return f"https://{bucket}.{slug}-static.{SPACES_DOMAIN}"


def s3_uri(bucket: str, key: str = "") -> str:
    """An `s3://bucket/key` URI; as with the AWS CLI, the key is written literally."""
    validate_bucket_name(bucket)
    _check_addressable_key(key)
    return f"s3://{bucket}/{key}"


def _split_host_port(host: str) -> str:
    if host.startswith("["):
        return host  # IPv6 literal: never a Spaces host
    name, sep, port = host.rpartition(":")
    return name if sep and port.isdigit() else host


def is_spaces_host(host: str) -> bool:
    """True for `digitaloceanspaces.com` and its subdomains (any case, port or trailing dot)."""
    name = _split_host_port(host.strip()).lower().rstrip(".")
    return name == SPACES_DOMAIN or name.endswith("." + SPACES_DOMAIN)


def _classify_spaces_host(host: str) -> tuple[LocationKind, str, str | None]:
    """(kind, region, bucket) for a lowercase Spaces host; InvalidInput for other shapes."""
    labels = host[: -len(SPACES_DOMAIN) - 1].split(".") if host != SPACES_DOMAIN else []
    last = labels[-1] if labels else ""
    if is_region_slug(last):
        bucket = ".".join(labels[:-1]) or None
        return ("origin-virtual" if bucket else "origin-path"), last, bucket
    if last == "cdn" and len(labels) >= 3 and is_region_slug(labels[-2]):
        return "cdn", labels[-2], ".".join(labels[:-2])
    if last.endswith("-static") and len(labels) >= 2 and is_region_slug(last[: -len("-static")]):
        return "website", last[: -len("-static")], ".".join(labels[:-1])
    raise InvalidInput(
        f"{_shorten(host)} is not an address Spaces uses. Expected region.{SPACES_DOMAIN}, "
        f"bucket.region.{SPACES_DOMAIN}, bucket.region.cdn.{SPACES_DOMAIN} or "
        f"bucket.region-static.{SPACES_DOMAIN}, where region is like 'nyc3'."
    )


def region_from_endpoint(endpoint: str) -> str | None:
    """The region of a Spaces endpoint or bucket host; None for other servers or nonsense."""
    text = endpoint.strip()
    if "://" not in text:
        text = "https://" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host or not is_spaces_host(host):
        return None
    try:
        return _classify_spaces_host(host.rstrip("."))[1]
    except InvalidInput:
        return None


def _unwrap(text: str) -> str:
    """Trim whitespace and matching <> or quotes that mail clients and chat add around links."""
    text = text.strip()
    while len(text) >= 2 and text[-1] == _WRAPPERS.get(text[0]):
        text = text[1:-1].strip()
    return text


def _decode(raw: str) -> str:
    try:
        # unquote, not unquote_plus: in a path '+' is a literal plus, never a space.
        return unquote(raw, errors="strict")
    except UnicodeDecodeError:
        raise InvalidInput(
            "The link contains percent-escapes (%XX) that do not decode to UTF-8 text."
        ) from None


def _split_bucket(path: str, what: str) -> tuple[str | None, str]:
    """Split 'bucket/key' (one leading '/' optional) into its raw bucket and key."""
    rest = path[1:] if path.startswith("/") else path
    if not rest:
        return None, ""
    bucket, _, key = rest.partition("/")
    if not bucket:
        raise InvalidInput(f"The {what} has an empty bucket name (two slashes in a row).")
    return bucket, key


def _finish(
    kind: LocationKind, region: str | None, bucket: str | None, key: str, endpoint: str | None
) -> Location:
    if bucket is not None:
        validate_bucket_name(bucket)
    _check_addressable_key(key)
    return Location(region=region, bucket=bucket, key=key, kind=kind, endpoint=endpoint)


def _parse_http(text: str) -> Location:
    try:
        parts = urlsplit(text)
    except ValueError:
        raise InvalidInput("The link is malformed: check the brackets around the host.") from None
    if "@" in parts.netloc:
        # Never echo the netloc: it holds the password.
        raise InvalidInput(
            "Links with a user name or password (user:password@host) are not supported; remove "
            "that part and use an access key in the account settings instead."
        )
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise InvalidInput("The link has no host name.")
    if not _port_is_valid(parts.netloc):
        raise InvalidInput("The link has an invalid port number (it must be 0-65535).")
    # The query string (presigned X-Amz-*/Signature parameters) and fragment are dropped unread.
    if is_spaces_host(host):
        kind, region, bucket = _classify_spaces_host(host)
        if kind == "origin-path":
            bucket, raw_key = _split_bucket(parts.path, "link")
        else:
            raw_key = parts.path[1:] if parts.path.startswith("/") else parts.path
        return _finish(kind, region, _decode_opt(bucket), _decode(raw_key), endpoint_for(region))
    if host == "digitalocean.com" or host.endswith(".digitalocean.com"):
        raise InvalidInput(
            "That is a DigitalOcean control-panel link, not a Spaces address; copy the bucket's "
            "Origin or CDN endpoint from its settings instead."
        )
    bucket, raw_key = _split_bucket(parts.path, "link")
    endpoint = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
    return _finish("origin-path", None, _decode_opt(bucket), _decode(raw_key), endpoint)


def _port_is_valid(netloc: str) -> bool:
    try:
        urlsplit("//" + netloc).port  # noqa: B018 - property access validates the port
    except ValueError:
        return False
    return True


def _decode_opt(raw: str | None) -> str | None:
    return None if raw is None else _decode(raw)


def _parse_s3_uri(rest: str) -> Location:
    if not rest.startswith("//"):
        raise InvalidInput("An s3: URI looks like s3://bucket/key.")
    body = rest[2:]
    if body.startswith("/"):
        raise InvalidInput("The s3:// URI has an empty bucket name (s3:///...).")
    bucket, key = _split_bucket(body, "s3:// URI")
    if bucket is None:
        raise InvalidInput("The s3:// URI has no bucket name.")
    return _finish("s3uri", None, bucket, key, None)


def parse_location(text: str) -> Location:
    """Understand a pasted link, s3:// URI or bucket/path; InvalidInput says what is wrong.

    Query strings are discarded (so presigned signatures are never kept). In links, keys are
    percent-decoded ('+' stays '+'); in s3:// URIs and plain paths they are literal.
    """
    text = _unwrap(text)
    if not text:
        raise InvalidInput(f"Nothing to open: {_USAGE}.")
    if text.startswith("//"):  # scheme-relative link
        return _parse_http("https:" + text)
    match = _SCHEME_RE.match(text)
    if match:
        scheme, rest = match.group(1).lower(), text[match.end() :]
        if scheme in ("http", "https"):
            return _parse_http(text)
        if scheme == "s3":
            return _parse_s3_uri(rest)
        if _PORT_RE.match(rest):  # host:port/... typed without a scheme
            if is_spaces_host(scheme):
                return _parse_http("https://" + text)
            raise InvalidInput(
                f"{_shorten(match.group(1))} looks like a server address; add http:// or "
                "https:// in front of it."
            )
        if len(scheme) == 1:
            raise InvalidInput(
                f"That looks like a local file path ({scheme.upper()}:), not a Spaces address; "
                f"{_USAGE}."
            )
        raise InvalidInput(f"{_shorten(scheme + ':', 24)} addresses are not supported; {_USAGE}.")
    if is_spaces_host(re.split(r"[/?#]", text, maxsplit=1)[0]):
        return _parse_http("https://" + text)
    bucket, key = _split_bucket(text, "path")
    if bucket is None:
        raise InvalidInput(f"The path has no bucket name; {_USAGE}.")
    return _finish("path", None, bucket, key, None)
