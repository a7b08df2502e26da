"""What every bucket-settings page does the same way: load, edit a copy, validate, preview, apply.

A page reads its setting in the background on its own (a slow or refusing server holds up no
other page), shows it in editors the user changes freely, and checks the edits as they are
typed: the reason sits next to the field and Apply stays disabled. Apply first shows what will
change (sentences and the document diff from the Qt-free `ChangePlan`), then sends the change
in the background and reads the setting back, so the page always ends showing what the server
holds. A read refused for good (NotImplemented, MethodNotAllowed, AccessDenied) turns the page
off with that reason, and it is not asked again.

Subclasses supply five things: `read` and `write` (run on a worker thread, so they take values
only), `show_value` (fill the editors from what was read), `problems` and `plan` (from the
editors). They call `edited()` from every editor's change signal. A page that only shows what
the server holds sets `read_only` and supplies `read` and `show_value` alone.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from spacesgui.config import Account
from spacesgui.s3.client import S3Client
from spacesgui.s3.settings.base import ChangePlan, Problem, unavailable_reason
from spacesgui.ui.errors import report
from spacesgui.ui.translations import N_, shown
from spacesgui.workers.tasks import TaskRunner, TaskToken

log = logging.getLogger(__name__)

ClientSource = Callable[[], S3Client]
"""The bucket's client, asked for on the GUI thread at each request (raises AccountNotReady)."""


@dataclass(frozen=True)
class BucketContext:
    """What a settings page knows of the world: the bucket, its account and how to reach it."""

    account: Account
    bucket: str
    client: ClientSource
    runner: TaskRunner


class PageState(enum.Enum):
    LOADING = "loading"
    READY = "ready"
    APPLYING = "applying"
    FAILED = "failed"            # the last read failed; Reload may succeed
    UNAVAILABLE = "unavailable"  # refused for good: the page stays off


def problem_label(name: str) -> QLabel:
    """The label beside a field that shows why its value is refused; empty when it is fine."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: palette(highlight);")
    label.hide()
    return label


def _text_label(name: str, text: str) -> QLabel:
    """A selectable plain-text label: server text is untrusted, and users copy request ids."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


def monospace(widget: QWidget) -> None:
    widget.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))


class ChangePreview(QDialog):
    """What Apply will send: the plan's sentences, then the document's diff; Apply or Cancel."""

    def __init__(self, title: str, plan: ChangePlan, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("changePreviewDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        summary = QLabel("\n".join(f"\u2022 {line}" for line in plan.summary))
        summary.setObjectName("changeSummary")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        diff = QPlainTextEdit(plan.diff or self.tr("(the setting is removed)"))
        diff.setObjectName("changeDiff")
        diff.setReadOnly(True)
        diff.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        monospace(diff)
        layout.addWidget(diff, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("Delete Setting") if plan.action == "delete" else self.tr("Apply"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("confirmApplyButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 420)


class SettingsPage(QWidget):
    """One setting of one bucket. Subclasses build their editors into `self.body`."""

    title = N_("SettingsPage", "Setting")  # translated where shown: shown_title
    read_only = False          # a page that only shows: no Apply or Revert, never dirty
    state_changed = Signal()   # loading, ready, applying, failed or unavailable
    edits_checked = Signal()   # the edits were checked again: is_dirty() may have changed
    applied = Signal()         # a change was sent and read back

    @property
    def shown_title(self) -> str:
        return QCoreApplication.translate("SettingsPage", self.title)

    def __init__(self, context: BucketContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner, self.bucket = context.runner, context.bucket
        self.client_source = context.client
        self.state = PageState.LOADING
        self.unavailable_text = ""
        self._task: int | None = None
        self._showing = False       # while show_value fills the editors, edits are not edits
        self._field_labels: dict[str, QLabel] = {}

        outer = QVBoxLayout(self)
        self.status = _text_label("pageStatus", self.tr("Loading\u2026"))
        outer.addWidget(self.status)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 0, 0)
        # A tall page in a small window scrolls instead of squeezing its editors on each other.
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.content)
        outer.addWidget(self.page_scroll, 1)
        self.general_problems = problem_label("pageProblems")
        outer.addWidget(self.general_problems)
        self.error = _text_label("pageError", "")
        self.error.hide()
        outer.addWidget(self.error)
        self.reload_button = _button(self.tr("Reload"), "reloadButton", self.load)
        self.revert_button = _button(self.tr("Revert"), "revertButton", self.revert)
        self.apply_button = _button(self.tr("Apply\u2026"), "applyButton", self.ask_apply)
        row = QHBoxLayout()
        row.addWidget(self.reload_button)
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.apply_button)
        outer.addLayout(row)
        if self.read_only:
            self.revert_button.hide()
            self.apply_button.hide()
        self.server_value: object = None
        self._refresh_controls()

    # -- what a page supplies ------------------------------------------------------------------

    @staticmethod
    def read(client: S3Client, bucket: str, token: TaskToken) -> object:
        """The setting as the server holds it (worker thread)."""
        raise NotImplementedError

    @staticmethod
    def write(client: S3Client, bucket: str, plan: ChangePlan, edited: object,
              token: TaskToken) -> None:
        """Send `plan` (worker thread); `edited` is what `edited_value()` gave."""
        raise NotImplementedError

    def show_value(self, value: object) -> None:
        """Fill the editors from `value` (what `read` returned)."""
        raise NotImplementedError

    def edited_value(self) -> object:
        """The editors' value, handed to `write` (no widget may be in it)."""
        raise NotImplementedError

    def problems(self) -> list[Problem]:
        """What is wrong with the edits; empty when they may be sent."""
        raise NotImplementedError

    def plan(self) -> ChangePlan:
        """What Apply would do, from the server's value and the edits (only without problems)."""
        raise NotImplementedError

    # -- helpers for subclasses ----------------------------------------------------------------

    def field_problem_label(self, field: str) -> QLabel:
        """The label for problems of `field`; the page shows and hides it."""
        label = problem_label(f"problem_{field}")
        self._field_labels[field] = label
        return label

    def edited(self) -> None:
        """Connected to every editor's change signal: check the edits and update Apply."""
        if self._showing:
            return
        self._revalidate()

    def client(self) -> S3Client | None:
        """The bucket's client, or None after showing why there is none."""
        try:
            return self.client_source()
        except Exception as exc:
            self._show_error(self.tr("Not connected"), exc)
            return None

    # -- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the setting in the background; a page refused for good is not asked again."""
        if self.state is PageState.UNAVAILABLE:
            return
        client = self.client()
        if client is None:
            self._set_state(PageState.FAILED)
            return
        self._cancel_pending()
        read, bucket = self.read, self.bucket
        self._set_state(PageState.LOADING)
        self.status.setText(self.tr("Loading\u2026"))
        self._task = self.runner.submit(lambda token: read(client, bucket, token),
                                        self._on_read_done, self._on_read_failed)

    def _on_read_done(self, task_id: int, value: object) -> None:
        if task_id != self._task:
            return  # stale: a newer read or an apply replaced it
        self._task = None
        self.server_value = value
        self._showing = True
        try:
            self.show_value(value)
        finally:
            self._showing = False
        self.error.hide()
        self._set_state(PageState.READY)
        self.status.setText(self.loaded_text())
        self._revalidate()

    def loaded_text(self) -> str:
        """The status line once the setting is shown; pages may say more."""
        return self.tr("As the server holds it now.")

    def _on_read_failed(self, task_id: int, exc: BaseException) -> None:
        if task_id != self._task:
            return
        self._task = None
        reason = unavailable_reason(exc)
        if reason is not None:
            log.info("%s of %s is unavailable: %s", self.title, self.bucket, reason)
            self.unavailable_text = shown(reason)
            self._set_state(PageState.UNAVAILABLE)
            self.status.setText(self.unavailable_text)
            return
        self._set_state(PageState.FAILED)
        self.status.setText(self.tr("The setting could not be read."))
        self._show_error(self.tr("Reading failed"), exc)

    # -- applying ------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        """Whether the editors hold edits the server does not have."""
        if self.read_only or self.state is not PageState.READY:
            return False
        if self.problems():
            return True  # invalid edits are still edits the user would lose
        return self.plan().changes

    def revert(self) -> None:
        """Throw the edits away: show the server's value again."""
        if self.state is PageState.READY:
            self._showing = True
            try:
                self.show_value(self.server_value)
            finally:
                self._showing = False
            self._revalidate()

    def ask_apply(self) -> None:
        """Show what would change, then send it when the user agrees."""
        if self.read_only or self.state is not PageState.READY or self.problems():
            return
        plan = self.plan()
        if not plan.changes:
            return  # Apply is disabled then; a shortcut may still get here
        preview = ChangePreview(self.tr("{title} of \u201c{bucket}\u201d").format(
            title=self.shown_title, bucket=self.bucket), plan, self)
        preview.accepted.connect(lambda: self.apply(plan))
        preview.open()

    def apply(self, plan: ChangePlan) -> None:
        """Send `plan` in the background, then read the setting back."""
        client = self.client()
        if client is None:
            return
        write, bucket, edited = self.write, self.bucket, self.edited_value()
        self._cancel_pending()
        self._set_state(PageState.APPLYING)
        self.status.setText(self.tr("Applying\u2026"))
        self.error.hide()
        self._task = self.runner.submit(lambda token: write(client, bucket, plan, edited, token),
                                        self._on_applied, self._on_apply_failed)

    def _on_applied(self, task_id: int, _result: object) -> None:
        if task_id != self._task:
            return
        self._task = None
        self.applied.emit()
        self.load()

    def _on_apply_failed(self, task_id: int, exc: BaseException) -> None:
        if task_id != self._task:
            return
        self._task = None
        self._set_state(PageState.READY)  # the edits stay, so the user can fix and retry
        self.status.setText(self.tr("The server refused the change; nothing was changed."))
        self._show_error(self.tr("Applying failed"), exc)
        self._revalidate()

    # -- shared plumbing -----------------------------------------------------------------------

    def cancel(self) -> None:
        """Stop a read or an apply in flight (the window is closing)."""
        self._cancel_pending()

    def _cancel_pending(self) -> None:
        if self._task is not None:
            self.runner.cancel(self._task)
            self._task = None

    def _show_error(self, what: str, exc: BaseException) -> None:
        log.warning("%s: %s of %s", what, self.title, self.bucket, exc_info=exc)
        self.error.setText(f"{what}: {report(exc)}")
        self.error.show()

    def _revalidate(self) -> None:
        if self.read_only:
            self._refresh_controls()
            self.edits_checked.emit()
            return
        problems = self.problems() if self.state is PageState.READY else []
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            target = by_field.setdefault(problem.field, []) \
                if problem.field in self._field_labels else general
            target.append(shown(problem.message))
        for field, label in self._field_labels.items():
            text = "\n".join(by_field.get(field, ()))
            label.setText(text)
            label.setVisible(bool(text))
        self.general_problems.setText("\n".join(general))
        self.general_problems.setVisible(bool(general))
        changes = self.state is PageState.READY and not problems and self.plan().changes
        self._refresh_controls(has_problems=bool(problems), changes=changes)
        self.edits_checked.emit()

    def _set_state(self, state: PageState) -> None:
        self.state = state
        self._refresh_controls()
        self.state_changed.emit()

    def _refresh_controls(self, *, has_problems: bool = False, changes: bool = False) -> None:
        ready = self.state is PageState.READY
        self.content.setEnabled(ready)
        self.apply_button.setEnabled(ready and changes)
        self.revert_button.setEnabled(ready and (changes or has_problems))
        self.reload_button.setEnabled(self.state in (PageState.READY, PageState.FAILED))
        self.reload_button.setVisible(self.state is not PageState.UNAVAILABLE)
