"""Render what a file encrypted with a customer key (SSE-C) looks like in the window, to PNGs,
light and dark (not a test).

Usage: python packaging/screenshots/screenshot_customer_keys.py OUT_DIR   (see README.md)
No network: the in-memory client of screenshot_dialogs.py, which here refuses the HEAD of one
file without its key, as RGW does. Shots: Properties of that file before a key is chosen, the
key chooser its Choose Key button opens, Properties read with the key (the Encryption row), and
the question Upload Files asks on an account with keys (the default key preselected).
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from screenshot_dialogs import FakeClient, head
from screenshot_support import dark_palette, grab, settle, wait_until

from spacesgui.s3.errors import ServiceError
from spacesgui.s3.models.objects import ObjectHead
from spacesgui.s3.options import SSECustomerKey
from spacesgui.sse_keys import CustomerKeyRef
from spacesgui.ui.dialogs.properties import PropertiesDialog
from spacesgui.ui.key_choice import KeySource, ask_upload_key
from spacesgui.workers.tasks import TaskRunner

WAIT_MS = 5_000
SECRET = "contracts/2026/acme-msa-signed.pdf"
KEYS = {name: SSECustomerKey(os.urandom(32)) for name in ("work", "archive-2024", "payroll")}


class KeyedClient(FakeClient):
    """Answers the HEAD of SECRET only with its key, as the server does."""

    def head_object(self, *, bucket: str, key: str, **kw: Any) -> ObjectHead:
        found = super().head_object(bucket=bucket, key=key)
        sse_c = kw.get("sse_c")
        if key != SECRET:
            return found
        if sse_c is None:
            raise ServiceError(code="InvalidRequest", status=400, method="HEAD",
                               resource=f"{bucket}/{key}",
                               message="The object was stored using a form of Server Side "
                               "Encryption. The correct parameters must be provided to "
                               "retrieve the object.")
        return dataclasses.replace(found, sse_customer_algorithm="AES256",
                                   sse_customer_key_md5=sse_c.key_md5)


def open_chooser() -> QInputDialog:
    found: list[QInputDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QInputDialog) and w.isVisible()]
        return bool(found)

    wait_until(shown, WAIT_MS, "the key chooser")
    return found[0]


def shoot(out: Path, runner: TaskRunner, client: KeyedClient, suffix: str) -> None:
    refs = tuple(CustomerKeyRef(name, key.key_md5) for name, key in KEYS.items())
    source = KeySource(refs, KEYS.__getitem__)
    dialog = PropertiesDialog(runner, client, "legal", [SECRET], key_source=source)
    dialog.show()
    wait_until(dialog.choose_key_button.isVisible, WAIT_MS, "the key refusal")
    grab(dialog, out / f"properties-needs-key{suffix}.png", settle_ms=250)
    dialog.choose_key_button.click()
    chooser = open_chooser()
    grab(chooser, out / f"choose-key-read{suffix}.png", settle_ms=250)
    chooser.setTextValue(chooser.comboBoxItems()[0])
    chooser.accept()
    encryption = dialog.info["encryption"]
    wait_until(lambda: "key MD5" in encryption.text(), WAIT_MS, "the read with the key")
    grab(dialog, out / f"properties-with-key{suffix}.png", settle_ms=250)
    dialog.close()

    window = QWidget()
    window.resize(900, 600)
    window.show()
    ask_upload_key(window, refs, "work", lambda _name: None)
    chooser = open_chooser()
    grab(chooser, out / f"choose-key-upload{suffix}.png", settle_ms=250)
    chooser.reject()
    window.close()


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    out.mkdir(parents=True, exist_ok=True)
    runner = TaskRunner()
    objects = {SECRET: (head(SECRET, 1_482_113, "application/pdf",
                             "6f1ed002ab5595859014ebf0951522d9", {"client": "acme"}),
                        {"retention": "7y"}, "private")}
    client = KeyedClient(objects, endpoint="https://fra1.digitaloceanspaces.com",
                         region="fra1", access_key="DO00QWERTYUIOPASDFGH",
                         secret_key="example-secret")
    try:
        light = app.style().standardPalette()
        for palette, suffix in ((light, ""), (dark_palette(), "-dark")):
            app.setPalette(palette)
            settle(50)
            shoot(out, runner, client, suffix)
    finally:
        runner.shutdown(5000)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/spacesgui-customer-keys"))
