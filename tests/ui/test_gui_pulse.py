"""GuiPulse: a request thread naps while the GUI thread's stamp is stale, and only then."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from spacesgui.workers.gui_pulse import GIVE_UP_S, NAP_CAP_S, NAP_S, STALE_S, GuiPulse


class _Clock:
    """Time that moves only when someone naps; `on_nap` plays the GUI thread."""

    def __init__(self) -> None:
        self.now = 100.0
        self.naps = 0
        self.on_nap = lambda: None

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.naps += 1
        self.now += seconds
        self.on_nap()


def _pulse(clock: _Clock) -> GuiPulse:
    pulse = GuiPulse(clock=clock, sleep=clock.sleep)
    pulse.start()
    return pulse


def test_a_fresh_stamp_costs_no_nap(qtbot: QtBot) -> None:
    clock = _Clock()
    pulse = _pulse(clock)
    clock.now += STALE_S
    assert pulse.step_aside() == 0.0
    assert clock.naps == 0


def test_a_stale_stamp_holds_the_request_until_the_gui_thread_stamps(qtbot: QtBot) -> None:
    clock = _Clock()
    pulse = _pulse(clock)
    clock.now += STALE_S + 0.001

    def gui_runs_on_the_third_nap() -> None:
        if clock.naps == 3:
            pulse.beat()
    clock.on_nap = gui_runs_on_the_third_nap
    assert abs(pulse.step_aside() - 3 * NAP_S) < 1e-9
    assert clock.naps == 3


def test_a_gui_thread_that_never_stamps_delays_a_request_by_the_cap_only(qtbot: QtBot) -> None:
    clock = _Clock()
    pulse = _pulse(clock)
    clock.now += STALE_S + 0.001
    napped = pulse.step_aside()
    assert NAP_CAP_S <= napped < NAP_CAP_S + NAP_S + 1e-9


def test_a_stopped_pulse_never_holds_a_request(qtbot: QtBot) -> None:
    clock = _Clock()
    pulse = _pulse(clock)
    pulse.stop()
    clock.now += STALE_S + 0.001
    assert pulse.step_aside() == 0.0
    assert not pulse.running
    clock.now += 10.0

    def stop_on_the_first_nap() -> None:  # a shutdown while a request naps
        pulse.stop()
    pulse.start()
    clock.now += STALE_S + 0.001
    clock.on_nap = stop_on_the_first_nap
    assert abs(pulse.step_aside() - NAP_S) < 1e-9
    assert clock.naps == 1


def test_the_timer_stamps_while_the_event_loop_runs_and_not_while_it_is_blocked(
        qtbot: QtBot) -> None:
    pulse = GuiPulse()
    pulse.start()
    napped: list[float] = []

    def request() -> None:  # keeps asking until the stale stamp makes it nap
        while not napped or napped[-1] == 0.0:
            napped.append(pulse.step_aside())
    worker = threading.Thread(target=request)
    worker.start()
    worker.join()           # the GUI thread runs no timer meanwhile
    assert napped[-1] >= NAP_CAP_S
    qtbot.waitUntil(lambda: pulse.age < STALE_S, timeout=5000)
    pulse.stop()


def test_a_timer_held_back_by_the_os_holds_no_request(qtbot: QtBot) -> None:
    """A hidden app's timers may fire seconds apart (macOS App Nap): no naps then."""
    clock = _Clock()
    pulse = _pulse(clock)
    clock.now += GIVE_UP_S + 0.001       # stamped once, then nothing: not the lock's doing
    assert pulse.step_aside() == 0.0
    pulse.beat()                         # the late beat marks the timer as slow
    clock.now += STALE_S + 0.001
    assert pulse.step_aside() == 0.0
    assert clock.naps == 0
    clock.now += 0.010 - STALE_S - 0.001
    pulse.beat()                         # on time again
    stamped = clock.now
    clock.now += STALE_S + 0.001
    assert pulse.step_aside() >= NAP_CAP_S
    clock.now = stamped + GIVE_UP_S - 0.010   # naps end where the stamp passes GIVE_UP_S
    assert abs(pulse.step_aside() - 0.010) <= NAP_S + 1e-9
    assert pulse.step_aside() == 0.0
