"""The real main window against the real RGW: drops, drag out, rename, move, delete, folders,
history. Every check reads the server back with a separate boto3 client.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from spacesgui.ui import boxes
from spacesgui.ui.models.entries import ENTRIES_MIME, Location, encode_entries
from spacesgui.ui.window import MainWindow
from tests.ui.python_entries import entries_from_qt
from tests.ui.window_helpers import (
    ACCOUNT,
    WAIT,
    names,
    open_folder,
    press,
    select,
    wait_listed,
)


def keys_in(boto: Any, bucket: str, prefix: str = "") -> set[str]:
    pages = boto.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
    return {o["Key"] for page in pages for o in page.get("Contents", [])}


def body_of(boto: Any, bucket: str, key: str) -> bytes:
    return boto.get_object(Bucket=bucket, Key=key)["Body"].read()


def _drag_pos(pos: QPoint) -> QPoint | QPointF:
    # PySide6 6.12 takes (and deprecates nothing for) QPointF; 6.8-6.11 take only QPoint.
    try:
        QDragMoveEvent(QPointF(pos), Qt.DropAction.CopyAction, QMimeData(),
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    except TypeError:
        return pos
    return QPointF(pos)


def drop(widget: QWidget, mime: QMimeData, pos: QPoint,
         modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
         action: Qt.DropAction = Qt.DropAction.CopyAction) -> QDropEvent:
    """What a drag from the OS file manager delivers: enter, move, drop on the viewport."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons = Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(_drag_pos(pos), actions, mime, buttons, modifiers)
    enter.setDropAction(action)
    QApplication.sendEvent(widget, enter)
    move = QDragMoveEvent(_drag_pos(pos), actions, mime, buttons, modifiers)
    move.setDropAction(action)
    QApplication.sendEvent(widget, move)
    event = QDropEvent(QPointF(pos), actions, mime, buttons, modifiers)
    event.setDropAction(action)
    QApplication.sendEvent(widget, event)
    return event


def below_rows(win: MainWindow) -> QPoint:
    viewport = win.table.viewport()
    return QPoint(viewport.width() // 2, viewport.height() - 5)


def prompt(win: MainWindow) -> QInputDialog:
    dialog = win.findChild(QInputDialog, "textPrompt")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_drop_files_and_a_folder_from_the_os_uploads_them(
        qtbot: QtBot, window: MainWindow, bucket: str, boto_client: Any, tmp_path: Path) -> None:
    local = tmp_path / "local"
    (local / "album" / "2024").mkdir(parents=True)
    (local / "notes.txt").write_bytes(b"hello notes")
    (local / "photo.bin").write_bytes(bytes(range(256)) * 100)
    (local / "album" / "a.txt").write_bytes(b"a")
    (local / "album" / "2024" / "b.txt").write_bytes(b"bb")
    boto_client.put_object(Bucket=bucket, Key="inbox/", Body=b"")
    open_folder(qtbot, window, bucket, "inbox/")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(local / n)) for n in ("notes.txt", "photo.bin",
                                                                "album")])
    event = drop(window.table.viewport(), mime, below_rows(window))
    assert event.isAccepted()
    want = {"inbox/notes.txt", "inbox/photo.bin", "inbox/album/a.txt", "inbox/album/2024/b.txt"}
    qtbot.waitUntil(lambda: want <= keys_in(boto_client, bucket), timeout=WAIT)
    assert body_of(boto_client, bucket, "inbox/photo.bin") == bytes(range(256)) * 100
    qtbot.waitUntil(lambda: {"notes.txt", "photo.bin", "album"} <= set(names(window)),
                    timeout=WAIT)


def test_drop_on_a_bucket_in_the_tree_uploads_to_its_root(
        qtbot: QtBot, window: MainWindow, bucket: str, boto_client: Any, tmp_path: Path) -> None:
    (tmp_path / "tree.txt").write_bytes(b"dropped on the tree")
    # The account opened (and listed its buckets) before this test's bucket existed: F5.
    window.navigate(Location(ACCOUNT, None))
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.tree_proxy.index_for(Location(ACCOUNT, bucket)).parent()
                    .isValid(), timeout=WAIT)
    index = window.tree_proxy.index_for(Location(ACCOUNT, bucket))
    window.tree.scrollTo(index)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "tree.txt"))])
    event = drop(window.tree.viewport(), mime, window.tree.visualRect(index).center())
    assert event.isAccepted()
    qtbot.waitUntil(lambda: "tree.txt" in keys_in(boto_client, bucket), timeout=WAIT)


def test_drag_out_downloads_temp_copies_only_when_a_target_asks(
        qtbot: QtBot, window: MainWindow, bucket: str, boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="out/one.txt", Body=b"first file")
    boto_client.put_object(Bucket=bucket, Key="out/two.bin", Body=b"\x00\x01" * 5000)
    boto_client.put_object(Bucket=bucket, Key="out/deep/three.txt", Body=b"in a folder")
    open_folder(qtbot, window, bucket, "out/")
    select(window, "one.txt", "two.bin", "deep")
    indexes = window.table.selectionModel().selectedRows(0)
    mime = window.table.drag_mime(indexes)
    assert mime is not None and "text/uri-list" in mime.formats()
    assert mime.hasFormat(ENTRIES_MIME)
    mime.internal = True  # our own views never trigger downloads
    assert mime.urls() == [] and not mime.files.started
    mime.internal = False
    urls = mime.urls()  # what the file manager asks for at the drop: waits for the queue
    paths = {Path(u.toLocalFile()).name: Path(u.toLocalFile()) for u in urls}
    assert set(paths) == {"one.txt", "two.bin", "deep"}
    assert paths["one.txt"].read_bytes() == b"first file"
    assert paths["two.bin"].read_bytes() == b"\x00\x01" * 5000
    assert (paths["deep"] / "three.txt").read_bytes() == b"in a folder"
    assert all(j.kind in ("download", "prefix-download") for j in window.context.queue.jobs())


def rename_with_f2(qtbot: QtBot, win: MainWindow, name: str, new_name: str) -> None:
    """Select `name`, press F2, replace the whole name with `new_name` and press Enter."""
    select(win, name)
    press(qtbot, win, Qt.Key.Key_F2)
    edit = prompt(win).findChild(QLineEdit)
    edit.selectAll()
    qtbot.keyClicks(edit, new_name)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_rename_with_f2_typing_and_enter(qtbot: QtBot, window: MainWindow, bucket: str,
                                         boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="docs/old.txt", Body=b"keep me")
    open_folder(qtbot, window, bucket, "docs/")
    select(window, "old.txt")
    press(qtbot, window, Qt.Key.Key_F2)
    dialog = prompt(window)
    edit = dialog.findChild(QLineEdit)
    assert edit.selectedText() == "old"  # the name, not the extension
    qtbot.keyClicks(edit, "new")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: keys_in(boto_client, bucket, "docs/") == {"docs/new.txt"},
                    timeout=WAIT)
    assert body_of(boto_client, bucket, "docs/new.txt") == b"keep me"
    qtbot.waitUntil(lambda: names(window) == ["new.txt"], timeout=WAIT)
    qtbot.waitUntil(lambda: [e.name for e in window.selected_entries()] == ["new.txt"],
                    timeout=WAIT)
    [job] = window.context.queue.jobs()
    assert (job.kind, job.title, job.state) == ("rename", "old.txt \u2192 new.txt", "done")
    assert job.done_bytes == job.total_bytes == len(b"keep me")


def test_rename_onto_an_existing_name_is_refused_with_a_box(
        qtbot: QtBot, window: MainWindow, bucket: str, boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="a.txt", Body=b"first")
    boto_client.put_object(Bucket=bucket, Key="b.txt", Body=b"second")
    open_folder(qtbot, window, bucket)
    rename_with_f2(qtbot, window, "a.txt", "b.txt")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=WAIT)
    box = window.findChild(QMessageBox, "errorBox")
    assert "\u201cb.txt\u201d already exists" in box.text()
    box.close()
    assert body_of(boto_client, bucket, "a.txt") == b"first"
    assert body_of(boto_client, bucket, "b.txt") == b"second"
    assert [j.state for j in window.context.queue.jobs()] == ["failed"]


def test_renaming_a_folder_is_a_queued_job_with_progress(
        qtbot: QtBot, window: MainWindow, bucket: str, boto_client: Any) -> None:
    for name, size in (("a.bin", 3000), ("b.bin", 5000), ("deep/c.bin", 7000)):
        boto_client.put_object(Bucket=bucket, Key=f"album/{name}", Body=b"z" * size)
    boto_client.put_object(Bucket=bucket, Key="other.txt", Body=b"o")
    open_folder(qtbot, window, bucket)
    rename_with_f2(qtbot, window, "album", "photos")
    qtbot.waitUntil(lambda: [e.name for e in window.selected_entries()] == ["photos"],
                    timeout=WAIT)
    assert keys_in(boto_client, bucket) == {"photos/a.bin", "photos/b.bin",
                                            "photos/deep/c.bin", "other.txt"}
    [job] = window.context.queue.jobs()
    assert (job.kind, job.title, job.state) == ("rename", "album \u2192 photos", "done")
    assert job.done_bytes == job.total_bytes == 15_000


def test_cut_and_paste_moves_between_folders(qtbot: QtBot, window: MainWindow, bucket: str,
                                             boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="from/f.txt", Body=b"moving")
    boto_client.put_object(Bucket=bucket, Key="to/", Body=b"")
    open_folder(qtbot, window, bucket, "from/")
    select(window, "f.txt")
    press(qtbot, window, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    open_folder(qtbot, window, bucket, "to/")
    assert window.window_actions["paste"].isEnabled()
    press(qtbot, window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: keys_in(boto_client, bucket) == {"to/", "to/f.txt"},
                    timeout=WAIT)
    assert body_of(boto_client, bucket, "to/f.txt") == b"moving"
    qtbot.waitUntil(lambda: "f.txt" in names(window), timeout=WAIT)
    assert not window.window_actions["paste"].isEnabled()  # a cut pastes once


def test_dragging_rows_onto_a_folder_moves_them_ctrl_copies(
        qtbot: QtBot, window: MainWindow, bucket: str, boto_client: Any) -> None:
    for key in ("x.txt", "y.txt", "dest/"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"" if key.endswith("/") else b"x")
    open_folder(qtbot, window, bucket)
    folder_row = names(window).index("dest")
    target = window.table.visualRect(window.proxy.index(folder_row, 0)).center()
    for key, modifiers, expected in (
            ("x.txt", Qt.KeyboardModifier.NoModifier, {"dest/", "dest/x.txt", "y.txt"}),
            ("y.txt", Qt.KeyboardModifier.ControlModifier,
             {"dest/", "dest/x.txt", "y.txt", "dest/y.txt"})):
        mime = QMimeData()
        mime.setData(ENTRIES_MIME, encode_entries(ACCOUNT, bucket, [key]))
        drop(window.table.viewport(), mime, target, modifiers)
        qtbot.waitUntil(lambda want=expected: keys_in(boto_client, bucket) == want,
                        timeout=WAIT)


def test_delete_asks_with_the_list_then_deletes_through_the_queue(
        qtbot: QtBot, window: MainWindow, bucket: str, boto_client: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "stay.txt"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"x")
    open_folder(qtbot, window, bucket)
    asked: list[tuple[str, str]] = []

    def confirm(_parent: Any, _title: str, text: str, detail: str, **kw: Any) -> None:
        asked.append((text, detail))
        kw["on_yes"]()

    monkeypatch.setattr(boxes, "confirm", confirm)
    select(window, "a.txt", "b.txt", "sub")
    press(qtbot, window, Qt.Key.Key_Delete)
    assert asked and asked[0][0] == "Delete 2 files and 1 folder?"
    assert "sub/" in asked[0][1] and "everything inside" in asked[0][1]
    qtbot.waitUntil(lambda: keys_in(boto_client, bucket) == {"stay.txt"}, timeout=WAIT)
    qtbot.waitUntil(lambda: names(window) == ["stay.txt"], timeout=WAIT)
    assert [j.kind for j in window.context.queue.jobs()] == ["delete"]


def test_new_folder_is_a_zero_byte_marker_and_gets_selected(
        qtbot: QtBot, window: MainWindow, bucket: str, boto_client: Any) -> None:
    open_folder(qtbot, window, bucket)
    press(qtbot, window, Qt.Key.Key_N,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    edit = prompt(window).findChild(QLineEdit)
    edit.selectAll()
    qtbot.keyClicks(edit, "Reports 2026")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: keys_in(boto_client, bucket) == {"Reports 2026/"}, timeout=WAIT)
    assert body_of(boto_client, bucket, "Reports 2026/") == b""
    qtbot.waitUntil(lambda: [e.key for e in window.selected_entries()] == ["Reports 2026/"],
                    timeout=WAIT)


def test_open_back_forward_and_up(qtbot: QtBot, window: MainWindow, bucket: str,
                                  boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="a/b/file.txt", Body=b"x")
    open_folder(qtbot, window, bucket)
    assert not window.window_actions["forward"].isEnabled()
    for name in ("a", "b"):
        select(window, name)
        press(qtbot, window, Qt.Key.Key_Return)
        wait_listed(qtbot, window)
    assert window.location == Location(ACCOUNT, bucket, "a/b/")
    assert names(window) == ["file.txt"]
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.location == Location(ACCOUNT, bucket, "a/")
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.location == Location(ACCOUNT, bucket, "a/b/")
    press(qtbot, window, Qt.Key.Key_Backspace)
    assert window.location == Location(ACCOUNT, bucket, "a/")
    press(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.location == Location(ACCOUNT, bucket, "")
    press(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.location == Location(ACCOUNT, None, "")  # the account's bucket list
    assert not window.window_actions["up"].isEnabled()
    wait_listed(qtbot, window)


def test_refresh_keeps_the_place_and_the_selection(qtbot: QtBot, window: MainWindow,
                                                   bucket: str, boto_client: Any) -> None:
    """F5 (and a finished job in the folder) lists again from page one; the user stays where
    they were, even on the third page, with the same row selected."""
    from tests.ui.browser_helpers import put_keys

    put_keys(boto_client, bucket, [f"k{i:05d}" for i in range(2500)])
    open_folder(qtbot, window, bucket)
    table, bar = window.table, window.table.verticalScrollBar()

    def reach(name: str) -> bool:
        bar.setValue(bar.maximum())
        return name in names(window) and not window.table_model.is_loading
    qtbot.waitUntil(lambda: reach("k02100"), timeout=WAIT)
    select(window, "k02100")
    table.scrollTo(window.table.currentIndex(), table.ScrollHint.PositionAtTop)
    top_before = table.indexAt(table.viewport().rect().topLeft()).data()
    assert top_before == "k02100"
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.table_model.is_loading, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.table_model.is_loading
                    and window.navigation.kept_place is None, timeout=WAIT)
    assert [e.name for e in window.selected_entries()] == ["k02100"]
    assert table.currentIndex().data() == "k02100"
    assert table.indexAt(table.viewport().rect().topLeft()).data() == top_before


def test_first_paint_is_announced_once_and_later_events_stay_in_qt(
        qtbot: QtBot, context: Any, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(context, settings)
    qtbot.addWidget(win)
    painted: list[float] = []
    win.first_painted.connect(painted.append)
    win.show()
    qtbot.waitUntil(lambda: len(painted) == 1)
    with entries_from_qt() as entries:
        for _ in range(3):
            win.repaint()
            QApplication.processEvents()
    assert "event" not in entries and "eventFilter" not in entries, entries
    assert len(painted) == 1
