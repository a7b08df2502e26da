# ruff: noqa: N802 - Qt overrides keep their camelCase names
"""The lifecycle rules as a table: one row per rule draft, edited by the page's rule editor.

The rows are the Qt-free `RuleDraft`s; the model only shows them and says which rows have
problems. Every change goes through a method here, so the view keeps its selection and
scroll position (rows are inserted, removed and moved, not reset).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from spacesgui.s3.settings.base import insert_row, move_row, remove_row
from spacesgui.s3.settings.lifecycle import RuleDraft, draft_actions
from spacesgui.ui.translations import N_, shown

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("ID", N_("LifecycleRulesModel", "Prefix"), N_("LifecycleRulesModel", "Status"),
           N_("LifecycleRulesModel", "What it does"))
ID, PREFIX, STATUS, ACTIONS = range(len(COLUMNS))


class LifecycleRulesModel(QAbstractTableModel):
    """Rule drafts in the order they will be sent."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RuleDraft, ...] = ()
        self._problems: dict[int, tuple[str, ...]] = {}

    @property
    def rows(self) -> tuple[RuleDraft, ...]:
        return self._rows

    # -- changes -------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[RuleDraft]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._problems = {}
        self.endResetModel()

    def replace(self, row: int, draft: RuleDraft) -> None:
        if self._rows[row] == draft:
            return
        self._rows = (*self._rows[:row], draft, *self._rows[row + 1:])
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def insert(self, row: int, draft: RuleDraft) -> None:
        self.beginInsertRows(_ROOT, row, row)
        self._rows = insert_row(self._rows, row, draft)
        self._problems = {}
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(_ROOT, row, row)
        self._rows = remove_row(self._rows, row)
        self._problems = {}
        self.endRemoveRows()

    def move(self, row: int, offset: int) -> int:
        """Move a row up (-1) or down (+1); returns where it now is."""
        target = min(max(row + offset, 0), len(self._rows) - 1)
        if target == row:
            return row
        # beginMoveRows names the row *before which* the moved row lands, counted before the move.
        destination = target + 1 if target > row else target
        self.beginMoveRows(_ROOT, row, row, _ROOT, destination)
        self._rows = move_row(self._rows, row, offset)
        self._problems = {}
        self.endMoveRows()
        return target

    def set_problems(self, problems: Mapping[int, Sequence[str]]) -> None:
        """Mark the rows that have problems (an icon and the sentences as the tooltip)."""
        new = {row: tuple(texts) for row, texts in problems.items()
               if 0 <= row < len(self._rows) and texts}
        if new == self._problems:
            return
        changed = set(new) ^ set(self._problems) | {
            row for row in new if self._problems.get(row) != new[row]}
        self._problems = new
        for row in sorted(changed):
            self.dataChanged.emit(self.index(row, ID), self.index(row, ID))

    def problem_rows(self) -> list[int]:
        return sorted(self._problems)

    # -- the model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    # Qt's data() returns any QVariant, so the annotation must be object.
    def data(self, index: Index,  # noqa: PLR0911 - one answer per role
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        draft, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(draft, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self._problems.get(index.row())
            if problems and column == ID:
                return "\n".join(problems)
            return self._text(draft, column) or None
        if role == Qt.ItemDataRole.DecorationRole and column == ID \
                and index.row() in self._problems:
            return QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == ID \
                and index.row() in self._problems:
            return self.tr("has problems: ") + " ".join(self._problems[index.row()])
        return None

    @staticmethod
    def _text(draft: RuleDraft, column: int) -> str:
        if column == ID:
            return draft.id or QCoreApplication.translate("LifecycleRulesModel", "(no ID)")
        if column == PREFIX:
            return draft.prefix or QCoreApplication.translate("LifecycleRulesModel",
                    "(whole bucket)")
        if column == STATUS:
            return (QCoreApplication.translate("LifecycleRulesModel", "Enabled") if draft.enabled
                    else QCoreApplication.translate("LifecycleRulesModel", "Disabled"))
        return shown(draft_actions(draft))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
