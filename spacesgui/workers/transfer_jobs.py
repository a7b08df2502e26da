"""What one queued transfer is and how it runs on its worker thread (no Qt in here).

`JobSpec` is the persisted description of a job (no secret: account ids, buckets, keys, local
paths); `run_job` drives the engine in `spacesgui.s3.transfer` for it. `JobControl` adds
"suspend" to the engine's TransferControl: the queue's shutdown must stop a transfer *without*
cancelling it, because a cancelled upload is aborted while a suspended one keeps its journal
(and a download its `.part`) for the next start.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from functools import partial
from typing import Any

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput, S3Error, ServiceError
from spacesgui.s3.http import RetryEvent
from spacesgui.s3.transfer.common import SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.copying import copy_object_smart
from spacesgui.s3.transfer.deleting import delete_keys, delete_prefix
from spacesgui.s3.transfer.download import download_file
from spacesgui.s3.transfer.folders import (
    FOLDER_CONTENT_TYPE,
    FolderUploadReport,
    Job,
    Runner,
    download_prefix,
    plan_folder_upload,
)
from spacesgui.s3.transfer.journal import UploadJournal
from spacesgui.s3.transfer.renaming import move_across_regions, rename_folder, rename_object
from spacesgui.s3.transfer.upload import upload_file

log = logging.getLogger(__name__)

KINDS = ("upload", "folder-upload", "download", "prefix-download", "copy", "move", "delete")
ProgressFn = Callable[[int], None]


class Suspended(Exception):
    """The queue is shutting down: stop, but keep what a later start can resume from.

    Deliberately not a Cancelled: the engine aborts cancelled uploads and deletes `.part` files.
    """


class PartialFailure(S3Error):
    """Some files of a folder job failed; `first` is the first file's error text."""

    def __init__(self, message: str, *, failed: int, first: str) -> None:
        super().__init__(message)
        self.failed = failed
        self.first = first


class RestoredFailure(S3Error):
    """A failure remembered from the previous session (only its text survives a restart)."""


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

    `key` is the object key (upload, download) or prefix (folder upload, prefix download);
    `keys` are the keys and folder prefixes ("a/") of a copy, move or delete.
    """

    kind: str
    account_id: str
    bucket: str
    key: str = ""
    path: str = ""
    keys: tuple[str, ...] = ()
    dst_account: str = ""
    dst_bucket: str = ""
    dst_prefix: str = ""
    size: int | None = None         # known size of a single object, spares a HEAD

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown transfer kind {self.kind!r}")

    @property
    def title(self) -> str:
        if self.kind in ("upload", "folder-upload"):
            return os.path.basename(os.path.normpath(self.path)) or self.path
        if self.kind in ("download", "prefix-download"):
            return _last_segment(self.key) or self.bucket
        names = [_last_segment(k) for k in self.keys]
        if len(names) == 1:
            return names[0]
        return f"{names[0]} and {len(names) - 1} more" if names else self.bucket

    @property
    def unit(self) -> str:
        """"bytes", or "items" for deletes (which report keys handled)."""
        return "items" if self.kind == "delete" else "bytes"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["keys"] = list(self.keys)
        return data

    @classmethod
    def from_json(cls, data: Any) -> JobSpec:
        if not isinstance(data, dict):
            raise ValueError("a job is not an object")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["keys"] = tuple(str(k) for k in values.get("keys", ()))
        for name in ("kind", "account_id", "bucket"):
            if not isinstance(values.get(name), str) or not values[name]:
                raise ValueError(f"a job has no {name}")
        size = values.get("size")
        if size is not None and (not isinstance(size, int) or size < 0):
            raise ValueError("a job's size is not a byte count")
        return cls(**values)


def _last_segment(key: str) -> str:
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
                self.version += 1
        if self.control.suspended:
            raise Suspended("the transfer queue is shutting down")

    def read(self) -> tuple[int, int | None, bool, int]:
        with self.lock:
            return self.done, self.total, self.throttled, self.version


@dataclass(frozen=True, slots=True)
class Context:
    """What a job needs besides its spec; shared by every job of one queue."""

    clients: Callable[[str], S3Client | None]
    config: TransferConfig
    slots: SlotPool
    journal: UploadJournal
    files_in_flight: int = 4


def _client(ctx: Context, account_id: str) -> S3Client:
    client = ctx.clients(account_id)
    if client is None:
        raise InvalidInput("This account is not connected yet (its secret key may be missing). "
                           "Open the account, then retry.")
    return client


def run_job(spec: JobSpec, ctx: Context, meter: Meter) -> object:
    """Run `spec` to the end on the calling (worker) thread; returns the engine's result."""
    control = meter.control
    meter.restart()
    client = _client(ctx, spec.account_id)
    common: dict[str, Any] = {"config": ctx.config, "control": control, "slots": ctx.slots,
                              "progress": meter.add}
    if spec.kind == "upload":
        meter.set_total(os.path.getsize(spec.path))
        return upload_file(client, bucket=spec.bucket, key=spec.key, path=spec.path,
                           journal=ctx.journal, on_retry=meter.on_retry, **common)
    if spec.kind == "download":
        if spec.size is None:
            with ctx.slots.slot(control.cancel):
                head = client.head_object(bucket=spec.bucket, key=spec.key,
                                          cancel=control.cancel)
            meter.set_total(head.content_length)
        else:
            meter.set_total(spec.size)
        return download_file(client, bucket=spec.bucket, key=spec.key, path=spec.path, **common)
    if spec.kind == "folder-upload":
        return _upload_folder(client, spec, ctx, meter)
    if spec.kind == "prefix-download":
        meter.set_total(measure_prefix(client, spec.bucket, spec.key, control, ctx.slots)[1])
        report = download_prefix(client, bucket=spec.bucket, prefix=spec.key,
                                 dest_dir=spec.path, files_in_flight=ctx.files_in_flight,
                                 **common)
        return _check_report(report, report.downloaded + len(report.failed))
    if spec.kind == "delete":
        return _delete(client, spec, ctx, meter)
    return _copy(client, spec, ctx, meter)


def _check_report(report: Any, attempted: int) -> Any:
    failed = tuple(getattr(report, "failed", ()))
    if failed:
        raise PartialFailure(f"{len(failed)} of {attempted} files failed; the first: "
                             f"{failed[0].key}: {failed[0].error}", failed=len(failed),
                             first=failed[0].error)
    return report


def _upload_folder(client: S3Client, spec: JobSpec, ctx: Context,
                   meter: Meter) -> FolderUploadReport:
    """upload_folder's loop, except that a suspended job stops scheduling files at once
    (the engine's version would try, and log, every remaining file)."""
    control = meter.control
    plan = plan_folder_upload(spec.path, spec.key)
    meter.set_total(plan.total_bytes)

    def upload(path: str, key: str) -> None:
        upload_file(client, bucket=spec.bucket, key=key, path=path, config=ctx.config,
                    control=control, slots=ctx.slots, journal=ctx.journal,
                    progress=meter.add, on_retry=meter.on_retry)

    def marker(key: str) -> None:
        control.checkpoint()
        with ctx.slots.slot(control.cancel):
            client.put_object(bucket=spec.bucket, key=key, body=b"",
                              content_type=FOLDER_CONTENT_TYPE, cancel=control.cancel)

    def jobs() -> Iterator[Job]:
        for item in plan.items:
            if control.suspended:
                return
            work = partial(marker if item.is_marker else upload, *(
                (item.key,) if item.is_marker else (item.path, item.key)))
            yield item.key, item.path, "marker" if item.is_marker else "file", work

    runner = Runner(ctx.files_in_flight, control)
    runner.run(jobs())
    if control.suspended:
        raise Suspended("the transfer queue is shutting down")
    report = FolderUploadReport(uploaded=runner.done.get("file", 0),
                                markers=runner.done.get("marker", 0), bytes=meter.read()[0],
                                failed=tuple(runner.failed), problems=plan.problems)
    return _check_report(report, len(plan.items))


def measure_prefix(client: S3Client, bucket: str, prefix: str, control: TransferControl,
                   slots: SlotPool) -> tuple[int, int]:
    """(keys, bytes) under `prefix`: one listing pass, so the bar has a total."""
    return _sum_listing(list_prefix(client, bucket, prefix, control, slots))


def _sum_listing(items: Iterable[tuple[str, int, str | None]]) -> tuple[int, int]:
    count = size = 0
    for _key, item_size, _etag in items:
        count += 1
        size += item_size
    return count, size


def list_prefix(client: S3Client, bucket: str, prefix: str, control: TransferControl,
                slots: SlotPool) -> Iterator[tuple[str, int, str | None]]:
    token: str | None = None
    while True:
        control.checkpoint()
        with slots.slot(control.cancel):
            page = client.list_objects_page(bucket=bucket, prefix=prefix, delimiter="",
                                            token=token, cancel=control.cancel)
        for item in page.objects:
            yield item.key, item.size, item.etag
        token = page.next_token
        if token is None:
            return


def _delete(client: S3Client, spec: JobSpec, ctx: Context, meter: Meter) -> object:
    control = meter.control
    files = [k for k in spec.keys if not k.endswith("/")]
    folders = [k for k in spec.keys if k.endswith("/")]
    meter.set_total(len(files) + sum(measure_prefix(client, spec.bucket, p, control,
                                                    ctx.slots)[0] for p in folders))
    reports = []
    if files:
        reports.append(delete_keys(client, bucket=spec.bucket, keys=files, control=control,
                                   slots=ctx.slots, progress=meter.add))
    for prefix in folders:
        reports.append(delete_prefix(client, bucket=spec.bucket, prefix=prefix,
                                     control=control, slots=ctx.slots, progress=meter.add))
    errors = [e for r in reports for e in r.errors]
    if errors:
        raise PartialFailure(f"{len(errors)} keys could not be deleted; the first: "
                             f"{errors[0].key}: {errors[0].code}", failed=len(errors),
                             first=f"{errors[0].code}: {errors[0].message}")
    return reports


def _copy(client: S3Client, spec: JobSpec, ctx: Context, meter: Meter) -> object:
    """Copy or move keys and folders; server-side within one account, via a temporary
    file between accounts (Spaces cannot copy across regions or credentials)."""
    control = meter.control
    move = spec.kind == "move"
    dst_client = _client(ctx, spec.dst_account or spec.account_id)
    same = dst_client is client
    dst_bucket = spec.dst_bucket or spec.bucket
    prefix = spec.dst_prefix
    plan: list[tuple[str, str, int | None, str | None]] = []    # src key, dst key, size, etag
    folder_moves: list[tuple[str, str]] = []
    for key in spec.keys:
        if key.endswith("/"):
            target = prefix + _last_segment(key) + "/"
            if same and move:
                folder_moves.append((key, target))
                continue
            plan.extend((k, target + k[len(key):], s, e)
                        for k, s, e in list_prefix(client, spec.bucket, key, control, ctx.slots))
        else:
            plan.append((key, prefix + _last_segment(key), None, None))
    for src, dst, _size, _etag in plan:
        if (dst_bucket, dst) == (spec.bucket, src) and same:
            raise InvalidInput(f"{src!r} would be copied onto itself")
    factor = 1 if same else 2          # between accounts the bytes go down, then up
    sized = [p for p in plan if p[2] is not None]
    meter.set_total(None if len(sized) < len(plan) or folder_moves
                    else factor * sum(p[2] or 0 for p in sized))
    for src, dst in folder_moves:
        report = rename_folder(client, bucket=spec.bucket, prefix=src, new_prefix=dst,
                               new_bucket=dst_bucket, config=ctx.config, control=control,
                               slots=ctx.slots, progress=meter.add)
        if not report.ok:
            raise PartialFailure(f"{len(report.copy_failures)} files of {src!r} could not be "
                                 "copied; the folder was kept", failed=len(report.copy_failures),
                                 first=report.copy_failures[0].error if report.copy_failures
                                 else "delete failed")

    def one(src: str, dst: str, size: int | None, etag: str | None) -> None:
        args: dict[str, Any] = {"config": ctx.config, "control": control, "slots": ctx.slots,
                                "progress": meter.add}
        if same and move:
            rename_object(client, bucket=spec.bucket, key=src, new_key=dst,
                          new_bucket=dst_bucket, **args)
        elif same:
            copy_object_smart(client, src_bucket=spec.bucket, src_key=src, dst_bucket=dst_bucket,
                              dst_key=dst, size=size, etag=etag, **args)
        elif move:
            move_across_regions(client, dst_client, src_bucket=spec.bucket, src_key=src,
                                dst_bucket=dst_bucket, dst_key=dst, journal=ctx.journal, **args)
        else:
            _copy_between(client, dst_client, src_bucket=spec.bucket, src_key=src,
                          dst_bucket=dst_bucket, dst_key=dst, ctx=ctx, args=args)

    runner = Runner(ctx.files_in_flight, control)
    runner.run((src, None, "copy", partial(one, src, dst, size, etag))
               for src, dst, size, etag in plan if not control.suspended)
    if control.suspended:
        raise Suspended("the transfer queue is shutting down")
    if runner.failed:
        raise PartialFailure(f"{len(runner.failed)} of {len(plan)} copies failed; the first: "
                             f"{runner.failed[0].key}: {runner.failed[0].error}",
                             failed=len(runner.failed), first=runner.failed[0].error)
    return len(plan) + len(folder_moves)


def _copy_between(src_client: S3Client, dst_client: S3Client, *, src_bucket: str,
                  src_key: str, dst_bucket: str, dst_key: str, ctx: Context,
                  args: dict[str, Any]) -> None:
    folder = tempfile.mkdtemp(prefix="spacesgui-copy-")
    try:
        local = os.path.join(folder, "object")
        download_file(src_client, bucket=src_bucket, key=src_key, path=local, **args)
        upload_file(dst_client, bucket=dst_bucket, key=dst_key, path=local,
                    journal=ctx.journal, **args)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def discard_leftovers(spec: JobSpec, ctx: Context) -> None:
    """A job cancelled while it was not running: abort its recorded multipart upload and
    delete its `.part` file, as the engine does for a running one (worker thread)."""
    from spacesgui.s3.transfer.partfile import remove_part

    if spec.kind == "download":
        remove_part(os.path.abspath(spec.path))
        return
    if spec.kind != "upload":
        return
    client = ctx.clients(spec.account_id)
    if client is None:
        return
    entry = ctx.journal.load(client.endpoint, spec.bucket, spec.key, spec.path)
    if entry is None:
        return
    try:
        client.abort_multipart_upload(bucket=spec.bucket, key=spec.key,
                                      upload_id=entry.upload_id)
    except S3Error as exc:
        if getattr(exc, "code", None) != "NoSuchUpload":
            log.warning("could not abort upload %s", entry.upload_id, exc_info=True)
            return
    ctx.journal.delete(entry)


def error_text(exc: BaseException) -> str:
    """What of a failure survives a restart: the server's code and request id, or the text."""
    if isinstance(exc, ServiceError):
        rid = f" \u00b7 Request ID: {exc.request_id}" if exc.request_id else ""
        return f"{exc.message or exc.code}\nCode: {exc.code}{rid}"
    return str(exc) or type(exc).__name__
