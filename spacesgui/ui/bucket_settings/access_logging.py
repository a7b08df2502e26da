"""The Access Logging page: write the bucket's access logs to another bucket, or stop.

The target is chosen from the account's buckets (listed in the background; the list leaves
out the bucket itself, since the logs must go elsewhere), or typed when the key may not list
buckets. A server that reads the setting but refuses to change it (Ceph RGW answers
PutBucketLogging with 405) turns the page off after the refusal, with the same reason a
refused read gives, and the server's answer stays on the page.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import ServiceError
from spacesgui.s3.models.config import BucketLoggingStatus
from spacesgui.s3.models.listing import BucketList
from spacesgui.s3.settings.access_logging import logging_plan, logging_problems, logging_status
from spacesgui.s3.settings.base import ChangePlan, Problem, unavailable_reason
from spacesgui.ui.bucket_settings.base import BucketContext, PageState, SettingsPage
from spacesgui.ui.errors import describe
from spacesgui.ui.translations import N_, shown
from spacesgui.workers.tasks import TaskToken

log = logging.getLogger(__name__)

_NOTE = N_("LoggingPage",
           "The server writes a log of the requests made to this bucket into the target bucket, "
           "as objects whose names start with the prefix. The target must be another bucket of "
           "the same account; logs arrive with a delay of hours.")


def _refused_for_good(exc: BaseException) -> bool:
    return isinstance(exc, ServiceError) and exc.code in ("MethodNotAllowed", "NotImplemented")


class LoggingPage(SettingsPage):
    title = N_("SettingsPage", "Access Logging")

    def __init__(self, context: BucketContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("loggingPage")
        self._buckets_task: int | None = None
        self.account_buckets: list[str] | None = None   # None until listed (or refused)

        self.enabled_check = QCheckBox(self.tr("&Write access logs for this bucket"))
        self.enabled_check.setObjectName("loggingEnabledCheck")
        self.enabled_check.toggled.connect(self._on_enabled_toggled)
        self.body.addWidget(self.enabled_check)
        self.body.addWidget(self._build_fields())

        self.turn_off_button = QPushButton(self.tr("Turn &Off Logging\u2026"))
        self.turn_off_button.setObjectName("turnOffLoggingButton")
        self.turn_off_button.setToolTip(self.tr("Stop writing access logs (shows the change "
                                                "first)"))
        self.turn_off_button.clicked.connect(self.turn_off)
        row = QHBoxLayout()
        row.addWidget(self.turn_off_button)
        row.addStretch(1)
        self.body.addLayout(row)
        note = QLabel(self.tr(_NOTE))
        note.setObjectName("loggingNote")
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.body.addWidget(note)
        self.body.addStretch(1)
        self._refresh_fields()

    def _build_fields(self) -> QWidget:
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("targetBucketCombo")
        self.target_combo.setEditable(True)   # a name can be typed when buckets cannot be listed
        self.target_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.target_combo.setMinimumContentsLength(24)
        self.target_combo.setAccessibleName(self.tr("Target bucket"))
        self.target_combo.editTextChanged.connect(self.edited)
        self.buckets_note = QLabel(self.tr("Listing the account's buckets\u2026"))
        self.buckets_note.setObjectName("bucketListNote")
        self.buckets_note.setWordWrap(True)
        self.buckets_note.setTextFormat(Qt.TextFormat.PlainText)
        self.buckets_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.target_combo)
        column.addWidget(self.field_problem_label("target_bucket"))
        column.addWidget(self.buckets_note)
        holder = QWidget()
        holder.setLayout(column)
        label = QLabel(self.tr("&Target bucket:"))
        label.setBuddy(self.target_combo)
        form.addRow(label, holder)
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setObjectName("targetPrefixEdit")
        self.prefix_edit.setPlaceholderText(self.tr(
                                                    "(blank: log objects at the top of the "
                                                    "target)"))
        self.prefix_edit.textEdited.connect(self.edited)
        label = QLabel(self.tr("Log &prefix:"))
        label.setBuddy(self.prefix_edit)
        form.addRow(label, self.prefix_edit)
        return self.fields

    # -- what the base asks for ------------------------------------------------------------------

    @staticmethod
    def read(client: S3Client, bucket: str, token: TaskToken) -> object:
        return client.get_bucket_logging(bucket=bucket, cancel=token)

    @staticmethod
    def write(client: S3Client, bucket: str, plan: ChangePlan, edited: object,
              token: TaskToken) -> None:
        assert isinstance(edited, BucketLoggingStatus)
        client.put_bucket_logging(bucket=bucket, status=edited, cancel=token)

    def load(self) -> None:
        super().load()
        if self.state is PageState.LOADING and self.account_buckets is None:
            self._list_buckets()

    def show_value(self, value: object) -> None:
        assert isinstance(value, BucketLoggingStatus)
        self.enabled_check.setChecked(value.enabled)
        self.target_combo.setEditText(value.target_bucket or "")
        self.prefix_edit.setText(value.target_prefix)
        self._refresh_fields()

    def loaded_text(self) -> str:
        status = self._server()
        if not status.enabled:
            return self.tr("Access logging is off.")
        return (self.tr("Access logs go to \u201c{target_bucket}\u201d").format(
                target_bucket=status.target_bucket)
                + (self.tr(" under \u201c{target_prefix}\u201d.").format(
                        target_prefix=status.target_prefix) if status.target_prefix
                   else "."))

    def edited_value(self) -> object:
        return logging_status(self.target_combo.currentText(), self.prefix_edit.text(),
                              enabled=self.enabled_check.isChecked(), keep_from=self._server())

    def problems(self) -> list[Problem]:
        edited = self.edited_value()
        assert isinstance(edited, BucketLoggingStatus)
        return logging_problems(edited, self.bucket)

    def plan(self) -> ChangePlan:
        edited = self.edited_value()
        assert isinstance(edited, BucketLoggingStatus)
        return logging_plan(self._server(), edited)

    def _server(self) -> BucketLoggingStatus:
        value = self.server_value
        return value if isinstance(value, BucketLoggingStatus) else BucketLoggingStatus()

    # -- a server that reads the setting but will not change it ----------------------------------

    def _on_apply_failed(self, task_id: int, exc: BaseException) -> None:
        """As the base; then a server that does not do this at all (405, 501) turns the page
        off as a refused read would. The server's code, message and request id stay shown.

        AccessDenied is left to the base: a key that may read but not write is refused for
        this change only, and its message says so.
        """
        super()._on_apply_failed(task_id, exc)
        reason = unavailable_reason(exc)
        if reason is None or not _refused_for_good(exc) or self.state is not PageState.READY:
            return
        log.info("%s of %s cannot be changed: %s", self.title, self.bucket, reason)
        self.unavailable_text = (self.tr("{reason}\nReading the setting works, but the server "
                                         "refused to change it; nothing was changed.").format(
                                                 reason=shown(reason)))
        self._set_state(PageState.UNAVAILABLE)
        self.status.setText(self.unavailable_text)
        self.general_problems.hide()

    # -- the fields ------------------------------------------------------------------------------

    def turn_off(self) -> None:
        """Uncheck logging and show what Apply would send."""
        self.enabled_check.setChecked(False)
        self.ask_apply()

    def _on_enabled_toggled(self) -> None:
        self._refresh_fields()
        if self.enabled_check.isChecked() and not self.target_combo.currentText().strip() \
                and self.target_combo.count():
            self.target_combo.setCurrentIndex(0)
        self.edited()

    def _refresh_fields(self) -> None:
        self.fields.setEnabled(self.enabled_check.isChecked())
        self.turn_off_button.setEnabled(self._server().enabled)

    def _list_buckets(self) -> None:
        try:
            client = self.client_source()
        except Exception:
            return  # the page's own read says why there is no client
        self._buckets_task = self.runner.submit(
            lambda token: client.list_buckets(cancel=token),
            self._on_buckets, self._on_buckets_failed)

    def _on_buckets(self, task_id: int, listed: BucketList) -> None:
        if task_id != self._buckets_task:
            return
        self._buckets_task = None
        names = sorted(b.name for b in listed.buckets if b.name != self.bucket)
        self.account_buckets = names
        typed = self.target_combo.currentText()
        self.target_combo.blockSignals(True)   # refilling the list is not an edit
        try:
            self.target_combo.clear()
            self.target_combo.addItems(names)
            self.target_combo.setEditText(typed)
        finally:
            self.target_combo.blockSignals(False)
        self.buckets_note.setText(
            self.tr("The account's other buckets are listed; a name can also be "
                    "typed.") if names else
            self.tr("The account has no other bucket to log into: create one first."))

    def _on_buckets_failed(self, task_id: int, exc: BaseException) -> None:
        if task_id != self._buckets_task:
            return
        self._buckets_task = None
        self.account_buckets = []
        self.buckets_note.setText(self.tr("The account's buckets could not be listed; type the "
                                          "target bucket's name. ({error})").format(
                                              error=describe(exc).splitlines()[0]))

    def cancel(self) -> None:
        if self._buckets_task is not None:
            self.runner.cancel(self._buckets_task)
            self._buckets_task = None
        super().cancel()
