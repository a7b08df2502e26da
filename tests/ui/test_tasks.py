"""TaskRunner: results, failures, cancel, streams, stale results and shutdown, on the GUI thread."""

from __future__ import annotations

import gc
import os
import sys
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spacesgui.s3 import CancelToken
from spacesgui.workers.priority import background_nice
from spacesgui.workers.tasks import TaskRunner, TaskToken


class Recorder:
    """Collects callbacks with the thread they ran on."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int, Any]] = []
        self.threads: set[QThread] = set()

    def __getattr__(self, kind: str) -> Any:
        def record(task_id: int, value: Any = None) -> None:
            self.threads.add(QThread.currentThread())
            self.calls.append((kind, task_id, value))
        return record

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.calls]


def _gate() -> tuple[threading.Event, threading.Event]:
    return threading.Event(), threading.Event()


def test_success_arrives_on_gui_thread_tagged_by_id(qtbot: QtBot, runner: TaskRunner) -> None:
    rec = Recorder()
    worker_threads: list[int] = []

    def work(_token: CancelToken) -> int:
        worker_threads.append(threading.get_ident())
        return 42

    with qtbot.waitSignal(runner.task_finished, timeout=5000) as blocker:
        task_id = runner.submit(work, rec.ok, rec.failed)
    assert blocker.args == [task_id]
    assert rec.calls == [("ok", task_id, 42)]
    assert rec.threads == {QApplication.instance().thread()}
    assert worker_threads and worker_threads[0] != threading.get_ident()
    assert runner.active_count() == 0


def test_failure_delivers_the_exception(qtbot: QtBot, runner: TaskRunner) -> None:
    rec = Recorder()

    def boom(_token: CancelToken) -> None:
        raise ValueError("no such thing")

    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        task_id = runner.submit(boom, rec.ok, rec.failed)
    [(kind, got_id, exc)] = rec.calls
    assert (kind, got_id) == ("failed", task_id)
    assert isinstance(exc, ValueError) and str(exc) == "no such thing"
    assert rec.threads == {QApplication.instance().thread()}


def test_each_task_gets_its_own_result(qtbot: QtBot, runner: TaskRunner) -> None:
    rec = Recorder()
    ids = [runner.submit(lambda _t, n=n: n * n, rec.ok) for n in range(6)]
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=5000)
    assert sorted((task_id, value) for _, task_id, value in rec.calls) == [
        (task_id, n * n) for n, task_id in enumerate(ids)]
    assert len(set(ids)) == 6


def test_cancel_suppresses_result_and_reaches_the_token(qtbot: QtBot, runner: TaskRunner) -> None:
    rec = Recorder()
    started, release = _gate()
    seen_cancel: list[bool] = []

    def slow(token: CancelToken) -> str:
        started.set()
        release.wait(5)
        seen_cancel.append(token.cancelled)
        return "too late"

    task_id = runner.submit(slow, rec.ok, rec.failed)
    assert started.wait(5)
    runner.cancel(task_id)
    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        release.set()
    assert seen_cancel == [True]
    assert rec.calls == []  # stale: cancelled after the worker had started


def test_cancel_before_start_never_runs(qtbot: QtBot, qapp: QApplication) -> None:
    one = TaskRunner(max_threads=1)
    started, release = _gate()
    ran: list[str] = []
    try:
        one.submit(lambda _t: (started.set(), release.wait(5)))
        assert started.wait(5)
        queued = one.submit(lambda _t: ran.append("queued"))
        with qtbot.waitSignal(one.task_finished, timeout=1000) as blocker:
            one.cancel(queued)
        assert blocker.args == [queued]
        release.set()
        qtbot.waitUntil(lambda: one.active_count() == 0, timeout=5000)
        assert ran == []
    finally:
        release.set()
        assert one.shutdown(5000)


def test_progress_reports_in_order(qtbot: QtBot, runner: TaskRunner) -> None:
    rec = Recorder()

    def work(token: TaskToken) -> str:
        for i in range(5):
            token.report(i)
        return "done"

    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        task_id = runner.submit(work, rec.ok, rec.failed, rec.progress)
    assert rec.calls == [("progress", task_id, i) for i in range(5)] + [("ok", task_id, "done")]


def test_stream_delivers_items_then_done(qtbot: QtBot, runner: TaskRunner) -> None:
    rec = Recorder()

    def steps(_token: CancelToken) -> Iterator[str]:
        yield from ("reach", "authenticate", "buckets")

    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        task_id = runner.submit_stream(steps, rec.item, rec.done, rec.failed)
    assert rec.calls == [("item", task_id, s) for s in ("reach", "authenticate", "buckets")] + [
        ("done", task_id, None)]
    assert rec.threads == {QApplication.instance().thread()}


def test_stream_failure_after_items(qtbot: QtBot, runner: TaskRunner) -> None:
    rec = Recorder()

    def steps(_token: CancelToken) -> Iterator[str]:
        yield "reach"
        raise OSError("connection reset")

    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        task_id = runner.submit_stream(steps, rec.item, rec.done, rec.failed)
    assert rec.kinds() == ["item", "failed"]
    assert isinstance(rec.calls[1][2], OSError) and rec.calls[1][1] == task_id


def test_stream_cancel_stops_the_generator(qtbot: QtBot, runner: TaskRunner) -> None:
    rec = Recorder()
    first_out, release = _gate()
    closed: list[bool] = []

    def steps(_token: CancelToken) -> Iterator[int]:
        try:
            yield 1
            first_out.set()
            release.wait(5)
            yield 2
            yield 3
        finally:
            closed.append(True)

    task_id = runner.submit_stream(steps, rec.item, rec.done, rec.failed)
    assert first_out.wait(5)
    qtbot.waitUntil(lambda: rec.calls != [], timeout=5000)
    runner.cancel(task_id)
    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        release.set()
    assert rec.calls == [("item", task_id, 1)]  # nothing after the cancel, and no "done"
    assert closed == [True]


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.got: list[Any] = []

    def on_ok(self, _task_id: int, value: Any) -> None:
        self.got.append(value)


def test_result_for_a_deleted_receiver_is_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    receiver = Receiver()
    started, release = _gate()
    runner.submit(lambda _t: (started.set(), release.wait(5), "x")[2], receiver.on_ok)
    assert started.wait(5)
    callback = receiver.on_ok  # keeps the Python wrapper, as a stored bound method does
    receiver.deleteLater()
    qtbot.waitUntil(lambda: not _alive(callback.__self__), timeout=5000)
    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        release.set()  # would raise "Internal C++ object already deleted" if delivered


def test_a_finished_task_is_freed_while_its_runner_lives(qtbot: QtBot,
                                                         runner: TaskRunner) -> None:
    class Captured:
        pass

    captured = Captured()
    gone = weakref.ref(captured)
    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        runner.submit(lambda _t, kept=captured: kept and None)
    del captured
    # The pool thread lets go of the task just after it emitted its last signal.
    qtbot.waitUntil(lambda: gc.collect() >= 0 and gone() is None, timeout=5000)


def _alive(obj: QObject) -> bool:
    import shiboken6
    return shiboken6.isValid(obj)


def test_shutdown_cancels_and_waits(qtbot: QtBot, qapp: QApplication) -> None:
    r = TaskRunner(max_threads=2)
    started = threading.Event()
    saw_cancel: list[bool] = []

    def patient(token: CancelToken) -> None:
        started.set()
        saw_cancel.append(token.wait(10))

    r.submit(patient)
    assert started.wait(5)
    assert r.shutdown(5000)
    assert saw_cancel == [True]
    assert r.active_count() == 0
    with pytest.raises(RuntimeError):
        r.submit(lambda _t: None)


def test_shutdown_reports_a_task_that_will_not_stop(qtbot: QtBot, qapp: QApplication) -> None:
    r = TaskRunner(max_threads=1)
    started, release = _gate()
    r.submit(lambda _t: (started.set(), release.wait(5)))  # ignores its token
    assert started.wait(5)
    assert r.shutdown(50) is False
    release.set()
    assert r.shutdown(5000)
    qtbot.waitUntil(lambda: r.active_count() == 0, timeout=5000)


def test_async_vault_keeps_call_order_off_the_gui_thread(
        qtbot: QtBot, qapp: QApplication) -> None:
    from spacesgui.secrets import MemorySecretStore, SecretVault
    from spacesgui.workers.secrets import AsyncVault

    threads: list[bool] = []

    class Recording(MemorySecretStore):
        def set(self, account_id: str, secret: str) -> None:
            threads.append(threading.current_thread() is threading.main_thread())
            super().set(account_id, secret)

    vault = AsyncVault(SecretVault(Recording()))
    rec = Recorder()
    try:
        vault.set("acc", "one", on_done=rec.set1)
        vault.set("acc", "two", on_done=rec.set2)
        vault.get("acc", on_done=rec.got)
        vault.delete("acc", on_done=rec.deleted)
        vault.get("acc", on_done=rec.got_after)
        qtbot.waitUntil(lambda: vault.active_count() == 0, timeout=5000)
        assert [(kind, value) for kind, _, value in rec.calls] == [
            ("set1", None), ("set2", None), ("got", "two"), ("deleted", None),
            ("got_after", None)]
        assert threads == [False, False]
        assert rec.threads == {QApplication.instance().thread()}
    finally:
        assert vault.shutdown(5000)


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="per-thread nice values exist only on Linux")
def test_tasks_run_below_the_gui_threads_priority(qtbot: QtBot, runner: TaskRunner) -> None:
    def nice(_token: CancelToken) -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    rec = Recorder()
    with qtbot.waitSignal(runner.task_finished, timeout=5000):
        task_id = runner.submit(nice, rec.ok, rec.failed)
    assert rec.calls == [("ok", task_id, background_nice())]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) < background_nice()


def test_a_task_that_outlives_its_deleted_runner_ends_quietly(
        qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    """At exit the app stops waiting and deletes its runner; a request still under way must
    not end in a traceback from a signal of a deleted object."""
    import shiboken6

    crashes: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: crashes.append(args.exc_value))
    r = TaskRunner(max_threads=1)
    pool = r._pool
    started, release = _gate()
    r.submit(lambda _t: (started.set(), release.wait(5)))  # ignores its token
    assert started.wait(5)
    assert r.shutdown(50) is False
    shiboken6.delete(r)
    release.set()
    assert pool.wait_for_done(5)
    assert crashes == []
