"""The preferences in force: read at start-up, saved and applied when the dialog says OK.

Applying needs no restart: the transfer queue takes the new tuning for the jobs it starts from
now on and the bandwidth limits at once, and the theme changes the running application.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from spacesgui.preferences import Preferences, PreferencesStore
from spacesgui.ui.theme import ThemeSwitcher
from spacesgui.workers.transfers import TransferQueue

log = logging.getLogger(__name__)


class AppPreferences(QObject):
    """Holds the current Preferences and applies them to the queue and the theme.

    Signals:
        changed(object, str): the new Preferences, and a note for the user ("" for none),
            such as where a damaged old file was kept.
    """

    changed = Signal(object, str)

    def __init__(self, queue: TransferQueue, *, store: PreferencesStore | None = None,
                 theme: ThemeSwitcher | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue, self._store, self._theme = queue, store, theme
        self._current = Preferences()
        self.problem = ""   # why the saved file could not be used, for the user

    def get(self) -> Preferences:
        return self._current

    def load(self) -> None:
        """Read the saved preferences (a small file: fine on the GUI thread) and apply them."""
        if self._store is None:
            return
        loaded = self._store.read()
        self.problem = loaded.problem
        self._current = loaded.preferences
        self._apply()

    def update(self, preferences: Preferences) -> str:
        """Save and apply `preferences`; "" on success, else why they could not be saved (the
        ones in force stay)."""
        note = ""
        if self._store is not None:
            try:
                kept = self._store.save(preferences)
            except (OSError, ValueError) as exc:
                log.warning("could not save the preferences", exc_info=exc)
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
                return self.tr("The preferences could not be saved: {0}.").format(reason)
            if kept is not None:
                note = self.tr("The old, damaged preferences file was kept as {0}.").format(kept)
        self.problem = ""
        self._current = preferences
        self._apply()
        self.changed.emit(preferences, note)
        return ""

    def _apply(self) -> None:
        self._queue.apply_preferences(self._current)
        if self._theme is not None:
            self._theme.apply(self._current.theme)
