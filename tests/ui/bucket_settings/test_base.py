"""The page base on its own: load, validate, preview, apply and read back, and a refused page."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.config import VersioningState
from spacesgui.s3.settings.base import ChangePlan, Problem
from spacesgui.s3.settings.versioning import versioning_plan
from spacesgui.ui.bucket_settings.base import ChangePreview, PageState, SettingsPage
from spacesgui.workers.tasks import TaskToken
from tests.ui.bucket_settings.conftest import ContextFactory

WAIT = 30_000


class _Versioning(SettingsPage):
    """A minimal page: the versioning state as a target chosen in code."""

    title = "Versioning"
    target: VersioningState | None = None
    refuse = ""  # a problem the test makes the edits have

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
        self.target = value

    def edited_value(self) -> object:
        return self.target

    def problems(self) -> list[Problem]:
        return [Problem("target", self.refuse)] if self.refuse else []

    def plan(self) -> ChangePlan:
        assert isinstance(self.server_value, VersioningState) and self.target is not None
        return versioning_plan(self.server_value, self.target)


def _loaded(qtbot: QtBot, page: SettingsPage) -> None:
    qtbot.waitUntil(lambda: page.state is not PageState.LOADING
                    and page.state is not PageState.APPLYING, timeout=WAIT)


def test_load_edit_preview_apply_read_back(qtbot: QtBot, settings_context: ContextFactory,
                                           bucket: str, boto_client: Any) -> None:
    page = _Versioning(settings_context(bucket))
    qtbot.addWidget(page)
    page.load()
    _loaded(qtbot, page)
    assert page.state is PageState.READY and page.server_value is VersioningState.NEVER_ENABLED
    assert not page.apply_button.isEnabled() and not page.is_dirty()  # nothing to send yet

    page.target = VersioningState.ENABLED
    page.edited()
    assert page.is_dirty() and page.apply_button.isEnabled()
    page.ask_apply()
    preview = page.findChild(ChangePreview)
    assert preview is not None
    assert "Enabled" in preview.findChild(QPlainTextEdit, "changeDiff").toPlainText()
    preview.apply_button.click()
    qtbot.waitUntil(lambda: page.server_value is VersioningState.ENABLED, timeout=WAIT)
    assert boto_client.get_bucket_versioning(Bucket=bucket)["Status"] == "Enabled"
    assert not page.is_dirty()


def test_problem_disables_apply(qtbot: QtBot, settings_context: ContextFactory,
                                bucket: str) -> None:
    page = _Versioning(settings_context(bucket))
    qtbot.addWidget(page)
    page.load()
    _loaded(qtbot, page)
    page.target = VersioningState.ENABLED
    page.refuse = "cannot go back"
    page.edited()
    assert not page.apply_button.isEnabled()
    assert page.general_problems.text() == "cannot go back"
    page.refuse = ""
    page.edited()
    assert page.apply_button.isEnabled() and page.general_problems.isHidden()


def test_refused_read_turns_the_page_off(qtbot: QtBot, settings_context: ContextFactory,
                                         bucket: str) -> None:
    page = _Versioning(settings_context(bucket, user="other"))  # not the bucket's owner
    qtbot.addWidget(page)
    page.load()
    _loaded(qtbot, page)
    assert page.state is PageState.UNAVAILABLE
    assert "AccessDenied" in page.status.text()
    assert not page.content.isEnabled() and not page.apply_button.isEnabled()
    page.load()  # not asked again
    assert page.state is PageState.UNAVAILABLE
    QApplication.processEvents()
