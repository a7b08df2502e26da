"""The composition root: accounts become clients off the GUI thread, first run opens the sandbox,
shutdown stops everything; and the command line (`python -m spacesgui`)."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from spacesgui import __main__ as cli
from spacesgui.app import AppContext, Paths, build_context
from spacesgui.clients import ClientRegistry
from spacesgui.config import Account, AppConfig, ConfigStore
from spacesgui.logs import register_secret
from spacesgui.sandbox import SANDBOX_ACCOUNT_ID
from spacesgui.states import AccountState
from spacesgui.ui.models.entries import Location
from spacesgui.ui.window import MainWindow
from spacesgui.workers.secrets import AsyncVault
from spacesgui.workers.tasks import TaskRunner

WAIT = 30_000


def test_accounts_get_clients_as_secrets_arrive(qtbot: QtBot, runner: TaskRunner,
                                                async_vault: AsyncVault,
                                                config_store: ConfigStore) -> None:
    with_key = Account(id="with-key", name="Has key", region="fra1", access_key_id="DO00AAAA")
    without = Account(id="without", name="No key", region="ams3", access_key_id="DO00BBBB")
    config_store.save(AppConfig(accounts=(with_key, without)))
    async_vault.vault.set("with-key", "a-secret-for-the-test")
    registry = ClientRegistry()
    context = AppContext(runner=runner, registry=registry, queue=None, store=config_store,
                         vault=async_vault)
    with qtbot.waitSignal(context.accounts_changed):
        context.load_config()
    assert [a.id for a in context.accounts] == ["with-key", "without"]
    assert registry.get("with-key") is None  # nothing is read on the GUI thread
    qtbot.waitUntil(lambda: context.state("with-key") == AccountState.READY
                    and context.state("without") == AccountState.NEEDS_KEY, timeout=WAIT)
    assert registry.get("with-key") is not None and registry.get("without") is None
    context.set_accounts([without])  # an account removed in the dialog loses its client
    assert registry.get("with-key") is None
    qtbot.waitUntil(lambda: context.state("without") == AccountState.NEEDS_KEY, timeout=WAIT)


def test_first_run_opens_on_the_sandbox_and_shutdown_stops_it(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    context = build_context(Paths(tmp_path / "data", tmp_path / "config"), use_keyring=False)
    context.load_config()
    assert context.accounts == ()
    context.start_sandbox()
    window = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible() and "Starting" in window.banner.text.text()
    assert window.banner.busy.isVisible()          # it moves while moto starts
    assert window.window_actions["add_account"].isEnabled()
    qtbot.waitUntil(lambda: window.location == Location(SANDBOX_ACCOUNT_ID, None), timeout=WAIT)
    qtbot.waitUntil(lambda: not window.table_model.is_loading, timeout=WAIT)
    assert "sample-photos" in [window.proxy.index(r, 0).data()
                               for r in range(window.proxy.rowCount())]
    assert "Local sandbox" in window.banner.text.text() and window.banner.isVisible()
    assert not window.banner.busy.isVisible()
    badge = window.tree_proxy.index(0, 0)
    assert badge.data().startswith("Local sandbox")
    assert "not saved" in badge.data(Qt.ItemDataRole.ToolTipRole)
    endpoint = context.sandbox.endpoint
    window.close()
    assert context.shutdown(10_000)
    host, port = endpoint.removeprefix("http://").split(":")
    with pytest.raises(OSError), socket.create_connection((host, int(port)), timeout=2):
        pass


def test_a_damaged_config_is_shown_never_taken_for_a_first_run(qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    from spacesgui.config import ConfigError
    from spacesgui.ui.dialogs.config_problem import open_config_problem

    damaged = b'{"version": 1, "accounts": [{"id": "a", "name": "Work"'
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "accounts.json").write_bytes(damaged)
    context = build_context(Paths(tmp_path / "data", tmp_path / "config"), use_keyring=False)
    context.load_config()
    assert context.accounts == ()
    assert isinstance(context.config_problem, ConfigError)
    assert not context.first_run  # so run() does not open on the sandbox
    window = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert not context.sandbox_starting and context.sandbox is None
    assert "Starting" not in window.banner.text.text()
    dialog = open_config_problem(window, context.store, context.config_problem,
                                 on_fresh_start=context.load_config, on_quit=window.close)
    qtbot.waitExposed(dialog)
    assert "damaged" in dialog.message.text()
    with qtbot.waitSignal(context.accounts_changed):
        dialog.start_fresh_button.click()
    assert context.config_problem is None and context.accounts == ()
    assert dialog.kept is not None and dialog.kept.read_bytes() == damaged
    dialog.close_button.click()
    window.close()
    assert context.shutdown(10_000)


def test_version_and_help_start_fast_without_qt(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "spacesgui", "--version"], capture_output=True,
                         text=True, timeout=60, check=True)
    assert out.stdout.strip().startswith("spacesgui ")
    args = cli.parse_args(["--sandbox", "--debug"])
    assert args.sandbox and args.debug


def test_crash_text_never_shows_a_secret() -> None:
    secret = "Zx9-very-secret-key-value-000000000001"
    register_secret(secret)
    try:
        raise RuntimeError(f"boom with {secret} and Authorization: AWS4-HMAC-SHA256 abc")
    except RuntimeError as exc:
        text = cli.crash_text(type(exc), exc, exc.__traceback__)
    assert secret not in text and "AWS4-HMAC-SHA256 abc" not in text
    assert "RuntimeError" in text




def test_freezing_start_up_objects_collects_garbage_first() -> None:
    """What start-up made is skipped by later full collections; its garbage is not kept."""
    import gc
    import weakref

    from spacesgui.app import freeze_startup_objects

    class Node:
        pass

    cycle = Node()
    cycle.me = cycle  # type: ignore[attr-defined]
    dead = weakref.ref(cycle)
    kept = Node()
    del cycle
    try:
        freeze_startup_objects()
        assert dead() is None and gc.get_freeze_count() > 0
        assert not any(o is kept for o in gc.get_objects())  # frozen: no collection walks it
    finally:
        gc.unfreeze()
    assert any(o is kept for o in gc.get_objects())
