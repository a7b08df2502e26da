"""Fixtures for the Qt layer: leak checks (STYLE 3.13), a TaskRunner, vaults and a config store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from spacesgui.config import ConfigStore
from spacesgui.secrets import MemorySecretStore, SecretVault
from spacesgui.workers import tasks as tasks_module
from spacesgui.workers.secrets import AsyncVault
from spacesgui.workers.tasks import TaskRunner


def _top_level_widgets() -> set[QWidget]:
    # Deleted-later widgets are not gone until DeferredDelete events are delivered; outside a
    # running event loop processEvents() does not deliver them, so send them explicitly.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return set(QApplication.topLevelWidgets())


@pytest.fixture(autouse=True)
def _no_leaks(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a pool task running or a top-level widget alive.

    Autouse fixtures are set up before `qtbot`, so this runs after pytest-qt closed the widgets
    added with qtbot.addWidget and after the `runner` fixture shut its pool down.
    """
    before = _top_level_widgets()
    yield
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
