"""The preferences window: edits are validated, saved beside the accounts and applied at once
(queue tuning, bandwidth limits, theme, delete confirmation, download folder); a damaged file
gives the defaults and a message, and is kept when saving over it."""

from __future__ import annotations

import logging
import statistics
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from spacesgui.clients import ClientRegistry
from spacesgui.preferences import (
    FILE_NAME,
    ConflictPolicy,
    Preferences,
    PreferencesStore,
    Theme,
)
from spacesgui.s3.transfer.common import MiB
from spacesgui.ui import boxes
from spacesgui.ui.app_preferences import AppPreferences
from spacesgui.ui.dialogs.preferences import PreferencesDialog
from spacesgui.ui.theme import ThemeSwitcher, dark_palette
from spacesgui.ui.window import MainWindow
from tests.ui.transfer_helpers import ACCOUNT, QueueFactory, make_file, wait_state
from tests.ui.window_helpers import WAIT, open_folder, press, select

log = logging.getLogger(__name__)


def keys_in(boto: Any, bucket: str) -> set[str]:
    return {o["Key"] for o in boto.list_objects_v2(Bucket=bucket).get("Contents", [])}


def _ok(dialog: PreferencesDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_dialog_applies_to_the_queue_and_saves(qtbot: QtBot, make_queue: QueueFactory,
                                               tmp_path: Path) -> None:
    queue = make_queue(ClientRegistry())
    store = PreferencesStore(tmp_path / "config")
    prefs = AppPreferences(queue, store=store)
    prefs.load()
    changed = []
    prefs.changed.connect(lambda p, note: changed.append((p, note)))
    dialog = PreferencesDialog(prefs.get(), apply=prefs.update)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "preferencesDialog"
    dialog.parallel_spin.setValue(2)
    dialog.parts_spin.setValue(3)
    dialog.part_size_spin.setValue(8)
    dialog.upload_limit_spin.setValue(2048)
    dialog.download_limit_spin.setValue(512)
    dialog.retries_spin.setValue(1)
    dialog.conflict_box.setCurrentIndex(dialog.conflict_box.findData("skip"))
    dialog.folder_edit.setText(str(tmp_path / "dl"))
    dialog.confirm_delete_box.click()
    with qtbot.waitSignal(dialog.accepted):
        _ok(dialog)
    expected = Preferences(parallel_transfers=2, parts_in_flight=3, part_size=8 * MiB,
                           upload_limit=2 * MiB, download_limit=512 * 1024, retries=1,
                           conflict_default=ConflictPolicy.SKIP,
                           download_folder=str(tmp_path / "dl"),
                           confirm_delete=False)
    assert prefs.get() == expected
    assert changed == [(expected, "")]
    max_files, config, attempts = queue.tuning
    assert (max_files, config.part_size, config.parts_in_flight, attempts) == (2, 8 * MiB, 3, 2)
    assert config.upload_bandwidth is not None and config.upload_bandwidth.rate == 2 * MiB
    assert config.download_bandwidth is not None and config.download_bandwidth.rate == 512 * 1024
    assert PreferencesStore(tmp_path / "config").read().preferences == expected


def test_out_of_range_disables_ok_and_says_why(qtbot: QtBot) -> None:
    applied: list[Preferences] = []

    def apply(preferences: Preferences) -> str:
        applied.append(preferences)
        return ""

    dialog = PreferencesDialog(Preferences(), apply=apply)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.problem_label.isHidden()
    dialog.upload_limit_spin.setValue(8)        # 8 KiB/s: below the floor
    assert not ok.isEnabled()
    assert "upload limit must be unlimited or 16 KiB/s" in dialog.problem_label.text()
    dialog.upload_limit_spin.setValue(0)
    dialog.folder_edit.setText("not/absolute")
    assert not ok.isEnabled() and "full path" in dialog.problem_label.text()
    dialog.defaults_button.click()
    assert ok.isEnabled()
    assert dialog.upload_limit_spin.text() == "Unlimited"
    assert applied == []


def test_a_refused_save_keeps_the_dialog_open(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Preferences(), apply=lambda _p: "The disk is full.")
    qtbot.addWidget(dialog)
    dialog.show()
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.problem_label.text() == "The disk is full."


def test_damaged_file_gives_defaults_a_message_and_is_kept(
        qtbot: QtBot, make_queue: QueueFactory, tmp_path: Path) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / FILE_NAME).write_text("{ not json")
    prefs = AppPreferences(make_queue(ClientRegistry()), store=PreferencesStore(folder))
    prefs.load()
    assert prefs.get() == Preferences()
    assert "cannot be used" in prefs.problem and str(folder / FILE_NAME) in prefs.problem
    dialog = PreferencesDialog(prefs.get(), apply=prefs.update, problem=prefs.problem)
    qtbot.addWidget(dialog)
    assert dialog.file_problem.text() == prefs.problem
    notes: list[str] = []
    prefs.changed.connect(lambda _p, note: notes.append(note))
    dialog.retries_spin.setValue(3)
    _ok(dialog)
    kept = list(folder.glob(f"{FILE_NAME}.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text() == "{ not json"
    assert notes and str(kept[0]) in notes[0]
    assert prefs.problem == ""
    assert PreferencesStore(folder).read().preferences == Preferences(retries=3)


def test_theme_switches_and_comes_back(qapp: QApplication) -> None:
    window_colour = qapp.palette().color(QPalette.ColorRole.Window)
    style = qapp.style().name()
    switcher = ThemeSwitcher(qapp)
    try:
        switcher.apply(Theme.DARK)
        assert qapp.style().name().lower() == "fusion"
        assert qapp.palette().color(QPalette.ColorRole.Window) == \
            dark_palette().color(QPalette.ColorRole.Window)
        switcher.apply(Theme.LIGHT)
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 128
    finally:
        switcher.apply(Theme.SYSTEM)
    assert qapp.style().name() == style
    assert qapp.palette().color(QPalette.ColorRole.Window) == window_colour


# -- in the window -------------------------------------------------------------------------

def test_shortcut_and_menu_open_one_preferences_window(qtbot: QtBot, window: MainWindow) -> None:
    action = window.window_actions["preferences"]
    platform_key = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert action.shortcut() == (platform_key[0] if platform_key else QKeySequence("Ctrl+,"))
    assert action in window.window_actions.menus["edit"].actions()
    assert action.menuRole() == action.MenuRole.PreferencesRole
    action.trigger()
    dialog = window.findChild(PreferencesDialog, "preferencesDialog")
    assert dialog is not None and dialog.isVisible()
    action.trigger()
    assert len(window.findChildren(PreferencesDialog)) == 1
    dialog.reject()
    qtbot.waitUntil(lambda: window._preferences_dialog is None)


def test_delete_without_confirmation_when_turned_off(
        qtbot: QtBot, window: MainWindow, bucket: str, boto_client: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("a.txt", "stay.txt"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"x")
    asked: list[str] = []
    monkeypatch.setattr(boxes, "confirm", lambda *a, **_kw: asked.append(a[2]))
    assert window.context.preferences.update(Preferences(confirm_delete=False)) == ""
    open_folder(qtbot, window, bucket)
    select(window, "a.txt")
    press(qtbot, window, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: keys_in(boto_client, bucket) == {"stay.txt"}, timeout=WAIT)
    assert asked == []
    assert window.context.preferences.update(Preferences()) == ""
    select(window, "stay.txt")
    press(qtbot, window, Qt.Key.Key_Delete)
    assert asked == ["Delete \u201cstay.txt\u201d?"]


def test_download_dialog_starts_in_the_chosen_folder(
        qtbot: QtBot, window: MainWindow, bucket: str, boto_client: Any,
        tmp_path: Path) -> None:
    boto_client.put_object(Bucket=bucket, Key="a.txt", Body=b"x")
    folder = tmp_path / "downloads here"
    folder.mkdir()
    assert window.context.preferences.update(Preferences(download_folder=str(folder))) == ""
    open_folder(qtbot, window, bucket)
    select(window, "a.txt")
    window.window_actions["download"].trigger()
    dialog = window.findChild(QFileDialog, "downloadDialog")
    assert dialog is not None
    assert Path(dialog.directory().absolutePath()) == folder
    dialog.reject()


def test_upload_limit_shows_in_the_speed(qtbot: QtBot, make_queue: QueueFactory,
                                         registry: ClientRegistry, bucket: str,
                                         tmp_path: Path) -> None:
    queue = make_queue(registry)
    queue.apply_preferences(Preferences(upload_limit=MiB, part_size=5 * MiB))
    path = tmp_path / "three.bin"
    make_file(path, 3 * MiB)
    speeds: list[float] = []

    def on_changed(job_id: int) -> None:
        job = queue.job(job_id)
        if job is not None:
            speeds.append(job.speed)

    queue.job_changed.connect(on_changed)
    start = time.monotonic()
    job_id = queue.enqueue_upload(ACCOUNT, bucket, "three.bin", str(path))
    assert wait_state(qtbot, queue, job_id) == "done"
    seconds = time.monotonic() - start
    shown = [s for s in speeds if s > 0]
    log.info("3 MiB at 1 MiB/s: %.2f s; speeds shown %s", seconds, shown)
    assert seconds >= 2.7
    # The column shows a moving average whose window starts short: early readings jitter.
    assert shown and 0.7 * MiB <= statistics.median(shown) <= 1.3 * MiB


def test_start_up_with_a_damaged_file(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from spacesgui.app import Paths, build_context

    config = tmp_path / "config"
    config.mkdir()
    (config / FILE_NAME).write_bytes(b'{"parallel_transfers": 2,')
    context = build_context(Paths(tmp_path / "data", config), use_keyring=False)
    context.preferences.load()                      # as run() does: no exception
    assert context.preferences.get() == Preferences()
    assert "damaged" in context.preferences.problem
    assert context.queue.tuning[0] == Preferences().parallel_transfers
    window = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_preferences()
    assert isinstance(dialog, PreferencesDialog)
    assert "damaged" in dialog.file_problem.text() and dialog.file_problem.isVisibleTo(dialog)
    dialog.parallel_spin.setValue(2)
    _ok(dialog)
    assert (config / FILE_NAME).exists()
    assert len(list(config.glob(f"{FILE_NAME}.damaged-*"))) == 1
    assert "kept as" in window.statusBar().currentMessage()
    assert context.queue.tuning[0] == 2
    window.close()
    assert context.shutdown(10_000)
