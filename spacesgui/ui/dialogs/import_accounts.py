"""Import accounts from s3cmd, rclone and the AWS CLI: a checklist the user picks from.

Reading the files happens on a pool thread (a home folder may be on a slow network share). The
secrets travel in the ImportCandidates straight to the vault; nothing here shows or logs them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spacesgui.config import Account
from spacesgui.importers import ImportCandidate, discover_with_report
from spacesgui.ui.dialogs.account_list import where
from spacesgui.ui.errors import describe
from spacesgui.ui.translations import N_
from spacesgui.workers.tasks import TaskRunner

_COLUMNS = (N_("ImportAccountsDialog", "Account"), N_("ImportAccountsDialog", "Found in"),
            N_("ImportAccountsDialog", "Server"), N_("ImportAccountsDialog", "Notes"))


def _same_key(a: Account, b: Account) -> bool:
    return a.access_key_id == b.access_key_id and (a.endpoint, a.region) == (b.endpoint, b.region)


class ImportAccountsDialog(QDialog):
    """Lists the accounts other tools know; `selected()` returns the ones ticked."""

    def __init__(self, runner: TaskRunner, existing: tuple[Account, ...] = (),
                 parent: QWidget | None = None, *, home: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import Accounts"))
        self._runner = runner
        self._existing = existing
        self._candidates: list[ImportCandidate] = []
        self.loaded = False

        intro = QLabel(self.tr("Accounts found in the settings of s3cmd, rclone and the AWS CLI. "
                               "Tick the ones to add; their secret keys go straight into the "
                               "system keyring."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("importList")
        self.tree.setAccessibleName(self.tr("Accounts found"))
        self.tree.setHeaderLabels([self.tr(c) for c in _COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in range(len(_COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.status_label = QLabel(self.tr("Looking for s3cmd, rclone and AWS CLI settings\u2026"))
        self.status_label.setObjectName("importStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import Selected"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(760, 380)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemChanged.connect(self._on_item_changed)
        self._task: int | None = runner.submit(lambda _t: discover_with_report(home),
                                               self._on_found, self._on_failed)

    def _on_found(self, task_id: int, result: tuple[list[ImportCandidate], list[str]]) -> None:
        if task_id != self._task:
            return
        self._task = None
        candidates, report = result
        self._candidates = list(candidates)
        self.tree.blockSignals(True)  # building rows is not the user ticking boxes
        for candidate in self._candidates:
            account = candidate.account
            notes = list(candidate.warnings)
            duplicate = any(_same_key(account, e) for e in self._existing)
            if duplicate:
                notes.insert(0, self.tr("Already added"))
            item = QTreeWidgetItem([account.name, candidate.source, where(account),
                                    "; ".join(notes)])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked if duplicate else Qt.CheckState.Checked)
            item.setToolTip(3, "\n".join(notes))
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        count = len(self._candidates)
        found = (self.tr("Found %n account(s).", "", count) if count else
                 self.tr("No s3cmd, rclone or AWS CLI accounts were found in your home folder."))
        self.status_label.setText("\n".join([found, *report]))
        self.loaded = True
        self._on_item_changed()

    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        if task_id == self._task:
            self._task = None
            self.loaded = True
            self.status_label.setText(self.tr("Could not look for accounts. {error}").format(
                error=describe(exc)))

    def _on_item_changed(self) -> None:
        self.import_button.setEnabled(bool(self.selected()))

    def selected(self) -> list[ImportCandidate]:
        items = [self.tree.topLevelItem(i) for i in range(len(self._candidates))]
        return [c for c, item in zip(self._candidates, items, strict=True)
                if item is not None and item.checkState(0) == Qt.CheckState.Checked]

    def done(self, result: int) -> None:
        if self._task is not None:
            self._runner.cancel(self._task)
            self._task = None
        super().done(result)
