"""The Test connection result: one row per step, filled in as each step's result arrives.

The four steps are shown before they run, so the user sees what will be checked and where it
stopped. Details are selectable text: code and request id are what a support ticket needs.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from spacesgui.config import Account
from spacesgui.connection_check import CheckStep, check_connection
from spacesgui.errors import UserFacingError
from spacesgui.s3 import CancelToken
from spacesgui.secrets import SecretVault
from spacesgui.ui.translations import shown

STEP_NAMES = ("reach", "authenticate", "buckets", "setting")

# (glyph, colour) per state; glyphs rather than theme icons, which are missing on many desktops.
_MARKS = {
    "waiting": ("\u25cb", "#8a8a8a"),
    "running": ("\u25d4", "#1f6feb"),
    "ok": ("\u2714", "#1a7f37"),
    "failed": ("\u2718", "#c62828"),
    "skipped": ("\u2013", "#8a8a8a"),
}


class MissingSecret(UserFacingError):
    """The account has no secret key stored (never entered, or a session-only one from before)."""


def default_titles(account: Account) -> dict[str, str]:
    buckets = (QCoreApplication.translate("connection_steps", "Open the pinned buckets")
               if account.pinned_buckets
               else QCoreApplication.translate("connection_steps", "List the buckets"))
    return {"reach": QCoreApplication.translate("connection_steps", "Reach the endpoint"),
            "authenticate": QCoreApplication.translate("connection_steps", "Sign in with the key"),
            "buckets": buckets, "setting": QCoreApplication.translate("connection_steps",
                    "Read a bucket setting")}


def run_check(account: Account, vault: SecretVault, token: CancelToken) -> Iterator[CheckStep]:
    """Pool thread: fetch the secret (a keyring call) and run the steps; captures no widget."""
    secret = vault.get(account.id)
    if not secret:
        raise MissingSecret(QCoreApplication.translate("connection_steps",
                                                       "No secret key is stored for this account. "
                                                       "Edit the account and enter its secret "
                                                       "key."))
    yield from check_connection(account, secret, cancel=token)


def step_detail(step: CheckStep) -> str:
    detail = shown(step.detail)
    extras = [QCoreApplication.translate("connection_steps", "Code: {code}").format(
            code=step.code) if step.code and step.code not in detail else "",
              QCoreApplication.translate("connection_steps", "Request ID: {request_id}").format(
                      request_id=step.request_id)
              if step.request_id and step.request_id not in detail else ""]
    extras = [e for e in extras if e]
    return detail + ("\n" + " \u00b7 ".join(extras) if extras else "")


class ConnectionStepsView(QWidget):
    """Rows of mark, title and detail; `steps` holds the CheckSteps received so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionSteps")
        self.setAccessibleName(self.tr("Connection test steps"))
        self.steps: dict[str, CheckStep] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self._marks: dict[str, QLabel] = {}
        self._titles: dict[str, QLabel] = {}
        self._details: dict[str, QLabel] = {}
        for row, name in enumerate(STEP_NAMES):
            mark, title, detail = QLabel(), QLabel(), QLabel()
            mark.setObjectName(f"{name}Mark")
            mark.setFixedWidth(mark.fontMetrics().horizontalAdvance("\u2714") * 2)
            mark.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            title.setObjectName(f"{name}Title")
            detail.setObjectName(f"{name}Detail")
            detail.setWordWrap(True)
            detail.setTextFormat(Qt.TextFormat.PlainText)  # server text is untrusted
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary text
            font = mark.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            mark.setFont(font)
            grid.addWidget(mark, 2 * row, 0, 2, 1)
            grid.addWidget(title, 2 * row, 1)
            grid.addWidget(detail, 2 * row + 1, 1)
            self._marks[name], self._titles[name], self._details[name] = mark, title, detail
        self.message = QLabel()
        self.message.setObjectName("connectionMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(self.message, 2 * len(STEP_NAMES), 0, 1, 2)
        grid.setRowStretch(2 * len(STEP_NAMES) + 1, 1)

    def _set(self, name: str, state: str, title: str | None, detail: str) -> None:
        glyph, colour = _MARKS[state]
        mark = self._marks[name]
        mark.setText(glyph)
        mark.setStyleSheet(f"color: {colour}; font-weight: bold;")
        mark.setAccessibleName({"ok": "passed", "failed": "failed"}.get(state, state))
        if title is not None:
            self._titles[name].setText(title)
        self._details[name].setText(detail)
        self._details[name].setVisible(bool(detail))

    def reset(self, account: Account | None, *, running: bool = False) -> None:
        """Show the steps about to run (or not yet run) for `account`."""
        self.steps.clear()
        titles = default_titles(account) if account else dict.fromkeys(STEP_NAMES, "")
        for name in STEP_NAMES:
            self._set(name, "waiting", titles[name], "")
        if running:
            self._set(STEP_NAMES[0], "running", None, "")
        self.message.setText("" if running else self.tr("Not tested yet."))
        self.message.setStyleSheet("")

    def add_step(self, step: CheckStep) -> None:
        self.steps[step.name] = step
        state = "skipped" if step.ok is None else ("ok" if step.ok else "failed")
        # The core marks its step titles in this module's context, as default_titles() does.
        title = shown(step.title)
        self._set(step.name, state, title, step_detail(step))
        later = STEP_NAMES[STEP_NAMES.index(step.name) + 1:] if step.name in STEP_NAMES else ()
        if step.ok and later and later[0] not in self.steps:
            self._set(later[0], "running", None, "")

    def finish(self) -> None:
        failed = [s for s in self.steps.values() if s.ok is False]
        if failed:
            self._show_message(self.tr("The connection does not work: \u201c{title}\u201d "
                                       "failed.").format(title=shown(failed[0].title)), "#c62828")
        else:
            self._show_message(self.tr("The connection works."), "#1a7f37")

    def stop(self, text: str, *, error: bool = False) -> None:
        """End a run early: cancelled by the user, or failed before a step could report."""
        for name in STEP_NAMES:
            if name not in self.steps:
                self._set(name, "failed" if error and name == self._current() else "skipped",
                          None, "")
        self._show_message(text, "#c62828" if error else "")

    def _current(self) -> str:
        return next((n for n in STEP_NAMES if n not in self.steps), STEP_NAMES[-1])

    def _show_message(self, text: str, colour: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour};" if colour else "")
