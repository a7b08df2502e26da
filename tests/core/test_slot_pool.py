"""SlotPool: the cap on concurrent requests and the hook every request passes first."""

from __future__ import annotations

import threading

import pytest

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import Cancelled
from spacesgui.s3.transfer.common import SlotPool

WAIT = 10.0   # seconds; only reached when a test is about to fail


def test_before_request_runs_before_the_wait_for_a_slot_and_holds_none() -> None:
    free_at_ask: list[int] = []
    pool: SlotPool

    def ask() -> None:
        # How many slots are free while the hook runs: it must not hold one itself.
        got = 0
        while pool._sem.acquire(blocking=False):
            got += 1
        for _ in range(got):
            pool._sem.release()
        free_at_ask.append(got)

    pool = SlotPool(2, before_request=ask)
    with pool.slot():
        assert free_at_ask == [2]
        with pool.slot():
            assert free_at_ask == [2, 1]
    assert free_at_ask == [2, 1]


def test_a_full_pool_asks_first_then_waits_and_cancel_ends_the_wait() -> None:
    asked = threading.Event()
    pool = SlotPool(1, before_request=asked.set)
    token = CancelToken()
    outcome: list[BaseException] = []

    def second() -> None:
        try:
            with pool.slot(token):
                pass
        except Cancelled as exc:
            outcome.append(exc)

    with pool.slot():
        asked.clear()
        thread = threading.Thread(target=second)
        thread.start()
        assert asked.wait(WAIT)
        token.cancel()
        thread.join(WAIT)
    assert not thread.is_alive() and len(outcome) == 1


def test_without_a_hook_the_pool_only_counts() -> None:
    pool = SlotPool(1)
    with pool.slot():
        assert not pool._sem.acquire(blocking=False)
    assert pool._sem.acquire(blocking=False)


def test_a_pool_needs_a_slot() -> None:
    with pytest.raises(ValueError):
        SlotPool(0)
