"""What the main-window tests share: the account, waits, and moving around the object table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from spacesgui.ui.models.entries import Location
from spacesgui.ui.window import MainWindow

ACCOUNT = "rgw"
WAIT = 30_000


def open_folder(qtbot: QtBot, win: MainWindow, bucket: str, prefix: str = "") -> None:
    win.navigate(Location(ACCOUNT, bucket, prefix))
    wait_listed(qtbot, win)


def wait_listed(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.table_model.is_loading, timeout=WAIT)


def names(win: MainWindow) -> list[str]:
    return [win.proxy.index(r, 0).data() for r in range(win.proxy.rowCount())]


def select(win: MainWindow, *wanted: str) -> None:
    win.table.clearSelection()
    rows = [r for r in range(win.proxy.rowCount()) if win.proxy.index(r, 0).data() in wanted]
    if rows:  # Enter opens the current row, as a click would have made it
        win.table.selectionModel().setCurrentIndex(
            win.proxy.index(rows[0], 0), win.table.selectionModel().SelectionFlag.NoUpdate)
    for row in range(win.proxy.rowCount()):
        if win.proxy.index(row, 0).data() in wanted:
            win.table.selectionModel().select(
                win.proxy.index(row, 0), win.table.selectionModel().SelectionFlag.Select
                | win.table.selectionModel().SelectionFlag.Rows)
    assert len(win.selected_entries()) == len(wanted)


def press(qtbot: QtBot, win: MainWindow, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    win.table.setFocus()
    qtbot.keyClick(win.table, key, modifier)


def chooser() -> QInputDialog | None:
    """The open customer key chooser (boxes.choose_key), if any."""
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QInputDialog) and w.objectName() == "chooseKeyBox"
             and w.isVisible()]
    return boxes[0] if boxes else None
