"""What the screenshot scripts share: wait for a condition, let the window settle, grab it,
and a dark palette."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


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


def dark_palette() -> QPalette:
    """A dark palette for Fusion, to see a window as a user of a dark desktop theme does."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, colour in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"),
                         (role.Base, "#1e1e1e"), (role.AlternateBase, "#2f2f2f"),
                         (role.Text, "#e6e6e6"), (role.Button, "#353535"),
                         (role.ButtonText, "#e6e6e6"), (role.Highlight, "#3d8ee6"),
                         (role.HighlightedText, "#ffffff"), (role.ToolTipBase, "#353535"),
                         (role.ToolTipText, "#e6e6e6"), (role.PlaceholderText, "#8c8c8c"),
                         (role.Link, "#6fb3ff"), (role.BrightText, "#ff6b6b")):
        palette.setColor(name, QColor(colour))
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, name, QColor("#7f7f7f"))
    return palette
