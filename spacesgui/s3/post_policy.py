"""Browser-based uploads (S3 PostObject): the form fields and the signed policy document.

The policy is JSON, UTF-8, then base64; the base64 text is what gets signed: with the SigV4
signing key (hex HMAC-SHA256) or with the secret (base64 HMAC-SHA1) for SigV2. The server
checks every form field against the policy's conditions, so each field this module emits has
a matching condition, and the file field named "file" goes last.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.signing import (
    ALGORITHM,
    MAX_PRESIGN_V4_SECONDS,
    Credentials,
    hmac_sha256_hex,
    signing_key,
    split_wire_url,
    utc,
)

log = logging.getLogger(__name__)

FILENAME_VARIABLE = "${filename}"
SUCCESS_STATUSES = frozenset({200, 201, 204})
META_PREFIX = "x-amz-meta-"


@dataclass(frozen=True, slots=True)
class PostForm:
    """Where to POST and what to send."""

    url: str
    fields: dict[str, str]    # send these form fields first, then the file field named "file" last


@dataclass(slots=True)
class _Form:
    fields: dict[str, str]
    conditions: list[object]

    def exact(self, name: str, value: str) -> None:
        """A form field and the policy condition that pins it to exactly this value."""
        self.fields[name] = value
        self.conditions.append({name: value})


def _check(*, url: str, bucket: str, key: str, expires_in: int, signature: str,
           success_action_status: int | None,
           content_length_range: tuple[int, int] | None) -> None:
    if isinstance(expires_in, bool) or not isinstance(expires_in, int):
        raise InvalidInput(f"expires_in must be an int of seconds, not {expires_in!r}")
    if not 1 <= expires_in <= MAX_PRESIGN_V4_SECONDS:
        raise InvalidInput(f"An upload form must expire in 1 second to 7 days; got {expires_in}")
    if signature not in ("v4", "v2"):
        raise InvalidInput(f"Unknown signature version {signature!r}")
    split_wire_url(url)  # InvalidInput unless absolute http(s)
    if not bucket or not key:
        raise InvalidInput("An upload form needs a bucket and a key")
    if success_action_status is not None and success_action_status not in SUCCESS_STATUSES:
        raise InvalidInput("success_action_status must be 200, 201 or 204")
    if content_length_range is not None:
        low, high = content_length_range
        if not 0 <= low <= high:
            raise InvalidInput(f"Bad content-length range {content_length_range!r}")


def _meta_field(name: str) -> str:
    short = name[len(META_PREFIX):] if name.lower().startswith(META_PREFIX) else name
    if not short or any(c.isspace() or c == ":" for c in short):
        raise InvalidInput(f"Bad metadata name {name!r}")
    return META_PREFIX + short.lower()


def policy_signature_v4(policy_b64: str, credentials: Credentials, day: str, region: str) -> str:
    """Hex HMAC-SHA256 of the base64 policy with the signing key of ``day`` (YYYYMMDD)."""
    return hmac_sha256_hex(signing_key(credentials.secret_key, day, region), policy_b64)


def policy_signature_v2(policy_b64: str, credentials: Credentials) -> str:
    """Base64 HMAC-SHA1 of the base64 policy with the secret key."""
    digest = hmac.new(credentials.secret_key.encode(), policy_b64.encode(), hashlib.sha1)
    return base64.b64encode(digest.digest()).decode()


def build_post_form(*, url: str, bucket: str, key: str, credentials: Credentials, region: str,
                    now: datetime, expires_in: int, signature: Literal["v4", "v2"] = "v4",
                    content_length_range: tuple[int, int] | None = None, acl: str | None = None,
                    content_type: str | None = None, success_action_status: int | None = None,
                    metadata: Mapping[str, str] | None = None,
                    extra_conditions: Sequence[Mapping[str, str] | Sequence[object]] = (),
                    ) -> PostForm:
    """Build the fields of an upload form for ``bucket``/``key``, signed with ``signature``.

    `url` is the bucket's URL (path-style https://host/bucket or virtual-host
    https://bucket.host). `key` may end in ${filename}: the policy then has a starts-with
    condition on the part before it.
    ``expires_in`` must be 1 second to 7 days, for both signature versions (the SigV4 limit;
    a longer-lived upload form is rarely what a user means). ``extra_conditions`` are added to
    the policy verbatim; their fields are the caller's to add to the form.
    """
    _check(url=url, bucket=bucket, key=key, expires_in=expires_in, signature=signature,
           success_action_status=success_action_status,
           content_length_range=content_length_range)
    now = utc(now)
    form = _Form(fields={"key": key}, conditions=[{"bucket": bucket}])
    if key.endswith(FILENAME_VARIABLE):
        form.conditions.append(["starts-with", "$key", key[: -len(FILENAME_VARIABLE)]])
    else:
        form.conditions.append({"key": key})
    if acl is not None:
        form.exact("acl", acl)
    if content_type is not None:
        form.exact("Content-Type", content_type)
    if success_action_status is not None:
        form.exact("success_action_status", str(success_action_status))
    for name, value in (metadata or {}).items():
        form.exact(_meta_field(name), value)
    if content_length_range is not None:
        form.conditions.append(["content-length-range", *content_length_range])
    for condition in extra_conditions:
        form.conditions.append(
            dict(condition) if isinstance(condition, Mapping) else list(condition))
    _sign(form, credentials=credentials, region=region, now=now, expires_in=expires_in,
          signature=signature)
    return PostForm(url=url, fields=form.fields)


def _sign(form: _Form, *, credentials: Credentials, region: str, now: datetime,
          expires_in: int, signature: str) -> None:
    """Add the credential fields and conditions, then the policy and its signature."""
    timestamp = now.strftime("%Y%m%dT%H%M%SZ")
    if signature == "v4":
        form.exact("x-amz-algorithm", ALGORITHM)
        form.exact("x-amz-credential",
                   f"{credentials.access_key}/{timestamp[:8]}/{region}/s3/aws4_request")
        form.exact("x-amz-date", timestamp)
    else:
        form.fields["AWSAccessKeyId"] = credentials.access_key  # no condition (AWS, RGW)
    expiration = (now + timedelta(seconds=expires_in)).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        document = json.dumps({"expiration": expiration, "conditions": form.conditions},
                              ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"A policy condition is not JSON: {exc}") from exc
    log.debug("POST policy: %s", document)
    policy = base64.b64encode(document.encode()).decode()
    form.fields["policy"] = policy
    if signature == "v4":
        form.fields["x-amz-signature"] = policy_signature_v4(policy, credentials,
                                                             timestamp[:8], region)
    else:
        form.fields["signature"] = policy_signature_v2(policy, credentials)
