"""S3 operations: listing."""

from __future__ import annotations

from spacesgui.s3.client_core import ClientCore


class ListingOps(ClientCore):
    """Mixin of S3Client; each public method is one operation of the spec."""
