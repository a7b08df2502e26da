"""The website page: serve documents (with routing rules), redirect everything, or no website.

The three modes exclude each other, as S3 has them; the fields of a mode not chosen are kept
while the user switches, but only the chosen mode is sent. "Off" applies as a DELETE. The
page shows the bucket's website address where it is known (Spaces) with a Copy button, and a
Test fetches that address in the background as a visitor would.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.config import RoutingRule, WebsiteAnswer, WebsiteConfiguration
from spacesgui.s3.settings.base import ChangePlan, Problem, duplicate_row
from spacesgui.s3.settings.website import (
    CDN_NOTE,
    ROUTING_FIELDS,
    WebsiteForm,
    WebsiteMode,
    website_endpoint,
    website_plan,
    website_problems,
    with_rule_field,
)
from spacesgui.ui.bucket_settings.base import BucketContext, SettingsPage, monospace
from spacesgui.ui.bucket_settings.probe import Probe
from spacesgui.ui.bucket_settings.rule_table import Column, RuleButtons, RuleTableModel
from spacesgui.ui.translations import N_, shown
from spacesgui.workers.tasks import TaskToken

# Column headers and tips of the routing rules, translated in _rule_column (context "website").
_HEADERS = {
    "key_prefix_equals": (
        N_("website", "When key starts with"),
        N_("website", "Condition: the requested key begins with this prefix.")),
    "http_error_code_returned_equals": (
        N_("website", "When error is"),
        N_("website", "Condition: the answer would be this HTTP error (such as 404).")),
    "host_name": (
        N_("website", "Redirect to host"),
        N_("website", "The host to send the visitor to; blank keeps this one.")),
    "protocol": (
        N_("website", "Protocol"), N_("website", "http or https; blank keeps the visitor's.")),
    "replace_key_with": (
        N_("website", "Replace key with"), N_("website", "The whole key to redirect to.")),
    "replace_key_prefix_with": (
        N_("website", "Replace prefix with"),
        N_("website", "Replaces the matched prefix, keeping the rest of the key.")),
    "http_redirect_code": (
        N_("website", "Status"),
        N_("website", "The redirect's HTTP status (such as 301 or 302).")),
}

_PROTOCOLS = ((N_("WebsitePage", "Same as the request"), ""), ("http", "http"),
              ("https", "https"))


def _rule_column(attr: str) -> Column[RoutingRule]:
    header, tip = (QCoreApplication.translate("website", text) for text in _HEADERS[attr])
    return Column(header, (attr,), text=lambda rule: getattr(rule, attr) or "",
                  set_text=lambda rule, text: with_rule_field(rule, attr, text), tip=tip)


def routing_columns() -> list[Column[RoutingRule]]:
    return [_rule_column(attr) for attr in ROUTING_FIELDS]


def _new_rule() -> RoutingRule:
    return RoutingRule(http_error_code_returned_equals="404", replace_key_with="index.html")


class WebsitePage(SettingsPage):
    """The bucket's static website settings, its address, and a fetch of its index."""

    title = N_("SettingsPage", "Website")

    def __init__(self, context: BucketContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("websitePage")
        account = context.account
        self.endpoint = website_endpoint(account.effective_endpoint(), context.bucket,
                                         account.region)

        self.mode_group = QButtonGroup(self)
        modes = QHBoxLayout()
        for mode, text, name in (
                (WebsiteMode.OFF, self.tr("&Off: not a website"), "websiteOffRadio"),
                (WebsiteMode.DOCUMENTS, self.tr("Serve &documents"), "websiteDocumentsRadio"),
                (WebsiteMode.REDIRECT_ALL, self.tr("Redirect &every request"),
                 "websiteRedirectRadio")):
            radio = QRadioButton(text)
            radio.setObjectName(name)
            self.mode_group.addButton(radio, list(WebsiteMode).index(mode))
            modes.addWidget(radio)
        modes.addStretch(1)
        self.body.addLayout(modes)
        self.mode_group.idToggled.connect(self._on_mode_toggled)

        self.documents_box = self._build_documents_box()
        self.body.addWidget(self.documents_box, 1)
        self.redirect_box = self._build_redirect_box()
        self.body.addWidget(self.redirect_box)
        self.body.addWidget(self._build_address_box())
        self._sync_mode_boxes()

    # -- building ------------------------------------------------------------------------------

    def _build_documents_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Documents"))
        box.setObjectName("websiteDocumentsBox")
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.index_edit = QLineEdit()
        self.index_edit.setObjectName("indexDocumentEdit")
        self.index_edit.setPlaceholderText("index.html")
        self.index_edit.setToolTip(self.tr("Served for the bucket's root and for every "
                                           "\u201cfolder\u201d (a key ending in /)."))
        self.index_edit.textEdited.connect(self.edited)
        form.addRow(self.tr("&Index document:"), self.index_edit)
        form.addRow(self.field_problem_label("index_document_suffix"))
        self.error_edit = QLineEdit()
        self.error_edit.setObjectName("errorDocumentEdit")
        self.error_edit.setPlaceholderText(self.tr("404.html (optional)"))
        self.error_edit.setToolTip(self.tr("The key served when a page is missing or refused."))
        self.error_edit.textEdited.connect(self.edited)
        form.addRow(self.tr("E&rror document:"), self.error_edit)
        form.addRow(self.field_problem_label("error_document_key"))
        layout.addLayout(form)
        rules_label = QLabel(self.tr("Routing rules: the first rule whose condition matches "
                                     "redirects the visitor."))
        rules_label.setWordWrap(True)
        layout.addWidget(rules_label)
        self.rules_model: RuleTableModel[RoutingRule] = RuleTableModel(routing_columns(), self)
        self.rules_table = QTableView()
        self.rules_table.setObjectName("routingRulesTable")
        self.rules_table.setModel(self.rules_model)
        self.rules_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.rules_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((140, 90, 150, 70, 130, 130)):
            self.rules_table.setColumnWidth(column, width)
        self.rules_table.setMinimumHeight(110)  # a few rules visible, not only the header
        layout.addWidget(self.rules_table, 1)
        self.rule_buttons = RuleButtons(
            self.rules_table, self.rules_model, make_row=_new_rule, duplicate=duplicate_row,
            names=("addRoutingRuleButton", "duplicateRoutingRuleButton",
                   "removeRoutingRuleButton", "moveRoutingRuleUpButton",
                   "moveRoutingRuleDownButton"))
        layout.addWidget(self.rule_buttons)
        layout.addWidget(self.field_problem_label("routing_rules"))
        self.rules_model.rows_edited.connect(self.edited)
        return box

    def _build_redirect_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Redirect every request"))
        box.setObjectName("websiteRedirectBox")
        form = QFormLayout(box)
        self.redirect_host = QLineEdit()
        self.redirect_host.setObjectName("redirectHostEdit")
        self.redirect_host.setPlaceholderText("www.example.com")
        self.redirect_host.textEdited.connect(self.edited)
        form.addRow(self.tr("&Host:"), self.redirect_host)
        form.addRow(self.field_problem_label("redirect_all_requests_to.host_name"))
        self.redirect_protocol = QComboBox()
        self.redirect_protocol.setObjectName("redirectProtocolBox")
        for text, value in _PROTOCOLS:
            self.redirect_protocol.addItem(self.tr(text), value)
        self.redirect_protocol.currentIndexChanged.connect(self.edited)
        form.addRow(self.tr("Protoco&l:"), self.redirect_protocol)
        form.addRow(self.field_problem_label("redirect_all_requests_to.protocol"))
        form.addRow(self.field_problem_label("redirect_all_requests_to"))
        return box

    def _build_address_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Website address"))
        box.setObjectName("websiteAddressBox")
        form = QFormLayout(box)
        row = QHBoxLayout()
        self.endpoint_edit = QLineEdit(self.endpoint or "")
        self.endpoint_edit.setObjectName("websiteEndpointEdit")
        self.endpoint_edit.setReadOnly(True)
        self.endpoint_edit.setPlaceholderText(self.tr("not known for this server"))
        row.addWidget(self.endpoint_edit, 1)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copyEndpointButton")
        self.copy_button.setEnabled(self.endpoint is not None)
        self.copy_button.clicked.connect(self.copy_endpoint)
        row.addWidget(self.copy_button)
        form.addRow(self.tr("Address:"), row)
        if self.endpoint is not None:
            note = QLabel(shown(CDN_NOTE))
        else:
            note = QLabel(self.tr("This server's website address is part of its own set-up (on "
                                  "Ceph RGW, rgw_dns_s3website_name); type it below to test it."))
        note.setObjectName("websiteAddressNote")
        note.setWordWrap(True)
        form.addRow(note)
        test_row = QHBoxLayout()
        self.test_url = QLineEdit(self.endpoint or "")
        self.test_url.setObjectName("websiteTestUrl")
        self.test_url.setPlaceholderText("http://bucket.website.example:8080/")
        test_row.addWidget(self.test_url, 1)
        self.test_button = QPushButton(self.tr("&Fetch Index"))
        self.test_button.setObjectName("websiteTestButton")
        self.test_button.clicked.connect(self.run_test)
        test_row.addWidget(self.test_button)
        self.test_cancel = QPushButton(self.tr("Cancel"))
        self.test_cancel.setObjectName("websiteTestCancel")
        test_row.addWidget(self.test_cancel)
        test_label = QLabel(self.tr("&Test:"))
        test_label.setBuddy(self.test_url)
        form.addRow(test_label, test_row)
        self.test_result = QPlainTextEdit()
        self.test_result.setObjectName("websiteTestResult")
        self.test_result.setReadOnly(True)
        self.test_result.setPlaceholderText(self.tr("What a visitor gets appears here."))
        self.test_result.setMaximumHeight(100)
        monospace(self.test_result)
        form.addRow(self.test_result)
        self.probe = Probe(self.runner, self.test_result, self.test_cancel)
        return box

    # -- mode ----------------------------------------------------------------------------------

    def mode(self) -> WebsiteMode:
        checked = self.mode_group.checkedId()
        return list(WebsiteMode)[checked] if checked >= 0 else WebsiteMode.OFF

    def set_mode(self, mode: WebsiteMode) -> None:
        button = self.mode_group.button(list(WebsiteMode).index(mode))
        button.setChecked(True)

    def _on_mode_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._sync_mode_boxes()
            self.edited()

    def _sync_mode_boxes(self) -> None:
        mode = self.mode()
        self.documents_box.setEnabled(mode is WebsiteMode.DOCUMENTS)
        self.redirect_box.setEnabled(mode is WebsiteMode.REDIRECT_ALL)

    # -- address and test ----------------------------------------------------------------------

    def copy_endpoint(self) -> None:
        if self.endpoint is not None:
            QGuiApplication.clipboard().setText(self.endpoint)
            self.status.setText(self.tr("The website address is on the clipboard."))

    def run_test(self) -> None:
        """Fetch the address in the background, as a visitor's browser would."""
        url = self.test_url.text().strip()
        if not url:
            self.test_result.setPlainText(
                self.tr("The website address of this server is not known, so the site cannot be "
                        "fetched. Type the address the server serves websites on to test it."))
            return
        client = self.client()
        if client is None:
            return

        def fetch(token: TaskToken) -> WebsiteAnswer:
            return client.fetch_website(url=url, cancel=token)

        self.probe.start(fetch, asking=self.tr("Fetching {url}\u2026").format(url=url),
                         show=answer_text,
                         failed=self.tr("The address could not be reached: "))

    def cancel(self) -> None:
        self.probe.cancel()
        super().cancel()

    # -- the page contract ---------------------------------------------------------------------

    @staticmethod
    def read(client: S3Client, bucket: str, token: TaskToken) -> object:
        return client.get_bucket_website(bucket=bucket, cancel=token)

    @staticmethod
    def write(client: S3Client, bucket: str, plan: ChangePlan, edited: object,
              token: TaskToken) -> None:
        if plan.action == "delete":
            client.delete_bucket_website(bucket=bucket, cancel=token)
            return
        assert isinstance(edited, WebsiteConfiguration)
        client.put_bucket_website(bucket=bucket, configuration=edited, cancel=token)

    def show_value(self, value: object) -> None:
        assert value is None or isinstance(value, WebsiteConfiguration)
        form = WebsiteForm.from_config(value)
        self.set_mode(form.mode)
        self.index_edit.setText(form.index_document)
        self.error_edit.setText(form.error_document)
        self.rules_model.set_rows(form.routing_rules)
        self.redirect_host.setText(form.redirect_host)
        found = self.redirect_protocol.findData(form.redirect_protocol)
        self.redirect_protocol.setCurrentIndex(max(found, 0))
        self._sync_mode_boxes()

    def form(self) -> WebsiteForm:
        return WebsiteForm(mode=self.mode(), index_document=self.index_edit.text(),
                           error_document=self.error_edit.text(),
                           routing_rules=self.rules_model.rows(),
                           redirect_host=self.redirect_host.text(),
                           redirect_protocol=str(self.redirect_protocol.currentData() or ""))

    def edited_value(self) -> object:
        return self.form().configuration()

    def problems(self) -> list[Problem]:
        """A routing rule's problems mark its cell; their reasons are listed under the table."""
        found = website_problems(self.form().configuration())
        rule_problems = [p for p in found if p.row is not None]
        self.rules_model.set_problems(rule_problems)
        return [replace(p, field="routing_rules",
                        message=self.tr("Rule {number}: {message}").format(
                            number=p.row + 1, message=shown(p.message)))
                if p.row is not None else p for p in found]

    def plan(self) -> ChangePlan:
        server = self.server_value
        assert server is None or isinstance(server, WebsiteConfiguration)
        return website_plan(server, self.form().configuration())

    def loaded_text(self) -> str:
        mode = self.mode()
        if mode is WebsiteMode.OFF:
            return self.tr("This bucket is not served as a website.")
        if mode is WebsiteMode.REDIRECT_ALL:
            return self.tr("Every request to the website is redirected, as the server holds it "
                           "now.")
        return self.tr("Served as a website, as the server holds it now.")


def answer_text(answer: WebsiteAnswer) -> str:
    """Status, then what a visitor gets: the page's first bytes, where a redirect points, or
    the S3 API's refusal when the address does not answer as a website."""
    lines = [QCoreApplication.translate("website", "HTTP {status} from {url}").format(
            status=answer.status, url=answer.url)]
    if answer.code is not None:
        lines.append(f"{answer.code}: {answer.message}" if answer.message else answer.code)
        if answer.code == "AccessDenied":
            lines.append(QCoreApplication.translate("website",
                                                    "Refused by the S3 API: this address may not "
                                                    "be the bucket's website address, or the "
                                                    "bucket is not public."))
        return "\n".join(lines)
    if answer.location is not None:
        lines.append(QCoreApplication.translate("website", "Redirects to: {location}").format(
                location=answer.location))
    lines.append(QCoreApplication.translate("website", "Content-Type: {type}").format(
        type=answer.content_type or "(none)"))
    if answer.head:
        lines.append(QCoreApplication.translate("website", "First {count} bytes:").format(
            count=len(answer.head)))
        lines.append(answer.head.decode("utf-8", errors="replace"))
    return "\n".join(lines)


__all__ = ["WebsitePage", "answer_text", "routing_columns"]
