"""Background threads get a lower CPU priority than the GUI thread, and pass it on (Linux)."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from spacesgui.workers.priority import background_nice, lower_current_thread

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="per-thread nice values exist only on Linux")


def _nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_only_the_calling_thread_and_its_children_are_lowered() -> None:
    main_before = _nice()
    seen: dict[str, int] = {}

    def child() -> None:
        seen["child"] = _nice()

    def worker() -> None:
        seen["before"] = _nice()
        lower_current_thread()
        lower_current_thread()          # idempotent: a pooled thread calls it per task
        seen["after"] = _nice()
        started = threading.Thread(target=child)
        started.start()
        started.join()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    target = background_nice()
    assert target is not None and target == min(19, main_before + 10)
    assert seen == {"before": main_before, "after": target, "child": target}
    assert _nice() == main_before       # the GUI thread keeps its priority
