"""What a visitor without credentials gets: an unsigned GET of a bucket listing or of a key.

The permissions editor proves its effect with this: after "public-read" the listing must
answer 200, after "private" 403. The request goes through the client's own transport, so it
uses the account's endpoint, addressing, TLS verification and proxy, and carries no
Authorization header, no signed query string and no credentials of any kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from spacesgui.s3 import xml
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client_core import ClientCore
from spacesgui.s3.errors import MalformedResponse, ServiceError
from spacesgui.s3.http import Request

__all__ = ["SHOWN_HEADERS", "AnonymousAnswer", "AnonymousOps", "unsigned"]

# The answer's headers worth showing: what was served, and who to quote when asking support.
SHOWN_HEADERS = ("Content-Type", "Content-Length", "Last-Modified", "ETag", "Cache-Control",
                 "x-amz-request-id")

_LISTING_LIMIT = 1000


def unsigned(request: Request, now: datetime) -> dict[str, str]:
    """The signer of a request made as nobody: it adds nothing."""
    return {}


@dataclass(frozen=True, slots=True)
class AnonymousAnswer:
    """The server's answer to an anonymous GET: the status, and what it says.

    `code` and `message` are the S3 error's, for a refusal; `key_count` is how many keys a
    listing showed (up to 1000, `truncated` when there are more), `size` the length of a
    served object.
    """

    status: int
    reason: str
    key: str = ""
    code: str | None = None
    message: str = ""
    request_id: str | None = None
    key_count: int | None = None
    truncated: bool = False
    size: int | None = None
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def allowed(self) -> bool:
        return self.status < 300

    def summary(self) -> str:
        """One line: "200 OK: 3 keys listed", "200 OK: 1,204 bytes", "403 AccessDenied: ..."."""
        if not self.allowed:
            told = f": {self.message}" if self.message and self.message != self.code else ""
            return f"{self.status} {self.code or self.reason}{told}"
        if self.key_count is not None:
            more = " (the first page; there are more)" if self.truncated else ""
            noun = "key" if self.key_count == 1 else "keys"
            return f"{self.status} {self.reason}: {self.key_count:,} {noun} listed{more}"
        if self.size is not None:
            return f"{self.status} {self.reason}: {self.size:,} bytes served"
        return f"{self.status} {self.reason}"


def _shown(headers: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType({name: headers[name] for name in SHOWN_HEADERS if name in headers})


class AnonymousOps(ClientCore):
    """Mixin of S3Client: requests made the way a browser without an account makes them."""

    def anonymous_get(self, *, bucket: str, key: str = "",
                      cancel: CancelToken | None = None) -> AnonymousAnswer:
        """GET the bucket's listing (no `key`) or one key, unsigned.

        A refusal is an answer here, not an error: it comes back with its status and code.
        An object's body is not downloaded; its length comes from the headers.

        Raises:
            NetworkError: the server could not be reached.
        """
        query = [("max-keys", str(_LISTING_LIMIT))] if not key else []
        request: Request = self._request("GET", bucket=bucket, key=key, query=query)
        try:
            response = self._transport.send(request, unsigned, cancel=cancel, stream=bool(key))
        except ServiceError as exc:
            return AnonymousAnswer(exc.status, exc.code, key, exc.code, exc.message,
                                   exc.request_id)
        headers = response.headers
        request_id = headers.get("x-amz-request-id")
        if key:
            response.close()
            length = headers.get("Content-Length", "")
            return AnonymousAnswer(response.status_code, response.reason or "", key,
                                   request_id=request_id,
                                   size=int(length) if length.isdigit() else None,
                                   headers=_shown(headers))
        root = xml.parse(response.content, status=response.status_code, request_id=request_id)
        if xml.local(root) != "ListBucketResult":
            raise MalformedResponse(f"A bucket listing was expected, not <{xml.local(root)}>",
                                    status=response.status_code, request_id=request_id)
        return AnonymousAnswer(response.status_code, response.reason or "", key,
                               request_id=request_id,
                               key_count=sum(1 for _ in xml.children(root, "Contents")),
                               truncated=xml.bool_text(root, "IsTruncated"),
                               headers=_shown(headers))
