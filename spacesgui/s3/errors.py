"""Typed errors of the S3 core: every failure the UI must explain has its own class."""

from __future__ import annotations

from spacesgui.errors import UserFacingError


class S3Error(Exception):
    """Base of every error the core raises on purpose."""


class InvalidInput(S3Error, UserFacingError, ValueError):
    """The caller passed something the server would reject or that is unsafe (caught locally).

    The message says what is wrong in the user's words.
    """


class ServiceError(S3Error):
    """The server answered with an S3 error document or an error status."""

    def __init__(
        self,
        *,
        code: str,
        message: str,
        status: int,
        request_id: str | None = None,
        host_id: str | None = None,
        resource: str | None = None,
        method: str | None = None,
    ) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message
        self.status = status
        self.request_id = request_id
        self.host_id = host_id
        self.resource = resource
        self.method = method

    def __str__(self) -> str:
        where = f" on {self.resource}" if self.resource else ""
        rid = f", request id {self.request_id}" if self.request_id else ""
        text = f"{self.code}: {self.message}" if self.message else self.code
        return f"{text} (HTTP {self.status}{where}{rid})"


class PermanentRedirect(ServiceError):
    """The bucket lives elsewhere; `endpoint` names the host the request must go to."""

    def __init__(self, *, endpoint: str | None, bucket: str | None, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.endpoint = endpoint
        self.bucket = bucket

    def __str__(self) -> str:
        target = self.endpoint or "another endpoint"
        name = f"Bucket {self.bucket!r}" if self.bucket else "This bucket"
        return f"{name} must be addressed at {target} ({super().__str__()})"


class MalformedResponse(S3Error):
    """The server's answer could not be understood (bad XML, missing fields, hostile content)."""

    def __init__(self, message: str, *, status: int | None = None,
                 request_id: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.request_id = request_id


class NetworkError(S3Error):
    """The request never got an HTTP answer: DNS, refused, reset, TLS or timeout."""

    def __init__(self, message: str, *, endpoint: str | None = None) -> None:
        super().__init__(message)
        self.endpoint = endpoint


class Cancelled(S3Error):
    """The operation was cancelled through its CancelToken."""


class EncryptionNotApplied(S3Error, UserFacingError):
    """The server stored data without the SSE-C encryption asked for (RGW 16.2 on CopyObject).

    The client has already tried to remove the clear-text object; `removed` says whether it could.
    """

    def __init__(self, resource: str, *, removed: bool) -> None:
        outcome = ("the unencrypted copy was removed" if removed
                   else "removing the unencrypted copy failed: delete it by hand")
        super().__init__(f"The server ignored the encryption key for {resource} and stored it "
                         f"unencrypted; {outcome}")
        self.resource = resource
        self.removed = removed
