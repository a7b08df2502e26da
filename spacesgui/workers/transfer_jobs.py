"""What one queued transfer is: its description, its control handle, its meter (no Qt here).

`JobSpec` is the persisted description of a job (no secret: account ids, buckets, keys, local
paths); `transfer_kinds.run_job` drives the engine for it. `JobControl` adds
"suspend" to the engine's TransferControl: the queue's shutdown must stop a transfer *without*
cancelling it, because a cancelled upload is aborted while a suspended one keeps its journal
(and a download its `.part`) for the next start.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

from spacesgui.clients import ClientProvider
from spacesgui.errors import UserFacingError
from spacesgui.s3.errors import S3Error, ServiceError
from spacesgui.s3.http import RetryEvent, RetryPolicy
from spacesgui.s3.options import SSECustomerKey
from spacesgui.s3.transfer.bulk_properties import edits_from_json, edits_to_json
from spacesgui.s3.transfer.common import SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.journal import UploadJournal
from spacesgui.s3.transfer.partfile import remove_part
from spacesgui.s3.transfer.properties import Edits
from spacesgui.s3.transfer.upload_rules import UploadDefaults
from spacesgui.states import DOWNLOAD_KINDS, UPLOAD_KINDS, JobKind

log = logging.getLogger(__name__)

Unit = Literal["bytes", "items"]
ProgressFn = Callable[[int], None]
CustomerKeyLookup = Callable[[str, str], SSECustomerKey]   # (account id, key name) -> key


class Suspended(Exception):
    """The queue is shutting down: stop, but keep what a later start can resume from.

    Deliberately not a Cancelled: the engine aborts cancelled uploads and deletes `.part` files.
    """


class PartialFailure(S3Error):
    """Some files of a folder job failed; `first` is the first file's error text, `causes`
    the failures' exceptions where known (not kept across a restart)."""

    def __init__(self, message: str, *, failed: int, first: str,
                 causes: tuple[BaseException, ...] = ()) -> None:
        super().__init__(message)
        self.failed = failed
        self.first = first
        self.causes = causes


class CustomerKeyUnavailable(S3Error, UserFacingError):
    """A job names a customer key that this queue has no way to read."""


class RestoredFailure(S3Error, UserFacingError):
    """A failure remembered from the previous session; its text is what `error_text` kept."""


class JobControl(TransferControl):
    """TransferControl that can also be suspended (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self._suspended = threading.Event()

    def suspend(self) -> None:
        self._suspended.set()
        self.resume()  # wake a paused engine so it reaches a point where it notices

    @property
    def suspended(self) -> bool:
        # checkpoint() does not raise Suspended: that would escape the upload's part loop past
        # its in-flight parts. The next byte does instead (Meter.add), and the engine's loop
        # ends as after a network error, with the journal kept.
        return self._suspended.is_set()


@dataclass(frozen=True, slots=True)
class JobSpec:
    """One transfer as the user asked for it; stored in the queue's JSON file.

    `key` is the object key (upload, download, rename) or prefix (folder upload, prefix
    download, folder rename); `keys` are the keys and folder prefixes ("a/") of a copy, move or
    delete; a rename's new key or prefix is `dst_prefix`. Aborting incomplete uploads names
    each by `keys[i]` and `upload_ids[i]`.
    """

    kind: JobKind
    account_id: str
    bucket: str
    key: str = ""
    path: str = ""
    keys: tuple[str, ...] = ()
    dst_account: str = ""
    dst_bucket: str = ""
    dst_prefix: str = ""
    size: int | None = None         # known size of a single object, spares a HEAD
    version_id: str = ""            # a download of one version rather than the current one
    sse_key: str = ""               # the NAME of the account's customer key (SSE-C), never
                                    # the key itself: the worker reads it from the keyring
    upload_ids: tuple[str, ...] = ()
    upload: UploadDefaults | None = None   # an upload's ACL and header rules, as enqueued
    edits: Edits | None = None             # what a properties job changes on its `keys`
    # The answers to the conflicts found before the job was queued, as (target, answer,
    # alternative) triples (see s3.transfer.conflicts.Decisions); None: never checked.
    conflicts: tuple[tuple[str, str, str], ...] | None = None

    def __post_init__(self) -> None:
        # A plain string (from a saved queue) becomes its member; an unknown one is refused.
        object.__setattr__(self, "kind", JobKind(self.kind))
        if self.upload_ids and len(self.upload_ids) != len(self.keys):
            raise ValueError("a job's upload ids do not match its keys")

    @property
    def title(self) -> str:
        if self.kind in UPLOAD_KINDS:
            return os.path.basename(os.path.normpath(self.path)) or self.path
        if self.kind in DOWNLOAD_KINDS:
            return last_segment(self.key) or self.bucket
        if self.kind == JobKind.RENAME:
            return f"{last_segment(self.key)} \u2192 {last_segment(self.dst_prefix)}"
        names = [last_segment(k) for k in self.keys]
        if len(names) == 1:
            return names[0]
        return f"{names[0]} and {len(names) - 1} more" if names else self.bucket

    @property
    def unit(self) -> Unit:
        """"bytes", or "items" for deletes and aborts (which report keys handled)."""
        return "items" if self.kind in (JobKind.DELETE, JobKind.ABORT_UPLOADS,
                                        JobKind.PROPERTIES) else "bytes"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = str(self.kind)
        data["keys"] = list(self.keys)
        data["upload_ids"] = list(self.upload_ids)
        data["upload"] = self.upload.to_json() if self.upload is not None else None
        data["edits"] = edits_to_json(self.edits) if self.edits is not None else None
        if self.conflicts is not None:
            data["conflicts"] = [list(c) for c in self.conflicts]
        return data

    @classmethod
    def from_json(cls, data: object) -> JobSpec:
        if not isinstance(data, dict):
            raise ValueError("a job is not an object")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["keys"] = tuple(str(k) for k in values.get("keys", ()))
        values["upload_ids"] = tuple(str(u) for u in values.get("upload_ids", ()))
        if values.get("upload") is not None:
            values["upload"] = UploadDefaults.from_json(values["upload"])
        if values.get("edits") is not None:
            values["edits"] = edits_from_json(values["edits"])
        if values.get("conflicts") is not None:
            values["conflicts"] = _conflicts_from_json(values["conflicts"])
        for name in ("kind", "account_id", "bucket"):
            if not isinstance(values.get(name), str) or not values[name]:
                raise ValueError(f"a job has no {name}")
        size = values.get("size")
        if size is not None and (not isinstance(size, int) or size < 0):
            raise ValueError("a job's size is not a byte count")
        return cls(**values)  # an unknown kind raises ValueError in __post_init__


def _conflicts_from_json(data: object) -> tuple[tuple[str, str, str], ...]:
    if not isinstance(data, list) or not all(
            isinstance(c, list) and len(c) == 3 and all(isinstance(x, str) for x in c)
            for c in data):
        raise ValueError("a job's conflict answers are not (target, answer, name) triples")
    return tuple((c[0], c[1], c[2]) for c in data)


def last_segment(key: str) -> str:
    return key.rstrip("/").rsplit("/", 1)[-1]


@dataclass
class Meter:
    """Progress of one running job, written by engine threads, read by the GUI thread's timer.

    Once the job is suspended, a new byte raises Suspended: the engine's own failure paths then
    stop it exactly as after a network error (journal and `.part` files kept).
    """

    control: JobControl
    done: int = 0
    total: int | None = None
    throttled: bool = False
    pace: float | None = None        # requests/s the app allowed itself at the last SlowDown
    version: int = 0                 # bumped on every change, so the timer skips idle jobs
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, delta: int) -> None:
        with self.lock:
            self.done += delta
            self.version += 1
            if delta > 0:
                self.throttled = False   # progress resumed: no longer held back
        if delta > 0 and self.control.suspended:
            raise Suspended("the transfer queue is shutting down")

    def set_total(self, total: int | None) -> None:
        with self.lock:
            self.total = total
            self.version += 1

    def restart(self) -> None:
        """Progress is counted afresh (a resumed engine reports what it kept first)."""
        with self.lock:
            self.done = 0
            self.version += 1

    def on_retry(self, event: RetryEvent) -> None:
        if event.throttled:
            with self.lock:
                self.throttled = True
                self.pace = event.rate if event.rate is not None else self.pace
                self.version += 1
        if self.control.suspended:
            raise Suspended("the transfer queue is shutting down")

    def read(self) -> tuple[int, int | None, bool, int]:
        with self.lock:
            return self.done, self.total, self.throttled, self.version


@dataclass(frozen=True, slots=True)
class Context:
    """What a job needs besides its spec; shared by every job of one queue."""

    clients: ClientProvider
    config: TransferConfig
    slots: SlotPool
    journal: UploadJournal
    files_in_flight: int = 4
    customer_key: CustomerKeyLookup | None = None
    retry: RetryPolicy | None = None   # None: the account's own

    def sse_c(self, spec: JobSpec) -> SSECustomerKey | None:
        """The key a job names, read when it runs (a blocking keyring call: worker thread)."""
        return self.read_key(spec.account_id, spec.sse_key) if spec.sse_key else None

    def read_key(self, account_id: str, name: str) -> SSECustomerKey:
        """The account's customer key `name` (blocking: a worker or pool thread)."""
        if self.customer_key is None:
            raise CustomerKeyUnavailable(f"Customer keys cannot be read here, so the key "
                                         f"\u201c{name}\u201d cannot be used.")
        return self.customer_key(account_id, name)


def discard_leftovers(spec: JobSpec, ctx: Context) -> None:
    """A job cancelled while it was not running: abort its recorded multipart upload and
    delete its `.part` file, as the engine does for a running one (worker thread)."""
    if spec.kind == JobKind.DOWNLOAD:
        remove_part(os.path.abspath(spec.path))
        return
    if spec.kind != JobKind.UPLOAD:
        return
    client = ctx.clients(spec.account_id)  # AccountNotReady: the caller logs it
    entry = ctx.journal.load(client.endpoint, spec.bucket, spec.key, spec.path)
    if entry is None:
        return
    try:
        client.abort_multipart_upload(bucket=spec.bucket, key=spec.key,
                                      upload_id=entry.upload_id)
    except S3Error as exc:
        if not (isinstance(exc, ServiceError) and exc.code == "NoSuchUpload"):
            log.warning("could not abort upload %s", entry.upload_id, exc_info=True)
            return
    ctx.journal.delete(entry)


def error_text(exc: BaseException) -> str:
    """What of a failure survives a restart, as text for the user (it comes back as a
    RestoredFailure): the server's code and request id, the text of an error written for the
    user, else only the kind of error, whose details went to that session's log."""
    if isinstance(exc, ServiceError):
        rid = f" \u00b7 Request ID: {exc.request_id}" if exc.request_id else ""
        return f"{exc.message or exc.code}\nCode: {exc.code}{rid}"
    if isinstance(exc, UserFacingError):
        return str(exc)
    return f"Something unexpected went wrong ({type(exc).__name__}). The details are in the log."
