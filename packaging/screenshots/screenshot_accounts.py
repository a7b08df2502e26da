"""Render the accounts dialogs to PNG files for a look by eye (not a test).

Usage: python packaging/screenshots/screenshot_accounts.py out.png
Writes out.png (accounts dialog after a Test connection), out-import.png (the import checklist),
out-editor.png (the editor showing a validation problem) and out-keys[-dark].png with
out-keys-import[-dark].png, out-keys-export[-dark].png and out-keys-http[-dark].png (the
Customer Keys tab, its import dialog, the export warning and the plain-HTTP note, in Fusion
light and dark). Needs a display (Xvfb) or QT_QPA_PLATFORM=offscreen. No network: the test
result is fed in as the steps would arrive.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication
from screenshot_support import dark_palette, grab, settle, wait_until

from spacesgui.config import Account, AppConfig, ConfigStore
from spacesgui.connection_check import CheckStep
from spacesgui.secrets import CustomerKeys, MemorySecretStore, SecretVault
from spacesgui.sse_keys import generate
from spacesgui.ui.dialogs.account_editor import CUSTOM, AccountEditor
from spacesgui.ui.dialogs.accounts import AccountsDialog
from spacesgui.ui.dialogs.import_accounts import ImportAccountsDialog
from spacesgui.workers.secrets import AsyncVault
from spacesgui.workers.tasks import TaskRunner

WAIT_MS = 5_000

S3CFG = """[default]
access_key = DO00QWERTYUIOPASDFGH
secret_key = example-secret-one
host_base = fra1.digitaloceanspaces.com
host_bucket = %(bucket)s.fra1.digitaloceanspaces.com
"""
RCLONE = """[spaces-ams]
type = s3
provider = DigitalOcean
access_key_id = DO00ZXCVBNMLKJHGFDSA
secret_access_key = example-secret-two
endpoint = ams3.digitaloceanspaces.com

[minio-lab]
type = s3
provider = Minio
access_key_id = labkey
secret_access_key = example-secret-three
endpoint = http://192.168.1.20:9000
"""
AWS_CREDENTIALS = """[backup]
aws_access_key_id = DO00LKJHGFDSAPOIUYTR
aws_secret_access_key = example-secret-four
"""
AWS_CONFIG = """[profile backup]
region = sgp1
endpoint_url = https://sgp1.digitaloceanspaces.com
"""


def shoot_keys(vault: AsyncVault, out: Path, suffix: str) -> None:
    """The Customer Keys tab of an account with three keys, one the default for uploads."""
    account = Account.new(name="Work (Frankfurt)", region="fra1",
                          access_key_id="DO00QWERTYUIOPASDFGH")
    keys = CustomerKeys(vault.vault, account.id)
    refs = tuple(keys.store(name, generate()) for name in ("Backups 2024", "Invoices", "Photos"))
    account = replace(account, customer_keys=refs, default_customer_key="Invoices")
    editor = AccountEditor(account, vault=vault)
    panel = editor.keys_panel
    editor.tabs.setCurrentWidget(panel)
    panel.key_list.setCurrentIndex(panel.model.index(1, 0))
    panel.show_status("Imported \u201cInvoices\u201d. Export a copy and keep it safe: without "
                      "the key, its files cannot be read.")
    grab(editor, out.with_name(f"{out.stem}-keys{suffix}.png"), settle_ms=200)
    panel.import_button.click()
    dialog = panel.import_dialog
    assert dialog is not None
    dialog.name_edit.setText("Archive")
    dialog.key_edit.setText("c2hvcnQ=")
    grab(dialog, out.with_name(f"{out.stem}-keys-import{suffix}.png"), settle_ms=200)
    dialog.reject()
    panel.export_button.click()
    grab(panel.export_box, out.with_name(f"{out.stem}-keys-export{suffix}.png"), settle_ms=200)
    panel.export_box.reject()
    editor.region_box.setCurrentIndex(editor.region_box.findData(CUSTOM))
    editor.endpoint_edit.setText("http://192.168.1.20:9000")
    grab(editor, out.with_name(f"{out.stem}-keys-http{suffix}.png"), settle_ms=200)
    editor.reject()


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)  # alive for the whole run
    assert isinstance(app, QApplication)
    runner = TaskRunner()
    vault = AsyncVault(SecretVault(MemorySecretStore()))
    with tempfile.TemporaryDirectory() as tmp:
        store = ConfigStore(Path(tmp) / "config")
        fra = Account.new(name="Work (Frankfurt)", region="fra1",
                          access_key_id="DO00QWERTYUIOPASDFGH")
        lab = Account.new(name="Lab RGW", provider="s3", region="us-east-1",
                          endpoint="http://127.0.0.1:7480", access_key_id="labkey",
                          addressing="path", pinned_buckets=("photos", "invoices-2024"))
        store.save(AppConfig((fra, lab)))
        home = Path(tmp) / "home"
        (home / ".config" / "rclone").mkdir(parents=True)
        (home / ".aws").mkdir()
        (home / ".s3cfg").write_text(S3CFG)
        (home / ".config" / "rclone" / "rclone.conf").write_text(RCLONE)
        (home / ".aws" / "credentials").write_text(AWS_CREDENTIALS)
        (home / ".aws" / "config").write_text(AWS_CONFIG)

        dialog = AccountsDialog(store, vault, runner, import_home=home)
        wait_until(lambda: dialog.model.rowCount() == 2, WAIT_MS)
        dialog.select(lab.id)
        dialog.steps_view.reset(lab, running=True)
        for step in (
            CheckStep("reach", "Reach the endpoint", True, "http://127.0.0.1:7480 answered."),
            CheckStep("authenticate", "Sign in with the key", True, "The key was accepted."),
            CheckStep("buckets", "Open the pinned buckets", True,
                      "Opened photos and invoices-2024 (no ListBuckets needed)."),
            CheckStep("setting", "Read a bucket setting", True,
                      "Versioning of photos: not allowed for this key."),
        ):
            dialog.steps_view.add_step(step)
        dialog.steps_view.finish()
        grab(dialog, out, settle_ms=200)

        dialog.select(fra.id)
        dialog.steps_view.reset(fra, running=True)
        dialog.steps_view.add_step(CheckStep("reach", "Reach the endpoint", True,
                                             "https://fra1.digitaloceanspaces.com answered."))
        dialog.steps_view.add_step(CheckStep(
            "authenticate", "Sign in with the key", False,
            "The server rejected the request's signature. Usually the secret key is wrong.",
            code="SignatureDoesNotMatch", request_id="tx00000b7e5c2a1f0a9d3e4-0065f1c2d3-fra1"))
        dialog.steps_view.add_step(CheckStep("buckets", "List the buckets", None, "Skipped."))
        dialog.steps_view.add_step(CheckStep("setting", "Read a bucket setting", None,
                                             "Skipped."))
        dialog.steps_view.finish()
        grab(dialog, out.with_name(out.stem + "-failed.png"), settle_ms=200)

        importer = ImportAccountsDialog(runner, (fra,), home=home)
        wait_until(lambda: importer.loaded, WAIT_MS)
        grab(importer, out.with_name(out.stem + "-import.png"), settle_ms=200)

        editor = AccountEditor(None)
        editor.name_edit.setText("Lab")
        editor.region_box.setCurrentIndex(editor.region_box.findData(CUSTOM))
        editor.endpoint_edit.setText("ftp://lab.example")
        editor.access_key_edit.setText("labkey")
        grab(editor, out.with_name(out.stem + "-editor.png"), settle_ms=200)
        editor.tabs.setCurrentIndex(1)
        grab(editor, out.with_name(out.stem + "-editor-connection.png"), settle_ms=200)

        for widget in (dialog, importer, editor):
            widget.close()
        app.setStyle("Fusion")
        for palette, suffix in ((app.style().standardPalette(), ""), (dark_palette(), "-dark")):
            app.setPalette(palette)
            settle(50)
            shoot_keys(vault, out, suffix)
        runner.shutdown()
        vault.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "accounts.png"))
