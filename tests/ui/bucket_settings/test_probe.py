"""The pages' test requests: one at a time, cancel wins over a late answer, failures described."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from spacesgui.s3.errors import InvalidInput
from spacesgui.ui.bucket_settings.probe import Probe
from spacesgui.workers.tasks import TaskRunner, TaskToken


def _probe(qtbot: QtBot, runner: TaskRunner) -> tuple[Probe, QPlainTextEdit, QPushButton,
                                                      QPushButton]:
    answer, cancel, start = QPlainTextEdit(), QPushButton(), QPushButton()
    for widget in (answer, cancel, start):
        qtbot.addWidget(widget)
    return Probe(runner, answer, cancel, start), answer, cancel, start


def test_answer_is_shown_and_buttons_follow(qtbot: QtBot, runner: TaskRunner) -> None:
    probe, answer, cancel, start = _probe(qtbot, runner)
    probe.start(lambda token: 42, asking="asking", show=lambda n: f"got {n}", failed="no: ")
    assert cancel.isEnabled() and not start.isEnabled()
    qtbot.waitUntil(lambda: answer.toPlainText() == "got 42")
    assert not cancel.isEnabled() and start.isEnabled() and not probe.running


def test_cancel_wins_over_a_late_answer(qtbot: QtBot, runner: TaskRunner) -> None:
    probe, answer, cancel, _start = _probe(qtbot, runner)
    release, finished = threading.Event(), threading.Event()

    def slow(token: TaskToken) -> int:
        release.wait(10)
        finished.set()
        return 1

    probe.start(slow, asking="asking", show=str, failed="no: ")
    cancel.click()
    assert answer.toPlainText() == "Cancelled." and not probe.running
    release.set()
    qtbot.waitUntil(finished.is_set)
    qtbot.waitUntil(lambda: runner.active_count() == 0)
    assert answer.toPlainText() == "Cancelled."  # the late answer was not shown


def test_failure_is_described(qtbot: QtBot, runner: TaskRunner) -> None:
    probe, answer, _cancel, _start = _probe(qtbot, runner)

    def refuse(token: TaskToken) -> int:
        raise InvalidInput("That origin is not a web address.")

    probe.start(refuse, asking="asking", show=str, failed="No answer: ")
    qtbot.waitUntil(lambda: answer.toPlainText().startswith("No answer: "))
    assert answer.toPlainText() == "No answer: That origin is not a web address."
