"""The window's two item views: the object table and the bucket tree, with their drag and drop
handling, and the object table's look (shared with the screenshot tools)."""

# ruff: noqa: N802 - Qt overrides keep their camelCase names
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

from spacesgui.ui.models.drops import DropRequest
from spacesgui.ui.models.entries import ENTRIES_MIME, Location, decode_entries
from spacesgui.ui.models.object_table import Column, ObjectTableModel
from spacesgui.ui.window.dnd import DragOutFiles, DragOutMime, local_paths, mark_internal
from spacesgui.workers.transfers import TransferQueue

LocationAt = Callable[[QModelIndex], Location | None]


def setup_object_table(table: QTableView, model: QAbstractItemModel) -> None:
    """The object table's look and behaviour: the window's, and what the screenshot tools show."""
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(int(Column.NAME), Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(int(Column.NAME), QHeaderView.ResizeMode.Stretch)
    for column, width in ((Column.SIZE, 90), (Column.MODIFIED, 150), (Column.TYPE, 150),
                          (Column.STORAGE_CLASS, 110)):
        header.resizeSection(int(column), width)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class ObjectTableView(QTableView):
    """The object table: starts drags with lazy temp copies; drops go to the model.

    Args:
        queue: downloads the temp copies a drag out hands to another application.
        objects: the model under the table's proxies (entries and location of a drag).
    """

    def __init__(self, queue: TransferQueue, objects: ObjectTableModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queue, self._objects = queue, objects
        self.setObjectName("objectTable")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.current_drag: DragOutMime | None = None
        self.last_drop_modifiers = Qt.KeyboardModifier.NoModifier

    def drag_mime(self, indexes: list[QModelIndex]) -> DragOutMime | None:
        """The data a drag of `indexes` carries (the seam the tests use)."""
        model = self.model()
        source = model.mimeData(indexes) if model is not None else None
        location = self._objects.location
        if source is None or location is None or location.bucket is None:
            return None
        files = DragOutFiles(self._queue, location, self._objects.entries(indexes), self)
        mime = DragOutMime(files)
        for fmt in source.formats():
            mime.setData(fmt, source.data(fmt))
        return mime

    def startDrag(self, supported: Qt.DropAction) -> None:
        indexes = [i for i in self.selectedIndexes() if i.column() == 0]
        mime = self.drag_mime(indexes)
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        if indexes:
            icon = indexes[0].data(Qt.ItemDataRole.DecorationRole)
            if isinstance(icon, QIcon):
                drag.setPixmap(icon.pixmap(32, 32))
        files = mime.files
        # Over a foreign window: start downloading now, so the drop finds the files soon.
        drag.targetChanged.connect(lambda target: files.start() if target is None else None)
        self.current_drag = mime
        try:
            drag.exec(supported, Qt.DropAction.CopyAction)  # Qt's drag loop, not a dialog
        finally:
            self.current_drag = None
        if not files.started:
            files.deleteLater()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mark_internal(event)
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        mark_internal(event)
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mark_internal(event)
        self.last_drop_modifiers = event.modifiers()
        super().dropEvent(event)


class BucketTreeView(QTreeView):
    """The account/bucket/folder tree; drops on a bucket or folder become DropRequests.

    Args:
        location_at: the Location of a node of the tree's model.
    """

    drop_requested = Signal(object)

    def __init__(self, location_at: LocationAt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._location_at = location_at
        self.setObjectName("bucketTree")
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setHeaderHidden(True)
        self.last_drop_modifiers = Qt.KeyboardModifier.NoModifier

    def _target(self, pos: QPoint) -> Location | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        location = self._location_at(index)
        return location if location is not None and location.bucket is not None else None

    def _acceptable(self, event: QDragMoveEvent | QDropEvent) -> Location | None:
        mark_internal(event)
        mime = event.mimeData()
        if not (mime.hasFormat(ENTRIES_MIME) or local_paths(mime)):
            return None
        return self._target(event.position().toPoint())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mark_internal(event)
        mime = event.mimeData()
        if mime.hasFormat(ENTRIES_MIME) or local_paths(mime):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        target = self._acceptable(event)
        if target is None:
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        self.setCurrentIndexForDrop(index)
        event.acceptProposedAction()

    def setCurrentIndexForDrop(self, index: QModelIndex) -> None:  # Qt-like name
        # Highlight the would-be target without navigating there (selection, not current).
        selection = self.selectionModel()
        if index.isValid():
            selection.select(index, selection.SelectionFlag.ClearAndSelect
                             | selection.SelectionFlag.Rows)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._restore_selection()
        super().dragLeaveEvent(event)

    def _restore_selection(self) -> None:
        selection = self.selectionModel()
        selection.select(self.currentIndex(), selection.SelectionFlag.ClearAndSelect
                         | selection.SelectionFlag.Rows)

    def dropEvent(self, event: QDropEvent) -> None:
        target = self._acceptable(event)
        self._restore_selection()
        if target is None:
            event.ignore()
            return
        self.last_drop_modifiers = event.modifiers()
        mime = event.mimeData()
        source = None
        if mime.hasFormat(ENTRIES_MIME):
            decoded = decode_entries(mime.data(ENTRIES_MIME).data())
            if decoded is not None:
                source = (decoded[0], decoded[1], tuple(decoded[2]))
        paths = () if source else local_paths(mime)
        if source is None and not paths:
            event.ignore()
            return
        move = event.dropAction() == Qt.DropAction.MoveAction
        self.drop_requested.emit(DropRequest(target, paths, source, move))
        event.acceptProposedAction()
