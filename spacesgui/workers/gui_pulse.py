"""Transfer threads step aside while the GUI thread cannot get the interpreter lock.

A folder of small files keeps ~16 transfer threads busy, and they hand the interpreter lock
among themselves at every socket call. The GUI thread needs the lock for every call from Qt
into Python (a timer, a repaint's model reads), and a GUI thread woken among them kept losing
it: stalls of 60-90 ms while the CPUs were partly idle (benchmarks/README.md, the window path
of 20,000 files). A lower nice value does not help, the CPU is not what it waits for, and a
shorter switch interval only doubles the switches.

So the GUI thread stamps the time on a short timer, which runs only when it won the lock; a
transfer thread about to start a request checks the stamp and, when it is stale, sleeps in
short naps (each one leaves the lock free) until the GUI thread has stamped again. The naps
are capped, so a GUI thread busy with its own work (not starved) slows transfers down but
never stops them.

A stamp can also be late because the timer itself is held back: the OS throttles the timers
of an app in the background (macOS App Nap), or the GUI thread waits outside Python (a native
dialog's loop). Naps free the lock within NAP_CAP_S, so a stamp older than GIVE_UP_S is no
longer the lock's doing, and a beat that comes that late marks the timer as slow: no naps
until it beats on time again. Transfers in a hidden app run at full speed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

BEAT_MS = 10          # how often the GUI thread stamps, while transfers run
STALE_S = 0.020       # a stamp older than this: the GUI thread is waiting for the lock
NAP_S = 0.002         # one nap of a transfer thread
NAP_CAP_S = 0.050     # the longest a request is held back
GIVE_UP_S = 0.200     # a stamp older than this: the timer is held back, not the GUI thread


class GuiPulse(QObject):
    """Create and start on the GUI thread; `step_aside` is for any thread."""

    def __init__(self, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        super().__init__(parent)
        self._clock, self._sleep = clock, sleep
        self._beat = clock()
        self._timer_slow = False
        self._running = False
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self.beat)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        if not self._running:
            self._beat, self._timer_slow = self._clock(), False
            self._running = True
            self._timer.start()

    def stop(self) -> None:
        """No more naps: the GUI thread may now wait for the threads (a shutdown)."""
        self._running = False
        self._timer.stop()

    def beat(self) -> None:
        now = self._clock()
        self._timer_slow = now - self._beat > GIVE_UP_S
        self._beat = now

    @property
    def age(self) -> float:
        """Seconds since the GUI thread last stamped."""
        return self._clock() - self._beat

    def _stale(self, now: float) -> bool:
        return not self._timer_slow and STALE_S < now - self._beat < GIVE_UP_S

    @property
    def starved(self) -> bool:
        """The GUI thread has not stamped for longer than STALE_S although its timer runs."""
        return self._running and self._stale(self._clock())

    def step_aside(self) -> float:
        """Nap while the GUI thread's stamp is stale; the seconds napped."""
        clock = self._clock
        now = started = clock()
        while self._running and self._stale(now) and now - started < NAP_CAP_S:
            self._sleep(NAP_S)
            now = clock()
        return now - started
