"""What a lifecycle rule would expire today: a bounded, cancellable listing of its prefix.

The listing runs in the background one page at a time; each page's running tally reaches the
GUI thread as it is counted, so the numbers grow while the user watches and Cancel stops it
between pages. It stops by itself after `limit` objects and then says "at least".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.config_lifecycle import LifecycleRule
from spacesgui.s3.settings.lifecycle import PREVIEW_LIMIT, ExpiryTally, preview_expiry
from spacesgui.ui.errors import describe
from spacesgui.ui.formatting import human_size
from spacesgui.ui.translations import N_
from spacesgui.workers.tasks import TaskRunner

ClientSource = Callable[[], S3Client]
HINT = N_("ExpiryPreviewBox",
          "Preview counts what the selected rule, as edited, would expire today.")


def _objects(count: int) -> str:
    # Two texts: lupdate marks plurals only in self.tr(), not in a function like this one.
    if count == 1:
        return QCoreApplication.translate("lifecycle_preview", "1 object")
    return QCoreApplication.translate("lifecycle_preview", "{count:,} objects").format(
        count=count)


def _bytes(count: int) -> str:
    exact = QCoreApplication.translate("lifecycle_preview", "{count:,} bytes").format(count=count)
    shown = human_size(count)
    return exact if shown.endswith("bytes") else f"{shown}, {exact}"


def tally_text(tally: ExpiryTally, prefix: str, *, limit: int) -> str:
    """The finished preview in a sentence or two."""
    where = QCoreApplication.translate("lifecycle_preview", "under \u201c{prefix}\u201d").format(
            prefix=prefix) if prefix else QCoreApplication.translate("lifecycle_preview",
                    "in the bucket")
    due = f"{_objects(tally.expiring)} ({_bytes(tally.expiring_bytes)})"
    if tally.limited:
        text = QCoreApplication.translate(
            "lifecycle_preview", "At least {due} {where} are already due to expire. The preview "
            "stopped after looking at {limit:,} objects; there are more.").format(
                due=due, where=where, limit=limit)
    else:
        text = QCoreApplication.translate(
            "lifecycle_preview", "{due} of the {examined} {where} are already due to expire: they "
            "would be deleted at the server's next lifecycle run.").format(
                due=due, examined=_objects(tally.examined), where=where)
    if tally.undated:
        text += QCoreApplication.translate(
            "lifecycle_preview", " {undated} came without a modification time and were not "
            "counted.").format(undated=_objects(tally.undated))
    return text


class ExpiryPreviewBox(QWidget):
    """Preview and Cancel buttons, a busy bar while listing, and the result as text."""

    finished_preview = Signal()   # a preview ended: counted, failed or cancelled

    def __init__(self, runner: TaskRunner, bucket: str, client: ClientSource,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expiryPreview")
        self.runner, self.bucket, self.client_source = runner, bucket, client
        self.limit = PREVIEW_LIMIT
        self.tally: ExpiryTally | None = None   # the last counted (or running) tally
        self._task: int | None = None
        self._prefix = ""
        self._available = False   # a rule is selected

        self.preview_button = QPushButton(self.tr("Pre&view Expiry"))
        self.preview_button.setObjectName("previewRuleButton")
        self.preview_button.setToolTip(self.tr("Count the objects under the selected rule's "
                                               "prefix that are already due to expire (current "
                                               "versions only)"))
        self.cancel_button = QPushButton(self.tr("Cance&l Preview"))
        self.cancel_button.setObjectName("cancelPreviewButton")
        self.cancel_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("previewProgress")
        self.progress.setRange(0, 0)  # busy: the total is not known until the listing ends
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.progress.hide()
        self.result = QLabel(self.tr(HINT))
        self.result.setObjectName("previewResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        row.addStretch(1)  # keeps the buttons their own size while the bar is hidden
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)

    @property
    def running(self) -> bool:
        return self._task is not None

    def set_available(self, available: bool) -> None:
        """Whether there is a rule to preview (the page's selection)."""
        self._available = available
        self.preview_button.setEnabled(available and not self.running)

    def forget(self) -> None:
        """Another rule is selected: an earlier result no longer describes it."""
        if not self.running:
            self.result.setText(self.tr(HINT))
            self.tally = None

    def say(self, text: str) -> None:
        """Show `text` instead of a count (the rule cannot be previewed as it is)."""
        self.result.setText(text)

    def start(self, rule: LifecycleRule, name: str) -> None:
        """List the rule's prefix in the background and count what is due now."""
        self.cancel()
        try:
            client = self.client_source()
        except Exception as exc:
            self.result.setText(self.tr("The preview could not start: {error}").format(
                error=describe(exc)))
            return
        bucket, limit, now = self.bucket, self.limit, datetime.now(UTC)
        self._prefix, self.tally = rule.prefix, None
        self._task = self.runner.submit_stream(
            lambda token: preview_expiry(client, bucket=bucket, rule=rule, now=now,
                                         limit=limit, cancel=token),
            self._on_tally, self._on_done, self._on_failed)
        note = "" if rule.enabled else self.tr(" (the rule is disabled: judged as if it were "
                                               "enabled)")
        self.result.setText(self.tr("Listing the objects of {name}{note}\u2026").format(name=name,
                note=note))
        self._busy(True)

    def cancel(self) -> None:
        if self._task is None:
            return
        self.runner.cancel(self._task)
        self._task = None
        self._busy(False)
        seen = self.tally.examined if self.tally is not None else 0
        self.result.setText(self.tr("Preview cancelled after looking at {seen}.").format(
            seen=_objects(seen)))
        self.finished_preview.emit()

    def _on_tally(self, task_id: int, tally: ExpiryTally) -> None:
        if task_id != self._task:
            return
        self.tally = tally
        self.result.setText(self.tr("Looked at {seen} so far; {due} due\u2026").format(
            seen=_objects(tally.examined), due=_objects(tally.expiring)))

    def _on_done(self, task_id: int) -> None:
        if task_id != self._task:
            return
        self._task = None
        self._busy(False)
        self.tally = self.tally or ExpiryTally()
        self.result.setText(tally_text(self.tally, self._prefix, limit=self.limit))
        self.finished_preview.emit()

    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        if task_id != self._task:
            return
        self._task = None
        self._busy(False)
        self.result.setText(self.tr("The preview failed: {error}").format(error=describe(exc)))
        self.finished_preview.emit()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.preview_button.setEnabled(self._available and not busy)
