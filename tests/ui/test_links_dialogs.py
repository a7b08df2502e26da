"""Copy Links and Upload Link or Page, from the window: what lands on the clipboard or on disk
works with plain `requests` (anonymous for public addresses, as-is for presigned links)."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from spacesgui.s3 import S3Client
from spacesgui.s3.links import LinkKind
from spacesgui.ui.dialogs.copy_links import CSV, CopyLinksDialog
from spacesgui.ui.dialogs.upload_link import UploadLinkDialog
from spacesgui.ui.window import MainWindow
from tests.servers import ServerInfo
from tests.ui.window_helpers import WAIT, open_folder, select

BODIES = {"pub/a.txt": b"alpha", "pub/docs/b c.txt": b"beta", "pub/docs/deep/d.txt": b"delta"}


def _dialog(window: MainWindow, cls: type[Any]) -> Any:
    dialog = window.findChild(cls)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _copied(qtbot: QtBot, dialog: CopyLinksDialog) -> str:
    qtbot.waitUntil(dialog.copy_button.isEnabled, timeout=WAIT)
    dialog.copy_button.click()
    return QGuiApplication.clipboard().text()


def test_links_for_a_selection_with_a_folder(qtbot: QtBot, window: MainWindow, bucket: str,
                                             boto_client: Any) -> None:
    for key, body in BODIES.items():
        boto_client.put_object(Bucket=bucket, Key=key, Body=body, ACL="public-read")
    boto_client.put_object(Bucket=bucket, Key="pub/private.txt", Body=b"secret-ish")
    open_folder(qtbot, window, bucket, "pub/")
    select(window, "a.txt", "docs", "private.txt")
    assert window.window_actions["copy_links"].isEnabled()
    window.window_actions["copy_links"].trigger()
    dialog = _dialog(window, CopyLinksDialog)
    assert dialog.objectName() == "copyLinksDialog"

    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(LinkKind.PUBLIC))
    lines = _copied(qtbot, dialog).splitlines()
    assert len(lines) == 4
    answers = {url: requests.get(url, timeout=10) for url in lines}
    ok = {a.content for a in answers.values() if a.status_code == 200}
    assert ok == set(BODIES.values())              # the public ones, anonymously
    assert sorted(a.status_code for a in answers.values()) == [200, 200, 200, 403]

    dialog.format_box.setCurrentIndex(dialog.format_box.findData(CSV))
    rows = list(csv.reader(io.StringIO(_copied(qtbot, dialog))))
    assert rows[0] == ["name", "size", "url"]
    assert {(r[0], r[1]) for r in rows[1:]} == {
        ("a.txt", "5"), ("private.txt", "10"), ("docs/b c.txt", "4"), ("docs/deep/d.txt", "5")}

    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(LinkKind.PRESIGNED))
    dialog.format_box.setCurrentIndex(0)
    assert "4 links, valid until" in dialog.status_label.text()
    for url in _copied(qtbot, dialog).splitlines():
        answer = requests.get(url, timeout=10)      # as it is: the signature is the access
        assert answer.status_code == 200, answer.text
    dialog.close()


def test_cdn_is_offered_only_on_spaces(qtbot: QtBot, runner: Any) -> None:
    client = S3Client(endpoint="https://fra1.digitaloceanspaces.com", region="fra1",
                      access_key="DO00EXAMPLEEXAMPLE00", secret_key="not-in-any-link")
    dialog = CopyLinksDialog(client, runner, "photos", "2026/",
                             files=[("2026/x y.jpg", 3)], folders=[])
    qtbot.addWidget(dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(LinkKind.CDN))
    assert dialog.text == "https://photos.fra1.cdn.digitaloceanspaces.com/2026/x%20y.jpg\n"
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(LinkKind.PRESIGNED))
    dialog.cdn_box.click()
    assert dialog.text.startswith("https://photos.fra1.cdn.digitaloceanspaces.com/2026/x%20y.jpg?")
    assert "not-in-any-link" not in dialog.text
    other = CopyLinksDialog(S3Client(endpoint="http://127.0.0.1:9", region="x", access_key="k",
                                     secret_key="s"), runner, "b", "", files=[("k", 1)],
                            folders=[])
    qtbot.addWidget(other)
    assert not other.cdn_box.isEnabled() and "Only DigitalOcean" in other.cdn_box.toolTip()


class _Form(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.action, self.fields, self.file_field = "", [], ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.action = a["action"]
        elif tag == "input" and a.get("type") == "file":
            self.file_field = a["name"]
        elif tag == "input" and "name" in a:
            self.fields.append((a["name"], a.get("value", "")))


def test_upload_link_and_saved_page(qtbot: QtBot, window: MainWindow, bucket: str,
                                    boto_client: Any, tmp_path: Path,
                                    s3_server: ServerInfo) -> None:
    open_folder(qtbot, window, bucket)
    window.window_actions["upload_link"].trigger()
    dialog = _dialog(window, UploadLinkDialog)
    assert dialog.objectName() == "uploadLinkDialog"
    assert not dialog.copy_link_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "in box/report.pdf")
    dialog.copy_link_button.click()
    url = QGuiApplication.clipboard().text()
    assert url == dialog.url and s3_server.secret_key not in url
    assert requests.put(url, data=b"%PDF", timeout=10).status_code == 200
    assert boto_client.get_object(Bucket=bucket, Key="in box/report.pdf")["Body"].read() \
        == b"%PDF"
    dialog.copy_curl_button.click()
    assert QGuiApplication.clipboard().text().startswith("curl --fail -T report.pdf 'http")

    dialog.tabs.setCurrentIndex(1)
    dialog.folder_edit.setText("drop")
    dialog.max_spin.setValue(1)
    dialog.type_box.setEditText("text/")
    dialog.save_button.click()
    chooser = dialog.findChild(QFileDialog, "saveFormDialog")
    assert chooser is not None
    chooser.reject()
    page = tmp_path / "upload.html"
    dialog.save_form(str(page))                     # what choosing that file does
    assert "works until" in dialog.status_label.text()
    html = page.read_text(encoding="utf-8")
    assert s3_server.secret_key not in html
    form = _Form()
    form.feed(html)
    answer = requests.post(form.action, data=form.fields,
                           files=[(form.file_field, ("notes.txt", b"hello", "text/plain"))],
                           timeout=30)
    assert answer.status_code == 201, answer.text
    assert boto_client.get_object(Bucket=bucket, Key="drop/notes.txt")["Body"].read() == b"hello"
    answer = requests.post(form.action, data=form.fields,
                           files=[(form.file_field, ("big.txt", b"x" * (1024 * 1024 + 1),
                                                     "text/plain"))], timeout=30)
    assert answer.status_code == 400 and b"EntityTooLarge" in answer.content
    dialog.close()


@pytest.mark.parametrize(("ctype", "ok"), [("", True), ("image/", True), ("application/pdf", True),
                                            ("nonsense", False), ("a/b/c", False)])
def test_form_content_type_is_checked(qtbot: QtBot, ctype: str, ok: bool) -> None:
    client = S3Client(endpoint="http://127.0.0.1:9", region="x", access_key="k", secret_key="s")
    dialog = UploadLinkDialog(client, "b", "f/")
    qtbot.addWidget(dialog)
    dialog.type_box.setEditText(ctype)
    assert dialog.save_button.isEnabled() is ok
    assert dialog.form_problem.isHidden() is ok
