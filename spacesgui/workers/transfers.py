"""The transfer queue: at most `max_files` transfers at once, throttled progress, persistence.

Each job runs on a plain thread of its own (the engine's calls block for minutes; a paused job
keeps its thread but no longer counts against `max_files`), with a JobControl for pause,
resume and cancel, and one SlotPool shared by all jobs caps concurrent requests. Engine
callbacks only add to a lock-protected Meter; a 100 ms QTimer on the GUI thread turns those
into `job_changed` signals, so a fast transfer costs the GUI ten updates a second, never one per
chunk. While jobs run, a GuiPulse holds their requests back whenever the GUI thread is short of
the interpreter lock. Unfinished jobs are saved as JSON (no secret) and come back, paused,
after a restart; an upload then resumes through the engine's journal.
"""

from __future__ import annotations

import functools
import itertools
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

from PySide6.QtCore import QObject, QTimer, Signal

from spacesgui.clients import ClientRegistry
from spacesgui.preferences import Preferences
from spacesgui.s3.atomic_file import write_atomically
from spacesgui.s3.errors import Cancelled
from spacesgui.s3.options import SSECustomerKey
from spacesgui.s3.transfer.bandwidth import BandwidthLimit
from spacesgui.s3.transfer.common import SlotPool, TransferConfig
from spacesgui.s3.transfer.journal import JournalEntry, UploadJournal
from spacesgui.s3.transfer.properties import Edits
from spacesgui.s3.transfer.upload_rules import UploadDefaults
from spacesgui.states import ACTIVE_STATES, FINISHED_STATES, JobKind, JobState
from spacesgui.workers.gui_pulse import GuiPulse
from spacesgui.workers.late_emit import emit_unless_deleted
from spacesgui.workers.priority import lower_current_thread
from spacesgui.workers.transfer_jobs import (
    Context,
    CustomerKeyLookup,
    JobControl,
    JobSpec,
    Meter,
    RestoredFailure,
    discard_leftovers,
    error_text,
)
from spacesgui.workers.transfer_kinds import JobRecord, Outcome, work
from spacesgui.workers.transfer_store import (
    SavedJob,
    Totals,
    TransferJob,
    encode_state,
    read_state,
)

log = logging.getLogger(__name__)

TICK_MS = 100                 # progress published at most 10 times a second
SAVE_DELAY_MS = 300           # state changes in a burst are saved once


class _Bridge(QObject):
    """Lives on the GUI thread, so a worker's emit is queued to it."""

    ended = Signal(object)        # job id


class TransferQueue(QObject):
    """Runs transfers in the background; every public method is for the GUI thread."""

    job_added = Signal(object)            # job id
    job_changed = Signal(object)          # job id
    job_finished = Signal(object, object)  # job id, result or exception
    job_removed = Signal(object)          # job id (clear_finished)
    totals_changed = Signal(object)       # Totals

    def __init__(self, registry: ClientRegistry, *, state_path: str | os.PathLike[str],
                 journal_dir: str | os.PathLike[str], config: TransferConfig | None = None,
                 max_files: int = 4, customer_key: CustomerKeyLookup | None = None,
                 parent: QObject | None = None) -> None:
        """`customer_key` reads an account's named SSE-C key when a job that names one runs
        (on its worker thread); without it such a job fails with a message."""
        super().__init__(parent)
        if max_files < 1:
            raise ValueError("max_files must be at least 1")
        config = config or TransferConfig()
        # One limit for all uploads and one for all downloads, kept across retuning.
        config = replace(config, upload_bandwidth=config.upload_bandwidth or BandwidthLimit(),
                         download_bandwidth=config.download_bandwidth or BandwidthLimit())
        self._state_path = Path(state_path)
        self._max_files = max_files
        self._pulse = GuiPulse(self)
        self._ctx = Context(clients=registry.client_for, config=config,
                            slots=self._slot_pool(max_files * config.parts_in_flight),
                            journal=UploadJournal(journal_dir), files_in_flight=max_files,
                            customer_key=customer_key)
        self._ids = itertools.count(1)
        self._records: dict[int, JobRecord] = {}
        self._helpers: set[threading.Thread] = set()
        self._closed = False
        self._bridge = _Bridge(self)
        self._bridge.ended.connect(self._on_job_ended)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._on_tick)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._on_save_due)
        self._saver = ThreadPoolExecutor(1, thread_name_prefix="transfer-state",
                                         initializer=lower_current_thread)

    # --- adding jobs ----------------------------------------------------------------------

    def customer_key(self, account_id: str, name: str) -> SSECustomerKey:
        """The account's customer key `name` through the queue's lookup, for the window's other
        reads that need one (a preview). Blocks on the keyring: call it on a pool thread."""
        return self._ctx.read_key(account_id, name)

    # `sse_key` names one of the account's customer keys (SSE-C); the job keeps the name only.
    # `upload` is the account's ACL and header rules; the job keeps them as they are now.
    def enqueue_upload(self, account_id: str, bucket: str, key: str, path: str, *,
                       sse_key: str = "", upload: UploadDefaults | None = None) -> int:
        return self._add(JobSpec(JobKind.UPLOAD, account_id, bucket, key=key,
                                 path=os.fspath(path), sse_key=sse_key, upload=upload))

    def enqueue_folder_upload(self, account_id: str, bucket: str, prefix: str,
                              local_dir: str, *, sse_key: str = "",
                              upload: UploadDefaults | None = None) -> int:
        return self._add(JobSpec(JobKind.FOLDER_UPLOAD, account_id, bucket, key=prefix,
                                 path=os.fspath(local_dir), sse_key=sse_key, upload=upload))

    def enqueue_properties(self, account_id: str, bucket: str,
                           keys_or_prefixes: Sequence[str], edits: Edits) -> int:
        """Change ACL, headers, metadata or tags of the keys and of everything below the
        folders ("a/"); fields `edits` leaves alone keep each object's own value."""
        return self._add(JobSpec(JobKind.PROPERTIES, account_id, bucket,
                                 keys=tuple(keys_or_prefixes), edits=edits))

    def enqueue_download(self, account_id: str, bucket: str, key: str, path: str, *,
                         size: int | None = None, version_id: str = "",
                         sse_key: str = "") -> int:
        """`size` (from the listing) spares the HEAD that would find the total; a
        `version_id` downloads that version instead of the current one."""
        return self._add(JobSpec(JobKind.DOWNLOAD, account_id, bucket, key=key,
                                 path=os.fspath(path), size=size, version_id=version_id,
                                 sse_key=sse_key))

    def enqueue_prefix_download(self, account_id: str, bucket: str, prefix: str,
                                local_dir: str, *, sse_key: str = "") -> int:
        return self._add(JobSpec(JobKind.PREFIX_DOWNLOAD, account_id, bucket, key=prefix,
                                 path=os.fspath(local_dir), sse_key=sse_key))

    def enqueue_copy(  # noqa: PLR0917 - source, then destination
            self, src_account: str, src_bucket: str, keys: list[str] | tuple[str, ...],
            dst_account: str, dst_bucket: str, dst_prefix: str, *, move: bool) -> int:
        """Keys ending in "/" are folders; each lands under `dst_prefix` by its last name."""
        return self._add(JobSpec(JobKind.MOVE if move else JobKind.COPY, src_account, src_bucket,
                                 keys=tuple(keys), dst_account=dst_account,
                                 dst_bucket=dst_bucket, dst_prefix=dst_prefix))

    def enqueue_rename(self, account_id: str, bucket: str, key: str, new_key: str, *,
                       size: int | None = None) -> int:
        """Rename an object, or a folder when both end in "/" (copy, check, delete)."""
        return self._add(JobSpec(JobKind.RENAME, account_id, bucket, key=key, dst_prefix=new_key,
                                 size=size))

    def enqueue_delete(self, account_id: str, bucket: str,
                       keys_or_prefixes: list[str] | tuple[str, ...]) -> int:
        return self._add(JobSpec(JobKind.DELETE, account_id, bucket, keys=tuple(keys_or_prefixes)))

    def enqueue_abort_uploads(self, account_id: str, bucket: str,
                              uploads: Sequence[tuple[str, str]]) -> int:
        """Abort incomplete multipart uploads, each named by (key, upload id)."""
        return self._add(JobSpec(JobKind.ABORT_UPLOADS, account_id, bucket,
                                 keys=tuple(key for key, _id in uploads),
                                 upload_ids=tuple(upload_id for _key, upload_id in uploads)))

    def enqueue(self, spec: JobSpec) -> int:
        """Queue a job described in full (one whose conflicts were checked and answered)."""
        return self._add(spec)

    def _add(self, spec: JobSpec, state: JobState = JobState.QUEUED,
             error: BaseException | None = None) -> int:
        if self._closed:
            raise RuntimeError("TransferQueue used after shutdown")
        record = JobRecord(next(self._ids), spec, state=state, error=error)
        self._records[record.id] = record
        self.job_added.emit(record.id)
        self._changed(record)
        self._schedule()
        return record.id

    def apply_preferences(self, preferences: Preferences) -> None:
        """Parallel transfers, part size, parts in flight and retries for the jobs that start
        from now on (running ones keep theirs); bandwidth limits at once, for running ones too."""
        ctx = self._ctx
        config = preferences.transfer_config(ctx.config)
        max_files = preferences.parallel_transfers
        slots = ctx.slots
        if max_files * config.parts_in_flight != slots.slots:
            slots = self._slot_pool(max_files * config.parts_in_flight)
        self._ctx = replace(ctx, config=config, slots=slots, files_in_flight=max_files,
                            retry=preferences.retry_policy())
        self._max_files = max_files
        if config.upload_bandwidth is not None:
            config.upload_bandwidth.set_rate(preferences.upload_limit)
        if config.download_bandwidth is not None:
            config.download_bandwidth.set_rate(preferences.download_limit)
        self._schedule()

    def _slot_pool(self, slots: int) -> SlotPool:
        return SlotPool(slots, before_request=self._pulse.step_aside)

    @property
    def tuning(self) -> tuple[int, TransferConfig, int | None]:
        """Parallel transfers, the engine's config and the attempts per request (None: the
        account's own) that new jobs get."""
        retry = self._ctx.retry
        return self._max_files, self._ctx.config, retry.max_attempts if retry else None

    # --- reading --------------------------------------------------------------------------

    @property
    def journal(self) -> UploadJournal:
        """The uploads' journal, for a check of what could be resumed (read it off the GUI
        thread)."""
        return self._ctx.journal

    def journal_entries(self) -> list[JournalEntry]:
        """The uploads the journal can resume; enqueue_upload() with an entry's key and path
        continues that upload (when the file is unchanged)."""
        return self._ctx.journal.entries()

    def jobs(self) -> list[TransferJob]:
        return [self._snapshot(r) for r in self._records.values()]

    def job(self, job_id: int) -> TransferJob | None:
        record = self._records.get(job_id)
        return self._snapshot(record) if record is not None else None

    def totals(self) -> Totals:
        counts = dict.fromkeys(JobState, 0)
        done = total = 0
        speed = 0.0
        for r in self._records.values():
            counts[r.state] += 1
            if r.spec.unit == "bytes" and r.state != JobState.CANCELLED:
                done += r.done
                total += r.total if r.total is not None else r.done
                if r.state in ACTIVE_STATES:
                    speed += r.speed
        remaining = total - done
        eta = remaining / speed if speed > 0 and remaining > 0 else None
        return Totals(done, total, speed, eta, MappingProxyType(counts))

    def _snapshot(self, r: JobRecord) -> TransferJob:
        first = r.spec.keys[0] if r.spec.keys else r.spec.key
        return TransferJob(id=r.id, kind=r.spec.kind, title=r.spec.title, state=r.state,
                           done_bytes=r.done, total_bytes=r.total, speed=r.speed, eta=r.eta,
                           error=r.error, account_id=r.spec.account_id, bucket=r.spec.bucket,
                           key=first, path=r.spec.path, unit=r.spec.unit, spec=r.spec,
                           pace=r.pace)

    # --- controlling ----------------------------------------------------------------------

    def pause(self, job_id: int) -> None:
        record = self._records.get(job_id)
        if record is None or record.state not in (JobState.QUEUED, *ACTIVE_STATES):
            return
        if record.meter is not None:
            record.meter.control.pause()   # in-flight parts finish, no new ones start
        record.state = JobState.PAUSED
        record.speed, record.eta = 0.0, None
        record.samples.clear()
        self._changed(record)
        self._schedule()

    def resume(self, job_id: int) -> None:
        record = self._records.get(job_id)
        if record is None or record.state != JobState.PAUSED:
            return
        if record.meter is not None:
            record.meter.control.resume()
            record.state = JobState.RUNNING
        else:
            record.state = JobState.QUEUED
        self._changed(record)
        self._schedule()

    def cancel(self, job_id: int) -> None:
        """Stop for good: the engine aborts a multipart upload and deletes a `.part` file."""
        record = self._records.get(job_id)
        if record is None or record.state in FINISHED_STATES:
            return
        record.state = JobState.CANCELLED
        record.speed, record.eta = 0.0, None
        if record.meter is not None:
            record.meter.control.stop()    # job_finished follows when the thread ends
            self._changed(record)
            return
        self._changed(record)
        if record.spec.kind in (JobKind.UPLOAD, JobKind.DOWNLOAD):
            self._start_helper(record.spec)
        self.job_finished.emit(record.id, Cancelled("cancelled"))
        self._schedule()

    def retry_failed(self) -> list[int]:
        """Queue every failed job again (and only those); returns their ids."""
        again = [r for r in self._records.values() if r.state == JobState.FAILED]
        for record in again:
            record.state, record.error = JobState.QUEUED, None
            record.done, record.speed, record.eta = 0, 0.0, None
            self._changed(record)
        self._schedule()
        return [r.id for r in again]

    def clear_finished(self) -> list[int]:
        gone = [r.id for r in self._records.values()
                if r.state in FINISHED_STATES and r.thread is None]
        for job_id in gone:
            del self._records[job_id]
            self.job_removed.emit(job_id)
        if gone:
            self._emit_totals()
            self._save_soon()
        return gone

    # --- running --------------------------------------------------------------------------

    def _schedule(self) -> None:
        if self._closed:
            return
        busy = sum(1 for r in self._records.values()
                   if r.thread is not None and r.state in ACTIVE_STATES)
        for record in sorted(self._records.values(), key=lambda r: r.id):
            if busy >= self._max_files:
                break
            if record.state == JobState.QUEUED and record.thread is None:
                self._start(record)
                busy += 1

    def _start(self, record: JobRecord) -> None:
        meter = Meter(JobControl())
        record.meter, record.outcome = meter, None
        record.state, record.samples = JobState.RUNNING, deque()
        record.seen_version = -1
        notify = functools.partial(emit_unless_deleted, self._bridge, "ended")
        thread = threading.Thread(target=work, args=(record, self._ctx, notify),
                                  name=f"transfer-{record.id}", daemon=True)
        record.thread = thread
        self._pulse.start()          # before the thread's first request
        thread.start()
        self._changed(record)
        if not self._ticker.isActive():
            self._ticker.start()

    def _start_helper(self, spec: JobSpec) -> None:
        ctx = self._ctx

        def discard() -> None:
            try:
                discard_leftovers(spec, ctx)
            except Exception:
                log.warning("could not clean up after %s", spec.title, exc_info=True)

        helper = threading.Thread(target=discard, name="transfer-discard", daemon=True)
        self._helpers = {t for t in self._helpers if t.is_alive()} | {helper}
        helper.start()

    def _on_job_ended(self, job_id: int) -> None:
        record = self._records.get(job_id)
        if record is None or self._closed or record.outcome is None:
            return
        if record.thread is not None:
            record.thread.join()           # it has emitted; this returns at once
        outcome, payload = record.outcome
        self._read_meter(record, time.monotonic())
        record.thread, record.meter = None, None
        record.speed, record.eta = 0.0, None
        if outcome == Outcome.DONE:
            record.state, record.error = JobState.DONE, None
            if record.total is None:
                record.total = record.done
        elif outcome == Outcome.CANCELLED:
            record.state = JobState.CANCELLED
        elif outcome == Outcome.FAILED:
            record.state = JobState.FAILED
            record.error = payload if isinstance(payload, BaseException) else None
        else:  # suspended, only during shutdown
            return
        self._changed(record)
        self.job_finished.emit(job_id, payload if outcome != Outcome.CANCELLED
                               or isinstance(payload, Cancelled) else Cancelled("cancelled"))
        self._schedule()

    def _on_tick(self) -> None:
        now = time.monotonic()
        live = [r for r in self._records.values() if r.meter is not None]
        changed = [r for r in live if self._read_meter(r, now)]
        for record in changed:
            self.job_changed.emit(record.id)
        if changed:
            self._emit_totals()
        if not live:
            self._ticker.stop()
            self._pulse.stop()

    def _read_meter(self, record: JobRecord, now: float) -> bool:
        """Copy the Meter into the record; True when the panel should repaint the row."""
        state = record.state
        changed = record.read_meter(now)
        if state != record.state:
            self._save_soon()
        return changed

    def _changed(self, record: JobRecord) -> None:
        self.job_changed.emit(record.id)
        self._emit_totals()
        self._save_soon()

    def _emit_totals(self) -> None:
        self.totals_changed.emit(self.totals())

    # --- persistence ----------------------------------------------------------------------

    def _save_soon(self) -> None:
        if not self._closed:
            self._save_timer.start()

    def _state_json(self) -> bytes:
        jobs = []
        for r in sorted(self._records.values(), key=lambda r: r.id):
            state = r.state
            if r.outcome is not None and r.outcome[0] == Outcome.DONE:
                state = JobState.DONE      # it ended while shutting down
            elif r.outcome is not None and r.outcome[0] == Outcome.CANCELLED:
                state = JobState.CANCELLED
            if state in FINISHED_STATES:
                continue
            error = (error_text(r.error) if state == JobState.FAILED and r.error is not None
                     else None)
            jobs.append(SavedJob(r.spec, state, r.done, r.total, error))
        return encode_state(jobs)

    def _on_save_due(self) -> None:
        data, target = self._state_json(), self._state_path
        self._saver.submit(write_atomically, target, data)

    def restore(self) -> list[int]:
        """Re-add the jobs saved by the last session, paused (Cyberduck also lists them and
        waits for Resume: the user may be on another network, or not want them any more).
        Failed jobs come back failed, with the reason they failed."""
        ids = []
        for saved in read_state(self._state_path):
            error = RestoredFailure(saved.error or "failed") if saved.failed else None
            job_id = self._add(saved.spec, JobState.FAILED if saved.failed else JobState.PAUSED,
                               error)
            record = self._records[job_id]
            record.done, record.total = saved.done, saved.total
            ids.append(job_id)
        return ids

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop every job without cancelling it, save the queue, and wait for the threads.

        Uploads keep their journal and downloads their `.part`, so restore() + resume go on
        where they stopped. False when a thread outlived the timeout (it is a daemon).
        """
        if self._closed:
            return True
        self._closed = True
        self._ticker.stop()
        self._pulse.stop()
        self._save_timer.stop()
        for record in self._records.values():
            if record.meter is not None:
                record.meter.control.suspend()
        deadline = time.monotonic() + timeout_ms / 1000
        threads = [r.thread for r in self._records.values() if r.thread is not None]
        threads += list(self._helpers)
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._saver.shutdown(wait=True)
        try:
            write_atomically(self._state_path, self._state_json())
        except OSError:
            log.warning("could not save the transfer queue", exc_info=True)
        alive = [t.name for t in threads if t.is_alive()]
        if alive:
            log.warning("transfer threads still running after %d ms: %s", timeout_ms, alive)
        return not alive
