"""Cooperative cancellation shared by the core and the worker layer."""

from __future__ import annotations

import threading

from spacesgui.s3.errors import Cancelled


class CancelToken:
    """A flag that long operations poll; `wait` doubles as an interruptible sleep for backoff."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("cancelled")

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; return True at once if cancelled meanwhile."""
        return self._event.wait(max(0.0, seconds))
