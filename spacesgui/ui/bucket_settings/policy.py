"""The bucket policy as JSON: checked as it is typed, started from templates, deleted whole.

The text is checked a moment after typing stops: first as JSON (the place of a syntax error is
marked in the editor and named by line and column), then as a policy for this bucket. An empty
editor means "no policy": applying it deletes the policy, as the Delete Policy button does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.policy import BucketPolicy
from spacesgui.s3.settings.base import ChangePlan, Problem, pretty_json
from spacesgui.s3.settings.policy import (
    PER_BUCKET_KEYS_NOTE,
    deny_insecure_transport,
    ip_range_problem,
    lockout_warning,
    only_from_ip_range,
    policy_plan,
    policy_problems,
    public_read_prefix,
    read_only_for_user,
    with_template,
)
from spacesgui.ui import boxes
from spacesgui.ui.bucket_settings.base import (
    BucketContext,
    ChangePreview,
    PageState,
    SettingsPage,
    problem_label,
)
from spacesgui.ui.bucket_settings.json_editor import JsonEditor
from spacesgui.ui.translations import N_, shown
from spacesgui.workers.tasks import TaskToken

CHECK_DELAY_MS = 250  # typing pauses this long before the text is checked
FIELD = "policy"      # every problem of the text shows under the editor

_EMPTY_HINT = N_("PolicyPage", "This bucket has no policy: its ACLs alone decide who may do "
                 "what. Insert a template to start from, or type a policy.")

Check = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class TemplateAsk:
    """What a template asks for: why, the value's label and example, and how it is checked."""

    title: str
    explanation: str
    label: str
    placeholder: str
    check: Check


class TemplateQuestion(QDialog):
    """Asks for the one value a template needs; OK stays disabled while the value is wrong."""

    chosen = Signal(str)  # the value, when the user inserts

    def __init__(self, parent: QWidget, ask: TemplateAsk) -> None:
        super().__init__(parent)
        self.setObjectName("templateQuestion")
        self.setWindowTitle(self.tr(ask.title))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._check = ask.check
        layout = QVBoxLayout(self)
        # The dialog takes the size its contents ask for, growing when a problem shows.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        about = QLabel(self.tr(ask.explanation))
        about.setFixedWidth(440)  # wrapped text needs a width to know its height
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(about)
        prompt = QLabel(self.tr(ask.label))
        layout.addWidget(prompt)
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("templateValue")
        self.value_edit.setPlaceholderText(ask.placeholder)
        prompt.setBuddy(self.value_edit)
        layout.addWidget(self.value_edit)
        self.problem = problem_label("templateProblem")
        self.problem.setFixedWidth(440)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Insert"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.value_edit.textChanged.connect(self._on_value_changed)
        self._on_value_changed(self.value_edit.text())

    def value(self) -> str:
        return self.value_edit.text().strip()

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            self.chosen.emit(self.value())
            super().accept()

    def _on_value_changed(self, text: str) -> None:
        trouble = self._check(text)
        # An untouched empty field is not yet wrong; it only keeps Insert disabled.
        self.problem.setText(trouble or "")
        self.problem.setVisible(bool(trouble) and bool(text.strip()))
        self.ok_button.setEnabled(trouble is None)


def _prefix_problem(text: str) -> str | None:
    if text.strip().startswith("/"):
        return QCoreApplication.translate("policy",
                                          "A prefix starts without \u201c/\u201d, such as public/ "
                                          "or images/2024/")
    if "*" in text or "?" in text:
        return QCoreApplication.translate("policy",
                                          "Type the prefix itself; the template adds the "
                                          "\u201c*\u201d")
    return None


def _principal_problem(text: str) -> str | None:
    if not text.strip():
        return QCoreApplication.translate("policy",
                                          "Name the user, such as arn:aws:iam:::user/reader")
    return None


def _range_problem(text: str) -> str | None:
    if not text.strip():
        return QCoreApplication.translate("policy", "Type an address range, such as 203.0.113.0/24")
    return ip_range_problem(text)


# Texts in the "TemplateQuestion" context, translated by the dialog that shows them.
PUBLIC_PREFIX = TemplateAsk(
    N_("TemplateQuestion", "Public Read of a Prefix"),
    N_("TemplateQuestion", "Anyone, without an account, may download the files whose names "
       "start with this prefix (blank: every file). It does not let them list the bucket."),
    N_("TemplateQuestion", "&Prefix:"), "public/", _prefix_problem)
IP_RANGE = TemplateAsk(
    N_("TemplateQuestion", "Allow Only From an Address Range"),
    N_("TemplateQuestion", "Refuses every request to read, write or list data that does not "
       "come from this address range, your own keys' included. The bucket's settings, this "
       "policy among them, stay reachable so a wrong range can be undone."),
    N_("TemplateQuestion", "Address &range (CIDR):"), "203.0.113.0/24", _range_problem)
READ_ONLY_USER = TemplateAsk(
    N_("TemplateQuestion", "Read-Only for a User"),
    N_("TemplateQuestion", "Lets one user list the bucket and download its files."),
    N_("TemplateQuestion", "User &ARN:"), "arn:aws:iam:::user/reader", _principal_problem)


class PolicyPage(SettingsPage):
    """The policy's JSON with line numbers, colours, live checks, templates and deletion."""

    title = N_("SettingsPage", "Policy")

    def __init__(self, context: BucketContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("policyPage")
        self._checked: tuple[str, list[Problem]] | None = None

        keys_note = QLabel(shown(PER_BUCKET_KEYS_NOTE))
        keys_note.setObjectName("perBucketKeysNote")
        keys_note.setWordWrap(True)
        keys_note.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(keys_note)

        tools = QHBoxLayout()
        self.template_button = QPushButton(self.tr("Insert &Template"))
        self.template_button.setObjectName("insertTemplateButton")
        self.template_menu = QMenu(self.template_button)
        self._template_action("templatePublicPrefix", self.tr("Public Read of a Prefix\u2026"),
                              self.ask_public_prefix)
        self._template_action("templateIpRange", self.tr("Allow Only From an Address Range\u2026"),
                              self.ask_ip_range)
        self._template_action("templateDenyInsecure", self.tr("Deny Requests Without TLS"),
                              self.insert_deny_insecure)
        self._template_action("templateReadOnlyUser", self.tr("Read-Only for a User\u2026"),
                              self.ask_read_only_user)
        self.template_button.setMenu(self.template_menu)
        tools.addWidget(self.template_button)
        tools.addStretch(1)
        self.delete_button = QPushButton(self.tr("&Delete Policy\u2026"))
        self.delete_button.setObjectName("deletePolicyButton")
        self.delete_button.clicked.connect(self.ask_delete)
        tools.addWidget(self.delete_button)
        self.body.addLayout(tools)

        self.empty_hint = QLabel(self.tr(_EMPTY_HINT))
        self.empty_hint.setObjectName("noPolicyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.hide()
        self.body.addWidget(self.empty_hint)

        self.editor = JsonEditor()
        self.editor.setObjectName("policyEditor")
        self.editor.setPlaceholderText('{\n  "Version": "2012-10-17",\n  "Statement": [ ... ]\n}')
        self.body.addWidget(self.editor, 1)
        self.body.addWidget(self.field_problem_label(FIELD))
        self.lockout = problem_label("lockoutWarning")
        self.body.addWidget(self.lockout)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._on_text_settled)
        self.editor.textChanged.connect(self._check_timer.start)
        self.state_changed.connect(self._on_state_changed)
        self._on_state_changed()

    def _template_action(self, name: str, text: str, slot: Callable[[], None]) -> None:
        action = self.template_menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)

    # -- the page contract ---------------------------------------------------------------------

    @staticmethod
    def read(client: S3Client, bucket: str, token: TaskToken) -> object:
        return client.get_bucket_policy(bucket=bucket, cancel=token)

    @staticmethod
    def write(client: S3Client, bucket: str, plan: ChangePlan, edited: object,
              token: TaskToken) -> None:
        if plan.action == "delete":
            client.delete_bucket_policy(bucket=bucket, cancel=token)
            return
        assert isinstance(edited, str)
        client.put_bucket_policy(bucket=bucket, policy=edited, cancel=token)

    def show_value(self, value: object) -> None:
        assert value is None or isinstance(value, BucketPolicy)
        # Re-indented for reading; the plan compares re-indented text, so this is no edit.
        self.editor.setPlainText(pretty_json(value.text) if value is not None else "")
        self._check_timer.stop()
        self._show_marks()

    def edited_value(self) -> object:
        return self.editor.toPlainText()

    def problems(self) -> list[Problem]:
        text = self.editor.toPlainText()
        if self._checked is None or self._checked[0] != text:
            found = [Problem(FIELD, p.message, p.row, p.line, p.column)
                     for p in policy_problems(text, self.bucket)]
            self._checked = (text, found)
        return self._checked[1]

    def plan(self) -> ChangePlan:
        server = self.server_value
        assert server is None or isinstance(server, BucketPolicy)
        return policy_plan(server, self.editor.toPlainText())

    def loaded_text(self) -> str:
        if self.server_value is None:
            return self.tr("The bucket has no policy.")
        return self.tr("The policy as the server holds it now.")

    def cancel(self) -> None:
        self._check_timer.stop()
        super().cancel()

    # -- checking as the user types ------------------------------------------------------------

    def _on_text_settled(self) -> None:
        self._show_marks()
        self.edited()

    def _show_marks(self) -> None:
        """The syntax error's place, the empty-editor hint and the lock-out warning."""
        text = self.editor.toPlainText()
        located = next((p for p in self.problems() if p.line is not None), None)
        self.editor.set_error(located.line if located else None,
                              located.column if located else None)
        self.empty_hint.setVisible(not text.strip())
        warning = lockout_warning(text) if text.strip() else None
        self.lockout.setText(shown(warning) if warning else "")
        self.lockout.setVisible(warning is not None)

    def _on_state_changed(self) -> None:
        self.delete_button.setEnabled(self.state is PageState.READY
                                      and self.server_value is not None)

    # -- deleting ------------------------------------------------------------------------------

    def ask_delete(self) -> None:
        """Show the policy that would go, then delete it when the user agrees."""
        server = self.server_value
        if self.state is not PageState.READY or not isinstance(server, BucketPolicy):
            return
        plan = policy_plan(server, "")
        preview = ChangePreview(self.tr("Delete the policy of \u201c{bucket}\u201d").format(
                bucket=self.bucket), plan, self)
        preview.accepted.connect(partial(self.apply, plan))
        preview.open()

    # -- templates -----------------------------------------------------------------------------

    def ask_public_prefix(self) -> None:
        self._ask(PUBLIC_PREFIX, lambda prefix: public_read_prefix(self.bucket, prefix))

    def ask_ip_range(self) -> None:
        self._ask(IP_RANGE, lambda cidr: only_from_ip_range(self.bucket, cidr))

    def ask_read_only_user(self) -> None:
        self._ask(READ_ONLY_USER, lambda arn: read_only_for_user(self.bucket, arn))

    def insert_deny_insecure(self) -> None:
        self.insert_template(deny_insecure_transport(self.bucket))

    def _ask(self, ask: TemplateAsk, make: Callable[[str], str]) -> None:
        question = TemplateQuestion(self, ask)
        question.chosen.connect(partial(self._on_template_value_chosen, make))
        question.finished.connect(question.deleteLater)
        question.open()

    def _on_template_value_chosen(self, make: Callable[[str], str], value: str) -> None:
        self.insert_template(make(value))

    def insert_template(self, template: str) -> None:
        """Add the template's statements to the text (undoable, like typing)."""
        try:
            text = with_template(self.editor.toPlainText(), template)
        except ValueError as exc:
            boxes.inform(self, self.tr("Insert Template"), str(exc), name="templateRefusedBox")
            return
        cursor = self.editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self._check_timer.stop()
        self._on_text_settled()
