"""Pausing a transfer: once pause() returns, no unit of work starts until resume().

The units run through bounded_map exactly as upload parts do (the pause is also checked when an
item is drawn); each unit spends a random while on its way before it starts (as a part waits
for a pool thread, its digest and a request slot), and CPU-bound threads keep the interpreter
busy so thread switches land at the worst places.
"""

from __future__ import annotations

import random
import threading
from contextlib import closing

import pytest

from spacesgui.s3.errors import Cancelled
from spacesgui.s3.transfer.common import TransferControl
from spacesgui.s3.transfer.concurrency import bounded_map
from tests.stress import cpu_stress


def _one_run(seed: int) -> None:
    rnd = random.Random(seed)
    control = TransferControl()
    lock = threading.Lock()
    started: list[int] = []
    finished = [0]
    pause_at = rnd.randint(1, 6)
    paused = threading.Event()
    delays = {n: rnd.random() * 0.003 for n in range(40)}

    def part(n: int) -> None:
        threading.Event().wait(delays[n])       # on its way: thread, digest, slot
        with control.unit():
            with lock:
                started.append(n)
            threading.Event().wait(delays[n] / 2)
        with lock:
            finished[0] += 1
            if finished[0] == pause_at:
                control.pause()
                paused.set()

    def run() -> None:
        with closing(bounded_map(part, range(40), limit=4,
                                 before_each=control.checkpoint)) as outcomes:
            for outcome in outcomes:
                outcome.unwrap()

    worker = threading.Thread(target=run)
    worker.start()
    try:
        assert paused.wait(30)
        assert control.wait_idle(30)
        with lock:
            count = len(started)
        threading.Event().wait(0.02)    # the window in which nothing may start
        with lock:
            assert len(started) == count, f"seed {seed}: a unit started while paused"
        assert control.active == 0 and worker.is_alive()
    finally:
        control.resume()
        worker.join(60)
    assert sorted(started) == list(range(40))


@pytest.mark.slow
def test_no_unit_starts_while_paused_under_load() -> None:
    with cpu_stress(threads=2):
        for seed in range(25):
            _one_run(seed)


def test_unit_waits_while_paused_and_cancel_wakes_it() -> None:
    control = TransferControl()
    control.pause()
    entered = threading.Event()
    errors: list[BaseException] = []

    def start() -> None:
        try:
            with control.unit():
                entered.set()
        except Cancelled as exc:
            errors.append(exc)

    waiting = threading.Thread(target=start)
    waiting.start()
    assert not entered.wait(0.3)
    control.stop()
    waiting.join(5)
    assert not entered.is_set() and len(errors) == 1
    with pytest.raises(Cancelled):
        control.checkpoint()
    assert control.active == 0 and control.wait_idle(0)
