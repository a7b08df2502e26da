"""Where the window is: the table's location, the path bar and the tree kept in step, the
back/forward history, and the table's place kept across a refresh.

A refresh lists the folder again from its first page, which would leave the user at the top
with nothing selected. Before it, the top visible key, the current key and the selection are
noted; as pages arrive they are put back, fetching a few more pages if the top key lies further
down. A folder of a million keys is not re-listed to the user's old place: after
`MAX_EXTRA_PAGES` the view shows what has arrived.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QTreeView

from spacesgui.config import Account
from spacesgui.ui.models.account_badges import AccountBadgeProxy
from spacesgui.ui.models.bucket_tree import BucketTreeModel
from spacesgui.ui.models.entries import Entry, Location
from spacesgui.ui.models.object_filter import ObjectFilterProxy
from spacesgui.ui.models.object_table import ObjectTableModel
from spacesgui.ui.path_bar import PathBar

HISTORY_LIMIT = 200
MAX_EXTRA_PAGES = 10


class History:
    """Back/forward stacks of locations, as in a browser."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self._limit = limit
        self.back_stack: list[Location] = []
        self.forward_stack: list[Location] = []

    def visited(self, previous: Location | None, new: Location) -> None:
        if previous is not None and previous != new:
            self.back_stack.append(previous)
            del self.back_stack[:-self._limit]
            self.forward_stack.clear()

    def back(self, current: Location | None) -> Location | None:
        """Where Back goes from `current` (which Forward then returns to)."""
        if not self.back_stack:
            return None
        if current is not None:
            self.forward_stack.append(current)
        return self.back_stack.pop()

    def forward(self, current: Location | None) -> Location | None:
        if not self.forward_stack:
            return None
        if current is not None:
            self.back_stack.append(current)
        return self.forward_stack.pop()


@dataclass
class ViewPlace:
    """The table's place before a refresh, by key (rows move when the listing starts again)."""

    location: Location
    top: str | None
    current: str | None
    selected: list[str]
    extra_pages: int = field(default=0)


class TablePlace:
    """Notes and restores the object table's place (see the module docstring)."""

    def __init__(self, table: QTableView, model: ObjectTableModel,
                 proxy: ObjectFilterProxy) -> None:
        self._table, self._model, self._proxy = table, model, proxy

    def note(self) -> ViewPlace | None:
        """Where the table is now, or None when there is nothing worth keeping."""
        table, model, location = self._table, self._model, self._model.location
        if location is None or model.rowCount() == 0:
            return None
        top = self._key_of(table.indexAt(table.viewport().rect().topLeft()))
        current = self._key_of(table.currentIndex())
        selected = [k for k in (self._key_of(i) for i in table.selectionModel().selectedRows(0))
                    if k]
        if top is None and current is None and not selected:
            return None
        return ViewPlace(location, top, current, selected)

    def _key_of(self, proxy_index: QModelIndex) -> str | None:
        if not proxy_index.isValid():
            return None
        return str(self._model.row_at(self._proxy.mapToSource(proxy_index).row())[1])

    def restore(self, place: ViewPlace) -> bool:
        """Put the table back as noted once the listing allows; True when there is no more
        to do."""
        model = self._model
        if model.location != place.location:
            return True
        anchor = place.top or place.current
        if anchor and not model.index_for_key(anchor).isValid() and model.canFetchMore() \
                and place.extra_pages < MAX_EXTRA_PAGES:
            place.extra_pages += 1
            model.fetchMore()
            return False
        self._reselect(place)
        return True

    def _proxy_index(self, key: str | None) -> QModelIndex:
        return self._proxy.mapFromSource(self._model.index_for_key(key)) if key else \
            QModelIndex()

    def _reselect(self, place: ViewPlace) -> None:
        table = self._table
        selection = QItemSelection()
        for key in place.selected:
            index = self._proxy_index(key)
            if index.isValid():
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag
        current = self._proxy_index(place.current)
        if current.isValid():
            table.selectionModel().setCurrentIndex(current, flags.NoUpdate)
        if not selection.isEmpty():
            table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        top = self._proxy_index(place.top)
        if top.isValid():
            table.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)


class Navigation(QObject):
    """Shows a location in the table, the path bar and the tree; keeps history and place.

    Signals:
        location_shown(object): the Location now shown (after the table started listing it).
    """

    location_shown = Signal(object)

    def __init__(self, *, table: QTableView, table_model: ObjectTableModel,
                 proxy: ObjectFilterProxy, tree: QTreeView, tree_model: BucketTreeModel,
                 tree_proxy: AccountBadgeProxy, path_bar: PathBar, filter_box: QLineEdit,
                 account: Callable[[str], Account | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table, self._model, self._proxy = table, table_model, proxy
        self._tree, self._tree_model, self._tree_proxy = tree, tree_model, tree_proxy
        self._path_bar, self._filter_box, self._account = path_bar, filter_box, account
        self.history = History()
        self._place = TablePlace(table, table_model, proxy)
        self.kept_place: ViewPlace | None = None   # restored after a refresh
        self._select_after_load: str | None = None
        table_model.loading_changed.connect(self._on_loading_changed)
        tree.selectionModel().currentChanged.connect(self._on_tree_current)
        # A deeper tree node arriving may be where we are: show it (never navigates).
        tree_proxy.rowsInserted.connect(self._on_tree_rows_inserted)
        path_bar.location_requested.connect(self.on_path_requested)
        path_bar.object_requested.connect(self.select_when_listed)

    @property
    def location(self) -> Location | None:
        return self._model.location

    def navigate(self, location: Location, *, record: bool = True) -> None:
        """Show `location` in the table, the path bar and the tree."""
        account = self._account(location.account_id)
        if account is None or (location == self.location and self._model.rowCount()):
            return
        if record:
            self.history.visited(self.location, location)
        self._filter_box.clear()
        self._model.set_location(location)
        region = account.region if account.provider == "spaces" else None
        self._path_bar.set_location(location, account.name, region=region)
        self.sync_tree(location)
        self.location_shown.emit(location)

    def back(self) -> None:
        target = self.history.back(self.location)
        if target is not None:
            self.navigate(target, record=False)

    def forward(self) -> None:
        target = self.history.forward(self.location)
        if target is not None:
            self.navigate(target, record=False)

    def up(self) -> None:
        loc = self.location
        parent = loc.parent() if loc is not None else None
        if parent is not None:
            self.navigate(parent)

    def sync_tree(self, location: Location) -> None:
        """Make the tree's current node `location`, without navigating again."""
        tree = self._tree
        index = self._tree_proxy.index_for(location)
        if index.isValid() and not index.parent().isValid():
            tree.expand(index)  # an account shows its buckets, as in Cyberduck
        if index.isValid() and index != tree.currentIndex():
            tree.selectionModel().blockSignals(True)  # showing, not navigating
            tree.setCurrentIndex(index)
            tree.selectionModel().blockSignals(False)
            tree.viewport().update()
            tree.scrollTo(index)

    def refresh(self) -> None:
        """List the folder again, keeping the table's place and selection."""
        if self.location is not None:
            self.kept_place = self._place.note()
            self._model.refresh()
            self._tree_model.reload(self._tree_model.index_for(self.location))

    def select_when_listed(self, key: str) -> None:
        """Select `key` once the current listing has it (a pasted link to an object)."""
        self._select_after_load = key
        self._on_loading_changed(self._model.is_loading)

    def refresh_and_select(self, location: Location, key: str) -> None:
        if location == self.location:
            self._select_after_load = key
            self._model.refresh()

    def after_bucket_change(self, where: Location, name: str | None) -> None:
        """A bucket was created (`name`) or deleted (None) in `where`'s account."""
        self._tree_model.reload(self._tree_model.index_for(where))
        if self.location is not None and self.location.account_id == where.account_id:
            if self.location.bucket is not None and name is None:
                self.navigate(where)
            else:
                self.refresh_and_select(where, name or "")
        elif name:
            self.navigate(where)

    def on_path_requested(self, target: Location) -> None:
        self.navigate(target)

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        location = self._tree_proxy.location(current)
        if location is not None:
            self.navigate(location)

    def _on_tree_rows_inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        if self.location is not None:
            self.sync_tree(self.location)

    def _on_loading_changed(self, loading: bool) -> None:
        if not loading and self.kept_place is not None and self._place.restore(self.kept_place):
            self.kept_place = None
        key = self._select_after_load
        if loading or not key:
            return
        source = self._model.index_for_key(key)
        if not source.isValid():
            if self._model.canFetchMore():
                return  # the listing restarted, or the key is on a later page
            self._select_after_load = None
            return
        self._select_after_load = None
        index = self._proxy.mapFromSource(source)
        if index.isValid():
            self._table.setCurrentIndex(index)
            self._table.selectRow(index.row())
            self._table.scrollTo(index)


class Selection:
    """Where the user is and what is selected, read from the views (a `Place` for commands)."""

    def __init__(self, table: QTableView, table_model: ObjectTableModel, tree: QTreeView,
                 tree_proxy: AccountBadgeProxy) -> None:
        self._table, self._model = table, table_model
        self._tree, self._tree_proxy = tree, tree_proxy

    @property
    def location(self) -> Location | None:
        return self._model.location

    def selected_entries(self) -> list[Entry]:
        rows = self._table.selectionModel().selectedRows(0)
        rows.sort(key=lambda i: i.row())
        return self._model.entries(rows)

    def selected_bucket(self) -> str | None:
        """The one bucket a bucket command acts on: selected in a list, or the one open."""
        loc, entries = self.location, self.selected_entries()
        if loc is None:
            return None
        if loc.bucket is None:
            return entries[0].name if len(entries) == 1 else None
        return loc.bucket if not loc.prefix and not entries else None

    def current_account_id(self) -> str | None:
        if self.location is not None:
            return self.location.account_id
        return self._tree_proxy.account_id(self._tree.currentIndex())
