"""One window of a kind per bucket: opening it again brings the open one forward."""

from __future__ import annotations

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QWidget

BucketKey = tuple[str, str]  # (account id, bucket)


def raise_window(window: QWidget) -> None:
    """Bring an open window forward, restored if it was minimised."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


class OpenWindows:
    """The open windows of one kind (settings, incomplete uploads), by bucket."""

    def __init__(self) -> None:
        self._windows: dict[BucketKey, QWidget] = {}

    def raise_open(self, key: BucketKey) -> bool:
        """Bring the window open for `key` forward; False when there is none."""
        window = self._windows.get(key)
        if window is None:
            return False
        raise_window(window)
        return True

    def keep(self, key: BucketKey, window: QWidget, closed: SignalInstance) -> None:
        """Remember `window` for `key` until it closes, then forget it."""
        windows = self._windows
        windows[key] = window

        def forget(*_args: object) -> None:
            # Deletion comes after `closed`, maybe once a new window for the bucket is open.
            if windows.get(key) is window:
                del windows[key]

        closed.connect(forget)
        window.destroyed.connect(forget)
