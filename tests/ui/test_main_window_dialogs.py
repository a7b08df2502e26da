"""The window's dialogs and scale: share link fetched with requests, properties read back with
boto3, a big folder paged in as the table scrolls, the account badges, window state.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import requests
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from spacesgui.app import AppContext
from spacesgui.config import Account
from spacesgui.states import AccountState
from spacesgui.ui.models.entries import Location
from spacesgui.ui.window import MainWindow
from tests.ui.window_helpers import (
    ACCOUNT,
    WAIT,
    names,
    open_folder,
    press,
    select,
    wait_listed,
)


def dialog_named(name: str) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name
             and w.isVisible()]
    assert len(found) == 1, f"expected one visible {name}"
    return found[0]


def test_share_link_from_the_shortcut_is_fetchable(qtbot: QtBot, window: MainWindow,
                                                   bucket: str, boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="share/report.txt", Body=b"shared bytes")
    open_folder(qtbot, window, bucket, "share/")
    select(window, "report.txt")
    press(qtbot, window, Qt.Key.Key_C,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = dialog_named("shareLinkDialog")
    qtbot.waitUntil(lambda: dialog.url_edit.toPlainText().startswith("http"), timeout=WAIT)
    url = dialog.url_edit.toPlainText()
    response = requests.get(url, timeout=10)
    assert response.status_code == 200 and response.content == b"shared bytes"
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_properties_from_the_shortcut_edit_content_type(qtbot: QtBot, window: MainWindow,
                                                        bucket: str, boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="page.html", Body=b"<h1>hi</h1>",
                           ContentType="text/plain")
    open_folder(qtbot, window, bucket)
    select(window, "page.html")
    press(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = dialog_named("propertiesDialog")
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=WAIT)
    edit = dialog.field_edits["content_type"]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, "text/html; charset=utf-8")
    with qtbot.waitSignal(dialog.applied, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    head = boto_client.head_object(Bucket=bucket, Key="page.html")
    assert head["ContentType"] == "text/html; charset=utf-8"
    assert boto_client.get_object(Bucket=bucket, Key="page.html")["Body"].read() == b"<h1>hi</h1>"


def test_a_big_folder_opens_on_its_first_page_and_scrolls_in_the_rest(
        qtbot: QtBot, window: MainWindow, bucket: str, boto_client: Any) -> None:
    count = 3500  # four pages of 1,000; the 100,000-key case is in test_big_folder.py
    with ThreadPoolExecutor(32) as pool:
        list(pool.map(lambda i: boto_client.put_object(Bucket=bucket, Key=f"big/k{i:06d}",
                                                       Body=b""), range(count)))
    window.navigate(Location(ACCOUNT, bucket, "big/"))
    qtbot.waitUntil(lambda: window.proxy.rowCount() >= 1000, timeout=WAIT)
    assert window.table_model.requests_made == 1
    assert "scroll for more" in window.status.listing.text()
    bar = window.table.verticalScrollBar()
    for _ in range(50):
        if window.proxy.rowCount() == count and not window.table_model.is_loading:
            break
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda: not window.table_model.is_loading, timeout=WAIT)
    assert window.proxy.rowCount() == count
    assert window.table_model.requests_made == 4
    assert window.status.listing.text() == f"0 folders, {count:,} files"
    select(window, "k003499")
    assert window.status.selection.text() == "1 item selected (0 bytes)"


def test_filter_box_has_ctrl_f_and_narrows_the_folder(qtbot: QtBot, window: MainWindow,
                                                      bucket: str, boto_client: Any) -> None:
    for key in ("alpha.txt", "beta.txt", "alphabet.md"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"x")
    open_folder(qtbot, window, bucket)
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_box.hasFocus()
    qtbot.keyClicks(window.filter_box, "alpha")
    assert sorted(names(window)) == ["alpha.txt", "alphabet.md"]
    assert window.status.listing.text().startswith("2 of ")


def test_account_without_a_key_is_badged_and_opens_the_accounts_seam(
        qtbot: QtBot, window: MainWindow, context: AppContext, qtmodeltester: Any,
        monkeypatch: Any) -> None:
    opened: list[str | None] = []
    monkeypatch.setattr(context, "open_accounts_dialog",
                        lambda parent, account_id=None: opened.append(account_id))
    locked = Account(id="locked", name="Locked keyring", region="fra1",
                     access_key_id="DO00EXAMPLE")
    context.set_accounts([locked])  # no vault in this context: the key cannot be read
    assert context.state("locked") == AccountState.NEEDS_KEY
    proxy = window.tree_proxy
    row = next(r for r in range(proxy.rowCount())
               if proxy.account_id(proxy.index(r, 0)) == "locked")
    index = proxy.index(row, 0)
    assert index.data() == "Locked keyring  \u2014 needs key"
    assert "secret key" in index.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.tree.visualRect(index).center())
    assert opened == ["locked"]
    qtmodeltester.check(proxy)


def test_window_state_round_trips_through_qsettings(qtbot: QtBot, context: AppContext,
                                                    bucket: str, tmp_path: Path) -> None:
    path = str(tmp_path / "state.ini")
    first = MainWindow(context, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.show()
    first.navigate(Location(ACCOUNT, bucket, ""))
    first.splitter.setSizes([300, 700])
    first.table.horizontalHeader().resizeSection(1, 133)
    first.close()  # saves
    second = MainWindow(context, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    assert second.location == Location(ACCOUNT, bucket, "")
    assert second.table.horizontalHeader().sectionSize(1) == 133
    wait_listed(qtbot, second)


def test_new_bucket_then_delete_bucket_refused_while_not_empty(
        qtbot: QtBot, window: MainWindow, bucket_factory: Any, boto_client: Any,
        monkeypatch: Any, s3_server: Any) -> None:
    from spacesgui.ui import boxes
    from spacesgui.ui.dialogs.new_bucket import NewBucketDialog

    name = bucket_factory("new")  # made (and cleaned up) by the fixture; deleted here first
    boto_client.delete_bucket(Bucket=name)
    monkeypatch.setattr(NewBucketDialog, "ask",
                        classmethod(lambda cls, *a, **kw: kw["on_answer"](name, s3_server.region)))
    monkeypatch.setattr(boxes, "confirm", lambda *a, **kw: kw["on_yes"]())
    window.navigate(Location(ACCOUNT, None))
    wait_listed(qtbot, window)
    press(qtbot, window, Qt.Key.Key_N,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: name in names(window), timeout=WAIT)
    boto_client.head_bucket(Bucket=name)
    boto_client.put_object(Bucket=name, Key="keep.txt", Body=b"x")
    select(window, name)
    press(qtbot, window, Qt.Key.Key_Delete)
    box = None

    def error_shown() -> bool:
        nonlocal box
        box = window.findChild(QMessageBox, "errorBox")
        return box is not None and box.isVisible()

    qtbot.waitUntil(error_shown, timeout=WAIT)
    assert "delete them first" in box.text() and "BucketNotEmpty" in box.text()
    box.close()
    window.activateWindow()  # the box had the focus; shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    boto_client.delete_object(Bucket=name, Key="keep.txt")
    select(window, name)
    press(qtbot, window, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: name not in names(window), timeout=WAIT)
    boto_client.create_bucket(Bucket=name)  # for the fixture's clean-up


def test_ctrl_l_takes_a_pasted_link_to_the_folder_and_selects_the_object(
        qtbot: QtBot, window: MainWindow, bucket: str, boto_client: Any,
        s3_server: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="deep/inside/target.txt", Body=b"x")
    boto_client.put_object(Bucket=bucket, Key="deep/inside/other.txt", Body=b"x")
    open_folder(qtbot, window, bucket)
    press(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    edit = window.path_bar.edit
    assert edit.hasFocus()
    edit.clear()
    qtbot.keyClicks(edit, f"s3://{bucket}/deep/inside/target.txt")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.location == Location(ACCOUNT, bucket, "deep/inside/")
    qtbot.waitUntil(lambda: [e.name for e in window.selected_entries()] == ["target.txt"],
                    timeout=WAIT)
    assert window.window_actions["go_to"] is window.path_bar.edit_action  # one action for Ctrl+L


def test_del_in_the_transfer_panel_cancels_transfers_not_objects(
        qtbot: QtBot, window: MainWindow, bucket: str, boto_client: Any) -> None:
    boto_client.put_object(Bucket=bucket, Key="precious.txt", Body=b"x")
    open_folder(qtbot, window, bucket)
    select(window, "precious.txt")
    window.panel.table.setFocus()
    assert window.window_actions["delete"].shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    qtbot.keyClick(window.panel.table, Qt.Key.Key_Delete)
    assert window.findChild(QMessageBox, "confirmBox") is None
    window.table.setFocus()
    assert window.window_actions["delete"].shortcutContext() == Qt.ShortcutContext.WindowShortcut
