"""What the browser shows and the actions pass around: a Location and the Entry rows under it.

Both are frozen value objects, so they can cross into worker callables and be compared for
stale-result checks without copying.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import datetime

from spacesgui.s3.models.listing import ObjectSummary

ENTRIES_MIME = "application/x-spacesgui-entries"


@dataclass(frozen=True, slots=True)
class Location:
    """Where the user is: an account's bucket list, or a folder (prefix) of one bucket."""

    account_id: str
    bucket: str | None  # None: the account's bucket list
    prefix: str = ""  # "" or ends with "/"

    def child(self, entry: Entry) -> Location:
        """The location a double-click on the folder `entry` (or bucket row) opens."""
        if self.bucket is None:
            return Location(self.account_id, entry.name, "")
        return Location(self.account_id, self.bucket, entry.key)

    def parent(self) -> Location | None:
        """One level up: the enclosing folder, the bucket list, or None at the account."""
        if self.bucket is None:
            return None
        if not self.prefix:
            return Location(self.account_id, None, "")
        head = self.prefix[:-1].rpartition("/")[0]
        return Location(self.account_id, self.bucket, head + "/" if head else "")

    def folder_names(self) -> list[str]:
        """The prefix split into folder names ("a/b/" -> ["a", "b"])."""
        return self.prefix[:-1].split("/") if self.prefix else []


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the object table.

    At the account level (Location.bucket is None) the rows are buckets: `name` and `key` are
    the bucket name and `is_folder` is True.
    """

    name: str  # display name (last path segment; folders without the trailing "/")
    key: str  # full key ("a/b/" for a folder)
    is_folder: bool
    size: int | None
    modified: datetime | None
    etag: str | None
    storage_class: str | None


# A table row as stored: (name, key, is_folder, size, modified, etag, storage_class, name_key).
# Plain tuples of atomic values are untracked by Python's cyclic GC, so 100,000 rows add
# nothing to a full collection (as Entry objects they made each one ~100 ms longer); an Entry
# is built from the first seven fields only when someone asks for one.
NameKey = tuple[tuple[str | int, ...], str]
Row = tuple[str, str, bool, int | None, datetime | None, str | None, str | None, NameKey]
_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[str | int, ...]:
    """'File10' sorts after 'file9': case-folded, digit runs compared as numbers.

    The split always alternates text, number, text, so two keys compare like with like.
    """
    parts = _DIGITS.split(text.casefold())
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))


def name_key(name: str) -> NameKey:
    """The name-column sort key: natural order, then the exact name to break ties."""
    return (natural_key(name), name)


def _shared(text: str | None) -> str | None:
    # Storage classes repeat on every row; one shared string per value keeps 100k rows small.
    return sys.intern(text) if text else None


def object_row(obj: ObjectSummary, base: str) -> Row:
    """An object row; `base` is the listed prefix, so a flat search shows relative paths."""
    name = obj.key[len(base):]
    return (name, obj.key, False, obj.size, obj.last_modified, obj.etag or None,
            _shared(obj.storage_class), name_key(name))


def prefix_row(prefix: str, base: str) -> Row:
    """A folder row for a common prefix (or a zero-byte folder marker in a flat listing)."""
    name = prefix[len(base):-1]
    return (name, prefix, True, None, None, None, None, name_key(name))


def bucket_row(name: str, created: datetime | None = None) -> Row:
    return (name, name, True, None, created, None, None, name_key(name))


def entry_of(row: Row) -> Entry:
    return Entry(row[0], row[1], row[2], row[3], row[4], row[5], row[6])


def encode_entries(account_id: str, bucket: str, keys: list[str]) -> bytes:
    """The drag payload of ENTRIES_MIME: JSON {"account", "bucket", "keys"}."""
    return json.dumps({"account": account_id, "bucket": bucket, "keys": keys}).encode()


def decode_entries(data: bytes | bytearray | memoryview) -> tuple[str, str, list[str]] | None:
    """(account, bucket, keys) from an ENTRIES_MIME payload; None when it is not one of ours."""
    try:
        payload = json.loads(bytes(data).decode())
        account, bucket, keys = payload["account"], payload["bucket"], payload["keys"]
    except (ValueError, KeyError, TypeError):
        return None
    if not (isinstance(account, str) and isinstance(bucket, str) and isinstance(keys, list)
            and all(isinstance(k, str) for k in keys)):
        return None
    return account, bucket, keys
