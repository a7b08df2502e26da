"""CPU-bound threads that keep the interpreter busy, so thread switches land at bad places."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cpu_stress(threads: int = 4) -> Iterator[None]:
    stop = threading.Event()

    def spin() -> None:
        n = 0
        while not stop.is_set():
            n = (n * 31 + 7) % 1_000_003

    workers = [threading.Thread(target=spin, daemon=True, name="cpu-stress")
               for _ in range(threads)]
    for w in workers:
        w.start()
    try:
        yield
    finally:
        stop.set()
        for w in workers:
            w.join()
