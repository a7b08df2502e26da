"""Run one piece of work per item with a bound on how many run at once.

Folders, copies, multipart parts and the properties of many objects all need the same loop:
draw items lazily (a listing of a million keys must not become a million futures), keep at
most `limit` running, hand back each outcome as it finishes, stop drawing on cancel, and never
return while work that was started is still running.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from spacesgui.s3.cancel import CancelToken

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

# How often a wait for running work looks at the cancel token, so `abort` follows a cancel
# promptly even while every slot is busy with long work.
_POLL_SECONDS = 0.2


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T, R]):
    """How the work for one item ended: its result, or the exception it raised."""

    item: T
    result: R | None
    error: BaseException | None

    def unwrap(self) -> R:
        """The result, or the work's exception raised again."""
        if self.error is not None:
            raise self.error
        return cast(R, self.result)


def bounded_map(
    work: Callable[[T], R], items: Iterable[T], *, limit: int,
    cancel: CancelToken | None = None, abort: CancelToken | None = None,
    before_each: Callable[[], None] | None = None, executor: Executor | None = None,
    name: str = "work",
) -> Generator[Outcome[T, R], None, None]:
    """Run `work(item)` for every item, at most `limit` at a time; yield outcomes as they end.

    Items are drawn only when a place is free, so memory stays bounded by `limit` whatever
    `items` yields. A set `cancel` stops the drawing (the caller decides what a cancel means
    once the iterator ends). `before_each` runs before each item is drawn, e.g. to block while
    paused; if it or `items` raises, nothing more is drawn, the running work is awaited and its
    outcomes yielded, and then that exception is raised. Closing the iterator early (a `break`
    under `contextlib.closing`) drops the items not yet started and waits for the running ones.
    `abort`, if given, is cancelled whenever the run stops early (`cancel` was set, or the
    iterator was closed), so running work can give up.

    Work runs on `executor` if given (a shared pool), else on a pool of `limit` threads made
    for this call and shut down before it returns.
    """
    if limit < 1:
        raise ValueError("at least one item must be allowed to run")
    pool = executor if executor is not None else ThreadPoolExecutor(
        max_workers=limit, thread_name_prefix=name)
    source = iter(items)
    pending: dict[Future[R], T] = {}
    stopped: BaseException | None = None    # raised once the running work has ended
    exhausted = False
    try:
        while True:
            while not exhausted and stopped is None and len(pending) < limit \
                    and not (cancel is not None and cancel.cancelled):
                try:
                    item = _draw(source, before_each)
                except BaseException as exc:
                    stopped = exc
                    break
                if item is _END:
                    exhausted = True
                else:
                    pending[pool.submit(work, cast(T, item))] = cast(T, item)
            if not pending:
                break
            finished, _ = wait(pending, timeout=_POLL_SECONDS if cancel is not None else None,
                               return_when=FIRST_COMPLETED)
            if cancel is not None and cancel.cancelled and abort is not None:
                abort.cancel()
            for future in finished:
                item = pending.pop(future)
                error = future.exception()
                yield Outcome(item, None if error is not None else future.result(), error)
        if stopped is not None:
            raise stopped
    finally:
        _settle(pending, abort)
        if executor is None:
            pool.shutdown(wait=True)


_END = object()


def _draw(source: Iterator[T], before_each: Callable[[], None] | None) -> T | object:
    if before_each is not None:
        before_each()
    return next(source, _END)


def _settle(pending: dict[Future[R], T], abort: CancelToken | None) -> None:
    """After an early close: nothing new starts, and nothing started is left running."""
    if not pending:
        return
    if abort is not None:
        abort.cancel()
    for future in pending:
        future.cancel()
    wait(pending)


__all__ = ["Outcome", "bounded_map"]
