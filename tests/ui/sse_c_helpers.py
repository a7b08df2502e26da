"""Fixtures for the SSE-C window tests: accounts with the customer key "work" (the default) and
"wrong", over TLS and over plain HTTP, with the queue reading keys from an in-memory vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spacesgui.app import AppContext
from spacesgui.clients import ClientRegistry
from spacesgui.config import Account
from spacesgui.secrets import CustomerKeys, MemorySecretStore, SecretVault
from spacesgui.sse_keys import CustomerKeyRef, fingerprint, generate
from spacesgui.ui.window import MainWindow
from spacesgui.workers.tasks import TaskRunner
from spacesgui.workers.transfers import TransferQueue
from tests.servers import ClientFactory, ServerInfo
from tests.ui.transfer_helpers import ACCOUNT


@pytest.fixture
def main_window(qtbot: QtBot, keyed_context: tuple[AppContext, str],
                tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(keyed_context[0], settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def keyed_context(qapp: QApplication, runner: TaskRunner, tmp_path: Path,
                  s3_server: ServerInfo,
                  make_client: ClientFactory) -> Iterator[tuple[AppContext, str]]:
    """Two accounts with the keys "work" (the default) and "wrong": over TLS and plain HTTP;
    also the text of "work"."""
    vault = SecretVault(MemorySecretStore())
    key_text = generate()
    registry = ClientRegistry()
    queue = TransferQueue(registry, state_path=tmp_path / "state" / "queue.json",
                          journal_dir=tmp_path / "state" / "journal",
                          customer_key=lambda account, name: CustomerKeys(
                              vault, account).sse_c(name))
    ctx = AppContext(runner=runner, registry=registry, queue=queue)
    wrong_text = generate()
    refs = (CustomerKeyRef("work", fingerprint(key_text)),
            CustomerKeyRef("wrong", fingerprint(wrong_text)))
    for account_id, tls in ((ACCOUNT, True), ("plain", False)):
        CustomerKeys(vault, account_id).store("work", key_text)
        CustomerKeys(vault, account_id).store("wrong", wrong_text)
        client = make_client(tls=tls)
        account = Account(id=account_id, name=account_id, provider="s3",
                          region=s3_server.region, endpoint=client.endpoint,
                          access_key_id=s3_server.access_key, addressing="path",
                          customer_keys=refs, default_customer_key="work")
        ctx.add_ready_account(account, client)
    yield ctx, key_text
    assert queue.shutdown(10_000), "a transfer outlived its test"
    queue.deleteLater()
