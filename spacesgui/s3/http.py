"""HTTP transport: one requests Session per thread, timeouts, retries, clock-skew correction.

Every attempt is signed afresh (a retried request must carry a new date, or a long upload dies of
RequestTimeTooSkewed half an hour in), and the body is rewound, never buffered.
"""

from __future__ import annotations

import email.utils
import logging
import random
import threading
import time
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, BinaryIO, Protocol
from urllib.parse import urlsplit

from spacesgui.s3 import xml
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import (
    Cancelled,
    MalformedResponse,
    NetworkError,
    PermanentRedirect,
    ServiceError,
)
from spacesgui.s3.pacing import SHARED, Pacing

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({500, 502, 503, 504})
MAX_ERROR_BODY = 256 * 1024
MAX_RETRY_AFTER = 120.0
Body = bytes | BinaryIO | None


# requests and urllib3 are imported on the first request, not with this module: they take
# about as long to import as the window takes to paint, and the window paints first.
@cache
def _retryable_exceptions() -> tuple[type[Exception], ...]:
    import requests
    import urllib3.exceptions
    return (requests.ConnectionError, requests.Timeout,
            requests.exceptions.ChunkedEncodingError, urllib3.exceptions.ProtocolError)


def load_network_stack() -> None:
    """Import what the first request needs now (an app calls this off the GUI thread once its
    window has painted, so the first listing does not wait for the import)."""
    _retryable_exceptions()
    from spacesgui.s3 import quick_ack  # noqa: F401 - imported for its side effect: loaded


@dataclass(frozen=True, slots=True)
class Timeouts:
    connect: float = 10.0
    read: float = 120.0


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with full jitter: sleep = uniform(0, min(cap, base * 2**attempt))."""

    max_attempts: int = 6
    base: float = 0.25
    cap: float = 20.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        return rng.uniform(0.0, min(self.cap, self.base * (2 ** attempt)))


@dataclass(slots=True)
class Request:
    method: str
    url: str                      # exactly as sent on the wire
    headers: dict[str, str] = field(default_factory=dict)
    body: Body = None
    payload_hash: str = ""        # filled by the client: sha256 hex or UNSIGNED-PAYLOAD
    bucket_in_host: str | None = None
    resource: str = ""            # "bucket/key" for error messages


@dataclass(frozen=True, slots=True)
class RetryEvent:
    """Told to the caller before each retry, so progress can rewind and the UI show "throttled"."""

    attempt: int
    delay: float
    reason: str
    throttled: bool
    rate: float | None = None     # requests/s the app now allows itself there, if paced


class Signer(Protocol):
    def __call__(self, request: Request, now: datetime) -> dict[str, str]: ...


class Transport:
    def __init__(self, *, verify: bool | str = True, timeouts: Timeouts | None = None,
                 retry: RetryPolicy | None = None, proxies: dict[str, str] | None = None,
                 clock: Callable[[], float] = time.time, rng: random.Random | None = None,
                 pacing: Pacing | None = None) -> None:
        self.verify = verify
        self.pacing = pacing or SHARED
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        self.proxies = proxies
        self._clock = clock
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography
        self._skew = 0.0
        self._local = threading.local()

    def now(self) -> datetime:
        """The client's idea of the server's time: local clock plus the measured skew."""
        return datetime.fromtimestamp(self._clock() + self._skew, tz=UTC)

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            import requests

            from spacesgui.s3 import quick_ack
            session = requests.Session()
            quick_ack.mount(session)
            self._local.session = session
        return session

    def send(self, request: Request, sign: Signer, *, cancel: CancelToken | None = None,
             stream: bool = False, on_retry: Callable[[RetryEvent], None] | None = None,
             answers: Container[int] = (),
             ) -> requests.Response:
        """Send with retries; return a 2xx response (content read unless `stream`) or raise.

        A status in `answers` is returned too, unretried, its body read up to the error cap:
        for a caller to whom a redirect or a refusal is the answer itself (a website visit).
        """
        start = _tell(request.body)
        skew_fixed = False
        attempt = 0
        while True:
            if cancel is not None:
                cancel.raise_if_cancelled()
            _seek(request.body, start)
            try:
                with self.pacing.permit(*_budget_key(request), cancel) as permit:
                    response = self._attempt(request, sign, stream=stream)
                    permit.answer(response.status_code)
            except _retryable_exceptions() as exc:
                failure: Exception = _network_error(exc, request)
                retryable = not _is_tls_failure(exc)
                delay, throttled = self.retry.delay(attempt, self._rng), False
            else:
                if response.status_code < 300 or response.status_code in answers:
                    return response
                failure = error = error_from_response(response, request)
                if error.code == "RequestTimeTooSkewed" and not skew_fixed:
                    skew_fixed = self._correct_skew(response)
                    if skew_fixed:
                        continue
                retryable = response.status_code in RETRY_STATUSES
                delay = (_retry_after(response, self._clock())
                         or self.retry.delay(attempt, self._rng))
                throttled = error.code == "SlowDown" or response.status_code == 503
            attempt += 1
            if not retryable or attempt >= self.retry.max_attempts or not _rewindable(request.body):
                raise failure
            log.info("retrying %s %s in %.2fs (attempt %d): %s", request.method, request.resource,
                     delay, attempt + 1, failure)
            if on_retry is not None:
                pace = permit.pace()
                on_retry(RetryEvent(attempt, delay, str(failure), throttled,
                                    pace.rate if pace is not None else None))
            if cancel is None:
                time.sleep(delay)
            elif cancel.wait(delay):
                raise Cancelled("cancelled")

    def _attempt(self, request: Request, sign: Signer, *, stream: bool) -> requests.Response:
        import requests
        headers = dict(request.headers)
        headers.update(sign(request, self.now()))
        prepared = requests.Request(request.method, request.url, headers=headers,
                                    data=request.body).prepare()
        # requests collapses "." and ".." segments; S3 keys may contain them, and the signature
        # covers the path exactly as given, so the wire URL is restored after preparing.
        prepared.url = request.url
        if request.body is None and request.method in ("PUT", "POST"):
            prepared.headers["Content-Length"] = "0"
        log.debug("%s %s", request.method, request.url)
        response = self._session().send(
            prepared, stream=True, verify=self.verify, proxies=self.proxies or {},
            timeout=(self.timeouts.connect, self.timeouts.read), allow_redirects=False)
        if not stream or response.status_code >= 300:
            limit = MAX_ERROR_BODY if response.status_code >= 300 else xml.MAX_DOCUMENT_BYTES
            response._content = read_capped(response, limit)
        return response

    def _correct_skew(self, response: requests.Response) -> bool:
        try:
            parsed = email.utils.parsedate_to_datetime(response.headers.get("Date", ""))
        except (TypeError, ValueError):
            return False
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        self._skew = (parsed - datetime.fromtimestamp(self._clock(), tz=UTC)).total_seconds()
        log.warning("clock differs from the server's by %.0f s; correcting", self._skew)
        return True


def read_capped(response: requests.Response, limit: int) -> bytes:
    """Read a body no larger than `limit`; a hostile server cannot make us buffer gigabytes."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > limit:
            response.close()
            raise MalformedResponse(f"The server's answer exceeded {limit} bytes",
                                    status=response.status_code,
                                    request_id=response.headers.get("x-amz-request-id"))
        chunks.append(chunk)
    return b"".join(chunks)


_STATUS_CODES = {301: "PermanentRedirect", 304: "NotModified", 400: "BadRequest",
                 403: "AccessDenied", 404: "NotFound", 405: "MethodNotAllowed",
                 409: "Conflict", 412: "PreconditionFailed", 416: "InvalidRange",
                 501: "NotImplemented", 503: "ServiceUnavailable"}


def error_from_response(response: requests.Response, request: Request) -> ServiceError:
    status = response.status_code
    request_id = response.headers.get("x-amz-request-id")
    host_id = response.headers.get("x-amz-id-2")
    code, message = _STATUS_CODES.get(status, f"HTTP{status}"), response.reason or ""
    resource = None
    endpoint = None
    body = response.content if request.method != "HEAD" else b""
    if body.strip().startswith(b"<"):
        try:
            root = xml.parse(body, status=status, request_id=request_id)
            if xml.local(root) == "Error":
                # All or nothing: an unreadable field leaves the status's own code.
                code, message, request_id, host_id, resource, endpoint = (
                    xml.text(root, "Code") or code, xml.text(root, "Message") or message,
                    xml.text(root, "RequestId") or request_id,
                    xml.text(root, "HostId") or host_id, xml.text(root, "Resource"),
                    xml.text(root, "Endpoint"))
        except MalformedResponse:
            pass
    kwargs = {"code": code[:200], "message": message[:2000], "status": status,  # hostile-size cap
              "request_id": request_id, "host_id": host_id,
              "resource": resource or request.resource or None, "method": request.method}
    if status == 301 or code == "PermanentRedirect":
        region = response.headers.get("x-amz-bucket-region")
        if endpoint is None and region:
            endpoint = f"{region}.digitaloceanspaces.com"
        return PermanentRedirect(endpoint=endpoint, bucket=request.bucket_in_host or
                                 request.resource.partition("/")[0] or None, **kwargs)
    return ServiceError(**kwargs)  # type: ignore[arg-type]


def _retry_after(response: requests.Response, now: float) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = (when - (datetime.fromtimestamp(now, tz=UTC))).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _is_tls_failure(exc: BaseException) -> bool:
    import requests
    return isinstance(exc, requests.exceptions.SSLError)


def _network_error(exc: Exception, request: Request) -> NetworkError:
    import requests
    host = request.url.split("/")[2] if "://" in request.url else request.url
    kind = "timed out" if isinstance(exc, requests.Timeout) else "failed"
    if _is_tls_failure(exc):
        kind = "failed TLS verification"
    error = NetworkError(f"Connection to {host} {kind}: {exc}", endpoint=host)
    error.__cause__ = exc
    return error


def _budget_key(request: Request) -> tuple[str, str | None]:
    """The endpoint (host without the bucket) and the bucket a request counts against."""
    host = request.headers.get("Host") or urlsplit(request.url).netloc
    if request.bucket_in_host and host.startswith(f"{request.bucket_in_host}."):
        host = host[len(request.bucket_in_host) + 1:]
    return host, request.bucket_in_host or request.resource.partition("/")[0] or None


def _tell(body: Body) -> int:
    if body is None or isinstance(body, bytes):
        return 0
    try:
        return body.tell()
    except (OSError, AttributeError):
        return -1


def _seek(body: Body, position: int) -> None:
    if body is not None and not isinstance(body, bytes) and position >= 0:
        body.seek(position)


def _rewindable(body: Body) -> bool:
    return body is None or isinstance(body, bytes) or _tell(body) >= 0
