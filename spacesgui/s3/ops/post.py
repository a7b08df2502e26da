"""S3 operation PostObject: the browser-form upload, sent by the client itself.

Mostly the app hands a form (`build_post_form`) to someone else; this sends one, so the
policy path is exercised the same way a browser would and so a sandbox can be checked.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import BinaryIO

from spacesgui.s3 import xml
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client_core import ClientCore, SignatureVersion
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.http import Request
from spacesgui.s3.models.listing import strip_etag
from spacesgui.s3.names import check_key

log = logging.getLogger(__name__)

MAX_POST_BYTES = 5 * 1024**3


@dataclass(frozen=True, slots=True)
class PostObjectResult:
    """What the server said about the stored object (ETag without its quotes)."""

    etag: str | None
    location: str | None
    version_id: str | None
    status: int


def _quote_field(name: str) -> str:
    if any(c in name for c in '"\r\n'):
        raise InvalidInput(f"A form field name cannot contain quotes or line breaks: {name!r}")
    return name


def encode_form(fields: Mapping[str, str], data: bytes, *, filename: str,
                content_type: str | None, boundary: str) -> bytes:
    """multipart/form-data with the fields first and the file last, as S3 requires."""
    out = bytearray()
    marker = f"--{boundary}\r\n".encode()
    for name, value in fields.items():
        out += marker
        out += f'Content-Disposition: form-data; name="{_quote_field(name)}"\r\n\r\n'.encode()
        out += value.encode("utf-8") + b"\r\n"
    out += marker
    out += (f'Content-Disposition: form-data; name="file"; filename="{_quote_field(filename)}"'
            "\r\n").encode()
    out += f"Content-Type: {content_type or 'application/octet-stream'}\r\n\r\n".encode()
    out += data + b"\r\n" + f"--{boundary}--\r\n".encode()
    return bytes(out)


class PostObjectOps(ClientCore):
    """Mixin of S3Client: PostObject."""

    def post_object(self, *, bucket: str, key: str, body: bytes | BinaryIO,
                    expires_in: int = 3600, signature: SignatureVersion | None = None,
                    acl: str | None = None, content_type: str | None = None,
                    content_length_range: tuple[int, int] | None = None,
                    success_action_status: int | None = None,
                    metadata: Mapping[str, str] | None = None,
                    form_fields: Mapping[str, str] | None = None, filename: str = "upload",
                    cancel: CancelToken | None = None) -> PostObjectResult:
        """Upload through a signed form; `form_fields` are sent as given (not in the policy).

        The body is read into memory: a form upload is for browser-sized files.
        """
        check_key(key)
        data = body if isinstance(body, bytes) else body.read(MAX_POST_BYTES + 1)
        if len(data) > MAX_POST_BYTES:
            raise InvalidInput("A form upload can carry at most 5 GiB; use a multipart upload")
        form = self.build_post_form(bucket=bucket, key=key, expires_in=expires_in,
                                    signature=signature,
                                    content_length_range=content_length_range, acl=acl,
                                    content_type=content_type,
                                    success_action_status=success_action_status,
                                    metadata=metadata)
        fields = {**form.fields, **(form_fields or {})}
        boundary = f"spacesgui-{secrets.token_hex(16)}"
        payload = encode_form(fields, data, filename=filename, content_type=content_type,
                              boundary=boundary)
        request: Request = self._request(
            "POST", bucket=bucket, headers={
                "Content-Type": f"multipart/form-data; boundary={boundary}"}, body=payload)
        # The policy in the form is the credential: the request itself carries no signature.
        response = self._transport.send(request, lambda _request, _now: {}, cancel=cancel)
        etag = strip_etag(response.headers.get("ETag")) or None
        location = response.headers.get("Location")
        if response.status_code == 201 and response.content.strip():
            root = xml.parse(response.content, status=201,
                             request_id=response.headers.get("x-amz-request-id"))
            etag = strip_etag(xml.text(root, "ETag")) or etag
            location = xml.text(root, "Location") or location
        return PostObjectResult(etag=etag, location=location,
                                version_id=response.headers.get("x-amz-version-id"),
                                status=response.status_code)
