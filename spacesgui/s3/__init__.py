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
from spacesgui.s3.options import (
    Grants,
    ObjectAttributes,
    ObjectLock,
    ReadConditions,
    ServerSideEncryption,
    SSECustomerKey,
)

__all__ = [
    "CancelToken",
    "Cancelled",
    "EncryptionNotApplied",
    "Grants",
    "InvalidInput",
    "MalformedResponse",
    "NetworkError",
    "ObjectAttributes",
    "ObjectLock",
    "PermanentRedirect",
    "ReadConditions",
    "RetryEvent",
    "RetryPolicy",
    "S3Client",
    "S3Error",
    "SSECustomerKey",
    "ServerSideEncryption",
    "ServiceError",
    "Timeouts",
]
