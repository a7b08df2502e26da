"""The accounts dialog: add, edit, remove, import and test connections, never blocking the GUI.

Config loads and saves, keyring calls and connection tests all run on pool threads. Saves are
chained (one at a time, always the newest config), so an older save can never land last.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from spacesgui.config import Account, AppConfig, ConfigStore
from spacesgui.connection_check import CheckStep
from spacesgui.secrets import UNCONFIRMED, SecretStoreUnavailable
from spacesgui.sse_keys import entry
from spacesgui.ui.boxes import keyring_question, remove_question
from spacesgui.ui.dialogs.account_editor import AccountEditor
from spacesgui.ui.dialogs.account_list import AccountDelegate, AccountListModel, where
from spacesgui.ui.dialogs.connection_steps import ConnectionStepsView, run_check
from spacesgui.ui.dialogs.import_accounts import ImportAccountsDialog
from spacesgui.ui.errors import ErrorPresenter, describe
from spacesgui.workers.secrets import AsyncVault
from spacesgui.workers.tasks import TaskRunner

log = logging.getLogger(__name__)

def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)  # Enter in the list opens the account, it never presses these
    return button


class AccountsDialog(QDialog):
    """Manage accounts. Uses the app's TaskRunner and AsyncVault; shuts neither down."""

    def __init__(self, store: ConfigStore, vault: AsyncVault, runner: TaskRunner,
                 parent: QWidget | None = None, *, import_home: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self._store, self._vault, self._runner = store, vault, runner
        self._import_home = import_home
        self._config = AppConfig()
        self._loaded = False
        self._check_task: int | None = None
        self._wanted_id: str | None = None
        self._save_task: int | None = None
        self._save_again = False
        self._session_queue: list[tuple[Account, str]] = []
        self._unconfirmed = False  # a queued keyring write timed out and may still land
        self.keyring_box: QMessageBox | None = None
        self._build()
        self.errors = ErrorPresenter(self, self.status_bar)
        self._on_selection_changed()
        self.status_bar.showMessage(self.tr("Loading accounts\u2026"))
        self._runner.submit(lambda _t: store.load(), self._on_config_loaded, self._on_load_failed)

    # -- building ------------------------------------------------------------------------------
    def _build_list(self) -> QVBoxLayout:
        self.model = AccountListModel(self)
        self.list_view = QListView()
        self.list_view.setObjectName("accountList")
        self.list_view.setAccessibleName(self.tr("Accounts"))
        self.list_view.setModel(self.model)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setItemDelegate(AccountDelegate(self.list_view))
        self.list_view.setIconSize(QSize(32, 32))
        self.list_view.setMinimumWidth(260)
        self.add_button = _button(self.tr("&Add\u2026"), "addAccountButton")
        self.edit_button = _button(self.tr("&Edit\u2026"), "editAccountButton")
        self.remove_button = _button(self.tr("&Remove\u2026"), "removeAccountButton")
        self.import_button = _button(self.tr("&Import\u2026"), "importAccountsButton")
        button_row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            button_row.addWidget(button)
        button_row.addStretch(1)
        button_row.addWidget(self.import_button)
        left = QVBoxLayout()
        left.addWidget(self.list_view, 1)
        left.addLayout(button_row)
        return left

    def _build_details(self) -> QGroupBox:
        self.details = QGroupBox()
        self.heading = QLabel()
        self.heading.setObjectName("accountHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        summary = QFormLayout()
        summary.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.summary_labels: dict[str, QLabel] = {}
        for key, label in (("where", self.tr("Server:")), ("key", self.tr("Access key ID:")),
                           ("secret", self.tr("Secret key:")), ("pinned", self.tr(
                                   "Pinned buckets:"))):
            value = QLabel()
            value.setObjectName(f"{key}Value")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            summary.addRow(label, value)
            self.summary_labels[key] = value
        self.test_button = _button(self.tr("&Test Connection"), "testConnectionButton")
        self.steps_view = ConnectionStepsView()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        right = QVBoxLayout(self.details)
        right.addWidget(self.heading)
        right.addLayout(summary)
        right.addSpacing(8)
        right.addLayout(test_row)
        right.addWidget(self.steps_view, 1)
        return self.details

    def _build(self) -> None:
        columns = QHBoxLayout()
        columns.addLayout(self._build_list(), 2)
        columns.addWidget(self._build_details(), 3)
        self.status_bar = QStatusBar()
        self.status_bar.setSizeGripEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("C&lose"))
        close.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_bar, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.resize(880, 540)

        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.buttons.rejected.connect(self.reject)
        self.list_view.doubleClicked.connect(self._on_edit_clicked)
        self.list_view.installEventFilter(self)
        self.list_view.selectionModel().currentChanged.connect(self._on_selection_changed)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list_view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._on_remove_clicked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Enter in the list opens the account. Handled here and consumed: a list view passes the
        # key on to the dialog, which would press the default button of any child window,
        # including the editor this very key just opened.
        if (watched is self.list_view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._on_edit_clicked()
            return True
        return super().eventFilter(watched, event)

    # -- selection -----------------------------------------------------------------------------
    def current_account(self) -> Account | None:
        return self.model.account_at(self.list_view.currentIndex().row())

    def select_account(self, account_id: str) -> None:
        """Select an account now, or as soon as the config has loaded."""
        self._wanted_id = account_id
        if self._loaded:
            self.select(account_id)

    def select(self, account_id: str) -> None:
        row = self.model.row_of(account_id)
        if row >= 0:
            self.list_view.setCurrentIndex(self.model.index(row))

    def _on_selection_changed(self) -> None:
        self._cancel_check()
        account = self.current_account()
        for widget in (self.edit_button, self.remove_button, self.details):
            widget.setEnabled(account is not None)
        self.steps_view.reset(account)
        if account is None:
            self.heading.setText(self.tr("No account selected"))
            for value in self.summary_labels.values():
                value.clear()
            return
        self.heading.setText(account.name)
        key = account.access_key_id
        self.summary_labels["where"].setText(where(account))
        self.summary_labels["key"].setText(key)
        self.summary_labels["secret"].setText(
            self.tr("Kept for this session only (no "
                    "keyring)") if self._vault.session_only(account.id)
            else self.tr("In the system keyring"))
        self.summary_labels["pinned"].setText(", ".join(account.pinned_buckets) or self.tr("None"))

    # -- loading and saving --------------------------------------------------------------------
    def _on_config_loaded(self, _task_id: int, config: AppConfig) -> None:
        self._loaded = True
        self._config = config
        self.model.set_accounts(config.accounts)
        self.status_bar.clearMessage()
        if config.accounts:
            wanted = self.model.row_of(self._wanted_id) if self._wanted_id else -1
            self.list_view.setCurrentIndex(self.model.index(max(wanted, 0)))
        self._on_selection_changed()

    def _on_load_failed(self, _task_id: int, exc: BaseException) -> None:
        # Saving over a config we could not read would destroy it, so editing stays off.
        for button in (self.add_button, self.import_button):
            button.setEnabled(False)
        self.errors.transient(self.tr("Loading the accounts"), exc)
        self.errors.blocking(self.tr("Loading the Accounts Failed"), exc)

    def _set_config(self, config: AppConfig) -> None:
        self._config = config
        if self._save_task is not None:
            self._save_again = True  # the running save finishes first; then the newest one goes
            return
        store = self._store
        self._save_task = self._runner.submit(lambda _t: store.save(config), self._on_saved,
                                              self._on_save_failed)

    def _on_saved(self, _task_id: int, _result: object) -> None:
        self._save_task = None
        if self._save_again:
            self._save_again = False
            self._set_config(self._config)
        else:
            self.status_bar.showMessage(self.tr("Accounts saved."), 3000)

    def _on_save_failed(self, task_id: int, exc: BaseException) -> None:
        self._save_task = None
        self._save_again = False
        self.errors.transient(self.tr("Saving the accounts"), exc)

    @property
    def loaded(self) -> bool:
        return self._loaded

    @property
    def saving(self) -> bool:
        return self._save_task is not None

    # -- add, edit, import ---------------------------------------------------------------------
    def _names_except(self, account_id: str | None) -> frozenset[str]:
        return frozenset(a.name for a in self._config.accounts if a.id != account_id)

    def _open_editor(self, account: Account | None) -> AccountEditor:
        editor = AccountEditor(account, self,
                               taken_names=self._names_except(account.id if account else None),
                               vault=self._vault)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(functools.partial(self._on_editor_accepted, editor))
        editor.open()
        self.editor = editor  # for tests and for focus handling
        return editor

    def _on_add_clicked(self) -> None:
        self._open_editor(None)

    def _on_edit_clicked(self) -> None:
        account = self.current_account()
        if account is not None:
            self._open_editor(account)

    def _on_editor_accepted(self, editor: AccountEditor) -> None:
        self._store_account(editor.account(), editor.secret())

    def _on_import_clicked(self) -> None:
        dialog = ImportAccountsDialog(self._runner, self._config.accounts, self,
                                      home=self._import_home)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(functools.partial(self._on_import_accepted, dialog))
        dialog.open()
        self.import_dialog = dialog

    def _on_import_accepted(self, dialog: ImportAccountsDialog) -> None:
        taken = {a.name.casefold() for a in self._config.accounts}
        for candidate in dialog.selected():
            account = candidate.account
            name, n = account.name, 2
            while name.casefold() in taken:  # imported names must stay distinguishable
                name, n = f"{account.name} ({n})", n + 1
            taken.add(name.casefold())
            self._store_account(replace(account, name=name), candidate.secret_key)

    def _store_account(self, account: Account, secret: str | None, *,
                       session_only: bool = False) -> None:
        """Secret first, config second: an account is only saved once its secret is kept."""
        if secret is None:
            self._add_to_config(account)
            return
        self._vault.set(account.id, secret, session_only=session_only,
                        on_done=functools.partial(self._on_secret_stored, account),
                        on_failure=functools.partial(self._on_secret_failed, account, secret))

    def _on_secret_stored(self, account: Account, _task_id: int, _result: object) -> None:
        self._add_to_config(account)

    def _add_to_config(self, account: Account) -> None:
        self._set_config(self._config.with_account(account))
        self.model.upsert(account)
        self.select(account.id)
        self._on_selection_changed()

    def _on_secret_failed(self, account: Account, secret: str, _task_id: int,
                          exc: BaseException) -> None:
        if not isinstance(exc, SecretStoreUnavailable):
            self.errors.blocking(self.tr("Saving the Secret Key Failed"), exc)
            return
        self._session_queue.append((account, secret))
        self._unconfirmed = self._unconfirmed or exc.reason == UNCONFIRMED
        if self.keyring_box is not None:
            return  # one question covers every account waiting for an answer
        box, self.keep_button = keyring_question(self, exc.reason)
        box.finished.connect(functools.partial(self._on_keyring_answered, box))
        self.keyring_box = box
        box.open()

    def _on_keyring_answered(self, box: QMessageBox, _result: int) -> None:
        keep = box.clickedButton() is self.keep_button
        queued, self._session_queue, self.keyring_box = self._session_queue, [], None
        for account, secret in queued:
            if keep:
                self._store_account(account, secret, session_only=True)
        if not keep:
            # A write that never answered may still land: say so rather than "not stored".
            late = (self.tr(" The keyring may still store it once it answers.")
                    if self._unconfirmed else "")
            self.status_bar.showMessage(
                self.tr("Not saved: the secret key could not be stored.") + late, 10_000)
        self._unconfirmed = False

    # -- remove --------------------------------------------------------------------------------
    def _on_remove_clicked(self) -> None:
        account = self.current_account()
        if account is None:
            return
        box, self.confirm_remove_button = remove_question(self, account.name)
        box.finished.connect(functools.partial(self._on_remove_answered, box, account))
        self.remove_box = box
        box.open()

    def _on_remove_answered(self, box: QMessageBox, account: Account, _result: int) -> None:
        if box.clickedButton() is not self.confirm_remove_button:
            return
        self._vault.delete(account.id, on_failure=self._on_secret_delete_failed)
        for ref in account.customer_keys:
            self._vault.delete(entry(account.id, ref.name),
                               on_failure=self._on_secret_delete_failed)
        self._set_config(self._config.without_account(account.id))
        self.model.remove(account.id)
        self._on_selection_changed()

    def _on_secret_delete_failed(self, _task_id: int, exc: BaseException) -> None:
        self.errors.transient(self.tr("Deleting the secret key"), exc)

    # -- test connection -----------------------------------------------------------------------
    @property
    def checking(self) -> bool:
        return self._check_task is not None

    def _on_test_clicked(self) -> None:
        if self._check_task is not None:
            self._cancel_check()
            self.steps_view.stop("Stopped.")
            return
        account = self.current_account()
        if account is None:
            return
        vault = self._vault.vault
        self.steps_view.reset(account, running=True)
        self._check_task = self._runner.submit_stream(
            lambda token: run_check(account, vault, token),
            self._on_check_step, self._on_check_done, self._on_check_failed)
        self.test_button.setText(self.tr("S&top Test"))

    def _cancel_check(self) -> None:
        if self._check_task is not None:
            self._runner.cancel(self._check_task)
            self._check_finished()

    def _check_finished(self) -> None:
        self._check_task = None
        self.test_button.setText(self.tr("&Test Connection"))

    def _on_check_step(self, task_id: int, step: CheckStep) -> None:
        if task_id == self._check_task:  # else stale: another account or a stopped run
            self.steps_view.add_step(step)

    def _on_check_done(self, task_id: int) -> None:
        if task_id == self._check_task:
            self._check_finished()
            self.steps_view.finish()

    def _on_check_failed(self, task_id: int, exc: BaseException) -> None:
        if task_id != self._check_task:
            return
        self._check_finished()
        log.info("connection test stopped early", exc_info=exc)
        self.steps_view.stop(describe(exc), error=True)

    def done(self, result: int) -> None:
        self._cancel_check()  # the runner outlives the dialog; its answer is not wanted
        super().done(result)
