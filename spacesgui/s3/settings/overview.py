"""What the overview page shows: addresses of the bucket and its usage, where reported."""

from __future__ import annotations

from dataclasses import dataclass

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.settings.website import website_endpoint
from spacesgui.s3.spaces import cdn_url, origin_url, region_from_endpoint
from spacesgui.s3.urls import quote_key

__all__ = ["BucketAddresses", "bucket_addresses"]


@dataclass(frozen=True, slots=True)
class BucketAddresses:
    """Links to the bucket; None where this server or bucket has no such address."""

    origin: str
    cdn: str | None = None       # served only once the CDN is enabled for the bucket
    website: str | None = None   # served only once the bucket has a website configuration


def bucket_addresses(endpoint: str, bucket: str, region: str | None = None) -> BucketAddresses:
    """The origin, CDN and website addresses of `bucket` reached through `endpoint`.

    Spaces has all three at fixed forms; another S3 server is known only by its own endpoint,
    so only the path-style origin is given.
    """
    slug = region or region_from_endpoint(endpoint)
    if region_from_endpoint(endpoint) is None or slug is None:
        return BucketAddresses(origin=f"{endpoint.rstrip('/')}/{quote_key(bucket)}")
    try:
        cdn: str | None = cdn_url(slug, bucket)
    except InvalidInput:
        cdn = None                  # a dotted name: the CDN's certificate cannot cover it
    return BucketAddresses(origin=origin_url(slug, bucket), cdn=cdn,
                           website=website_endpoint(endpoint, bucket, slug))
