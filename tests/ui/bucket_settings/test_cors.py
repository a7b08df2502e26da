"""The CORS page on the suite's server: shown as boto3 wrote it, edited, proven by preflights."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spacesgui.s3.settings.cors import CORS_METHODS
from spacesgui.ui.bucket_settings.base import ChangePreview, PageState
from spacesgui.ui.bucket_settings.cors import CorsPage
from tests.servers import ServerInfo
from tests.ui.bucket_settings.conftest import ContextFactory

WAIT = 30_000
ORIGINS, METHODS, HEADERS, EXPOSED, MAX_AGE = 1, 2, 2 + len(CORS_METHODS), \
    3 + len(CORS_METHODS), 4 + len(CORS_METHODS)

pytestmark = pytest.mark.needs("cors-preflight")


def _page(qtbot: QtBot, settings_context: ContextFactory, bucket: str, **kw: Any) -> CorsPage:
    page = CorsPage(settings_context(bucket, **kw))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.load()
    qtbot.waitUntil(lambda: page.state not in (PageState.LOADING, PageState.APPLYING),
                    timeout=WAIT)
    return page


def _apply(qtbot: QtBot, page: CorsPage) -> None:
    assert page.apply_button.isEnabled(), page.general_problems.text()
    applied: list[bool] = []
    page.applied.connect(lambda: applied.append(True))
    page.ask_apply()
    preview = page.findChild(ChangePreview)
    assert preview is not None
    preview.apply_button.click()
    qtbot.waitUntil(lambda: bool(applied) and page.state is PageState.READY, timeout=WAIT)


def _preflight(server: ServerInfo, bucket: str, origin: str, method: str = "GET",
               headers: str | None = None) -> requests.Response:
    sent = {"Origin": origin, "Access-Control-Request-Method": method}
    if headers:
        sent["Access-Control-Request-Headers"] = headers
    return requests.options(f"{server.endpoint}/{bucket}/any.txt", headers=sent, timeout=10)


def _set(page: CorsPage, row: int, column: int, value: object,
         role: Qt.ItemDataRole = Qt.ItemDataRole.EditRole) -> None:
    assert page.model.setData(page.model.index(row, column), value, role)


def _button(page: CorsPage, name: str) -> QPushButton:
    found = page.findChild(QPushButton, name)
    assert found is not None
    return found


def _select(page: CorsPage, row: int) -> None:
    page.table.setCurrentIndex(page.model.index(row, 0))


RULES = [
    {"ID": "app", "AllowedOrigins": ["https://app.example.com", "https://*.example.org"],
     "AllowedMethods": ["GET", "PUT"], "AllowedHeaders": ["content-type", "x-amz-*"],
     "ExposeHeaders": ["ETag"], "MaxAgeSeconds": 600},
    {"ID": "any", "AllowedOrigins": ["*"], "AllowedMethods": ["HEAD"]},
]


def test_shows_what_boto3_wrote(qtbot: QtBot, qtmodeltester: ModelTester,
                                settings_context: ContextFactory, bucket: str,
                                boto_client: Any) -> None:
    boto_client.put_bucket_cors(Bucket=bucket, CORSConfiguration={"CORSRules": RULES})
    # RGW stores a rule's origins and headers as sets, so they come back sorted: compare with
    # what the server answers to boto3, not with the order written.
    held = boto_client.get_bucket_cors(Bucket=bucket)["CORSRules"]
    page = _page(qtbot, settings_context, bucket)
    qtmodeltester.check(page.model)
    model = page.model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "app"
    assert model.index(0, ORIGINS).data() == ", ".join(held[0]["AllowedOrigins"])
    assert sorted(held[0]["AllowedOrigins"]) == sorted(RULES[0]["AllowedOrigins"])
    ticked = [CORS_METHODS[c - METHODS] for c in range(METHODS, METHODS + len(CORS_METHODS))
              if model.index(0, c).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked]
    assert ticked == ["GET", "PUT"]
    assert model.index(0, HEADERS).data() == ", ".join(held[0]["AllowedHeaders"])
    assert sorted(held[0]["AllowedHeaders"]) == ["content-type", "x-amz-*"]
    assert model.index(0, EXPOSED).data() == "ETag"
    assert model.index(0, MAX_AGE).data() == "600"
    assert model.index(1, 0).data() == "any" and model.index(1, ORIGINS).data() == "*"
    assert model.index(1, MAX_AGE).data() == ""
    assert not page.apply_button.isEnabled() and not page.is_dirty()
    assert "2 CORS rules" in page.status.text()


def test_edit_apply_and_a_real_preflight_follows(
        qtbot: QtBot, qtmodeltester: ModelTester, settings_context: ContextFactory,
        bucket: str, boto_client: Any, s3_server: ServerInfo) -> None:
    boto_client.put_bucket_cors(Bucket=bucket, CORSConfiguration={"CORSRules": [
        {"AllowedOrigins": ["https://old.example.com"], "AllowedMethods": ["GET"]}]})
    assert _preflight(s3_server, bucket, "https://old.example.com").status_code == 200
    page = _page(qtbot, settings_context, bucket)
    qtmodeltester.check(page.model)
    _set(page, 0, ORIGINS, "https://new.example.com")
    _set(page, 0, METHODS + CORS_METHODS.index("PUT"), Qt.CheckState.Checked.value,
         Qt.ItemDataRole.CheckStateRole)
    _set(page, 0, HEADERS, "content-type")
    _set(page, 0, MAX_AGE, "300")
    assert page.is_dirty()
    _apply(qtbot, page)

    allowed = _preflight(s3_server, bucket, "https://new.example.com", "PUT", "content-type")
    assert allowed.status_code == 200
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://new.example.com"
    assert "PUT" in allowed.headers["Access-Control-Allow-Methods"]
    assert allowed.headers.get("Access-Control-Max-Age") == "300"
    assert _preflight(s3_server, bucket, "https://old.example.com").status_code == 403
    rule = boto_client.get_bucket_cors(Bucket=bucket)["CORSRules"][0]
    assert rule["AllowedOrigins"] == ["https://new.example.com"]
    assert rule["AllowedMethods"] == ["GET", "PUT"]
    assert not page.is_dirty()  # the page shows what it read back


def test_add_duplicate_reorder_remove_read_back(
        qtbot: QtBot, qtmodeltester: ModelTester, settings_context: ContextFactory,
        bucket: str, boto_client: Any) -> None:
    boto_client.put_bucket_cors(Bucket=bucket, CORSConfiguration={"CORSRules": RULES})
    page = _page(qtbot, settings_context, bucket)
    qtmodeltester.check(page.model)
    _select(page, 0)
    _button(page, "duplicateRuleButton").click()      # app, app-2, any
    assert page.table.currentIndex().row() == 1
    _button(page, "moveDownButton").click()           # app, any, app-2
    _select(page, 0)
    _button(page, "removeRuleButton").click()         # any, app-2
    _button(page, "addRuleButton").click()            # any, app-2, (new)
    _set(page, 2, 0, "added")
    _select(page, 2)
    _button(page, "moveUpButton").click()             # any, added, app-2
    assert not _button(page, "moveUpButton").isEnabled() or \
        page.table.currentIndex().row() == 1
    _apply(qtbot, page)
    rules = boto_client.get_bucket_cors(Bucket=bucket)["CORSRules"]
    assert [r.get("ID") for r in rules] == ["any", "added", "app-2"]
    assert rules[1]["AllowedOrigins"] == ["*"] and rules[1]["AllowedMethods"] == ["GET", "HEAD"]
    assert sorted(rules[2]["AllowedOrigins"]) == sorted(RULES[0]["AllowedOrigins"])
    assert rules[2]["MaxAgeSeconds"] == 600

    for _ in range(3):  # removing every rule deletes the configuration
        _select(page, 0)
        _button(page, "removeRuleButton").click()
    assert page.model.rowCount() == 0
    assert page.plan().action == "delete"
    _apply(qtbot, page)
    with pytest.raises(Exception, match="NoSuchCORSConfiguration"):
        boto_client.get_bucket_cors(Bucket=bucket)


def test_invalid_origin_keeps_apply_disabled(qtbot: QtBot, qtmodeltester: ModelTester,
                                             settings_context: ContextFactory,
                                             bucket: str) -> None:
    page = _page(qtbot, settings_context, bucket)
    qtmodeltester.check(page.model)
    _button(page, "addRuleButton").click()
    assert page.apply_button.isEnabled()
    _set(page, 0, ORIGINS, "http://*.a.*.com")
    label = page.findChild(QLabel, "problem_rules")
    assert not page.apply_button.isEnabled()
    assert not label.isHidden() and "at most one * wildcard" in label.text()
    assert "Rule 1" in label.text()
    assert "at most one" in page.model.index(0, ORIGINS).data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(0, ORIGINS).data(Qt.ItemDataRole.DecorationRole) is not None
    _set(page, 0, MAX_AGE, "soon")
    assert "whole number" in label.text()
    _set(page, 0, ORIGINS, "https://*.a.com")
    _set(page, 0, MAX_AGE, "60")
    assert page.apply_button.isEnabled() and label.isHidden()


def test_test_box_shows_allowed_and_refused(qtbot: QtBot, settings_context: ContextFactory,
                                            bucket: str, boto_client: Any) -> None:
    boto_client.put_bucket_cors(Bucket=bucket, CORSConfiguration={"CORSRules": RULES})
    page = _page(qtbot, settings_context, bucket)
    page.test_origin.setText("https://app.example.com")
    page.test_method.setCurrentText("PUT")
    page.test_headers.setText("content-type")
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_result.toPlainText().startswith(("Allowed", "Refused",
                                                                        "No answer")),
                    timeout=WAIT)
    text = page.test_result.toPlainText()
    assert text.startswith("Allowed (HTTP 200)"), text
    assert "Access-Control-Allow-Origin: https://app.example.com" in text
    assert "Access-Control-Max-Age: 600" in text

    page.test_origin.setText("https://evil.example.net")
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_result.toPlainText().startswith(("Refused", "Allowed",
                                                                        "No answer")),
                    timeout=WAIT)
    assert page.test_result.toPlainText().startswith("Refused (HTTP 403)")


@pytest.mark.needs("other-user")
def test_refused_page_is_disabled_with_the_reason(
        qtbot: QtBot, settings_context: ContextFactory, bucket: str) -> None:
    page = _page(qtbot, settings_context, bucket, user="other")
    assert page.state is PageState.UNAVAILABLE
    assert "AccessDenied" in page.status.text()
    assert not page.content.isEnabled() and not page.apply_button.isEnabled()
