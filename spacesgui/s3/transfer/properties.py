"""Object properties for one or many keys: load them, merge them, and write back what changed.

Changing an object's headers means copying it onto itself with metadata_directive REPLACE,
which replaces *every* describing header. So a plan always carries all of the object's current
headers and metadata, with only the fields the user touched changed; a plain CopyObject also
resets the ACL and the storage class, so both are given back explicitly.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, TypeVar

from spacesgui.errors import UserFacingError
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput, MalformedResponse, ServiceError
from spacesgui.s3.header_text import writable
from spacesgui.s3.headers import MAX_METADATA_BYTES, check_header_value
from spacesgui.s3.models.acl import AccessControlPolicy, tagging_problems
from spacesgui.s3.models.objects import ObjectHead
from spacesgui.s3.options import ObjectAttributes, ReadConditions, SSECustomerKey
from spacesgui.s3.texts import N_
from spacesgui.s3.transfer import copying
from spacesgui.s3.transfer.common import MAX_SINGLE_PUT, TransferControl
from spacesgui.s3.transfer.concurrency import bounded_map

ContentField = Literal["content_type", "cache_control", "content_disposition",
                       "content_encoding"]
CONTENT_FIELDS: tuple[tuple[ContentField, str], ...] = (
    ("content_type", "Content-Type"), ("cache_control", "Cache-Control"),
    ("content_disposition", "Content-Disposition"), ("content_encoding", "Content-Encoding"))
LOAD_CONCURRENCY = 4
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
V = TypeVar("V")
SimpleAcl = Literal["private", "public-read"]
"""The ACLs the dialog offers; any other ACL is shown as custom and kept."""


def content_value(head: ObjectHead, name: ContentField) -> str | None:
    """One of the content headers the dialog edits, as the object has it."""
    values = {"content_type": head.content_type, "cache_control": head.cache_control,
              "content_disposition": head.content_disposition,
              "content_encoding": head.content_encoding}
    return values[name]


class Mixed(enum.Enum):
    """The merged value of a field that differs between the selected objects."""

    MIXED = "mixed"


MIXED = Mixed.MIXED


@dataclass(frozen=True, slots=True)
class ObjectProps:
    """One object as loaded: its HEAD, and its tags and ACL unless reading them failed."""

    key: str
    head: ObjectHead
    tags: Mapping[str, str] | None
    acl: AccessControlPolicy | None
    tags_error: BaseException | None = None
    acl_error: BaseException | None = None

    @property
    def canned_acl(self) -> SimpleAcl | Literal["custom"] | None:
        """"private", "public-read", "custom" or None (not readable)."""
        if self.acl is None:
            return None
        return self.acl.canned() or "custom"


def load_object(client: S3Client, bucket: str, key: str,
                cancel: CancelToken | None = None, *,
                sse_c: SSECustomerKey | None = None) -> ObjectProps:
    """HEAD, then tags and ACL; a refusal or unreadable answer of the last two is kept, not
    raised. An object
    encrypted with a customer key answers its HEAD only with `sse_c` (tags and ACL without)."""
    head = client.head_object(bucket=bucket, key=key, sse_c=sse_c, cancel=cancel)
    tags: Mapping[str, str] | None = None
    acl: AccessControlPolicy | None = None
    tags_error: BaseException | None = None
    acl_error: BaseException | None = None
    try:
        tags = dict(client.get_object_tagging(bucket=bucket, key=key, cancel=cancel).tags)
    # Keys without tagging rights, servers without tagging, answers that cannot be read: that
    # part is shown as unavailable, the rest of the dialog still opens.
    except (ServiceError, MalformedResponse) as exc:
        tags_error = exc
    try:
        acl = client.get_object_acl(bucket=bucket, key=key, cancel=cancel)
    except (ServiceError, MalformedResponse) as exc:
        acl_error = exc
    return ObjectProps(key, head, tags, acl, tags_error, acl_error)


def load_objects(client: S3Client, bucket: str, keys: Sequence[str],
                 cancel: CancelToken, *, sse_c: SSECustomerKey | None = None,
                 ) -> Iterator[tuple[str, ObjectProps | BaseException]]:
    """Load each key, a few at a time; yields (key, props or the exception) as each ends."""
    for outcome in bounded_map(lambda key: load_object(client, bucket, key, cancel,
                                                       sse_c=sse_c), keys,
                               limit=LOAD_CONCURRENCY, cancel=cancel, name="props"):
        yield outcome.item, outcome.error if outcome.error is not None else outcome.unwrap()


# --- merging many objects ----------------------------------------------------------------

def merge(values: Iterable[V]) -> V | Mixed | None:
    """The one value all share, MIXED when they differ, None when there are none."""
    distinct: list[V] = []
    for value in values:
        if value not in distinct:
            distinct.append(value)
    if not distinct:
        return None
    return distinct[0] if len(distinct) == 1 else MIXED


@dataclass(frozen=True, slots=True)
class PairRow:
    """One row of a name/value table: the name, and its merged value (MIXED if it differs
    between objects, or is missing from some)."""

    name: str
    value: str | Mixed | None


def merge_pairs(maps: Sequence[Mapping[str, str]]) -> list[PairRow]:
    """One row per name found in any of the maps, sorted, with its merged value."""
    names: list[str] = []
    for mapping in maps:
        names.extend(n for n in mapping if n not in names)
    rows = []
    for name in sorted(names):
        merged = merge([m.get(name) for m in maps])
        rows.append(PairRow(name, merged))
    return rows


# --- what the user changed -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PairEdit:
    """A row after editing: `original` name (None for a new row); `value` None = untouched."""

    original: str | None
    name: str
    value: str | None


@dataclass(frozen=True, slots=True)
class Edits:
    """Only what the user changed; anything absent is kept per object as it is."""

    fields: Mapping[ContentField, str] = field(default_factory=dict)  # new value, "" clears
    metadata: tuple[PairEdit, ...] | None = None               # None: the table was not touched
    removed_metadata: frozenset[str] = frozenset()
    tags: tuple[PairEdit, ...] | None = None
    removed_tags: frozenset[str] = frozenset()
    acl: SimpleAcl | None = None

    @property
    def empty(self) -> bool:
        return not (self.fields or self.metadata is not None or self.tags is not None
                    or self.acl)


def apply_pairs(current: Mapping[str, str], rows: Sequence[PairEdit],
                removed: frozenset[str]) -> dict[str, str]:
    """One object's name/value map after the edited rows and removals are applied to it."""
    result = {k: v for k, v in current.items() if k not in removed}
    for row in rows:
        old = current.get(row.original) if row.original is not None else None
        if row.original is not None and row.original != row.name:
            result.pop(row.original, None)
        value = row.value if row.value is not None else old
        if value is not None:  # an untouched "(mixed)" row missing from this object stays absent
            result[row.name] = value
    return result


# --- validation ----------------------------------------------------------------------------

def header_value_problem(label: str, value: str) -> str | None:
    """Why `value` cannot travel in a header, or None when it can."""
    try:
        check_header_value(label, value)
    except InvalidInput as exc:
        return str(exc)
    return None


def metadata_problems(rows: Sequence[tuple[str, str | None]]) -> list[str]:
    """Names must be header tokens, unique ignoring case; values without line breaks or
    control characters (non-ASCII text is encoded)."""
    found: list[str] = []
    seen: set[str] = set()
    total = 0
    for name, value in rows:
        if not name:
            found.append(N_("properties", "A metadata name is empty."))
            continue
        if not _TOKEN.fullmatch(name):
            found.append(N_("properties", "Metadata name {name} may hold only letters, digits "
                                          "and - _ . ! # $ % & ' * + ^ ` | ~ (no spaces).").fill(
                                              name=repr(name)))
        if name.lower() in seen:
            found.append(N_("properties", "Metadata name {name} appears twice (names ignore "
                                          "case).").fill(name=repr(name)))
        seen.add(name.lower())
        if value is not None:
            try:  # non-ASCII text is written as an RFC 2047 encoded-word
                total += len(name) + len(writable(f"The value of {name!r}", value))
            except InvalidInput as exc:
                found.append(f"{exc}.")
    if total > MAX_METADATA_BYTES:
        found.append(N_("properties", "Metadata totals {total} bytes; S3 allows {max}.").fill(
            total=total, max=MAX_METADATA_BYTES))
    return found


def tag_problems(rows: Sequence[tuple[str, str | None]]) -> list[str]:
    """Why S3 would refuse these tags: duplicates, too many, keys or values too long."""
    names = [n for n, _ in rows]
    found: list[str] = [N_("properties", "Tag {name} appears twice.").fill(name=repr(n))
                        for i, n in enumerate(names) if n in names[:i]]
    found += [p + "." for p in tagging_problems({n: v or "" for n, v in rows})]
    return found


# --- applying ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class KeyPlan:
    """The requests for one key: a self-copy (with these attributes) or not, then tags, then
    the ACL."""

    key: str
    size: int
    etag: str | None
    copy: ObjectAttributes | None
    tags: Mapping[str, str] | None
    acl: SimpleAcl | None
    acl_policy: AccessControlPolicy | None  # a custom ACL to give back after a copy


def plan_for(props: ObjectProps, edits: Edits) -> KeyPlan:
    """The requests that give one object the edits and keep everything else it has."""
    head = props.head
    current = {name: content_value(head, name) for name, _ in CONTENT_FIELDS}
    wanted = dict(current)
    for name, value in edits.fields.items():
        wanted[name] = value or None
    metadata = dict(head.metadata)
    if edits.metadata is not None:
        metadata = apply_pairs(head.metadata, edits.metadata, edits.removed_metadata)
    copy: ObjectAttributes | None = None
    if wanted != current or metadata != dict(head.metadata):
        copy = ObjectAttributes(
            content_type=wanted["content_type"], cache_control=wanted["cache_control"],
            content_disposition=wanted["content_disposition"],
            content_encoding=wanted["content_encoding"],
            content_language=head.content_language, expires=head.expires,
            metadata=_metadata_to_write(head, metadata),
            website_redirect_location=head.website_redirect_location,
            storage_class=head.storage_class)
    tags = None
    if edits.tags is not None and props.tags is not None:
        new_tags = apply_pairs(props.tags, edits.tags, edits.removed_tags)
        tags = new_tags if new_tags != dict(props.tags) else None
    if copy is not None and tags is None and props.tags:
        tags = dict(props.tags)  # a copy keeps tags on AWS; put them back where it does not
    acl = edits.acl if edits.acl and edits.acl != props.canned_acl else None
    policy = None
    if copy is not None and acl is None:
        if props.canned_acl in ("private", "public-read"):
            acl = "private" if props.canned_acl == "private" else "public-read"
        elif props.acl is not None:
            policy = props.acl
    return KeyPlan(props.key, head.content_length, head.etag, copy, tags, acl, policy)


def _metadata_to_write(head: ObjectHead, shown: Mapping[str, str]) -> dict[str, str]:
    """Values the user left alone go back exactly as stored (raw UTF-8 from s3cmd stays raw
    UTF-8); edited ones are written in a form S3 accepts (see header_text)."""
    stored = head.stored_metadata()
    return {name: stored[name] if head.metadata.get(name) == value
            else writable(f"The value of {name!r}", value)
            for name, value in shown.items()}


class ChangedMeanwhile(UserFacingError):
    """The object changed after it was read; applying would overwrite that change."""


def apply_plan(client: S3Client, bucket: str, plan: KeyPlan, cancel: CancelToken) -> str:
    """Run one key's requests; returns a short summary of what was done."""
    done: list[str] = []
    if plan.copy is not None:
        attributes = replace(plan.copy, acl=plan.acl) if plan.acl else plan.copy
        try:
            if plan.size > MAX_SINGLE_PUT:
                copying.copy_object_smart(
                    client, src_bucket=bucket, src_key=plan.key, dst_bucket=bucket,
                    dst_key=plan.key, size=plan.size, etag=plan.etag,
                    metadata_directive="REPLACE", attributes=attributes,
                    control=TransferControl(cancel))
            else:
                client.copy_object(bucket=bucket, key=plan.key, source_bucket=bucket,
                                   source_key=plan.key, metadata_directive="REPLACE",
                                   source_conditions=ReadConditions(if_match=plan.etag),
                                   attributes=attributes, cancel=cancel)
        except ServiceError as exc:
            if exc.code == "PreconditionFailed":
                raise ChangedMeanwhile(
                    f"{plan.key} changed after the dialog read it; reopen Properties and try "
                    "again.") from exc
            raise
        done.append("headers")
    if plan.tags is not None:
        if plan.tags:
            client.put_object_tagging(bucket=bucket, key=plan.key, tags=plan.tags,
                                      cancel=cancel)
        else:
            client.delete_object_tagging(bucket=bucket, key=plan.key, cancel=cancel)
        done.append("tags")
    if plan.acl and (plan.copy is None or plan.size > MAX_SINGLE_PUT):
        client.put_object_acl(bucket=bucket, key=plan.key, acl=plan.acl, cancel=cancel)
        done.append("permissions")
    elif plan.acl_policy is not None:
        client.put_object_acl(bucket=bucket, key=plan.key,
                              access_control_policy=plan.acl_policy, cancel=cancel)
        done.append("permissions")
    return ", ".join(done) or "nothing to change"


def apply_plans(client: S3Client, bucket: str, plans: Mapping[str, KeyPlan],
                cancel: CancelToken) -> Iterator[tuple[str, str | BaseException]]:
    """Apply each key's plan, a few at a time; yields (key, summary or exception) as each ends."""
    for outcome in bounded_map(lambda key: apply_plan(client, bucket, plans[key], cancel),
                               list(plans), limit=LOAD_CONCURRENCY, cancel=cancel,
                               name="props"):
        yield outcome.item, outcome.error if outcome.error is not None else outcome.unwrap()
