# ruff: noqa: N802 - Qt overrides keep their camelCase names
"""The window of a bucket's incomplete multipart uploads: list them with their parts, resume
the ones this app's journal knows through the transfer queue, abort the chosen ones or all
older than some days, and add a lifecycle rule that aborts them from now on.

Aborting is a transfer queue job: it shows in the transfer panel, can be paused or cancelled
there, goes on after the window is closed and, like any job, after a restart. While the window
is open it follows the job with its own progress bar and Cancel button, and says how it ended.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import Cancelled
from spacesgui.s3.models.config_lifecycle import LifecycleConfiguration
from spacesgui.s3.models.listing import MultipartUpload
from spacesgui.s3.settings.lifecycle import read_only_reason, with_abort_incomplete_rule
from spacesgui.s3.transfer.incomplete import (
    SPACES_PURGE_DAYS,
    SPACES_PURGE_NOTE,
    iter_uploads,
    journal_index,
    older_than,
)
from spacesgui.s3.transfer.journal import JournalEntry
from spacesgui.s3.transfer.multipart_state import list_parts
from spacesgui.states import JobState
from spacesgui.ui import boxes
from spacesgui.ui.errors import describe
from spacesgui.ui.formatting import human_size
from spacesgui.ui.models.incomplete_uploads import AGE, KEY, STARTED, IncompleteUploadsModel
from spacesgui.ui.translations import shown
from spacesgui.workers.tasks import TaskRunner, TaskToken
from spacesgui.workers.transfers import TransferQueue

PARTS_IN_FLIGHT = 2   # ListParts requests at once, for the rows in view
MAX_LISTED = 12       # keys named in the abort confirmation


def _utc_now() -> datetime:
    return datetime.now(UTC)


class IncompleteUploadsWindow(QWidget):
    """Incomplete uploads of `bucket`; a window of its own, not modal.

    Args:
        runner: runs every request but the aborts.
        queue: runs the aborts, as a job of the transfer queue.
        account_id: the account whose bucket this is (for the queue).
        client: the account's client (raises AccountNotReady when it has none).
        endpoint: the client's endpoint, which the journal's records name.
        journal: this app's records of unfinished uploads (called on a worker thread).
        resume: put a journal record's upload back in the transfer queue.
        now: the clock ages are counted from.

    Signals:
        closed(): the window closed (it is deleted soon after).
        settings_requested(): the user wants the bucket settings (for a lifecycle configuration
            this window will not rewrite).
    """

    closed = Signal()
    settings_requested = Signal()

    def __init__(self, runner: TaskRunner, client: Callable[[], S3Client], bucket: str, *,
                 queue: TransferQueue, account_id: str, endpoint: str,
                 journal: Callable[[], list[JournalEntry]],
                 resume: Callable[[JournalEntry], None],
                 now: Callable[[], datetime] = _utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog)
        self.setObjectName("incompleteUploadsDialog")
        self.setWindowTitle(self.tr("Incomplete Uploads in \u201c{bucket}\u201d").format(
                bucket=bucket))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._runner, self._client, self._bucket = runner, client, bucket
        self._queue, self._account_id = queue, account_id
        self._endpoint, self._journal, self._resume, self._now = endpoint, journal, resume, now
        self._list_task: int | None = None
        self._abort_job: int | None = None       # the queue's job id, while it runs
        self._note = ""   # what the last command came to, shown below the count
        self._parts_tasks: dict[int, str] = {}        # task id -> upload id
        self._parts_asked: set[str] = set()
        self._wanted: list[str] = []                  # upload ids waiting for ListParts

        self.model = IncompleteUploadsModel(now, self)
        queue.job_changed.connect(self._on_job_changed)
        queue.job_finished.connect(self._on_job_finished)
        self._build()
        self.reload()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        note = QLabel(self.tr("{note} Aborting deletes the parts uploaded so far.").format(
            note=shown(SPACES_PURGE_NOTE)))
        note.setObjectName("purgeNote")
        note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("uploadsStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableView()
        self.table.setObjectName("uploadsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(640)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.verticalScrollBar().valueChanged.connect(self._want_visible)
        self.model.modelReset.connect(self._want_visible)

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_actions())
        layout.addLayout(self._build_progress())
        layout.addWidget(self._build_rule_box())
        close = self._button(self.tr("Close"), "closeButton", self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.resize(880, 520)
        self._update_buttons()

    def _build_actions(self) -> QHBoxLayout:
        self.refresh_button = self._button(self.tr("Refresh"), "refreshButton", self.reload)
        self.resume_button = self._button(self.tr("Resume"), "resumeButton", self.resume_selected)
        self.resume_button.setToolTip(self.tr("Continue the selected uploads this app started, in "
                                              "the transfer queue"))
        self.abort_button = self._button(self.tr("Abort Selected\u2026"), "abortSelectedButton",
                                         self.abort_selected)
        self.older_spin = QSpinBox()
        self.older_spin.setObjectName("olderThanSpin")
        self.older_spin.setRange(0, 3650)
        self.older_spin.setValue(7)
        self.older_spin.setSuffix(self.tr(" days"))
        self.older_button = self._button(self.tr("Abort Older\u2026"), "abortOlderButton",
                                         self.abort_older)
        actions = QHBoxLayout()
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.resume_button)
        actions.addWidget(self.abort_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Abort all started more than")))
        actions.addWidget(self.older_spin)
        actions.addWidget(QLabel(self.tr("ago:")))
        actions.addWidget(self.older_button)
        return actions

    def _build_progress(self) -> QHBoxLayout:

        self.progress = QProgressBar()
        self.progress.setObjectName("abortProgress")
        self.cancel_button = self._button(self.tr("Cancel"), "cancelAbortButton", self.cancel_abort)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()
        return running

    def _build_rule_box(self) -> QGroupBox:

        rule_box = QGroupBox(self.tr("Clean up automatically"))
        rule_box.setObjectName("lifecycleBox")
        self.rule_spin = QSpinBox()
        self.rule_spin.setObjectName("ruleDaysSpin")
        self.rule_spin.setRange(1, 3650)
        self.rule_spin.setValue(7)
        self.rule_spin.setSuffix(self.tr(" days"))
        self.rule_button = self._button(self.tr("Add Lifecycle Rule"), "addRuleButton",
                                        self.add_rule)
        self.rule_status = QLabel()
        self.rule_status.setObjectName("ruleStatus")
        self.rule_status.setWordWrap(True)
        self.rule_status.setTextFormat(Qt.TextFormat.PlainText)
        self.settings_button = self._button(self.tr("Open Bucket Settings"), "openSettingsButton",
                                            self.settings_requested.emit)
        self.settings_button.hide()
        rule_row = QHBoxLayout()
        rule_row.addWidget(QLabel(self.tr("Abort every incomplete upload of this bucket")))
        rule_row.addWidget(self.rule_spin)
        rule_row.addWidget(QLabel(self.tr("after it started")))
        rule_row.addWidget(self.rule_button)
        rule_row.addStretch(1)
        rule_layout = QVBoxLayout(rule_box)
        rule_layout.addLayout(rule_row)
        rule_layout.addWidget(self.rule_status)
        rule_layout.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignLeft)
        return rule_box

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _update_buttons(self) -> None:
        rows = self._selected_rows()
        busy = self._abort_job is not None
        self.resume_button.setEnabled(bool(rows) and all(
            self.model.row_at(r).journal is not None for r in rows))
        self.abort_button.setEnabled(bool(rows) and not busy)
        self.older_button.setEnabled(self.model.rowCount() > 0 and not busy)
        self.refresh_button.setEnabled(not busy)

    def _selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    # -- listing ---------------------------------------------------------------------------
    def reload(self) -> None:
        if self._list_task is not None:
            self._runner.cancel(self._list_task)
        self.status.setText(self.tr("Listing incomplete uploads\u2026"))
        client, bucket, journal = self._client, self._bucket, self._journal
        endpoint = self._endpoint

        def fetch(token: TaskToken) -> tuple[list[MultipartUpload], dict[str, JournalEntry]]:
            uploads = [u for page in iter_uploads(client(), bucket, cancel=token) for u in page]
            return uploads, journal_index(journal(), endpoint, bucket)

        self._list_task = self._runner.submit(fetch, self._on_listed, self._on_list_failed)

    def _on_listed(self, _task_id: int,
                   listed: tuple[list[MultipartUpload], dict[str, JournalEntry]]) -> None:
        self._list_task = None
        uploads, known = listed
        for task_id in self._parts_tasks:
            self._runner.cancel(task_id)
        self._parts_tasks.clear()
        self._parts_asked.clear()
        self._wanted.clear()
        self.model.set_uploads(uploads, known)
        for column in (STARTED, AGE):   # a locale's dates must not be cut short
            self.table.resizeColumnToContents(column)
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        rows = self.model.rows()
        if not rows:
            text = self.tr("No incomplete uploads in this bucket.")
        else:
            sized = [r.size for r in rows if r.size is not None]
            text = self.tr("%n incomplete upload(s)", "", len(rows))
            if len(sized) == len(rows):
                text += self.tr(", {size} in their parts").format(size=human_size(sum(sized)))
            text += "."
        self.status.setText(text + (f"\n{self._note}" if self._note else ""))

    def _tell(self, note: str) -> None:
        self._note = note
        if self._list_task is None:
            self._show_count()

    def _on_list_failed(self, _task_id: int, exc: BaseException) -> None:
        self._list_task = None
        self.status.setText(describe(exc))

    # -- parts, for the rows in view or selected ---------------------------------------------
    def _want_visible(self) -> None:
        count = self.model.rowCount()
        if not count:
            return
        first = self.table.rowAt(0)
        if not self.table.isVisible() or first < 0:
            return   # showEvent asks again once rows can be seen
        last = self.table.rowAt(self.table.viewport().height() - 1)
        last = count - 1 if last < 0 else last
        self._want(range(first, last + 1))

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._want(self._selected_rows())
        self._update_buttons()

    def _want(self, rows: range | list[int]) -> None:
        for row in rows:
            upload_id = self.model.row_at(row).upload.upload_id
            if upload_id not in self._parts_asked:
                self._parts_asked.add(upload_id)
                self._wanted.append(upload_id)
        self._ask_parts()

    def _ask_parts(self) -> None:
        client, bucket = self._client, self._bucket
        uploads = {r.upload.upload_id: r.upload for r in self.model.rows()}
        while self._wanted and len(self._parts_tasks) < PARTS_IN_FLIGHT:
            upload = uploads.get(self._wanted.pop(0))
            if upload is None:
                continue
            key, upload_id = upload.key, upload.upload_id

            def count(token: TaskToken, key: str = key,
                      upload_id: str = upload_id) -> tuple[int, int]:
                parts = list_parts(client(), bucket=bucket, key=key, upload_id=upload_id,
                                   cancel=token)
                return len(parts), sum(size for _etag, size in parts.values())

            task_id = self._runner.submit(count, self._on_parts, self._on_parts_failed)
            self._parts_tasks[task_id] = upload_id

    def _on_parts(self, task_id: int, result: tuple[int, int]) -> None:
        upload_id = self._parts_tasks.pop(task_id, None)
        if upload_id is not None:
            self.model.set_parts(upload_id, *result)
            if self._list_task is None:
                self._show_count()
        self._ask_parts()

    def _on_parts_failed(self, task_id: int, exc: BaseException) -> None:
        upload_id = self._parts_tasks.pop(task_id, None)
        if upload_id is not None:
            self.model.set_parts_error(upload_id, describe(exc))
        self._ask_parts()

    # -- resume ----------------------------------------------------------------------------
    def resume_selected(self) -> None:
        entries = [e for r in self._selected_rows()
                   if (e := self.model.row_at(r).journal) is not None]
        for entry in entries:
            self._resume(entry)
        if entries:
            self._tell(self.tr("%n upload(s) put back in the transfer queue.", "", len(entries)))

    # -- abort -----------------------------------------------------------------------------
    def abort_selected(self) -> None:
        self._confirm_abort([self.model.row_at(r).upload for r in self._selected_rows()])

    def abort_older(self) -> None:
        days = self.older_spin.value()
        chosen = older_than((r.upload for r in self.model.rows()), days, self._now())
        if not chosen:
            self._tell(self.tr("No upload started more than %n day(s) ago.", "", days))
            return
        self._confirm_abort(chosen)

    def _confirm_abort(self, uploads: list[MultipartUpload]) -> None:
        if not uploads or self._abort_job is not None:
            return
        n = len(uploads)
        question = (self.tr("Abort the upload of \u201c{key}\u201d?").format(key=uploads[0].key)
                    if n == 1 else self.tr("Abort %n incomplete upload(s)?", "", n))
        listed = [f"\u2022 {u.key}" for u in uploads[:MAX_LISTED]]
        if n > MAX_LISTED:
            listed.append(self.tr("\u2026 and {count} more").format(count=n - MAX_LISTED))
        detail = ("\n".join(listed) + self.tr("\n\nThe parts uploaded so far are deleted; an "
                                              "aborted upload cannot be resumed. This cannot be "
                                              "undone."))
        boxes.confirm(self, self.tr("Abort Uploads"), question, detail, ok_text=self.tr("Abort"),
                      on_yes=lambda: self._start_abort(uploads))

    def _start_abort(self, uploads: list[MultipartUpload]) -> None:
        self.progress.setRange(0, len(uploads))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self._tell(self.tr("Aborting in the transfer queue, which goes on with it if this "
                           "window is closed."))
        self._abort_job = self._queue.enqueue_abort_uploads(
            self._account_id, self._bucket, [(u.key, u.upload_id) for u in uploads])
        self._update_buttons()
        self._on_job_changed(self._abort_job)

    def _on_job_changed(self, job_id: object) -> None:
        if self._abort_job is None or job_id != self._abort_job:
            return
        job = self._queue.job(self._abort_job)
        if job is None:
            return
        self.progress.setValue(job.done_bytes)
        paused = job.state == JobState.PAUSED
        text = (self.tr("Paused in the transfer queue: %v of {0} aborted") if paused
                else self.tr("Aborting: %v of {0}"))
        self.progress.setFormat(text.format(self.progress.maximum()))

    def _abort_ended(self) -> None:
        self._abort_job = None
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()

    def _on_job_finished(self, job_id: object, result: object) -> None:
        if job_id != self._abort_job:
            return
        self._abort_ended()
        if isinstance(result, Cancelled):
            self._note = self.tr("Abort cancelled. The list shows the uploads that are left.")
        elif isinstance(result, BaseException):   # the first failures are in the text
            self._note = describe(result)
        elif isinstance(result, int):
            self._note = self.tr("Aborted %n upload(s).", "", result)
        self.reload()

    def cancel_abort(self) -> None:
        """Stop after the upload being aborted; the list is read again once the job ends."""
        if self._abort_job is None:
            return
        self.progress.hide()
        self.cancel_button.hide()
        self._tell(self.tr("Stopping after the upload being aborted\u2026"))
        self._queue.cancel(self._abort_job)   # a job not started yet ends at once

    # -- the lifecycle rule ----------------------------------------------------------------
    def add_rule(self) -> None:
        days, client, bucket = self.rule_spin.value(), self._client, self._bucket
        self.rule_button.setEnabled(False)
        self.settings_button.hide()
        self.rule_status.setText(self.tr("Reading the bucket\u2019s lifecycle rules\u2026"))

        def apply(token: TaskToken) -> str | None:
            s3 = client()
            current = s3.get_bucket_lifecycle_configuration(bucket=bucket, cancel=token)
            reason = read_only_reason(current)
            if reason is not None:
                return reason
            updated: LifecycleConfiguration = with_abort_incomplete_rule(current, days)
            if updated.legacy:   # written back in the form the server holds it in
                s3.put_bucket_lifecycle(bucket=bucket, configuration=updated, cancel=token)
            else:
                s3.put_bucket_lifecycle_configuration(bucket=bucket, configuration=updated,
                                                      cancel=token)
            return None

        self._runner.submit(apply, self._on_rule_done, self._on_rule_failed)

    def _on_rule_done(self, _task_id: int, refused: str | None) -> None:
        self.rule_button.setEnabled(True)
        if refused is not None:
            self.rule_status.setText(self.tr(
                "Not changed: {reason} Edit the rules on the Lifecycle page of the bucket "
                "settings instead.").format(reason=shown(refused)))
            self.settings_button.show()
            return
        days = self.rule_spin.value()
        self.rule_status.setText(
            self.tr("Added: the bucket now aborts incomplete uploads %n day(s) after they "
                    "start. Its other rules are unchanged.", "", days)
            + (self.tr(" (Spaces would purge them after {SPACES_PURGE_DAYS} days anyway.)").format(
                    SPACES_PURGE_DAYS=SPACES_PURGE_DAYS)
               if days >= SPACES_PURGE_DAYS else ""))

    def _on_rule_failed(self, _task_id: int, exc: BaseException) -> None:
        self.rule_button.setEnabled(True)
        self.rule_status.setText(describe(exc))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._want_visible()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._want_visible()

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        for task_id in [*self._parts_tasks, *(t for t in (self._list_task,)
                                              if t is not None)]:
            self._runner.cancel(task_id)
        self._parts_tasks.clear()
        super().closeEvent(event)
        self.closed.emit()
