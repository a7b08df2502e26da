"""What a drop on the table or the tree asks for: uploads of local files or a server-side copy."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, Qt, QUrl

from spacesgui.ui.models.entries import ENTRIES_MIME, Location, decode_entries


@dataclass(frozen=True, slots=True)
class DropRequest:
    """Something was dropped: local files (upload) or entries of this app (copy or move).

    `target` is the folder it was dropped on: a folder row or tree node, or the current folder.
    """

    target: Location
    local_paths: tuple[str, ...]
    source: tuple[str, str, tuple[str, ...]] | None  # (account, bucket, keys) of a drag in-app
    move: bool


def can_drop(data: QMimeData) -> bool:
    return data.hasFormat(ENTRIES_MIME) or any(u.isLocalFile() for u in data.urls())


def drop_request(data: QMimeData, action: Qt.DropAction, target: Location) -> DropRequest | None:
    """The request for dropping `data` on `target`; None when it carries nothing usable."""
    source = None
    if data.hasFormat(ENTRIES_MIME):
        decoded = decode_entries(data.data(ENTRIES_MIME).data())
        if decoded is not None:
            source = (decoded[0], decoded[1], tuple(decoded[2]))
    paths = tuple(QUrl(u).toLocalFile() for u in data.urls() if u.isLocalFile())
    if source is None and not paths:
        return None
    return DropRequest(target, () if source else paths, source,
                       action == Qt.DropAction.MoveAction)
