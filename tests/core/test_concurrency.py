"""bounded_map: the bound, lazy drawing, errors, cancel, abort and a shared executor."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing

import pytest

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import Cancelled
from spacesgui.s3.transfer.concurrency import Outcome, bounded_map

WAIT = 10.0   # seconds; only reached when a test is about to fail


class Counted:
    """An item source that records how many items were drawn from it."""

    def __init__(self, items: Iterator[int]) -> None:
        self._items = items
        self.drawn = 0

    def __iter__(self) -> Iterator[int]:
        for item in self._items:
            self.drawn += 1
            yield item


def test_the_bound_is_respected_and_items_are_drawn_only_when_a_place_is_free() -> None:
    gate = threading.Event()
    started = threading.Semaphore(0)
    lock = threading.Lock()
    running = peak = 0

    def work(item: int) -> int:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        started.release()
        assert gate.wait(WAIT)
        with lock:
            running -= 1
        return item * 2

    source = Counted(iter(range(10)))
    results: list[int] = []
    consumer = threading.Thread(target=lambda: results.extend(
        o.unwrap() for o in bounded_map(work, source, limit=3)))
    consumer.start()
    for _ in range(3):
        assert started.acquire(timeout=WAIT)
    assert source.drawn == 3          # every place is taken: nothing more is drawn
    gate.set()
    consumer.join(WAIT)
    assert not consumer.is_alive()
    assert sorted(results) == [i * 2 for i in range(10)] and peak <= 3


def test_an_endless_source_is_drawn_lazily() -> None:
    source = Counted(itertools.count())
    seen = 0
    outcomes = bounded_map(lambda i: i, source, limit=2)
    with closing(outcomes):
        for _outcome in outcomes:
            seen += 1
            if seen == 5:
                break
    assert 5 <= source.drawn <= 5 + 2


def test_the_first_error_stops_drawing_and_aborts_the_running_work() -> None:
    abort = CancelToken()
    started: list[int] = []
    second_running = threading.Event()

    def work(item: int) -> int:
        started.append(item)
        if item == 0:
            assert second_running.wait(WAIT)
            raise ValueError("part 0 failed")
        second_running.set()
        if abort.wait(WAIT):
            raise Cancelled("cancelled")
        return item

    first: BaseException | None = None
    outcomes = bounded_map(work, range(10), limit=2, abort=abort)
    with closing(outcomes):
        for outcome in outcomes:
            if outcome.error is not None:
                first = outcome.error
                break
    assert isinstance(first, ValueError)
    assert abort.cancelled and sorted(started) == [0, 1]


def test_per_item_errors_can_be_collected_while_the_rest_runs() -> None:
    def work(item: int) -> int:
        if item % 3 == 0:
            raise OSError(f"file {item}")
        return item

    outcomes = list(bounded_map(work, range(9), limit=4))
    failed = sorted(o.item for o in outcomes if o.error is not None)
    done = sorted(o.unwrap() for o in outcomes if o.error is None)
    assert failed == [0, 3, 6] and done == [1, 2, 4, 5, 7, 8]
    with pytest.raises(OSError, match="file 0"):
        next(o for o in outcomes if o.item == 0).unwrap()


def test_cancel_stops_drawing_and_the_iterator_ends() -> None:
    cancel = CancelToken()
    source = Counted(itertools.count())
    seen = []
    for outcome in bounded_map(lambda i: i, source, limit=2, cancel=cancel):
        seen.append(outcome.item)
        if len(seen) == 3:
            cancel.cancel()
    assert len(seen) <= 3 + 2 and source.drawn == len(seen)


def test_cancel_while_every_place_is_busy_reaches_the_work_through_abort() -> None:
    cancel, abort = CancelToken(), CancelToken()
    both_running = threading.Barrier(3)

    def work(item: int) -> int:
        both_running.wait(WAIT)
        if abort.wait(WAIT):
            raise Cancelled("cancelled")
        return item

    outcomes = bounded_map(work, range(100), limit=2, cancel=cancel, abort=abort)
    consumer_result: list[Outcome[int, int]] = []
    consumer = threading.Thread(target=lambda: consumer_result.extend(outcomes))
    consumer.start()
    both_running.wait(WAIT)
    cancel.cancel()
    consumer.join(WAIT)
    assert not consumer.is_alive() and abort.cancelled
    assert len(consumer_result) == 2
    assert all(isinstance(o.error, Cancelled) for o in consumer_result)


def test_a_failing_before_each_drains_the_running_work_then_raises() -> None:
    calls = 0

    def checkpoint() -> None:
        nonlocal calls
        calls += 1
        if calls == 4:
            raise Cancelled("cancelled")

    seen: list[int] = []
    with pytest.raises(Cancelled):
        for outcome in bounded_map(lambda i: i, range(10), limit=2, before_each=checkpoint):
            seen.append(outcome.unwrap())
    assert sorted(seen) == [0, 1, 2]


def test_a_failing_source_drains_the_running_work_then_raises() -> None:
    def source() -> Iterator[int]:
        yield 1
        yield 2
        raise ConnectionError("the listing broke")

    seen: list[int] = []
    with pytest.raises(ConnectionError):
        for outcome in bounded_map(lambda i: i, source(), limit=5):
            seen.append(outcome.unwrap())
    assert sorted(seen) == [1, 2]


def test_a_shared_executor_is_used_and_left_running() -> None:
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="shared") as pool:
        names = [o.unwrap() for o in bounded_map(
            lambda _i: threading.current_thread().name, range(6), limit=2, executor=pool)]
        assert all(name.startswith("shared") for name in names)
        assert pool.submit(lambda: 42).result(WAIT) == 42


def test_a_limit_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one"):
        next(bounded_map(lambda i: i, [1], limit=0))
