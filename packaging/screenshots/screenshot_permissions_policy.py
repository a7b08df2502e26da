"""Render the Permissions and Policy pages of bucket settings to PNGs, light and dark (not a test).

Usage: python packaging/screenshots/screenshot_permissions_policy.py OUT_DIR
Starts moto's ThreadedMotoServer on 127.0.0.1, sets a bucket's ACL (public file listing plus a
grant the editor keeps as it is) and policy with boto3, then writes, for each palette:
permissions.png (after an anonymous test of the listing), policy.png (the stored policy),
policy-error.png (a JSON syntax error marked in place), policy-empty.png (no policy, the hint)
and policy-template.png (the address-range question with a wrong range). Needs a display
(Xvfb) or QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import boto3
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget
from screenshot_support import dark_palette, grab, wait_until

from spacesgui.config import Account
from spacesgui.s3 import S3Client
from spacesgui.s3.settings.policy import public_read_prefix
from spacesgui.ui.bucket_settings.base import BucketContext, PageState, SettingsPage
from spacesgui.ui.bucket_settings.permissions import PermissionsPage
from spacesgui.ui.bucket_settings.policy import PolicyPage, TemplateQuestion
from spacesgui.workers.tasks import TaskRunner

WAIT_MS = 10_000
SIZE = (780, 680)
FRIEND_ID = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"


def configure(endpoint: str) -> None:
    """The buckets as a user would have left them, written with boto3."""
    boto = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                        aws_access_key_id="sandbox", aws_secret_access_key="sandbox")
    for bucket in ("releases", "fresh-bucket"):
        boto.create_bucket(Bucket=bucket)
    for key in ("3.2/app-linux.tar.gz", "3.2/app-mac.dmg", "3.2/notes.md", "index.html"):
        boto.put_object(Bucket="releases", Key=key, Body=b"x" * 1200)
    owner = boto.get_bucket_acl(Bucket="releases")["Owner"]
    boto.put_bucket_acl(Bucket="releases", AccessControlPolicy={"Owner": owner, "Grants": [
        {"Grantee": {"Type": "CanonicalUser", "ID": owner["ID"]}, "Permission": "FULL_CONTROL"},
        {"Grantee": {"Type": "Group", "URI": "http://acs.amazonaws.com/groups/global/AllUsers"},
         "Permission": "READ"},
        {"Grantee": {"Type": "CanonicalUser", "ID": FRIEND_ID}, "Permission": "READ_ACP"},
        {"Grantee": {"Type": "Group",
                     "URI": "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"},
         "Permission": "READ"},
    ]})
    policy = json.loads(public_read_prefix("releases", "3.2/"))
    policy["Statement"].append({
        "Sid": "DenyWithoutTLS", "Effect": "Deny", "Principal": "*",
        "Action": ["s3:GetObject", "s3:PutObject"],
        "Resource": ["arn:aws:s3:::releases/*"],
        "Condition": {"Bool": {"aws:SecureTransport": "false"}}})
    boto.put_bucket_policy(Bucket="releases", Policy=json.dumps(policy))


def loaded(page: SettingsPage) -> SettingsPage:
    page.resize(*SIZE)
    page.load()
    wait_until(lambda: page.state not in (PageState.LOADING, PageState.APPLYING), WAIT_MS,
               f"{page.title} loaded")
    return page


def shoot(out: Path, suffix: str, client: S3Client, endpoint: str, runner: TaskRunner) -> None:
    account = Account(id="sandbox", name="Sandbox", provider="s3", region="us-east-1",
                      endpoint=endpoint, addressing="path")

    def context(bucket: str) -> BucketContext:
        return BucketContext(account=account, bucket=bucket, client=lambda: client,
                             runner=runner)

    pages: list[QWidget] = []
    permissions = PermissionsPage(context("releases"))
    pages.append(loaded(permissions))
    permissions.run_test()
    wait_until(permissions.test_button.isEnabled, WAIT_MS, "the anonymous test")
    grab(permissions, out / f"permissions{suffix}.png", settle_ms=250)

    policy = PolicyPage(context("releases"))
    pages.append(loaded(policy))
    grab(policy, out / f"policy{suffix}.png", settle_ms=250)
    text = policy.editor.toPlainText()
    policy.editor.setPlainText(text.replace('"Effect": "Allow",', '"Effect": "Allow"', 1))
    wait_until(lambda: policy.editor.error_position() is not None, WAIT_MS, "the syntax error")
    grab(policy, out / f"policy-error{suffix}.png", settle_ms=250)

    empty = PolicyPage(context("fresh-bucket"))
    pages.append(loaded(empty))
    grab(empty, out / f"policy-empty{suffix}.png", settle_ms=250)
    empty.ask_ip_range()
    question = empty.findChild(TemplateQuestion)
    assert question is not None
    question.value_edit.setText("203.0.113.7/24")
    grab(question, out / f"policy-template{suffix}.png", settle_ms=250)
    question.reject()
    for page in pages:
        page.close()
        page.deleteLater()
    # Delete the question (deleted later on closing) and the pages while they are still
    # referenced here: a parentless page collected by Python with such a child pending crashes.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto logs every request
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    configure(endpoint)
    client = S3Client(endpoint=endpoint, region="us-east-1", access_key="sandbox",
                      secret_key="sandbox", addressing="path")
    runner = TaskRunner()
    app.setStyle(QStyleFactory.create("Fusion"))
    light = app.style().standardPalette()
    try:
        for suffix, palette in (("", light), ("-dark", dark_palette())):
            app.setPalette(palette)
            shoot(out, suffix, client, endpoint, runner)
    finally:
        runner.shutdown(5000)
        server.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/spacesgui-permissions-policy"))
