"""The bucket at a glance: region, creation date, addresses to copy, usage and versioning.

Read-only: the values come from HeadBucket and a few reads beside it (see `read_overview`),
and each address has a Copy button, since copying a link is what people open this page for.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.config import VersioningState
from spacesgui.s3.settings.base import ChangePlan, Problem, plan_change
from spacesgui.s3.settings.overview import BucketOverview, read_overview
from spacesgui.s3.spaces import region_label
from spacesgui.ui.bucket_settings.base import BucketContext, SettingsPage
from spacesgui.ui.formatting import exact_size, full_time, human_size
from spacesgui.ui.translations import N_
from spacesgui.workers.tasks import TaskToken

log = logging.getLogger(__name__)

NOT_REPORTED = N_("OverviewPage", "Not reported by this server")

_VERSIONING_WORDS = {
    VersioningState.NEVER_ENABLED: N_("OverviewPage", "Never enabled"),
    VersioningState.ENABLED: N_("OverviewPage", "Enabled: old versions are kept"),
    VersioningState.SUSPENDED: N_("OverviewPage", "Suspended: versions kept earlier remain"),
}


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class _AddressRow(QWidget):
    """An address in a read-only field with a Copy button; hidden where there is none."""

    def __init__(self, name: str) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{name}Edit")
        self.edit.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName(f"{name}CopyButton")
        self.copy_button.setToolTip(self.tr("Copy the address to the clipboard"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        row.addWidget(self.edit, 1)
        row.addWidget(self.copy_button)

    def set_address(self, address: str | None) -> None:
        self.edit.setText(address or "")
        self.edit.setCursorPosition(0)
        self.copy_button.setEnabled(bool(address))

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.edit.text())


class OverviewPage(SettingsPage):
    title = N_("SettingsPage", "Overview")
    read_only = True

    def __init__(self, context: BucketContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("overviewPage")
        self.is_spaces = context.account.provider == "spaces"
        form = self._form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = _value_label("bucketNameLabel")
        self.region_label = _value_label("regionLabel")
        self.created_label = _value_label("createdLabel")
        self.origin_row = _AddressRow("origin")
        self.cdn_row = _AddressRow("cdn")
        self.website_row = _AddressRow("website")
        self.objects_label = _value_label("objectCountLabel")
        self.bytes_label = _value_label("bytesUsedLabel")
        self.versioning_label = _value_label("versioningStateLabel")
        form.addRow(self.tr("Bucket:"), self.name_label)
        form.addRow(self.tr("Region:"), self.region_label)
        form.addRow(self.tr("Created:"), self.created_label)
        form.addRow(self.tr("&Origin:"), self.origin_row)
        form.addRow(self.tr("&CDN:"), self.cdn_row)
        form.addRow(self.tr("&Website:"), self.website_row)
        form.addRow(self.tr("Objects:"), self.objects_label)
        form.addRow(self.tr("Space used:"), self.bytes_label)
        form.addRow(self.tr("Versioning:"), self.versioning_label)
        for row in (self.origin_row, self.cdn_row, self.website_row):
            label = form.labelForField(row)
            if isinstance(label, QLabel):
                label.setBuddy(row.edit)
        self.notes = QLabel()
        self.notes.setObjectName("overviewNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary text
        self.body.addLayout(form)
        self.body.addWidget(self.notes)
        self.body.addStretch(1)

    @staticmethod
    def read(client: S3Client, bucket: str, token: TaskToken) -> object:
        return read_overview(client, bucket, cancel=token)

    def show_value(self, value: object) -> None:
        assert isinstance(value, BucketOverview)
        self.name_label.setText(value.bucket)
        region = value.region
        self.region_label.setText(
            self.tr(NOT_REPORTED) if region is None
            else region_label(region) if self.is_spaces else region)
        self.created_label.setText(full_time(value.created) if value.created else
                                   self.tr("Not listed for these credentials"))
        addresses = value.addresses
        self.origin_row.set_address(addresses.origin)
        self._show_row(self.cdn_row, self.is_spaces, addresses.cdn)
        self._show_row(self.website_row, addresses.website is not None, addresses.website)
        self.objects_label.setText(self.tr(NOT_REPORTED) if value.object_count is None
                                   else f"{value.object_count:,}")
        self.bytes_label.setText(self.tr(NOT_REPORTED) if value.bytes_used is None else
                                 f"{human_size(value.bytes_used)} ({exact_size(value.bytes_used)})")
        self.versioning_label.setText(self.tr("Not readable with these credentials")
                                      if value.versioning is None
                                      else self.tr(_VERSIONING_WORDS[value.versioning]))
        notes = []
        if self.is_spaces:
            notes.append(self.tr("The CDN address serves files only once the CDN is enabled for "
                                 "this Space; the website address only once it has a website "
                                 "configuration."))
            if addresses.cdn is None:
                notes.append(self.tr("A name with dots cannot be served by the CDN over HTTPS."))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _show_row(self, row: _AddressRow, shown: bool, address: str | None) -> None:
        row.set_address(address)
        row.setVisible(shown)
        label = self._form.labelForField(row)
        if label is not None:
            label.setVisible(shown)

    def loaded_text(self) -> str:
        return self.tr("The bucket as the server describes it now.")

    # Read-only: nothing to edit, so nothing to check or send.
    def edited_value(self) -> object:
        return None

    def problems(self) -> list[Problem]:
        return []

    def plan(self) -> ChangePlan:
        return plan_change("", "", (), name="overview")
