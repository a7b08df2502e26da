"""The account editor's Uploads tab: the default ACL and the headers set by file pattern.

The rules are checked by `UploadRule.problems()` (Qt-free) through the editor's
`Account.problems()`, so a bad header name keeps Save disabled with the reason shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3.transfer.upload_rules import HEADER_NAMES, UploadRule
from spacesgui.ui.translations import N_

_COLUMNS = (N_("UploadRulesPanel", "File pattern"), N_("UploadRulesPanel", "Header"),
            N_("UploadRulesPanel", "Value"))
_EXAMPLE = UploadRule("*.html", "Cache-Control", "no-cache")


class UploadRulesPanel(QWidget):
    """The default ACL box (given by the editor, which owns its objectName) over a table of
    pattern, header and value, with Add and Remove."""

    edited = Signal()

    def __init__(self, acl_box: QComboBox, rules: tuple[UploadRule, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uploadRulesPanel")
        self.acl_box = acl_box
        # A tree without branches: a table whose corner button could not take focus.
        self.table = QTreeWidget()
        self.table.setObjectName("uploadRulesTable")
        self.table.setColumnCount(len(_COLUMNS))
        self.table.setHeaderLabels([self.tr(c) for c in _COLUMNS])
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Upload rules"))
        self.table.setColumnWidth(0, 120)
        self.table.setColumnWidth(1, 170)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed
                                   | triggers.AnyKeyPressed | triggers.SelectedClicked)
        self.add_button = QPushButton(self.tr("Add Rule"))
        self.add_button.setObjectName("addUploadRuleButton")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeUploadRuleButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Files whose name matches a pattern (such as *.html, or a path "
                              "such as assets/*.js) are uploaded with that header. Headers: "
                              "{headers}, or x-amz-meta-<name>. A later rule for the same "
                              "header wins.").format(headers=", ".join(HEADER_NAMES[:-1])))
        hint.setWordWrap(True)
        hint.setEnabled(False)  # greyed: a hint, not a field

        form = QFormLayout()
        form.addRow(self.tr("Ne&w uploads are:"), acl_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Headers by file pattern:")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)

        for rule in rules:
            self._append(rule)
        self._on_selection_changed()
        self.table.itemChanged.connect(lambda _item, _column: self.edited.emit())
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button.clicked.connect(self.remove_selected)

    def rules(self) -> tuple[UploadRule, ...]:
        out = []
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            if item is not None:
                out.append(UploadRule(*(item.text(c).strip() for c in range(len(_COLUMNS)))))
        return tuple(out)

    def add_rule(self) -> None:
        """A new row, prefilled with an example to overwrite, its pattern being edited."""
        item = self._append(_EXAMPLE)
        self.table.setCurrentItem(item, 0)
        if self.table.isVisible():   # an editor cannot open on a hidden view
            self.table.editItem(item, 0)
        self.edited.emit()

    def remove_selected(self) -> None:
        items = self.table.selectedItems()
        for item in items:
            self.table.takeTopLevelItem(self.table.indexOfTopLevelItem(item))
        if items:
            self.edited.emit()

    def _append(self, rule: UploadRule) -> QTreeWidgetItem:
        item = QTreeWidgetItem([rule.pattern, rule.header, rule.value])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.table.blockSignals(True)
        self.table.addTopLevelItem(item)
        self.table.blockSignals(False)
        return item

    def _on_selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedItems()))
