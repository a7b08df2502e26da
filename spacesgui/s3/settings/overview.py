"""What the overview page shows: addresses of the bucket and its usage, where reported."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput, ServiceError
from spacesgui.s3.models.config import VersioningState
from spacesgui.s3.settings.website import website_endpoint
from spacesgui.s3.spaces import cdn_url, origin_url, region_from_endpoint
from spacesgui.s3.urls import quote_key

__all__ = ["BucketAddresses", "BucketOverview", "bucket_addresses", "read_overview"]

log = logging.getLogger(__name__)


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


@dataclass(frozen=True, slots=True)
class BucketOverview:
    """The bucket at a glance; None wherever the server does not say or refused to say."""

    bucket: str
    region: str | None
    created: datetime | None
    addresses: BucketAddresses
    object_count: int | None = None   # RGW's X-RGW-Object-Count on HeadBucket
    bytes_used: int | None = None     # RGW's X-RGW-Bytes-Used on HeadBucket
    versioning: VersioningState | None = None


def read_overview(client: S3Client, bucket: str, *,
                  cancel: CancelToken | None = None) -> BucketOverview:
    """HeadBucket, then what the other reads add where they are allowed.

    HeadBucket decides: a bucket these credentials may not reach raises its refusal. The
    location, the account's bucket list (for the creation date) and the versioning state
    only fill in fields, since a key limited to some buckets may be refused ListBuckets and
    a read-only policy may refuse the rest.
    """
    head = client.head_bucket(bucket=bucket, cancel=cancel)
    region = head.region
    if region is None:
        try:
            region = client.get_bucket_location(bucket=bucket, cancel=cancel)
        except ServiceError as exc:
            log.info("No location for %s: %s", bucket, exc.code)
    created: datetime | None = None
    try:
        listed = client.list_buckets(cancel=cancel)
        created = next((b.creation_date for b in listed.buckets if b.name == bucket), None)
    except ServiceError as exc:
        log.info("No bucket list for the creation date of %s: %s", bucket, exc.code)
    versioning: VersioningState | None = None
    try:
        versioning = client.get_bucket_versioning(bucket=bucket, cancel=cancel)
    except ServiceError as exc:
        log.info("No versioning state for %s: %s", bucket, exc.code)
    spaces_region = region if region_from_endpoint(client.endpoint) is not None else None
    return BucketOverview(bucket=bucket, region=region, created=created,
                          addresses=bucket_addresses(client.endpoint, bucket, spaces_region),
                          object_count=head.object_count, bytes_used=head.bytes_used,
                          versioning=versioning)
