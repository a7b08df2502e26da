"""Render the main window to PNG files for a look by eye (not a test).

Usage: python packaging/screenshots/screenshot_window.py out.png   (under Xvfb: see README.md)
Writes out-firstrun.png (the window while the Local sandbox starts), out.png (the sandbox with
a folder open, a row selected and transfers in the panel), out-menu.png (the table's context
menu, grabbed from the screen) and out-buckets.png (the account's bucket list). Runs on the real
sandbox (moto in-process); settings and data go to a temporary directory.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

_TMP = Path(tempfile.mkdtemp(prefix="spacesgui-shot-"))
os.environ["XDG_CONFIG_HOME"] = str(_TMP / "config")  # QSettings: never the user's own
os.environ["XDG_DATA_HOME"] = str(_TMP / "data")

from PySide6.QtCore import QCoreApplication, QPoint  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu  # noqa: E402
from screenshot_support import grab, settle, wait_until  # noqa: E402

from spacesgui.app import Paths, build_context  # noqa: E402
from spacesgui.ui.models.entries import Location  # noqa: E402
from spacesgui.ui.window import MainWindow  # noqa: E402

WAIT_MS = 90_000   # the first run starts the sandbox


def main(out: Path) -> None:
    QCoreApplication.setOrganizationName("spacesgui-screenshot")
    QCoreApplication.setApplicationName("spacesgui")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    stem = out.with_suffix("")
    context = build_context(Paths(_TMP / "data", _TMP / "config"), use_keyring=False)
    context.start_sandbox()
    window = MainWindow(context)
    window.resize(1200, 780)
    window.show()
    settle(150)
    grab(window, Path(f"{stem}-firstrun.png"))

    wait_until(lambda: context.account("sandbox") is not None, WAIT_MS, "the sandbox")
    wait_until(lambda: window.location is not None and not window.table_model.is_loading,
               WAIT_MS)
    grab(window, Path(f"{stem}-buckets.png"))

    window.navigate(Location("sandbox", "sample-photos", "holiday/"))
    wait_until(lambda: not window.table_model.is_loading and window.table_model.rowCount() > 2,
               WAIT_MS)
    window.tree.expandAll()
    sample = _TMP / "big-video.mp4"
    with sample.open("wb") as f:
        f.truncate(48 * 1024 * 1024)
    queue = context.queue
    queue.enqueue_upload("sandbox", "sample-photos", "holiday/big-video.mp4", str(sample))
    queue.enqueue_download("sandbox", "sample-photos", "README.txt", str(_TMP / "README.txt"))
    done = queue.enqueue_download("sandbox", "sample-reports", "2026/stats.csv",
                                  str(_TMP / "stats.csv"))
    wait_until(lambda: queue.job(done) is not None and queue.job(done).state == "done",
               WAIT_MS)
    settle(400)
    window.table.selectRow(1)
    settle(200)
    grab(window, Path(f"{stem}.png"))

    index = window.proxy.index(1, 0)
    pos = window.table.visualRect(index).center()
    window.table.customContextMenuRequested.emit(pos)
    settle(300)
    screen = app.primaryScreen()
    top_left = window.mapToGlobal(QPoint(0, 0))
    shot = screen.grabWindow(0, top_left.x(), top_left.y(), window.width(), window.height())
    shot.save(f"{stem}-menu.png")
    print(f"wrote {stem}-menu.png")
    window.findChild(QMenu, "contextMenu").close()
    window.close()
    context.shutdown(5000)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "window.png"))
