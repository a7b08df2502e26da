"""Headers and answers shared by the ACL, tagging and bucket-settings operations."""

from __future__ import annotations

import base64
import hashlib
import zlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from spacesgui.s3 import xml
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client_core import ClientCore
from spacesgui.s3.errors import InvalidInput, ServiceError

if TYPE_CHECKING:
    import requests

ChecksumAlgorithm = Literal["CRC32", "CRC32C", "SHA1", "SHA256"]
CHECKSUM_ALGORITHMS: tuple[ChecksumAlgorithm, ...] = ("CRC32", "CRC32C", "SHA1", "SHA256")


def _crc32c_table() -> list[int]:
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32C = _crc32c_table()


def crc32c(data: bytes) -> int:
    """Castagnoli CRC; settings documents are small, so a table loop is fast enough."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc = _CRC32C[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def checksum_headers(algorithm: ChecksumAlgorithm | None, body: bytes) -> dict[str, str]:
    """x-amz-sdk-checksum-algorithm plus the matching x-amz-checksum-* value for `body`."""
    if algorithm is None:
        return {}
    if algorithm == "CRC32":
        digest = zlib.crc32(body).to_bytes(4, "big")
    elif algorithm == "CRC32C":
        digest = crc32c(body).to_bytes(4, "big")
    elif algorithm == "SHA1":
        digest = hashlib.sha1(body).digest()  # noqa: S324 - an S3 integrity checksum
    elif algorithm == "SHA256":
        digest = hashlib.sha256(body).digest()
    else:
        raise InvalidInput(f"Unknown checksum algorithm {algorithm!r}; use one of "
                           f"{', '.join(CHECKSUM_ALGORITHMS)}")
    return {"x-amz-sdk-checksum-algorithm": algorithm,
            f"x-amz-checksum-{algorithm.lower()}": base64.b64encode(digest).decode()}


def common_headers(*, expected_bucket_owner: str | None = None, request_payer: bool = False,
                   extra_headers: Mapping[str, str] | None = None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if expected_bucket_owner is not None:
        headers["x-amz-expected-bucket-owner"] = expected_bucket_owner
    if request_payer:
        headers["x-amz-request-payer"] = "requester"
    headers.update(extra_headers or {})
    return headers


def require_valid(what: str, problems: list[str]) -> None:
    """Raise InvalidInput listing every problem, before anything is sent."""
    if problems:
        listed = "; ".join(problems)
        raise InvalidInput(f"The {what} cannot be sent: {listed}")


def version_query(version_id: str | None) -> list[tuple[str, str | None]]:
    if version_id is None:
        return []
    if not version_id:
        raise InvalidInput("A version id must not be empty (leave it unset for the latest)")
    return [("versionId", version_id)]


class SettingsCore(ClientCore):
    """Send, fetch and delete one bucket sub-resource document (?cors, ?website, ...)."""

    def _put_subresource(self, *, bucket: str, name: str, body: bytes,
                         expected_bucket_owner: str | None,
                         checksum_algorithm: ChecksumAlgorithm | None,
                         extra_headers: Mapping[str, str] | None, cancel: CancelToken | None,
                         content_type: str | None = None) -> None:
        headers = common_headers(expected_bucket_owner=expected_bucket_owner)
        if content_type is not None:
            headers["Content-Type"] = content_type
        headers.update(checksum_headers(checksum_algorithm, body))
        headers.update(extra_headers or {})
        self._send("PUT", bucket=bucket, query=[(name, None)], headers=headers, body=body,
                   xml_body=True, cancel=cancel)

    def _get_subresource(self, *, bucket: str, name: str, absent: tuple[str, ...],
                         expected_bucket_owner: str | None,
                         extra_headers: Mapping[str, str] | None,
                         cancel: CancelToken | None) -> requests.Response | None:
        """The answer, or None when the server says this setting was never set."""
        try:
            return self._send("GET", bucket=bucket, query=[(name, None)],
                              headers=common_headers(expected_bucket_owner=expected_bucket_owner,
                                                     extra_headers=extra_headers),
                              cancel=cancel)
        except ServiceError as exc:
            if exc.code in absent:
                return None
            raise

    def _parse(self, response: requests.Response) -> xml.Element:
        return xml.parse(response.content, status=response.status_code,
                         request_id=response.headers.get("x-amz-request-id"))

    def _delete_subresource(self, *, bucket: str, name: str,
                            expected_bucket_owner: str | None,
                            extra_headers: Mapping[str, str] | None,
                            cancel: CancelToken | None) -> None:
        self._send("DELETE", bucket=bucket, query=[(name, None)],
                   headers=common_headers(expected_bucket_owner=expected_bucket_owner,
                                          extra_headers=extra_headers), cancel=cancel)
