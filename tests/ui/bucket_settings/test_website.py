"""The website page on the suite's server: shown as boto3 wrote it, edited, read back, off."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spacesgui.config import Account
from spacesgui.s3.settings.website import CDN_NOTE, ROUTING_FIELDS, WebsiteMode
from spacesgui.ui.bucket_settings.base import BucketContext, ChangePreview, PageState
from spacesgui.ui.bucket_settings.website import WebsitePage
from tests.servers import ServerInfo
from tests.ui.bucket_settings.conftest import ContextFactory

WAIT = 30_000
COLUMN = {attr: column for column, attr in enumerate(ROUTING_FIELDS)}


def _page(qtbot: QtBot, settings_context: ContextFactory, bucket: str,
          **kw: Any) -> WebsitePage:
    page = WebsitePage(settings_context(bucket, **kw))
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.load()
    qtbot.waitUntil(lambda: page.state not in (PageState.LOADING, PageState.APPLYING),
                    timeout=WAIT)
    return page


def _apply(qtbot: QtBot, page: WebsitePage) -> None:
    assert page.apply_button.isEnabled(), page.general_problems.text()
    applied: list[bool] = []
    page.applied.connect(lambda: applied.append(True))
    page.ask_apply()
    preview = page.findChild(ChangePreview)
    assert preview is not None
    preview.apply_button.click()
    qtbot.waitUntil(lambda: bool(applied) and page.state is PageState.READY, timeout=WAIT)


def _child(page: WebsitePage, kind: type[Any], name: str) -> Any:
    found = page.findChild(kind, name)
    assert found is not None, name
    return found


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text) if text else edit.del_()


def _cell(page: WebsitePage, row: int, attr: str) -> object:
    return page.rules_model.index(row, COLUMN[attr]).data()


def _set_cell(page: WebsitePage, row: int, attr: str, text: str) -> None:
    assert page.rules_model.setData(page.rules_model.index(row, COLUMN[attr]), text)


SITE = {"IndexDocument": {"Suffix": "index.html"}, "ErrorDocument": {"Key": "error.html"},
        "RoutingRules": [{"Condition": {"KeyPrefixEquals": "docs/"},
                          "Redirect": {"ReplaceKeyPrefixWith": "documents/",
                                       "HttpRedirectCode": "301"}},
                         {"Condition": {"HttpErrorCodeReturnedEquals": "404"},
                          "Redirect": {"HostName": "example.com", "Protocol": "https",
                                       "ReplaceKeyWith": "missing.html"}}]}


def test_shows_what_boto3_wrote(qtbot: QtBot, qtmodeltester: ModelTester,
                                settings_context: ContextFactory, bucket: str,
                                boto_client: Any) -> None:
    boto_client.put_bucket_website(Bucket=bucket, WebsiteConfiguration=SITE)
    page = _page(qtbot, settings_context, bucket)
    qtmodeltester.check(page.rules_model)
    assert page.mode() is WebsiteMode.DOCUMENTS
    assert _child(page, QRadioButton, "websiteDocumentsRadio").isChecked()
    assert page.index_edit.text() == "index.html" and page.error_edit.text() == "error.html"
    assert page.rules_model.rowCount() == 2
    assert _cell(page, 0, "key_prefix_equals") == "docs/"
    assert _cell(page, 0, "replace_key_prefix_with") == "documents/"
    assert _cell(page, 0, "http_redirect_code") == "301"
    assert _cell(page, 1, "http_error_code_returned_equals") == "404"
    assert _cell(page, 1, "host_name") == "example.com"
    assert _cell(page, 1, "protocol") == "https"
    assert _cell(page, 1, "replace_key_with") == "missing.html"
    assert page.documents_box.isEnabled() and not page.redirect_box.isEnabled()
    assert not page.apply_button.isEnabled() and not page.is_dirty()


def test_edit_through_widgets_reads_back(qtbot: QtBot, qtmodeltester: ModelTester,
                                         settings_context: ContextFactory, bucket: str,
                                         boto_client: Any) -> None:
    page = _page(qtbot, settings_context, bucket)
    qtmodeltester.check(page.rules_model)
    assert page.mode() is WebsiteMode.OFF and "not served" in page.status.text()
    _child(page, QRadioButton, "websiteDocumentsRadio").click()
    assert not page.apply_button.isEnabled()  # a website needs an index document
    index_problem = _child(page, QLabel, "problem_index_document_suffix")
    assert "index document" in index_problem.text()
    _type(qtbot, page.index_edit, "home/page.html")
    assert "must not contain '/'" in index_problem.text()
    _type(qtbot, page.index_edit, "home.html")
    _type(qtbot, page.error_edit, "oops.html")
    assert index_problem.isHidden() and page.apply_button.isEnabled()

    _child(page, QPushButton, "addRoutingRuleButton").click()
    _set_cell(page, 0, "http_error_code_returned_equals", "")
    _set_cell(page, 0, "key_prefix_equals", "old/")
    _set_cell(page, 0, "replace_key_prefix_with", "new/")
    rules_problem = _child(page, QLabel, "problem_routing_rules")
    assert "not both" in rules_problem.text() and not page.apply_button.isEnabled()
    _set_cell(page, 0, "replace_key_with", "")
    _set_cell(page, 0, "http_redirect_code", "302")
    assert rules_problem.isHidden()
    _apply(qtbot, page)

    site = boto_client.get_bucket_website(Bucket=bucket)
    assert site["IndexDocument"] == {"Suffix": "home.html"}
    assert site["ErrorDocument"] == {"Key": "oops.html"}
    assert site["RoutingRules"] == [{"Condition": {"KeyPrefixEquals": "old/"},
                                     "Redirect": {"HttpRedirectCode": "302",
                                                  "ReplaceKeyPrefixWith": "new/"}}]
    assert page.mode() is WebsiteMode.DOCUMENTS and not page.is_dirty()


def test_redirect_all_round_trips_and_turning_off_deletes(
        qtbot: QtBot, settings_context: ContextFactory, bucket: str, boto_client: Any) -> None:
    boto_client.put_bucket_website(Bucket=bucket, WebsiteConfiguration=SITE)
    page = _page(qtbot, settings_context, bucket)
    _child(page, QRadioButton, "websiteRedirectRadio").click()
    assert page.redirect_box.isEnabled() and not page.documents_box.isEnabled()
    host_problem = _child(page, QLabel, "problem_redirect_all_requests_to.host_name")
    assert not host_problem.isHidden() and not page.apply_button.isEnabled()
    _type(qtbot, page.redirect_host, "https://www.example.com")
    assert "without a scheme" in host_problem.text()
    _type(qtbot, page.redirect_host, "www.example.com")
    page.redirect_protocol.setCurrentIndex(page.redirect_protocol.findData("https"))
    _apply(qtbot, page)
    site = boto_client.get_bucket_website(Bucket=bucket)
    assert site["RedirectAllRequestsTo"] == {"HostName": "www.example.com", "Protocol": "https"}
    assert "IndexDocument" not in site
    assert page.mode() is WebsiteMode.REDIRECT_ALL
    assert page.redirect_host.text() == "www.example.com"
    assert page.redirect_protocol.currentData() == "https"

    _child(page, QRadioButton, "websiteOffRadio").click()
    assert page.plan().action == "delete"
    _apply(qtbot, page)
    with pytest.raises(Exception, match="NoSuchWebsiteConfiguration"):
        boto_client.get_bucket_website(Bucket=bucket)
    assert page.mode() is WebsiteMode.OFF


def test_address_and_copy_on_spaces(qtbot: QtBot, settings_context: ContextFactory,
                                    bucket: str) -> None:
    """A Spaces account gets the region's -static address (read from the suite's server)."""
    server = settings_context(bucket)
    spaces = Account(id="do", name="DO", region="fra1")
    page = WebsitePage(BucketContext(account=spaces, bucket=bucket, client=server.client,
                                     runner=server.runner))
    qtbot.addWidget(page)
    page.load()
    qtbot.waitUntil(lambda: page.state is PageState.READY, timeout=WAIT)
    address = f"https://{bucket}.fra1-static.digitaloceanspaces.com"
    assert page.endpoint_edit.text() == address and page.test_url.text() == address
    assert _child(page, QLabel, "websiteAddressNote").text() == CDN_NOTE
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    _child(page, QPushButton, "copyEndpointButton").click()
    assert clipboard.text() == address


def test_unknown_address_says_so(qtbot: QtBot, settings_context: ContextFactory,
                                 bucket: str) -> None:
    page = _page(qtbot, settings_context, bucket)
    assert page.endpoint_edit.text() == ""
    assert not _child(page, QPushButton, "copyEndpointButton").isEnabled()
    page.test_button.click()
    assert "not known" in page.test_result.toPlainText()


@pytest.mark.needs("website-serving")
def test_index_served_through_the_website_address(
        qtbot: QtBot, settings_context: ContextFactory, bucket: str, boto_client: Any,
        s3_server: ServerInfo) -> None:
    """The address is typed, as on any server but Spaces; a .localhost one reaches loopback."""
    boto_client.put_object(Bucket=bucket, Key="index.html", Body=b"<h1>Hello site</h1>",
                           ContentType="text/html", ACL="public-read")
    boto_client.put_bucket_website(Bucket=bucket, WebsiteConfiguration={
        "IndexDocument": {"Suffix": "index.html"}})
    page = _page(qtbot, settings_context, bucket)
    _type(qtbot, page.test_url, s3_server.website_url(bucket))
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_result.toPlainText().startswith(("HTTP", "The address")),
                    timeout=WAIT)
    text = page.test_result.toPlainText()
    assert text.startswith("HTTP 200"), text
    assert "Content-Type: text/html" in text and "<h1>Hello site</h1>" in text


@pytest.mark.needs("other-user")
def test_refused_page_is_disabled_with_the_reason(
        qtbot: QtBot, settings_context: ContextFactory, bucket: str) -> None:
    page = _page(qtbot, settings_context, bucket, user="other")
    assert page.state is PageState.UNAVAILABLE
    assert "AccessDenied" in page.status.text()
    assert not page.content.isEnabled() and not page.apply_button.isEnabled()
