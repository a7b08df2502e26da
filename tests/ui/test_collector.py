"""GuiThreadCollector: cyclic garbage a worker leaves is freed on the GUI thread."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from spacesgui.workers.collector import GuiThreadCollector


class _Cycle:
    """Garbage only the cycle collector frees; records the thread it was freed on."""

    freed_on: list[threading.Thread]

    def __init__(self, freed_on: list[threading.Thread]) -> None:
        self.me, self.freed_on = self, freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread())


def test_a_worker_allocating_past_the_threshold_does_not_collect(
        qtbot: QtBot, gui_thread_collector: GuiThreadCollector) -> None:
    freed_on: list[threading.Thread] = []
    _Cycle(freed_on)
    kept: list[list[object]] = []

    def allocate() -> None:  # live containers raise the youngest generation's count
        kept.extend([] for _ in range(3 * gc.get_threshold()[0]))

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert freed_on == []
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)  # the collector's timer
    assert freed_on == [threading.main_thread()]


def test_collects_the_generation_cpython_would(qtbot: QtBot,
                                               gui_thread_collector: GuiThreadCollector) -> None:
    gc.collect()
    assert gui_thread_collector.collect_due() == -1  # nothing allocated since
    kept = [[] for _ in range(2 * gc.get_threshold()[0])]
    assert gui_thread_collector.collect_due() == 0
    assert gc.get_count()[0] < gc.get_threshold()[0] and kept


def test_stop_gives_collection_back_only_if_it_was_on(qtbot: QtBot) -> None:
    assert not gc.isenabled()  # the suite's collector is running
    nested = GuiThreadCollector()
    nested.stop()
    assert not gc.isenabled()
    gc.enable()
    try:
        own = GuiThreadCollector()
        assert not gc.isenabled()
        own.stop()
        assert gc.isenabled()
    finally:
        gc.disable()
