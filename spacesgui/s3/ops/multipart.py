"""S3 operations: multipart."""

from __future__ import annotations

from spacesgui.s3.client_core import ClientCore


class MultipartOps(ClientCore):
    """Mixin of S3Client; each public method is one operation of the spec."""
