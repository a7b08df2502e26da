"""A table of rules edited in place: text cells, tick cells, row moves and problem marks,
and the row buttons that go with it.

The rows are frozen values from the Qt-free layer; the model only maps cells to them through
`Column`s and swaps in the new row a cell edit gives. Problems (from the same layer) mark the
cell of the attribute at fault with a warning icon and carry their reason in the tooltip.
"""

# ruff: noqa: N802 - Qt overrides keep their camelCase names

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QTableView,
    QWidget,
)

from spacesgui.s3.settings.base import Problem, insert_row, move_row, remove_row
from spacesgui.ui.translations import shown

T = TypeVar("T")

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header, the problem field it shows, and how a cell reads and edits a row.

    A column with `checked` is a tick box; otherwise it is text, editable when `set_text` is
    given. `fields` are the Problem fields whose reasons mark this column's cells.
    """

    header: str
    fields: tuple[str, ...] = ()
    text: Callable[[T], str] | None = None
    set_text: Callable[[T, str], T] | None = None
    checked: Callable[[T], bool] | None = None
    set_checked: Callable[[T, bool], T] | None = None
    tip: str = ""


class RuleTableModel(QAbstractTableModel, Generic[T]):
    """Rows of `T` shown through `columns`; every change the user makes emits `rows_edited`."""

    rows_edited = Signal()

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: tuple[T, ...] = ()
        self._marks: dict[tuple[int, int], tuple[str, ...]] = {}
        self._row_marks: dict[int, tuple[str, ...]] = {}

    # -- rows ------------------------------------------------------------------------------

    def rows(self) -> tuple[T, ...]:
        return self._rows

    def set_rows(self, rows: Sequence[T]) -> None:
        """Replace every row (a fresh read); not an edit, so `rows_edited` is not emitted."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self._marks, self._row_marks = {}, {}
        self.endResetModel()

    def insert(self, index: int, row: T) -> None:
        self.beginInsertRows(QModelIndex(), index, index)
        self._rows = insert_row(self._rows, index, row)
        self.endInsertRows()
        self.rows_edited.emit()

    def remove(self, index: int) -> None:
        self.beginRemoveRows(QModelIndex(), index, index)
        self._rows = remove_row(self._rows, index)
        self.endRemoveRows()
        self.rows_edited.emit()

    def move(self, index: int, offset: int) -> int:
        """Move one row up (-1) or down (+1); returns where it now is."""
        target = min(max(index + offset, 0), len(self._rows) - 1)
        if target == index:
            return index
        # Qt counts the destination before the move: moving down one row means "before the
        # row after next".
        destination = target + 1 if target > index else target
        self.beginMoveRows(QModelIndex(), index, index, QModelIndex(), destination)
        self._rows = move_row(self._rows, index, offset)
        self.endMoveRows()
        self.rows_edited.emit()
        return target

    def replace_row(self, index: int, row: T) -> None:
        self._rows = (*self._rows[:index], row, *self._rows[index + 1:])
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(self._columns) - 1))
        self.rows_edited.emit()

    # -- problems --------------------------------------------------------------------------

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """Mark the cells (or whole rows, for a problem naming no column) these problems name."""
        marks: dict[tuple[int, int], list[str]] = {}
        row_marks: dict[int, list[str]] = {}
        for problem in problems:
            if problem.row is None or not 0 <= problem.row < len(self._rows):
                continue
            columns = [c for c, column in enumerate(self._columns)
                       if problem.field in column.fields]
            if not columns:
                row_marks.setdefault(problem.row, []).append(shown(problem.message))
            for column in columns:
                marks.setdefault((problem.row, column), []).append(shown(problem.message))
        new = {key: tuple(value) for key, value in marks.items()}
        new_rows = {key: tuple(value) for key, value in row_marks.items()}
        if new == self._marks and new_rows == self._row_marks:
            return
        self._marks, self._row_marks = new, new_rows
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)

    # -- the model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = self._columns[index.column()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column.checked is not None and column.set_checked is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column.set_text is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not self.checkIndex(index):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        marks = self._marks.get((index.row(), index.column()), ())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return column.text(row) if column.text is not None else None
        if role == Qt.ItemDataRole.CheckStateRole and column.checked is not None:
            return Qt.CheckState.Checked if column.checked(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            # A long list is cut short in its cell; the tooltip shows all of it.
            shown = column.text(row) if column.text is not None else ""
            return "\n".join(marks) if marks else (shown or column.tip or None)
        if role == Qt.ItemDataRole.DecorationRole and marks:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def setData(self, index: Index, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.checkIndex(index):
            return False
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.set_checked is not None:
            on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            self.replace_row(index.row(), column.set_checked(row, on))
            return True
        if role == Qt.ItemDataRole.EditRole and column.set_text is not None:
            new = column.set_text(row, "" if value is None else str(value))
            if new != row:
                self.replace_row(index.row(), new)
            return True
        return False

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal:
            return self._column_header(section, role)
        return self._row_header(section, role)

    def _column_header(self, section: int, role: int) -> object:
        if not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip or None
        return None

    def _row_header(self, section: int, role: int) -> object:
        """The rule's number; a problem of the whole rule adds a warning icon and its reason."""
        if not 0 <= section < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        marks = self._row_marks.get(section, ())
        if marks and role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(marks)
        if marks and role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None


class RuleButtons(QWidget):
    """Add, Duplicate, Remove, Move Up and Move Down for a rule table, acting on its current row.

    `make_row` gives the row Add appends; `duplicate` the rows after copying one (so a copied
    id can be renamed by the Qt-free layer).
    """

    def __init__(self, view: QTableView, model: RuleTableModel[T], *, make_row: Callable[[], T],
                 duplicate: Callable[[Sequence[T], int], Sequence[T]],
                 names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view, self._model = view, model
        self._make_row, self._duplicate = make_row, duplicate
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        labels = (self.tr("&Add"), self.tr("D&uplicate"), self.tr("Re&move"),
                  self.tr("Move U&p"), self.tr("Move Do&wn"))
        actions = (self.add, self.duplicate, self.remove, self.move_up, self.move_down)
        self.buttons: list[QPushButton] = []
        for label, name, action in zip(labels, names, actions, strict=True):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(action)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        view.selectionModel().currentRowChanged.connect(self.refresh)
        model.modelReset.connect(self.refresh)
        model.rowsInserted.connect(self.refresh)
        model.rowsRemoved.connect(self.refresh)
        model.rowsMoved.connect(self.refresh)
        self.refresh()

    def current(self) -> int | None:
        index = self._view.currentIndex()
        return index.row() if index.isValid() else None

    def select(self, row: int) -> None:
        column = max(self._view.currentIndex().column(), 0)
        self._view.setCurrentIndex(self._model.index(row, column))

    def add(self) -> None:
        row = len(self._model.rows())
        self._model.insert(row, self._make_row())
        self.select(row)

    def duplicate(self) -> None:
        row = self.current()
        if row is None:
            return
        copied = self._duplicate(self._model.rows(), row)
        self._model.insert(row + 1, copied[row + 1])
        self.select(row + 1)

    def remove(self) -> None:
        row = self.current()
        if row is None:
            return
        self._model.remove(row)
        if self._model.rows():
            self.select(min(row, len(self._model.rows()) - 1))

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(+1)

    def _move(self, offset: int) -> None:
        row = self.current()
        if row is not None:
            self.select(self._model.move(row, offset))

    def refresh(self) -> None:
        row, count = self.current(), len(self._model.rows())
        has = row is not None
        _add, duplicate, remove, up, down = self.buttons
        duplicate.setEnabled(has)
        remove.setEnabled(has)
        up.setEnabled(has and row is not None and row > 0)
        down.setEnabled(has and row is not None and row < count - 1)
