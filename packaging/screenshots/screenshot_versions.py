"""Render the versions view to PNG files, light and dark, for a look by eye (not a test).

Usage: python packaging/screenshots/screenshot_versions.py OUT_DIR   (under Xvfb: see README.md)
Starts the Local sandbox (moto in-process), turns versioning on in a bucket and makes a few
versions and a delete marker with boto3, then grabs the window with Show Versions on
(versions.png), its menu for a version (versions-menu.png), the View menu in a bucket that
never had versioning (versions-never.png), and the same with a dark palette (*-dark.png).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

_TMP = Path(tempfile.mkdtemp(prefix="spacesgui-shot-"))
os.environ["XDG_CONFIG_HOME"] = str(_TMP / "config")  # QSettings: never the user's own
os.environ["XDG_DATA_HOME"] = str(_TMP / "data")

import boto3  # noqa: E402
from PySide6.QtCore import QCoreApplication, QPoint  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu  # noqa: E402
from screenshot_support import (  # noqa: E402
    dark_palette,
    grab,
    settle,
    wait_until,
)

from spacesgui.app import Paths, build_context  # noqa: E402
from spacesgui.sandbox import SANDBOX_ACCESS_KEY, SANDBOX_REGION, SANDBOX_SECRET_KEY  # noqa: E402
from spacesgui.ui.models.entries import Location  # noqa: E402
from spacesgui.ui.window import MainWindow  # noqa: E402

WAIT_MS = 90_000
BUCKET = "versioned-docs"


def configure(endpoint: str) -> None:
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name=SANDBOX_REGION,
                      aws_access_key_id=SANDBOX_ACCESS_KEY,
                      aws_secret_access_key=SANDBOX_SECRET_KEY)
    s3.create_bucket(Bucket=BUCKET)
    s3.put_bucket_versioning(Bucket=BUCKET, VersioningConfiguration={"Status": "Enabled"})
    for n in range(1, 5):
        s3.put_object(Bucket=BUCKET, Key="reports/budget.xlsx", Body=b"x" * (20_000 * n))
    for n in range(1, 3):
        s3.put_object(Bucket=BUCKET, Key="reports/minutes.txt", Body=b"m" * (900 * n))
    s3.delete_object(Bucket=BUCKET, Key="reports/minutes.txt")
    s3.put_object(Bucket=BUCKET, Key="reports/summary.pdf", Body=b"%PDF" * 5000)
    s3.put_object(Bucket=BUCKET, Key="reports/2025/q1.csv", Body=b"a,b\n1,2\n")


def shoot(app: QApplication, window: MainWindow, out: Path, suffix: str) -> None:
    action = window.window_actions["show_versions"]
    window.navigate(Location("sandbox", "sample-photos", ""))
    wait_until(lambda: window.versions.state("sandbox", "sample-photos") is not None, WAIT_MS)
    menu = window.window_actions.menus["view"]
    window.menuBar().setActiveAction(menu.menuAction())
    menu.setActiveAction(action)
    settle(300)
    _screen(app, window, out / f"versions-never{suffix}.png")
    menu.close()
    window.navigate(Location("sandbox", BUCKET, "reports/"))
    wait_until(action.isEnabled, WAIT_MS, "the versioning state")
    if not action.isChecked():
        action.trigger()
    wait_until(lambda: not window.versions.model.is_loading
               and window.versions.model.rowCount() > 0, WAIT_MS)
    window.versions_table.selectRow(3)
    settle(300)
    grab(window, out / f"versions{suffix}.png")
    table = window.versions_table
    pos = table.visualRect(table.model().index(3, 0)).center()
    table.customContextMenuRequested.emit(pos)
    settle(300)
    _screen(app, window, out / f"versions-menu{suffix}.png")
    popup = table.findChild(QMenu, "versionsMenu")
    if popup is not None:
        popup.close()


def _screen(app: QApplication, window: MainWindow, path: Path) -> None:
    """Menus are windows of their own: grab the screen under the window."""
    top_left = window.mapToGlobal(QPoint(0, 0))
    shot = app.primaryScreen().grabWindow(0, top_left.x(), top_left.y(), window.width(),
                                          window.height())
    shot.save(str(path))
    print(f"wrote {path}")


def main(out: Path) -> None:
    QCoreApplication.setOrganizationName("spacesgui-screenshot")
    QCoreApplication.setApplicationName("spacesgui")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    out.mkdir(parents=True, exist_ok=True)
    context = build_context(Paths(_TMP / "data", _TMP / "config"), use_keyring=False)
    context.start_sandbox()
    window = MainWindow(context)
    window.resize(1200, 720)
    window.show()
    wait_until(lambda: context.account("sandbox") is not None, WAIT_MS, "the sandbox")
    account = context.account("sandbox")
    assert account is not None
    configure(account.endpoint)
    light = app.style().standardPalette()
    for palette, suffix in ((light, ""), (dark_palette(), "-dark")):
        app.setPalette(palette)
        settle(100)
        shoot(app, window, out, suffix)
    window.close()
    context.shutdown(5000)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/spacesgui-versions"))
