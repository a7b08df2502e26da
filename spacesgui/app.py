"""The composition root: config, secrets, clients, workers, the transfer queue and the window.

Start-up does only cheap work on the GUI thread (one small JSON read); keyring reads, client
construction for accounts and the sandbox server all happen on worker threads, and each account
appears as "connecting" until its client is in the registry. Shutdown runs in a fixed order:
the queue persists its jobs, the runners drain, then the sandbox server stops.
"""

from __future__ import annotations

import gc
import logging
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from spacesgui.clients import ClientRegistry
from spacesgui.config import Account, ConfigError, ConfigStore
from spacesgui.preferences import PreferencesStore
from spacesgui.s3.client import S3Client
from spacesgui.s3.http import load_network_stack
from spacesgui.sandbox import (
    SANDBOX_ACCESS_KEY,
    SANDBOX_ACCOUNT_ID,
    SANDBOX_NAME,
    SANDBOX_REGION,
    Sandbox,
)
from spacesgui.secrets import KeyringSecretStore, MemorySecretStore, SecretVault
from spacesgui.states import AccountState
from spacesgui.ui import boxes
from spacesgui.ui.app_preferences import AppPreferences
from spacesgui.ui.single_instance import InstanceServer
from spacesgui.ui.theme import ThemeSwitcher
from spacesgui.ui.translations import install_translators, shown
from spacesgui.ui.window import MainWindow
from spacesgui.ui.window.clipboard import release_clipboard
from spacesgui.ui.window.dnd import remove_old_drag_folders
from spacesgui.ui.window.open_windows import raise_window
from spacesgui.workers.collector import GuiThreadCollector
from spacesgui.workers.secrets import AsyncVault
from spacesgui.workers.tasks import TaskRunner, TaskToken
from spacesgui.workers.transfers import TransferQueue

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Paths:
    """Where the app keeps its data; tests and benchmarks pass temporary directories."""

    data_dir: Path
    config_dir: Path | None = None  # None: the ConfigStore's own default

    @classmethod
    def default(cls) -> Paths:
        return cls(Path(user_data_dir("spacesgui", appauthor=False)))


class AppContext(QObject):
    """What the window needs: runner, registry, queue, accounts and their connection states.

    Signals:
        accounts_changed(object): the tuple of accounts to show (the sandbox first, if any).
        account_state_changed(object, object): account id, its AccountState.
        sandbox_failed(object): the sandbox could not start; the exception.
    """

    accounts_changed = Signal(object)
    account_state_changed = Signal(object, object)
    sandbox_failed = Signal(object)
    sandbox_started = Signal()

    def __init__(self, *, runner: TaskRunner, registry: ClientRegistry, queue: TransferQueue,
                 store: ConfigStore | None = None, vault: AsyncVault | None = None,
                 preferences: AppPreferences | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.registry, self.queue = runner, registry, queue
        self.preferences = preferences or AppPreferences(queue, parent=self)
        self.store, self.vault = store, vault
        self._configured: tuple[Account, ...] = ()
        self._extra: dict[str, Account] = {}  # accounts not in the config: the sandbox, tests
        self._states: dict[str, AccountState] = {}
        self._secret_tasks: dict[int, Account] = {}
        self.sandbox: Sandbox | None = None
        self._sandbox_task: int | None = None
        self._pending_sandbox: Sandbox | None = None
        self._sandbox_requested = False
        self.config_problem: ConfigError | None = None  # why the accounts file is unusable

    # -- accounts ------------------------------------------------------------------------
    @property
    def accounts(self) -> tuple[Account, ...]:
        return tuple(self._extra.values()) + self._configured

    def account(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts if a.id == account_id), None)

    def state(self, account_id: str) -> AccountState:
        """An account shown but not yet given a state is connecting (set_accounts sets it)."""
        return self._states.get(account_id, AccountState.CONNECTING)

    def is_sandbox(self, account_id: str) -> bool:
        return account_id == SANDBOX_ACCOUNT_ID

    def add_ready_account(self, account: Account, client: S3Client) -> None:
        """An account whose client is already built (the sandbox, tests): shown at the top."""
        self.registry.name(account.id, account.name)
        self.registry.put(account.id, client)
        self._extra[account.id] = account
        self._set_state(account.id, AccountState.READY)
        self.accounts_changed.emit(self.accounts)

    def set_accounts(self, accounts: Iterable[Account]) -> None:
        """Show the configured accounts; their clients are built as their secrets arrive."""
        configured = tuple(accounts)
        keep = {a.id for a in configured}
        for old in self._configured:
            if old.id not in keep:
                self.registry.drop(old.id)
                self._states.pop(old.id, None)
        self._configured = configured
        for account in configured:
            self.registry.drop(account.id)  # the key or endpoint may have changed
            self.registry.name(account.id, account.name)
            self._states[account.id] = AccountState.CONNECTING
        self.accounts_changed.emit(self.accounts)
        for account in configured:
            self._fetch_secret(account)

    def _fetch_secret(self, account: Account) -> None:
        if self.vault is None:
            self._set_state(account.id, AccountState.NEEDS_KEY)
            return
        task = self.vault.get(account.id, self._on_secret_read, self._on_secret_failed)
        self._secret_tasks[task] = account

    def _on_secret_read(self, task_id: int, secret: str | None) -> None:
        account = self._secret_tasks.pop(task_id, None)
        if account is None or account not in self._configured:
            return  # stale: the accounts were edited meanwhile
        if not secret:
            self._set_state(account.id, AccountState.NEEDS_KEY)
            return
        try:
            client = account.make_client(secret)  # pure construction: no request is sent
        except Exception as exc:  # an invalid stored account: show it, do not crash start-up
            log.warning("account %s cannot be used", account.id, exc_info=exc)
            self._set_state(account.id, AccountState.FAILED)
            return
        self.registry.put(account.id, client)
        self._set_state(account.id, AccountState.READY)

    def _on_secret_failed(self, task_id: int, exc: BaseException) -> None:
        account = self._secret_tasks.pop(task_id, None)
        if account is not None:
            log.warning("secret for account %s unavailable", account.id, exc_info=exc)
            self._set_state(account.id, AccountState.NEEDS_KEY)

    def _set_state(self, account_id: str, state: AccountState) -> None:
        self._states[account_id] = state
        self.account_state_changed.emit(account_id, state)

    def load_config(self) -> None:
        """Read the config (a small JSON file; fine on the GUI thread) and show its accounts."""
        if self.store is None:
            return
        result = self.store.read()
        self.config_problem = result.problem
        if result.problem is not None:
            log.error("could not use the account config: %s", result.problem)
        self.set_accounts(result.config.accounts)

    @property
    def first_run(self) -> bool:
        """No accounts, and not because their file is unusable: open on the sandbox."""
        return not self.accounts and self.config_problem is None

    @property
    def can_edit_accounts(self) -> bool:
        return self.store is not None and self.vault is not None

    def open_accounts_dialog(self, parent: QWidget,
                             account_id: str | None = None) -> QWidget | None:
        """Open the accounts dialog (non-modal flow); the tree reloads when it closes."""
        # Imported on first use: the dialogs are not needed to paint the first window.
        from spacesgui.ui.dialogs.accounts import AccountsDialog

        if self.store is None or self.vault is None:
            return None
        dialog = AccountsDialog(self.store, self.vault, self.runner, parent)
        if account_id:
            dialog.select_account(account_id)
        dialog.finished.connect(self._on_accounts_dialog_closed)
        dialog.open()
        return dialog

    def _on_accounts_dialog_closed(self, _result: int) -> None:
        self.load_config()

    # -- the sandbox ---------------------------------------------------------------------
    def start_sandbox(self) -> None:
        """Start the embedded server on a worker thread; the account appears when it is up."""
        self._sandbox_requested = False
        if self.sandbox is not None or self._sandbox_task is not None:
            return
        sandbox = Sandbox()

        def start(_token: TaskToken) -> Sandbox:
            sandbox.start()
            return sandbox

        self._pending_sandbox = sandbox  # stopped at shutdown even if its result never arrives
        self._sandbox_task = self.runner.submit(start, self._on_sandbox_started,
                                                self._on_sandbox_failed)

    def _on_sandbox_started(self, _task_id: int, sandbox: Sandbox) -> None:
        self._sandbox_task = None
        self.sandbox = sandbox
        self.add_ready_account(sandbox_account(sandbox.endpoint), sandbox.client())
        self.sandbox_started.emit()

    def _on_sandbox_failed(self, _task_id: int, exc: BaseException) -> None:
        self._sandbox_task = None
        log.error("the local sandbox did not start", exc_info=exc)
        self.sandbox_failed.emit(exc)

    def request_sandbox(self) -> None:
        """Show "starting" now; start_sandbox() follows once the window has painted."""
        self._sandbox_requested = True

    @property
    def sandbox_starting(self) -> bool:
        return self._sandbox_task is not None or self._sandbox_requested

    # -- shutdown ------------------------------------------------------------------------
    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Queue first (it persists), then the runners, then the sandbox. True if all drained."""
        ok = self.queue.shutdown(timeout_ms)
        ok = self.runner.shutdown(timeout_ms) and ok
        if self.vault is not None:
            ok = self.vault.shutdown(timeout_ms) and ok
        for sandbox in {id(s): s for s in (self.sandbox, self._pending_sandbox) if s}.values():
            sandbox.stop()
        self.sandbox = self._pending_sandbox = None
        return ok


def sandbox_account(endpoint: str) -> Account:
    """The Account shown for the sandbox (never saved to the config)."""
    return Account(id=SANDBOX_ACCOUNT_ID, name=shown(SANDBOX_NAME), provider="s3",
                   region=SANDBOX_REGION, endpoint=endpoint, access_key_id=SANDBOX_ACCESS_KEY,
                   addressing="path")


def build_context(paths: Paths, *, use_keyring: bool = True,
                  parent: QObject | None = None) -> AppContext:
    """Everything but the window. Cheap: no network, no keyring, no moto import."""
    runner = TaskRunner(max_threads=max(4, min(8, (os.cpu_count() or 2) * 2)), parent=parent)
    registry = ClientRegistry()
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    primary = KeyringSecretStore() if use_keyring else MemorySecretStore()
    vault = AsyncVault(SecretVault(primary), parent=parent)
    queue = TransferQueue(registry, state_path=paths.data_dir / "transfers.json",
                          journal_dir=paths.data_dir / "journal",
                          customer_key=vault.customer_key, parent=parent)
    store = ConfigStore(paths.config_dir) if paths.config_dir else ConfigStore()
    app = QApplication.instance()
    preferences = AppPreferences(
        queue, store=PreferencesStore(store.directory),
        theme=ThemeSwitcher(app) if isinstance(app, QApplication) else None, parent=parent)
    return AppContext(runner=runner, registry=registry, queue=queue, store=store, vault=vault,
                      preferences=preferences, parent=parent)


def run(*, sandbox: bool = False, paths: Paths | None = None,
        first_paint_probe: bool = False, started: float | None = None,
        addresses: Sequence[str] = (), instance: InstanceServer | None = None,
        lang: str | None = None) -> int:
    """Build everything, show the window, run the event loop, shut down in order.

    `addresses` are opened once their accounts are shown; `instance` brings in those of
    later launches.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create the QApplication first (see __main__)"
    install_translators(app, lang)  # before any widget: texts are translated when made
    collector = GuiThreadCollector(parent=app)
    context = build_context(paths or Paths.default())
    context.load_config()
    context.preferences.load()
    want_sandbox = sandbox or context.first_run
    if want_sandbox:
        context.request_sandbox()
    window = MainWindow(context)
    if want_sandbox:
        # Importing moto on a worker thread holds the GIL in long stretches: start it only
        # once the window has painted, so the first paint is not delayed by it.
        window.first_painted.connect(lambda _t: context.start_sandbox())
    window.first_painted.connect(lambda _t: QTimer.singleShot(0, freeze_startup_objects))
    # requests and urllib3 are not imported with the app (they would delay the first paint);
    # a worker imports them right after it, before the user's first listing needs them.
    window.first_painted.connect(lambda _t: context.runner.submit(
        lambda _token: load_network_stack()))
    window.first_painted.connect(lambda _t: context.runner.submit(
        lambda _token: remove_old_drag_folders()))
    context.sandbox_started.connect(freeze_startup_objects)  # moto's many long-lived objects
    if first_paint_probe:
        origin = started if started is not None else time.perf_counter()
        window.first_painted.connect(lambda t: _report_first_paint(t - origin))
    restored = context.queue.restore()
    for job_id in restored:  # the sandbox of the last session is gone, and its files with it
        job = context.queue.job(job_id)
        if job is not None and job.account_id == SANDBOX_ACCOUNT_ID:
            context.queue.cancel(job_id)
    window.show()
    open_addresses(window, addresses)
    if instance is not None:
        instance.addresses_received.connect(
            lambda found: open_addresses(window, found, bring_forward=True))
    if context.config_problem is not None and context.store is not None:
        from spacesgui.ui.dialogs.config_problem import open_config_problem  # only when needed

        open_config_problem(window, context.store, context.config_problem,
                            on_fresh_start=context.load_config, on_quit=window.close)
    if context.preferences.problem:
        boxes.inform(window, QCoreApplication.translate("app", "Preferences"),
                     context.preferences.problem,
                     name="preferencesProblemBox")
    code = app.exec()
    if instance is not None:
        instance.close()  # a launch from now on starts afresh instead of handing over
    release_clipboard()
    window.save_state()
    if not context.shutdown(5000):
        log.warning("some background work was still running at exit")
    collector.stop()
    return code


def open_addresses(window: MainWindow, addresses: Sequence[str], *,
                   bring_forward: bool = False) -> None:
    """Open what the command line or a later launch asked for (that one in front of the user:
    it may have been started from a browser or a file manager)."""
    for text in addresses:
        window.open_address(text)
    if bring_forward:
        raise_window(window)


def freeze_startup_objects() -> None:
    """Move what start-up made (modules, classes, Qt wrappers) to the GC's permanent generation.

    CPython's full collections walk every tracked object and hold the GIL meanwhile, so each
    one stalls the GUI thread even when a worker triggers it: ~10 ms for the ~47k objects of
    a started window, more with the sandbox's moto. Frozen objects are skipped. Collecting
    first means no garbage is frozen; what start-up leaves behind lives for the whole run.
    """
    gc.collect()
    gc.freeze()


def _report_first_paint(seconds: float) -> None:
    print(f"first-paint {seconds:.4f}", flush=True)
    QApplication.quit()
