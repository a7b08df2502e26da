"""S3 operations: objects."""

from __future__ import annotations

from spacesgui.s3.client_core import ClientCore


class ObjectOps(ClientCore):
    """Mixin of S3Client; each public method is one operation of the spec."""
