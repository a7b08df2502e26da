"""Window state in QSettings: geometry, dock layout, splitter, column widths, last location.

UI state only: accounts live in the config, secrets in the keyring. A location is
stored as plain strings and only reused if its account still exists.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from spacesgui.ui.models.entries import Location

log = logging.getLogger(__name__)

_VERSION = 1  # bump when the dock/toolbar layout changes incompatibly


class WindowState:
    """Reads and writes one window's state under the "mainWindow" group."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def save(self, window: QMainWindow, splitter: QSplitter, header: QHeaderView,
             location: Location | None) -> None:
        s = self._settings
        s.beginGroup("mainWindow")
        s.setValue("geometry", window.saveGeometry())
        s.setValue("state", window.saveState(_VERSION))
        s.setValue("splitter", splitter.saveState())
        s.setValue("columns", header.saveState())
        if location is not None:
            s.setValue("location", [location.account_id, location.bucket or "", location.prefix])
        s.endGroup()
        s.sync()

    def restore(self, window: QMainWindow, splitter: QSplitter, header: QHeaderView) -> bool:
        """Apply saved geometry and layout; False when nothing was saved yet."""
        s = self._settings
        s.beginGroup("mainWindow")
        try:
            geometry = s.value("geometry")
            if not isinstance(geometry, QByteArray) or geometry.isEmpty():
                return False
            window.restoreGeometry(geometry)
            for key, apply in (("state", lambda v: window.restoreState(v, _VERSION)),
                               ("splitter", splitter.restoreState),
                               ("columns", header.restoreState)):
                value = s.value(key)
                if isinstance(value, QByteArray) and not value.isEmpty():
                    apply(value)
            return True
        finally:
            s.endGroup()

    def last_location(self) -> Location | None:
        value = self._settings.value("mainWindow/location")
        if not isinstance(value, list) or len(value) != 3 or not all(
                isinstance(v, str) for v in value):
            return None
        account_id, bucket, prefix = value
        if not account_id or (prefix and (not bucket or not prefix.endswith("/"))):
            return None
        return Location(account_id, bucket or None, prefix)
