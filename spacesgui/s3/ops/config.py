"""S3 operations: config."""

from __future__ import annotations

from spacesgui.s3.client_core import ClientCore


class BucketConfigOps(ClientCore):
    """Mixin of S3Client; each public method is one operation of the spec."""
