"""The shared bandwidth limit: unlimited passes, debt is paid in time, rate changes and cancel
release waiters. Timings are real but short (tenths of a second)."""

from __future__ import annotations

import threading
import time

import pytest

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import Cancelled
from spacesgui.s3.transfer.bandwidth import BandwidthLimit
from spacesgui.s3.transfer.common import MiB


def _timed(limit: BandwidthLimit, amount: int, cancel: CancelToken | None = None) -> float:
    start = time.monotonic()
    limit.take(amount, cancel)
    return time.monotonic() - start


def test_unlimited_never_waits() -> None:
    limit = BandwidthLimit()
    assert _timed(limit, 100 * MiB) < 0.05


def test_debt_is_paid_at_the_rate() -> None:
    limit = BandwidthLimit(4 * MiB)
    took = _timed(limit, MiB // 2)         # an eighth of a second at 4 MiB/s
    assert 0.1 <= took < 0.4
    took = _timed(limit, MiB // 2)
    assert 0.1 <= took < 0.4


def test_threads_share_one_rate() -> None:
    limit = BandwidthLimit(4 * MiB)
    start = time.monotonic()
    threads = [threading.Thread(target=limit.take, args=(MiB // 4,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    took = time.monotonic() - start
    assert 0.2 <= took < 0.6, took        # 1 MiB together at 4 MiB/s


def test_lifting_the_limit_releases_a_waiter() -> None:
    limit = BandwidthLimit(64 * 1024)
    done = threading.Event()

    def take() -> None:
        limit.take(10 * MiB)              # would take 160 s
        done.set()

    thread = threading.Thread(target=take)
    thread.start()
    assert not done.wait(0.1)
    limit.set_rate(0)
    assert done.wait(2)
    thread.join(2)


def test_raising_the_limit_shortens_a_wait() -> None:
    limit = BandwidthLimit(64 * 1024)
    timer = threading.Timer(0.1, limit.set_rate, args=(64 * MiB,))
    timer.start()
    took = _timed(limit, 4 * MiB)          # 64 s at the old rate, a blink at the new one
    timer.join()
    assert took < 1.5


def test_cancel_stops_a_wait() -> None:
    limit, cancel = BandwidthLimit(64 * 1024), CancelToken()
    threading.Timer(0.1, cancel.cancel).start()
    with pytest.raises(Cancelled):
        limit.take(10 * MiB, cancel)


def test_negative_rate_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        BandwidthLimit(-1)
    with pytest.raises(ValueError, match="negative"):
        BandwidthLimit().set_rate(-5)
