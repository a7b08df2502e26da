"""Folder trees: upload a local folder under a prefix, download a prefix into a local folder.

Uploads walk the tree without following links out of it; downloads map every key through
`safe_relative_path`, so no key, however hostile, writes outside the chosen folder.
"""

from __future__ import annotations

import logging
import os
import stat
import threading
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from functools import partial

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import Cancelled, InvalidInput
from spacesgui.s3.options import ObjectAttributes, SSECustomerKey
from spacesgui.s3.transfer.common import ProgressFn, SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.concurrency import bounded_map
from spacesgui.s3.transfer.download import download_file, publish
from spacesgui.s3.transfer.durable_batch import DurableBatch
from spacesgui.s3.transfer.folders_plan import (
    FolderUploadPlan,
    LocalProblem,
    PlannedDownload,
    PrefixPlanner,
    plan_folder_upload,
    plan_prefix_download,
)
from spacesgui.s3.transfer.journal import UploadJournal
from spacesgui.s3.transfer.small_download import download_listed
from spacesgui.s3.transfer.upload import upload_file
from spacesgui.s3.transfer.walk import iter_objects

log = logging.getLogger(__name__)

FOLDER_CONTENT_TYPE = "application/x-directory"
DEFAULT_FILES_IN_FLIGHT = 4
# A file under SMALL_FILE takes as long as its round trips, not its bytes: while the caller's
# `files_in_flight` larger files run, up to SMALL_FILES_PER_SLOT times as many small ones run
# beside them. Requests stay capped by the SlotPool either way. One file in flight stays one:
# whoever asks for that wants the files strictly one after another.
SMALL_FILE = 1024 * 1024
SMALL_FILES_PER_SLOT = 4


@dataclass(frozen=True, slots=True)
class FileFailure:
    """One file or key that could not be transferred, and why (plain text for the user)."""

    key: str
    path: str | None
    error: str
    # The exception itself, for a caller that tells failures apart (a read refused for want of
    # a customer key is answered by asking for one, not by showing its text).
    cause: BaseException | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class FolderUploadReport:
    """`problems` were found while walking the folder and never sent."""

    uploaded: int
    markers: int
    bytes: int
    failed: tuple[FileFailure, ...]
    problems: tuple[LocalProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.failed and not self.problems


@dataclass(frozen=True, slots=True)
class PrefixDownloadReport:
    """`skipped` keys had no safe local name; `renamed` ones were saved under another name."""

    downloaded: int
    directories: int
    bytes: int
    skipped: tuple[PlannedDownload, ...]
    renamed: tuple[PlannedDownload, ...]
    failed: tuple[FileFailure, ...]

    @property
    def ok(self) -> bool:
        return not self.failed and not self.skipped


class _Progress:
    """Serialize deltas from many files' threads into one callback."""

    def __init__(self, callback: ProgressFn | None) -> None:
        self._callback = callback
        self._lock = threading.Lock()
        self.total = 0

    def __call__(self, delta: int) -> None:
        with self._lock:
            self.total += delta
            if self._callback is not None:
                self._callback(delta)


Job = tuple[str, str | None, str, Callable[[], object]]   # key, local path, kind, work


@dataclass
class Runner:
    """At most `limit` files in flight, and more small ones beside them (see `sized`);
    per-file errors collected, Cancelled stops the rest."""

    limit: int
    control: TransferControl
    failed: list[FileFailure] = field(default_factory=list)
    done: dict[str, int] = field(default_factory=dict)
    _large: threading.BoundedSemaphore = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._large = threading.BoundedSemaphore(self.limit)

    def sized(self, size: int | None, work: Callable[[], object]) -> Callable[[], object]:
        """`work` for a file of `size` bytes: a small file runs beside the others; of the
        larger ones (or of unknown size) at most `limit` run at once."""
        if size is not None and size < SMALL_FILE:
            return work
        return partial(self._one_large, work)

    def _one_large(self, work: Callable[[], object]) -> object:
        with self._large:
            self.control.checkpoint()
            return work()

    def run(self, jobs: Iterable[Job]) -> None:
        cancelled = False
        width = self.limit * SMALL_FILES_PER_SLOT if self.limit > 1 else 1
        outcomes = bounded_map(_run_job, jobs, limit=width, cancel=self.control.cancel,
                               name="files")
        with closing(outcomes):
            for outcome in outcomes:
                key, path, kind, _work = outcome.item
                if outcome.error is None:
                    self.done[kind] = self.done.get(kind, 0) + 1
                elif isinstance(outcome.error, Cancelled):
                    cancelled = True
                    break
                else:
                    log.warning("transfer of %r failed", key, exc_info=outcome.error)
                    self.failed.append(FileFailure(key, path, _describe(outcome.error),
                                                   outcome.error))
        if cancelled or self.control.cancel.cancelled:
            raise Cancelled("cancelled")


def _run_job(job: Job) -> object:
    return job[3]()


def _describe(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    return str(error) or type(error).__name__


def upload_folder(
    client: S3Client, *, bucket: str, local_dir: str | os.PathLike[str], prefix: str = "",
    config: TransferConfig | None = None, control: TransferControl | None = None,
    slots: SlotPool | None = None, journal: UploadJournal | None = None,
    progress: ProgressFn | None = None, files_in_flight: int = DEFAULT_FILES_IN_FLIGHT,
    plan: FolderUploadPlan | None = None, attributes: ObjectAttributes | None = None,
    sse_c: SSECustomerKey | None = None,
) -> FolderUploadReport:
    """Upload a folder tree; one file's failure is reported and the others go on.

    Every file gets `attributes`, its content type guessed from its name unless one is given.
    Empty folders become zero-byte `name/` markers that get only the ACL.
    Cancelling stops scheduling, lets running files abort their uploads, and raises Cancelled.
    """
    if files_in_flight < 1:
        raise InvalidInput("At least one file must be allowed in flight")
    config = config or TransferConfig()
    control = control or TransferControl()
    slots = slots or SlotPool(files_in_flight * config.parts_in_flight)
    plan = plan or plan_folder_upload(local_dir, prefix)
    total = _Progress(progress)
    marker_attributes = ObjectAttributes(content_type=FOLDER_CONTENT_TYPE,
                                         acl=attributes.acl if attributes else None)

    def upload(path: str, key: str) -> None:
        upload_file(client, bucket=bucket, key=key, path=path, config=config, control=control,
                    slots=slots, journal=journal, progress=total, attributes=attributes,
                    sse_c=sse_c)

    def marker(key: str) -> None:
        control.checkpoint()
        with slots.slot(control.cancel):
            client.put_object(bucket=bucket, key=key, body=b"", attributes=marker_attributes,
                              cancel=control.cancel)

    runner = Runner(files_in_flight, control)

    def jobs() -> Iterable[Job]:
        for item in plan.items:
            if item.is_marker:
                yield item.key, item.path, "marker", partial(marker, item.key)
            else:
                yield item.key, item.path, "file", runner.sized(
                    item.size, partial(upload, item.path, item.key))

    runner.run(jobs())
    return FolderUploadReport(uploaded=runner.done.get("file", 0),
                              markers=runner.done.get("marker", 0),
                              bytes=total.total, failed=tuple(runner.failed),
                              problems=plan.problems)


def download_prefix(
    client: S3Client, *, bucket: str, prefix: str, dest_dir: str | os.PathLike[str],
    config: TransferConfig | None = None, control: TransferControl | None = None,
    slots: SlotPool | None = None, progress: ProgressFn | None = None,
    files_in_flight: int = DEFAULT_FILES_IN_FLIGHT, sse_c: SSECustomerKey | None = None,
    overwrite: bool = True, page_size: int = 1000,
    route: Callable[[str], tuple[str, bool] | None] | None = None,
) -> PrefixDownloadReport:
    """Download every key under `prefix` into `dest_dir`, one listing page at a time.

    Keys that cannot be saved safely are skipped or renamed and listed in the report; zero-byte
    `x/` markers become folders. A file that fails is reported; the rest still download.
    `route` maps each file's planned path to (the path to write, whether it may replace a file
    there), or to None to leave that file out: the user's answers to conflicts.
    A small file takes one GET pinned to its listed ETag, and small files are made durable a
    batch at a time (see durable_batch), both only where the listing says enough.
    """
    if files_in_flight < 1:
        raise InvalidInput("At least one file must be allowed in flight")
    config = config or TransferConfig()
    control = control or TransferControl()
    slots = slots or SlotPool(files_in_flight * config.parts_in_flight)
    os.makedirs(dest_dir, exist_ok=True)
    planner = PrefixPlanner(prefix, dest_dir)
    total = _Progress(progress)
    skipped: list[PlannedDownload] = []
    renamed: list[PlannedDownload] = []

    def fetch(key: str, path: str, replace: bool = overwrite) -> None:
        download_file(client, bucket=bucket, key=key, path=path, config=config,
                      control=control, slots=slots, progress=total, sse_c=sse_c,
                      overwrite=replace)

    # One file in flight means one after another, each under its name before the next starts.
    batch = DurableBatch(publish, max_files=1) if files_in_flight == 1 else DurableBatch(publish)

    def fetch_listed(key: str, path: str, etag: str, size: int, replace: bool) -> None:
        if not download_listed(client, bucket=bucket, key=key, path=path, etag=etag,
                               size=size, batch=batch, config=config, control=control,
                               slots=slots, progress=total, sse_c=sse_c, overwrite=replace):
            fetch(key, path, replace)

    runner = Runner(files_in_flight, control)

    def jobs() -> Iterable[Job]:
        for summary in iter_objects(client, bucket=bucket, prefix=prefix, control=control,
                                    slots=slots, page_size=page_size):
            planned = planner.add(summary.key, summary.size)
            if planned.path is None:
                skipped.append(planned)
                continue
            if planned.note:
                renamed.append(planned)
            if planned.is_dir:
                yield summary.key, planned.path, "dir", partial(_make_dir, planned.path)
            else:
                routed = (planned.path, overwrite) if route is None else route(planned.path)
                if routed is None:
                    continue
                path, replace = routed
                if summary.etag and summary.size < SMALL_FILE:
                    yield summary.key, path, "file", partial(
                        fetch_listed, summary.key, path, summary.etag, summary.size, replace)
                else:
                    yield summary.key, path, "file", runner.sized(
                        summary.size, partial(fetch, summary.key, path, replace))

    try:
        runner.run(jobs())
    finally:
        batch.close()       # files complete before a cancel still get their names
    for failure in batch.failures:
        item = failure.pending
        runner.done["file"] -= 1
        total(-item.size)
        runner.failed.append(FileFailure(item.key, item.target, _describe(failure.error),
                                         failure.error))
    return PrefixDownloadReport(downloaded=runner.done.get("file", 0),
                                directories=runner.done.get("dir", 0), bytes=total.total,
                                skipped=tuple(skipped), renamed=tuple(renamed),
                                failed=tuple(runner.failed))


def _make_dir(path: str) -> None:
    os.makedirs(path, exist_ok=True)
    if not stat.S_ISDIR(os.lstat(path).st_mode):
        raise NotADirectoryError(f"{path} exists and is not a folder")


__all__ = ["FileFailure", "FolderUploadPlan", "FolderUploadReport", "PlannedDownload",
           "PrefixDownloadReport", "PrefixPlanner", "download_prefix", "plan_folder_upload",
           "plan_prefix_download", "upload_folder"]
