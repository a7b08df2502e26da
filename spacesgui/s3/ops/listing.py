"""S3 operations: listing objects, versions, multipart uploads and parts, one page per call."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client_core import ClientCore
from spacesgui.s3.errors import InvalidInput, MalformedResponse, ServiceError
from spacesgui.s3.models.listing import (
    ObjectPage,
    PartPage,
    UploadPage,
    VersionPage,
    parse_object_page,
    parse_part_page,
    parse_upload_page,
    parse_version_page,
)

log = logging.getLogger(__name__)

# list_objects_page tokens say which API they continue: "v2:<continuation token>" or
# "v1:<marker>". The GUI only passes them back; it never looks inside.
_V2_TAG = "v2:"
_V1_TAG = "v1:"


def _check_count(name: str, value: int | None, high: int) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise InvalidInput(f"{name} must be a whole number from 0 to {high}, not {value!r}")


def _headers(expected_bucket_owner: str | None, request_payer: str | None = None,
             extra_headers: Mapping[str, str] | None = None) -> dict[str, str]:
    headers = dict(extra_headers or {})
    if expected_bucket_owner is not None:
        headers["x-amz-expected-bucket-owner"] = expected_bucket_owner
    if request_payer is not None:
        headers["x-amz-request-payer"] = request_payer
    return headers


def _add(query: list[tuple[str, str | None]], name: str, value: object) -> None:
    if value is not None and value != "":
        query.append((name, str(value)))


class ListingOps(ClientCore):
    """Mixin of S3Client; each public method is one operation of the spec."""

    _listing_v1_only: bool = False  # set once the server answers V2 with NotImplemented

    def list_objects_v2(self, *, bucket: str, prefix: str = "", delimiter: str | None = None,
                        max_keys: int | None = None, continuation_token: str | None = None,
                        start_after: str | None = None, fetch_owner: bool = False,
                        expected_bucket_owner: str | None = None,
                        request_payer: str | None = None,
                        extra_headers: Mapping[str, str] | None = None,
                        cancel: CancelToken | None = None) -> ObjectPage:
        """One page of ListObjectsV2; `next_token` is the NextContinuationToken."""
        _check_count("max_keys", max_keys, 1000)
        query: list[tuple[str, str | None]] = [("list-type", "2"), ("encoding-type", "url")]
        _add(query, "prefix", prefix)
        _add(query, "delimiter", delimiter)
        _add(query, "max-keys", max_keys)
        _add(query, "continuation-token", continuation_token)
        _add(query, "start-after", start_after)
        if fetch_owner:
            query.append(("fetch-owner", "true"))
        root, _ = self._send_xml("GET", bucket=bucket, query=query, cancel=cancel,
                                 headers=_headers(expected_bucket_owner, request_payer,
                                                  extra_headers))
        return parse_object_page(root, v2=True, request_prefix=prefix)

    def list_objects(self, *, bucket: str, prefix: str = "", delimiter: str | None = None,
                     max_keys: int | None = None, marker: str | None = None,
                     expected_bucket_owner: str | None = None, request_payer: str | None = None,
                     extra_headers: Mapping[str, str] | None = None,
                     cancel: CancelToken | None = None) -> ObjectPage:
        """One page of the legacy ListObjects; `next_token` is the marker for the next page."""
        _check_count("max_keys", max_keys, 1000)
        query: list[tuple[str, str | None]] = [("encoding-type", "url")]
        _add(query, "prefix", prefix)
        _add(query, "delimiter", delimiter)
        _add(query, "max-keys", max_keys)
        _add(query, "marker", marker)
        root, _ = self._send_xml("GET", bucket=bucket, query=query, cancel=cancel,
                                 headers=_headers(expected_bucket_owner, request_payer,
                                                  extra_headers))
        return parse_object_page(root, v2=False, request_prefix=prefix)

    def list_objects_page(self, *, bucket: str, prefix: str = "", delimiter: str = "/",
                          token: str | None = None, max_keys: int = 1000,
                          cancel: CancelToken | None = None) -> ObjectPage:
        """The page the GUI shows next: V2, falling back to V1 markers where V2 misbehaves.

        Spaces documents "list-objects-v2 pagination" as unsupported, so a V2 page that is
        truncated without a token, or hands back the token it was given, continues with V1
        from the page's last entry; NotImplemented switches this client to V1 for good.
        """
        if token is not None and not token.startswith((_V1_TAG, _V2_TAG)):
            raise InvalidInput("This listing token was not made by list_objects_page")
        use_v1 = self._listing_v1_only
        if token is not None and token.startswith(_V1_TAG):
            return self._page_v1(bucket=bucket, prefix=prefix, delimiter=delimiter,
                                 marker=token[len(_V1_TAG):], max_keys=max_keys, cancel=cancel)
        sent = token[len(_V2_TAG):] if token else None
        if not use_v1:
            try:
                page = self.list_objects_v2(bucket=bucket, prefix=prefix,
                                            delimiter=delimiter or None, max_keys=max_keys,
                                            continuation_token=sent, cancel=cancel)
            except ServiceError as exc:
                if exc.code != "NotImplemented" and exc.status != 501:
                    raise
                log.warning("ListObjectsV2 is not implemented here; listing with V1 markers")
                self._listing_v1_only = True
            else:
                return self._continue_v2(page, sent)
        if sent is not None:
            raise InvalidInput("This listing token belongs to ListObjectsV2, which the server "
                               "no longer accepts; start the listing again")
        return self._page_v1(bucket=bucket, prefix=prefix, delimiter=delimiter, marker=None,
                             max_keys=max_keys, cancel=cancel)

    def _continue_v2(self, page: ObjectPage, sent: str | None) -> ObjectPage:
        if not page.is_truncated:
            return ObjectPage(page.objects, page.prefixes, None, False)
        if page.next_token and page.next_token != sent:
            return ObjectPage(page.objects, page.prefixes, _V2_TAG + page.next_token, True)
        last = _page_last_entry(page)
        if last is None:
            raise MalformedResponse("The server said the listing goes on but gave neither a "
                                    "token nor an entry to continue after")
        log.warning("ListObjectsV2 paging is broken here (%s); continuing with V1 markers",
                    "token repeated" if page.next_token else "no token")
        return ObjectPage(page.objects, page.prefixes, _V1_TAG + last, True)

    def _page_v1(self, *, bucket: str, prefix: str, delimiter: str, marker: str | None,
                 max_keys: int, cancel: CancelToken | None) -> ObjectPage:
        page = self.list_objects(bucket=bucket, prefix=prefix, delimiter=delimiter or None,
                                 max_keys=max_keys, marker=marker or None, cancel=cancel)
        if not page.is_truncated:
            return ObjectPage(page.objects, page.prefixes, None, False)
        if not page.next_token or page.next_token == marker:
            raise MalformedResponse("The server said the listing goes on but its next marker "
                                    "does not move on")
        return ObjectPage(page.objects, page.prefixes, _V1_TAG + page.next_token, True)

    def list_object_versions(self, *, bucket: str, prefix: str = "",
                             delimiter: str | None = None, max_keys: int | None = None,
                             key_marker: str | None = None,
                             version_id_marker: str | None = None,
                             expected_bucket_owner: str | None = None,
                             extra_headers: Mapping[str, str] | None = None,
                             cancel: CancelToken | None = None) -> VersionPage:
        """One page of versions and delete markers, in the server's order per kind."""
        _check_count("max_keys", max_keys, 1000)
        if version_id_marker and not key_marker:
            raise InvalidInput("version_id_marker needs the key_marker it belongs to")
        query: list[tuple[str, str | None]] = [("versions", None), ("encoding-type", "url")]
        _add(query, "prefix", prefix)
        _add(query, "delimiter", delimiter)
        _add(query, "max-keys", max_keys)
        _add(query, "key-marker", key_marker)
        _add(query, "version-id-marker", version_id_marker)
        root, _ = self._send_xml("GET", bucket=bucket, query=query, cancel=cancel,
                                 headers=_headers(expected_bucket_owner, None, extra_headers))
        return parse_version_page(root, request_prefix=prefix)

    def list_multipart_uploads(self, *, bucket: str, prefix: str = "",
                               delimiter: str | None = None, max_uploads: int | None = None,
                               key_marker: str | None = None,
                               upload_id_marker: str | None = None,
                               expected_bucket_owner: str | None = None,
                               extra_headers: Mapping[str, str] | None = None,
                               cancel: CancelToken | None = None) -> UploadPage:
        """One page of unfinished multipart uploads.

        No `encoding-type=url` here: RGW 16.2 then encodes the keys but omits the
        <EncodingType> element that says so, so a key such as `a%41` could not be read back.
        """
        _check_count("max_uploads", max_uploads, 1000)
        if upload_id_marker and not key_marker:
            raise InvalidInput("upload_id_marker needs the key_marker it belongs to")
        query: list[tuple[str, str | None]] = [("uploads", None)]
        _add(query, "prefix", prefix)
        _add(query, "delimiter", delimiter)
        _add(query, "max-uploads", max_uploads)
        _add(query, "key-marker", key_marker)
        _add(query, "upload-id-marker", upload_id_marker)
        root, _ = self._send_xml("GET", bucket=bucket, query=query, cancel=cancel,
                                 headers=_headers(expected_bucket_owner, None, extra_headers))
        return parse_upload_page(root, request_prefix=prefix)

    def list_parts(self, *, bucket: str, key: str, upload_id: str,
                   max_parts: int | None = None, part_number_marker: int | None = None,
                   expected_bucket_owner: str | None = None, request_payer: str | None = None,
                   extra_headers: Mapping[str, str] | None = None,
                   cancel: CancelToken | None = None) -> PartPage:
        """One page of the parts uploaded so far (to resume an upload after a restart)."""
        if not key:
            raise InvalidInput("An object key is required")
        if not upload_id:
            raise InvalidInput("An upload id is required")
        _check_count("max_parts", max_parts, 1000)
        _check_count("part_number_marker", part_number_marker, 10000)
        query: list[tuple[str, str | None]] = [("uploadId", upload_id)]
        _add(query, "max-parts", max_parts)
        _add(query, "part-number-marker", part_number_marker)
        root, _ = self._send_xml("GET", bucket=bucket, key=key, query=query, cancel=cancel,
                                 headers=_headers(expected_bucket_owner, request_payer,
                                                  extra_headers))
        return parse_part_page(root)


def _page_last_entry(page: ObjectPage) -> str | None:
    entries = [e for e in (page.objects[-1].key if page.objects else None,
                           page.prefixes[-1] if page.prefixes else None) if e]
    return max(entries, key=lambda e: e.encode("utf-8", "surrogatepass")) if entries else None
