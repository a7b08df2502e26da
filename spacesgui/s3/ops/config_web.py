"""S3 operations for what browsers and the web see: CORS, preflight, website and access logs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client_core import USER_AGENT, route_localhost
from spacesgui.s3.errors import InvalidInput, ServiceError
from spacesgui.s3.http import Request, error_from_response
from spacesgui.s3.models.config import (
    CORS_METHODS,
    BucketLoggingStatus,
    CorsConfiguration,
    PreflightResult,
    WebsiteAnswer,
    WebsiteConfiguration,
)
from spacesgui.s3.ops.anonymous import unsigned
from spacesgui.s3.ops.config_common import ChecksumAlgorithm, SettingsCore, require_valid


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


class CorsWebsiteOps(SettingsCore):
    """CORS rules and the preflight that proves them, static website and logging settings."""

    # --- CORS ---------------------------------------------------------------------------

    def put_bucket_cors(self, *, bucket: str, configuration: CorsConfiguration,
                        expected_bucket_owner: str | None = None,
                        checksum_algorithm: ChecksumAlgorithm | None = None,
                        extra_headers: Mapping[str, str] | None = None,
                        cancel: CancelToken | None = None) -> None:
        """Replace all CORS rules of the bucket."""
        require_valid("CORS configuration", configuration.problems())
        self._put_subresource(bucket=bucket, name="cors", body=configuration.to_xml(),
                              expected_bucket_owner=expected_bucket_owner,
                              checksum_algorithm=checksum_algorithm,
                              extra_headers=extra_headers, cancel=cancel)

    def get_bucket_cors(self, *, bucket: str, expected_bucket_owner: str | None = None,
                        extra_headers: Mapping[str, str] | None = None,
                        cancel: CancelToken | None = None) -> CorsConfiguration:
        """The CORS rules; an empty CorsConfiguration (no rules) when none are set."""
        response = self._get_subresource(bucket=bucket, name="cors",
                                         absent=("NoSuchCORSConfiguration",),
                                         expected_bucket_owner=expected_bucket_owner,
                                         extra_headers=extra_headers, cancel=cancel)
        if response is None:
            return CorsConfiguration()
        return CorsConfiguration.from_xml(self._parse(response))

    def delete_bucket_cors(self, *, bucket: str, expected_bucket_owner: str | None = None,
                           extra_headers: Mapping[str, str] | None = None,
                           cancel: CancelToken | None = None) -> None:
        """Remove the bucket's CORS rules (DeleteBucketCors)."""
        self._delete_subresource(bucket=bucket, name="cors",
                                 expected_bucket_owner=expected_bucket_owner,
                                 extra_headers=extra_headers, cancel=cancel)

    def preflight_object(self, *, bucket: str, key: str, origin: str, method: str,
                         request_headers: Sequence[str] = (),
                         cancel: CancelToken | None = None) -> PreflightResult:
        """Ask as a browser would (unsigned OPTIONS) whether `origin` may `method` this key.

        A refusal is an answer here, not an error: it comes back as `allowed=False`.
        """
        if not origin.strip():
            raise InvalidInput("A preflight needs the origin a browser would send")
        if method not in CORS_METHODS:
            raise InvalidInput(f"{method!r} is not a CORS method; use {', '.join(CORS_METHODS)}")
        headers = {"Origin": origin, "Access-Control-Request-Method": method}
        if request_headers:
            headers["Access-Control-Request-Headers"] = ", ".join(request_headers)
        request = self._request("OPTIONS", bucket=bucket, key=key, headers=headers)
        try:
            response = self._transport.send(request, unsigned, cancel=cancel)
        except ServiceError as exc:
            if exc.status in (400, 403):
                return PreflightResult(allowed=False, status=exc.status)
            raise
        got = response.headers
        allow_origin = got.get("Access-Control-Allow-Origin")
        allow_methods = _split(got.get("Access-Control-Allow-Methods"))
        max_age = got.get("Access-Control-Max-Age", "").strip()
        return PreflightResult(
            allowed=allow_origin in (origin, "*") and (not allow_methods
                                                     or method in allow_methods),
            status=response.status_code, allow_origin=allow_origin,
            allow_methods=allow_methods,
            allow_headers=_split(got.get("Access-Control-Allow-Headers")),
            expose_headers=_split(got.get("Access-Control-Expose-Headers")),
            max_age=int(max_age) if max_age.isdigit() else None,
            allow_credentials=got.get("Access-Control-Allow-Credentials", "") == "true")

    # --- website ------------------------------------------------------------------------

    def put_bucket_website(self, *, bucket: str, configuration: WebsiteConfiguration,
                           expected_bucket_owner: str | None = None,
                           checksum_algorithm: ChecksumAlgorithm | None = None,
                           extra_headers: Mapping[str, str] | None = None,
                           cancel: CancelToken | None = None) -> None:
        """Serve the bucket as a static website (PutBucketWebsite); invalid rules are refused."""
        require_valid("website configuration", configuration.problems())
        self._put_subresource(bucket=bucket, name="website", body=configuration.to_xml(),
                              expected_bucket_owner=expected_bucket_owner,
                              checksum_algorithm=checksum_algorithm,
                              extra_headers=extra_headers, cancel=cancel)

    def get_bucket_website(self, *, bucket: str, expected_bucket_owner: str | None = None,
                           extra_headers: Mapping[str, str] | None = None,
                           cancel: CancelToken | None = None) -> WebsiteConfiguration | None:
        """The website settings, or None when the bucket is not configured as a website."""
        response = self._get_subresource(bucket=bucket, name="website",
                                         absent=("NoSuchWebsiteConfiguration",),
                                         expected_bucket_owner=expected_bucket_owner,
                                         extra_headers=extra_headers, cancel=cancel)
        if response is None:
            return None
        return WebsiteConfiguration.from_xml(self._parse(response))

    def delete_bucket_website(self, *, bucket: str, expected_bucket_owner: str | None = None,
                              extra_headers: Mapping[str, str] | None = None,
                              cancel: CancelToken | None = None) -> None:
        """Stop serving the bucket as a website (DeleteBucketWebsite)."""
        self._delete_subresource(bucket=bucket, name="website",
                                 expected_bucket_owner=expected_bucket_owner,
                                 extra_headers=extra_headers, cancel=cancel)

    def fetch_website(self, *, url: str, limit: int = 4096,
                      cancel: CancelToken | None = None) -> WebsiteAnswer:
        """GET `url` as a visitor would (unsigned), keeping the first `limit` bytes of the page.

        A refusal or a redirect is an answer here, not an error; only an unreachable address
        raises (NetworkError).
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidInput(f"{url!r} is not a web address (http:// or https://)")
        headers = {"User-Agent": USER_AGENT}
        wire_url = route_localhost(url, headers)
        request = Request("GET", wire_url, headers, None, resource=url)
        # A redirect and an error document are what a visitor gets: answers, not failures.
        response = self._transport.send(request, unsigned, cancel=cancel, stream=True,
                                        answers=range(300, 500))
        try:
            head = b""
            for chunk in response.iter_content(limit):
                head += chunk
                if len(head) >= limit:
                    break
        finally:
            response.close()
        content_type = response.headers.get("Content-Type")
        code, message = None, ""
        if response.status_code >= 300 and (content_type or "").endswith("/xml"):
            error = error_from_response(response, request)  # the S3 API's own <Error>
            code, message = error.code, error.message
        return WebsiteAnswer(url=url, status=response.status_code, content_type=content_type,
                             head=head[:limit], code=code, message=message,
                             location=response.headers.get("Location"))

    # --- access logging -----------------------------------------------------------------

    def put_bucket_logging(self, *, bucket: str, status: BucketLoggingStatus,
                           expected_bucket_owner: str | None = None,
                           checksum_algorithm: ChecksumAlgorithm | None = None,
                           extra_headers: Mapping[str, str] | None = None,
                           cancel: CancelToken | None = None) -> None:
        """Turn access logging on (a target bucket) or off (`BucketLoggingStatus()`)."""
        require_valid("logging configuration", status.problems(source_bucket=bucket))
        self._put_subresource(bucket=bucket, name="logging", body=status.to_xml(),
                              expected_bucket_owner=expected_bucket_owner,
                              checksum_algorithm=checksum_algorithm,
                              extra_headers=extra_headers, cancel=cancel)

    def get_bucket_logging(self, *, bucket: str, expected_bucket_owner: str | None = None,
                           extra_headers: Mapping[str, str] | None = None,
                           cancel: CancelToken | None = None) -> BucketLoggingStatus:
        """The logging target; `enabled` is False when logging is off."""
        response = self._get_subresource(bucket=bucket, name="logging", absent=(),
                                         expected_bucket_owner=expected_bucket_owner,
                                         extra_headers=extra_headers, cancel=cancel)
        if response is None:
            return BucketLoggingStatus()
        return BucketLoggingStatus.from_xml(self._parse(response))
