"""Background threads run at a lower CPU priority than the GUI thread.

A transfer keeps several threads busy hashing (MD5 costs ~1.7 CPU-seconds per GiB) and
encrypting; at the same priority they take turns with the GUI thread, which then waits tens of
milliseconds for a CPU while it has a repaint to do. Measured with benchmarks/ui_latency.py: the
GUI thread's gaps during a 1 GiB upload were almost all run-queue wait, not its own work.

Only Linux can do this per thread: it schedules threads as tasks, so setpriority on a thread id
changes that thread, and threads it starts inherit the value (every pool a transfer creates).
On macOS and Windows setpriority would renice the whole process, GUI included, so there it is a
no-op.
"""

from __future__ import annotations

import os
import sys
import threading

BACKGROUND_NICE = 10          # added to the GUI thread's nice value, capped at 19
_LINUX = sys.platform.startswith("linux")


def background_nice() -> int | None:
    """The nice value background threads get, or None where threads cannot be reniced."""
    if not _LINUX:
        return None
    try:
        return min(19, os.getpriority(os.PRIO_PROCESS, os.getpid()) + BACKGROUND_NICE)
    except OSError:
        return None


def lower_current_thread() -> None:
    """Give the calling thread (and the threads it starts later) background priority.

    Idempotent: a pooled thread may call it for every task. Raising a nice value needs no
    privilege; a failure only means the thread keeps its priority.
    """
    target = background_nice()
    if target is None:
        return
    thread_id = threading.get_native_id()
    try:
        if os.getpriority(os.PRIO_PROCESS, thread_id) < target:
            os.setpriority(os.PRIO_PROCESS, thread_id, target)
    except OSError:
        pass
