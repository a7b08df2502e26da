"""Pure-Python S3 client for DigitalOcean Spaces and other S3-compatible stores (no Qt)."""

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import (
    Cancelled,
    EncryptionNotApplied,
    InvalidInput,
    MalformedResponse,
    NetworkError,
    PermanentRedirect,
    S3Error,
    ServiceError,
)
from spacesgui.s3.http import RetryEvent, RetryPolicy, Timeouts

__all__ = [
    "CancelToken",
    "Cancelled",
    "EncryptionNotApplied",
    "InvalidInput",
    "MalformedResponse",
    "NetworkError",
    "PermanentRedirect",
    "RetryEvent",
    "RetryPolicy",
    "S3Client",
    "S3Error",
    "ServiceError",
    "Timeouts",
]
