"""Drag and drop for the window: OS files in, objects out, and entries between folders.

Drag out: Qt can hand out data lazily. `DragOutMime` lists text/uri-list among its formats but
builds the URLs only when a drop target asks (QMimeData.retrieveData). The downloads into a
temporary folder start as soon as the drag leaves our window (QDrag.targetChanged to None), go
through the TransferQueue (so the panel shows them), and retrieveData waits for them in a
local event loop, so the GUI keeps painting. Drops inside the app never ask for the URLs: our
views mark the data as internal first, and get the entries (ENTRIES_MIME) instead.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDeadlineTimer,
    QEventLoop,
    QMimeData,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeView, QWidget

from spacesgui.ui.models.entries import ENTRIES_MIME, Entry, Location, decode_entries
from spacesgui.ui.models.object_table import DropRequest

log = logging.getLogger(__name__)

URI_LIST = "text/uri-list"
DRAG_OUT_TIMEOUT_MS = 10 * 60 * 1000  # a drop target waits for our downloads at most this long


def _safe_name(name: str) -> str:
    """A file name that stays inside the temp folder whatever the object is called."""
    cleaned = name.replace("/", "_").replace("\\", "_").replace("\0", "_").strip()
    return cleaned if cleaned not in ("", ".", "..") else "unnamed"


class DragOutFiles(QObject):
    """Temp copies of some entries, downloaded through the queue on demand."""

    ready = Signal()

    def __init__(self, queue: Any, location: Location, entries: list[Entry],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue, self._location, self._entries = queue, location, entries
        self.directory = Path(tempfile.mkdtemp(prefix="spacesgui-drag-"))
        self.paths = [self.directory / _safe_name(e.name) for e in entries]
        self._jobs: set[int] = set()
        self.failures: list[BaseException] = []
        self.started = False
        queue.job_finished.connect(self._on_job_finished)

    def start(self) -> None:
        """Enqueue the downloads (once); the files land in `directory`."""
        if self.started:
            return
        self.started = True
        loc, queue = self._location, self._queue
        assert loc.bucket is not None
        for entry, path in zip(self._entries, self.paths, strict=True):
            if entry.is_folder:
                job = queue.enqueue_prefix_download(loc.account_id, loc.bucket, entry.key,
                                                    str(path))
            else:
                job = queue.enqueue_download(loc.account_id, loc.bucket, entry.key, str(path),
                                             size=entry.size)
            self._jobs.add(job)
        if not self._jobs:
            self.ready.emit()

    @property
    def done(self) -> bool:
        return self.started and not self._jobs

    def _on_job_finished(self, job_id: int, result: object) -> None:
        if job_id not in self._jobs:
            return
        self._jobs.discard(job_id)
        if isinstance(result, BaseException):
            self.failures.append(result)
        if not self._jobs:
            self.ready.emit()

    def wait(self, timeout_ms: int = DRAG_OUT_TIMEOUT_MS) -> bool:
        """Start if needed and spin a local event loop until every download ended."""
        self.start()
        if self.done:
            return not self.failures
        loop = QEventLoop()
        self.ready.connect(loop.quit)
        deadline = QDeadlineTimer(timeout_ms)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(timeout_ms)
        while not self.done and not deadline.hasExpired():
            loop.exec()
        timer.stop()
        return self.done and not self.failures

    def cancel(self) -> None:
        for job in list(self._jobs):
            self._queue.cancel(job)


class DragOutMime(QMimeData):
    """Entries for drops inside the app; file URLs of temp copies for drops outside it."""

    def __init__(self, files: DragOutFiles) -> None:
        super().__init__()
        self.files = files
        self.internal = False  # set by our own views while they look at the data

    def formats(self) -> list[str]:
        formats = super().formats()
        return formats if URI_LIST in formats else [*formats, URI_LIST]

    def hasFormat(self, mimetype: str) -> bool:  # noqa: N802 - Qt override
        return mimetype in self.formats()

    def retrieveData(self, mimetype: str, preferred_type: Any) -> Any:  # noqa: N802
        if mimetype != URI_LIST:
            return super().retrieveData(mimetype, preferred_type)
        if self.internal:
            return []  # our own views use the entries, never temp copies
        if not self.files.wait():
            log.warning("drag out: %d download(s) failed", len(self.files.failures))
        return [QUrl.fromLocalFile(str(p)) for p in self.files.paths if os.path.exists(p)]


def _local_paths(mime: QMimeData) -> tuple[str, ...]:
    if isinstance(mime, DragOutMime) or mime.hasFormat(ENTRIES_MIME):
        return ()
    return tuple(u.toLocalFile() for u in mime.urls() if u.isLocalFile())


class _DropMarker:
    """Mixin: tells DragOutMime it is being looked at by one of our views (internal drop)."""

    last_drop_modifiers = Qt.KeyboardModifier.NoModifier

    @staticmethod
    def _mark(event: QDropEvent | QDragMoveEvent, internal: bool) -> None:
        mime = event.mimeData()
        if isinstance(mime, DragOutMime):
            mime.internal = internal


class ObjectTableView(_DropMarker, QTableView):
    """The object table: starts drags with lazy temp copies; drops go to the model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectTable")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.queue: Any = None
        self.current_drag: DragOutMime | None = None

    def drag_mime(self, indexes: list[QModelIndex]) -> DragOutMime | None:
        """The data a drag of `indexes` carries (the seam the tests use)."""
        model = self.model()
        source = model.mimeData(indexes) if model is not None else None
        table = _object_model(model)
        if source is None or table is None or self.queue is None:
            return None
        location = table.location
        if location is None or location.bucket is None:
            return None
        mime = DragOutMime(DragOutFiles(self.queue, location, table.entries(indexes), self))
        for fmt in source.formats():
            mime.setData(fmt, source.data(fmt))
        return mime

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802 - Qt override
        indexes = [i for i in self.selectedIndexes() if i.column() == 0]
        mime = self.drag_mime(indexes)
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        if indexes:
            icon = indexes[0].data(Qt.ItemDataRole.DecorationRole)
            if icon is not None and hasattr(icon, "pixmap"):
                drag.setPixmap(icon.pixmap(32, 32))
        files = mime.files
        # Over a foreign window: start downloading now, so the drop finds the files soon.
        drag.targetChanged.connect(lambda target: files.start() if target is None else None)
        self.current_drag = mime
        try:
            drag.exec(supported, Qt.DropAction.CopyAction)
        finally:
            self.current_drag = None
        if not files.started:
            files.deleteLater()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self._mark(event, True)
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self._mark(event, True)
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._mark(event, True)
        self.last_drop_modifiers = event.modifiers()
        super().dropEvent(event)


def _object_model(model: Any) -> Any:
    """The ObjectTableModel under any proxies (it has `entries` and `location`)."""
    while model is not None and not hasattr(model, "entries"):
        model = model.sourceModel() if hasattr(model, "sourceModel") else None
    return model


class BucketTreeView(_DropMarker, QTreeView):
    """The account/bucket/folder tree; drops on a bucket or folder become DropRequests."""

    drop_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bucketTree")
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setHeaderHidden(True)
        self.location_at: Any = None  # callable(index) -> Location | None, set by the window

    def _target(self, pos: QPoint) -> Location | None:
        index = self.indexAt(pos)
        if not index.isValid() or self.location_at is None:
            return None
        location = self.location_at(index)
        return location if location is not None and location.bucket is not None else None

    def _acceptable(self, event: QDragMoveEvent | QDropEvent) -> Location | None:
        self._mark(event, True)
        mime = event.mimeData()
        if not (mime.hasFormat(ENTRIES_MIME) or _local_paths(mime)):
            return None
        return self._target(event.position().toPoint())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self._mark(event, True)
        mime = event.mimeData()
        if mime.hasFormat(ENTRIES_MIME) or _local_paths(mime):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        target = self._acceptable(event)
        if target is None:
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        self.setCurrentIndexForDrop(index)
        event.acceptProposedAction()

    def setCurrentIndexForDrop(self, index: QModelIndex) -> None:  # noqa: N802 - Qt-like name
        # Highlight the would-be target without navigating there (selection, not current).
        selection = self.selectionModel()
        if selection is not None and index.isValid():
            selection.select(index, selection.SelectionFlag.ClearAndSelect
                             | selection.SelectionFlag.Rows)

    def dragLeaveEvent(self, event: Any) -> None:  # noqa: N802
        self._restore_selection()
        super().dragLeaveEvent(event)

    def _restore_selection(self) -> None:
        selection = self.selectionModel()
        if selection is not None:
            selection.select(self.currentIndex(), selection.SelectionFlag.ClearAndSelect
                             | selection.SelectionFlag.Rows)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
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
        paths = () if source else _local_paths(mime)
        if source is None and not paths:
            event.ignore()
            return
        move = event.dropAction() == Qt.DropAction.MoveAction
        self.drop_requested.emit(DropRequest(target, paths, source, move))
        event.acceptProposedAction()
