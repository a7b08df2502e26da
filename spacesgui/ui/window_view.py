"""Keep the object table's place across a refresh (F5, or a finished job in this folder).

A refresh lists the folder again from its first page, which would leave the user at the top
with nothing selected. Before it, the top visible key, the current key and the selection are
noted; as pages arrive they are put back, fetching a few more pages if the top key lies further
down. A folder of a million keys is not re-listed to the user's old place: after
`MAX_EXTRA_PAGES` the view shows what has arrived.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView

MAX_EXTRA_PAGES = 10


@dataclass
class ViewPlace:
    location: Any
    top: str | None
    current: str | None
    selected: list[str]
    extra_pages: int = field(default=0)


def note_place(window: Any) -> ViewPlace | None:
    """Where the table is now, or None when there is nothing worth keeping."""
    table, model = window.table, window.table_model
    if window.location is None or model.rowCount() == 0:
        return None

    def key_of(proxy_index: QModelIndex) -> str | None:
        if not proxy_index.isValid():
            return None
        return str(model.row_at(window.proxy.mapToSource(proxy_index).row())[1])

    top = key_of(table.indexAt(table.viewport().rect().topLeft()))
    current = key_of(table.currentIndex())
    selected = [k for k in (key_of(i) for i in table.selectionModel().selectedRows(0)) if k]
    if top is None and current is None and not selected:
        return None
    return ViewPlace(window.location, top, current, selected)


def restore_place(window: Any, place: ViewPlace) -> bool:
    """Put the table back as noted once the listing allows; True when there is no more to do."""
    model = window.table_model
    if window.location != place.location:
        return True
    anchor = place.top or place.current
    if anchor and not model.index_for_key(anchor).isValid() and model.canFetchMore() \
            and place.extra_pages < MAX_EXTRA_PAGES:
        place.extra_pages += 1
        model.fetchMore()
        return False
    _reselect(window, place)
    return True


def _reselect(window: Any, place: ViewPlace) -> None:
    table, model, proxy = window.table, window.table_model, window.proxy

    def proxy_index(key: str | None) -> QModelIndex:
        return proxy.mapFromSource(model.index_for_key(key)) if key else QModelIndex()

    selection = QItemSelection()
    for key in place.selected:
        index = proxy_index(key)
        if index.isValid():
            selection.select(index, index)
    flags = QItemSelectionModel.SelectionFlag
    current = proxy_index(place.current)
    if current.isValid():
        table.selectionModel().setCurrentIndex(current, flags.NoUpdate)
    if not selection.isEmpty():
        table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
    top = proxy_index(place.top)
    if top.isValid():
        table.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
