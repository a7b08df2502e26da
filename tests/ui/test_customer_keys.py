"""The Customer Keys tab: generate, import, export, delete and the upload default, with the
memory store; and no key text in any file under the config and log dirs afterwards."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spacesgui.config import Account, AppConfig, ConfigStore
from spacesgui.logs import setup_logging
from spacesgui.secrets import MemorySecretStore, SecretStoreUnavailable, SecretVault
from spacesgui.sse_keys import CustomerKeyRef, entry, fingerprint
from spacesgui.ui import boxes
from spacesgui.ui.dialogs.account_editor import CUSTOM, AccountEditor
from spacesgui.ui.dialogs.accounts import AccountsDialog
from spacesgui.ui.dialogs.customer_keys import DEFAULT, FINGERPRINT, NAME, CustomerKeysPanel
from spacesgui.workers.secrets import AsyncVault
from spacesgui.workers.tasks import TaskRunner

WAIT = 5000
KEY = base64.b64encode(bytes(range(100, 132))).decode()
OTHER = base64.b64encode(bytes(range(1, 33))).decode()


def answer_name(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    def ask_text(_parent: QWidget, _title: str, _label: str, _text: str,
                 on_ok: Callable[[str], None]) -> None:
        on_ok(name)
    monkeypatch.setattr(boxes, "ask_text", ask_text)


def answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    def confirm(_parent: QWidget, _title: str, _text: str, _detail: str, *, ok_text: str,
                on_yes: Callable[[], None]) -> None:
        on_yes()
    monkeypatch.setattr(boxes, "confirm", confirm)


def saved_account(memory_store: MemorySecretStore, **kw: object) -> Account:
    """An account that already has the key "Backups" (KEY) in the keyring."""
    account = Account.new(name="Work", access_key_id="DO00KEY",
                          customer_keys=(CustomerKeyRef("Backups", fingerprint(KEY)),), **kw)
    memory_store.set(entry(account.id, "Backups"), KEY)
    return account


def make(qtbot: QtBot, vault: AsyncVault | None, account: Account | None = None
         ) -> AccountEditor:
    editor = AccountEditor(account, vault=vault)
    qtbot.addWidget(editor)
    editor.tabs.setCurrentWidget(editor.keys_panel)
    return editor


def rows(panel: CustomerKeysPanel) -> list[tuple[str, ...]]:
    model = panel.model
    return [tuple(model.item(row, col).text() for col in (NAME, FINGERPRINT, DEFAULT))
            for row in range(model.rowCount())]


def select(panel: CustomerKeysPanel, name: str) -> None:
    items = panel.model.findItems(name, Qt.MatchFlag.MatchExactly, NAME)
    panel.key_list.setCurrentIndex(items[0].index())


def test_generate_stores_a_new_key_and_lists_its_fingerprint(
        qtbot: QtBot, async_vault: AsyncVault, memory_store: MemorySecretStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    editor = make(qtbot, async_vault)
    panel = editor.keys_panel
    answer_name(monkeypatch, "Backups")
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.keys()) == 1, timeout=WAIT)
    key = memory_store.get(entry(editor.account().id, "Backups"))
    assert key is not None and len(base64.b64decode(key)) == 32
    assert rows(panel) == [("Backups", fingerprint(key), "")]
    assert editor.account().customer_keys == (CustomerKeyRef("Backups", fingerprint(key)),)
    assert "Export a copy" in panel.status_label.text()
    assert not panel.busy
    answer_name(monkeypatch, "backups")  # names are unique whatever their case
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    assert "already has a key" in panel.status_label.text()
    assert len(panel.keys()) == 1


def test_import_checks_the_pasted_key_then_stores_it(
        qtbot: QtBot, async_vault: AsyncVault, memory_store: MemorySecretStore) -> None:
    editor = make(qtbot, async_vault)
    panel = editor.keys_panel
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    dialog = panel.import_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name_edit, "Photos")
    qtbot.keyClicks(dialog.key_edit, KEY[:20])
    assert not dialog.ok_button.isEnabled()
    assert "not valid base64" in dialog.problem_label.text() or "bytes" in (
        dialog.problem_label.text())
    assert KEY[:20] not in dialog.problem_label.text()
    qtbot.keyClicks(dialog.key_edit, KEY[20:])
    assert dialog.ok_button.isEnabled(), dialog.problem_label.text()
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Password
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.keys()) == 1, timeout=WAIT)
    assert rows(panel) == [("Photos", fingerprint(KEY), "")]
    assert memory_store.get(entry(editor.account().id, "Photos")) == KEY


def test_export_warns_then_copies_to_the_clipboard(
        qtbot: QtBot, async_vault: AsyncVault, memory_store: MemorySecretStore) -> None:
    editor = make(qtbot, async_vault, saved_account(memory_store))
    editor.show()
    panel = editor.keys_panel
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    select(panel, "Backups")
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    box = panel.export_box
    assert box.objectName() == "exportKeyBox"
    assert "clipboard" in box.informativeText() and "Anyone who has this key" in (
        box.informativeText())
    assert box.defaultButton() is box.button(box.StandardButton.Cancel)
    box.reject()  # Cancel: nothing copied
    assert clipboard.text() == "before"
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    panel.export_yes.click()
    qtbot.waitUntil(lambda: clipboard.text() == KEY, timeout=WAIT)
    assert "on the clipboard" in panel.status_label.text()
    clipboard.clear()


def test_delete_asks_and_the_key_leaves_the_keyring_on_save(
        qtbot: QtBot, async_vault: AsyncVault, memory_store: MemorySecretStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    account = saved_account(memory_store, default_customer_key="Backups")
    editor = make(qtbot, async_vault, account)
    panel = editor.keys_panel
    select(panel, "Backups")
    asked: list[str] = []
    monkeypatch.setattr(boxes, "confirm", lambda _p, _t, text, detail, **_kw: asked.append(
        f"{text} {detail}"))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "never be read again" in asked[0] and panel.keys() == account.customer_keys
    answer_yes(monkeypatch)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.keys() == () and panel.default() is None
    assert editor.account().default_customer_key is None
    assert memory_store.get(entry(account.id, "Backups")) == KEY  # not until Save
    answer_name(monkeypatch, "Backups")  # the deleted name waits for Save
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    assert "already has a key" in panel.status_label.text()
    with qtbot.waitSignal(editor.accepted):
        editor.ok_button.click()
    qtbot.waitUntil(lambda: memory_store.get(entry(account.id, "Backups")) is None,
                    timeout=WAIT)


def test_cancel_deletes_the_keys_made_and_keeps_the_ones_deleted(
        qtbot: QtBot, async_vault: AsyncVault, memory_store: MemorySecretStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    account = saved_account(memory_store)
    editor = make(qtbot, async_vault, account)
    panel = editor.keys_panel
    answer_name(monkeypatch, "Fresh")
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.keys()) == 2, timeout=WAIT)
    assert memory_store.get(entry(account.id, "Fresh"))
    answer_yes(monkeypatch)
    select(panel, "Backups")
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    editor.reject()
    qtbot.waitUntil(lambda: memory_store.get(entry(account.id, "Fresh")) is None, timeout=WAIT)
    assert memory_store.get(entry(account.id, "Backups")) == KEY


def test_default_for_uploads_toggles(qtbot: QtBot, async_vault: AsyncVault,
                                     memory_store: MemorySecretStore) -> None:
    editor = make(qtbot, async_vault, saved_account(memory_store))
    panel = editor.keys_panel
    assert not panel.default_button.isEnabled()  # nothing selected
    select(panel, "Backups")
    qtbot.mouseClick(panel.default_button, Qt.MouseButton.LeftButton)
    assert editor.account().default_customer_key == "Backups"
    assert rows(panel)[0][2] == "Default"
    assert panel.default_button.text() == "No De&fault for Uploads"
    assert editor.ok_button.isEnabled(), editor.problem_label.text()
    qtbot.mouseClick(panel.default_button, Qt.MouseButton.LeftButton)
    assert editor.account().default_customer_key is None


def test_without_a_vault_the_keys_are_read_only(qtbot: QtBot,
                                                 memory_store: MemorySecretStore) -> None:
    editor = make(qtbot, None, saved_account(memory_store))
    panel = editor.keys_panel
    select(panel, "Backups")
    for button in (panel.generate_button, panel.import_button, panel.export_button,
                   panel.delete_button):
        assert not button.isEnabled()
    assert "keyring cannot be reached" in panel.status_label.text()


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    directory = tmp_path / "logs"
    setup_logging(directory, level=logging.DEBUG)
    yield directory
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_no_key_text_in_the_config_or_log_dirs(
        qtbot: QtBot, config_store: ConfigStore, async_vault: AsyncVault, runner: TaskRunner,
        memory_store: MemorySecretStore, log_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = AccountsDialog(config_store, async_vault, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor: AccountEditor = dialog.editor
    qtbot.keyClicks(editor.name_edit, "Work")
    qtbot.keyClicks(editor.access_key_edit, "DO00ABCDEFGHIJKLMNOP")
    qtbot.keyClicks(editor.secret_edit, "s3cr3t-Zq9vXw/+example")
    panel = editor.keys_panel
    answer_name(monkeypatch, "Generated")
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.import_dialog is not None
    qtbot.keyClicks(panel.import_dialog.name_edit, "Imported")
    panel.import_dialog.key_edit.setText(OTHER)
    panel.import_dialog.ok_button.click()
    qtbot.waitUntil(lambda: len(panel.keys()) == 2 and editor.ok_button.isEnabled(),
                    timeout=WAIT)
    account_id = editor.account().id
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.saving, timeout=WAIT)
    logging.getLogger("spacesgui.test").info("session over")
    generated = memory_store.get(entry(account_id, "Generated"))
    assert generated is not None and memory_store.get(entry(account_id, "Imported")) == OTHER
    forms = set()
    for text in (generated, OTHER):
        raw = base64.b64decode(text)
        forms |= {text.encode(), raw, raw.hex().encode(), text.replace("/", "%2F").encode()}
    files = [p for d in (config_store.directory, log_dir) for p in d.rglob("*") if p.is_file()]
    assert config_store.path in files and any(p.suffix == ".log" for p in files), files
    for path in files:
        data = path.read_bytes()
        assert not [f for f in forms if f in data], path
    saved = config_store.path.read_text()
    assert fingerprint(OTHER) in saved and fingerprint(generated) in saved
    assert str(tmp_path) in str(log_dir)


def test_removing_the_account_deletes_its_customer_keys(
        qtbot: QtBot, config_store: ConfigStore, async_vault: AsyncVault, runner: TaskRunner,
        memory_store: MemorySecretStore) -> None:
    account = saved_account(memory_store)
    memory_store.set(account.id, "s3cr3t-Zq9vXw/+example")
    config_store.save(AppConfig((account,)))
    dialog = AccountsDialog(config_store, async_vault, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded and dialog.current_account() == account, timeout=WAIT)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "customer keys" in dialog.remove_box.informativeText()
    dialog.confirm_remove_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0 and not dialog.saving, timeout=WAIT)
    qtbot.waitUntil(lambda: memory_store.get(entry(account.id, "Backups")) is None,
                    timeout=WAIT)
    assert memory_store.get(account.id) is None


def test_key_list_model_passes_qtmodeltester(qtbot: QtBot, async_vault: AsyncVault,
                                             memory_store: MemorySecretStore,
                                             qtmodeltester: ModelTester) -> None:
    editor = make(qtbot, async_vault, saved_account(memory_store))
    qtmodeltester.check(editor.keys_panel.model)


class RefusingStore(MemorySecretStore):
    def set(self, account_id: str, secret: str) -> None:
        raise SecretStoreUnavailable("The keyring is locked and was not unlocked.")


def test_a_refusing_keyring_stores_nothing_and_says_why(qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    vault = AsyncVault(SecretVault(RefusingStore()))
    try:
        editor = make(qtbot, vault)
        panel = editor.keys_panel
        answer_name(monkeypatch, "Backups")
        qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
        assert "Wait until the keyring" in editor.problem_label.text()  # Save waits for it
        qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT)
        assert panel.keys() == ()
        text = panel.status_label.text()
        assert "locked" in text and "only in the keyring" in text and "session" not in text
    finally:
        assert vault.shutdown(5000)
        vault.deleteLater()


def test_a_plain_http_endpoint_says_keys_go_only_over_https(
        qtbot: QtBot, async_vault: AsyncVault, memory_store: MemorySecretStore) -> None:
    editor = make(qtbot, async_vault, saved_account(memory_store))
    editor.show()
    panel = editor.keys_panel
    assert panel.http_label.isHidden()
    editor.region_box.setCurrentIndex(editor.region_box.findData(CUSTOM))
    editor.endpoint_edit.setText("http://127.0.0.1:7480")
    assert panel.http_label.isVisible() and "only over HTTPS" in panel.http_label.text()
    editor.endpoint_edit.setText("https://s3.example.com")
    assert panel.http_label.isHidden()
