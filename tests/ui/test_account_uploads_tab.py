"""The account editor's Uploads tab: the default ACL and the header rules, typed like a user
would; a rule the server would not take keeps Save disabled with the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from spacesgui.config import Account
from spacesgui.s3.transfer.upload_rules import UploadRule
from spacesgui.ui.dialogs.account_editor import AccountEditor

HTML = UploadRule("*.html", "Cache-Control", "no-cache")


def test_rules_are_added_edited_refused_and_removed(qtbot: QtBot) -> None:
    account = Account.new(name="Site", access_key_id="DO00ABCDEFGHIJKLMNOP", upload_rules=(HTML,))
    editor = AccountEditor(account)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    panel = editor.uploads_panel
    editor.tabs.setCurrentWidget(panel)
    assert editor.acl_box.objectName() == "aclBox" and panel.isAncestorOf(editor.acl_box)
    assert panel.rules() == (HTML,) and editor.ok_button.isEnabled()
    assert not panel.remove_button.isEnabled()

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.table.state() == QAbstractItemView.State.EditingState   # typing starts
    line = panel.table.viewport().findChild(QLineEdit)
    assert line is not None and line.text() == "*.html"      # the example, ready to overwrite
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.table.state() != QAbstractItemView.State.EditingState)
    row = panel.table.topLevelItem(1)
    assert row is not None
    row.setText(0, "*.woff2")
    row.setText(2, "max-age=31536000")
    assert panel.rules()[1] == UploadRule("*.woff2", "Cache-Control", "max-age=31536000")
    row.setText(1, "Set-Cookie")
    assert not editor.ok_button.isEnabled()
    assert "'Set-Cookie' cannot be set by a rule" in editor.problem_label.text()
    row.setText(1, "x-amz-meta-font")
    assert editor.ok_button.isEnabled()

    editor.acl_box.setCurrentIndex(editor.acl_box.findData("public-read"))
    saved = editor.account()
    assert saved.default_acl == "public-read"
    assert saved.upload_rules == (HTML, UploadRule("*.woff2", "x-amz-meta-font",
                                                   "max-age=31536000"))
    panel.table.setCurrentItem(panel.table.topLevelItem(0))
    assert panel.remove_button.isEnabled()
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert editor.account().upload_rules == (saved.upload_rules[1],)
    editor.reject()
