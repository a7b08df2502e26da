"""CPython's cycle collector runs on the GUI thread only.

An automatic collection runs on whichever thread happens to allocate when a generation's
threshold is crossed, often a worker in the middle of a listing or a transfer. The garbage it
frees can hold Qt objects made on the GUI thread (a closed dialog's model, a finished runner
and its pool, a signal carrier), and deleting those from a worker races the GUI thread's event
delivery to them: the process dies with a segmentation fault. So automatic collection is off
while a collector runs, and a GUI-thread timer collects the generations whose thresholds
were passed, the same rule CPython applies (except the long-lived-objects ratio it keeps
for the oldest generation, which Python code cannot read).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 200  # cyclic garbage waits at most this long; a check without work costs ~1 µs


class GuiThreadCollector(QObject):
    """While alive (until `stop()`), collections happen only in `collect_due()` on its thread."""

    def __init__(self, interval_ms: int = CHECK_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect as CPython would on its next allocation; returns the generation, or -1.

        Allocations beyond the youngest generation's threshold trigger a collection of the
        oldest generation whose own count (collections of the one below) passed its threshold.
        """
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if not thresholds[0] or counts[0] <= thresholds[0]:
            return -1
        generation = next(gen for gen in (2, 1, 0)
                          if gen == 0 or counts[gen] > thresholds[gen])
        gc.collect(generation)
        return generation

    def stop(self) -> None:
        """Give collection back to CPython (at quit, once workers are done)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
