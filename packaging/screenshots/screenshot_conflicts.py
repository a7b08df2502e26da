"""Render the conflict question (a folder upload with three conflicts, an interrupted download),
light and dark, to PNGs for a look by eye.

Usage: python packaging/screenshots/screenshot_conflicts.py OUT_DIR
Needs a display (Xvfb) or QT_QPA_PLATFORM=offscreen. No network: the conflicts are made up.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from screenshot_support import dark_palette, grab

from spacesgui.s3.transfer.conflicts import Conflict, Side
from spacesgui.ui.dialogs.conflicts import ConflictDialog

NOW = 1_764_900_000.0
FOLDER = [
    Conflict(0, "upload", "site/index.html", "/home/ann/site/index.html",
             Side(18_432, NOW - 600), Side(17_001, NOW - 86_400 * 3, "9b2c"),
             alternative="site/index (2).html"),
    Conflict(0, "upload", "site/css/site.css", "/home/ann/site/css/site.css",
             Side(2_048, NOW - 7_200), Side(2_048, NOW - 7_000, "aa11"),
             alternative="site/css/site (2).css", identical=True),
    Conflict(0, "upload", "site/photos/beach day.jpg", "/home/ann/site/photos/beach day.jpg",
             Side(2_345_678, NOW - 60), Side(2_100_000, NOW - 86_400 * 40, "c0ff-2"),
             alternative="site/photos/beach day (2).jpg"),
]
TARGET = "/home/ann/Downloads/backup-2026.tar.gz"
PARTIAL = [Conflict(0, "download", TARGET, "backups/backup-2026.tar.gz",
                    Side(734_003_200, NOW - 3_600, "abcd-88"), None, alternative=TARGET,
                    resumable=True)]


def shots(out: Path, suffix: str) -> None:
    folder = ConflictDialog(FOLDER)
    grab(folder, out / f"conflict-folder{suffix}.png", 200)
    folder.skip_identical_button.click()  # not the current one: site.css is second
    folder.apply_all_box.setChecked(True)
    grab(folder, out / f"conflict-folder-apply-all{suffix}.png", 200)
    partial = ConflictDialog(PARTIAL)
    grab(partial, out / f"conflict-resume{suffix}.png", 200)
    for dialog in (folder, partial):
        dialog.close()
        dialog.deleteLater()


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    light = app.palette()
    shots(out, "")
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    shots(out, "-dark")
    app.setPalette(light)


if __name__ == "__main__":
    main()
