"""Server-side copy, rename and move: nothing is deleted before its copy is verified.

CopyObject takes objects up to 5 GiB; larger ones are copied in parallel UploadPartCopy ranges.
Every request that reads the source pins it with If-Match on the ETag seen first, so a source
replaced mid-copy fails the copy instead of producing a mixture.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from contextlib import closing
from dataclasses import dataclass, replace
from typing import Literal

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import Cancelled, InvalidInput, ServiceError
from spacesgui.s3.models.objects import ObjectHead
from spacesgui.s3.models.objects_multipart import CompletedPart
from spacesgui.s3.options import ObjectAttributes, ReadConditions, SSECustomerKey
from spacesgui.s3.transfer.common import (
    MAX_SINGLE_PUT,
    MiB,
    ProgressFn,
    SlotPool,
    TransferConfig,
    TransferControl,
)
from spacesgui.s3.transfer.concurrency import bounded_map
from spacesgui.s3.transfer.download import IntegrityError
from spacesgui.s3.transfer.plan import choose_part_size
from spacesgui.s3.transfer.tagging import apply_tags

log = logging.getLogger(__name__)

DEFAULT_COPY_THRESHOLD = MAX_SINGLE_PUT     # CopyObject's ceiling: 5 GiB
DEFAULT_COPY_PART_SIZE = 256 * MiB          # server-side, so big parts cost no client memory
Directive = Literal["COPY", "REPLACE"]


@dataclass(frozen=True, slots=True)
class CopyResult:
    """The new object. `parts` is 0 for a single CopyObject."""

    bucket: str
    key: str
    size: int
    etag: str | None
    version_id: str | None
    source_etag: str | None
    parts: int = 0


def plain_md5(etag: str | None) -> bool:
    """True when an ETag is the MD5 of the bytes (single-part, not SSE-C/KMS)."""
    return etag is not None and len(etag) == 32 and all(c in "0123456789abcdef"
                                                        for c in etag.lower())


def source_attributes(head: ObjectHead) -> ObjectAttributes:
    """The source's content headers and metadata, for a copy that must carry them by hand."""
    return ObjectAttributes(
        content_type=head.content_type, cache_control=head.cache_control,
        content_disposition=head.content_disposition, content_encoding=head.content_encoding,
        content_language=head.content_language, expires=head.expires,
        metadata=head.stored_metadata() or None,
        website_redirect_location=head.website_redirect_location)


def copy_object_smart(
    client: S3Client, *, src_bucket: str, src_key: str, dst_bucket: str, dst_key: str,
    size: int | None = None, etag: str | None = None, version_id: str | None = None,
    metadata_directive: Directive = "COPY", attributes: ObjectAttributes | None = None,
    sse_c_source: SSECustomerKey | None = None,
    sse_c: SSECustomerKey | None = None, config: TransferConfig | None = None,
    control: TransferControl | None = None, slots: SlotPool | None = None,
    progress: ProgressFn | None = None, copy_threshold: int = DEFAULT_COPY_THRESHOLD,
    part_size: int = DEFAULT_COPY_PART_SIZE,
) -> CopyResult:
    """Copy within one endpoint: CopyObject up to `copy_threshold`, parallel part copies above.

    `size` and `etag` (from a listing) spare a HEAD for a plain copy and pin the source to
    what was listed. With "REPLACE" `attributes` replace the source's headers and metadata;
    with "COPY" only their ACL, grants, storage class and lock apply, and a multipart copy
    carries the source's headers, metadata and tags over itself.
    """
    config = config or TransferConfig()
    control = control or TransferControl()
    slots = slots or SlotPool(config.parts_in_flight)
    if copy_threshold < 1 or copy_threshold > MAX_SINGLE_PUT:
        raise InvalidInput("The copy threshold must be between 1 byte and 5 GiB")
    attributes = attributes or ObjectAttributes()
    if metadata_directive == "COPY" and attributes.describes_content:
        raise InvalidInput("New metadata or content headers need metadata_directive='REPLACE'")
    control.checkpoint()
    head: ObjectHead | None = None
    if size is None or etag is None or size > copy_threshold:
        with slots.slot(control.cancel):
            head = client.head_object(bucket=src_bucket, key=src_key, version_id=version_id,
                                      sse_c=sse_c_source, conditions=ReadConditions(if_match=etag),
                                      cancel=control.cancel)
        size, etag = head.content_length, head.etag
    if size <= copy_threshold:
        with slots.slot(control.cancel):
            copied = client.copy_object(
                bucket=dst_bucket, key=dst_key, source_bucket=src_bucket, source_key=src_key,
                source_version_id=version_id, source_conditions=ReadConditions(if_match=etag),
                metadata_directive=metadata_directive if metadata_directive == "REPLACE"
                else None, attributes=attributes, source_sse_c=sse_c_source, sse_c=sse_c,
                cancel=control.cancel)
        if plain_md5(etag) and sse_c is None and sse_c_source is None \
                and copied.etag is not None and copied.etag != etag:
            raise IntegrityError(f"The copy of {src_key!r} has ETag {copied.etag}, "
                                 f"the source {etag}")
        if progress is not None:
            progress(size)
        return CopyResult(dst_bucket, dst_key, size, copied.etag, copied.version_id, etag)
    assert head is not None
    if metadata_directive == "COPY":
        attributes = replace(source_attributes(head), acl=attributes.acl,
                             grants=attributes.grants, storage_class=attributes.storage_class,
                             lock=attributes.lock)
    tagging = dict(attributes.tagging) if attributes.tagging else None
    if metadata_directive == "COPY" and head.tag_count:
        with slots.slot(control.cancel):
            tagging = dict(client.get_object_tagging(bucket=src_bucket, key=src_key,
                                                     version_id=version_id,
                                                     cancel=control.cancel).tags)
    job = _PartCopy(client, head=head, dst_bucket=dst_bucket, dst_key=dst_key,
                    version_id=version_id, sse_c_source=sse_c_source, sse_c=sse_c,
                    config=config, control=control, slots=slots, progress=progress,
                    part_size=choose_part_size(size, part_size))
    result = job.run(attributes)
    if tagging:
        with slots.slot(control.cancel):
            apply_tags(client, bucket=dst_bucket, key=dst_key, tags=tagging,
                       version_id=result.version_id, cancel=control.cancel)
    return result


class _PartCopy:
    """One multipart copy: parts in parallel, aborted on any failure or cancel."""

    def __init__(self, client: S3Client, *, head: ObjectHead, dst_bucket: str, dst_key: str,
                 version_id: str | None, sse_c_source: SSECustomerKey | None,
                 sse_c: SSECustomerKey | None, config: TransferConfig,
                 control: TransferControl, slots: SlotPool, progress: ProgressFn | None,
                 part_size: int) -> None:
        self.client, self.head = client, head
        self.dst_bucket, self.dst_key = dst_bucket, dst_key
        self.version_id, self.sse_c_source, self.sse_c = version_id, sse_c_source, sse_c
        self.config, self.control, self.slots = config, control, slots
        self.part_size = part_size
        self._progress = progress
        self._lock = threading.Lock()
        self.reported = 0
        self.abort = CancelToken()

    def report(self, delta: int) -> None:
        with self._lock:
            self.reported += delta
            if self._progress is not None and delta:
                self._progress(delta)

    def run(self, attributes: ObjectAttributes) -> CopyResult:
        size = self.head.content_length
        ranges = [(offset, min(offset + self.part_size, size))
                  for offset in range(0, size, self.part_size)]
        with self.slots.slot(self.control.cancel):
            upload = self.client.create_multipart_upload(
                bucket=self.dst_bucket, key=self.dst_key, attributes=attributes,
                sse_c=self.sse_c, cancel=self.control.cancel)
        try:
            etags = self._copy_parts(upload.upload_id, ranges)
            with self.slots.slot(self.control.cancel):
                done = self.client.complete_multipart_upload(
                    bucket=self.dst_bucket, key=self.dst_key, upload_id=upload.upload_id,
                    parts=[CompletedPart(n, e) for n, e in enumerate(etags, start=1)],
                    sse_c=self.sse_c, cancel=self.control.cancel)
        except BaseException:
            self._abort(upload.upload_id)
            self.report(-self.reported)
            raise
        with self.slots.slot():
            # RGW 16.2 sends an empty ETag from Complete: ask HEAD.
            copy = self.client.head_object(bucket=self.dst_bucket, key=self.dst_key,
                                           version_id=done.version_id, sse_c=self.sse_c)
        expected = expected_multipart_etag(etags)
        if copy.content_length != size or (expected and copy.etag != expected):
            raise IntegrityError(f"The copy of {self.head.key!r} is {copy.content_length:,} "
                                 f"bytes with ETag {copy.etag}; expected {size:,} and {expected}")
        return CopyResult(self.dst_bucket, self.dst_key, size, copy.etag, copy.version_id,
                          self.head.etag, parts=len(etags))

    def _copy_parts(self, upload_id: str, ranges: list[tuple[int, int]]) -> list[str]:
        etags: list[str | None] = [None] * len(ranges)

        def copy_part(number: int) -> None:
            start, end = ranges[number - 1]
            while self.control.paused and not self.abort.cancelled:
                self.abort.wait(0.2)
            self.abort.raise_if_cancelled()
            with self.slots.slot(self.abort):
                part = self.client.upload_part_copy(
                    bucket=self.dst_bucket, key=self.dst_key, upload_id=upload_id,
                    part_number=number, source_bucket=self.head.bucket,
                    source_key=self.head.key, source_version_id=self.version_id,
                    source_range=(start, end - 1),
                    source_conditions=ReadConditions(if_match=self.head.etag),
                    sse_c=self.sse_c, source_sse_c=self.sse_c_source, cancel=self.abort)
            if not part.etag:
                raise ServiceError(code="MissingETag", status=200, message=f"part {number} of "
                                   "the copy came back without an ETag")
            etags[number - 1] = part.etag
            self.report(end - start)

        workers = max(1, min(self.config.parts_in_flight, len(ranges)))
        failure: BaseException | None = None
        outcomes = bounded_map(copy_part, range(1, len(ranges) + 1), limit=workers,
                               cancel=self.control.cancel, abort=self.abort, name="copy")
        with closing(outcomes):  # the first failure aborts the parts still running
            for outcome in outcomes:
                if outcome.error is not None:
                    failure = outcome.error
                    break
        if self.control.cancel.cancelled:
            raise Cancelled("cancelled")
        if failure is not None:
            raise failure
        return [e for e in etags if e is not None]

    def _abort(self, upload_id: str) -> None:
        try:
            self.client.abort_multipart_upload(bucket=self.dst_bucket, key=self.dst_key,
                                               upload_id=upload_id)
        except Exception:  # the original failure is the one to raise
            log.warning("could not abort the multipart copy %s of %r; it stays billable "
                        "until aborted", upload_id, self.dst_key, exc_info=True)


def expected_multipart_etag(part_etags: list[str]) -> str | None:
    """S3's multipart ETag from the parts' MD5 ETags, or None when they are not plain MD5s."""
    if not part_etags or not all(plain_md5(e) for e in part_etags):
        return None
    joined = b"".join(bytes.fromhex(e) for e in part_etags)
    return f"{hashlib.md5(joined).hexdigest()}-{len(part_etags)}"  # noqa: S324 - S3's ETag
