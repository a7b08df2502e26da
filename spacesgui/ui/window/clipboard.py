"""Cut, copy and paste of objects: server-side copies and moves through the transfer queue.

The entries also go on the system clipboard (ENTRIES_MIME plus s3:// text), so a second window
could paste them and a text editor gets addresses. Paste also takes files copied in the OS file
manager (file URLs) and uploads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from PySide6.QtCore import QMimeData, QObject, QUrl, Signal
from PySide6.QtGui import QGuiApplication

from spacesgui.ui.models.entries import ENTRIES_MIME, Location, decode_entries, encode_entries


@dataclass(frozen=True, slots=True)
class ClipboardEntries:
    account_id: str
    bucket: str
    keys: tuple[str, ...]
    cut: bool


def release_clipboard() -> None:
    """Before the application object goes, swap our entries on the system clipboard for their
    plain s3:// text. Left there, the QMimeData made in Python outlives the interpreter and
    PySide6 crashes deleting it at exit; the text stays pasteable elsewhere."""
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData() if clipboard is not None else None
    if clipboard is None or mime is None or not mime.hasFormat(ENTRIES_MIME):
        return
    text = mime.text()
    clipboard.clear()
    if text:
        clipboard.setText(text)


class EntryClipboard(QObject):
    """What Cut or Copy put aside, until Paste uses it (a cut is pasted once)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held: ClipboardEntries | None = None
        self._can_paste = False
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            # Reading a foreign clipboard is a round trip to its owner: only when it changes.
            clipboard.dataChanged.connect(self._on_system_changed)

    def _on_system_changed(self) -> None:
        self._can_paste = self.held() is not None or bool(self.local_files())
        self.changed.emit()

    def put(self, location: Location, keys: list[str], *, cut: bool) -> None:
        if location.bucket is None or not keys:
            return
        self._held = ClipboardEntries(location.account_id, location.bucket, tuple(keys), cut)
        mime = QMimeData()
        mime.setData(ENTRIES_MIME, encode_entries(location.account_id, location.bucket, keys))
        mime.setText("\n".join(f"s3://{location.bucket}/{quote(k, safe='/')}" for k in keys))
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setMimeData(mime)
        self.changed.emit()

    def held(self) -> ClipboardEntries | None:
        """Our entries, if the system clipboard still holds them (or holds any of ours)."""
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData() if clipboard is not None else None
        if mime is not None and mime.hasFormat(ENTRIES_MIME):
            decoded = decode_entries(mime.data(ENTRIES_MIME).data())
            if decoded is not None:
                cut = bool(self._held and self._held.cut and self._held.keys == tuple(decoded[2]))
                return ClipboardEntries(decoded[0], decoded[1], tuple(decoded[2]), cut)
        return self._held

    def local_files(self) -> list[str]:
        """Files copied in the OS file manager, for Paste = upload."""
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData() if clipboard is not None else None
        if mime is None or mime.hasFormat(ENTRIES_MIME):
            return []
        return [QUrl(u).toLocalFile() for u in mime.urls() if u.isLocalFile()]

    def can_paste(self) -> bool:
        return self._can_paste or self._held is not None

    def used(self) -> None:
        """A cut was pasted: it cannot be pasted again (the sources are gone)."""
        if self._held is not None and self._held.cut:
            self._held = None
            clipboard = QGuiApplication.clipboard()
            if clipboard is not None:
                clipboard.clear()
            self.changed.emit()
