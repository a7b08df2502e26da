"""Rename and move: copy, verify the copy, and only then delete the source.

S3 has no rename. A folder rename copies every key first and deletes in DeleteObjects batches
only after the copies are done, never a source whose copy failed. Spaces cannot copy across
regions, so a move between regions is an explicit download to a temporary file and an upload.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import partial

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.headers import CannedAcl
from spacesgui.s3.models.objects import DeleteError
from spacesgui.s3.options import SSECustomerKey
from spacesgui.s3.transfer.common import ProgressFn, SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.copying import (
    DEFAULT_COPY_PART_SIZE,
    DEFAULT_COPY_THRESHOLD,
    CopyResult,
    copy_object_smart,
    plain_md5,
    source_attributes,
)
from spacesgui.s3.transfer.deleting import delete_keys
from spacesgui.s3.transfer.download import IntegrityError, download_file
from spacesgui.s3.transfer.folders import FileFailure, Job, Runner
from spacesgui.s3.transfer.journal import UploadJournal
from spacesgui.s3.transfer.upload import upload_file
from spacesgui.s3.transfer.walk import iter_objects

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RenameResult:
    copy: CopyResult
    source_deleted: bool


def _keep_acl(client: S3Client, *, bucket: str, key: str, new_bucket: str, new_key: str,
              slots: SlotPool, control: TransferControl) -> None:
    """CopyObject makes the copy private; a renamed public file should stay public."""
    with slots.slot(control.cancel):
        policy = client.get_object_acl(bucket=bucket, key=key, cancel=control.cancel)
    with slots.slot(control.cancel):
        client.put_object_acl(bucket=new_bucket, key=new_key, access_control_policy=policy,
                              cancel=control.cancel)


def rename_object(
    client: S3Client, *, bucket: str, key: str, new_key: str, new_bucket: str | None = None,
    keep_acl: bool = True, sse_c: SSECustomerKey | None = None,
    config: TransferConfig | None = None, control: TransferControl | None = None,
    slots: SlotPool | None = None, progress: ProgressFn | None = None,
    copy_threshold: int = DEFAULT_COPY_THRESHOLD, part_size: int = DEFAULT_COPY_PART_SIZE,
) -> RenameResult:
    """Copy, check the copy with HEAD (size, and ETag where comparable), then delete the source.

    The source is deleted only if it still has the ETag that was copied (checked just before),
    so a file replaced during the rename is kept.
    """
    new_bucket = new_bucket or bucket
    if (new_bucket, new_key) == (bucket, key):
        raise InvalidInput("The new name is the same as the old one")
    control = control or TransferControl()
    slots = slots or SlotPool((config or TransferConfig()).parts_in_flight)
    copy = copy_object_smart(client, src_bucket=bucket, src_key=key, dst_bucket=new_bucket,
                             dst_key=new_key, sse_c_source=sse_c, sse_c=sse_c, config=config,
                             control=control, slots=slots, progress=progress,
                             copy_threshold=copy_threshold, part_size=part_size)
    with slots.slot(control.cancel):
        check = client.head_object(bucket=new_bucket, key=new_key, sse_c=sse_c,
                                   cancel=control.cancel)
    comparable = plain_md5(copy.source_etag) and sse_c is None and not copy.parts
    if check.content_length != copy.size or (comparable and check.etag != copy.source_etag) \
            or (copy.parts and check.etag != copy.etag):
        raise IntegrityError(f"The copy {new_key!r} does not match {key!r} "
                             f"({check.content_length:,} bytes, ETag {check.etag}); "
                             "the original was kept")
    if keep_acl:
        _keep_acl(client, bucket=bucket, key=key, new_bucket=new_bucket, new_key=new_key,
                  slots=slots, control=control)
    control.checkpoint()
    with slots.slot(control.cancel):
        source = client.head_object(bucket=bucket, key=key, sse_c=sse_c, cancel=control.cancel)
    if source.etag != copy.source_etag:
        log.warning("%r changed during its rename; keeping it", key)
        return RenameResult(copy, source_deleted=False)
    with slots.slot(control.cancel):
        client.delete_object(bucket=bucket, key=key, cancel=control.cancel)
    return RenameResult(copy, source_deleted=True)


@dataclass(frozen=True, slots=True)
class FolderRenameReport:
    """`copy_failures` kept their sources; `delete_errors` were copied but are still there."""

    copied: int
    deleted: int
    bytes: int
    copy_failures: tuple[FileFailure, ...]
    delete_errors: tuple[DeleteError, ...]
    sources_kept: bool          # True when nothing was deleted because a copy failed

    @property
    def ok(self) -> bool:
        return not self.copy_failures and not self.delete_errors


def _check_prefixes(prefix: str, new_prefix: str, same_bucket: bool) -> None:
    for name, value in (("prefix", prefix), ("new_prefix", new_prefix)):
        if not value or not value.endswith("/"):
            raise InvalidInput(f"A folder {name} must be non-empty and end with '/', "
                               f"not {value!r}")
    if same_bucket and (new_prefix.startswith(prefix) or prefix.startswith(new_prefix)):
        # Copies would land inside the listing being copied, or overwrite sources.
        raise InvalidInput(f"Cannot rename {prefix!r} to {new_prefix!r}: one contains the other")


def rename_folder(
    client: S3Client, *, bucket: str, prefix: str, new_prefix: str,
    new_bucket: str | None = None, keep_acl: bool = False,
    delete_after_partial_failure: bool = False, config: TransferConfig | None = None,
    control: TransferControl | None = None, slots: SlotPool | None = None,
    progress: ProgressFn | None = None, copies_in_flight: int = 8, page_size: int = 1000,
    copy_threshold: int = DEFAULT_COPY_THRESHOLD, part_size: int = DEFAULT_COPY_PART_SIZE,
) -> FolderRenameReport:
    """Copy every key under `prefix` to `new_prefix`, then delete the copied sources.

    If any copy fails, no source is deleted (the folder stays whole where it was) and the
    copies already made are removed again, unless `delete_after_partial_failure`, which deletes
    the sources that were copied. A cancel (or a failed listing) also removes the copies and
    keeps every source: the rename did not happen. Keys that were at the destination before
    are never removed (a copy may have replaced them; removing would lose both). Each copy is
    pinned to the ETag the listing showed. Keys kept in memory: one string per object, plus the
    destination's keys from before.
    """
    new_bucket = new_bucket or bucket
    _check_prefixes(prefix, new_prefix, new_bucket == bucket)
    config = config or TransferConfig()
    control = control or TransferControl()
    slots = slots or SlotPool(copies_in_flight)
    copied: list[str] = []
    lock = threading.Lock()
    total = [0]

    def copy_one(key: str, size: int, etag: str | None) -> None:
        result = copy_object_smart(
            client, src_bucket=bucket, src_key=key, dst_bucket=new_bucket,
            dst_key=new_prefix + key[len(prefix):], size=size, etag=etag or None,
            config=config, control=control, slots=slots, copy_threshold=copy_threshold,
            part_size=part_size)
        if keep_acl:
            _keep_acl(client, bucket=bucket, key=key, new_bucket=new_bucket, new_key=result.key,
                      slots=slots, control=control)
        with lock:
            copied.append(key)
            total[0] += size
        if progress is not None:
            progress(size)

    def jobs() -> Iterator[Job]:
        for item in iter_objects(client, bucket=bucket, prefix=prefix, control=control,
                                 slots=slots, page_size=page_size):
            yield item.key, None, "copy", partial(copy_one, item.key, item.size, item.etag)

    existing = {item.key for item in iter_objects(client, bucket=new_bucket, prefix=new_prefix,
                                                   control=control, slots=slots,
                                                   page_size=page_size)}

    def undo() -> None:
        made = sorted(new_prefix + key[len(prefix):] for key in copied)
        report = delete_keys(client, bucket=new_bucket,
                             keys=[key for key in made if key not in existing], slots=slots)
        for error in report.errors:
            log.warning("renaming %r: could not remove the copy %r: %s", prefix, error.key,
                        error.code)

    runner = Runner(copies_in_flight, control)
    try:
        runner.run(jobs())
    except BaseException:
        undo()               # cancelled, or the listing failed: as if it never started
        raise
    failures = tuple(runner.failed)
    if failures and not delete_after_partial_failure:
        log.warning("renaming %r: %d copies failed; every source was kept and the copies "
                    "removed", prefix, len(failures))
        undo()
        return FolderRenameReport(len(copied), 0, total[0], failures, (), sources_kept=True)
    report = delete_keys(client, bucket=bucket, keys=sorted(copied), control=control,
                         slots=slots)
    return FolderRenameReport(len(copied), report.deleted, total[0], failures, report.errors,
                              sources_kept=False)


def move_across_regions(
    src_client: S3Client, dst_client: S3Client, *, src_bucket: str, src_key: str,
    dst_bucket: str, dst_key: str, temp_dir: str | None = None,
    sse_c_source: SSECustomerKey | None = None, sse_c: SSECustomerKey | None = None,
    acl: CannedAcl | None = None, config: TransferConfig | None = None,
    control: TransferControl | None = None, slots: SlotPool | None = None,
    journal: UploadJournal | None = None, progress: ProgressFn | None = None,
) -> RenameResult:
    """Download to a temporary file, upload with the same headers, verify, delete the source.

    `progress` sees the bytes twice (down, then up): a UI should expect 2 x the size.
    """
    config = config or TransferConfig()
    control = control or TransferControl()
    slots = slots or SlotPool(config.parts_in_flight)
    with slots.slot(control.cancel):
        head = src_client.head_object(bucket=src_bucket, key=src_key, sse_c=sse_c_source,
                                      cancel=control.cancel)
    folder = tempfile.mkdtemp(prefix="spacesgui-move-", dir=temp_dir)
    try:
        local = os.path.join(folder, "object")
        got = download_file(src_client, bucket=src_bucket, key=src_key, path=local,
                            config=config, control=control, slots=slots, progress=progress,
                            sse_c=sse_c_source)
        if got.etag != head.etag:
            raise IntegrityError(f"{src_key!r} changed while it was being moved; kept")
        sent = upload_file(
            dst_client, bucket=dst_bucket, key=dst_key, path=local, config=config,
            control=control, slots=slots, journal=journal, progress=progress,
            attributes=replace(source_attributes(head), acl=acl,
                               content_type=head.content_type or "application/octet-stream"),
            sse_c=sse_c)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    with slots.slot(control.cancel):
        check = dst_client.head_object(bucket=dst_bucket, key=dst_key, sse_c=sse_c,
                                       cancel=control.cancel)
    if check.content_length != head.content_length or \
            (sent.etag and check.etag != sent.etag) or \
            (plain_md5(head.etag) and plain_md5(check.etag) and check.etag != head.etag):
        raise IntegrityError(f"The moved copy of {src_key!r} does not match; the original "
                             "was kept")
    copy = CopyResult(dst_bucket, dst_key, check.content_length, check.etag, check.version_id,
                      head.etag, parts=sent.parts)
    with slots.slot(control.cancel):
        source = src_client.head_object(bucket=src_bucket, key=src_key, sse_c=sse_c_source,
                                        cancel=control.cancel)
    if source.etag != head.etag:
        return RenameResult(copy, source_deleted=False)
    with slots.slot(control.cancel):
        src_client.delete_object(bucket=src_bucket, key=src_key, cancel=control.cancel)
    return RenameResult(copy, source_deleted=True)
