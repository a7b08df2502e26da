"""AWS Signature Version 2 (HMAC-SHA1) for legacy S3 servers, with the clock passed in.

StringToSign = Method \\n Content-MD5 \\n Content-Type \\n Date \\n CanonicalizedAmzHeaders
CanonicalizedResource, where the resource is ``"/" + bucket`` (virtual-host requests only),
the wire path as sent, then the signed sub-resources sorted by name.

Semantics follow Ceph RGW (``src/rgw/rgw_auth_s3.cc``), the server behind Spaces, and the AWS
"Signing and Authenticating REST Requests" page. Where botocore's ``HmacV1Auth`` differs:

* Sub-resources: RGW's ``signed_subresources`` list is used (see ``SIGNED_SUBRESOURCES``).
* A valueless sub-resource is always ``?acl``. botocore signs a wire ``?acl=`` as ``acl=``;
  RGW (which url-decodes and splits the pair) and AWS sign ``acl``.
* With an ``x-amz-date`` header the Date line is empty (AWS docs; RGW only reads ``Date`` when
  ``x-amz-date`` is absent). botocore always puts its own Date there.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import hmac
import logging
from collections.abc import Mapping
from datetime import datetime
from email.utils import formatdate
from urllib.parse import quote, unquote

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.signing import Credentials, WireUrl, split_wire_url, utc

log = logging.getLogger(__name__)

# Ceph RGW's `signed_subresources` (rgw_auth_s3.cc, 2025). Compared with botocore's
# HmacV1Auth.QSAOfInterest:
#   only RGW:      encryption, policyStatus, publicAccessBlock
#   only botocore: accelerate, analytics, defaultObjectAcl, inventory, metrics, replication,
#                  restore, select, select-type, storageClass
# A name only one side signs fails against the other side's server, so there is no set that
# works for both: we follow RGW, the server Spaces runs. The request-level names that both
# lists share are all the operations this application sends.
# RGW appends them in its list order, which is sorted except that "object-lock" comes last;
# AWS and botocore sort. The orders differ only when object-lock is combined with a later
# name (partNumber, policy, ..., website), which no S3 operation does, so we sort.
SIGNED_SUBRESOURCES = frozenset({
    "acl", "cors", "delete", "encryption", "lifecycle", "location", "logging", "notification",
    "object-lock", "partNumber", "policy", "policyStatus", "publicAccessBlock", "requestPayment",
    "response-cache-control", "response-content-disposition", "response-content-encoding",
    "response-content-language", "response-content-type", "response-expires", "tagging",
    "torrent", "uploadId", "uploads", "versionId", "versioning", "versions", "website",
})


def sign_v2_headers(*, method: str, url: str, headers: Mapping[str, str], credentials: Credentials,
                    now: datetime, bucket_in_host: str | None) -> dict[str, str]:
    """Return headers to ADD: 'Date' (RFC 1123 GMT) and 'Authorization: AWS AK:sig'.

    ``bucket_in_host`` is the bucket name when it is in the host name (virtual-host style),
    else None. Content-MD5, Content-Type and every x-amz-* header in ``headers`` are signed.
    """
    date = formatdate(calendar.timegm(utc(now).utctimetuple()), usegmt=True)
    has_amz_date = any(name.strip().lower() == "x-amz-date" for name in headers)
    text = string_to_sign(method=method, url=url, headers=headers,
                          date="" if has_amz_date else date, bucket_in_host=bucket_in_host)
    return {"Date": date,
            "Authorization": f"AWS {credentials.access_key}:{signature(credentials, text)}"}


def presign_v2(*, method: str, url: str, credentials: Credentials, expires: int,
               bucket_in_host: str | None, headers: Mapping[str, str] | None = None) -> str:
    """`expires` is an absolute epoch second. Appends AWSAccessKeyId, Expires, Signature.

    ``headers`` (Content-Type, Content-MD5, x-amz-*) are signed and must be sent as headers by
    whoever uses the URL. Unlike botocore we never move x-amz-* headers into the query: RGW
    only reads x-amz-meta-* and x-amz-security-token back from a query, so botocore's
    ``?x-amz-acl=...`` URLs fail there. For the same reason an x-amz-* parameter already in
    ``url`` is refused.
    """
    if isinstance(expires, bool) or not isinstance(expires, int) or expires < 1:
        raise InvalidInput(f"expires must be a positive epoch second, not {expires!r}")
    wire = split_wire_url(url)
    for name, _ in wire.query_pairs:
        lname = name.lower()
        if lname.startswith("x-amz-") or lname in {"awsaccesskeyid", "expires", "signature"}:
            raise InvalidInput(f"Cannot presign a URL whose query already has {name!r}")
    text = string_to_sign(method=method, url=url, headers=headers or {}, date=str(expires),
                          bucket_in_host=bucket_in_host)
    auth = (f"AWSAccessKeyId={quote(credentials.access_key, safe='-_.~')}&Expires={expires}"
            f"&Signature={quote(signature(credentials, text), safe='-_.~')}")
    query = "&".join([*wire.raw_query_segments, auth])
    return f"{wire.scheme}://{wire.netloc}{wire.path}?{query}"


def canonical_resource(wire: WireUrl, bucket_in_host: str | None) -> str:
    """``/bucket`` (virtual-host only) + wire path + ``?`` + sorted signed sub-resources."""
    resource = (f"/{bucket_in_host}" if bucket_in_host else "") + wire.path
    signed: list[tuple[str, str]] = []
    for name, value in wire.query_pairs:
        if name in SIGNED_SUBRESOURCES:
            # Values are signed decoded, as AWS documents and RGW and botocore do.
            signed.append((name, unquote(value)))
    signed.sort(key=lambda pair: pair[0])
    if signed:
        resource += "?" + "&".join(f"{n}={v}" if v else n for n, v in signed)
    return resource


def string_to_sign(*, method: str, url: str, headers: Mapping[str, str], date: str,
                   bucket_in_host: str | None) -> str:
    """The SigV2 StringToSign with ``date`` used as given ("" when x-amz-date is sent)."""
    content_md5 = content_type = ""
    amz: dict[str, list[str]] = {}
    for name, value in headers.items():
        lname = name.strip().lower()
        if not isinstance(value, str):
            raise InvalidInput(f"Header {name!r} must be a str, not {type(value).__name__}")
        if lname == "content-md5":
            content_md5 = value.strip()
        elif lname == "content-type":
            content_type = value.strip()
        elif lname.startswith("x-amz-"):
            amz.setdefault(lname, []).append(value.strip())
    lines = [method.upper(), content_md5, content_type, date]
    lines += [f"{name}:{','.join(amz[name])}" for name in sorted(amz)]
    lines.append(canonical_resource(split_wire_url(url), bucket_in_host))
    text = "\n".join(lines)
    log.debug("SigV2 StringToSign:\n%s", text)
    return text


def signature(credentials: Credentials, text: str) -> str:
    """Base64 HMAC-SHA1 of ``text`` with the secret key."""
    digest = hmac.new(credentials.secret_key.encode(), text.encode(), hashlib.sha1)
    return base64.b64encode(digest.digest()).decode()
