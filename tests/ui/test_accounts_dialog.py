"""AccountsDialog driven by qtbot against the real RGW: add, test, fail, remove, no keyring."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spacesgui.config import Account, ConfigStore
from spacesgui.connection_check import CheckStep
from spacesgui.s3 import CancelToken
from spacesgui.secrets import MemorySecretStore, SecretStoreUnavailable, SecretVault
from spacesgui.ui.dialogs import connection_steps
from spacesgui.ui.dialogs.account_editor import CUSTOM, AccountEditor
from spacesgui.ui.dialogs.account_list import AccountListModel
from spacesgui.ui.dialogs.accounts import AccountsDialog
from spacesgui.workers.secrets import AsyncVault
from spacesgui.workers.tasks import TaskRunner
from tests.servers import ServerInfo

WAIT = 15_000


def unavailable(reason: str) -> SecretStoreUnavailable:
    exc = SecretStoreUnavailable(reason)
    exc.reason = reason
    return exc


class RefusingStore(MemorySecretStore):
    """A keyring that is there but refuses every call, as a locked or absent one does."""

    def set(self, account_id: str, secret: str) -> None:
        raise unavailable("No system keyring is available (the keyring service is not running).")

    def get(self, account_id: str) -> str | None:
        raise unavailable("No system keyring is available (the keyring service is not running).")


def open_dialog(qtbot: QtBot, store: ConfigStore, vault: AsyncVault,
                runner: TaskRunner) -> AccountsDialog:
    dialog = AccountsDialog(store, vault, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT)
    return dialog


def add_rgw_account(qtbot: QtBot, dialog: AccountsDialog, server: ServerInfo, *, name: str,
                    secret: str, pinned: str = "") -> Account:
    rows = dialog.model.rowCount()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor: AccountEditor = dialog.editor
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.name_edit, name)
    editor.region_box.setCurrentIndex(editor.region_box.findData(CUSTOM))
    editor.endpoint_edit.setText(server.endpoint)
    editor.signing_region_edit.setText(server.region)
    qtbot.keyClicks(editor.access_key_edit, server.access_key)
    qtbot.keyClicks(editor.secret_edit, secret)
    editor.pinned_edit.setText(pinned)
    editor.addressing_box.setCurrentIndex(editor.addressing_box.findData("path"))
    assert editor.ok_button.isEnabled(), editor.problem_label.text()
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == rows + 1 and not dialog.saving,
                    timeout=WAIT)
    account = dialog.current_account()
    assert account is not None and account.name == name
    return account


def run_test(qtbot: QtBot, dialog: AccountsDialog) -> dict[str, CheckStep]:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.checking
    qtbot.waitUntil(lambda: not dialog.checking, timeout=WAIT)
    return dialog.steps_view.steps


@pytest.fixture
def dialog(qtbot: QtBot, config_store: ConfigStore, async_vault: AsyncVault,
           runner: TaskRunner) -> AccountsDialog:
    return open_dialog(qtbot, config_store, async_vault, runner)


def test_add_and_test_connection_all_steps_pass(
        qtbot: QtBot, dialog: AccountsDialog, s3_server: ServerInfo, bucket: str,
        memory_store: MemorySecretStore, config_store: ConfigStore,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # the signer's debug lines included
    account = add_rgw_account(qtbot, dialog, s3_server, name="Lab RGW",
                              secret=s3_server.secret_key)
    assert memory_store.get(account.id) == s3_server.secret_key
    assert account.endpoint == s3_server.endpoint and account.addressing == "path"
    saved = config_store.path.read_text()
    assert s3_server.secret_key not in saved and account.id in saved
    assert dialog.summary_labels["secret"].text() == "In the system keyring"

    steps = run_test(qtbot, dialog)
    assert list(steps) == ["reach", "authenticate", "buckets", "setting"]
    assert all(step.ok for step in steps.values()), steps
    assert "works" in dialog.steps_view.message.text()
    assert dialog.test_button.text() == "&Test Connection"
    assert caplog.records  # the session did log; none of it holds the secret
    assert s3_server.secret_key not in caplog.text
    for path in config_store.path.parent.rglob("*"):
        assert s3_server.secret_key.encode() not in path.read_bytes()


def test_pinned_bucket_account_passes_without_listing(
        qtbot: QtBot, dialog: AccountsDialog, s3_server: ServerInfo, bucket: str) -> None:
    add_rgw_account(qtbot, dialog, s3_server, name="Scoped", secret=s3_server.secret_key,
                    pinned=bucket)
    assert dialog.summary_labels["pinned"].text() == bucket
    steps = run_test(qtbot, dialog)
    assert all(step.ok for step in steps.values()), steps
    assert steps["buckets"].title == "Open the pinned buckets"


@pytest.mark.needs("auth")
def test_wrong_secret_fails_at_authenticate_with_code_and_request_id(
        qtbot: QtBot, dialog: AccountsDialog, s3_server: ServerInfo) -> None:
    add_rgw_account(qtbot, dialog, s3_server, name="Wrong", secret="not-the-secret-at-all")
    steps = run_test(qtbot, dialog)
    assert steps["reach"].ok is True
    auth = steps["authenticate"]
    assert auth.ok is False
    assert auth.code == "SignatureDoesNotMatch"
    assert auth.request_id
    shown = dialog.steps_view.findChild(type(dialog.steps_view.message), "authenticateDetail")
    assert "SignatureDoesNotMatch" in shown.text() and auth.request_id in shown.text()
    assert all(steps[n].ok is None for n in ("buckets", "setting") if n in steps)
    assert "does not work" in dialog.steps_view.message.text()


def test_remove_asks_then_deletes_secret_and_config(
        qtbot: QtBot, dialog: AccountsDialog, s3_server: ServerInfo,
        memory_store: MemorySecretStore, config_store: ConfigStore) -> None:
    account = add_rgw_account(qtbot, dialog, s3_server, name="Doomed", secret="doomed-secret")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    box = dialog.remove_box
    qtbot.waitExposed(box)
    assert "Doomed" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()  # first: changed my mind
    assert dialog.model.rowCount() == 1
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    dialog.confirm_remove_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0 and not dialog.saving, timeout=WAIT)
    qtbot.waitUntil(lambda: memory_store.get(account.id) is None, timeout=WAIT)
    assert account.id not in config_store.path.read_text()
    assert not dialog.remove_button.isEnabled()


@pytest.fixture
def refusing_vault(qapp: object) -> Iterator[AsyncVault]:
    vault = AsyncVault(SecretVault(RefusingStore()))
    yield vault
    assert vault.shutdown(5000)
    vault.deleteLater()


def test_keyring_unavailable_offers_session_only(
        qtbot: QtBot, config_store: ConfigStore, refusing_vault: AsyncVault,
        runner: TaskRunner, s3_server: ServerInfo) -> None:
    dialog = open_dialog(qtbot, config_store, refusing_vault, runner)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    editor.name_edit.setText("No keyring")
    editor.region_box.setCurrentIndex(editor.region_box.findData(CUSTOM))
    editor.endpoint_edit.setText(s3_server.endpoint)
    editor.signing_region_edit.setText(s3_server.region)
    editor.access_key_edit.setText(s3_server.access_key)
    editor.secret_edit.setText(s3_server.secret_key)
    editor.ok_button.click()
    qtbot.waitUntil(lambda: dialog.keyring_box is not None, timeout=WAIT)
    box = dialog.keyring_box
    assert "No system keyring" in box.text()
    assert "never writes secret keys to a file" in box.informativeText()
    assert dialog.model.rowCount() == 0  # nothing is saved before the user answers
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.saving, timeout=WAIT)
    account = dialog.current_account()
    assert account is not None and refusing_vault.session_only(account.id)
    assert "session only" in dialog.summary_labels["secret"].text()
    assert s3_server.secret_key not in config_store.path.read_text()
    steps = run_test(qtbot, dialog)  # the session-only secret is used, the keyring is not
    assert steps["authenticate"].ok is True


def test_keyring_unavailable_cancel_saves_nothing(
        qtbot: QtBot, config_store: ConfigStore, refusing_vault: AsyncVault,
        runner: TaskRunner) -> None:
    dialog = open_dialog(qtbot, config_store, refusing_vault, runner)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    editor.name_edit.setText("Nope")
    editor.access_key_edit.setText("DO00KEY")
    editor.secret_edit.setText("sekrit-value")
    editor.ok_button.click()
    qtbot.waitUntil(lambda: dialog.keyring_box is not None, timeout=WAIT)
    dialog.keyring_box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.keyring_box is None, timeout=WAIT)
    assert dialog.model.rowCount() == 0
    assert not config_store.path.exists()
    assert "Not saved" in dialog.status_bar.currentMessage()


def test_stop_cancels_a_running_test(qtbot: QtBot, dialog: AccountsDialog,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    entered, cancelled = threading.Event(), threading.Event()

    def hanging_check(account: Account, secret: str, *,
                      cancel: CancelToken | None = None) -> Iterator[CheckStep]:
        yield CheckStep("reach", "Reach the endpoint", True, "answered")
        entered.set()
        assert cancel is not None
        if cancel.wait(10):
            cancelled.set()

    monkeypatch.setattr(connection_steps, "check_connection", hanging_check)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.editor.name_edit.setText("Slow")
    dialog.editor.access_key_edit.setText("DO00KEY")
    dialog.editor.secret_edit.setText("sekrit-value")
    dialog.editor.ok_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.saving, timeout=WAIT)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "reach" in dialog.steps_view.steps, timeout=WAIT)
    assert dialog.test_button.text() == "S&top Test"
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert not dialog.checking  # the GUI is free at once; the worker stops on its own
    assert dialog.steps_view.message.text() == "Stopped."
    assert cancelled.wait(5)


def test_enter_in_the_list_edits_and_escape_closes(
        qtbot: QtBot, dialog: AccountsDialog) -> None:
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.editor.name_edit.setText("Keys")
    dialog.editor.access_key_edit.setText("DO00KEY")
    dialog.editor.secret_edit.setText("sekrit-value")
    qtbot.keyClick(dialog.editor.secret_edit, Qt.Key.Key_Return)  # Enter accepts the editor
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.saving, timeout=WAIT)
    dialog.list_view.setFocus()
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
    editor = dialog.editor
    qtbot.waitUntil(editor.isVisible, timeout=WAIT)
    assert editor.windowTitle() == "Edit \u201cKeys\u201d"
    assert dialog.isVisible()  # Enter opened the account; it did not press Close
    with qtbot.waitSignal(editor.rejected):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Escape)


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = AccountListModel()
    a, b = Account.new(name="A"), Account.new(name="B", region="fra1")
    model.set_accounts((a, b))
    qtmodeltester.check(model, force_py=True)
    model.upsert(Account.new(name="C", endpoint="http://x:1", provider="s3"))
    model.upsert(Account(**{**{f: getattr(a, f) for f in a.__slots__}, "name": "A2"}))
    model.remove(b.id)
    assert [model.account_at(r).name for r in range(model.rowCount())] == ["A2", "C"]
    assert model.data(model.index(0), AccountListModel.AccountRole).name == "A2"


def test_config_load_failure_keeps_editing_off(qtbot: QtBot, tmp_path: Path,
                                               async_vault: AsyncVault,
                                               runner: TaskRunner) -> None:
    store = ConfigStore(tmp_path)
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("{ this is not json")
    dialog = AccountsDialog(store, async_vault, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.add_button.isEnabled(), timeout=WAIT)
    assert store.path.read_text() == "{ this is not json"  # never overwritten


def test_select_account_before_load_is_applied_after(
        qtbot: QtBot, config_store: ConfigStore, async_vault: AsyncVault,
        runner: TaskRunner) -> None:
    from spacesgui.config import AppConfig

    a, b = Account.new(name="A", access_key_id="K1"), Account.new(name="B", access_key_id="K2")
    config_store.save(AppConfig((a, b)))
    dialog = AccountsDialog(config_store, async_vault, runner)
    qtbot.addWidget(dialog)
    dialog.select_account(b.id)  # what the app does right after constructing it
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT)
    assert dialog.current_account() == b
    assert dialog.heading.text() == "B"
