"""Drag and drop data for the window: OS files in, objects out, and entries between folders.

Drag out: Qt can hand out data lazily. `DragOutMime` lists text/uri-list among its formats but
builds the URLs only when a drop target asks (QMimeData.retrieveData). The downloads into a
temporary folder start as soon as the drag leaves our window (QDrag.targetChanged to None), go
through the TransferQueue (so the panel shows them), and retrieveData waits for them in a
local event loop, so the GUI keeps painting. That loop is part of Qt's drag protocol, not of a
dialog flow: the drop target asks for the data synchronously while QDrag.exec() runs, and the
files must be complete when it gets their URLs. Drops inside the app never ask for the URLs:
our views mark the data as internal first, and get the entries (ENTRIES_MIME) instead.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import (
    QDeadlineTimer,
    QEventLoop,
    QMetaType,
    QMimeData,
    QObject,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDragMoveEvent, QDropEvent

from spacesgui.ui.models.entries import ENTRIES_MIME, Entry, Location
from spacesgui.workers.transfers import TransferQueue

log = logging.getLogger(__name__)

URI_LIST = "text/uri-list"
DRAG_OUT_TIMEOUT_MS = 10 * 60 * 1000  # a drop target waits for our downloads at most this long
DRAG_PREFIX = "spacesgui-drag-"
# A drop target copies or moves the files after the drop, at a time nobody tells us, so the
# folders stay; the next start removes those old enough that no drop can still be reading them.
DRAG_FOLDER_MAX_AGE = 24 * 3600


def remove_old_drag_folders(max_age: float = DRAG_FOLDER_MAX_AGE,
                            parent: Path | None = None) -> int:
    """Delete drag-out folders older than `max_age` seconds; return how many (disk work: call
    it off the GUI thread)."""
    parent = parent or Path(tempfile.gettempdir())
    cutoff = time.time() - max_age
    removed = 0
    for folder in parent.glob(DRAG_PREFIX + "*"):
        try:
            if folder.is_dir() and not folder.is_symlink() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder)
                removed += 1
        except OSError:
            log.debug("could not remove %s", folder, exc_info=True)
    return removed


def _safe_name(name: str) -> str:
    """A file name that stays inside the temp folder whatever the object is called."""
    cleaned = name.replace("/", "_").replace("\\", "_").replace("\0", "_").strip()
    return cleaned if cleaned not in ("", ".", "..") else "unnamed"


class DragOutFiles(QObject):
    """Temp copies of some entries, downloaded through the queue on demand."""

    ready = Signal()

    def __init__(self, queue: TransferQueue, location: Location, entries: list[Entry],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue, self._location, self._entries = queue, location, entries
        self.directory = Path(tempfile.mkdtemp(prefix=DRAG_PREFIX))
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
        if not self.done:
            self._spin(timeout_ms)
        return self.done and not self.failures

    def _spin(self, timeout_ms: int) -> None:
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

    # object: QMimeData.retrieveData returns a QVariant (here a list of QUrl, or bytes).
    def retrieveData(self, mimetype: str,  # noqa: N802 - Qt override
                     preferred_type: QMetaType | QMetaType.Type) -> object:
        if mimetype != URI_LIST:
            return super().retrieveData(mimetype, preferred_type)
        if self.internal:
            return []  # our own views use the entries, never temp copies
        if not self.files.wait():
            log.warning("drag out: %d download(s) failed", len(self.files.failures))
        return [QUrl.fromLocalFile(str(p)) for p in self.files.paths if os.path.exists(p)]


def local_paths(mime: QMimeData) -> tuple[str, ...]:
    """Files dropped from the OS file manager (never our own entries or temp copies)."""
    if isinstance(mime, DragOutMime) or mime.hasFormat(ENTRIES_MIME):
        return ()
    return tuple(u.toLocalFile() for u in mime.urls() if u.isLocalFile())


def mark_internal(event: QDropEvent | QDragMoveEvent) -> None:
    """Tell DragOutMime it is being looked at by one of our views (an internal drop)."""
    mime = event.mimeData()
    if isinstance(mime, DragOutMime):
        mime.internal = True
