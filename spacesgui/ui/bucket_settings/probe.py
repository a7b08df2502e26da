"""A page's "Test": one real request at a time in the background, its answer shown as text.

The permissions, CORS and website pages each prove a setting with a request a stranger would
make (an anonymous GET, a preflight, a website visit). They differ in the request and in how
its answer reads; starting it, cancelling it, ignoring a stale answer and showing a failure are
the same, and live here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from spacesgui.ui.errors import describe
from spacesgui.workers.tasks import TaskRunner, TaskToken

T = TypeVar("T")


class Probe(QObject):
    """Runs a page's test request and writes its answer into `answer`."""

    def __init__(self, runner: TaskRunner, answer: QPlainTextEdit, cancel_button: QPushButton,
                 start_button: QPushButton | None = None) -> None:
        super().__init__(answer)
        self._runner, self._answer = runner, answer
        self._cancel_button, self._start_button = cancel_button, start_button
        self._task: int | None = None
        self._render: Callable[[object], str] = str
        self._failed = ""
        cancel_button.clicked.connect(self.cancel)
        cancel_button.setEnabled(False)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self, fn: Callable[[TaskToken], T], *, asking: str, show: Callable[[T], str],
              failed: str) -> None:
        """Run `fn` (values only: it runs on a worker); `show` turns its result into text, and a
        failure reads `failed` followed by the error's description."""
        self.cancel()

        def render(result: object) -> str:
            return show(cast(T, result))  # the result of `fn`, which returns T

        self._render, self._failed = render, failed
        self._answer.setPlainText(asking)
        self._set_running(True)
        self._task = self._runner.submit(fn, self._on_done, self._on_failed)

    def cancel(self) -> None:
        if self._task is not None:
            self._runner.cancel(self._task)
            self._task = None
            self._answer.setPlainText(self.tr("Cancelled."))
        self._set_running(False)

    def _on_done(self, task_id: int, result: object) -> None:
        if task_id != self._task:
            return  # stale: cancelled, or a newer test replaced it
        self._task = None
        self._set_running(False)
        self._answer.setPlainText(self._render(result))

    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        if task_id != self._task:
            return
        self._task = None
        self._set_running(False)
        self._answer.setPlainText(f"{self._failed}{describe(exc)}")

    def _set_running(self, running: bool) -> None:
        self._cancel_button.setEnabled(running)
        if self._start_button is not None:
            self._start_button.setEnabled(not running)
