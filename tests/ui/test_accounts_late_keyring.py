"""The accounts dialog over a keyring that answers late: what it tells the user is what the
keyring really holds once the late write has ended."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from spacesgui.config import ConfigStore
from spacesgui.secrets import NOT_STORED, UNCONFIRMED, KeyringSecretStore, SecretVault
from spacesgui.ui.dialogs.accounts import AccountsDialog
from spacesgui.workers.secrets import AsyncVault
from spacesgui.workers.tasks import TaskRunner
from tests.late_keyring import LateKeyring
from tests.ui.test_accounts_dialog import WAIT, open_dialog

SERVICE = "spacesgui-late-test"


@pytest.fixture
def late_backend() -> Iterator[LateKeyring]:
    backend = LateKeyring(delay=0.7)
    yield backend
    backend.release.set()
    assert backend.landed.wait(5) or not backend.entered.is_set()


def vault_over(backend: LateKeyring) -> AsyncVault:
    return AsyncVault(SecretVault(KeyringSecretStore(SERVICE, backend=backend, timeout=0.5)))


def fill_new_account(dialog: AccountsDialog, name: str, secret: str) -> None:
    dialog.add_button.click()
    editor = dialog.editor
    editor.name_edit.setText(name)
    editor.access_key_edit.setText("DO00LATEKEY")
    editor.secret_edit.setText(secret)
    editor.ok_button.click()


def test_a_late_write_that_lands_saves_the_account_as_stored(
        qtbot: QtBot, config_store: ConfigStore, runner: TaskRunner,
        late_backend: LateKeyring) -> None:
    vault = vault_over(late_backend)
    try:
        dialog = open_dialog(qtbot, config_store, vault, runner)
        fill_new_account(dialog, "Late keyring", "late-secret-value-000001")
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.saving,
                        timeout=WAIT)
        account = dialog.current_account()
        assert account is not None
        assert dialog.keyring_box is None  # no "not available" question for a stored key
        assert late_backend.items[(SERVICE, account.id)] == "late-secret-value-000001"
        assert dialog.summary_labels["secret"].text() == "In the system keyring"
    finally:
        assert vault.shutdown(5000)
        vault.deleteLater()


def test_a_late_write_that_fails_says_it_was_not_stored(
        qtbot: QtBot, config_store: ConfigStore, runner: TaskRunner,
        late_backend: LateKeyring) -> None:
    late_backend.fail = True
    vault = vault_over(late_backend)
    try:
        dialog = open_dialog(qtbot, config_store, vault, runner)
        fill_new_account(dialog, "Refused late", "late-secret-value-000002")
        qtbot.waitUntil(lambda: dialog.keyring_box is not None, timeout=WAIT)
        assert NOT_STORED in dialog.keyring_box.text()
        assert late_backend.landed.is_set() and late_backend.items == {}
        assert dialog.model.rowCount() == 0
        dialog.keep_button.click()  # the offer that follows matches the truth: kept nowhere
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.saving,
                        timeout=WAIT)
        account = dialog.current_account()
        assert account is not None and vault.session_only(account.id)
        assert late_backend.items == {}
    finally:
        assert vault.shutdown(5000)
        vault.deleteLater()


def test_a_write_still_pending_is_reported_as_unknown(
        qtbot: QtBot, config_store: ConfigStore, runner: TaskRunner,
        late_backend: LateKeyring) -> None:
    late_backend.delay = 30  # released by the fixture once the test is over
    vault = vault_over(late_backend)
    try:
        dialog = open_dialog(qtbot, config_store, vault, runner)
        fill_new_account(dialog, "Still pending", "late-secret-value-000003")
        qtbot.waitUntil(lambda: dialog.keyring_box is not None, timeout=WAIT)
        assert UNCONFIRMED in dialog.keyring_box.text()
        dialog.keyring_box.button(QMessageBox.StandardButton.Cancel).click()
        qtbot.waitUntil(lambda: dialog.keyring_box is None, timeout=WAIT)
        assert dialog.model.rowCount() == 0
        assert "may still store it" in dialog.status_bar.currentMessage()
    finally:
        assert vault.shutdown(5000)
        vault.deleteLater()
