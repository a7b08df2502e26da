"""Change the properties of every object of a selection and below its folders, as one job.

Each object is read (HEAD, tags, ACL) and given only the edits (properties.plan_for): fields the
user left alone keep each object's own value. The report names every key, so a cancelled or
failed run says exactly which objects were changed.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacesgui.errors import UserFacingError
from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import Cancelled, S3Error, ServiceError
from spacesgui.s3.transfer.common import SlotPool, TransferControl
from spacesgui.s3.transfer.concurrency import bounded_map
from spacesgui.s3.transfer.properties import (
    CONTENT_FIELDS,
    ContentField,
    Edits,
    KeyPlan,
    PairEdit,
    apply_plan,
    load_object,
    plan_for,
)
from spacesgui.s3.transfer.walk import iter_objects

log = logging.getLogger(__name__)

IN_FLIGHT = 4
_FIELDS = {name for name, _label in CONTENT_FIELDS}


@dataclass(frozen=True, slots=True)
class BulkReport:
    """What a run did, key by key: changed, already as asked, or failed with the reason."""

    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()
    cancelled: bool = False

    @property
    def counts(self) -> str:
        return (f"{len(self.changed)} changed, {len(self.unchanged)} already as asked, "
                f"{len(self.failed)} failed")

    @property
    def summary(self) -> str:
        return self.counts + (" (cancelled)" if self.cancelled else "")


class BulkStopped(S3Error, UserFacingError):
    """The run ended early or with failures; `report` says exactly what was changed."""

    def __init__(self, message: str, report: BulkReport) -> None:
        super().__init__(message)
        self.report = report


class BulkCancelled(Cancelled):
    """Cancelled by the user; `report` lists the objects changed before it stopped."""

    def __init__(self, report: BulkReport) -> None:
        super().__init__(f"Cancelled: {report.summary}.")
        self.report = report


def is_noop(plan: KeyPlan) -> bool:
    return plan.copy is None and plan.tags is None and not plan.acl and plan.acl_policy is None


class PartlyChanged(S3Error, UserFacingError):
    """Stopped between the requests of one object: some of the edits may have been made."""


def change_one(client: S3Client, bucket: str, key: str, edits: Edits,
               control: TransferControl) -> bool:
    """Give one object the edits; True when a request changed it, False when it already was."""
    plan = plan_for(load_object(client, bucket, key, control.cancel), edits)
    if is_noop(plan):
        return False
    try:
        apply_plan(client, bucket, plan, control.cancel)
    except Cancelled:
        # A copy, tags and ACL are separate requests: a cancel between them leaves some made.
        raise PartlyChanged("cancelled while it was being changed; some of the changes may "
                            "have been made") from None
    return True


def iter_keys(client: S3Client, bucket: str, keys: Sequence[str], control: TransferControl,
              slots: SlotPool) -> Iterator[str]:
    """Each selected file, and every object below each selected folder ("a/"), once."""
    seen: set[str] = set()
    for key in keys:
        below = (item.key for item in iter_objects(client, bucket=bucket, prefix=key,
                                                   control=control, slots=slots)
                 ) if key.endswith("/") else iter((key,))
        for found in below:
            if found not in seen:
                seen.add(found)
                yield found


def change_properties(client: S3Client, *, bucket: str, keys: Sequence[str], edits: Edits,
                      control: TransferControl, slots: SlotPool,
                      progress: Callable[[int], None] | None = None,
                      in_flight: int = IN_FLIGHT) -> BulkReport:
    """Apply `edits` to every object of `keys` (folders end in "/"), a few at a time.

    `progress(1)` follows each object handled. Raises BulkCancelled when cancelled and
    BulkStopped when any object failed or the listing broke off, each carrying the report.
    """
    changed: list[str] = []
    unchanged: list[str] = []
    failed: list[tuple[str, str]] = []

    def one(key: str) -> bool:
        with slots.slot(control.cancel):
            return change_one(client, bucket, key, edits, control)

    stopped: BaseException | None = None
    outcomes = bounded_map(one, iter_keys(client, bucket, keys, control, slots),
                           limit=in_flight, cancel=control.cancel,
                           before_each=control.checkpoint, name="bulk-props")
    try:
        with contextlib.closing(outcomes):
            for outcome in outcomes:
                if outcome.error is None:
                    (changed if outcome.unwrap() else unchanged).append(outcome.item)
                elif not isinstance(outcome.error, Cancelled):
                    failed.append((outcome.item, _reason(outcome.error)))
                if progress is not None:
                    progress(1)
    except Cancelled:
        pass
    except S3Error as exc:       # the listing of a folder broke off
        stopped = exc
    report = BulkReport(tuple(changed), tuple(unchanged), tuple(failed),
                        cancelled=control.cancel.cancelled)
    if report.cancelled:
        raise BulkCancelled(report)
    if stopped is not None:
        raise BulkStopped(f"Stopped: {_reason(stopped)} ({report.summary}).", report) from stopped
    if failed:
        raise BulkStopped(f"{len(failed)} objects could not be changed; the first: "
                          f"{failed[0][0]}: {failed[0][1]}", report)
    return report


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ServiceError):
        return f"{exc.code}: {exc.message}" if exc.message else exc.code
    return str(exc) or type(exc).__name__


# --- the edits as a saved job keeps them -------------------------------------------------------

def edits_to_json(edits: Edits) -> dict[str, Any]:
    def rows(items: tuple[PairEdit, ...] | None) -> list[list[str | None]] | None:
        return None if items is None else [[r.original, r.name, r.value] for r in items]

    return {"fields": dict(edits.fields), "metadata": rows(edits.metadata),
            "removed_metadata": sorted(edits.removed_metadata), "tags": rows(edits.tags),
            "removed_tags": sorted(edits.removed_tags), "acl": edits.acl}


def edits_from_json(data: object) -> Edits:
    """ValueError when `data` is not what edits_to_json() writes."""
    if not isinstance(data, Mapping):
        raise ValueError("the edits of a job must be an object")
    fields = data.get("fields", {})
    if not isinstance(fields, Mapping) or not all(
            k in _FIELDS and isinstance(v, str) for k, v in fields.items()):
        raise ValueError("the edited headers of a job are not readable")
    acl = data.get("acl")
    if acl not in (None, "private", "public-read"):
        raise ValueError("the ACL of a job is not private or public-read")
    typed: dict[ContentField, str] = {k: v for k, v in fields.items()}
    return Edits(fields=typed, metadata=_rows(data.get("metadata")),
                 removed_metadata=_names(data.get("removed_metadata", [])),
                 tags=_rows(data.get("tags")), removed_tags=_names(data.get("removed_tags", [])),
                 acl=acl)


def _rows(items: object) -> tuple[PairEdit, ...] | None:
    if items is None:
        return None
    if not isinstance(items, list):
        raise ValueError("edited rows must be a list")
    out = []
    for row in items:
        if (not isinstance(row, list) or len(row) != 3 or not isinstance(row[1], str)
                or not all(v is None or isinstance(v, str) for v in row)):
            raise ValueError("an edited row is not [original, name, value]")
        out.append(PairEdit(row[0], row[1], row[2]))
    return tuple(out)


def _names(items: object) -> frozenset[str]:
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise ValueError("removed names must be a list of names")
    return frozenset(items)


__all__ = ["BulkCancelled", "BulkReport", "BulkStopped", "change_properties", "edits_from_json",
           "edits_to_json"]
