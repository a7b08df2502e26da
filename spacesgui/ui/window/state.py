"""Window state in QSettings: geometry, dock layout, splitter, column widths, and the last
location, overall and in each account.

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
        self._visited: dict[str, Location] = {}  # account id -> where it was last shown

    def remember(self, location: Location) -> None:
        """Note where an account was shown; save() keeps it for the next start."""
        self._visited[location.account_id] = location

    def save(self, window: QMainWindow, splitter: QSplitter, header: QHeaderView,
             location: Location | None) -> None:
        s = self._settings
        s.beginGroup("mainWindow")
        s.setValue("geometry", window.saveGeometry())
        s.setValue("state", window.saveState(_VERSION))
        s.setValue("splitter", splitter.saveState())
        s.setValue("columns", header.saveState())
        if location is not None:
            s.setValue("location", _as_list(location))
        s.endGroup()
        # One key per account (ids are uuid hex or "sandbox"), in a group of its own.
        s.beginGroup("accountLocations")
        for loc in self._visited.values():
            s.setValue(loc.account_id, _as_list(loc))
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

    def last_location(self, account_id: str | None = None) -> Location | None:
        """Where the window was last (None: anywhere), or last in the account `account_id`."""
        if account_id is None:
            return _from_list(self._settings.value("mainWindow/location"))
        if account_id in self._visited:
            return self._visited[account_id]
        return next((loc for loc in self._saved_per_account() if loc.account_id == account_id),
                    None)

    def _saved_per_account(self) -> list[Location]:
        s = self._settings
        s.beginGroup("accountLocations")
        try:
            found = [_from_list(s.value(key)) for key in s.childKeys()]
        finally:
            s.endGroup()
        return [loc for loc in found if loc is not None]

def _as_list(location: Location) -> list[str]:
    return [location.account_id, location.bucket or "", location.prefix]


def _from_list(value: object) -> Location | None:
    if not isinstance(value, list) or len(value) != 3 or not all(
            isinstance(v, str) for v in value):
        return None
    account_id, bucket, prefix = value
    if not account_id or (prefix and (not bucket or not prefix.endswith("/"))):
        return None
    return Location(account_id, bucket or None, prefix)
