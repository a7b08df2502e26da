"""Objects copied to the clipboard must not crash the process when it exits."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv)
    from spacesgui.ui.models.entries import ENTRIES_MIME, Location
    from spacesgui.ui.window.clipboard import EntryClipboard, release_clipboard
    EntryClipboard().put(Location("acct", "bucket", ""), ["a.txt", "b c.txt"], cut=False)
    QTimer.singleShot(0, app.quit)
    app.exec()
    if sys.argv[1] == "release":
        release_clipboard()
        mime = app.clipboard().mimeData()
        assert not mime.hasFormat(ENTRIES_MIME), mime.formats()
        print(app.clipboard().text())
""")


def run(mode: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", SCRIPT, mode], env=env, capture_output=True,
                          text=True, timeout=60, check=False)


def test_released_clipboard_exits_cleanly_and_keeps_the_addresses() -> None:
    done = run("release")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["s3://bucket/a.txt", "s3://bucket/b%20c.txt"]


def test_without_release_pyside_crashes_at_exit() -> None:
    """Why release_clipboard exists: PySide6 deletes Python-made mime data too late."""
    assert run("keep").returncode == -11
