"""The bucket settings window from the main window: the action, Ctrl+I, the context menus, one
window per bucket, the page list's states, closing with unsaved edits; and New Bucket's ACL."""

from __future__ import annotations

from typing import Any

import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from spacesgui.ui.actions import BUCKET_LIST_MENU, TREE_MENU
from spacesgui.ui.bucket_settings.base import PageState, SettingsPage
from spacesgui.ui.bucket_settings.dialog import DIRTY_MARK, BucketSettingsDialog
from spacesgui.ui.bucket_settings.pages import PAGES
from spacesgui.ui.bucket_settings.versioning import VersioningPage
from spacesgui.ui.models.entries import Location
from spacesgui.ui.window import MainWindow
from tests.servers import ServerInfo
from tests.ui.window_helpers import ACCOUNT, WAIT, names, press, select, wait_listed


def _settings_windows() -> list[BucketSettingsDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, BucketSettingsDialog) and w.isVisible()]


def _bucket_list(qtbot: QtBot, window: MainWindow, bucket: str) -> None:
    window.navigate(Location(ACCOUNT, None))
    wait_listed(qtbot, window)
    qtbot.waitUntil(lambda: bucket in names(window), timeout=WAIT)
    select(window, bucket)
    window.update_actions()


def _action(window: MainWindow) -> QAction:
    action = window.findChild(QAction, "actionBucketSettings")
    assert action is not None
    return action


def _wait_loaded(qtbot: QtBot, dialog: BucketSettingsDialog) -> None:
    qtbot.waitUntil(lambda: all(p.state not in (PageState.LOADING, PageState.APPLYING)
                                for p in dialog.pages), timeout=WAIT)


def test_action_opens_one_window_per_bucket_with_every_page(
        qtbot: QtBot, window: MainWindow, bucket: str) -> None:
    _bucket_list(qtbot, window, bucket)
    action = _action(window)
    assert action.isEnabled()
    assert action in window.window_actions.menus["bucket"].actions()
    action.trigger()
    [dialog] = _settings_windows()
    assert dialog.objectName() == "bucketSettingsDialog"
    assert dialog.windowTitle() == f"Settings of \u201c{bucket}\u201d"
    assert not dialog.isModal()
    expected = ["overviewPage", "permissionsPage", "corsPage", "lifecyclePage", "policyPage",
                "versioningPage", "websitePage", "loggingPage"]  # the names scripts look for
    assert [p.objectName() for p in dialog.pages] == expected
    for name in expected:
        assert dialog.findChild(SettingsPage, name) is not None
    assert dialog.page_list.objectName() == "pageList" and dialog.page_list.count() == len(PAGES)
    _wait_loaded(qtbot, dialog)
    assert all(p.state is PageState.READY for p in dialog.pages)

    window.activateWindow()
    action.trigger()  # again: the same window comes forward
    assert _settings_windows() == [dialog]
    dialog.close()
    qtbot.waitUntil(lambda: not _settings_windows())
    action.trigger()  # closed windows are forgotten: a new one opens
    qtbot.waitUntil(lambda: len(_settings_windows()) == 1)
    assert _settings_windows()[0] is not dialog
    _settings_windows()[0].close()


def test_ctrl_i_on_a_selected_bucket_opens_its_settings(
        qtbot: QtBot, window: MainWindow, bucket: str) -> None:
    _bucket_list(qtbot, window, bucket)
    press(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_settings_windows()) == 1, timeout=WAIT)
    dialog = _settings_windows()[0]
    assert dialog.context.bucket == bucket and dialog.context.account.id == ACCOUNT
    _wait_loaded(qtbot, dialog)
    dialog.close()


def test_action_needs_a_bucket_and_is_in_both_context_menus(
        qtbot: QtBot, window: MainWindow, bucket: str) -> None:
    window.navigate(Location(ACCOUNT, None))
    wait_listed(qtbot, window)
    window.table.clearSelection()
    window.update_actions()
    action = _action(window)
    assert not action.isEnabled()  # the bucket list with nothing selected
    _bucket_list(qtbot, window, bucket)
    assert action.isEnabled()
    # The menus the table and the tree pop up (built as they would be, not popped up: the
    # offscreen platform cannot grab the keyboard for a popup).
    menu = window.window_actions.context_menu(BUCKET_LIST_MENU, window)
    assert action in menu.actions()
    menu.deleteLater()

    window.navigate(Location(ACCOUNT, bucket))
    wait_listed(qtbot, window)
    window.update_actions()
    assert action.isEnabled()  # inside a bucket: that bucket
    menu = window.window_actions.context_menu(TREE_MENU, window)
    assert action in menu.actions()
    menu.deleteLater()


def test_closing_with_unsaved_edits_asks(qtbot: QtBot, window: MainWindow, bucket: str,
                                         boto_client: Any) -> None:
    _bucket_list(qtbot, window, bucket)
    _action(window).trigger()
    [dialog] = _settings_windows()
    _wait_loaded(qtbot, dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dialog.page_list.currentRow() == 1
    dialog.show_page("versioningPage")
    page = dialog.page("versioningPage")
    assert isinstance(page, VersioningPage)
    assert dialog.stack.currentWidget() is page
    page.enable_radio.click()
    row = dialog.pages.index(page)
    assert dialog.page_list.item(row).text().endswith(DIRTY_MARK)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # asks: edits are pending
    box = dialog.findChild(QMessageBox, "discardChangesBox")
    assert box is not None and box.isVisible() and "Versioning" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "discardChangesBox") is None)
    assert dialog.isVisible() and page.is_dirty()

    dialog.close()
    box = dialog.findChild(QMessageBox, "discardChangesBox")
    assert box is not None
    discard = next(b for b in box.buttons() if b.text() == "&Discard")
    discard.click()
    qtbot.waitUntil(lambda: not _settings_windows())
    assert boto_client.get_bucket_versioning(Bucket=bucket).get("Status") is None


def test_a_refused_page_is_greyed_with_the_reason(qtbot: QtBot, window: MainWindow,
                                                  bucket: str, other_client: Any,
                                                  s3_server: ServerInfo) -> None:
    # A bucket of the other user, opened with this account's keys: every read is refused.
    foreign = f"{bucket}-o"
    other_client.create_bucket(Bucket=foreign, CreateBucketConfiguration={
        "LocationConstraint": s3_server.region})
    try:
        window.navigate(Location(ACCOUNT, None))
        wait_listed(qtbot, window)
        window.commands.bucket_settings(foreign)
        [dialog] = _settings_windows()
        _wait_loaded(qtbot, dialog)
        for row, page in enumerate(dialog.pages):
            assert page.state is PageState.UNAVAILABLE, page.objectName()
            item = dialog.page_list.item(row)
            assert "AccessDenied" in item.toolTip()
            assert item.foreground().color() != dialog.palette().text().color()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing dirty: closes at once
        qtbot.waitUntil(lambda: not _settings_windows())
    finally:
        other_client.delete_bucket(Bucket=foreign)


def test_new_bucket_public_read_lists_anonymously(
        qtbot: QtBot, window: MainWindow, bucket_factory: Any, boto_client: Any,
        monkeypatch: Any, s3_server: ServerInfo) -> None:
    from spacesgui.ui.dialogs.new_bucket import NewBucketDialog

    public, private = bucket_factory("pub"), bucket_factory("priv")
    for name in (public, private):  # made (and cleaned up) by the fixture; created here
        boto_client.delete_bucket(Bucket=name)
    window.navigate(Location(ACCOUNT, None))
    wait_listed(qtbot, window)
    for name, acl in ((public, "public-read"), (private, "private")):
        monkeypatch.setattr(NewBucketDialog, "ask", classmethod(
            lambda cls, *a, n=name, acl=acl, **kw: kw["on_answer"](n, s3_server.region, acl)))
        press(qtbot, window, Qt.Key.Key_N,
              Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda n=name: n in names(window), timeout=WAIT)
    endpoint = s3_server.endpoint.rstrip("/")
    listed = requests.get(f"{endpoint}/{public}", timeout=10)
    assert listed.status_code == 200 and b"ListBucketResult" in listed.content
    assert requests.get(f"{endpoint}/{private}", timeout=10).status_code == 403
