"""Bucket-name and object-key rules, checked locally so users hear why before the server says no.

Bucket rules are the DNS-compliant S3 ones. Spaces runs Ceph RGW, whose strict check
(`valid_s3_bucket_name` in `rgw_rest_s3.h`) also refuses a dot next to a hyphen, so we do too.
Key rules come from S3 (1-1024 UTF-8 bytes) and from XML 1.0: listings are XML, and RGW writes a
control character as `&#xNN;`, which for most of C0 is a reference XML 1.0 forbids, so the whole
listing page fails to parse (see `ceph/src/common/escape.cc`).
"""

from __future__ import annotations

import re

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.texts import N_

MIN_BUCKET_LEN = 3
MAX_BUCKET_LEN = 63
MAX_KEY_BYTES = 1024

_BUCKET_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-.")
_IP_LIKE = re.compile(r"\d+\.\d+\.\d+\.\d+")  # RGW's looks_like_ip_address: four digit groups

# XML 1.0 `Char` excludes C0 except TAB, LF and CR, and also U+FFFE and U+FFFF.
XML_UNSAFE_KEY_CHARS = frozenset(
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"] + ["\ufffe", "\uffff"]
)


def _describe_chars(chars: str) -> str:
    """Name characters so invisible ones are still visible in a message."""
    seen = dict.fromkeys(chars)  # ordered, de-duplicated
    return ", ".join(
        f"'{c}'" if c.isprintable() and c != " " else f"U+{ord(c):04X}" for c in seen
    )


def _shorten(text: str, limit: int = 70) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "\u2026")


def bucket_name_problems(name: str) -> list[str]:
    """Every reason `name` cannot be a bucket name, each as advice; empty when it is valid."""
    if not name:
        return [N_("names", "Enter a bucket name.")]
    problems: list[str] = []
    if len(name) < MIN_BUCKET_LEN:
        problems.append(N_(
            "names", "A bucket name needs at least {min} characters (this one has {length})."
        ).fill(min=MIN_BUCKET_LEN, length=len(name)))
    elif len(name) > MAX_BUCKET_LEN:
        problems.append(N_(
            "names", "A bucket name can have at most {max} characters (this one has {length})."
        ).fill(max=MAX_BUCKET_LEN, length=len(name)))
    upper = "".join(c for c in name if "A" <= c <= "Z")
    if upper:
        problems.append(N_("names", "Use lowercase letters only (found {characters}).").fill(
            characters=_describe_chars(upper)))
    other = "".join(c for c in name if c not in _BUCKET_CHARS and not "A" <= c <= "Z")
    if other:
        problems.append(N_(
            "names", "A bucket name can contain only lowercase letters, digits, hyphens (-) and "
            "dots (.); remove {characters}.").fill(characters=_describe_chars(other)))
    first, last = name[0], name[-1]
    if not (first.isascii() and first.isalnum()):
        problems.append(N_("names", "A bucket name must start with a letter or a digit."))
    if not (last.isascii() and last.isalnum()):
        problems.append(N_("names", "A bucket name must end with a letter or a digit."))
    if ".." in name:
        problems.append(N_("names", "A bucket name cannot contain two dots in a row (..)."))
    if ".-" in name or "-." in name:
        problems.append(N_("names", "A bucket name cannot have a hyphen right next to a dot "
                                    "(.- or -.)."))
    if _IP_LIKE.fullmatch(name):
        problems.append(N_("names", "A bucket name cannot look like an IP address (such as "
                                    "192.168.5.4)."))
    if name.startswith("xn--"):
        problems.append(N_("names", "A bucket name cannot start with 'xn--' (reserved for "
                                    "encoded domains)."))
    if name.endswith("-s3alias"):
        problems.append(N_("names", "A bucket name cannot end with '-s3alias' (reserved for "
                                    "access points)."))
    return problems


def bucket_name_warnings(name: str) -> list[str]:
    """Legal names that will still cause trouble, with what to do instead."""
    warnings: list[str] = []
    if "." in name:
        suggestion = name.replace(".", "-")
        warnings.append(N_(
            "names", "Dots in a bucket name break HTTPS for bucket.region.digitaloceanspaces.com "
            "addresses (the certificate does not cover them) and the Spaces CDN cannot serve the "
            "bucket. Use hyphens instead, for example {suggestion}.").fill(
                suggestion=repr(suggestion)))
    return warnings


def validate_bucket_name(name: str) -> None:
    """Raise InvalidInput naming every problem with `name`."""
    problems = bucket_name_problems(name)
    if problems:
        raise InvalidInput(f"{_shorten(name)} is not a valid bucket name: " + " ".join(problems))


def key_byte_length(key: str) -> int | None:
    """Length of `key` in UTF-8, or None when it cannot be encoded (a lone surrogate)."""
    try:
        return len(key.encode("utf-8"))
    except UnicodeEncodeError:
        return None


def key_problems(key: str) -> list[str]:
    """Every reason `key` cannot be stored and listed safely; empty when it can."""
    if not key:
        return ["An object key cannot be empty."]
    problems: list[str] = []
    size = key_byte_length(key)
    if size is None:
        problems.append(
            "The object key contains a broken character (an unpaired surrogate) that cannot be "
            "written as UTF-8; rename the file."
        )
    elif size > MAX_KEY_BYTES:
        problems.append(
            f"An object key can be at most {MAX_KEY_BYTES} bytes in UTF-8; this one is {size} "
            "bytes. Shorten the name or the folder path."
        )
    if "\x00" in key:
        problems.append("An object key cannot contain the NUL character (U+0000).")
    unsafe = "".join(c for c in key if c in XML_UNSAFE_KEY_CHARS and c != "\x00")
    if unsafe:
        problems.append(
            f"The object key contains control characters ({_describe_chars(unsafe)}) that XML 1.0 "
            "cannot carry, so folder listings that include it would fail. Remove them."
        )
    return problems


def key_warnings(key: str) -> list[str]:
    """Storable keys that many tools, browsers or servers mishandle."""
    warnings: list[str] = []
    breaks = "".join(c for c in key if c in "\t\n\r")
    if breaks:
        warnings.append(
            f"The object key contains tabs or line breaks ({_describe_chars(breaks)}); some "
            "servers' listings turn a carriage return into a line feed, and many tools show them "
            "badly."
        )
    if any(part in (".", "..") for part in key.split("/")):
        warnings.append(
            "The object key has a '.' or '..' path segment; browsers and some HTTP libraries "
            "remove those from URLs, so links to it may point at the wrong object."
        )
    return warnings


def xml_safe_key(key: str) -> bool:
    """Whether the key can travel inside an XML body (DeleteObjects, CompleteMultipartUpload)."""
    return not any(c in XML_UNSAFE_KEY_CHARS for c in key)


def check_existing_key(key: str) -> None:
    """Looser rule for addressing an object that already exists (GET, HEAD, DELETE, parts).

    Other tools can create keys with control characters; refusing them here would leave an
    object the user can see in a listing but never download or delete.
    """
    if not key:
        raise InvalidInput("An object key cannot be empty.")
    if key_byte_length(key) is None:
        raise InvalidInput("The object key contains a broken character (an unpaired surrogate).")


def check_key(key: str) -> None:
    """Raise InvalidInput with the first problem of `key` (for keys about to be created)."""
    problems = key_problems(key)
    if problems:
        raise InvalidInput(problems[0])
