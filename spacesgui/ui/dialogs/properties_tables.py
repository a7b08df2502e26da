"""An editable name/value table (custom metadata, tags) that remembers what the user touched.

With several objects selected a row's value may differ between them; it is shown as "(mixed)"
and left alone per object unless the user types a new value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3.transfer.properties import MIXED, Mixed, PairEdit, PairRow
from spacesgui.ui.translations import N_, shown

MIXED_TEXT = N_("PairTable", "(mixed)")  # translated where shown: mixed_text()
_ORIGINAL = Qt.ItemDataRole.UserRole       # on the name item: the loaded name, or None
_TOUCHED = Qt.ItemDataRole.UserRole + 1    # on the value item: the user typed a value
_MIXED = Qt.ItemDataRole.UserRole + 2      # on the value item: differs between objects
_ERROR_BRUSH = QBrush(QColor("#f9dedc"))


def mixed_text() -> str:
    """How a value that differs between the selected objects is shown."""
    return QCoreApplication.translate("PairTable", MIXED_TEXT)


class PairTable(QWidget):
    """Rows of name/value; `edits()` says what changed; `problems()` validates via `check`."""

    edited = Signal()

    def __init__(self, name: str, *, headers: tuple[str, str], add_text: str,
                 check: Callable[[list[tuple[str, str | None]]], list[str]],
                 max_rows: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._check = check
        self._max_rows = max_rows
        self._removed: set[str] = set()
        self._filling = False
        self._available = True  # False once reading failed: nothing may be edited
        self.changed = False
        self.table = QTableWidget(0, 2)
        self.table.setObjectName(f"{name}Table")
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 180)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setAccessibleName(self.tr("{name} and {value}").format(
            name=headers[0], value=headers[1]))
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(f"{name}AddButton")
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setObjectName(f"{name}RemoveButton")
        self.remove_button.setEnabled(False)
        self.note = QLabel()
        self.note.setObjectName(f"{name}Note")
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.note.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)

    def set_rows(self, rows: Sequence[PairRow]) -> None:
        self._filling = True
        self.table.setRowCount(0)
        for row in rows:
            self._append(row.name, row.value)
        self._filling = False
        self._removed.clear()
        self.changed = False
        self._refresh()

    def set_unavailable(self, text: str) -> None:
        """Reading failed (for example 403): show why and allow no edits."""
        self.set_note(text)
        self._available = False
        self.table.setEnabled(False)
        self.add_button.setEnabled(False)
        self.remove_button.setEnabled(False)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _append(self, name: str, value: str | Mixed | None, original: str | None = None) -> int:
        loading, self._filling = self._filling, True  # no itemChanged for half-built rows
        try:
            return self._append_row(name, value, original if not loading else name, loading)
        finally:
            self._filling = loading

    def _append_row(self, name: str, value: str | Mixed | None, original: str | None,
                    loading: bool) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(_ORIGINAL, original)
        mixed = value is MIXED
        value_item = QTableWidgetItem(mixed_text() if mixed else str(value or ""))
        value_item.setData(_MIXED, mixed)
        value_item.setData(_TOUCHED, not loading)
        if mixed:
            font = QFont(value_item.font())
            font.setItalic(True)
            value_item.setFont(font)
            value_item.setForeground(QBrush(QColor("#6b6b6b")))
            value_item.setToolTip(self.tr("The value differs between the selected files; type a "
                                          "value to set it on all of them."))
        self.table.setItem(row, 0, name_item)
        self.table.setItem(row, 1, value_item)
        return row

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:  # _append_row fills both cells of every row
            raise LookupError(f"row {row} has no item in column {column}")
        return item

    def _on_add_clicked(self) -> None:
        row = self._append("", "", None)
        self.changed = True
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self._item(row, 0))
        self._refresh()

    def _on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            original = self._item(row, 0).data(_ORIGINAL)
            if original is not None:
                self._removed.add(original)
            self.table.removeRow(row)
        self.changed = self.changed or bool(rows)
        self._refresh()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if item.column() == 1 and not item.data(_TOUCHED):
            self._filling = True  # restyling fires itemChanged again
            item.setData(_TOUCHED, True)
            item.setData(_MIXED, False)
            item.setFont(self.table.font())
            item.setForeground(self.table.palette().text())
            item.setToolTip("")
            self._filling = False
        self.changed = True
        self._refresh()

    def _on_selection_changed(self) -> None:
        self.remove_button.setEnabled(self._available and bool(self.table.selectedIndexes()))

    def rows(self) -> list[tuple[str, str | None]]:
        """(name, value) per row; value None for an untouched mixed row."""
        out: list[tuple[str, str | None]] = []
        for row in range(self.table.rowCount()):
            name = self._item(row, 0).text().strip()
            value_item = self._item(row, 1)
            mixed = bool(value_item.data(_MIXED)) and not value_item.data(_TOUCHED)
            out.append((name, None if mixed else value_item.text()))
        return out

    def edits(self) -> tuple[tuple[PairEdit, ...], frozenset[str]] | None:
        """None when the table was not touched; else every row and the removed names."""
        if not self.changed:
            return None
        edits = []
        for row, (name, value) in enumerate(self.rows()):
            original = self._item(row, 0).data(_ORIGINAL)
            touched = bool(self._item(row, 1).data(_TOUCHED))
            edits.append(PairEdit(original, name, value if touched or original is None
                                  else None))
        return tuple(edits), frozenset(self._removed)

    def problems(self) -> list[str]:
        if not self._available:
            return []
        rows = self.rows()
        found = [shown(problem) for problem in self._check(rows)]
        self._filling = True
        for row, (name, value) in enumerate(rows):
            bad = bool(self._check([(name, value)]))
            for column in (0, 1):
                item = self._item(row, column)
                item.setBackground(_ERROR_BRUSH if bad else QBrush())
        self._filling = False
        if self._max_rows is not None and len(rows) > self._max_rows:
            found.append(self.tr("At most {count} rows are allowed.").format(
                count=self._max_rows))
        return found

    def _refresh(self) -> None:
        if self._max_rows is not None:
            self.add_button.setEnabled(self._available
                                       and self.table.rowCount() < self._max_rows)
        self._on_selection_changed()
        self.edited.emit()
