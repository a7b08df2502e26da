"""Background tasks on a private pool of threads, with results delivered on the GUI thread.

Every result is tagged with its task id, so a caller that has moved on (another account, a new
test run) recognises and drops stale answers. Callbacks are called by the runner, a GUI-thread
QObject, so they run on the GUI thread whatever kind of callable they are (a lambda connected
to a pool thread's signal would run on that thread). Tasks are plain Python objects and the
runner owns the one QObject they emit through, so a pool thread that drops the last reference
to a finished task frees nothing that belongs to Qt.
"""

from __future__ import annotations

import functools
import itertools
import logging
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from spacesgui.s3.cancel import CancelToken
from spacesgui.workers.late_emit import emit_unless_deleted
from spacesgui.workers.pool import WorkerPool
from spacesgui.workers.priority import lower_current_thread

log = logging.getLogger(__name__)

T = TypeVar("T")
# Progress values are whatever a task's token.report() sends, and the runner keeps callbacks of
# tasks with different result types side by side: both are stored as Any.
AnyCallback = Callable[[int, Any], None]

_ids = itertools.count(1)
# Every live runner, so the test suite can fail a test that leaves a task running.
_live_runners: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


class TaskToken(CancelToken):
    """The CancelToken a task receives; `report(value)` sends progress to the GUI thread."""

    __slots__ = ("_report",)

    def __init__(self) -> None:
        super().__init__()
        self._report: Callable[[object], None] = lambda _value: None

    def report(self, value: object) -> None:
        self._report(value)


class TaskSignals(QObject):
    """The runner's carrier for every task: made on the GUI thread, so emissions from the pool
    are queued there."""

    succeeded = Signal(object, object)  # task_id, result
    failed = Signal(object, object)  # task_id, exception
    progressed = Signal(object, object)  # task_id, progress value or streamed item
    done = Signal(object)  # task_id; always last


class Task:
    """One call of `fn(token)` on a pool thread; a streaming task emits every yielded item."""

    def __init__(self, fn: Callable[[TaskToken], object], signals: TaskSignals, *,
                 stream: bool = False) -> None:
        self.id = next(_ids)
        self.token = TaskToken()
        self.signals = signals
        self._fn = fn
        self._stream = stream
        task_id = self.id  # not self: the token must not keep its task alive in a cycle
        self.token._report = lambda value: emit_unless_deleted(signals, "progressed", task_id,
                                                               value)

    def run(self) -> None:  # pool thread: emits signals and touches nothing else
        lower_current_thread()
        try:
            result = self._fn(self.token)
            if self._stream:
                assert isinstance(result, Iterator)
                self._drain(result)
                result = None
        except Exception as exc:  # every failure goes to the caller, who decides how to show it
            if not self.token.cancelled:
                self._tell("failed", exc)
        else:
            if not self.token.cancelled:
                self._tell("succeeded", result)
        finally:
            self._tell("done")

    def _tell(self, signal: str, *args: object) -> None:
        emit_unless_deleted(self.signals, signal, self.id, *args)

    def _drain(self, items: Iterator[object]) -> None:
        try:
            for item in items:
                if self.token.cancelled:
                    break
                self._tell("progressed", item)
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()  # lets a generator run its own clean-up when we stop early


@dataclass
class _Callbacks:
    task: Task
    on_success: AnyCallback | None
    on_failure: Callable[[int, BaseException], None] | None
    on_progress: AnyCallback | None
    on_done: Callable[[int], None] | None = None  # streams: called instead of on_success


def _receiver_alive(callback: Callable[..., object]) -> bool:
    """False when `callback` is a bound method of a Qt object already deleted (a closed dialog)."""
    target = callback.func if isinstance(callback, functools.partial) else callback
    owner = getattr(target, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class TaskRunner(QObject):
    """Owns a WorkerPool; submit() returns a task id that tags every callback."""

    task_finished = Signal(object)  # task_id, after its last callback (also after a cancel)

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = WorkerPool(max_threads)
        self._signals = TaskSignals(self)
        self._signals.succeeded.connect(self._on_task_succeeded)
        self._signals.failed.connect(self._on_task_failed)
        self._signals.progressed.connect(self._on_task_progressed)
        self._signals.done.connect(self._on_task_done)
        self._tasks: dict[int, _Callbacks] = {}
        self._closed = False
        _live_runners.add(self)

    def submit(self, fn: Callable[[TaskToken], T],
               on_success: Callable[[int, T], None] | None = None,
               on_failure: Callable[[int, BaseException], None] | None = None,
               on_progress: AnyCallback | None = None) -> int:
        """Run `fn(token)` in the pool. `fn` must capture values, never widgets or models."""
        return self._start(Task(fn, self._signals), on_success, on_failure, on_progress)

    def submit_stream(self, fn: Callable[[TaskToken], Iterator[T]],
                      on_item: Callable[[int, T], None] | None = None,
                      on_done: Callable[[int], None] | None = None,
                      on_failure: Callable[[int, BaseException], None] | None = None) -> int:
        """Run a generator in the pool; each item reaches `on_item` on the GUI thread, in order.

        `on_done(task_id)` follows the last item unless the stream failed or was cancelled.
        """
        return self._start(Task(fn, self._signals, stream=True), None, on_failure, on_item,
                           on_done)

    def _start(self, task: Task, on_success: AnyCallback | None,
               on_failure: Callable[[int, BaseException], None] | None,
               on_progress: AnyCallback | None,
               on_done: Callable[[int], None] | None = None) -> int:
        if self._closed:
            raise RuntimeError("TaskRunner.submit after shutdown")
        self._tasks[task.id] = _Callbacks(task, on_success, on_failure, on_progress,
                                             on_done)
        self._pool.start(task.run)
        return task.id

    def cancel(self, task_id: int) -> None:
        """Ask the task to stop; none of its callbacks run after this call."""
        entry = self._tasks.get(task_id)
        if entry is not None:
            entry.task.token.cancel()
            # The pool may not have started it yet: then it never will, and we forget it now.
            if self._pool.try_take(entry.task.run):
                del self._tasks[task_id]
                self.task_finished.emit(task_id)

    def is_running(self, task_id: int) -> bool:
        return task_id in self._tasks

    def active_count(self) -> int:
        """Tasks submitted whose `done` has not yet reached the GUI thread."""
        return len(self._tasks)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel every task and wait for the pool; False if a task outlived the timeout."""
        self._closed = True
        for task_id in list(self._tasks):
            self.cancel(task_id)
        finished = self._pool.wait_for_done(timeout_ms / 1000)
        self._pool.close()
        if finished:
            self._tasks.clear()
        else:
            log.warning("%d background task(s) still running after %d ms",
                        self._pool.active_count(), timeout_ms)
        return finished

    def _entry(self, task_id: int) -> _Callbacks | None:
        entry = self._tasks.get(task_id)
        if entry is None or entry.task.token.cancelled:
            return None  # stale: cancelled after the worker had already emitted
        return entry

    def _on_task_succeeded(self, task_id: int, result: object) -> None:
        entry = self._entry(task_id)
        if entry is None:
            return
        if entry.on_success is not None and _receiver_alive(entry.on_success):
            entry.on_success(task_id, result)
        if entry.on_done is not None and _receiver_alive(entry.on_done):
            entry.on_done(task_id)

    def _on_task_failed(self, task_id: int, exc: BaseException) -> None:
        entry = self._entry(task_id)
        if entry is None:
            return
        if entry.on_failure is not None and _receiver_alive(entry.on_failure):
            entry.on_failure(task_id, exc)
        else:
            log.error("background task %d failed", task_id, exc_info=exc)

    def _on_task_progressed(self, task_id: int, value: object) -> None:
        entry = self._entry(task_id)
        callback = entry.on_progress if entry is not None else None
        if callback is not None and _receiver_alive(callback):
            callback(task_id, value)

    def _on_task_done(self, task_id: int) -> None:
        if self._tasks.pop(task_id, None) is not None:
            self.task_finished.emit(task_id)
