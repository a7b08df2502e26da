# ruff: noqa: N802 - Qt overrides keep their camelCase names
"""The table of a bucket's incomplete multipart uploads: what the listing says, the parts
loaded later row by row, and whether this app's journal can resume each."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from spacesgui.s3.models.listing import MultipartUpload
from spacesgui.s3.transfer.incomplete import age
from spacesgui.s3.transfer.journal import JournalEntry
from spacesgui.ui.formatting import exact_size, full_time, human_size, human_time
from spacesgui.ui.translations import N_

HEADERS = (N_("IncompleteUploadsModel", "Key"), N_("IncompleteUploadsModel", "Started"),
           N_("IncompleteUploadsModel", "Age"), N_("IncompleteUploadsModel", "Parts"),
           N_("IncompleteUploadsModel", "Uploaded"), N_("IncompleteUploadsModel", "Resumable"))
KEY, STARTED, AGE, PARTS, UPLOADED, RESUMABLE = range(len(HEADERS))
_NUMBERS = (PARTS, UPLOADED)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def age_text(span: timedelta | None) -> str:
    """'3 days', '5 hours', '12 minutes': the largest whole unit."""
    if span is None:
        return ""
    seconds = max(0, int(span.total_seconds()))
    # One text per unit and number: lupdate marks plurals only in self.tr(), not here.
    units = ((86400, N_("incomplete_uploads", "1 day"), N_("incomplete_uploads", "{n} days")),
             (3600, N_("incomplete_uploads", "1 hour"), N_("incomplete_uploads", "{n} hours")),
             (60, N_("incomplete_uploads", "1 minute"), N_("incomplete_uploads", "{n} minutes")))
    for size, one, many in units:
        if seconds >= size:
            n = seconds // size
            return QCoreApplication.translate("incomplete_uploads", one if n == 1 else many
                                              ).format(n=n)
    return QCoreApplication.translate("incomplete_uploads", "under a minute")


@dataclass(slots=True)
class UploadRow:
    upload: MultipartUpload
    journal: JournalEntry | None = None
    parts: int | None = None        # None until ListParts answered
    size: int | None = None
    parts_error: str | None = None


class IncompleteUploadsModel(QAbstractTableModel):
    """One row per upload; `now` is the clock ages are counted from (tests pass their own)."""

    def __init__(self, now: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._rows: list[UploadRow] = []

    # -- changing --------------------------------------------------------------------------
    def set_uploads(self, uploads: Iterable[MultipartUpload],
                    journal: dict[str, JournalEntry]) -> None:
        """Replace the rows; parts already loaded for an upload still listed are kept."""
        known = {r.upload.upload_id: r for r in self._rows}
        rows = []
        for upload in uploads:
            old = known.get(upload.upload_id)
            rows.append(UploadRow(upload, journal.get(upload.upload_id),
                                  old.parts if old else None, old.size if old else None,
                                  old.parts_error if old else None))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_parts(self, upload_id: str, parts: int, size: int) -> None:
        self._update(upload_id, parts=parts, size=size, parts_error=None)

    def set_parts_error(self, upload_id: str, message: str) -> None:
        self._update(upload_id, parts_error=message)

    def _update(self, upload_id: str, **values: object) -> None:
        for row, item in enumerate(self._rows):
            if item.upload.upload_id == upload_id:
                for name, value in values.items():
                    setattr(item, name, value)
                self.dataChanged.emit(self.index(row, PARTS), self.index(row, UPLOADED))
                return

    # -- reading ---------------------------------------------------------------------------
    def row_at(self, row: int) -> UploadRow:
        return self._rows[row]

    def rows(self) -> Sequence[UploadRow]:
        return tuple(self._rows)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    # Qt's data() returns whatever the role needs: Any is its signature.
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, item: UploadRow, column: int) -> str:  # noqa: PLR0911 - per column
        upload = item.upload
        if column == KEY:
            return upload.key
        if column == STARTED:
            return human_time(upload.initiated, now=self._now())
        if column == AGE:
            return age_text(age(upload, self._now()))
        if column in _NUMBERS:
            if item.parts_error is not None:
                return "?"
            if item.parts is None:
                return "\u2026"
            return str(item.parts) if column == PARTS else human_size(item.size)
        return self.tr("Yes") if item.journal is not None else ""

    def _tip(self, item: UploadRow, column: int) -> str | None:
        if column == STARTED:
            return full_time(item.upload.initiated)
        if column in _NUMBERS and item.parts_error is not None:
            return item.parts_error
        if column == UPLOADED and item.size is not None:
            return exact_size(item.size)
        if column == RESUMABLE and item.journal is not None:
            return self.tr("Started by this app from {path}").format(path=item.journal.file.path)
        if column == KEY:
            return self.tr("{key}\nUpload ID: {upload_id}").format(key=item.upload.key,
                    upload_id=item.upload.upload_id)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return self.tr(HEADERS[section])
        return None
