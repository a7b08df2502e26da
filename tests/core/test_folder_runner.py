"""The folder runner: small files run beside the caller's limit, larger ones never above it."""

from __future__ import annotations

import threading
from functools import partial

from spacesgui.s3.transfer.common import TransferControl
from spacesgui.s3.transfer.folders import SMALL_FILE, SMALL_FILES_PER_SLOT, Runner


def test_small_files_run_beside_the_limit() -> None:
    runner = Runner(2, TransferControl())
    width = 2 * SMALL_FILES_PER_SLOT
    together = threading.Barrier(width, timeout=30)   # breaks unless all run at once
    jobs = [(f"k{i}", None, "file", runner.sized(SMALL_FILE - 1, together.wait))
            for i in range(width)]
    runner.run(jobs)
    assert runner.done == {"file": width}
    assert runner.failed == []


def test_large_files_and_unknown_sizes_keep_to_the_limit() -> None:
    runner = Runner(2, TransferControl())
    lock = threading.Lock()
    running, most = [0], [0]
    release = threading.Event()

    def large(i: int) -> None:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
            if i >= 4:
                release.set()
        release.wait(0.05)    # overlap with whatever else may start meanwhile
        with lock:
            running[0] -= 1
    jobs = [(f"k{i}", None, "file", runner.sized(SMALL_FILE if i % 2 else None,
                                                    partial(large, i)))
            for i in range(8)]
    runner.run(jobs)
    assert runner.done == {"file": 8}
    assert most[0] == 2


def test_one_file_in_flight_stays_one() -> None:
    runner = Runner(1, TransferControl())
    pair = threading.Barrier(2, timeout=0.2)   # only two files running together pass it
    met: list[int] = []

    def small() -> None:
        try:
            pair.wait()
        except threading.BrokenBarrierError:
            pair.reset()
        else:
            met.append(1)
    runner.run([(f"k{i}", None, "file", runner.sized(10, small)) for i in range(4)])
    assert runner.done == {"file": 4}
    assert met == []
