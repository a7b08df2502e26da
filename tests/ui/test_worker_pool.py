"""WorkerPool: at most N jobs at once, taking back queued jobs, waiting, idle threads ending."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from pytestqt.qtbot import QtBot

from spacesgui.workers.pool import WorkerPool

WAIT_S = 5.0


def _pool_threads(name: str) -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith(f"{name}-")]


def test_runs_at_most_max_threads_jobs_at_once(qtbot: QtBot) -> None:
    pool = WorkerPool(2, name="test-limit")
    release = threading.Event()
    lock = threading.Lock()
    running, most, ran = [0], [0], []

    def job(n: int) -> None:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        release.wait(WAIT_S)
        with lock:
            running[0] -= 1
            ran.append(n)

    for n in range(5):
        pool.start(lambda n=n: job(n))
    qtbot.waitUntil(lambda: pool.active_count() == 2, timeout=5000)
    assert not pool.wait_for_done(0.05)  # still busy: the timeout is reported
    release.set()
    assert pool.wait_for_done(WAIT_S)
    assert most[0] == 2 and sorted(ran) == [0, 1, 2, 3, 4]
    assert len(_pool_threads("test-limit")) <= 2
    pool.close()


def test_a_queued_job_can_be_taken_back_a_running_one_cannot(qtbot: QtBot) -> None:
    pool = WorkerPool(1, name="test-take")
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def first() -> None:
        started.set()
        release.wait(WAIT_S)
        ran.append("first")

    def second() -> None:
        ran.append("second")

    pool.start(first)
    pool.start(second)
    assert started.wait(WAIT_S)
    assert not pool.try_take(first)
    assert pool.try_take(second)
    release.set()
    assert pool.wait_for_done(WAIT_S)
    assert ran == ["first"]
    pool.close()


def test_a_job_is_freed_once_it_ran(qtbot: QtBot) -> None:
    pool = WorkerPool(1, name="test-free")

    class Captured:
        pass

    captured = Captured()
    gone = weakref.ref(captured)
    pool.start(lambda kept=captured: None)
    del captured
    assert pool.wait_for_done(WAIT_S)
    qtbot.waitUntil(lambda: gc.collect() >= 0 and gone() is None, timeout=5000)
    pool.close()


def test_idle_threads_end_and_a_new_job_starts_one(qtbot: QtBot) -> None:
    pool = WorkerPool(2, name="test-idle", idle_exit_s=0.05)
    done = threading.Event()
    pool.start(done.set)
    assert done.wait(WAIT_S)
    qtbot.waitUntil(lambda: not _pool_threads("test-idle"), timeout=5000)
    again = threading.Event()
    pool.start(again.set)
    assert again.wait(WAIT_S)
    pool.close()


def test_a_closed_pool_ends_its_threads_and_refuses_jobs(qtbot: QtBot) -> None:
    pool = WorkerPool(2, name="test-close")
    done = threading.Event()
    pool.start(done.set)
    assert done.wait(WAIT_S)
    pool.close()
    qtbot.waitUntil(lambda: not _pool_threads("test-close"), timeout=5000)
    with pytest.raises(RuntimeError):
        pool.start(done.set)


def test_a_pool_needs_a_thread() -> None:
    with pytest.raises(ValueError):
        WorkerPool(0)
