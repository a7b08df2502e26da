"""Formerly stand-ins for issue 5's Qt-free modules; all of them are real now.

`install()` does nothing. It stays only because tests/ui/screenshot_window.py and
screenshot_transfers.py still call it; delete this file once they no longer do.
"""


def install() -> None:
    """No-op: spacesgui.config, secrets, importers and connection_check exist."""
