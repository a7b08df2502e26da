"""One request budget for the whole app, per endpoint and per bucket, that adapts to SlowDown.

Spaces counts requests per IP (1,500/s over all buckets) and per bucket (800/s; 500/s for older
buckets), and answers 503 SlowDown above them; every refused request still counts against the
rate. Backing off each request on its own does not slow the app down: the other threads keep
sending. So every request first takes a permit from its bucket's budget and from its endpoint's.

A budget paces requests to `rate` per second (a short burst allowed) and holds at most
`concurrency` at once. On SlowDown it halves both, once per episode: requests sent before the
cut, or just after it (within a couple of requests at the new pace, while the server's own
count still holds the excess), do not cut again. The rate halved is the one the server
accepted over the last second when that is lower than the allowed one: it is the server's
limit as seen from here, where an allowance never used says nothing about it. That rate is
kept as the ceiling. On success the budget grows back: quickly while well below the ceiling,
then by a few percent a second, so it probes for a raised limit without refusing more than a
few requests each time it finds it. Another server than Spaces starts high and learns its
limit from its first SlowDown the same way.

Pure Python and driven by an injectable clock (`try_take` and `release` take the time), so
its behaviour is tested without sleeping.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import Cancelled
from spacesgui.s3.spaces import SPACES_DOMAIN

ENDPOINT_RATE = 1500.0     # Spaces: requests/s per IP, all buckets together
BUCKET_RATE = 800.0        # Spaces: requests/s per bucket (newer buckets; older ones: 500)
OTHER_RATE = 5000.0        # other servers publish no limit here: start high, let SlowDown tell
CONCURRENCY = 64           # requests in flight per budget before any SlowDown
# A few requests always fit: a part upload of minutes must not hold the only place while
# every other transfer to the bucket waits behind it.
MIN_CONCURRENCY = 4
MIN_RATE = 5.0             # a budget never paces slower than this
CUT_HOLD = 2.0             # requests at the new pace during which SlowDowns do not cut again
BURST_SECONDS = 0.1        # how far ahead of the pace a request may go (absorbs thread jitter)
RECOVERY = 0.5             # below the ceiling, the gap closes by this share per second
PROBE = 0.05               # near or above the ceiling, the rate grows by this share per second
PROBE_DOUBLING = 10.0      # ... and that share doubles after this many seconds without SlowDown
PROBE_SPEEDUP = 4.0        # ... up to this many times
NEAR_CEILING = 0.95        # where fast recovery hands over to slow probing
SLOW_DOWN_STATUS = 503     # SlowDown; Spaces also answers a plain 503 when it sheds load
Outcome = Literal["answered", "throttled", "unanswered"]
# How long a waiting thread sleeps at most before it looks again (a cancel, or a rate raised
# by another thread's success).
_MAX_WAIT = 0.25


@dataclass(frozen=True, slots=True)
class Pace:
    """A budget's state at one moment, for the UI: requests/s allowed, requests in flight."""

    rate: float
    concurrency: int
    throttled: bool      # cut since it last stood at its starting rate


class Budget:
    """The pace of one endpoint or one bucket. Thread-safe."""

    def __init__(self, rate: float, *, concurrency: int = CONCURRENCY,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.start_rate = rate
        self.start_concurrency = concurrency
        self.rate = rate
        self.concurrency = concurrency
        self.ceiling = math.inf
        self.in_flight = 0
        self.cuts = 0
        self._grown = 0                 # successes since the concurrency last grew
        self._clock = clock
        self._next = -math.inf          # when the next request is due at the current rate
        self._last_cut = -math.inf
        self._last_growth = clock()
        self._accepted: deque[float] = deque()   # when the successes of the last second ended
        self._lock = threading.Lock()
        self._released = threading.Condition(self._lock)

    # --- the decisions, each at an explicit time (what the tests drive) -----------------

    def try_take(self, now: float) -> float:
        """Take a permit now and return 0, or return how long to wait before asking again
        (math.inf: until a request in flight ends)."""
        with self._lock:
            return self._try_take(now)

    def _try_take(self, now: float) -> float:
        if self.in_flight >= self.concurrency:
            return math.inf
        interval = 1.0 / self.rate
        earliest = self._next - BURST_SECONDS
        if now < earliest:
            return earliest - now
        self._next = max(self._next, now) + interval
        self.in_flight += 1
        return 0.0

    def _accepted_rate(self, now: float) -> float:
        """Successes/s over the last second (servers count per second; a young budget's
        figure is low, which errs on the safe side)."""
        while self._accepted and self._accepted[0] <= now - 1.0:
            self._accepted.popleft()
        return float(len(self._accepted))

    def release(self, *, sent_at: float, now: float, outcome: Outcome) -> None:
        """A request taken at `sent_at` ended: refused with SlowDown ("throttled"), answered
        otherwise ("answered"), or not answered at all ("unanswered": a network error, a
        cancel), which says nothing about the pace."""
        with self._lock:
            self.in_flight -= 1
            if outcome == "throttled":
                self._cut(sent_at, now)
            elif outcome == "answered":
                self._accepted.append(now)
                if len(self._accepted) > self.rate * 2:    # bounded whatever the traffic
                    self._accepted_rate(now)
                self._grow(now)
            self._released.notify_all()

    def _cut(self, sent_at: float, now: float) -> None:
        if sent_at < self._last_cut + min(1.0, CUT_HOLD / self.rate):
            return  # sent at the old pace, or too soon after the cut to judge the new one
        accepted = self._accepted_rate(now)
        self.ceiling = max(MIN_RATE, min(self.rate, accepted) if accepted > 0 else self.rate)
        self.rate = max(MIN_RATE, self.ceiling / 2)
        self.concurrency = max(MIN_CONCURRENCY,
                               min(self.concurrency, self.in_flight + 1) // 2)
        self._last_cut = now
        self._last_growth = now
        self._next = max(self._next, now)   # the burst allowance is spent on a cut
        self.cuts += 1

    def _grow(self, now: float) -> None:
        elapsed = min(max(0.0, now - self._last_growth), 1.0)
        self._last_growth = now
        if self.rate < self.start_rate:
            target = self.ceiling * NEAR_CEILING
            if self.rate < target:
                step = (target - self.rate) * min(1.0, RECOVERY * elapsed)
            else:
                step = 0.0
            # Probing speeds up the longer no SlowDown came: a ceiling learnt while the app
            # sent little must not hold a later folder upload back for minutes.
            calm = min(PROBE_SPEEDUP, 1.0 + max(0.0, now - self._last_cut) / PROBE_DOUBLING)
            step = max(step, self.rate * PROBE * calm * elapsed)
            self.rate = min(self.start_rate, self.rate + step)
        if self.concurrency < self.start_concurrency:
            # One more request in flight for each round of successes at the current width.
            self._grown += 1
            if self._grown >= self.concurrency:
                self._grown = 0
                self.concurrency += 1

    def pace(self) -> Pace:
        with self._lock:
            return Pace(self.rate, self.concurrency, self.rate < self.start_rate)

    # --- blocking use --------------------------------------------------------------------

    def acquire(self, cancel: CancelToken | None = None) -> float:
        """Block until a permit is free; return the time it was taken (for `release`).

        A cancel is noticed within a quarter of a second."""
        with self._lock:
            while True:
                if cancel is not None and cancel.cancelled:
                    raise Cancelled("cancelled")
                now = self._clock()
                delay = self._try_take(now)
                if delay == 0.0:
                    return now
                self._released.wait(min(delay, _MAX_WAIT))


class Pacing:
    """The app's budgets: one per endpoint and one per (endpoint, bucket), made on first use,
    starting from Spaces' published limits on a Spaces endpoint."""

    def __init__(self, *, endpoint_rate: float = ENDPOINT_RATE, bucket_rate: float = BUCKET_RATE,
                 other_rate: float = OTHER_RATE, concurrency: int = CONCURRENCY,
                 clock: Callable[[], float] = time.monotonic, enabled: bool = True) -> None:
        self.endpoint_rate = endpoint_rate
        self.bucket_rate = bucket_rate
        self.other_rate = other_rate
        self.concurrency = concurrency
        self.enabled = enabled
        self._clock = clock
        self._budgets: dict[tuple[str, str | None], Budget] = {}
        self._lock = threading.Lock()

    def budget(self, endpoint: str, bucket: str | None) -> Budget:
        key = (endpoint.lower(), bucket)
        with self._lock:
            found = self._budgets.get(key)
            if found is None:
                host = endpoint.lower().rsplit(":", 1)[0]
                if host == SPACES_DOMAIN or host.endswith("." + SPACES_DOMAIN):
                    rate = self.endpoint_rate if bucket is None else self.bucket_rate
                else:
                    rate = self.other_rate
                found = self._budgets[key] = Budget(rate, concurrency=self.concurrency,
                                                    clock=self._clock)
            return found

    @contextmanager
    def permit(self, endpoint: str, bucket: str | None,
               cancel: CancelToken | None = None) -> Iterator[Permit]:
        """Hold a permit of the bucket's budget and of the endpoint's for one request; tell
        `Permit.answer` the status before leaving if the server answered."""
        if not self.enabled:
            yield Permit(None, None)
            return
        budgets = [self.budget(endpoint, None)]
        if bucket:
            budgets.insert(0, self.budget(endpoint, bucket))   # the narrower budget first
        taken: list[tuple[Budget, float]] = []
        permit = Permit(budgets[0], None)
        try:
            for budget in budgets:
                taken.append((budget, budget.acquire(cancel)))
            permit.sent_at = taken[0][1]
            yield permit
        finally:
            now = self._clock()
            for index, (budget, sent_at) in enumerate(taken):
                # SlowDown cuts the narrowest budget it could come from; the endpoint's own
                # budget is cut by the requests that name no bucket.
                outcome = permit.outcome
                if index > 0 and outcome == "throttled":
                    outcome = "unanswered"
                budget.release(sent_at=sent_at, now=now, outcome=outcome)


@dataclass(slots=True)
class Permit:
    """One request's permit; the transport tells it the status the server answered."""

    budget: Budget | None
    sent_at: float | None
    outcome: Outcome = "unanswered"

    def answer(self, status: int) -> None:
        self.outcome = "throttled" if status == SLOW_DOWN_STATUS else "answered"

    @property
    def throttled(self) -> bool:
        return self.outcome == "throttled"

    def pace(self) -> Pace | None:
        return self.budget.pace() if self.budget is not None else None


SHARED = Pacing()
"""The budget every client shares unless given its own."""
