"""Item models of the browser: the bucket tree and the object table (with its proxy)."""

from spacesgui.ui.models.entries import ENTRIES_MIME, Entry, Location

__all__ = ["ENTRIES_MIME", "Entry", "Location"]
