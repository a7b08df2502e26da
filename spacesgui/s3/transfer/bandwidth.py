"""A bandwidth limit shared by many transfers: a thread-safe token bucket (no Qt here).

Every stream asks `take(n)` for the bytes it has just read or is about to send, at io_chunk
granularity; the bucket refills at `rate` bytes a second and lets a stream run into debt, so a
chunk larger than the bucket still passes, and the streams behind it wait their turn. The rate
can change while streams wait: a waiter recomputes its wait from the bytes it still owes, and
`rate = 0` (unlimited) releases everyone at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import Cancelled

BURST_SECONDS = 0.05   # tokens kept while idle: small, so a limit holds over short transfers
MAX_WAIT_SLICE = 0.2   # a waiter looks at cancel and at a changed rate this often


class BandwidthLimit:
    """Bytes per second for every stream that shares this object; 0 means unlimited."""

    def __init__(self, rate: int = 0, *, clock: Callable[[], float] = time.monotonic) -> None:
        if rate < 0:
            raise ValueError("a bandwidth limit cannot be negative")
        self._clock = clock
        self._cond = threading.Condition()
        self._rate = rate
        self._tokens = 0.0
        self._stamp = clock()
        self._generation = 0   # bumped on every rate change, so waiters recompute

    @property
    def rate(self) -> int:
        with self._cond:
            return self._rate

    def set_rate(self, rate: int) -> None:
        """Change the limit now, for the streams waiting as well as for the next chunks."""
        if rate < 0:
            raise ValueError("a bandwidth limit cannot be negative")
        with self._cond:
            self._refill(self._clock())
            self._rate = rate
            if rate == 0:
                self._tokens = 0.0   # no debt carried into a later limit
            self._generation += 1
            self._cond.notify_all()

    def _refill(self, now: float) -> None:
        if self._rate > 0:
            burst = self._rate * BURST_SECONDS
            self._tokens = min(burst, self._tokens + (now - self._stamp) * self._rate)
        self._stamp = now

    def take(self, amount: int, cancel: CancelToken | None = None) -> None:
        """Account for `amount` bytes, waiting until the limit allows them.

        Raises Cancelled when `cancel` is set while waiting.
        """
        if amount <= 0:
            return
        with self._cond:
            if self._rate == 0:
                return
            now = self._clock()
            self._refill(now)
            self._tokens -= amount
            if self._tokens >= 0:
                return
            # This stream's bytes are the last of the debt: it may go once the debt is paid.
            owed = -self._tokens
            generation, rate = self._generation, self._rate
            deadline = now + owed / rate
            while True:
                if cancel is not None and cancel.cancelled:
                    raise Cancelled("cancelled")
                now = self._clock()
                if generation != self._generation:
                    if self._rate == 0:
                        return
                    left = max(0.0, deadline - now) * rate   # bytes still owed, old rate
                    generation, rate = self._generation, self._rate
                    deadline = now + left / rate
                if now >= deadline:
                    return
                self._cond.wait(min(MAX_WAIT_SLICE, deadline - now))
