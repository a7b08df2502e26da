"""The CORS page: every rule in one table, and a real preflight to see what a browser would get.

A rule's lists are typed in their cells, commas or new lines between values; methods are tick
boxes. The rules are checked as they are typed (a warning icon on the cell, the reasons under
the table). An empty table is valid: Apply then deletes the CORS configuration. The Test box
asks the server as a browser would, so it answers from the rules the server holds, not from
unsent edits.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.config import CorsConfiguration, PreflightResult
from spacesgui.s3.settings.base import ChangePlan, Problem, split_list
from spacesgui.s3.settings.cors import (
    CORS_METHODS,
    CorsRow,
    config_from_rows,
    cors_plan,
    duplicate_row_of,
    new_row,
    row_message,
    rows_from_config,
)
from spacesgui.ui.bucket_settings.base import BucketContext, SettingsPage, monospace
from spacesgui.ui.bucket_settings.probe import Probe
from spacesgui.ui.bucket_settings.rule_table import Column, RuleButtons, RuleTableModel
from spacesgui.ui.translations import N_
from spacesgui.workers.tasks import TaskToken

LIST_TIP = N_("CorsPage", "One value per line or separated by commas.")


def _method_column(method: str) -> Column[CorsRow]:
    return Column(method, ("allowed_methods",), checked=lambda row: method in row.methods,
                  set_checked=lambda row, on: row.with_method(method, on),
                  tip=QCoreApplication.translate("cors",
                                                 "Allow {method} requests from these "
                                                 "origins.").format(method=method))


def cors_columns() -> list[Column[CorsRow]]:
    list_tip = QCoreApplication.translate("CorsPage", LIST_TIP)
    return [
        Column("ID", ("id",), text=lambda row: row.id,
               set_text=lambda row, text: replace(row, id=text.strip()),
               tip=QCoreApplication.translate("cors", "An optional name for the rule (unique).")),
        Column(QCoreApplication.translate("cors", "Allowed origins"), ("allowed_origins",),
               text=lambda row: row.origins,
               set_text=lambda row, text: replace(row, origins=text),
               tip=QCoreApplication.translate(
                   "cors", "https://example.com, or * for any site; one * wildcard at most. ")
                   + list_tip),
        *(_method_column(method) for method in CORS_METHODS),
        Column(QCoreApplication.translate("cors", "Allowed headers"), ("allowed_headers",),
               text=lambda row: row.allowed_headers,
               set_text=lambda row, text: replace(row, allowed_headers=text),
               tip=QCoreApplication.translate(
                   "cors", "Request headers a browser may send (Access-Control-Request-Headers). ")
                   + list_tip),
        Column(QCoreApplication.translate("cors", "Exposed headers"), ("expose_headers",),
               text=lambda row: row.expose_headers,
               set_text=lambda row, text: replace(row, expose_headers=text),
               tip=QCoreApplication.translate(
                   "cors", "Response headers scripts may read (such as ETag). ") + list_tip),
        Column(QCoreApplication.translate("cors", "Max age (s)"), ("max_age_seconds",),
               text=lambda row: row.max_age,
               set_text=lambda row, text: replace(row, max_age=text.strip()),
               tip=QCoreApplication.translate(
                   "cors", "How long a browser may cache the preflight answer, in seconds.")),
    ]


class CorsPage(SettingsPage):
    """The bucket's CORS rules as a table, with add, duplicate, remove and reorder."""

    title = N_("SettingsPage", "CORS")

    def __init__(self, context: BucketContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("corsPage")

        intro = QLabel(self.tr("Which other web sites may call this bucket from a browser. The "
                               "server answers a preflight with the first rule that matches, so "
                               "order matters. Removing every rule deletes the CORS "
                               "configuration."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)

        self.model: RuleTableModel[CorsRow] = RuleTableModel(cors_columns(), self)
        self.table = QTableView()
        self.table.setObjectName("corsRulesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column in range(2, 2 + len(CORS_METHODS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The origins column takes what is left: it is the one people read first.
        self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(2 + len(CORS_METHODS), 120)
        self.table.setColumnWidth(3 + len(CORS_METHODS), 110)
        self.table.setColumnWidth(4 + len(CORS_METHODS), 80)
        self.body.addWidget(self.table, 1)
        self.buttons = RuleButtons(
            self.table, self.model, make_row=new_row, duplicate=duplicate_row_of,
            names=("addRuleButton", "duplicateRuleButton", "removeRuleButton", "moveUpButton",
                   "moveDownButton"))
        self.body.addWidget(self.buttons)
        self.body.addWidget(self.field_problem_label("rules"))
        self.model.rows_edited.connect(self.edited)

        self.body.addWidget(self._build_test_box())

    # -- the test box --------------------------------------------------------------------------

    def _build_test_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Test a preflight"))
        box.setObjectName("corsTestBox")
        form = QFormLayout(box)
        note = QLabel(self.tr("Sends the OPTIONS request a browser would, without credentials. "
                              "The server answers from the rules it holds: apply edits before "
                              "testing them."))
        note.setWordWrap(True)
        form.addRow(note)
        self.test_origin = QLineEdit()
        self.test_origin.setObjectName("corsTestOrigin")
        self.test_origin.setPlaceholderText("https://app.example.com")
        form.addRow(self.tr("&Origin:"), self.test_origin)
        self.test_method = QComboBox()
        self.test_method.setObjectName("corsTestMethod")
        self.test_method.addItems(list(CORS_METHODS))
        form.addRow(self.tr("M&ethod:"), self.test_method)
        self.test_headers = QLineEdit()
        self.test_headers.setObjectName("corsTestHeaders")
        self.test_headers.setPlaceholderText(self.tr("content-type, x-amz-meta-tag (optional)"))
        form.addRow(self.tr("Request &headers:"), self.test_headers)
        self.test_key = QLineEdit()
        self.test_key.setObjectName("corsTestKey")
        self.test_key.setPlaceholderText(self.tr("(the bucket itself)"))
        form.addRow(self.tr("&Key:"), self.test_key)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Send Preflight"))
        self.test_button.setObjectName("corsTestButton")
        self.test_button.clicked.connect(self.run_test)
        self.test_cancel = QPushButton(self.tr("Cancel"))
        self.test_cancel.setObjectName("corsTestCancel")
        row.addWidget(self.test_button)
        row.addWidget(self.test_cancel)
        row.addStretch(1)
        form.addRow(row)
        self.test_result = QPlainTextEdit()
        self.test_result.setObjectName("corsTestResult")
        self.test_result.setReadOnly(True)
        self.test_result.setPlaceholderText(self.tr("The server's answer appears here."))
        self.test_result.setMaximumHeight(110)
        monospace(self.test_result)
        form.addRow(self.test_result)
        self.probe = Probe(self.runner, self.test_result, self.test_cancel)
        return box

    def run_test(self) -> None:
        """Send the preflight in the background; the answer replaces the result text."""
        origin = self.test_origin.text().strip()
        if not origin:
            self.test_result.setPlainText(self.tr(
                                                  "Type the origin a browser would send, such as "
                                                  "https://app.example.com."))
            return
        client = self.client()
        if client is None:
            return
        bucket, key = self.bucket, self.test_key.text().strip()
        method = self.test_method.currentText()
        headers = split_list(self.test_headers.text())

        def preflight(token: TaskToken) -> PreflightResult:
            return client.preflight_object(bucket=bucket, key=key, origin=origin, method=method,
                                           request_headers=headers, cancel=token)

        self.probe.start(preflight, asking=self.tr(
                                                   "Asking whether {origin} may "
                                                   "{method}\u2026").format(origin=origin,
                                                           method=method),
                         show=preflight_text, failed=self.tr("No answer: "))

    def cancel(self) -> None:
        self.probe.cancel()
        super().cancel()

    # -- the page contract ---------------------------------------------------------------------

    @staticmethod
    def read(client: S3Client, bucket: str, token: TaskToken) -> object:
        return client.get_bucket_cors(bucket=bucket, cancel=token)

    @staticmethod
    def write(client: S3Client, bucket: str, plan: ChangePlan, edited: object,
              token: TaskToken) -> None:
        if plan.action == "delete":
            client.delete_bucket_cors(bucket=bucket, cancel=token)
            return
        assert isinstance(edited, CorsConfiguration)
        client.put_bucket_cors(bucket=bucket, configuration=edited, cancel=token)

    def show_value(self, value: object) -> None:
        assert isinstance(value, CorsConfiguration)
        self.model.set_rows(rows_from_config(value))

    def edited_value(self) -> object:
        return config_from_rows(self.model.rows())[0]

    def problems(self) -> list[Problem]:
        """Each rule's problems mark its cell; their reasons are listed under the table."""
        config, found = config_from_rows(self.model.rows())
        self.model.set_problems(found)
        ids = [rule.id for rule in config.rules]
        return [Problem("rules", row_message(p, ids[p.row] if p.row is not None else None),
                        p.row) for p in found]

    def plan(self) -> ChangePlan:
        server = self.server_value
        assert isinstance(server, CorsConfiguration)
        return cors_plan(server, config_from_rows(self.model.rows())[0])

    def loaded_text(self) -> str:
        count = len(self.model.rows())
        if not count:
            return self.tr("No CORS rules: browsers on other sites may not call this bucket.")
        return self.tr("%n CORS rule(s), as the server holds them now.", "", count)


def preflight_text(result: PreflightResult) -> str:
    """The verdict, then the Access-Control-* headers the server sent, one per line."""
    verdict = (QCoreApplication.translate("cors", "Allowed") if result.allowed
               else QCoreApplication.translate("cors", "Refused"))
    lines = [QCoreApplication.translate("cors", "{verdict} (HTTP {status})").format(verdict=verdict,
            status=result.status)]
    if not result.allowed and result.allow_origin is None:
        lines.append(QCoreApplication.translate("cors",
                                                "No rule allows this origin, method and headers."))
    for name, value in (
            ("Access-Control-Allow-Origin", result.allow_origin or ""),
            ("Access-Control-Allow-Methods", ", ".join(result.allow_methods)),
            ("Access-Control-Allow-Headers", ", ".join(result.allow_headers)),
            ("Access-Control-Expose-Headers", ", ".join(result.expose_headers)),
            ("Access-Control-Max-Age", "" if result.max_age is None else str(result.max_age)),
            ("Access-Control-Allow-Credentials", "true" if result.allow_credentials else "")):
        if value:
            lines.append(f"{name}: {value}")
    return "\n".join(lines)


__all__ = ["CorsPage", "cors_columns", "preflight_text"]
