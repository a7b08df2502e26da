"""Which Python functions Qt itself called while a block ran: each such call takes the
interpreter lock afresh, and while transfer threads hold it each take can wait milliseconds,
so the GUI thread's steady-state work (a progress tick, a repaint) should need few of them."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any


@contextmanager
def entries_from_qt() -> Iterator[Counter[str]]:
    """Counts, by function name, the Python functions entered from Qt during the block.

    A function entered while the block's own frame is the innermost Python frame was called
    from C++ (the block calls into Qt, which calls back), not by Python code."""
    block = sys._getframe(2)   # this generator, contextmanager.__enter__, the with-block
    seen: Counter[str] = Counter()

    def profile(frame: FrameType, event: str, _arg: Any) -> None:
        if event == "call" and frame.f_back is block:
            seen[frame.f_code.co_name] += 1

    sys.setprofile(profile)
    try:
        yield seen
    finally:
        sys.setprofile(None)
