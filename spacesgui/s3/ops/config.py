"""S3 operations: bucket settings (CORS, website, logging, policy, versioning, lifecycle)."""

from __future__ import annotations

from spacesgui.s3.ops.config_rules import PolicyLifecycleOps
from spacesgui.s3.ops.config_web import CorsWebsiteOps


class BucketConfigOps(CorsWebsiteOps, PolicyLifecycleOps):
    """Mixin of S3Client; each public method is one operation of the spec."""
