"""A damaged or unreadable accounts file: the dialog says why and where, and its ways out
(open the folder, start fresh keeping the old file, quit) never lose the file's bytes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from spacesgui.config import AppConfig, ConfigError, ConfigStore
from spacesgui.ui.dialogs.config_problem import ConfigProblemDialog, open_config_problem

DAMAGED = b'{"version": 1, "accounts": [{"id": "a", "name": "Work"'  # cut off mid-way


class Calls:
    def __init__(self) -> None:
        self.fresh = 0
        self.quit = 0

    def on_fresh_start(self) -> None:
        self.fresh += 1

    def on_quit(self) -> None:
        self.quit += 1


def damaged_store(tmp_path: Path, data: bytes = DAMAGED) -> tuple[ConfigStore, ConfigError]:
    store = ConfigStore(tmp_path / "config")
    store.directory.mkdir()
    store.path.write_bytes(data)
    problem = store.read().problem
    assert problem is not None
    return store, problem


def open_over_window(qtbot: QtBot, store: ConfigStore, problem: ConfigError,
                     calls: Calls) -> tuple[QMainWindow, ConfigProblemDialog]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = open_config_problem(window, store, problem, on_fresh_start=calls.on_fresh_start,
                                 on_quit=calls.on_quit)
    qtbot.waitExposed(dialog)  # open() returned at once: the event loop keeps running
    return window, dialog


def gone(dialog: ConfigProblemDialog) -> bool:
    return not any(w is dialog for w in QApplication.topLevelWidgets())


def test_the_dialog_says_why_and_where_window_modally(qtbot: QtBot, tmp_path: Path) -> None:
    store, problem = damaged_store(tmp_path)
    window, dialog = open_over_window(qtbot, store, problem, Calls())
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.parent() is window
    assert "damaged (line 1)" in dialog.message.text()
    assert str(store.path) in dialog.path_label.text()
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    assert dialog.quit_button.isDefault() and not dialog.start_fresh_button.isDefault()
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.reject()
    qtbot.waitUntil(lambda: gone(dialog))
    assert store.path.read_bytes() == DAMAGED


def test_open_folder_shows_the_folder_and_keeps_the_dialog(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    store, problem = damaged_store(tmp_path)
    _window, dialog = open_over_window(qtbot, store, problem, Calls())
    dialog.open_folder_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [store.directory]
    assert dialog.isVisible() and not dialog.outcome.isVisible()
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    dialog.open_folder_button.click()  # no file manager: the user is told where to look
    assert dialog.outcome.isVisible() and str(store.directory) in dialog.outcome.text()
    dialog.reject()
    qtbot.waitUntil(lambda: gone(dialog))


def test_start_fresh_keeps_a_copy_and_says_where(qtbot: QtBot, tmp_path: Path) -> None:
    store, problem = damaged_store(tmp_path)
    calls = Calls()
    _window, dialog = open_over_window(qtbot, store, problem, calls)
    with qtbot.waitSignal(dialog.fresh_started):
        dialog.start_fresh_button.click()
    kept = dialog.kept
    assert kept is not None and kept.parent == store.directory
    assert kept.name.startswith("accounts.json.damaged-")
    assert kept.read_bytes() == DAMAGED  # the original bytes, never rewritten
    assert store.load() == AppConfig() and calls.fresh == 1 and calls.quit == 0
    assert str(kept) in dialog.message.text()
    assert dialog.isVisible() and dialog.close_button.isVisible()
    assert not dialog.start_fresh_button.isVisible() and not dialog.quit_button.isVisible()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: gone(dialog))
    assert sorted(p.name for p in store.directory.iterdir()) == ["accounts.json", kept.name]


def test_start_fresh_that_fails_changes_nothing_and_says_why(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, problem = damaged_store(tmp_path)
    calls = Calls()
    _window, dialog = open_over_window(qtbot, store, problem, calls)

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    dialog.start_fresh_button.click()
    assert dialog.outcome.isVisible() and "Permission denied" in dialog.outcome.text()
    assert dialog.start_fresh_button.isVisible() and calls.fresh == 0
    assert store.path.read_bytes() == DAMAGED
    assert [p.name for p in store.directory.iterdir()] == ["accounts.json"]
    dialog.reject()
    qtbot.waitUntil(lambda: gone(dialog))


def test_quit_asks_the_app_to_quit(qtbot: QtBot, tmp_path: Path) -> None:
    store, problem = damaged_store(tmp_path)
    calls = Calls()
    _window, dialog = open_over_window(qtbot, store, problem, calls)
    dialog.quit_button.click()
    assert calls.quit == 1 and calls.fresh == 0
    qtbot.waitUntil(lambda: gone(dialog))
    assert store.path.read_bytes() == DAMAGED


def test_an_unreadable_file_gets_the_same_way_out(qtbot: QtBot, tmp_path: Path) -> None:
    store = ConfigStore(tmp_path / "config")
    store.path.mkdir(parents=True)  # cannot be read as a file, whoever runs the tests
    problem = store.read().problem
    assert problem is not None
    _window, dialog = open_over_window(qtbot, store, problem, Calls())
    assert "could not be read" in dialog.message.text()
    dialog.start_fresh_button.click()
    assert dialog.kept is not None and dialog.kept.is_dir()
    assert store.load() == AppConfig()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: gone(dialog))
