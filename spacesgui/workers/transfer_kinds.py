"""How each kind of queued job drives the engine, on its worker thread (no Qt in here).

transfer_jobs.py holds what a job *is* (spec, control, meter); this holds what it *does*:
single files go straight to the engine, folders, copies and deletes first measure their
totals with one listing pass so the progress bar has an end.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import partial
from typing import Protocol, TypedDict, TypeVar

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import Cancelled, InvalidInput, ServiceError
from spacesgui.s3.models.listing import MultipartUpload
from spacesgui.s3.options import ObjectAttributes, SSECustomerKey
from spacesgui.s3.transfer.bulk_properties import BulkReport, change_properties
from spacesgui.s3.transfer.common import ProgressFn, SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.conflicts import Answer, Decisions, Skipped
from spacesgui.s3.transfer.copying import copy_object_smart
from spacesgui.s3.transfer.deleting import delete_keys, delete_prefix
from spacesgui.s3.transfer.download import download_file
from spacesgui.s3.transfer.folders import (
    FOLDER_CONTENT_TYPE,
    FileFailure,
    FolderUploadReport,
    Job,
    PrefixPlanner,
    Runner,
    download_prefix,
    plan_folder_upload,
)
from spacesgui.s3.transfer.incomplete import abort_uploads
from spacesgui.s3.transfer.properties import Edits
from spacesgui.s3.transfer.renaming import (
    FolderRenameReport,
    move_across_regions,
    rename_folder,
    rename_object,
)
from spacesgui.s3.transfer.upload import upload_file
from spacesgui.s3.transfer.walk import iter_objects
from spacesgui.states import ACTIVE_STATES, JobKind, JobState
from spacesgui.workers.priority import lower_current_thread
from spacesgui.workers.transfer_jobs import (
    Context,
    JobSpec,
    Meter,
    PartialFailure,
    Suspended,
    discard_leftovers,
    last_segment,
)

log = logging.getLogger(__name__)

SPEED_WINDOW = 3.0            # seconds of history in the moving-average speed


class Outcome(Enum):
    """How a job's worker thread ended; the queue turns it into the job's state."""

    DONE = "done"
    CANCELLED = "cancelled"
    FAILED = "failed"
    SUSPENDED = "suspended"   # only during shutdown: the job is saved and resumed next start


@dataclass(eq=False)
class JobRecord:
    """One job's mutable state; touched on the GUI thread only (the Meter is the shared part)."""

    id: int
    spec: JobSpec
    state: JobState = JobState.QUEUED
    error: BaseException | None = None
    meter: Meter | None = None
    thread: threading.Thread | None = None
    done: int = 0
    total: int | None = None
    speed: float = 0.0
    eta: float | None = None
    pace: float | None = None
    seen_version: int = -1
    samples: deque[tuple[float, int]] = field(default_factory=deque)
    outcome: tuple[Outcome, object] | None = None   # set by the worker thread before it ends

    def read_meter(self, now: float) -> bool:
        """Copy the Meter in, with speed over the last ~3 s and the ETA from it; True when
        something the panel shows changed."""
        assert self.meter is not None
        done, total, throttled, version = self.meter.read()
        self.pace = self.meter.pace
        before = (self.state, self.speed, self.eta)
        self.done, self.total = done, total
        if self.state in ACTIVE_STATES:
            self.state = JobState.THROTTLED if throttled else JobState.RUNNING
            samples = self.samples
            samples.append((now, done))
            while len(samples) > 2 and now - samples[1][0] >= SPEED_WINDOW:
                samples.popleft()
            start_time, start_done = samples[0]
            elapsed = now - start_time
            self.speed = max(0.0, (done - start_done) / elapsed) if elapsed >= 0.25 else 0.0
            left = (total - done) if total is not None else None
            self.eta = left / self.speed if left is not None and self.speed > 0 else None
        changed = version != self.seen_version or before != (self.state, self.speed, self.eta)
        self.seen_version = version
        return changed


def work(record: JobRecord, ctx: Context, notify: Callable[[int], None]) -> None:
    """Worker thread: run the job, leave the outcome on the record, then `notify(id)` (which
    queues a signal to the GUI thread)."""
    lower_current_thread()    # and so every pool the engine starts from here
    meter = record.meter
    assert meter is not None
    control = meter.control
    try:
        result = run_job(record.spec, ctx, meter)
    except Exception as exc:  # every failure is shown in the panel
        if control.suspended:
            record.outcome = (Outcome.SUSPENDED, exc)
        elif isinstance(exc, Cancelled) or control.cancel.cancelled:
            record.outcome = (Outcome.CANCELLED, exc)
        else:
            log.warning("transfer %s failed", record.spec.title, exc_info=exc)
            record.outcome = (Outcome.FAILED, exc)
    else:
        record.outcome = (Outcome.DONE, result)
    notify(record.id)


def _client(ctx: Context, account_id: str, meter: Meter) -> S3Client:
    """The account's client, reporting every retry to the job's meter (the "throttled" state).

    Raises AccountNotReady (shown in the panel) while the account has no client."""
    client = ctx.clients(account_id).observed(meter.on_retry)
    return client if ctx.retry is None else client.with_retry(ctx.retry)


class _EngineArgs(TypedDict):
    """What every engine call of a job shares: tuning, its control, the global slots, progress."""

    config: TransferConfig
    control: TransferControl
    slots: SlotPool
    progress: ProgressFn


def run_job(spec: JobSpec, ctx: Context, meter: Meter) -> object:  # noqa: PLR0911, PLR0912 - per kind
    """Run `spec` to the end on the calling (worker) thread; returns the engine's result."""
    control = meter.control
    meter.restart()
    client = _client(ctx, spec.account_id, meter)
    common: _EngineArgs = {"config": ctx.config, "control": control, "slots": ctx.slots,
                              "progress": meter.add}
    sse_c = ctx.sse_c(spec)
    decisions = Decisions(spec.conflicts)
    if spec.kind in (JobKind.UPLOAD, JobKind.DOWNLOAD):
        answered = _answer_single(spec, ctx, decisions)
        if answered is None:
            meter.set_total(0)
            return Skipped(spec.key if spec.kind == JobKind.UPLOAD else spec.path)
        spec, overwrite = answered
    if spec.kind == JobKind.UPLOAD:
        meter.set_total(os.path.getsize(spec.path))
        return upload_file(client, bucket=spec.bucket, key=spec.key, path=spec.path,
                           journal=ctx.journal, on_retry=meter.on_retry, sse_c=sse_c,
                           attributes=_upload_attributes(spec, spec.key), **common)
    if spec.kind == JobKind.DOWNLOAD:
        if spec.size is None:
            with ctx.slots.slot(control.cancel):
                head = client.head_object(bucket=spec.bucket, key=spec.key,
                                          version_id=spec.version_id or None, sse_c=sse_c,
                                          cancel=control.cancel)
            meter.set_total(head.content_length)
        else:
            meter.set_total(spec.size)
        return download_file(client, bucket=spec.bucket, key=spec.key, path=spec.path,
                             version_id=spec.version_id or None, sse_c=sse_c,
                             overwrite=overwrite, **common)
    if spec.kind == JobKind.FOLDER_UPLOAD:
        return _upload_folder(client, spec, ctx, meter, sse_c)
    if spec.kind == JobKind.PREFIX_DOWNLOAD:
        total: Callable[[], int] = (
            partial(_answered_total, client, spec, decisions, control, ctx.slots)
            if decisions.entries else
            lambda: measure_prefix(client, spec.bucket, spec.key, control, ctx.slots)[1])
        with _measured_beside(meter, total):
            report = download_prefix(client, bucket=spec.bucket, prefix=spec.key,
                                     dest_dir=spec.path, files_in_flight=ctx.files_in_flight,
                                     sse_c=sse_c, route=decisions.local_route, **common)
        return _check_report(report, report.downloaded + len(report.failed))
    if spec.kind == JobKind.DELETE:
        return _delete(client, spec, ctx, meter)
    if spec.kind == JobKind.RENAME:
        return _rename(client, spec, ctx, meter)
    if spec.kind in (JobKind.COPY, JobKind.MOVE):
        return _copy(client, spec, ctx, meter)
    if spec.kind == JobKind.ABORT_UPLOADS:
        return _abort_uploads(client, spec, meter)
    if spec.kind == JobKind.PROPERTIES:
        return _change_properties(client, spec, ctx, meter)
    raise AssertionError(f"no engine for {spec.kind!r}")


def _answer_single(spec: JobSpec, ctx: Context,
                   decisions: Decisions) -> tuple[JobSpec, bool] | None:
    """The job as the user's answer has it (another key or path for "Keep both"), and whether
    a download may replace a file; None when the answer was "Skip". "Replace" first drops the
    incomplete upload or partial download, which would otherwise be continued."""
    if spec.kind == JobKind.DOWNLOAD:
        path = os.path.abspath(spec.path)
        routed = decisions.local_route(path)
        return None if routed is None else (replace(spec, path=routed[0]), routed[1])
    answer = decisions.answer(spec.key)
    if answer == Answer.REPLACE:
        discard_leftovers(spec, ctx)
    routed_key = decisions.route(spec.key)
    return None if routed_key is None else (replace(spec, key=routed_key), True)


def _upload_attributes(spec: JobSpec, key: str) -> ObjectAttributes | None:
    """The account's ACL and header rules for `key`, as the job was enqueued with them."""
    return spec.upload.attributes_for(key) if spec.upload is not None else None


def _change_properties(client: S3Client, spec: JobSpec, ctx: Context,
                       meter: Meter) -> BulkReport:
    """The edits on every key and every object below each folder; the bar counts objects."""
    control = meter.control
    files = [k for k in spec.keys if not k.endswith("/")]
    meter.set_total(len(files) + sum(measure_prefix(client, spec.bucket, p, control,
                                                    ctx.slots)[0]
                                     for p in spec.keys if p.endswith("/")))
    return change_properties(client, bucket=spec.bucket, keys=spec.keys,
                             edits=spec.edits or Edits(), control=control, slots=ctx.slots,
                             progress=meter.add)


class _Report(Protocol):
    @property
    def failed(self) -> tuple[FileFailure, ...]: ...


ReportT = TypeVar("ReportT", bound=_Report)


def _check_report(report: ReportT, attempted: int) -> ReportT:
    failed = report.failed
    if failed:
        raise PartialFailure(f"{len(failed)} of {attempted} files failed; the first: "
                             f"{failed[0].key}: {failed[0].error}", failed=len(failed),
                             first=failed[0].error,
                             causes=tuple(f.cause for f in failed if f.cause is not None))
    return report


def _upload_folder(client: S3Client, spec: JobSpec, ctx: Context, meter: Meter,
                   sse_c: SSECustomerKey | None) -> FolderUploadReport:
    """upload_folder's loop, except that a suspended job stops scheduling files at once
    (the engine's version would try, and log, every remaining file)."""
    control = meter.control
    plan = plan_folder_upload(spec.path, spec.key)
    decisions = Decisions(spec.conflicts)
    meter.set_total(sum(i.size for i in plan.items if decisions.route(i.key) is not None))

    def upload(path: str, key: str) -> None:
        upload_file(client, bucket=spec.bucket, key=key, path=path, config=ctx.config,
                    control=control, slots=ctx.slots, journal=ctx.journal,
                    progress=meter.add, on_retry=meter.on_retry, sse_c=sse_c,
                    attributes=_upload_attributes(spec, key))

    def marker(key: str) -> None:
        control.checkpoint()
        with ctx.slots.slot(control.cancel):
            marker = ObjectAttributes(content_type=FOLDER_CONTENT_TYPE)
            if spec.upload is not None:
                marker = spec.upload.marker_attributes(marker)
            client.put_object(bucket=spec.bucket, key=key, body=b"", attributes=marker,
                              cancel=control.cancel)

    runner = Runner(ctx.files_in_flight, control)

    def jobs() -> Iterator[Job]:
        for item in plan.items:
            if control.suspended:
                return
            target = decisions.route(item.key)
            if target is None:
                continue                      # the user chose to skip this file
            if decisions.answer(item.key) == Answer.REPLACE:
                discard_leftovers(replace(spec, kind=JobKind.UPLOAD, key=item.key,
                                          path=item.path), ctx)
            if item.is_marker:
                yield item.key, item.path, "marker", partial(marker, item.key)
            else:
                yield item.key, item.path, "file", runner.sized(
                    item.size, partial(upload, item.path, target))

    runner.run(jobs())
    if control.suspended:
        raise Suspended("the transfer queue is shutting down")
    report = FolderUploadReport(uploaded=runner.done.get("file", 0),
                                markers=runner.done.get("marker", 0), bytes=meter.read()[0],
                                failed=tuple(runner.failed), problems=plan.problems)
    return _check_report(report, len(plan.items))


def _answered_total(client: S3Client, spec: JobSpec, decisions: Decisions,
                    control: TransferControl, slots: SlotPool) -> int:
    """The bytes a prefix download will fetch once the files answered "Skip" are left out."""
    planner = PrefixPlanner(spec.key, spec.path)
    total = 0
    for key, size, _etag in list_prefix(client, spec.bucket, spec.key, control, slots):
        planned = planner.add(key, size)
        if planned.path is not None and not planned.is_dir and \
                decisions.route(planned.path) is not None:
            total += size
    return total


def measure_prefix(client: S3Client, bucket: str, prefix: str, control: TransferControl,
                   slots: SlotPool) -> tuple[int, int]:
    """(keys, bytes) under `prefix`: one listing pass, so the bar has a total."""
    return _sum_listing(list_prefix(client, bucket, prefix, control, slots))


@contextmanager
def _measured_beside(meter: Meter, measure: Callable[[], int]) -> Iterator[None]:
    """Run the body while `measure` finds the job's total on a thread of its own.

    The measuring pass is a listing as long as the transfer's own: before the transfer it
    held back the first byte by that long (a second per 10,000 keys). Until it ends the bar
    has no end. Its failure is the transfer's too (the same listing), so it is only logged;
    leaving the block waits for it, so no thread outlives the job."""
    def run() -> None:
        try:
            total = measure()
        except Exception as exc:  # the transfer's own listing meets and reports the same
            log.debug("measuring the transfer failed: %s", exc)
            return
        meter.set_total(total)

    thread = threading.Thread(target=run, name="transfer-measure", daemon=True)
    thread.start()
    try:
        yield
    finally:
        thread.join()


def _sum_listing(items: Iterable[tuple[str, int, str | None]]) -> tuple[int, int]:
    count = size = 0
    for _key, item_size, _etag in items:
        count += 1
        size += item_size
    return count, size


def list_prefix(client: S3Client, bucket: str, prefix: str, control: TransferControl,
                slots: SlotPool) -> Iterator[tuple[str, int, str | None]]:
    for item in iter_objects(client, bucket=bucket, prefix=prefix, control=control,
                             slots=slots):
        yield item.key, item.size, item.etag


def _check_folder_move(src: str, report: FolderRenameReport) -> FolderRenameReport:
    if report.copy_failures:
        raise PartialFailure(f"{len(report.copy_failures)} files of {src!r} could not be "
                             "copied; the folder was kept", failed=len(report.copy_failures),
                             first=report.copy_failures[0].error)
    if report.delete_errors:
        first = report.delete_errors[0]
        raise PartialFailure(f"{len(report.delete_errors)} files of {src!r} were copied but "
                             "could not be removed from the old folder",
                             failed=len(report.delete_errors), first=f"{first.key}: {first.code}")
    return report


def _rename(client: S3Client, spec: JobSpec, ctx: Context, meter: Meter) -> object:
    """Rename in place: the bar counts the bytes copied (a folder is measured first)."""
    control = meter.control
    args: _EngineArgs = {"config": ctx.config, "control": control, "slots": ctx.slots,
                            "progress": meter.add}
    if _taken(client, spec.bucket, spec.dst_prefix, control, ctx.slots):
        # Checked here, not only against the rows shown: the name may be on a page not loaded.
        raise InvalidInput(f"\u201c{last_segment(spec.dst_prefix)}\u201d already exists here; "
                           "choose another name (a rename never replaces anything)")
    if spec.key.endswith("/"):
        meter.set_total(measure_prefix(client, spec.bucket, spec.key, control, ctx.slots)[1])
        return _check_folder_move(spec.key, rename_folder(
            client, bucket=spec.bucket, prefix=spec.key, new_prefix=spec.dst_prefix, **args))
    meter.set_total(spec.size)
    return rename_object(client, bucket=spec.bucket, key=spec.key, new_key=spec.dst_prefix,
                         **args)


def _taken(client: S3Client, bucket: str, key: str, control: TransferControl,
           slots: SlotPool) -> bool:
    """Whether `key` (an object, or a folder when it ends in "/") exists."""
    with slots.slot(control.cancel):
        if key.endswith("/"):
            page = client.list_objects_v2(bucket=bucket, prefix=key, max_keys=1,
                                          cancel=control.cancel)
            return bool(page.objects or page.prefixes)
        try:
            client.head_object(bucket=bucket, key=key, cancel=control.cancel)
        except ServiceError as exc:
            if exc.status == 404:
                return False
            raise
        return True


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


def _abort_uploads(client: S3Client, spec: JobSpec, meter: Meter) -> int:
    """Abort incomplete uploads one at a time; the bar counts them. Pause and cancel take
    effect between two uploads; run again (after a restart), one already gone counts as
    aborted. Returns how many were aborted."""
    control = meter.control
    uploads = [MultipartUpload(key, upload_id, None)
               for key, upload_id in zip(spec.keys, spec.upload_ids, strict=True)]
    meter.set_total(len(uploads))

    def one_more(_done: int) -> None:
        meter.add(1)
        control.checkpoint()

    failures = abort_uploads(client, spec.bucket, uploads, cancel=control.cancel,
                             progress=one_more)
    if failures:
        first = failures[0]
        raise PartialFailure(f"{len(failures)} of {len(uploads)} uploads could not be "
                             f"aborted; the first: {first.key}: {first.error}",
                             failed=len(failures), first=str(first.error),
                             causes=tuple(f.error for f in failures))
    return len(uploads)


def _copy(client: S3Client, spec: JobSpec, ctx: Context, meter: Meter) -> object:
    """Copy or move keys and folders; server-side within one account, via a temporary
    file between accounts (Spaces cannot copy across regions or credentials)."""
    control = meter.control
    move = spec.kind == JobKind.MOVE
    dst_client = _client(ctx, spec.dst_account or spec.account_id, meter)
    same = (spec.dst_account or spec.account_id) == spec.account_id
    dst_bucket = spec.dst_bucket or spec.bucket
    prefix = spec.dst_prefix
    plan: list[tuple[str, str, int | None, str | None]] = []    # src key, dst key, size, etag
    folder_moves: list[tuple[str, str]] = []
    decisions = Decisions(spec.conflicts)
    for key in spec.keys:
        if key.endswith("/"):
            target = prefix + last_segment(key) + "/"
            answered = any(t.startswith(target) for t, _a, _n in decisions.entries or ())
            if same and move and not answered:   # else moved key by key, as answered
                folder_moves.append((key, target))
                continue
            plan.extend((k, target + k[len(key):], s, e)
                        for k, s, e in list_prefix(client, spec.bucket, key, control, ctx.slots))
        else:
            plan.append((key, prefix + last_segment(key), None, None))
    plan = [(src, routed, size, etag) for src, dst, size, etag in plan
            if (routed := decisions.route(dst)) is not None]
    for src, dst, _size, _etag in plan:
        if (dst_bucket, dst) == (spec.bucket, src) and same:
            raise InvalidInput(f"{src!r} would be copied onto itself")
    factor = 1 if same else 2          # between accounts the bytes go down, then up
    sized = [p for p in plan if p[2] is not None]
    meter.set_total(None if len(sized) < len(plan) or folder_moves
                    else factor * sum(p[2] or 0 for p in sized))
    for src, dst in folder_moves:
        _check_folder_move(src, rename_folder(
            client, bucket=spec.bucket, prefix=src, new_prefix=dst, new_bucket=dst_bucket,
            config=ctx.config, control=control, slots=ctx.slots, progress=meter.add))

    def one(src: str, dst: str, size: int | None, etag: str | None) -> None:
        args: _EngineArgs = {"config": ctx.config, "control": control, "slots": ctx.slots,
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
                  args: _EngineArgs) -> None:
    folder = tempfile.mkdtemp(prefix="spacesgui-copy-")
    try:
        local = os.path.join(folder, "object")
        download_file(src_client, bucket=src_bucket, key=src_key, path=local, **args)
        upload_file(dst_client, bucket=dst_bucket, key=dst_key, path=local,
                    journal=ctx.journal, **args)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
