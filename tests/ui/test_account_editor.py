"""AccountEditor: OK waits for validity, a pasted link fills region and bucket, secrets hide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from spacesgui.config import Account
from spacesgui.ui.dialogs.account_editor import CUSTOM, AccountEditor

SECRET = "s3cr3t-Zq9vXw/+example"


def make(qtbot: QtBot, account: Account | None = None, **kw: object) -> AccountEditor:
    editor = AccountEditor(account, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    return editor


def test_ok_disabled_until_valid(qtbot: QtBot) -> None:
    editor = make(qtbot)
    assert editor.objectName() == "accountEditor"
    assert not editor.ok_button.isEnabled()
    assert editor.problem_label.text()  # says what is missing
    qtbot.keyClicks(editor.name_edit, "Work")
    qtbot.keyClicks(editor.access_key_edit, "DO00ABCDEFGHIJKLMNOP")
    assert not editor.ok_button.isEnabled()
    assert "secret key" in editor.problem_label.text()
    qtbot.keyClicks(editor.secret_edit, SECRET)
    assert editor.ok_button.isEnabled()
    assert editor.problem_label.isHidden()
    with qtbot.waitSignal(editor.accepted):
        qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    account = editor.account()
    assert (account.name, account.provider, account.access_key_id) == (
        "Work", "spaces", "DO00ABCDEFGHIJKLMNOP")
    assert account.endpoint is None and account.region == "nyc3"
    assert editor.secret() == SECRET
    assert SECRET not in repr(account)


def test_escape_rejects(qtbot: QtBot) -> None:
    editor = make(qtbot)
    editor.show()
    with qtbot.waitSignal(editor.rejected):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_region_box_lists_spaces_regions_by_city(qtbot: QtBot) -> None:
    editor = make(qtbot)
    labels = [editor.region_box.itemText(i) for i in range(editor.region_box.count())]
    assert "Frankfurt 1 (fra1)" in labels and "Atlanta 1 (atl1)" in labels
    assert labels[-1] == "Custom endpoint\u2026"
    slugs = [editor.region_box.itemData(i) for i in range(editor.region_box.count())]
    assert len([s for s in slugs if s and s != CUSTOM]) == 11


def test_paste_url_fills_region_and_bucket(qtbot: QtBot) -> None:
    editor = make(qtbot)
    editor.paste_edit.setText("https://holiday-photos.fra1.digitaloceanspaces.com/2024/beach.jpg")
    assert editor.region_box.currentData() == "fra1"
    assert editor.pinned_edit.text() == "holiday-photos"
    assert editor.name_edit.text() == "holiday-photos"
    assert "Frankfurt" in editor.paste_label.text()
    editor.paste_edit.setText("https://ams3.digitaloceanspaces.com/other-bucket/")
    assert editor.region_box.currentData() == "ams3"
    assert editor.account().pinned_buckets == ("holiday-photos", "other-bucket")


def test_paste_nonsense_explains(qtbot: QtBot) -> None:
    editor = make(qtbot)
    editor.paste_edit.setText("ftp://example.com/x")
    assert "not supported" in editor.paste_label.text()
    assert editor.region_box.currentData() == "nyc3"


def test_paste_other_server_sets_custom_endpoint(qtbot: QtBot) -> None:
    editor = make(qtbot)
    editor.paste_edit.setText("http://127.0.0.1:7480/my-bucket/")
    assert editor.custom_endpoint
    assert editor.account().endpoint == "http://127.0.0.1:7480"
    assert editor.account().pinned_buckets == ("my-bucket",)


def test_custom_endpoint_toggles_fields(qtbot: QtBot) -> None:
    editor = make(qtbot)
    editor.show()
    qtbot.waitExposed(editor)
    assert not editor.endpoint_edit.isVisible()
    assert not editor.signing_region_edit.isVisible()
    editor.region_box.setCurrentIndex(editor.region_box.findData(CUSTOM))
    assert editor.endpoint_edit.isVisible() and editor.signing_region_edit.isVisible()
    editor.endpoint_edit.setText("https://s3.example.com")
    editor.signing_region_edit.setText("eu-west-1")
    account = editor.account()
    assert (account.endpoint, account.region) == ("https://s3.example.com", "eu-west-1")
    editor.region_box.setCurrentIndex(editor.region_box.findData("sgp1"))
    assert not editor.endpoint_edit.isVisible()
    assert editor.account().endpoint is None and editor.account().region == "sgp1"


def test_other_provider_forces_custom_endpoint(qtbot: QtBot) -> None:
    editor = make(qtbot)
    editor.provider_box.setCurrentIndex(editor.provider_box.findData("s3"))
    assert editor.custom_endpoint and not editor.region_box.isEnabled()
    assert editor.account().provider == "s3"


def test_secret_never_in_names_or_tooltips(qtbot: QtBot) -> None:
    editor = make(qtbot)
    qtbot.keyClicks(editor.secret_edit, SECRET)
    assert editor.secret_edit.echoMode() == QLineEdit.EchoMode.Password
    for widget in [editor, *editor.findChildren(QWidget)]:
        for text in (widget.objectName(), widget.accessibleName(), widget.toolTip(),
                     widget.accessibleDescription(), widget.whatsThis(), widget.windowTitle()):
            assert SECRET not in text, type(widget).__name__
    assert SECRET not in repr(editor.account())


def test_editing_keeps_the_stored_secret(qtbot: QtBot) -> None:
    existing = Account.new(name="Work", region="sfo3", access_key_id="DO00KEY",
                           pinned_buckets=("a-bucket", "b-bucket"))
    editor = make(qtbot, existing, taken_names=frozenset({"Work", "Home"}))
    assert editor.ok_button.isEnabled()  # empty secret: keep the stored one
    assert editor.secret() is None
    assert editor.account() == existing
    editor.name_edit.setText("home")
    assert "already called" in editor.problem_label.text()
    editor.name_edit.setText("Work")
    editor.access_key_edit.setText("DO00OTHER")
    assert not editor.ok_button.isEnabled()  # a new key needs its secret


def test_custom_endpoint_account_round_trips(qtbot: QtBot) -> None:
    existing = Account.new(name="Lab", provider="s3", region="us-east-1",
                           endpoint="http://127.0.0.1:7480", access_key_id="AK",
                           addressing="path", verify_tls=False, proxy="http://proxy:3128")
    editor = make(qtbot, existing)
    assert editor.custom_endpoint
    assert editor.account() == existing
    assert editor.result() == QDialog.DialogCode.Rejected


def test_every_control_takes_tab_focus_and_every_mnemonic_has_a_target(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QToolButton

    editor = make(qtbot)
    controls = [w for w in editor.findChildren(QWidget)
                if isinstance(w, (QLineEdit, QComboBox, QAbstractButton))
                and not isinstance(w, QToolButton)]  # Qt's own: clear buttons, tab scrollers
    assert len(controls) > 15
    for widget in controls:
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()
    mnemonics = []
    for label in editor.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
            mnemonics.append(label.text().split("&")[1][0].lower())
    for button in editor.findChildren(QAbstractButton):
        if "&" in button.text():
            mnemonics.append(button.text().split("&")[1][0].lower())
    assert len(mnemonics) == len(set(mnemonics)), sorted(mnemonics)
