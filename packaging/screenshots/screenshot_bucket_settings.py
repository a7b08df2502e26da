"""Render every page of the bucket settings window to PNGs, light and dark, for a look by eye.

Usage: python packaging/screenshots/screenshot_bucket_settings.py OUT_DIR   (Xvfb: README.md)
Writes OUT_DIR/bucket-settings-<page>-<light|dark>.png for each page in
spacesgui.ui.bucket_settings.pages.PAGES. Runs the real main window on the Local sandbox
(moto in-process); the sample bucket is given a setting of each kind with boto3 first, so the
pages have something to show. Settings and data go to a temporary directory.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

_TMP = Path(tempfile.mkdtemp(prefix="spacesgui-shot-"))
os.environ["XDG_CONFIG_HOME"] = str(_TMP / "config")  # QSettings: never the user's own
os.environ["XDG_DATA_HOME"] = str(_TMP / "data")

import boto3  # noqa: E402
from botocore.config import Config  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot_support import dark_palette, grab, settle, wait_until  # noqa: E402

from spacesgui.app import Paths, build_context  # noqa: E402
from spacesgui.sandbox import (  # noqa: E402
    SANDBOX_ACCESS_KEY,
    SANDBOX_ACCOUNT_ID,
    SANDBOX_REGION,
    SANDBOX_SECRET_KEY,
)
from spacesgui.ui.bucket_settings.base import PageState  # noqa: E402
from spacesgui.ui.bucket_settings.dialog import BucketSettingsDialog  # noqa: E402
from spacesgui.ui.models.entries import Location  # noqa: E402
from spacesgui.ui.window import MainWindow  # noqa: E402

WAIT_MS = 90_000   # the first run starts the sandbox
BUCKET = "sample-photos"


def _configure(endpoint: str) -> None:
    """A setting of each kind on the sample bucket; what the server refuses is left out."""
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name=SANDBOX_REGION,
                      aws_access_key_id=SANDBOX_ACCESS_KEY,
                      aws_secret_access_key=SANDBOX_SECRET_KEY,
                      config=Config(s3={"addressing_style": "path"}))
    policy = ('{"Version": "2012-10-17", "Statement": [{"Sid": "PublicRead", "Effect": "Allow", '
              '"Principal": "*", "Action": "s3:GetObject", '
              f'"Resource": "arn:aws:s3:::{BUCKET}/public/*"}}]}}')
    steps: list[tuple[str, Callable[[], Any]]] = [
        ("versioning", lambda: s3.put_bucket_versioning(
            Bucket=BUCKET, VersioningConfiguration={"Status": "Enabled"})),
        ("cors", lambda: s3.put_bucket_cors(Bucket=BUCKET, CORSConfiguration={"CORSRules": [
            {"ID": "web-app", "AllowedOrigins": ["https://app.example.com"],
             "AllowedMethods": ["GET", "HEAD", "PUT"], "AllowedHeaders": ["*"],
             "ExposeHeaders": ["ETag"], "MaxAgeSeconds": 3000}]})),
        ("lifecycle", lambda: s3.put_bucket_lifecycle_configuration(
            Bucket=BUCKET, LifecycleConfiguration={"Rules": [
                {"ID": "tmp-30-days", "Filter": {"Prefix": "tmp/"}, "Status": "Enabled",
                 "Expiration": {"Days": 30},
                 "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}}]})),
        ("policy", lambda: s3.put_bucket_policy(Bucket=BUCKET, Policy=policy)),
        ("website", lambda: s3.put_bucket_website(Bucket=BUCKET, WebsiteConfiguration={
            "IndexDocument": {"Suffix": "index.html"}, "ErrorDocument": {"Key": "404.html"}})),
    ]
    for name, step in steps:
        try:
            step()
        except Exception as exc:  # a screenshot without that setting is still worth having
            print(f"not set: {name} ({exc})")


def _open_settings(window: MainWindow) -> BucketSettingsDialog:
    window.navigate(Location(SANDBOX_ACCOUNT_ID, BUCKET))
    wait_until(lambda: not window.table_model.is_loading, WAIT_MS, "the bucket's listing")
    window.update_actions()
    action = window.findChild(QAction, "actionBucketSettings")
    assert action is not None
    action.trigger()
    dialog = window.findChild(BucketSettingsDialog)
    assert dialog is not None
    wait_until(lambda: all(p.state not in (PageState.LOADING, PageState.APPLYING)
                           for p in dialog.pages), WAIT_MS, "the pages")
    return dialog


def main(out_dir: Path) -> None:
    QCoreApplication.setOrganizationName("spacesgui-screenshot")
    QCoreApplication.setApplicationName("spacesgui")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")  # the same look on every desktop, and a palette it follows
    out_dir.mkdir(parents=True, exist_ok=True)
    context = build_context(Paths(_TMP / "data", _TMP / "config"), use_keyring=False)
    context.start_sandbox()
    window = MainWindow(context)
    window.resize(1100, 720)
    window.show()
    wait_until(lambda: context.account(SANDBOX_ACCOUNT_ID) is not None, WAIT_MS, "the sandbox")
    assert context.sandbox is not None
    _configure(context.sandbox.endpoint)
    light = app.palette()
    for mode, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)
        dialog = _open_settings(window)
        for page in dialog.pages:
            dialog.show_page(page.objectName())
            grab(dialog, out_dir / f"bucket-settings-{page.objectName()}-{mode}.png",
                 settle_ms=150)
        dialog.close()
        settle(100)
    window.close()
    context.shutdown(5000)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "bucket-settings"))
