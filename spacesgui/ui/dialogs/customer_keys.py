"""The account editor's Customer Keys tab: named SSE-C keys, generated, imported, exported, deleted.

A key goes to the keyring as soon as it is made (through the AsyncVault, never on the GUI
thread); the tab only changes the account copy's list of names and fingerprints. Like the rest
of the editor, nothing counts until Save: Cancel deletes the keys made here, and a key deleted
here leaves the keyring only on Save. A name deleted here cannot be reused before Save, so Cancel
never has to bring back a key that a new one overwrote.

No key text ever reaches a widget of this tab: the list shows names and fingerprints only.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from spacesgui.secrets import CustomerKeys, SecretStoreUnavailable, SecretVault
from spacesgui.sse_keys import CustomerKeyError, CustomerKeyRef, generate, name_problem, parse
from spacesgui.ui import boxes
from spacesgui.ui.errors import describe
from spacesgui.ui.translations import N_
from spacesgui.workers.secrets import AsyncVault

log = logging.getLogger(__name__)

NAME, FINGERPRINT, DEFAULT = range(3)
NOTE = N_("customer_keys",
          "A customer key encrypts files on the server (SSE-C); the server does not keep it. "
          "Whoever loses the key loses the files, so export a copy to a safe place.")

PLAIN_HTTP = N_("customer_keys",
                "This account's endpoint uses plain HTTP, and a key would cross the network "
                "readable by anyone on the way, so spacesgui sends customer keys only over "
                "HTTPS. Keys kept here are used once the endpoint is https://.")


def _button(text: str, name: str) -> QPushButton:
    # Mnemonics only where the editor's other tabs leave a letter free: Alt+letter must stay
    # unambiguous across the whole dialog.
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)  # Enter in the editor saves; it never presses these
    return button


def _store(account_id: str, name: str, text: str, vault: SecretVault) -> CustomerKeyRef:
    return CustomerKeys(vault, account_id).store(name, text)


def _export(account_id: str, name: str, vault: SecretVault) -> str:
    return CustomerKeys(vault, account_id).export(name)


def _delete(account_id: str, name: str, vault: SecretVault) -> None:
    CustomerKeys(vault, account_id).delete(name)


class ImportKeyDialog(QDialog):
    """A name and a pasted base64 key; OK waits until both are usable."""

    def __init__(self, taken: tuple[CustomerKeyRef, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importKeyDialog")
        self.setWindowTitle(self.tr("Import Customer Key"))
        self._taken = taken
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("keyNameEdit")
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("keyTextEdit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName(self.tr("Customer key"))
        self.key_edit.setPlaceholderText(self.tr("The 256-bit key as base64 (44 characters)"))
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Import"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Key:"), self.key_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._revalidate)
        self.key_edit.textChanged.connect(self._revalidate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())
        self._revalidate()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def key_text(self) -> str:
        return self.key_edit.text()

    def problems(self) -> list[str]:
        out = []
        problem = name_problem(self.name(), self._taken)
        if problem:
            out.append(problem)
        try:
            parse(self.key_text())
        except CustomerKeyError as exc:
            out.append(str(exc))
        return out

    def _revalidate(self) -> None:
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        self.ok_button.setEnabled(not problems)


class CustomerKeysPanel(QWidget):
    """The list of one account's keys and the buttons that change it.

    Args:
        vault: where keys are kept; None shows the list read-only (no keyring to reach).
        account_id: the account the keys belong to (their keyring entries carry it).
    """

    keys_changed = Signal()

    def __init__(self, vault: AsyncVault | None, account_id: str,
                 keys: tuple[CustomerKeyRef, ...], default: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerKeysPanel")
        self._vault, self._account_id = vault, account_id
        self._keys, self._default = keys, default
        self._added: set[str] = set()     # made here: Cancel deletes them
        self._removed: set[CustomerKeyRef] = set()  # deleted here: Save deletes them
        self._pending: set[int] = set()
        self.import_dialog: ImportKeyDialog | None = None
        self._build()
        self._refill()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        note = QLabel(QCoreApplication.translate("customer_keys", NOTE))
        note.setWordWrap(True)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Fingerprint (MD5)"),
                                              self.tr("Uploads")])
        self.key_list = QTreeView()
        self.key_list.setObjectName("customerKeyList")
        self.key_list.setAccessibleName(self.tr("Customer keys"))
        self.key_list.setModel(self.model)
        self.key_list.setRootIsDecorated(False)
        self.key_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.key_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.key_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FINGERPRINT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DEFAULT, QHeaderView.ResizeMode.ResizeToContents)
        self.generate_button = _button(self.tr("Generate\u2026"), "generateKeyButton")
        self.import_button = _button(self.tr("Import\u2026"), "importKeyButton")
        self.export_button = _button(self.tr("Export\u2026"), "exportKeyButton")
        self.delete_button = _button(self.tr("Delete\u2026"), "deleteKeyButton")
        self.default_button = _button(self.tr("Use &for Uploads"), "defaultKeyButton")
        self.default_button.setToolTip(self.tr("New uploads of this account are encrypted with "
                                               "this key"))
        self.http_label = QLabel(QCoreApplication.translate("customer_keys", PLAIN_HTTP))
        self.http_label.setObjectName("plainHttpLabel")
        self.http_label.setWordWrap(True)
        self.http_label.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("keyStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        column = QVBoxLayout()
        for button in (self.generate_button, self.import_button, self.export_button,
                       self.delete_button, self.default_button):
            column.addWidget(button)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.key_list, 1)
        row.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.http_label)
        layout.addLayout(row, 1)
        layout.addWidget(self.status_label)

        self.generate_button.clicked.connect(self._on_generate_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.default_button.clicked.connect(self._on_default_clicked)
        self.key_list.selectionModel().currentChanged.connect(self._update_buttons)
        if self._vault is None:
            self.show_status(self.tr("The keyring cannot be reached here, so keys cannot be "
                                     "changed."))

    def _refill(self, select: str | None = None) -> None:
        current = select or self.selected_name()
        self.model.removeRows(0, self.model.rowCount())
        for ref in self._keys:
            row = [QStandardItem(text) for text in
                   (ref.name, ref.md5, self.tr("Default") if ref.name == self._default else "")]
            for item in row:
                item.setEditable(False)
            self.model.appendRow(row)
            if ref.name == current:
                self.key_list.setCurrentIndex(self.model.index(self.model.rowCount() - 1, NAME))
        self._update_buttons()

    def _update_buttons(self) -> None:
        name = self.selected_name()
        can_write = self._vault is not None
        self.generate_button.setEnabled(can_write)
        self.import_button.setEnabled(can_write)
        self.export_button.setEnabled(can_write and name is not None
                                      and name not in {r.name for r in self._removed})
        self.delete_button.setEnabled(can_write and name is not None)
        self.default_button.setEnabled(name is not None)
        self.default_button.setText(self.tr("No De&fault for Uploads")
                                    if name is not None and name == self._default
                                    else self.tr("Use &for Uploads"))

    # -- reading -------------------------------------------------------------------------------
    def keys(self) -> tuple[CustomerKeyRef, ...]:
        return self._keys

    def default(self) -> str | None:
        return self._default

    def selected_name(self) -> str | None:
        index = self.key_list.currentIndex()
        return self.model.item(index.row(), NAME).text() if index.isValid() else None

    @property
    def busy(self) -> bool:
        """A keyring call is still running; the account must not be saved before it ends."""
        return bool(self._pending)

    def set_plain_http(self, plain: bool) -> None:
        """Say that keys are never sent to this endpoint (the core refuses it, so does RGW)."""
        self.http_label.setVisible(plain)

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)

    def _taken(self) -> tuple[CustomerKeyRef, ...]:
        """Names a new key cannot have: current ones, ones still being stored, and ones
        deleted here (their entry leaves the keyring only on Save)."""
        known = {r.name for r in self._keys}
        storing = tuple(CustomerKeyRef(n, "") for n in self._added if n not in known)
        return (*self._keys, *storing, *self._removed)

    def _set_keys(self, keys: tuple[CustomerKeyRef, ...], default: str | None,
                  select: str | None = None) -> None:
        self._keys, self._default = keys, default
        self._refill(select)
        self.keys_changed.emit()

    # -- generate and import -------------------------------------------------------------------
    def _suggested_name(self) -> str:
        n = len(self._keys) + 1
        while name_problem(self.tr("Key {n}").format(n=n), self._taken()) is not None:
            n += 1
        return self.tr("Key {n}").format(n=n)

    def _on_generate_clicked(self) -> None:
        boxes.ask_text(self, self.tr("Generate Customer Key"), self.tr("Name of the new key:"),
                       self._suggested_name(), self._generate_named)

    def _generate_named(self, name: str) -> None:
        problem = name_problem(name, self._taken())
        if problem:
            self.show_status(problem)
            return
        self._keep(name, generate(), self.tr("Generated"))

    def _on_import_clicked(self) -> None:
        dialog = ImportKeyDialog(self._taken(), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(functools.partial(self._on_import_accepted, dialog))
        dialog.open()
        self.import_dialog = dialog

    def _on_import_accepted(self, dialog: ImportKeyDialog) -> None:
        self.import_dialog = None
        self._keep(dialog.name(), dialog.key_text(), self.tr("Imported"))

    def _keep(self, name: str, text: str, verb: str) -> None:
        if self._vault is None:
            return
        # Counted as made here before the call: if the editor is cancelled while the store is
        # still queued, the delete queues behind it on the vault's one thread.
        self._added.add(name)
        task = self._vault.call(functools.partial(_store, self._account_id, name, text),
                                on_done=functools.partial(self._on_key_kept, verb),
                                on_failure=functools.partial(self._on_key_failed, name))
        self._pending.add(task)
        self.show_status(self.tr("Storing \u201c{name}\u201d in the keyring\u2026").format(
                name=name))
        self.keys_changed.emit()

    def _on_key_kept(self, verb: str, task_id: int, ref: CustomerKeyRef) -> None:
        self._pending.discard(task_id)
        self.show_status(self.tr("{verb} \u201c{name}\u201d. Export a copy and keep it safe: "
                                 "without the key, its files cannot be read.").format(verb=verb,
                                         name=ref.name))
        self._set_keys((*self._keys, ref), self._default, select=ref.name)

    def _on_key_failed(self, name: str, task_id: int, exc: BaseException) -> None:
        self._pending.discard(task_id)
        self._added.discard(name)
        log.warning("storing a customer key failed", exc_info=exc)
        # Never offered "for this session only" as the account's secret is: a key forgotten at
        # exit takes every file encrypted with it along.
        why = exc.reason if isinstance(exc, SecretStoreUnavailable) else describe(exc)
        self.show_status(self.tr("The key \u201c{name}\u201d was not stored: {why} Customer keys "
                                 "are kept only in the keyring.").format(name=name, why=why))
        self.keys_changed.emit()

    # -- export --------------------------------------------------------------------------------
    def _on_export_clicked(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        box, self.export_yes = boxes.export_key_question(self, name)
        box.finished.connect(functools.partial(self._on_export_answered, box, name))
        self.export_box = box
        box.open()

    def _on_export_answered(self, box: QMessageBox, name: str, _result: int) -> None:
        if box.clickedButton() is not self.export_yes or self._vault is None:
            return
        task = self._vault.call(functools.partial(_export, self._account_id, name),
                                on_done=functools.partial(self._on_exported, name),
                                on_failure=self._on_export_failed)
        self._pending.add(task)

    def _on_exported(self, name: str, task_id: int, text: str) -> None:
        self._pending.discard(task_id)
        QGuiApplication.clipboard().setText(text)
        self.show_status(self.tr("The key \u201c{name}\u201d is on the clipboard.").format(
                name=name))

    def _on_export_failed(self, task_id: int, exc: BaseException) -> None:
        self._pending.discard(task_id)
        log.warning("reading a customer key failed", exc_info=exc)
        self.show_status(self.tr("The key was not exported: {error}").format(error=describe(exc)))

    # -- delete and default --------------------------------------------------------------------
    def _on_delete_clicked(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        self.delete_box = boxes.confirm(
            self, self.tr("Delete Customer Key"), self.tr(
                                                          "Delete the key "
                                                          "\u201c{name}\u201d?").format(name=name),
            self.tr("Files encrypted with it can never be read again, unless you exported a copy "
                    "of the key. It leaves the keyring when you save the account."),
            ok_text=self.tr("&Delete Key"), on_yes=functools.partial(self._delete_named, name))

    def _delete_named(self, name: str) -> None:
        ref = next((r for r in self._keys if r.name == name), None)
        if ref is None:
            return
        if name not in self._added:
            self._removed.add(ref)
        keys = tuple(r for r in self._keys if r.name != name)
        self._set_keys(keys, None if self._default == name else self._default)
        if name in self._added and self._vault is not None:
            # Made in this editor and never saved: nothing can be encrypted with it yet.
            self._added.discard(name)
            self._vault.call(functools.partial(_delete, self._account_id, name),
                             on_failure=self._on_cleanup_failed)
        self.show_status(self.tr("Deleted \u201c{name}\u201d.").format(name=name))

    def _on_default_clicked(self) -> None:
        name = self.selected_name()
        if name is not None:
            self._set_keys(self._keys, None if name == self._default else name, select=name)

    # -- the editor's answer -------------------------------------------------------------------
    def commit(self) -> None:
        """The account was saved: the keys deleted here leave the keyring."""
        for ref in self._removed:
            self._forget(ref.name)
        self._removed.clear()
        self._added.clear()

    def roll_back(self) -> None:
        """The editor was cancelled: the keys made here leave the keyring."""
        for name in self._added:
            self._forget(name)
        self._added.clear()
        self._removed.clear()

    def _forget(self, name: str) -> None:
        if self._vault is not None:
            self._vault.call(functools.partial(_delete, self._account_id, name),
                             on_failure=self._on_cleanup_failed)

    def _on_cleanup_failed(self, _task_id: int, exc: BaseException) -> None:
        log.warning("deleting a customer key from the keyring failed", exc_info=exc)
