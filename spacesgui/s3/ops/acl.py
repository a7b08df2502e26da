"""S3 operations: object and bucket ACLs, and object tagging."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from spacesgui.s3 import xml
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client_core import ClientCore
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.models.acl import (
    CANNED_ACLS,
    AccessControlPolicy,
    CannedAcl,
    Grantee,
    ObjectTagging,
    grant_headers,
    tagging_problems,
    tagging_xml,
)
from spacesgui.s3.ops.config_common import (
    ChecksumAlgorithm,
    checksum_headers,
    common_headers,
    require_valid,
    version_query,
)

if TYPE_CHECKING:
    import requests

Grantees = Sequence[Grantee]


def _acl_request(acl: CannedAcl | None, policy: AccessControlPolicy | None,
                 grants: Mapping[str, Grantees]) -> tuple[dict[str, str], bytes | None]:
    """Exactly one of: a canned ACL header, a full policy body, or x-amz-grant-* headers."""
    given = [acl is not None, policy is not None, any(grants.values())]
    if sum(given) != 1:
        raise InvalidInput("Give exactly one of: a canned ACL, a full access control policy, "
                           "or grant lists")
    if acl is not None:
        if acl not in CANNED_ACLS:
            raise InvalidInput(f"{acl!r} is not a canned ACL; use one of {', '.join(CANNED_ACLS)}")
        return {"x-amz-acl": acl}, None
    if policy is not None:
        require_valid("access control policy", policy.problems())
        return {}, policy.to_xml()
    problems = [p for grantees in grants.values() for g in grantees for p in g.problems()]
    require_valid("grant list", problems)
    return grant_headers(**grants), None


class AclTaggingOps(ClientCore):
    """Mixin of S3Client; each public method is one operation of the spec."""

    # --- ACLs ---------------------------------------------------------------------------

    def get_object_acl(self, *, bucket: str, key: str, version_id: str | None = None,
                       expected_bucket_owner: str | None = None, request_payer: bool = False,
                       extra_headers: Mapping[str, str] | None = None,
                       cancel: CancelToken | None = None) -> AccessControlPolicy:
        """An object's owner and grants (GetObjectAcl); `canned()` names the simple cases."""
        _need_key(key)
        root, _ = self._send_xml(
            "GET", bucket=bucket, key=key, query=[("acl", None), *version_query(version_id)],
            headers=common_headers(expected_bucket_owner=expected_bucket_owner,
                                   request_payer=request_payer, extra_headers=extra_headers),
            cancel=cancel)
        return AccessControlPolicy.from_xml(root)

    def put_object_acl(self, *, bucket: str, key: str, acl: CannedAcl | None = None,
                       access_control_policy: AccessControlPolicy | None = None,
                       grant_full_control: Grantees = (), grant_read: Grantees = (),
                       grant_read_acp: Grantees = (), grant_write: Grantees = (),
                       grant_write_acp: Grantees = (), version_id: str | None = None,
                       expected_bucket_owner: str | None = None, request_payer: bool = False,
                       checksum_algorithm: ChecksumAlgorithm | None = None,
                       extra_headers: Mapping[str, str] | None = None,
                       cancel: CancelToken | None = None) -> None:
        """Replace the object's ACL: a canned ACL, a whole policy, or grant lists.

        Grant lists replace the whole ACL too, so include the owner's FULL_CONTROL to keep it.
        """
        _need_key(key)
        headers, body = _acl_request(acl, access_control_policy, {
            "grant_full_control": grant_full_control, "grant_read": grant_read,
            "grant_read_acp": grant_read_acp, "grant_write": grant_write,
            "grant_write_acp": grant_write_acp})
        self._put_acl(bucket=bucket, key=key, headers=headers, body=body,
                      query=[("acl", None), *version_query(version_id)],
                      expected_bucket_owner=expected_bucket_owner, request_payer=request_payer,
                      checksum_algorithm=checksum_algorithm, extra_headers=extra_headers,
                      cancel=cancel)

    def get_bucket_acl(self, *, bucket: str, expected_bucket_owner: str | None = None,
                       extra_headers: Mapping[str, str] | None = None,
                       cancel: CancelToken | None = None) -> AccessControlPolicy:
        """A bucket's owner and grants (GetBucketAcl)."""
        root, _ = self._send_xml(
            "GET", bucket=bucket, query=[("acl", None)],
            headers=common_headers(expected_bucket_owner=expected_bucket_owner,
                                   extra_headers=extra_headers), cancel=cancel)
        return AccessControlPolicy.from_xml(root)

    def put_bucket_acl(self, *, bucket: str, acl: CannedAcl | None = None,
                       access_control_policy: AccessControlPolicy | None = None,
                       grant_full_control: Grantees = (), grant_read: Grantees = (),
                       grant_read_acp: Grantees = (), grant_write: Grantees = (),
                       grant_write_acp: Grantees = (), expected_bucket_owner: str | None = None,
                       checksum_algorithm: ChecksumAlgorithm | None = None,
                       extra_headers: Mapping[str, str] | None = None,
                       cancel: CancelToken | None = None) -> None:
        """Replace the bucket's ACL; on Spaces "public-read" makes the file listing public."""
        headers, body = _acl_request(acl, access_control_policy, {
            "grant_full_control": grant_full_control, "grant_read": grant_read,
            "grant_read_acp": grant_read_acp, "grant_write": grant_write,
            "grant_write_acp": grant_write_acp})
        self._put_acl(bucket=bucket, key="", headers=headers, body=body, query=[("acl", None)],
                      expected_bucket_owner=expected_bucket_owner, request_payer=False,
                      checksum_algorithm=checksum_algorithm, extra_headers=extra_headers,
                      cancel=cancel)

    def _put_acl(self, *, bucket: str, key: str, headers: dict[str, str], body: bytes | None,
                 query: list[tuple[str, str | None]], expected_bucket_owner: str | None,
                 request_payer: bool, checksum_algorithm: ChecksumAlgorithm | None,
                 extra_headers: Mapping[str, str] | None, cancel: CancelToken | None) -> None:
        all_headers = common_headers(expected_bucket_owner=expected_bucket_owner,
                                     request_payer=request_payer)
        all_headers.update(headers)
        if body is not None:
            all_headers.update(checksum_headers(checksum_algorithm, body))
        all_headers.update(extra_headers or {})
        self._send("PUT", bucket=bucket, key=key, query=query, headers=all_headers, body=body,
                   xml_body=body is not None, cancel=cancel)

    # --- tagging ------------------------------------------------------------------------

    def get_object_tagging(self, *, bucket: str, key: str, version_id: str | None = None,
                           expected_bucket_owner: str | None = None, request_payer: bool = False,
                           extra_headers: Mapping[str, str] | None = None,
                           cancel: CancelToken | None = None) -> ObjectTagging:
        """The object's tags; an object without tags gives an empty mapping, never an error."""
        _need_key(key)
        response = self._send(
            "GET", bucket=bucket, key=key,
            query=[("tagging", None), *version_query(version_id)],
            headers=common_headers(expected_bucket_owner=expected_bucket_owner,
                                   request_payer=request_payer, extra_headers=extra_headers),
            cancel=cancel)
        if not response.content.strip():
            # Ceph RGW 16.2 answers an object whose tags it dropped with an empty 200.
            return ObjectTagging(version_id=_version(response, version_id))
        root = xml.parse(response.content, status=response.status_code,
                         request_id=response.headers.get("x-amz-request-id"))
        return ObjectTagging.from_xml(root, _version(response, version_id))

    def put_object_tagging(self, *, bucket: str, key: str, tags: Mapping[str, str],
                           version_id: str | None = None,
                           expected_bucket_owner: str | None = None, request_payer: bool = False,
                           checksum_algorithm: ChecksumAlgorithm | None = None,
                           extra_headers: Mapping[str, str] | None = None,
                           cancel: CancelToken | None = None) -> str | None:
        """Replace all tags; returns the version they went on (see `_version`), if known."""
        _need_key(key)
        require_valid("tag set", tagging_problems(tags))
        body = tagging_xml(tags)
        headers = common_headers(expected_bucket_owner=expected_bucket_owner,
                                 request_payer=request_payer)
        headers.update(checksum_headers(checksum_algorithm, body))
        headers.update(extra_headers or {})
        response = self._send("PUT", bucket=bucket, key=key,
                              query=[("tagging", None), *version_query(version_id)],
                              headers=headers, body=body, xml_body=True, cancel=cancel)
        return _version(response, version_id)

    def delete_object_tagging(self, *, bucket: str, key: str, version_id: str | None = None,
                              expected_bucket_owner: str | None = None,
                              extra_headers: Mapping[str, str] | None = None,
                              cancel: CancelToken | None = None) -> str | None:
        """Remove all tags of the object; returns the version (see `_version`), if known."""
        _need_key(key)
        response = self._send(
            "DELETE", bucket=bucket, key=key,
            query=[("tagging", None), *version_query(version_id)],
            headers=common_headers(expected_bucket_owner=expected_bucket_owner,
                                   extra_headers=extra_headers), cancel=cancel)
        return _version(response, version_id)


def _version(response: requests.Response, asked: str | None) -> str | None:
    """The server's x-amz-version-id, else the version asked for (RGW 16.2 sends no header)."""
    return response.headers.get("x-amz-version-id") or asked


def _need_key(key: str) -> None:
    if not key:
        raise InvalidInput("An object key is required")
