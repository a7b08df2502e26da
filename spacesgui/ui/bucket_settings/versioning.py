"""Versioning: enable or suspend, each choice with what it means for the files.

A bucket that was never versioned shows that state, but it is not a choice: once versioning
has been on, the bucket can only be suspended, never returned to "never enabled".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QWidget

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.config import VersioningState
from spacesgui.s3.settings.base import ChangePlan, Problem
from spacesgui.s3.settings.versioning import MEANING, versioning_plan, versioning_problems
from spacesgui.ui.bucket_settings.base import BucketContext, SettingsPage
from spacesgui.ui.translations import N_, shown
from spacesgui.workers.tasks import TaskToken

log = logging.getLogger(__name__)

_CURRENT = {
    VersioningState.NEVER_ENABLED: N_("VersioningPage",
                                      "Versioning has never been enabled on this bucket."),
    VersioningState.ENABLED: N_("VersioningPage", "Versioning is enabled."),
    VersioningState.SUSPENDED: N_("VersioningPage", "Versioning is suspended."),
}


def _meaning(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setIndent(24)  # under its radio button's text
    return label


class VersioningPage(SettingsPage):
    title = N_("SettingsPage", "Versioning")

    def __init__(self, context: BucketContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("versioningPage")
        self.current_label = QLabel()
        self.current_label.setObjectName("versioningCurrentLabel")
        self.current_label.setWordWrap(True)
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)
        self.never_label = _meaning(shown(MEANING[VersioningState.NEVER_ENABLED]),
                                    "neverEnabledMeaning")
        self.enable_radio = QRadioButton(self.tr("&Enable versioning"))
        self.enable_radio.setObjectName("enableVersioningRadio")
        self.suspend_radio = QRadioButton(self.tr("&Suspend versioning"))
        self.suspend_radio.setObjectName("suspendVersioningRadio")
        self.group = QButtonGroup(self)
        self.group.addButton(self.enable_radio)
        self.group.addButton(self.suspend_radio)
        self.group.buttonToggled.connect(self._on_choice_toggled)
        self.body.addWidget(self.current_label)
        self.body.addWidget(self.never_label)
        self.body.addSpacing(8)
        self.body.addWidget(self.enable_radio)
        self.body.addWidget(_meaning(shown(MEANING[VersioningState.ENABLED]), "enabledMeaning"))
        self.body.addSpacing(4)
        self.body.addWidget(self.suspend_radio)
        self.body.addWidget(_meaning(shown(MEANING[VersioningState.SUSPENDED]),
                                     "suspendedMeaning"))
        self.body.addWidget(self.field_problem_label("state"))
        self.body.addStretch(1)

    @staticmethod
    def read(client: S3Client, bucket: str, token: TaskToken) -> object:
        return client.get_bucket_versioning(bucket=bucket, cancel=token)

    @staticmethod
    def write(client: S3Client, bucket: str, plan: ChangePlan, edited: object,
              token: TaskToken) -> None:
        assert isinstance(edited, VersioningState)
        client.put_bucket_versioning(bucket=bucket, state=edited, cancel=token)

    def show_value(self, value: object) -> None:
        assert isinstance(value, VersioningState)
        self.current_label.setText(self.tr(_CURRENT[value]))
        self.never_label.setVisible(value is VersioningState.NEVER_ENABLED)
        # An exclusive group cannot uncheck its last button; the never-enabled state has none.
        self.group.setExclusive(False)
        self.enable_radio.setChecked(value is VersioningState.ENABLED)
        self.suspend_radio.setChecked(value is VersioningState.SUSPENDED)
        self.group.setExclusive(True)

    def _server_state(self) -> VersioningState:
        value = self.server_value
        return value if isinstance(value, VersioningState) else VersioningState.NEVER_ENABLED

    def edited_value(self) -> object:
        return self.target()

    def target(self) -> VersioningState:
        """The state the radio buttons ask for; the server's state while neither is chosen."""
        if self.enable_radio.isChecked():
            return VersioningState.ENABLED
        if self.suspend_radio.isChecked():
            return VersioningState.SUSPENDED
        return self._server_state()

    def problems(self) -> list[Problem]:
        return versioning_problems(self._server_state(), self.target())

    def plan(self) -> ChangePlan:
        return versioning_plan(self._server_state(), self.target())

    def _on_choice_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.edited()
