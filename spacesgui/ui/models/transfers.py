"""TransferTableModel: one row per job of a TransferQueue, refreshed one row at a time."""
# ruff: noqa: N802 - Qt overrides keep their camelCase names

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from spacesgui.s3.errors import ServiceError
from spacesgui.states import ACTIVE_STATES, DOWNLOAD_KINDS, UPLOAD_KINDS, JobKind, JobState
from spacesgui.ui.errors import describe, details
from spacesgui.ui.formatting import human_size
from spacesgui.ui.translations import N_
from spacesgui.workers.transfer_jobs import RestoredFailure
from spacesgui.workers.transfer_store import TransferJob
from spacesgui.workers.transfers import TransferQueue

_ROOT = QModelIndex()
AnyIndex = QModelIndex | QPersistentModelIndex

JobRole = Qt.ItemDataRole.UserRole + 1          # the TransferJob snapshot
FractionRole = Qt.ItemDataRole.UserRole + 2     # 0..1, or -1 when the total is unknown

# Marked here, translated where shown (context "transfers").
COLUMNS = (N_("transfers", "Name"), N_("transfers", "Kind"), N_("transfers", "Progress"),
           N_("transfers", "Speed"), N_("transfers", "Time left"), N_("transfers", "State"))
NAME, KIND, PROGRESS, SPEED, ETA, STATE = range(len(COLUMNS))

KIND_LABELS: dict[JobKind, str] = {
    JobKind.UPLOAD: N_("transfers", "Upload"),
    JobKind.FOLDER_UPLOAD: N_("transfers", "Folder upload"),
    JobKind.DOWNLOAD: N_("transfers", "Download"),
    JobKind.PREFIX_DOWNLOAD: N_("transfers", "Folder download"),
    JobKind.COPY: N_("transfers", "Copy"), JobKind.MOVE: N_("transfers", "Move"),
    JobKind.DELETE: N_("transfers", "Delete"), JobKind.RENAME: N_("transfers", "Rename"),
    JobKind.ABORT_UPLOADS: N_("transfers", "Abort uploads"),
    JobKind.PROPERTIES: N_("transfers", "Properties")}
STATE_LABELS: dict[JobState, str] = {
    JobState.QUEUED: N_("transfers", "Queued"), JobState.RUNNING: N_("transfers", "Running"),
    JobState.PAUSED: N_("transfers", "Paused"),
    JobState.THROTTLED: N_("transfers", "Throttled (server busy)"),
    JobState.FAILED: N_("transfers", "Failed"), JobState.DONE: N_("transfers", "Done"),
    JobState.CANCELLED: N_("transfers", "Cancelled")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("transfers", text)
# Colours readable on light and dark palettes; None: the palette's own link colour.
_STATE_COLOURS: dict[JobState, str | None] = {
    JobState.QUEUED: None, JobState.RUNNING: None, JobState.FAILED: "#d0342c",
    JobState.THROTTLED: "#c77c02", JobState.PAUSED: "#7a7a7a", JobState.CANCELLED: "#7a7a7a",
    JobState.DONE: "#2e8540"}
_KIND_ICONS: dict[JobKind, QStyle.StandardPixmap] = {
    JobKind.UPLOAD: QStyle.StandardPixmap.SP_ArrowUp,
    JobKind.FOLDER_UPLOAD: QStyle.StandardPixmap.SP_ArrowUp,
    JobKind.DOWNLOAD: QStyle.StandardPixmap.SP_ArrowDown,
    JobKind.PREFIX_DOWNLOAD: QStyle.StandardPixmap.SP_ArrowDown,
    JobKind.COPY: QStyle.StandardPixmap.SP_FileDialogNewFolder,
    JobKind.MOVE: QStyle.StandardPixmap.SP_ArrowForward,
    JobKind.RENAME: QStyle.StandardPixmap.SP_FileDialogDetailedView,
    JobKind.DELETE: QStyle.StandardPixmap.SP_TrashIcon,
    JobKind.ABORT_UPLOADS: QStyle.StandardPixmap.SP_DialogDiscardButton,
    JobKind.PROPERTIES: QStyle.StandardPixmap.SP_FileDialogInfoView}


def human_duration(seconds: float | None) -> str:
    if seconds is None or not math.isfinite(seconds):
        return ""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return QCoreApplication.translate("transfers", "{minutes} min {seconds:02d} s").format(
            minutes=seconds // 60, seconds=seconds % 60)
    if seconds < 86_400:
        return QCoreApplication.translate("transfers", "{hours} h {minutes:02d} min").format(
            hours=seconds // 3600, minutes=seconds % 3600 // 60)
    return f"{seconds // 86_400} d {seconds % 86_400 // 3600} h"


def short_error(job: TransferJob) -> str:
    """The first sentence of the advice, for the row itself (the tooltip has the rest)."""
    if job.error is None:
        return QCoreApplication.translate("transfers", "Failed")
    text = describe(job.error)
    first = text.split("\n", 1)[0]
    return first.split(". ", 1)[0].rstrip(".")


def progress_text(job: TransferJob) -> str:
    """'45% · 12.3 MiB of 27.0 MiB'; items for deletes; the bytes alone when the total is not
    known yet; the reason for a failure; "Waiting" before the first byte."""
    if job.state == JobState.FAILED:
        return short_error(job)
    if job.state == JobState.QUEUED and not job.done_bytes:
        return QCoreApplication.translate("transfers", "Waiting")
    if job.unit == "items":
        done = f"{job.done_bytes:,}"
        if job.total_bytes is None:
            return QCoreApplication.translate("transfers", "{done} items").format(done=done)
        percent = _percent(job.done_bytes, job.total_bytes)
        return QCoreApplication.translate(
            "transfers", "{percent}% \xb7 {done} of {total_bytes:,} items").format(
                percent=percent, done=done, total_bytes=job.total_bytes)
    if job.total_bytes is None:
        return human_size(job.done_bytes) if job.done_bytes else ""
    percent = _percent(job.done_bytes, job.total_bytes)
    return (QCoreApplication.translate("transfers", "{percent}% \xb7 {done} of {total}").format(
        percent=percent, done=human_size(job.done_bytes), total=human_size(job.total_bytes)))


def _percent(done: int, total: int) -> int:
    if total <= 0:
        return 100 if done >= 0 else 0
    # Never show 100 % before the last byte: floor, not round.
    return max(0, min(100, done * 100 // total))


def fraction(job: TransferJob) -> float:
    if job.state == JobState.DONE:
        return 1.0
    if job.total_bytes is None:
        return -1.0
    if job.total_bytes <= 0:
        return 0.0
    return max(0.0, min(1.0, job.done_bytes / job.total_bytes))


def speed_text(job: TransferJob) -> str:
    if job.state not in ACTIVE_STATES or job.speed <= 0:
        return ""
    if job.unit == "items":
        return QCoreApplication.translate("transfers", "{speed:,.0f} items/s").format(
                speed=job.speed)
    return f"{human_size(round(job.speed))}/s"


def state_text(job: TransferJob) -> str:
    """The State column: the failure's code, or the pace while the server throttles."""
    code = job.error.code if isinstance(job.error, ServiceError) else None
    if job.state == JobState.FAILED and code:
        return QCoreApplication.translate("transfers", "Failed \xb7 {code}").format(code=code)
    if job.state == JobState.THROTTLED and job.pace is not None:
        return QCoreApplication.translate("transfers", "Throttled \xb7 {rate} requests/s").format(
            rate=f"{job.pace:,.0f}")
    return _tr(STATE_LABELS[job.state])


def state_tooltip(job: TransferJob) -> str:
    if job.error is None and job.state == JobState.THROTTLED and job.pace is not None:
        return QCoreApplication.translate(
            "transfers", "The server asked for fewer requests (SlowDown); the app now sends at "
            "most {rate} requests/s there and speeds up again as requests succeed.").format(
                rate=f"{job.pace:,.0f}")
    if job.error is None:
        return _tr(STATE_LABELS[job.state])
    if isinstance(job.error, RestoredFailure):
        return QCoreApplication.translate("transfers",
                                          "Failed before the last restart:\n{error}").format(
                                              error=describe(job.error))
    return f"{describe(job.error)}\n\n{details(job.error)}"


class TransferTableModel(QAbstractTableModel):
    """Follows the queue's signals; each update repaints exactly one row."""

    def __init__(self, queue: TransferQueue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue = queue
        self._ids: list[int] = []
        self._jobs: dict[int, TransferJob] = {}
        for job in queue.jobs():
            self._ids.append(job.id)
            self._jobs[job.id] = job
        queue.job_added.connect(self._on_job_added)
        queue.job_changed.connect(self._on_job_changed)
        queue.job_removed.connect(self._on_job_removed)

    # --- reading ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def job(self, index: AnyIndex) -> TransferJob | None:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        return self._jobs.get(self._ids[index.row()])

    def job_ids(self, indexes: list[QModelIndex]) -> list[int]:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return [self._ids[r] for r in rows if r < len(self._ids)]

    def row_of(self, job_id: int) -> int:
        try:
            return self._ids.index(job_id)
        except ValueError:
            return -1

    # Any: headerData and data return a QVariant (str, QIcon, QColor, int, float or None).
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return _tr(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        job = self.job(index)
        return None if job is None else self._answer(job, index.column(), role)

    def multiData(self, index: AnyIndex, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a delegate asks for, in one call. Qt's default asks `data` once per role
        (seven per cell), and each call from Qt into Python takes the interpreter lock anew:
        while transfer threads hold it, each take can wait milliseconds, and a repaint made of
        dozens of them stalls the window."""
        job = self.job(index)
        column = index.column()
        # A span iterates over its entries (PySide's stubs do not say so).
        entries = (span,) if isinstance(span, QModelRoleData) else cast(
            "Iterable[QModelRoleData]", span)
        for entry in entries:
            entry.setData(None if job is None else self._answer(job, column, entry.role()))

    def _answer(self, job: TransferJob, column: int,  # noqa: PLR0911 - one answer per role
                role: int) -> Any:
        if role == JobRole:
            return job
        if role == FractionRole:
            return fraction(job)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(job, column)
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            icon: QIcon = QApplication.style().standardIcon(_KIND_ICONS[job.kind])
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(job, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            colour = _STATE_COLOURS[job.state]
            if colour is None:
                return QApplication.palette().color(QPalette.ColorRole.Link)
            return QColor(colour)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SPEED, ETA):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, job: TransferJob, column: int) -> str:
        if column == NAME:
            return job.title
        if column == KIND:
            return _tr(KIND_LABELS[job.kind])
        if column == PROGRESS:
            return progress_text(job)
        if column == SPEED:
            return speed_text(job)
        if column == ETA:
            return human_duration(job.eta) if job.state in ACTIVE_STATES else ""
        return state_text(job)

    def _tooltip(self, job: TransferJob, column: int) -> str:
        if column == STATE:
            return state_tooltip(job)
        where = f"{job.bucket}/{job.key}"
        if job.kind in UPLOAD_KINDS:
            return f"{job.path}\n\u2192 {where}"
        if job.kind in DOWNLOAD_KINDS:
            return f"{where}\n\u2192 {job.path}"
        spec = job.spec
        if job.kind == JobKind.RENAME:
            return f"{where}\n\u2192 {spec.bucket}/{spec.dst_prefix}"
        if job.kind in (JobKind.COPY, JobKind.MOVE):
            target = f"{spec.dst_bucket or spec.bucket}/{spec.dst_prefix}"
            return "\n".join(spec.keys[:10]) + f"\n\u2192 {target}"
        return "\n".join(spec.keys[:10])

    # --- following the queue ------------------------------------------------------------------

    def _on_job_added(self, job_id: int) -> None:
        job = self._queue.job(job_id)
        if job is None or job_id in self._jobs:
            return
        row = len(self._ids)
        self.beginInsertRows(_ROOT, row, row)
        self._ids.append(job_id)
        self._jobs[job_id] = job
        self.endInsertRows()

    def _on_job_changed(self, job_id: int) -> None:
        row = self.row_of(job_id)
        job = self._queue.job(job_id)
        if row < 0 or job is None:
            return
        self._jobs[job_id] = job
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _on_job_removed(self, job_id: int) -> None:
        row = self.row_of(job_id)
        if row < 0:
            return
        self.beginRemoveRows(_ROOT, row, row)
        del self._ids[row]
        del self._jobs[job_id]
        self.endRemoveRows()
