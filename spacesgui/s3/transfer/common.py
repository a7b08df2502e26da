"""Pieces every transfer shares: its control handle, the global request slots, the tuning."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import Cancelled
from spacesgui.s3.transfer.bandwidth import BandwidthLimit

MiB = 1024 * 1024
GiB = 1024 * MiB
MIN_PART_SIZE = 5 * MiB            # S3's floor for every part but the last
MAX_PART_SIZE = 5 * GiB
MAX_PARTS = 10_000
MAX_SINGLE_PUT = 5 * GiB

ProgressFn = Callable[[int], None]
"""Byte deltas as they happen; negative when a part is rewound for a retry."""


@dataclass(frozen=True, slots=True)
class TransferConfig:
    """Tuning; the defaults respect Spaces' 10 concurrent PUTs per object with margin."""

    multipart_threshold: int = 16 * MiB
    part_size: int = 16 * MiB          # grown automatically so a file never needs > 10,000 parts
    parts_in_flight: int = 8           # per object
    download_threshold: int = 32 * MiB
    download_chunk: int = 16 * MiB     # parallel ranges for large downloads
    io_chunk: int = 256 * 1024         # read/write granularity; bounds memory per stream
    # Shared by every transfer made with this config: None (or rate 0) is unlimited.
    upload_bandwidth: BandwidthLimit | None = None
    download_bandwidth: BandwidthLimit | None = None


class TransferControl:
    """The handle the UI keeps for one transfer: cancel, pause and resume.

    Pausing and starting a unit of work (a part request) take the same lock, so once `pause()`
    returns no unit starts until `resume()`: a unit either counted itself as running before the
    pause (and may finish), or it sees the pause and waits. A check of `paused` followed by a
    start would leave a window in which a part that is still on its way (queued for a thread,
    hashing, waiting for a request slot) starts after the pause.
    """

    def __init__(self, cancel: CancelToken | None = None) -> None:
        self.cancel = cancel or CancelToken()
        self._changed = threading.Condition()
        self._paused = False
        self._active = 0

    def pause(self) -> None:
        with self._changed:
            self._paused = True

    def resume(self) -> None:
        with self._changed:
            self._paused = False
            self._changed.notify_all()

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def active(self) -> int:
        """Units of work started (through `unit`) and not yet ended."""
        with self._changed:
            return self._active

    def stop(self) -> None:
        """Cancel, and wake a paused transfer so it can clean up."""
        self.cancel.cancel()
        self.resume()

    def checkpoint(self) -> None:
        """Called between units of work: blocks while paused, raises Cancelled when cancelled."""
        with self._changed:
            self._wait_running()

    @contextmanager
    def unit(self) -> Iterator[None]:
        """One unit of work: waits while paused, then counts as running until it ends.

        The pause check and the count happen under one lock, so a pause never misses a unit
        that is about to start."""
        with self._changed:
            self._wait_running()
            self._active += 1
        try:
            yield
        finally:
            with self._changed:
                self._active -= 1
                self._changed.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no unit runs (e.g. after a pause); False when `timeout` passed first."""
        with self._changed:
            return self._changed.wait_for(lambda: self._active == 0, timeout)

    def _wait_running(self) -> None:
        # The cancel token is polled: cancelling does not notify this condition.
        while self._paused:
            self.cancel.raise_if_cancelled()
            self._changed.wait(0.2)
        self.cancel.raise_if_cancelled()


class SlotPool:
    """A global cap on concurrent requests across all transfers (a counting semaphore).

    `before_request`, when given, is called by every request's thread before it waits for a
    slot: the one place an embedding program can hold its background requests back for a
    moment (a GUI thread that cannot get the interpreter lock). It must return soon.
    """

    def __init__(self, slots: int, *,
                 before_request: Callable[[], object] | None = None) -> None:
        if slots < 1:
            raise ValueError("at least one slot is needed")
        self.slots = slots
        self.before_request = before_request
        self._sem = threading.BoundedSemaphore(slots)

    @contextmanager
    def slot(self, cancel: CancelToken | None = None) -> Iterator[None]:
        if self.before_request is not None:
            self.before_request()
        while not self._sem.acquire(timeout=0.2):
            if cancel is not None and cancel.cancelled:
                raise Cancelled("cancelled")
        try:
            yield
        finally:
            self._sem.release()
