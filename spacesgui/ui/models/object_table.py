"""The object table: one S3 page per fetchMore, folders before objects, stale pages ignored.

Rows live in two lists, folders (common prefixes) and objects, each only ever appended to as
pages arrive; source row r is folder r while r < folder_count, else object r - folder_count.
Appending keeps each page a single contiguous insert, and lets ObjectFilterProxy address rows
by their (never shifting) position within their group. Listings show the latest version only,
and sizes and dates come from the listing itself: no HEAD request per object, ever.
"""

# ruff: noqa: N802 - Qt overrides keep their camelCase names
from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from spacesgui.clients import ClientRegistry
from spacesgui.config import Account
from spacesgui.s3.models.listing import ObjectPage
from spacesgui.ui import icons
from spacesgui.ui.formatting import exact_size, full_time, human_size, human_time, kind_label
from spacesgui.ui.models.drops import DropRequest, can_drop, drop_request
from spacesgui.ui.models.entries import (
    ENTRIES_MIME,
    Entry,
    Location,
    Row,
    bucket_row,
    encode_entries,
    entry_of,
    object_row,
    prefix_row,
)
from spacesgui.ui.translations import N_
from spacesgui.workers.tasks import TaskRunner, TaskToken

log = logging.getLogger(__name__)

_ROOT = QModelIndex()
EntryRole = Qt.ItemDataRole.UserRole + 1  # the row's Entry
SortRole = Qt.ItemDataRole.UserRole + 2  # what the column sorts by (see ObjectFilterProxy)
PAGE_SIZE = 1000
# A page's rows go in a slice at a time, each slice sized (from the time per row the last one
# took) to fit INSERT_SLICE_S, so a slow machine or a heavy view never holds the event loop
# for a whole page; a fast one still inserts a page at once.
INSERT_SLICE_S = 0.008
SIZE_GAP = "\u2003"  # an em space after right-aligned sizes


class Column(IntEnum):
    NAME = 0
    SIZE = 1
    MODIFIED = 2
    TYPE = 3
    STORAGE_CLASS = 4


HEADERS = (N_("ObjectTableModel", "Name"), N_("ObjectTableModel", "Size"),
           N_("ObjectTableModel", "Modified"), N_("ObjectTableModel", "Type"),
           N_("ObjectTableModel", "Storage class"))


# What a column sorts by: the name key alone, or a value with the name key breaking ties. All
# keys of one column have the same shape, so they compare like with like.
SortKey = tuple[object, ...]


def sort_key(row: Row, column: int) -> SortKey:
    """What `column` sorts by; ties fall back to the name key (natural, then exact name)."""
    name = row[7]
    if column == Column.NAME:
        return name
    if column == Column.SIZE:
        return (row[3] or 0, name)
    if column == Column.MODIFIED:
        modified = row[4]
        return (modified.timestamp() if modified else 0.0, name)
    if column == Column.TYPE:
        return (kind_label(row[0], is_folder=row[2]).casefold(), name)
    if column == Column.STORAGE_CLASS:
        return (row[6] or "", name)
    return name


def storage_class_label(value: str | None) -> str:
    """'STANDARD_IA' -> 'Standard IA'."""
    if not value:
        return ""
    words = value.split("_")
    return " ".join(w if len(w) <= 2 else w.capitalize() for w in words)


def page_rows(page: ObjectPage, base: str, *, flat: bool) -> tuple[list[Row], list[Row]]:
    """(folder rows, object rows) of one listing page under `base`.

    The folder's own zero-byte marker (`base` itself) is the folder, not a row in it; in a flat
    search other markers ("a/b/") are shown as the folders they stand for.
    """
    folders = [prefix_row(p, base) for p in page.prefixes]
    objects: list[Row] = []
    for obj in page.objects:
        if obj.key == base:
            continue
        if flat and obj.key.endswith("/"):
            folders.append(prefix_row(obj.key, base))
        else:
            objects.append(object_row(obj, base))
    return folders, objects


def _list_page(registry: ClientRegistry, account_id: str,
               where: tuple[str, str, str, str | None],
               cancel: TaskToken) -> tuple[str | None, tuple[list[Row], list[Row]]]:
    """Worker: one page, already turned into rows so the GUI thread only inserts them."""
    bucket, base, search, token = where
    page = registry.client_for(account_id).list_objects_page(
        bucket=bucket, prefix=base + search, delimiter="" if search else "/", token=token,
        max_keys=PAGE_SIZE, cancel=cancel)
    return page.next_token, page_rows(page, base, flat=bool(search))


def _list_buckets(registry: ClientRegistry, account_id: str, cancel: TaskToken) -> list[Row]:
    result = registry.client_for(account_id).list_buckets(cancel=cancel)
    return [bucket_row(b.name, b.creation_date) for b in result.buckets]


class ObjectTableModel(QAbstractTableModel):
    """The rows of one Location (or of a recursive search under it), loaded page by page.

    Signals:
        loading_changed(bool): a page request started (True) or ended (False).
        load_failed(object): a listing failed; the exception, for ErrorPresenter.transient.
        location_changed(object): set_location switched to this Location.
        drop_requested(object): a DropRequest the window turns into uploads or copies.
    """

    loading_changed = Signal(bool)
    load_failed = Signal(object)
    location_changed = Signal(object)
    drop_requested = Signal(object)

    def __init__(self, runner: TaskRunner, registry: ClientRegistry,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._registry = registry
        self._location: Location | None = None
        self._search = ""
        self._folders: list[Row] = []
        self._objects: list[Row] = []
        self._token: str | None = None
        self._has_more = False
        self._pending: int | None = None
        self._backlog: deque[tuple[bool, list[Row]]] = deque()   # (folders?, rows) to insert
        self._slice_rows = PAGE_SIZE
        self._drain_timer = QTimer(self, singleShot=True, interval=0)
        self._drain_timer.timeout.connect(self._drain)
        self._pinned: dict[str, tuple[str, ...]] = {}
        self.requests_made = 0  # page requests submitted since the last reset (tests, status)

    # -- what is shown ------------------------------------------------------------------------
    @property
    def location(self) -> Location | None:
        return self._location

    @property
    def search_text(self) -> str:
        """The typed text of the recursive search in progress; '' for the normal listing."""
        return self._search

    @property
    def is_loading(self) -> bool:
        return self._pending is not None or bool(self._backlog)

    @property
    def folder_count(self) -> int:
        return len(self._folders)

    @property
    def fully_loaded(self) -> bool:
        return (self._location is not None and not self._has_more and self._pending is None
                and not self._backlog)

    def set_accounts(self, accounts: Iterable[Account]) -> None:
        """Remember pinned buckets: such accounts' bucket lists never call ListBuckets."""
        self._pinned = {a.id: tuple(a.pinned_buckets) for a in accounts if a.pinned_buckets}

    def set_location(self, location: Location | None) -> None:
        """Show `location` from its first page; a page still loading for the old one is dropped."""
        self._location = location
        self._search = ""
        self._restart()
        self.location_changed.emit(location)

    def refresh(self) -> None:
        """Reload the current listing (or search) from the first page."""
        self._restart()

    def search_recursive(self, prefix_text: str) -> None:
        """List every key under `current prefix + prefix_text` flat (delimiter ""), paged.

        Rows then show paths relative to the current folder. '' returns to the normal listing.
        """
        if self._location is None or self._location.bucket is None:
            return
        self._search = prefix_text
        self._restart()

    def _restart(self) -> None:
        if self._pending is not None:
            self._runner.cancel(self._pending)
        self.beginResetModel()
        self._folders, self._objects = [], []
        self._backlog.clear()
        self._drain_timer.stop()
        self._token = None
        self._pending = None
        self._has_more = self._location is not None
        self.requests_made = 0
        self.endResetModel()
        self.loading_changed.emit(False)
        self.fetchMore(_ROOT)

    # -- paging -----------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return (not parent.isValid() and self._has_more and self._pending is None
                and not self._backlog)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if not self.canFetchMore(parent) or self._location is None:
            return
        loc = self._location
        registry, account = self._registry, loc.account_id
        if loc.bucket is None:
            pinned = self._pinned.get(account)
            if pinned is not None:  # bucket-scoped keys: no ListBuckets, which they may not call
                self._has_more = False
                self._append([], [bucket_row(b) for b in pinned])
                return
            self._pending = self._runner.submit(
                lambda c: _list_buckets(registry, account, c),
                self._on_buckets_loaded, self._on_page_failed)
        else:
            where = (loc.bucket, loc.prefix, self._search, self._token)
            self._pending = self._runner.submit(
                lambda c: _list_page(registry, account, where, c),
                self._on_page_loaded, self._on_page_failed)
        self.requests_made += 1
        self.loading_changed.emit(True)

    def _on_buckets_loaded(self, task_id: int, rows: list[Row]) -> None:
        if task_id != self._pending:
            return  # stale: the user moved on
        self._pending, self._has_more = None, False
        self._append([], rows)

    def _on_page_loaded(self, task_id: int,
                        result: tuple[str | None, tuple[list[Row], list[Row]]]) -> None:
        if task_id != self._pending:
            return  # stale: the user moved to another folder or search
        self._token, (folders, objects) = result
        self._pending, self._has_more = None, self._token is not None
        self._append(folders, objects)

    def _on_page_failed(self, task_id: int, exc: BaseException) -> None:
        if task_id != self._pending:
            return
        self._pending, self._has_more = None, False  # no retry loop; F5 tries again
        self.loading_changed.emit(False)
        self.load_failed.emit(exc)

    def _append(self, folders: list[Row], objects: list[Row]) -> None:
        """Insert a page's rows, as many now as fit a slice; the rest from the event loop.
        loading_changed(False) comes once every row is in."""
        if folders:
            self._backlog.append((True, folders))
        if objects:
            self._backlog.append((False, objects))
        self._drain()

    def _drain(self) -> None:
        began = time.perf_counter()
        while self._backlog:
            is_folders, rows = self._backlog[0]
            take = rows[:self._slice_rows]
            if len(take) == len(rows):
                self._backlog.popleft()
            else:
                self._backlog[0] = (is_folders, rows[len(take):])
            started = time.perf_counter()
            self._insert(is_folders, take)
            spent = time.perf_counter() - started
            per_row = spent / len(take)
            self._slice_rows = max(50, min(PAGE_SIZE, int(INSERT_SLICE_S / max(per_row, 1e-7))))
            if self._backlog and time.perf_counter() - began >= INSERT_SLICE_S:
                self._drain_timer.start()
                return
        if self._pending is None:
            self.loading_changed.emit(False)

    def _insert(self, is_folders: bool, rows: list[Row]) -> None:
        if is_folders:
            first = len(self._folders)
            self.beginInsertRows(_ROOT, first, first + len(rows) - 1)
            self._folders.extend(rows)
        else:
            first = len(self._folders) + len(self._objects)
            self.beginInsertRows(_ROOT, first, first + len(rows) - 1)
            self._objects.extend(rows)
        self.endInsertRows()

    # -- rows ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._folders) + len(self._objects)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def row_at(self, row: int) -> Row:
        folders = self._folders
        return folders[row] if row < len(folders) else self._objects[row - len(folders)]

    def row_entry(self, row: int) -> Entry:
        return entry_of(self.row_at(row))

    @property
    def folder_rows(self) -> list[Row]:
        """The folder rows in arrival order; only ever appended to (read-only for callers)."""
        return self._folders

    @property
    def object_rows(self) -> list[Row]:
        return self._objects

    def entry(self, index: QModelIndex | QPersistentModelIndex) -> Entry:
        """The Entry at `index`, which may belong to a proxy stacked on this model."""
        return self.row_entry(self._source_index(index).row())

    def entries(self, indexes: Sequence[QModelIndex | QPersistentModelIndex]) -> list[Entry]:
        """Entries of the given indexes, one per row, in the order given."""
        rows = dict.fromkeys(self._source_index(i).row() for i in indexes if i.isValid())
        return [self.row_entry(r) for r in rows if 0 <= r < self.rowCount()]

    def index_for_key(self, key: str) -> QModelIndex:
        for row in range(self.rowCount()):
            if self.row_at(row)[1] == key:
                return self.index(row, 0)
        return QModelIndex()

    def _source_index(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        idx = (index.model().index(index.row(), index.column(), index.parent())
               if isinstance(index, QPersistentModelIndex) else index)
        model: QAbstractItemModel | None = idx.model()
        while model is not None and model is not self and isinstance(model, QAbstractProxyModel):
            idx = model.mapToSource(idx)
            model = idx.model()
        return idx

    # Any: headerData and data return a QVariant (str, QIcon, alignment, Entry or None).
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section]) + (SIZE_GAP if section == Column.SIZE else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.SIZE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        return self.cell(self.row_at(index.row()), index.column(), role)

    # Any: what data() returns for a role, a QVariant (str, QIcon, alignment, Entry, sort key).
    def cell(self, row: Row, column: int, role: int) -> Any:  # noqa: PLR0911 - one per role
        """data() for one row; the proxy calls this directly to skip a mapping round-trip."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME:
            if self._location is not None and self._location.bucket is None:
                return icons.bucket_icon()
            return icons.folder_icon() if row[2] else icons.icon_for(entry_of(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SIZE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == EntryRole:
            return entry_of(row)
        if role == SortRole:
            return sort_key(row, column)
        return None

    def _display(self, row: Row, column: int) -> str:
        if column == Column.NAME:
            return row[0]
        if column == Column.SIZE:
            # Right-aligned sizes would touch the left-aligned dates next to them.
            return human_size(row[3]) + SIZE_GAP if row[3] is not None else ""
        if column == Column.MODIFIED:
            return human_time(row[4])
        if column == Column.TYPE:
            at_top = self._location is not None and self._location.bucket is None
            return self.tr("Bucket") if at_top else kind_label(row[0], is_folder=row[2])
        return storage_class_label(row[6])

    def _tooltip(self, row: Row, column: int) -> str | None:
        if column == Column.NAME:
            return row[1]
        if column == Column.SIZE:
            return exact_size(row[3]) or None
        if column == Column.MODIFIED:
            return full_time(row[4]) or None
        return None

    # -- drag and drop -------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        in_bucket = self._location is not None and self._location.bucket is not None
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if in_bucket else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if in_bucket:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if self.row_at(index.row())[2]:
                flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ENTRIES_MIME, "text/uri-list"]

    # Qt's mimeData may return nullptr ("nothing to drag"); the stub's QMimeData forgets it.
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        loc = self._location
        if loc is None or loc.bucket is None:
            return None
        keys = [e.key for e in self.entries(indexes)]
        if not keys:
            return None
        mime = QMimeData()
        mime.setData(ENTRIES_MIME, encode_entries(loc.account_id, loc.bucket, keys))
        # Text editors and terminals get s3:// addresses, one per line.
        mime.setText("\n".join(f"s3://{loc.bucket}/{quote(k, safe='/')}" for k in keys))
        return mime

    def _drop_target(self, parent: QModelIndex) -> Location | None:
        loc = self._location
        if loc is None or loc.bucket is None:
            return None
        if parent.isValid():
            entry = self.row_entry(parent.row())
            return loc.child(entry) if entry.is_folder else loc
        return loc

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        return self._drop_target(self._source_index(parent)) is not None and can_drop(data)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        target = self._drop_target(self._source_index(parent))
        request = drop_request(data, action, target) if target is not None else None
        if request is None:
            return False
        self.drop_requested.emit(request)
        return True


__all__ = ["Column", "DropRequest", "EntryRole", "ObjectTableModel",
           "SortRole"]
