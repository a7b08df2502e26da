"""The threads a TaskRunner runs its tasks on: a few daemon threads taking jobs in order.

Not QThreadPool: PySide keeps every QRunnable started on one referenced by the pool until the
pool itself dies, so each task's closure (and whatever it captured) lived as long as its
runner. Not concurrent.futures: its threads are joined at interpreter exit, so one request
stuck on a dead server would keep a closed app running until the request timed out.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from collections.abc import Callable

IDLE_EXIT_S = 30.0  # an idle thread ends after this long; the next job starts a new one


class WorkerPool:
    """Runs jobs on at most `max_threads` threads; every method may be called from any thread."""

    def __init__(self, max_threads: int, name: str = "task",
                 idle_exit_s: float = IDLE_EXIT_S) -> None:
        if max_threads < 1:
            raise ValueError("a pool needs at least one thread")
        self._max = max_threads
        self._name = name
        self._idle_exit_s = idle_exit_s
        self._lock = threading.Lock()
        self._work = threading.Condition(self._lock)   # a job was queued, or the pool closed
        self._quiet = threading.Condition(self._lock)  # a job ended
        self._queue: deque[Callable[[], None]] = deque()
        self._threads = 0
        self._idle = 0
        self._busy = 0
        self._closed = False
        self._numbers = itertools.count(1)

    def start(self, job: Callable[[], None]) -> None:
        """Queue `job`; a thread runs it as soon as one is free."""
        with self._lock:
            if self._closed:
                raise RuntimeError("WorkerPool.start after close")
            self._queue.append(job)
            if self._idle >= len(self._queue) or self._threads >= self._max:
                self._work.notify()
                return
            self._threads += 1
        threading.Thread(target=self._serve, name=f"{self._name}-{next(self._numbers)}",
                         daemon=True).start()

    def try_take(self, job: Callable[[], None]) -> bool:
        """Remove `job` if no thread has started it; True when it will now never run."""
        with self._lock:
            try:
                self._queue.remove(job)
            except ValueError:
                return False
            return True

    def active_count(self) -> int:
        """Jobs running now (queued ones not counted)."""
        with self._lock:
            return self._busy

    def wait_for_done(self, timeout_s: float) -> bool:
        """Wait until no job is queued or running; False if some still were after `timeout_s`."""
        deadline = time.monotonic() + timeout_s
        with self._lock:
            while self._queue or self._busy:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._quiet.wait(remaining)
            return True

    def close(self) -> None:
        """Accept no more jobs; threads end once the queue is empty."""
        with self._lock:
            self._closed = True
            self._work.notify_all()

    def _serve(self) -> None:
        with self._lock:
            try:
                while self._next_job_ready():
                    job = self._queue.popleft()
                    self._busy += 1
                    self._lock.release()
                    try:
                        job()
                    finally:
                        del job  # its closure is freed now, not when the next job arrives
                        self._lock.acquire()
                        self._busy -= 1
                        self._quiet.notify_all()
            finally:
                self._threads -= 1

    def _next_job_ready(self) -> bool:
        """With the lock held: wait for a job; False when this thread should end."""
        while not self._queue:
            if self._closed:
                return False
            self._idle += 1
            try:
                woken = self._work.wait(self._idle_exit_s)
            finally:
                self._idle -= 1
            if not woken and not self._queue:
                return False
        return True
