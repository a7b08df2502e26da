"""Upload one local file: a single PUT below the threshold, parallel parts above it.

Bodies stream from disk (memory is bounded by parts in flight x io_chunk, not by the file),
every request carries Content-MD5, part ETags are checked, and with a journal an interrupted
upload resumes where it stopped instead of starting a second upload id.
"""

from __future__ import annotations

import base64
import contextlib
import getpass
import hashlib
import io
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import BinaryIO, cast

from spacesgui.s3 import names
from spacesgui.s3.client import S3Client
from spacesgui.s3.client_core import OnRetry
from spacesgui.s3.content_types import guess_content_type
from spacesgui.s3.errors import Cancelled, InvalidInput, MalformedResponse, S3Error, ServiceError
from spacesgui.s3.file_lock import FileLock, LockHeld
from spacesgui.s3.http import RetryEvent
from spacesgui.s3.models.objects_multipart import CompletedPart
from spacesgui.s3.options import ObjectAttributes, SSECustomerKey
from spacesgui.s3.transfer.common import (
    MAX_PARTS,
    MIN_PART_SIZE,
    ProgressFn,
    SlotPool,
    TransferConfig,
    TransferControl,
)
from spacesgui.s3.transfer.concurrency import bounded_map
from spacesgui.s3.transfer.hashing import PartDigests
from spacesgui.s3.transfer.integrity import PayloadCheck, payload_check
from spacesgui.s3.transfer.journal import FileIdentity, JournalEntry, UploadJournal
from spacesgui.s3.transfer.multipart_state import (
    abort_upload,
    list_parts,
    uploads_started_since,
)
from spacesgui.s3.transfer.plan import UploadPlan, plan_upload
from spacesgui.s3.transfer.progress import (
    CountingSlice,
    FileChanged,
    ProgressTotal,
    digest_range,
    md5_range,
)
from spacesgui.s3.transfer.tagging import apply_tags

log = logging.getLogger(__name__)

_active: set[tuple[str, str, str, str]] = set()
_active_lock = threading.Lock()
# Part threads outlive one upload, so their per-thread HTTP sessions (kept connections, TLS
# sessions) serve the next file too; per-object and global limits are enforced elsewhere.
_PART_THREADS = 64
_pool: ThreadPoolExecutor | None = None


def _part_pool() -> ThreadPoolExecutor:
    global _pool  # noqa: PLW0603 - one lazily made pool per process
    with _active_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=_PART_THREADS,
                                       thread_name_prefix="upload-part")
        return _pool


@dataclass(frozen=True, slots=True)
class UploadResult:
    """`etag` as S3 reports it (quotes stripped); `parts` is 0 for a single PUT."""

    etag: str | None
    version_id: str | None
    size: int
    parts: int
    resumed_parts: int
    upload_id: str | None = None


def upload_file(
    client: S3Client, *, bucket: str, key: str, path: str | os.PathLike[str],
    config: TransferConfig | None = None, control: TransferControl | None = None,
    slots: SlotPool | None = None, journal: UploadJournal | None = None,
    progress: ProgressFn | None = None, attributes: ObjectAttributes | None = None,
    sse_c: SSECustomerKey | None = None, extra_headers: Mapping[str, str] | None = None,
    on_retry: OnRetry = None, content_md5: bool = True,
) -> UploadResult:
    """Upload `path` to bucket/key and return the stored object's ETag and version.

    `attributes` describe the object; without a content type one is guessed from the name.

    `control` pauses (between parts) and cancels (a cancelled multipart upload is aborted, so
    nothing billable is left). With a `journal`, any other failure keeps the upload and its
    record so the next call for the same file and key resumes it; without one it is aborted.
    `progress` receives byte deltas, negative when a part is rewound for a retry.
    Each body is guarded by the hash the server verifies (see integrity): a signed SHA-256
    where it checks one (AWS, Spaces, or probed; ~0.6 CPU-s/GiB with SHA instructions), else
    Content-MD5 (about 1.2-1.7). `content_md5=False` skips hashing altogether (no guard, no
    ETag check), which matters only where the link outruns a core.
    """
    config = config or TransferConfig()
    control = control or TransferControl()
    names.check_key(key)
    if config.parts_in_flight < 1 or config.io_chunk < 1:
        raise InvalidInput("parts_in_flight and io_chunk must be at least 1")
    try:
        identity = FileIdentity.of(path)
    except OSError as exc:
        raise InvalidInput(f"Cannot read {os.fspath(path)!r}: {exc.strerror or exc}") from None
    if not os.path.isfile(identity.path):
        raise InvalidInput(f"{identity.path!r} is not a regular file")
    plan = plan_upload(identity.size, config)
    attributes = attributes or ObjectAttributes()
    if not attributes.content_type:
        attributes = replace(attributes,
                             content_type=guess_content_type(os.path.basename(identity.path)))
    job = _Upload(client, bucket=bucket, key=key, identity=identity, plan=plan, config=config,
                  control=control, slots=slots, journal=journal, total=ProgressTotal(progress),
                  sse_c=sse_c, on_retry=on_retry, attributes=attributes,
                  extra_headers=extra_headers, hashing=content_md5)
    with _claim((client.endpoint, bucket, key, identity.path), journal,
                across_processes=plan.multipart):
        control.checkpoint()
        job.check = payload_check(client)
        if not plan.multipart:
            job.drop_stale_record()
            return job.single_put()
        return job.multipart()


@contextlib.contextmanager
def _claim(ident: tuple[str, str, str, str], journal: UploadJournal | None, *,
           across_processes: bool) -> Iterator[None]:
    """One upload of a file to a key at a time: two would make two upload ids. The set keeps
    threads of this process apart, a lock file other processes (a second window, a script);
    a single PUT needs no lock file (two of them make no upload id), which spares a folder of
    small files a file created and removed per file."""
    with _active_lock:
        if ident in _active:
            raise InvalidInput(f"{ident[3]} is already being uploaded to {ident[1]}/{ident[2]}")
        _active.add(ident)
    try:
        held = FileLock(_lock_path(ident, journal)) if across_processes else None
        try:
            if held is not None:
                held.acquire()
        except LockHeld:
            raise InvalidInput(f"{ident[3]} is already being uploaded to {ident[1]}/{ident[2]} "
                               "by another program") from None
        try:
            yield
        finally:
            if held is not None:
                held.release()
    finally:
        with _active_lock:
            _active.discard(ident)


def _lock_path(ident: tuple[str, str, str, str], journal: UploadJournal | None) -> Path:
    """Beside the journal (so every process of one user meets there), else in the temp folder."""
    if journal is not None:
        folder = journal.directory / "locks"
    else:
        try:
            user = getpass.getuser()
        except (OSError, KeyError):     # no login name (some containers): the numeric id
            user = str(getattr(os, "getuid", lambda: "user")())
        folder = Path(tempfile.gettempdir()) / f"spacesgui-{user}-locks"
    digest = hashlib.sha256(json.dumps(ident, ensure_ascii=True).encode()).hexdigest()[:40]
    return folder / f"{digest}.lock"


def _read_exactly(file: io.FileIO, size: int) -> bytes:
    chunks: list[bytes] = []
    remaining = size
    while remaining > 0:
        chunk = file.read(remaining)
        if not chunk:
            raise FileChanged(f"{file.name} became shorter while being read")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _b64(digest: bytes | None) -> str | None:
    return base64.b64encode(digest).decode() if digest is not None else None


class _Upload:
    """The state of one upload_file call (kept off the public API)."""

    def __init__(self, client: S3Client, *, bucket: str, key: str, identity: FileIdentity,
                 plan: UploadPlan, config: TransferConfig, control: TransferControl,
                 slots: SlotPool | None, journal: UploadJournal | None, total: ProgressTotal,
                 sse_c: SSECustomerKey | None, on_retry: OnRetry,
                 attributes: ObjectAttributes, extra_headers: Mapping[str, str] | None,
                 hashing: bool) -> None:
        self.client, self.bucket, self.key = client, bucket, key
        self.identity, self.plan, self.config = identity, plan, config
        self.control, self.cancel = control, control.cancel
        self.slots, self.journal, self.total = slots, journal, total
        self.sse_c, self.on_retry = sse_c, on_retry
        self.attributes, self.extra_headers = attributes, extra_headers
        self.hashing = hashing
        self.check: PayloadCheck = "md5"     # the hash the server verifies (see integrity)
        self.entry: JournalEntry | None = None
        self.digests: PartDigests | None = None     # while parts are being sent
        self.done: dict[int, str] = {}
        self.lock = threading.Lock()

    def _slot(self) -> contextlib.AbstractContextManager[None]:
        return self.slots.slot(self.cancel) if self.slots else contextlib.nullcontext()

    def _open(self) -> io.FileIO:
        return open(self.identity.path, "rb", buffering=0)

    # --- single PUT ---------------------------------------------------------------------

    def single_put(self) -> UploadResult:
        size = self.identity.size
        with self._open() as file:
            source: BinaryIO = cast(BinaryIO, file)
            if size <= self.config.io_chunk:
                # A small file is read once, and hashed and sent from that one read: most of
                # a folder of small files, where a second pass over the disk is pure overhead.
                data = _read_exactly(file, size)
                digest = hashlib.new(self.check, data).digest() if self.hashing else None
                source = io.BytesIO(data)
            else:
                digest = self._digest(file, 0, size)
            body = CountingSlice(source, 0, size, self.total.add,
                                 min_read=self.config.io_chunk, cancel=self.cancel,
                                 bandwidth=self.config.upload_bandwidth)
            try:
                with self._slot():
                    result = self.client.put_object(
                        bucket=self.bucket, key=self.key, body=cast(BinaryIO, body),
                        attributes=self.attributes, sse_c=self.sse_c,
                        extra_headers=self.extra_headers, content_md5=self._md5(digest),
                        payload_sha256=self._sha256(digest),
                        cancel=self.cancel, on_retry=self.on_retry)
            except BaseException:
                body.take_back()
                raise
        self._check_etag("The object", result.etag, digest)
        return UploadResult(etag=result.etag, version_id=result.version_id, size=size,
                            parts=0, resumed_parts=0)

    def _digest(self, file: io.FileIO, offset: int, length: int) -> bytes | None:
        if not self.hashing:
            return None
        return digest_range(file, offset, length, algorithm=self.check)

    def _md5(self, digest: bytes | None) -> str | None:
        return _b64(digest) if self.check == "md5" else None

    def _sha256(self, digest: bytes | None) -> str | None:
        return digest.hex() if self.check == "sha256" and digest is not None else None

    def _check_etag(self, what: str, etag: str | None, digest: bytes | None) -> None:
        """S3 checked Content-MD5 already; this catches a proxy or server that did not."""
        if self.check != "md5" or self.sse_c is not None or not etag or digest is None:
            return  # an SSE-C object's ETag is not the MD5 of its plaintext
        if etag.lower() != digest.hex():
            raise MalformedResponse(f"{what}'s ETag {etag} is not the MD5 {digest.hex()} of the "
                                    "data sent")

    def drop_stale_record(self) -> None:
        """A file now small enough for one PUT may have an old multipart record: abort it."""
        if self.journal is None or self.journal.is_empty():
            return
        entry = self.journal.load(self.client.endpoint, self.bucket, self.key, self.identity.path)
        if entry is not None and entry.intent:
            self._settle_intent(entry, adopt=False)
        elif entry is not None and self._abort(entry.upload_id):
            self.journal.delete(entry)

    # --- multipart ----------------------------------------------------------------------

    def multipart(self) -> UploadResult:
        resumed = self._resume()
        if self.entry is None:
            self.entry = self._create()
        upload_id = self.entry.upload_id
        self.total.add(sum(self.plan.part_range(n)[1] for n in self.done))
        missing = [n for n in range(1, self.plan.part_count + 1) if n not in self.done]
        failure = self._run_parts(missing)
        if failure is None:
            try:
                self.control.checkpoint()
                if FileIdentity.of(self.identity.path) != self.identity:
                    raise FileChanged(f"{self.identity.path} changed during the upload")
            except (Cancelled, FileChanged, OSError) as exc:
                failure = exc
        if failure is not None:
            if self.cancel.cancelled:
                failure = Cancelled("cancelled")
            abandon = isinstance(failure, Cancelled | FileChanged) or self.journal is None
            if abandon and self._abort(upload_id) and self.journal is not None:
                self.journal.delete(self.entry)
            raise failure
        return self._complete(upload_id, resumed)

    def _create(self) -> JournalEntry:
        """CreateMultipartUpload, with the intent recorded first and the id right after."""
        key_md5 = self.sse_c.key_md5 if self.sse_c else None
        entry = JournalEntry(endpoint=self.client.endpoint, bucket=self.bucket, key=self.key,
                             file=self.identity, upload_id="", part_size=self.plan.part_size,
                             sse_c_key_md5=key_md5)
        if self.journal is not None:
            entry = self.journal.start(endpoint=entry.endpoint, bucket=self.bucket,
                                       key=self.key, file=self.identity,
                                       part_size=self.plan.part_size, sse_c_key_md5=key_md5)
        started = time.time()
        retries: list[RetryEvent] = []
        told = self.client.retry_observer

        def note(event: RetryEvent) -> None:
            retries.append(event)
            if told is not None:
                told(event)

        try:
            upload = self.client.observed(note).create_multipart_upload(
                bucket=self.bucket, key=self.key, attributes=self.attributes, sse_c=self.sse_c,
                extra_headers=self.extra_headers, cancel=self.cancel)
        except ServiceError as exc:
            if self.journal is not None and exc.status < 500:  # refused: nothing was made
                self.journal.delete(entry)
            raise
        except Cancelled:
            # The request may have reached the server; nobody will resume this intent.
            if self.journal is not None:
                with contextlib.suppress(S3Error):
                    self._settle_intent(entry, adopt=False)
            raise
        # Any other failure (a lost answer) keeps the intent: the next attempt settles it.
        if retries:
            self._abort_lost_creates(keep=upload.upload_id, since=entry.created or started)
        entry = replace(entry, upload_id=upload.upload_id)
        if self.journal is not None:
            try:
                self.journal.save(entry)
            except OSError:
                self._abort(upload.upload_id)
                raise
        return entry

    def _abort_lost_creates(self, *, keep: str, since: float) -> None:
        """A retried CreateMultipartUpload may have made an upload whose answer was lost (the
        connection broke while it arrived): abort every upload of this key started since,
        except `keep` (the one answered) and those another record of the journal names."""
        theirs = {e.upload_id for e in self.journal.entries() if not e.intent} \
            if self.journal is not None else set()
        try:
            found = uploads_started_since(self.client, bucket=self.bucket, key=self.key,
                                          since=since, cancel=self.cancel)
        except S3Error:  # the listing failed: the Incomplete Uploads window still shows them
            log.warning("could not look for uploads of %s/%s lost to a retried create",
                        self.bucket, self.key, exc_info=True)
            return
        for lost in found:
            if lost.upload_id != keep and lost.upload_id not in theirs:
                log.info("aborting upload %s of %s/%s, made by a create whose answer was lost",
                         lost.upload_id, self.bucket, self.key)
                self._abort(lost.upload_id)

    def _settle_intent(self, entry: JournalEntry, *, adopt: bool) -> JournalEntry | None:
        """An intent whose CreateMultipartUpload answer never reached the record: adopt the
        newest upload of this key the server started since (when `adopt`) and abort the rest.

        Uploads another record of this journal names are someone else's and left alone.
        Returns the record with the adopted id, or None (the intent is then deleted)."""
        assert self.journal is not None
        theirs = {e.upload_id for e in self.journal.entries() if not e.intent}
        found = [u for u in uploads_started_since(self.client, bucket=self.bucket, key=self.key,
                                                  since=entry.created)
                 if u.upload_id not in theirs]
        keep = found[-1] if adopt and found else None
        for upload in found:
            if upload is not keep:
                log.info("aborting upload %s of %s/%s, started before a crash recorded it",
                         upload.upload_id, self.bucket, self.key)
                self._abort(upload.upload_id, strict=True)
        if keep is None:
            self.journal.delete(entry)
            return None
        log.info("adopting upload %s of %s/%s, started before a crash recorded it",
                 keep.upload_id, self.bucket, self.key)
        adopted = replace(entry, upload_id=keep.upload_id)
        self.journal.save(adopted)
        return adopted

    def _complete(self, upload_id: str, resumed: int) -> UploadResult:
        parts = [CompletedPart(n, etag) for n, etag in sorted(self.done.items())]
        try:
            done = self.client.complete_multipart_upload(bucket=self.bucket, key=self.key,
                                                         upload_id=upload_id, parts=parts,
                                                         sse_c=self.sse_c, cancel=self.cancel)
        except Cancelled:
            if self._abort(upload_id) and self.journal is not None and self.entry is not None:
                self.journal.delete(self.entry)
            raise
        if self.journal is not None and self.entry is not None:
            self.journal.delete(self.entry)
        etag, version_id = done.etag, done.version_id
        if self.attributes.tagging:
            with self._slot():
                apply_tags(self.client, bucket=self.bucket, key=self.key,
                           tags=self.attributes.tagging, version_id=version_id,
                           cancel=self.cancel)
        if not etag:  # Ceph RGW 16.2 answers <ETag></ETag>
            try:
                etag = self.client.head_object(bucket=self.bucket, key=self.key,
                                               sse_c=self.sse_c, version_id=version_id).etag
            except S3Error:  # the object is complete; only its ETag is unknown
                log.warning("no ETag for %s/%s", self.bucket, self.key, exc_info=True)
        return UploadResult(etag=etag, version_id=version_id, size=self.identity.size,
                            parts=self.plan.part_count, resumed_parts=resumed,
                            upload_id=upload_id)

    def _run_parts(self, missing: list[int]) -> BaseException | None:
        """Send the parts with at most parts_in_flight at once; pause holds back new ones.

        Returns the first failure after every started part has ended (so an abort that
        follows leaves no part being written)."""
        if not missing:
            return None
        limit = min(self.config.parts_in_flight, len(missing))
        if self.hashing:
            self.digests = PartDigests(self.identity.path,
                                       [(n, *self.plan.part_range(n)) for n in missing],
                                       ahead=limit, cancel=self.cancel, algorithm=self.check)
        try:
            return self._schedule(missing, limit)
        finally:
            if self.digests is not None:
                self.digests.close()
                self.digests = None

    def _schedule(self, missing: list[int], limit: int) -> BaseException | None:
        outcomes = bounded_map(self._send_part, missing, limit=limit,
                               before_each=self.control.checkpoint, executor=_part_pool())
        try:
            with contextlib.closing(outcomes):  # the parts already sent finish before this returns
                for outcome in outcomes:
                    if outcome.error is not None:
                        return outcome.error
        except Cancelled as exc:
            return exc
        return None

    def _send_part(self, number: int) -> None:
        self.cancel.raise_if_cancelled()  # it may have waited in the shared pool's queue
        offset, length = self.plan.part_range(number)
        assert self.entry is not None
        # Taken first: a part that failed before taking its digest would keep a place in the
        # hashers' lookahead window for good.
        digest = self.digests.take(number) if self.digests is not None else None
        with self._open() as file:
            self.cancel.raise_if_cancelled()
            body = CountingSlice(file, offset, length, self.total.add,
                                 min_read=self.config.io_chunk, cancel=self.cancel,
                                 bandwidth=self.config.upload_bandwidth)
            try:
                # The pause is checked again here, where the request really starts: a part
                # drawn before a pause may have waited for a thread, its digest or a slot.
                with self.control.unit(), self._slot():
                    result = self.client.upload_part(
                        bucket=self.bucket, key=self.key, upload_id=self.entry.upload_id,
                        part_number=number, body=cast(BinaryIO, body),
                        content_md5=self._md5(digest), payload_sha256=self._sha256(digest),
                        sse_c=self.sse_c,
                        cancel=self.cancel, on_retry=self.on_retry)
                if not result.etag:
                    raise MalformedResponse(f"The server sent no ETag for part {number}")
                self._check_etag(f"Part {number}", result.etag, digest)
            except BaseException:
                body.take_back()
                raise
        with self.lock:
            self.done[number] = result.etag
        if self.journal is not None:
            self.journal.record_part(self.entry, number, result.etag)

    # --- resume -------------------------------------------------------------------------

    def _resume(self) -> int:
        """Adopt the journal's upload if it still fits this file; returns parts kept."""
        if self.journal is None:
            return 0
        entry = self.journal.load(self.client.endpoint, self.bucket, self.key, self.identity.path)
        if entry is not None and entry.intent:
            entry = self._settle_intent(entry, adopt=True)
        if entry is None:
            return 0
        key_md5 = self.sse_c.key_md5 if self.sse_c else None
        part_count = -(-self.identity.size // entry.part_size) if entry.part_size else 0
        if entry.file != self.identity or entry.sse_c_key_md5 != key_md5 or \
                entry.part_size < MIN_PART_SIZE or part_count > MAX_PARTS:
            log.info("%s changed since upload %s began; starting again", self.identity.path,
                     entry.upload_id)
            self._abort(entry.upload_id, strict=True)  # else two upload ids could exist
            self.journal.delete(entry)
            return 0
        try:
            listed = self._list_parts(entry.upload_id)
        except ServiceError as exc:
            # RGW 16.2 answers ListParts for an unknown upload id with NoSuchKey, AWS NoSuchUpload.
            if exc.code not in ("NoSuchUpload", "NoSuchKey"):
                raise
            log.info("upload %s is gone from the server; starting again", entry.upload_id)
            self.journal.delete(entry)
            return 0
        self.plan = replace(self.plan, part_size=entry.part_size, part_count=part_count)
        self.entry = entry
        with self._open() as file:
            for number, (etag, size) in sorted(listed.items()):
                if number > part_count or size != self.plan.part_range(number)[1]:
                    continue
                known = entry.parts.get(number)
                if known is not None:
                    if known.lower() == etag.lower():
                        self.done[number] = etag
                elif self.sse_c is None:  # sent, but the crash came before the record
                    offset, length = self.plan.part_range(number)
                    if md5_range(file, offset, length).hex() == etag.lower():
                        self.done[number] = etag
        self.entry = replace(entry, parts=MappingProxyType(dict(self.done)))
        self.journal.save(self.entry)
        return len(self.done)

    def _list_parts(self, upload_id: str) -> dict[int, tuple[str, int]]:
        return list_parts(self.client, bucket=self.bucket, key=self.key, upload_id=upload_id,
                          cancel=self.cancel)

    def _abort(self, upload_id: str, *, strict: bool = False) -> bool:
        return abort_upload(self.client, bucket=self.bucket, key=self.key, upload_id=upload_id,
                            strict=strict)
