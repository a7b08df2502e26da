"""Named customer keys (SSE-C): what a key is, how it is checked, and what the config keeps.

A key is 32 random bytes that the server encrypts one object with and never stores; losing it
loses the object. So the key lives only in the keyring, as base64 under `entry(account_id,
name)` (secrets.CustomerKeys stores it through the one SecretVault). The config keeps the key's
name and its MD5 fingerprint (CustomerKeyRef): that is what S3 echoes back and shows for an
encrypted object, so the app can name the key of an object without asking the keyring, and it
reveals nothing of the key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from dataclasses import dataclass
from typing import Literal

from spacesgui.errors import UserFacingError
from spacesgui.logs import register_secret
from spacesgui.s3.errors import ServiceError

Refusal = Literal["key needed", "wrong key", "maybe key needed"]
KEY_BYTES = 32
MAX_NAME_LENGTH = 64


class CustomerKeyError(UserFacingError):
    """A key that cannot be used or found; the sentence never contains the key."""


@dataclass(frozen=True, slots=True)
class CustomerKeyRef:
    """What the config knows of a key: its name and the base64 MD5 of its raw bytes."""

    name: str
    md5: str


def entry(account_id: str, name: str) -> str:
    """The keyring entry of one key, kept apart from the account's secret key."""
    return f"{account_id}:sse-c:{name}"


def generate() -> str:
    """A fresh 256-bit key, as base64 text."""
    text = base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")
    register_secret(text)
    return text


def parse(text: str) -> bytes:
    """The 32 raw bytes of a base64 key a user pasted; CustomerKeyError says what is wrong."""
    cleaned = "".join(text.split())  # a key copied from a terminal may be wrapped
    if not cleaned:
        raise CustomerKeyError("Paste the key as base64 text.")
    try:
        raw = base64.b64decode(cleaned, validate=True)
    except (binascii.Error, ValueError):
        raise CustomerKeyError("The key is not valid base64 text.") from None
    if len(raw) != KEY_BYTES:
        raise CustomerKeyError(f"A customer key must be {KEY_BYTES} bytes (256 bits); this one "
                               f"is {len(raw)} bytes.")
    register_secret(cleaned)
    return raw


def normalized(text: str) -> str:
    """The canonical base64 form of a pasted key (validated by parse)."""
    return base64.b64encode(parse(text)).decode("ascii")


def fingerprint(text: str) -> str:
    """Base64 MD5 of the raw key, as S3's x-amz-server-side-encryption-customer-key-MD5."""
    return base64.b64encode(hashlib.md5(parse(text)).digest()).decode("ascii")  # noqa: S324 - S3 asks for MD5


def name_problem(name: str, taken: tuple[CustomerKeyRef, ...] = ()) -> str | None:
    """Why `name` cannot name a key of this account, or None when it can."""
    stripped = name.strip()
    if not stripped:
        return "Give the key a name."
    if len(stripped) > MAX_NAME_LENGTH:
        return f"A key name can have at most {MAX_NAME_LENGTH} characters."
    if any(not c.isprintable() for c in stripped):
        return "A key name must not contain control characters."
    if any(ref.name.casefold() == stripped.casefold() for ref in taken):
        return f"This account already has a key called \u201c{stripped}\u201d."
    return None


def refs_problems(refs: tuple[CustomerKeyRef, ...], default: str | None) -> list[str]:
    """What is wrong with an account's list of keys and its default (for Account.problems)."""
    out: list[str] = []
    seen: list[CustomerKeyRef] = []
    for ref in refs:
        problem = name_problem(ref.name, tuple(seen))
        if problem:
            out.append(problem)
        seen.append(ref)
    if default is not None and all(ref.name != default for ref in refs):
        out.append(f"The default key \u201c{default}\u201d is not one of the account's keys.")
    return out


def named_by_md5(refs: tuple[CustomerKeyRef, ...], md5: str) -> str | None:
    """The name of the account's key with this fingerprint (a journal keeps only the MD5)."""
    return next((ref.name for ref in refs if ref.md5 == md5), None)


def refusal(exc: ServiceError) -> Refusal | None:
    """Whether the server refused a read because of the object's customer key.

    Measured on Ceph RGW: a GET without the key is 400 InvalidArgument "...Server Side
    Encryption with Customer provided keys must provide a valid encryption algorithm", a wrong
    key 400 InvalidArgument "The calculated MD5 hash of the key did not match...". AWS says 400
    InvalidRequest "...stored using a form of Server Side Encryption..." and 403 AccessDenied
    with the same MD5 sentence. A HEAD answer has no body, so its bare 400 on an object (not a
    bucket: AWS answers a bucket HEAD in the wrong region with a bare 400 too) only suggests it.
    The code alone says too little (InvalidArgument has many causes), hence the messages.
    """
    message = exc.message.casefold()
    if "md5 hash of the key did not match" in message:
        return "wrong key"
    if exc.status == 400 and "server side encryption" in message:
        return "key needed"
    on_object = bool((exc.resource or "").partition("/")[2])  # resource is "bucket/key"
    if exc.status == 400 and exc.method == "HEAD" and exc.code == "BadRequest" and on_object:
        return "maybe key needed"
    return None
