"""Fixtures for the Qt layer: leak checks, a TaskRunner, vaults, a config store, and registries,
transfer queues and the main window over the suite's server."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from spacesgui.app import AppContext
from spacesgui.clients import ClientRegistry
from spacesgui.config import Account, ConfigStore
from spacesgui.s3.transfer.common import TransferConfig
from spacesgui.secrets import CustomerKeys, MemorySecretStore, SecretVault
from spacesgui.sse_keys import CustomerKeyRef, fingerprint, generate
from spacesgui.ui.translations import install_translators, remove_translators
from spacesgui.ui.window import MainWindow
from spacesgui.workers import tasks as tasks_module
from spacesgui.workers.collector import GuiThreadCollector
from spacesgui.workers.secrets import AsyncVault
from spacesgui.workers.tasks import TaskRunner
from spacesgui.workers.transfer_jobs import CustomerKeyLookup
from spacesgui.workers.transfers import TransferQueue
from tests.faultproxy import FaultProxy
from tests.servers import ClientFactory, ServerInfo
from tests.ui import browser_helpers, transfer_helpers, window_helpers
from tests.ui.browser_helpers import RegistryFactory
from tests.ui.transfer_helpers import SMALL_PARTS, QueueFactory, transfer_threads

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def clipboard_released(qapp: QApplication) -> Iterator[None]:
    """A QMimeData a test put on the clipboard (copied entries, pasted file URLs) must not
    outlive the interpreter: PySide6 crashes deleting it at exit, and pytest would end with
    139 after every test passed. The app itself releases its entries at quit."""
    yield
    clipboard = qapp.clipboard()
    if clipboard is not None:
        clipboard.clear()


@pytest.fixture(scope="session", autouse=True)
def translators(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The translators the app installs at start (English here: the plural forms of `%n`
    texts), from .qm files compiled for the session; yields their directory."""
    out = tmp_path_factory.mktemp("translations")
    subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py"), "build",
                    "--out", str(out)], check=True, capture_output=True)
    installed = install_translators(qapp, "en", directories=[out])
    QLocale.setDefault(QLocale.system())  # formats as before; only the texts are translated
    yield out
    remove_translators(qapp, installed)


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp: QApplication) -> Iterator[GuiThreadCollector]:
    """Cyclic garbage (models, runners and dialogs of earlier tests) is freed on the GUI
    thread, as in the app: a collection a worker triggers would delete their Qt objects there."""
    collector = GuiThreadCollector()
    yield collector
    collector.stop()


def _top_level_widgets() -> set[QWidget]:
    # Deleted-later widgets are not gone until DeferredDelete events are delivered; outside a
    # running event loop processEvents() does not deliver them, so send them explicitly.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return set(QApplication.topLevelWidgets())


@pytest.fixture(autouse=True)
def _no_leaks(qapp: QApplication, gui_thread_collector: GuiThreadCollector) -> Iterator[None]:
    """Fail a test that leaves a pool task running or a top-level widget alive.

    Autouse fixtures are set up before `qtbot`, so this runs after pytest-qt closed the widgets
    added with qtbot.addWidget and after the `runner` fixture shut its pool down.
    """
    before = _top_level_widgets()
    yield
    gui_thread_collector.collect_due()  # a test without an event loop gives its timer no turn
    leftover = _top_level_widgets() - before
    names = sorted(f"{type(w).__name__}({w.objectName()!r})" for w in leftover)
    busy = {id(r): r.active_count() for r in list(tasks_module._live_runners)}
    busy = {k: v for k, v in busy.items() if v}
    global_busy = QThreadPool.globalInstance().activeThreadCount()
    for widget in leftover:  # do not let one leak cascade into every later test
        widget.close()
        widget.deleteLater()
    assert not names, f"top-level widgets outlived the test: {names}"
    assert not busy, f"background tasks outlived the test: {busy}"
    assert not global_busy, "a global QThreadPool task outlived the test"


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    r = TaskRunner(max_threads=2)
    yield r
    assert r.shutdown(5000), "a worker thread outlived its test"
    r.deleteLater()


@pytest.fixture
def memory_store() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def async_vault(qapp: QApplication, memory_store: MemorySecretStore) -> Iterator[AsyncVault]:
    vault = AsyncVault(SecretVault(memory_store))
    yield vault
    assert vault.shutdown(5000), "a keyring call outlived its test"
    vault.deleteLater()


@pytest.fixture
def config_store(tmp_path: Path) -> ConfigStore:
    return ConfigStore(tmp_path / "config")


# ---- browser models over the server -------------------------------------------------------

@pytest.fixture
def registry_for(make_client: ClientFactory) -> RegistryFactory:
    """make(proxy=None): a registry holding the browser tests' account, through `proxy` if given."""
    def make(proxy: FaultProxy | None = None) -> ClientRegistry:
        registry = ClientRegistry()
        registry.put(browser_helpers.ACCOUNT, make_client(proxy.url if proxy else None))
        return registry

    return make


# ---- transfer queues over the server ------------------------------------------------------

@pytest.fixture
def make_queue(qapp: QApplication, tmp_path: Path) -> Iterator[QueueFactory]:
    """Queues over a registry; each must shut down cleanly and leave no thread behind."""
    made: list[TransferQueue] = []

    def make(registry: ClientRegistry, *, config: TransferConfig = SMALL_PARTS,
             max_files: int = 4, state_dir: Path | None = None,
             customer_key: CustomerKeyLookup | None = None) -> TransferQueue:
        where = state_dir or tmp_path / "state"
        queue = TransferQueue(registry, state_path=where / "queue.json",
                              journal_dir=where / "journal", config=config,
                              max_files=max_files, customer_key=customer_key)
        made.append(queue)
        return queue

    yield make
    for queue in made:
        assert queue.shutdown(15_000), "a transfer thread outlived its test"
        queue.deleteLater()
    assert not transfer_threads(), transfer_threads()


@pytest.fixture
def registry(make_client: ClientFactory) -> ClientRegistry:
    """The transfer tests' account, straight to the server."""
    reg = ClientRegistry()
    reg.put(transfer_helpers.ACCOUNT, make_client())
    return reg


@pytest.fixture
def proxied(make_client: ClientFactory, proxy: FaultProxy) -> ClientRegistry:
    """The transfer tests' account, through the fault proxy."""
    reg = ClientRegistry()
    reg.put(transfer_helpers.ACCOUNT, make_client(proxy.url))
    return reg


# ---- the main window over the server ------------------------------------------------------

@pytest.fixture
def context(qapp: QApplication, runner: TaskRunner, tmp_path: Path, s3_server: ServerInfo,
            make_client: ClientFactory) -> Iterator[AppContext]:
    """An app context with the server's account ready, as the main-window tests use it."""
    registry = ClientRegistry()
    queue = TransferQueue(registry, state_path=tmp_path / "state" / "queue.json",
                          journal_dir=tmp_path / "state" / "journal")
    ctx = AppContext(runner=runner, registry=registry, queue=queue)
    account = Account(id=window_helpers.ACCOUNT, name="Test RGW", provider="s3",
                      region=s3_server.region, endpoint=s3_server.endpoint,
                      access_key_id=s3_server.access_key, addressing="path")
    ctx.add_ready_account(account, make_client())
    yield ctx
    assert queue.shutdown(10_000), "a transfer outlived its test"
    queue.deleteLater()


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, tmp_path: Path) -> MainWindow:
    """The main window over `context`, shown and active."""
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(context, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


# -- accounts with customer keys ("work", the default, and "wrong"), over TLS and plain HTTP ----

@pytest.fixture
def keyed_window(qtbot: QtBot, keyed_context: tuple[AppContext, str],
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
    for account_id, tls in ((transfer_helpers.ACCOUNT, True), ("plain", False)):
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
