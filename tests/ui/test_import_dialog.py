"""Import dialog: found accounts as a checklist, run off the GUI thread, secrets into the vault."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from spacesgui.config import Account, ConfigStore
from spacesgui.importers import ImportCandidate
from spacesgui.secrets import MemorySecretStore
from spacesgui.ui.dialogs import import_accounts
from spacesgui.ui.dialogs.accounts import AccountsDialog
from spacesgui.ui.dialogs.import_accounts import ImportAccountsDialog
from spacesgui.workers.secrets import AsyncVault
from spacesgui.workers.tasks import TaskRunner

WAIT = 10_000

FRA = Account.new(name="default", region="fra1", access_key_id="DO00FRAKEY")
AMS = Account.new(name="spaces-ams", region="ams3", access_key_id="DO00AMSKEY")
LAB = Account.new(name="minio-lab", provider="s3", region="us-east-1",
                  endpoint="http://192.168.1.20:9000", access_key_id="labkey")
CANDIDATES = [
    ImportCandidate("s3cmd ~/.s3cfg", FRA, "fra-secret"),
    ImportCandidate("rclone: spaces-ams", AMS, "ams-secret"),
    ImportCandidate("rclone: minio-lab", LAB, "lab-secret",
                    warnings=("No region given; using us-east-1.",)),
]
REPORT = ["~/.aws/credentials: line 3 is not understood and was skipped."]


@pytest.fixture
def fake_discovery(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Controlled results (the parsers have their own tests); records the calling thread."""
    calls: list[object] = []

    def discover(home: Path | None = None) -> tuple[list[ImportCandidate], list[str]]:
        calls.append((home, threading.current_thread() is threading.main_thread()))
        return list(CANDIDATES), list(REPORT)

    monkeypatch.setattr(import_accounts, "discover_with_report", discover)
    return calls


def open_import(qtbot: QtBot, runner: TaskRunner, existing: tuple[Account, ...] = (),
                home: Path | None = None) -> ImportAccountsDialog:
    dialog = ImportAccountsDialog(runner, existing, home=home)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT)
    return dialog


def test_lists_candidates_with_source_server_and_warnings(
        qtbot: QtBot, runner: TaskRunner, fake_discovery: list[object], tmp_path: Path) -> None:
    dialog = open_import(qtbot, runner, home=tmp_path)
    assert dialog.objectName() == "importDialog"
    assert fake_discovery == [(tmp_path, False)]  # ran on a pool thread, with our home
    tree = dialog.tree
    count = tree.topLevelItemCount()
    rows = [[tree.topLevelItem(i).text(c) for c in range(4)] for i in range(count)]
    assert rows[0][:3] == ["default", "s3cmd ~/.s3cfg", "DigitalOcean Spaces, Frankfurt 1 (fra1)"]
    assert rows[2][2] == "http://192.168.1.20:9000"
    assert "No region given" in rows[2][3]
    assert "line 3 is not understood" in dialog.status_label.text()
    assert "Found 3 accounts." in dialog.status_label.text()
    shown = " ".join(" ".join(row) + tree.topLevelItem(i).toolTip(3) for i, row in enumerate(rows))
    assert not any(c.secret_key in shown for c in CANDIDATES)  # no secret is ever shown
    assert dialog.import_button.isEnabled()
    assert [c.account for c in dialog.selected()] == [FRA, AMS, LAB]


def test_user_picks_which_to_import(qtbot: QtBot, runner: TaskRunner,
                                    fake_discovery: list[object]) -> None:
    dialog = open_import(qtbot, runner)
    tree = dialog.tree
    tree.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)
    assert [c.account.name for c in dialog.selected()] == ["default", "minio-lab"]
    for i in (0, 2):
        tree.topLevelItem(i).setCheckState(0, Qt.CheckState.Unchecked)
    assert not dialog.import_button.isEnabled()
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(2))
    qtbot.keyClick(tree.viewport(), Qt.Key.Key_Space)  # keyboard ticking works too
    assert [c.account.name for c in dialog.selected()] == ["minio-lab"]
    assert dialog.import_button.isEnabled()


def test_already_added_accounts_start_unticked(qtbot: QtBot, runner: TaskRunner,
                                               fake_discovery: list[object]) -> None:
    existing = Account.new(name="Mine", region="ams3", access_key_id="DO00AMSKEY")
    dialog = open_import(qtbot, runner, (existing,))
    assert dialog.tree.topLevelItem(1).checkState(0) == Qt.CheckState.Unchecked
    assert dialog.tree.topLevelItem(1).text(3).startswith("Already added")
    assert [c.account.name for c in dialog.selected()] == ["default", "minio-lab"]


def test_nothing_found(qtbot: QtBot, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_accounts, "discover_with_report", lambda home=None: ([], []))
    dialog = open_import(qtbot, runner)
    assert "No s3cmd, rclone or AWS CLI accounts were found" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()


def test_import_through_accounts_dialog_puts_secrets_in_the_vault(
        qtbot: QtBot, runner: TaskRunner, async_vault: AsyncVault, config_store: ConfigStore,
        memory_store: MemorySecretStore, fake_discovery: list[object]) -> None:
    dialog = AccountsDialog(config_store, async_vault, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    importer = dialog.import_dialog
    qtbot.waitUntil(lambda: importer.loaded, timeout=WAIT)
    importer.tree.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)
    importer.import_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and not dialog.saving, timeout=WAIT)
    assert memory_store.get(FRA.id) == "fra-secret"
    assert memory_store.get(LAB.id) == "lab-secret"
    assert memory_store.get(AMS.id) is None
    saved = config_store.path.read_text()
    assert "fra-secret" not in saved and "lab-secret" not in saved


def test_real_files_in_a_home_folder(qtbot: QtBot, runner: TaskRunner, tmp_path: Path) -> None:
    """End to end with the real parsers: what a user with s3cmd and rclone set up would see."""
    (tmp_path / ".s3cfg").write_text(
        "[default]\naccess_key = DO00S3CMDKEY\nsecret_key = s3cmd-secret-value\n"
        "host_base = fra1.digitaloceanspaces.com\n"
        "host_bucket = %(bucket)s.fra1.digitaloceanspaces.com\n")
    rclone = tmp_path / ".config" / "rclone"
    rclone.mkdir(parents=True)
    (rclone / "rclone.conf").write_text(
        "[spaces-ams]\ntype = s3\nprovider = DigitalOcean\naccess_key_id = DO00RCLONEKEY\n"
        "secret_access_key = rclone-secret-value\nendpoint = ams3.digitaloceanspaces.com\n")
    dialog = open_import(qtbot, runner, home=tmp_path)
    found = {c.account.access_key_id: c for c in dialog.selected()}
    assert set(found) == {"DO00S3CMDKEY", "DO00RCLONEKEY"}
    assert found["DO00S3CMDKEY"].account.region == "fra1"
    assert found["DO00RCLONEKEY"].account.region == "ams3"
    tree = dialog.tree
    shown = " ".join(tree.topLevelItem(i).text(c) for i in range(2) for c in range(4))
    assert "Frankfurt 1 (fra1)" in shown and "Amsterdam 3 (ams3)" in shown
    assert "secret-value" not in shown
