"""A worker thread's last word to a GUI-thread object that may be gone.

A closing app waits a while for its worker threads, then deletes its QObjects and exits; a
thread still in a slow request finishes later and emits to a carrier that no longer exists,
which PySide answers with RuntimeError (a traceback on the terminal, as the app closes).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject


def emit_unless_deleted(carrier: QObject, signal: str, *args: object) -> None:
    """`carrier.<signal>.emit(*args)`; nothing when the carrier was deleted, since nobody is
    left to tell. Any other RuntimeError is raised."""
    try:
        getattr(carrier, signal).emit(*args)
    except RuntimeError:
        if shiboken6.isValid(carrier):
            raise
