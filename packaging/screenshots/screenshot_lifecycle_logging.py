"""Render the Lifecycle and Access Logging settings pages to PNGs, light and dark (not a test).

Usage: python packaging/screenshots/screenshot_lifecycle_logging.py OUT_DIR   (see README.md)
Starts the Local sandbox (moto in-process), configures buckets there with boto3, and grabs
each page loaded from them: the rules with a preview counted, the problems shown while
typing, a read-only configuration, and logging on and refused. Every shot is taken twice,
with Fusion's light palette and with a dark one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import boto3
from PySide6.QtWidgets import QApplication
from screenshot_support import dark_palette, grab, settle, wait_until

from spacesgui.config import Account
from spacesgui.sandbox import SANDBOX_ACCESS_KEY, SANDBOX_REGION, SANDBOX_SECRET_KEY, Sandbox
from spacesgui.ui.bucket_settings.access_logging import LoggingPage
from spacesgui.ui.bucket_settings.base import BucketContext, PageState, SettingsPage
from spacesgui.ui.bucket_settings.lifecycle import LifecyclePage
from spacesgui.workers.tasks import TaskRunner

WAIT_MS = 30_000
SIZE = (900, 780)


def configure(endpoint: str) -> None:
    """The buckets the pages are loaded from, set up with boto3 as another tool would."""
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name=SANDBOX_REGION,
                      aws_access_key_id=SANDBOX_ACCESS_KEY,
                      aws_secret_access_key=SANDBOX_SECRET_KEY)
    for name in ("media-uploads", "archive-2019", "access-logs"):
        s3.create_bucket(Bucket=name)
    s3.put_bucket_acl(Bucket="access-logs", ACL="log-delivery-write")
    s3.put_bucket_lifecycle_configuration(Bucket="media-uploads", LifecycleConfiguration={
        "Rules": [
            {"ID": "scratch-files", "Filter": {"Prefix": "tmp/"}, "Status": "Enabled",
             "Expiration": {"Days": 7},
             "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 2}},
            {"ID": "campaign-2025", "Filter": {"Prefix": "campaigns/2025/"},
             "Status": "Disabled", "Expiration": {"Date": datetime(2026, 1, 1, tzinfo=UTC)}},
            {"ID": "old-versions", "Filter": {"Prefix": ""}, "Status": "Enabled",
             "NoncurrentVersionExpiration": {"NoncurrentDays": 30}},
            {"ID": "stale-uploads", "Filter": {"Prefix": "incoming/"}, "Status": "Enabled",
             "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 1}},
        ]})
    for index in range(40):
        s3.put_object(Bucket="media-uploads", Key=f"tmp/render-{index:03d}.png",
                      Body=b"x" * (1500 * (index + 1)))
    s3.put_bucket_lifecycle_configuration(Bucket="archive-2019", LifecycleConfiguration={
        "Rules": [
            {"ID": "to-glacier", "Filter": {"Prefix": "raw/"}, "Status": "Enabled",
             "Transitions": [{"Days": 90, "StorageClass": "GLACIER"}]},
            {"ID": "reports", "Filter": {"Prefix": "reports/"}, "Status": "Enabled",
             "Expiration": {"Days": 365}},
        ]})
    s3.put_bucket_logging(Bucket="media-uploads", BucketLoggingStatus={"LoggingEnabled": {
        "TargetBucket": "access-logs", "TargetPrefix": "media-uploads/"}})


def shoot(out: Path, sandbox: Sandbox, runner: TaskRunner, suffix: str) -> None:
    account = Account(id="sandbox", name="Local sandbox", provider="s3", region=SANDBOX_REGION,
                      endpoint=sandbox.endpoint, addressing="path")
    client = sandbox.client()

    def page(kind: Callable[[BucketContext], SettingsPage], bucket: str) -> SettingsPage:
        shown = kind(BucketContext(account, bucket, lambda: client, runner))
        shown.resize(*SIZE)
        shown.show()
        shown.load()
        wait_until(lambda: shown.state not in (PageState.LOADING, PageState.APPLYING),
                   WAIT_MS, f"{shown.title} of {bucket}")
        return shown

    rules = page(LifecyclePage, "media-uploads")
    assert isinstance(rules, LifecyclePage)
    at = {draft.id: row for row, draft in enumerate(rules.model.rows)}
    rules.select_row(at["scratch-files"])
    rules.preview_selected()
    wait_until(lambda: not rules.preview.running, WAIT_MS, "the preview")
    grab(rules, out / f"lifecycle{suffix}.png", settle_ms=250)

    rules.select_row(at["campaign-2025"])
    rules.id_edit.setText("scratch-files")
    rules.id_edit.textEdited.emit("scratch-files")
    rules.select_row(at["scratch-files"])
    rules.days_edit.setText("0")
    rules.days_edit.textEdited.emit("0")
    grab(rules, out / f"lifecycle-problems{suffix}.png", settle_ms=250)
    rules.close()

    frozen = page(LifecyclePage, "archive-2019")
    grab(frozen, out / f"lifecycle-read-only{suffix}.png", settle_ms=250)
    frozen.close()

    logs = page(LoggingPage, "media-uploads")
    assert isinstance(logs, LoggingPage)
    wait_until(lambda: logs.account_buckets is not None, WAIT_MS, "the bucket list")
    grab(logs, out / f"logging{suffix}.png", settle_ms=250)
    logs.target_combo.setEditText("media-uploads")
    grab(logs, out / f"logging-same-bucket{suffix}.png", settle_ms=250)
    logs.close()


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    out.mkdir(parents=True, exist_ok=True)
    sandbox = Sandbox()
    sandbox.start(seed=False)
    runner = TaskRunner()
    try:
        configure(sandbox.endpoint)
        light = app.style().standardPalette()
        for palette, suffix in ((light, ""), (dark_palette(), "-dark")):
            app.setPalette(palette)
            settle(50)
            shoot(out, sandbox, runner, suffix)
    finally:
        runner.shutdown(5000)
        sandbox.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/spacesgui-lifecycle-logging"))
