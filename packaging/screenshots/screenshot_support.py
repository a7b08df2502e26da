"""What the screenshot scripts share: wait for a condition, let the window settle, grab it,
and the app's dark palette."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from spacesgui.ui.theme import dark_palette

__all__ = ["dark_palette", "grab", "settle", "wait_until"]


def wait_until(condition: Callable[[], bool], timeout_ms: int = 20_000, what: str = "") -> None:
    """Run the event loop until condition() holds; TimeoutError after `timeout_ms`."""
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError(f"timed out waiting for {what or condition}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle(ms: int = 250) -> None:
    """Let layouts, fonts, icons and progress ticks settle before a grab."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget: QWidget, path: Path, settle_ms: int = 0) -> None:
    """Show `widget`, let it settle, and save it as a PNG."""
    widget.show()
    if settle_ms:
        settle(settle_ms)
    widget.grab().save(str(path))
    print(f"wrote {path}")
