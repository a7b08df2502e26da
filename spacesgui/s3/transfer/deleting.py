"""Deleting many keys: DeleteObjects in batches of 1,000, every per-key error kept."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput, ServiceError
from spacesgui.s3.models.objects import DeleteError, ObjectIdentifier
from spacesgui.s3.names import xml_safe_key
from spacesgui.s3.ops.objects import MAX_DELETE_KEYS
from spacesgui.s3.transfer.common import ProgressFn, SlotPool, TransferControl
from spacesgui.s3.transfer.walk import iter_pages

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DeleteReport:
    """`deleted` counts keys the server did not refuse; `errors` are the ones it did."""

    deleted: int
    errors: tuple[DeleteError, ...]
    requests: int

    @property
    def ok(self) -> bool:
        return not self.errors


def _batches(keys: Iterable[str | ObjectIdentifier],
             size: int) -> Iterable[list[str | ObjectIdentifier]]:
    batch: list[str | ObjectIdentifier] = []
    for key in keys:
        batch.append(key)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _key_of(item: str | ObjectIdentifier) -> str:
    return item if isinstance(item, str) else item.key


def _delete_one(client: S3Client, bucket: str, item: str | ObjectIdentifier,
                control: TransferControl, slots: SlotPool) -> DeleteError | None:
    version = None if isinstance(item, str) else item.version_id
    try:
        with slots.slot(control.cancel):
            client.delete_object(bucket=bucket, key=_key_of(item), version_id=version,
                                 cancel=control.cancel)
    except ServiceError as exc:
        return DeleteError(key=_key_of(item), code=exc.code, message=exc.message,
                           version_id=version)
    return None


def delete_keys(
    client: S3Client, *, bucket: str, keys: Iterable[str | ObjectIdentifier],
    control: TransferControl | None = None, slots: SlotPool | None = None,
    progress: ProgressFn | None = None, batch_size: int = MAX_DELETE_KEYS,
) -> DeleteReport:
    """Delete the keys (or versions) in batches; `progress` gets the number of keys handled.

    A batch the server refuses as a whole (e.g. AccessDenied) raises; keys it refuses one by
    one are collected in the report and the remaining batches still run.
    """
    if not 1 <= batch_size <= MAX_DELETE_KEYS:
        raise InvalidInput(f"A DeleteObjects batch holds 1 to {MAX_DELETE_KEYS:,} keys")
    control = control or TransferControl()
    slots = slots or SlotPool(1)
    deleted = 0
    requests = 0
    errors: list[DeleteError] = []
    for batch in _batches(keys, batch_size):
        control.checkpoint()
        # Keys made by other tools may hold control characters XML cannot carry; a whole
        # DeleteObjects batch would be refused for one of them, so they go one by one.
        bulk = [k for k in batch if xml_safe_key(_key_of(k))]
        for odd in (k for k in batch if not xml_safe_key(_key_of(k))):
            failure = _delete_one(client, bucket, odd, control, slots)
            requests += 1
            if failure is not None:
                errors.append(failure)
            else:
                deleted += 1
        if bulk:
            with slots.slot(control.cancel):
                result = client.delete_objects(bucket=bucket, objects=bulk, quiet=True,
                                               cancel=control.cancel)
            requests += 1
            errors.extend(result.errors)
            deleted += len(bulk) - len(result.errors)
        if progress is not None:
            progress(len(batch))
    if errors:
        log.warning("%d of %d keys in %s could not be deleted", len(errors),
                    deleted + len(errors), bucket)
    return DeleteReport(deleted=deleted, errors=tuple(errors), requests=requests)


def delete_prefix(
    client: S3Client, *, bucket: str, prefix: str, control: TransferControl | None = None,
    slots: SlotPool | None = None, progress: ProgressFn | None = None,
    whole_bucket: bool = False, page_size: int = MAX_DELETE_KEYS,
) -> DeleteReport:
    """Delete every key under `prefix`, one listing page (one DeleteObjects batch) at a time.

    An empty prefix means the whole bucket, so it needs `whole_bucket=True`. Keys written
    after the listing passed them are not deleted.
    """
    if not prefix and not whole_bucket:
        raise InvalidInput("An empty prefix deletes the whole bucket; pass whole_bucket=True "
                           "if that is meant")
    control = control or TransferControl()
    slots = slots or SlotPool(1)
    deleted = 0
    requests = 0
    errors: list[DeleteError] = []
    for page in iter_pages(client, bucket=bucket, prefix=prefix, control=control, slots=slots,
                           page_size=page_size):
        if page.objects:
            report = delete_keys(client, bucket=bucket, keys=[o.key for o in page.objects],
                                 control=control, slots=slots, progress=progress)
            deleted += report.deleted
            requests += report.requests
            errors.extend(report.errors)
    return DeleteReport(deleted=deleted, errors=tuple(errors), requests=requests)
