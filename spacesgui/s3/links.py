"""Addresses for many objects at once: public, CDN or presigned, as lines or as CSV.

A public address works only while the object is public; a CDN address only once the bucket's
CDN is on (Spaces only). A presigned link works for anyone until it expires. The Spaces CDN never
caches presigned requests, so a "CDN-compatible" presigned link is signed virtual-host style
against the origin and then pointed at the CDN host, which forwards it with the origin's Host
header: the signature still matches. Signing happens here, on this machine; a link carries the
access key id and a signature, never the secret.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit, urlunsplit

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client import S3Client
from spacesgui.s3.spaces import cdn_url, is_spaces_host, origin_url


class LinkKind(StrEnum):
    PUBLIC = "public"
    CDN = "cdn"
    PRESIGNED = "presigned"


@dataclass(frozen=True, slots=True)
class ObjectLink:
    name: str      # the key relative to the folder the links were made in
    size: int
    url: str


def is_spaces(client: S3Client) -> bool:
    return is_spaces_host(urlsplit(client.endpoint).hostname or "")


def cdn_problem(client: S3Client, bucket: str) -> str:
    """Why the bucket has no CDN address ("" when it has one)."""
    if not is_spaces(client):
        return ("Only DigitalOcean Spaces has a CDN address for buckets; this account connects "
                "to another S3 server.")
    if "." in bucket:
        return "The Spaces CDN cannot serve buckets with dots in their names."
    return ""


def swap_to_cdn(url: str, bucket: str, region: str) -> str:
    """Point a virtual-host URL signed against the origin at the bucket's CDN host."""
    parts = urlsplit(url)
    cdn_host = urlsplit(cdn_url(region, bucket)).netloc
    return urlunsplit((parts.scheme, cdn_host, parts.path, parts.query, parts.fragment))


def public_url(client: S3Client, bucket: str, key: str) -> str:
    """The object's permanent address (the Spaces origin style on Spaces)."""
    if is_spaces(client):
        return origin_url(client.region, bucket, key)
    return client.object_url(bucket, key)[0]


def presigned_url(client: S3Client, bucket: str, key: str, *, expires_in: int,
                  via_cdn: bool = False) -> str:
    """A GET link valid for `expires_in` seconds; `via_cdn` sends it through the CDN host."""
    if via_cdn and not cdn_problem(client, bucket):
        signed = client.presign("GET", bucket=bucket, key=key, expires_in=expires_in,
                                addressing="virtual")
        return swap_to_cdn(signed, bucket, client.region)
    return client.presign("GET", bucket=bucket, key=key, expires_in=expires_in)


def object_links(client: S3Client, bucket: str, objects: Iterable[tuple[str, int]], *,
                 kind: LinkKind, folder: str = "", expires_in: int = 3600,
                 via_cdn: bool = False) -> list[ObjectLink]:
    """One link per (key, size), named relative to `folder`. InvalidInput when a key or the
    expiry cannot be made into a link (the first such one)."""
    links = []
    for key, size in objects:
        if kind == LinkKind.PRESIGNED:
            url = presigned_url(client, bucket, key, expires_in=expires_in, via_cdn=via_cdn)
        elif kind == LinkKind.CDN:
            url = cdn_url(client.region, bucket, key)
        else:
            url = public_url(client, bucket, key)
        name = key[len(folder):] if folder and key.startswith(folder) else key
        links.append(ObjectLink(name, size, url))
    return links


def as_lines(links: Sequence[ObjectLink]) -> str:
    return "".join(f"{link.url}\n" for link in links)


def as_csv(links: Sequence[ObjectLink]) -> str:
    """name,size,url with a header row (RFC 4180: CRLF line ends, quotes where needed)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(("name", "size", "url"))
    for link in links:
        writer.writerow((link.name, link.size, link.url))
    return out.getvalue()


def expand_folders(client: S3Client, bucket: str, files: Iterable[tuple[str, int]],
                   folders: Iterable[str], *, cancel: CancelToken | None = None,
                   ) -> list[tuple[str, int]]:
    """The files, then every object below each folder prefix (folder markers left out),
    each key once, in listing order."""
    seen: set[str] = set()
    found: list[tuple[str, int]] = []

    def add(key: str, size: int) -> None:
        if key not in seen and not key.endswith("/"):
            seen.add(key)
            found.append((key, size))

    for key, size in files:
        add(key, size)
    for prefix in folders:
        token: str | None = None
        while True:
            if cancel is not None:
                cancel.raise_if_cancelled()
            page = client.list_objects_page(bucket=bucket, prefix=prefix, delimiter="",
                                            token=token, cancel=cancel)
            for obj in page.objects:
                add(obj.key, obj.size)
            token = page.next_token
            if token is None:
                break
    return found
