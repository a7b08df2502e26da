"""The versions table: every version and delete marker of the keys in one folder, one
ListObjectVersions page per fetchMore.

The server lists versions and delete markers apart within a page; a page's rows are merged by
key, newest first, so each key reads top to bottom from its latest version to its oldest; the
subfolders come first, as in the folder's own listing, to go down into. Pages
continue with both the key and the version-id marker, so a key whose versions span pages goes on
where the last page stopped. Rows are only ever appended: a folder of 100,000 versions shows
its first page as soon as a plain folder would.
"""

# ruff: noqa: N802 - Qt overrides keep their camelCase names
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.listing import VersionPage
from spacesgui.ui import icons
from spacesgui.ui.formatting import exact_size, full_time, human_size, human_time
from spacesgui.ui.models.entries import Location
from spacesgui.ui.translations import N_
from spacesgui.workers.tasks import TaskRunner, TaskToken

_ROOT = QModelIndex()
PAGE_SIZE = 1000
VersionRole = Qt.ItemDataRole.UserRole + 1  # the row's VersionRow


class Column(IntEnum):
    NAME = 0
    VERSION = 1
    MODIFIED = 2
    SIZE = 3
    LATEST = 4
    KIND = 5


HEADERS = (N_("VersionsModel", "Name"), N_("VersionsModel", "Version ID"),
           N_("VersionsModel", "Modified"), N_("VersionsModel", "Size"),
           N_("VersionsModel", "Latest"), N_("VersionsModel", "Kind"))


@dataclass(frozen=True, slots=True)
class VersionRow:
    """One version or delete marker, with the name shown relative to the folder."""

    key: str
    name: str
    version_id: str
    modified: datetime | None
    size: int | None  # None for a delete marker
    is_latest: bool
    is_delete_marker: bool
    is_folder: bool = False


Markers = tuple[str | None, str | None]  # (key marker, version-id marker)


def page_rows(page: VersionPage, base: str) -> tuple[list[VersionRow], list[VersionRow]]:
    """The (folder rows, version rows) of one page under `base`; versions by key, then latest
    first, then newest first."""
    folders = [VersionRow(p, p[len(base):].rstrip("/"), "", None, None, False, False, True)
               for p in page.prefixes]
    rows = [VersionRow(v.key, v.key[len(base):], v.version_id, v.last_modified, v.size,
                       v.is_latest, False) for v in page.versions]
    rows += [VersionRow(m.key, m.key[len(base):], m.version_id, m.last_modified, None,
                        m.is_latest, True) for m in page.delete_markers]
    # Stable sorts, least significant first.
    rows.sort(key=lambda r: r.modified.timestamp() if r.modified else 0.0, reverse=True)
    rows.sort(key=lambda r: not r.is_latest)
    rows.sort(key=lambda r: r.key)
    return folders, [r for r in rows if r.key != base]  # the folder's own marker is the folder


def list_version_page(client: S3Client, where: tuple[str, str], markers: Markers, *,
                      page_size: int, cancel: TaskToken,
                      ) -> tuple[Markers | None, tuple[list[VersionRow], list[VersionRow]]]:
    """Worker: one page of `where` (bucket, folder prefix) as rows, and the markers of the next
    page (None at the end)."""
    bucket, base = where
    key_marker, version_marker = markers
    page = client.list_object_versions(bucket=bucket, prefix=base, delimiter="/",
                                       max_keys=page_size, key_marker=key_marker,
                                       version_id_marker=version_marker, cancel=cancel)
    more = (page.next_key_marker, page.next_version_id_marker) if page.is_truncated else None
    return more, page_rows(page, base)


class VersionsModel(QAbstractTableModel):
    """The versions of the keys directly in one folder, loaded page by page.

    Args:
        runner: runs the page requests.
        client: the account's client for an account id (may raise AccountNotReady).
        page_size: keys per ListObjectVersions page.

    Signals:
        loading_changed(bool): a page request started (True) or ended (False).
        load_failed(object): a listing failed; the exception, for ErrorPresenter.transient.
    """

    loading_changed = Signal(bool)
    load_failed = Signal(object)

    def __init__(self, runner: TaskRunner, client: Callable[[str], S3Client], *,
                 page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner, self._client, self._page_size = runner, client, page_size
        self._location: Location | None = None
        self._folders: list[VersionRow] = []
        self._rows: list[VersionRow] = []
        self._markers: Markers = (None, None)
        self._has_more = False
        self._pending: int | None = None
        self.requests_made = 0

    @property
    def location(self) -> Location | None:
        return self._location

    @property
    def is_loading(self) -> bool:
        return self._pending is not None

    def set_location(self, location: Location | None) -> None:
        """Show the versions in `location` (a folder in a bucket) from the first page."""
        self._location = location if location is not None and location.bucket else None
        self.refresh()

    def refresh(self) -> None:
        if self._pending is not None:
            self._runner.cancel(self._pending)
        self.beginResetModel()
        self._folders, self._rows, self._markers, self._pending = [], [], (None, None), None
        self._has_more = self._location is not None
        self.requests_made = 0
        self.endResetModel()
        self.loading_changed.emit(False)
        self.fetchMore(_ROOT)

    # -- paging -----------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and self._has_more and self._pending is None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        loc = self._location
        if not self.canFetchMore(parent) or loc is None or loc.bucket is None:
            return
        client, account, bucket, base = self._client, loc.account_id, loc.bucket, loc.prefix
        markers, size = self._markers, self._page_size
        self._pending = self._runner.submit(
            lambda c: list_version_page(client(account), (bucket, base), markers,
                                        page_size=size, cancel=c),
            self._on_page_loaded, self._on_page_failed)
        self.requests_made += 1
        self.loading_changed.emit(True)

    def _on_page_loaded(self, task_id: int,
                        result: tuple[Markers | None, tuple[list[VersionRow], list[VersionRow]]],
                        ) -> None:
        if task_id != self._pending:
            return  # stale: the user moved to another folder
        more, (folders, rows) = result
        self._pending, self._has_more = None, more is not None
        if more is not None:
            self._markers = more
        if folders:
            first = len(self._folders)
            self.beginInsertRows(_ROOT, first, first + len(folders) - 1)
            self._folders.extend(folders)
            self.endInsertRows()
        if rows:
            first = len(self._folders) + len(self._rows)
            self.beginInsertRows(_ROOT, first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loading_changed.emit(False)

    def _on_page_failed(self, task_id: int, exc: BaseException) -> None:
        if task_id != self._pending:
            return
        self._pending, self._has_more = None, False  # no retry loop; F5 tries again
        self.loading_changed.emit(False)
        self.load_failed.emit(exc)

    # -- rows ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._folders) + len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def row_at(self, row: int) -> VersionRow:
        folders = self._folders
        return folders[row] if row < len(folders) else self._rows[row - len(folders)]

    @property
    def rows(self) -> list[VersionRow]:
        """The version rows in order, after the folders; only ever appended to (read-only)."""
        return self._rows

    @property
    def folder_count(self) -> int:
        return len(self._folders)

    # Any: headerData and data return a QVariant (str, QFont, alignment, VersionRow or None).
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,  # noqa: PLR0911 - per role
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = self.row_at(index.row()), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME and row.is_folder:
            return icons.folder_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and row.is_delete_marker:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SIZE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == VersionRole:
            return row
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _display(row: VersionRow, column: int) -> str:
    if column == Column.NAME:
        return row.name
    if column == Column.VERSION:
        return row.version_id
    if column == Column.MODIFIED:
        return human_time(row.modified)
    if column == Column.SIZE:
        return human_size(row.size) if row.size is not None else ""
    if column == Column.LATEST:
        return QCoreApplication.translate("versions", "Latest") if row.is_latest else ""
    return QCoreApplication.translate("versions", "Folder") if row.is_folder else (
        QCoreApplication.translate("versions", "Delete marker") if row.is_delete_marker
        else QCoreApplication.translate("versions", "Version"))


def _tooltip(row: VersionRow, column: int) -> str | None:
    if column == Column.NAME:
        return row.key
    if column == Column.SIZE:
        return exact_size(row.size) or None
    if column == Column.MODIFIED:
        return full_time(row.modified) or None
    if column == Column.VERSION:
        return row.version_id
    return None
