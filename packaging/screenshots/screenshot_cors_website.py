"""Render the CORS and website settings pages, light and dark, to PNGs for a look by eye.

Usage: python packaging/screenshots/screenshot_cors_website.py OUT_DIR
Starts moto's ThreadedMotoServer on 127.0.0.1, configures a bucket's CORS rules and website
with boto3, and shows the pages as a Spaces (fra1) account would see them: out/cors-light.png
(rules and a preflight answer), cors-problem-light.png (an origin with two wildcards),
website-light.png (documents and routing rules, a fetch of the index), website-redirect-light.png,
and the same four with -dark. Needs a display (Xvfb) or QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import boto3
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QRadioButton, QStyleFactory
from screenshot_support import dark_palette, grab, settle, wait_until

from spacesgui.config import Account
from spacesgui.s3 import S3Client
from spacesgui.ui.bucket_settings.base import BucketContext, PageState, SettingsPage
from spacesgui.ui.bucket_settings.cors import CorsPage
from spacesgui.ui.bucket_settings.website import WebsitePage
from spacesgui.workers.tasks import TaskRunner

WAIT_MS = 10_000
BUCKET = "shop-assets"

CORS = {"CORSRules": [
    {"ID": "storefront", "AllowedOrigins": ["https://shop.example.com", "https://*.shop.example.com"],
     "AllowedMethods": ["GET", "HEAD"], "AllowedHeaders": ["*"], "ExposeHeaders": ["ETag"],
     "MaxAgeSeconds": 3600},
    {"ID": "uploads", "AllowedOrigins": ["https://admin.example.com"],
     "AllowedMethods": ["PUT", "POST", "DELETE"],
     "AllowedHeaders": ["content-type", "x-amz-meta-*"], "MaxAgeSeconds": 600},
    {"AllowedOrigins": ["http://localhost:8080"], "AllowedMethods": ["GET"]},
]}
SITE = {"IndexDocument": {"Suffix": "index.html"}, "ErrorDocument": {"Key": "errors/404.html"},
        "RoutingRules": [
            {"Condition": {"KeyPrefixEquals": "docs/"},
             "Redirect": {"ReplaceKeyPrefixWith": "documentation/", "HttpRedirectCode": "301"}},
            {"Condition": {"HttpErrorCodeReturnedEquals": "404"},
             "Redirect": {"HostName": "www.example.com", "Protocol": "https",
                          "ReplaceKeyWith": "not-found.html"}}]}


def go_dark(app: QApplication) -> None:
    """Fusion's own dark palette where the platform follows the colour scheme; without a
    desktop (Xvfb) it does not, so a dark palette of the same kind is set by hand."""
    app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    app.setPalette(app.style().standardPalette())
    if app.palette().color(QPalette.ColorRole.Window).lightness() > 128:
        app.setPalette(dark_palette())
    settle(100)


def loaded(page: SettingsPage) -> SettingsPage:
    page.resize(1060, 780)
    page.load()
    wait_until(lambda: page.state is PageState.READY, WAIT_MS, f"{page.title} loaded")
    return page


def shoot(context: BucketContext, out: Path, theme: str) -> None:
    cors = loaded(CorsPage(context))
    cors.table.setCurrentIndex(cors.model.index(1, 0))
    cors.test_origin.setText("https://shop.example.com")
    cors.test_method.setCurrentText("GET")
    cors.test_key.setText("index.html")
    cors.test_button.click()
    wait_until(lambda: not cors.test_result.toPlainText().startswith("Asking"), WAIT_MS)
    grab(cors, out / f"cors-{theme}.png", settle_ms=250)
    cors.model.setData(cors.model.index(2, 1), "http://*.a.*.com")
    cors.model.setData(cors.model.index(2, 9), "soon")
    grab(cors, out / f"cors-problem-{theme}.png", settle_ms=250)

    site = loaded(WebsitePage(context))
    site.test_url.setText(f"{context.client().endpoint}/{BUCKET}/index.html")
    site.test_button.click()
    wait_until(lambda: not site.test_result.toPlainText().startswith("Fetching"), WAIT_MS)
    grab(site, out / f"website-{theme}.png", settle_ms=250)
    redirect = site.findChild(QRadioButton, "websiteRedirectRadio")
    assert redirect is not None
    redirect.click()
    site.redirect_host.setText("https://www.example.com")
    site.edited()
    grab(site, out / f"website-redirect-{theme}.png", settle_ms=250)
    for page in (cors, site):
        page.cancel()
        page.close()
    settle(100)


def main(out: Path) -> None:
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto logs every request
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    out.mkdir(parents=True, exist_ok=True)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    boto = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                        aws_access_key_id="sandbox", aws_secret_access_key="sandbox")
    boto.create_bucket(Bucket=BUCKET)
    boto.put_bucket_cors(Bucket=BUCKET, CORSConfiguration=CORS)
    boto.put_bucket_website(Bucket=BUCKET, WebsiteConfiguration=SITE)
    boto.put_object(Bucket=BUCKET, Key="index.html", ContentType="text/html",
                    Body=b"<!doctype html>\n<title>Shop</title>\n<h1>Welcome to the shop</h1>\n",
                    ACL="public-read")
    client = S3Client(endpoint=endpoint, region="us-east-1", access_key="sandbox",
                      secret_key="sandbox", addressing="path")
    runner = TaskRunner()
    # A Spaces account, so the page shows the -static address and the CDN note; the requests
    # themselves go to moto.
    account = Account(id="spaces", name="Spaces (fra1)", region="fra1")
    context = BucketContext(account=account, bucket=BUCKET, client=lambda: client,
                            runner=runner)
    try:
        app.styleHints().setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(app.style().standardPalette())
        shoot(context, out, "light")
        go_dark(app)
        shoot(context, out, "dark")
    finally:
        runner.shutdown(5000)
        server.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/spacesgui-cors-website"))
