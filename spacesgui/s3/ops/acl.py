"""S3 operations: acl."""

from __future__ import annotations

from spacesgui.s3.client_core import ClientCore


class AclTaggingOps(ClientCore):
    """Mixin of S3Client; each public method is one operation of the spec."""
