"""S3Client: one keyword-only method per operation of the Spaces API reference."""

from __future__ import annotations

from spacesgui.s3.ops.acl import AclTaggingOps
from spacesgui.s3.ops.anonymous import AnonymousOps
from spacesgui.s3.ops.buckets import BucketOps
from spacesgui.s3.ops.config import BucketConfigOps
from spacesgui.s3.ops.listing import ListingOps
from spacesgui.s3.ops.multipart import MultipartOps
from spacesgui.s3.ops.objects import ObjectOps
from spacesgui.s3.ops.post import PostObjectOps


class S3Client(BucketOps, ObjectOps, MultipartOps, ListingOps, AclTaggingOps, BucketConfigOps,
               PostObjectOps, AnonymousOps):
    """A thread-safe S3 client (one HTTP session per thread) that imports no Qt.

    Construct with `S3Client(endpoint=..., region=..., access_key=..., secret_key=...,
    addressing="path"|"virtual"|"auto", signature="v4"|"v2", verify=True)`.
    """
