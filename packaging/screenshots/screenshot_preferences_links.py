"""Render the Preferences window and the link dialogs (Copy Links, Upload Link or Page), light
and dark, to PNGs for a look by eye.

Usage: python packaging/screenshots/screenshot_preferences_links.py OUT_DIR
Needs a display (Xvfb) or QT_QPA_PLATFORM=offscreen. No network: links are signed locally and
the selection has no folders to list.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from screenshot_support import dark_palette, grab

from spacesgui.preferences import Preferences, Theme
from spacesgui.s3 import S3Client
from spacesgui.s3.links import LinkKind
from spacesgui.s3.transfer.common import MiB
from spacesgui.ui.dialogs.copy_links import CSV, CopyLinksDialog
from spacesgui.ui.dialogs.preferences import PreferencesDialog
from spacesgui.ui.dialogs.upload_link import UploadLinkDialog
from spacesgui.workers.tasks import TaskRunner

FILES = [("photos/2026/beach day.jpg", 2_345_678), ("photos/2026/r\u00e9sum\u00e9.pdf", 91_234),
         ("photos/2026/notes.txt", 512)]


def shots(out: Path, suffix: str, runner: TaskRunner) -> None:
    client = S3Client(endpoint="https://fra1.digitaloceanspaces.com", region="fra1",
                      access_key="DO00EXAMPLEEXAMPLE00", secret_key="example-secret")
    prefs = PreferencesDialog(Preferences(upload_limit=2 * MiB, theme=Theme.DARK),
                              apply=lambda _p: "")
    grab(prefs, out / f"preferences{suffix}.png", 200)
    prefs.upload_limit_spin.setValue(8)
    grab(prefs, out / f"preferences-problem{suffix}.png", 200)
    damaged = PreferencesDialog(Preferences(), apply=lambda _p: "", problem=(
        "The preferences in /home/ann/.config/spacesgui/preferences.json cannot be used: it is "
        "damaged at line 3. The defaults apply until you save the preferences; the old file is "
        "then kept beside the new one."))
    grab(damaged, out / f"preferences-damaged{suffix}.png", 200)

    links = CopyLinksDialog(client, runner, "holiday", "photos/2026/", files=FILES, folders=[])
    grab(links, out / f"copy-links{suffix}.png", 200)
    links.kind_box.setCurrentIndex(links.kind_box.findData(LinkKind.CDN))
    links.format_box.setCurrentIndex(links.format_box.findData(CSV))
    grab(links, out / f"copy-links-csv{suffix}.png", 200)

    upload = UploadLinkDialog(client, "holiday", "inbox/")
    upload.name_edit.setText("report.pdf")
    grab(upload, out / f"upload-link{suffix}.png", 200)
    upload.tabs.setCurrentIndex(1)
    upload.type_box.setEditText("image/")
    grab(upload, out / f"upload-page{suffix}.png", 200)
    upload.type_box.setEditText("image")
    grab(upload, out / f"upload-page-problem{suffix}.png", 200)
    for dialog in (prefs, damaged, links, upload):
        dialog.close()
        dialog.deleteLater()


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    light = app.palette()
    runner = TaskRunner(max_threads=1)
    shots(out, "", runner)
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    shots(out, "-dark", runner)
    app.setPalette(light)
    runner.shutdown(2000)


if __name__ == "__main__":
    main()
