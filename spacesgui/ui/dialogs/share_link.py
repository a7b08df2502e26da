"""Share one object: a presigned link that expires, and its public and CDN addresses.

Presigning is pure CPU, so links are made on the GUI thread as the expiry changes; whether the
object is public needs GetObjectAcl, which goes through the runner. How the addresses are made
(and why a CDN-compatible presigned link works) is spacesgui.s3.links.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spacesgui.config import Account
from spacesgui.s3 import InvalidInput, ServiceError
from spacesgui.s3.client import S3Client
from spacesgui.s3.links import cdn_problem, is_spaces, presigned_url, public_url
from spacesgui.s3.models.acl import AccessControlPolicy
from spacesgui.s3.spaces import cdn_url
from spacesgui.sse_keys import refusal
from spacesgui.ui.dialogs.expiry import (
    CUSTOM,
    ExpiryPicker,
    expires_text,
    max_seconds,
)
from spacesgui.ui.dialogs.sizing import grow_to_fit
from spacesgui.ui.errors import describe
from spacesgui.ui.translations import N_
from spacesgui.workers.tasks import TaskRunner

log = logging.getLogger(__name__)

__all__ = ["CDN_NOTE", "CUSTOM", "CUSTOMER_KEY_NOTE", "ShareLinkDialog"]

CDN_NOTE = N_(
    "share_link",
    "Presigned links bypass the CDN cache: every download is served by the origin, even from "
    "a CDN-compatible link, and counts as origin bandwidth (through the CDN possibly twice). "
    "For a file many people download, make it public and share the CDN address instead.")


CUSTOMER_KEY_NOTE = N_(
    "share_link",
    "This file is encrypted with a customer key (SSE-C), so a link alone cannot open it: the "
    "server also wants the key itself, sent as request headers, which a browser cannot do. "
    "Share the file unencrypted, or give the recipient the key and a tool that sends it.")


def _mono(widget: QWidget) -> None:
    widget.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))


def _url_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setReadOnly(True)  # read-only still selects and copies
    _mono(edit)
    return edit


_FALLBACK: list[TaskRunner] = []


def _fallback_runner() -> TaskRunner:
    """One app-wide runner for callers that pass none. A runner owned by the dialog would have
    to wait for a slow GetObjectAcl on close, holding the GUI thread."""
    if not _FALLBACK:
        _FALLBACK.append(TaskRunner(max_threads=2, parent=QCoreApplication.instance()))
    return _FALLBACK[0]


class ShareLinkDialog(QDialog):
    """The share dialog for bucket/key. `runner` (recommended) checks whether it is public;
    without one, an app-wide fallback runner is used."""

    def __init__(self, client: S3Client, account: Account | None, bucket: str, key: str,
                 parent: QWidget | None = None, *, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareLinkDialog")
        self._client, self._bucket, self._key = client, bucket, key
        self._region = client.region
        self.is_spaces = is_spaces(client)
        self._cdn_problem = cdn_problem(client, bucket)
        self._runner = runner if runner is not None else _fallback_runner()
        self._acl_task: int | None = None
        self._head_task: int | None = None
        self.needs_customer_key: bool | None = None  # None: not known (yet, or not readable)
        self.is_public: bool | None = None  # None: not known (yet, or not allowed)
        self.url = ""
        self.expires_at: datetime | None = None
        name = account.name if account is not None else ""
        self.setWindowTitle(self.tr("Share \u201c{name}\u201d").format(
            name=key.rsplit("/", 1)[-1] or key))
        self._build(name)
        self._connect()
        self._on_expiry_changed()
        self._show_public_state()
        self._check_public()
        self._check_customer_key()
        self.resize(max(self.sizeHint().width(), 640), self.sizeHint().height())

    # -- building -------------------------------------------------------------------------------
    def _build(self, account_name: str) -> None:
        prefix = f"{account_name} \u00b7 " if account_name else ""
        where = QLabel(f"{prefix}{self._bucket}/{self._key}")
        where.setObjectName("objectLabel")
        font = where.font()
        font.setBold(True)
        where.setFont(font)
        where.setTextFormat(Qt.TextFormat.PlainText)  # keys are untrusted text
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        signed = self._build_signed()
        public = self._build_public()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("C&lose"))
        self.key_note = QLabel(QCoreApplication.translate("share_link", CUSTOMER_KEY_NOTE))
        self.key_note.setObjectName("customerKeyNote")
        self.key_note.setWordWrap(True)
        self.key_note.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.key_note)
        layout.addWidget(signed)
        layout.addWidget(public)
        layout.addLayout(bottom)

    def _build_signed(self) -> QGroupBox:
        # One day: long enough to be useful, short enough to leak.
        self.expiry = ExpiryPicker(limit=max_seconds(self._client.signature))
        self.expiry_box = self.expiry.box
        self.custom_spin, self.unit_box = self.expiry.custom_spin, self.expiry.unit_box
        self.expires_label = QLabel()
        self.expires_label.setObjectName("expiresLabel")
        self.expiry_problem = QLabel()
        self.expiry_problem.setObjectName("expiryProblemLabel")
        self.expiry_problem.setWordWrap(True)
        self.expiry_problem.setStyleSheet("color: #b3261e;")

        self.cdn_box = QCheckBox(self.tr("&CDN-compatible link (signed for the origin, sent to "
                                         "the CDN)"))
        self.cdn_box.setObjectName("cdnCompatibleBox")
        if self._cdn_problem:
            self.cdn_box.setEnabled(False)
            self.cdn_box.setToolTip(self._cdn_problem)
        self.url_edit = QPlainTextEdit()
        self.url_edit.setObjectName("presignedUrlEdit")
        self.url_edit.setReadOnly(True)
        self.url_edit.setAccessibleName(self.tr("Presigned link"))
        self.url_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.url_edit.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.url_edit.setTabChangesFocus(True)
        _mono(self.url_edit)
        self.url_edit.setFixedHeight(self.url_edit.fontMetrics().lineSpacing() * 5 + 12)
        self.copy_button = QPushButton(self.tr("C&opy link"))
        self.copy_button.setObjectName("copyPresignedButton")
        self.copy_button.setDefault(True)

        signed = QGroupBox(self.tr("Temporary link (works for anyone until it expires)"))
        signed.setObjectName("presignedGroup")
        form = QFormLayout(signed)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        valid_label = QLabel(self.tr("&Valid for:"))
        valid_label.setBuddy(self.expiry_box)
        form.addRow(valid_label, self.expiry)
        form.addRow(self.tr("Expires:"), self.expires_label)
        form.addRow("", self.expiry_problem)
        form.addRow("", self.cdn_box)
        form.addRow(self.tr("Link:"), self.url_edit)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        form.addRow("", copy_row)
        self.note_label = QLabel(QCoreApplication.translate("share_link", CDN_NOTE))
        self.note_label.setObjectName("cdnNoteLabel")
        self.note_label.setWordWrap(True)
        self.note_label.setEnabled(False)  # greyed: advice, not a field
        form.addRow("", self.note_label)
        return signed

    def _build_public(self) -> QGroupBox:
        self.access_label = QLabel()
        self.access_label.setObjectName("accessLabel")
        self.access_label.setWordWrap(True)
        self.access_label.setTextFormat(Qt.TextFormat.PlainText)
        self.public_edit = _url_field("publicUrlEdit")
        self.public_edit.setText(public_url(self._client, self._bucket, self._key))
        self.public_edit.setCursorPosition(0)  # show the start of the address, not its end
        self.copy_public_button = QPushButton(self.tr("Cop&y"))
        self.copy_public_button.setObjectName("copyPublicButton")
        public_row = QHBoxLayout()
        public_row.addWidget(self.public_edit, 1)
        public_row.addWidget(self.copy_public_button)
        self.cdn_edit = _url_field("cdnUrlEdit")
        self.copy_cdn_button = QPushButton(self.tr("Copy C&DN"))
        self.copy_cdn_button.setObjectName("copyCdnButton")
        cdn_row = QHBoxLayout()
        cdn_row.addWidget(self.cdn_edit, 1)
        cdn_row.addWidget(self.copy_cdn_button)
        public = QGroupBox(self.tr("Permanent addresses (work only while the file is public)"))
        public.setObjectName("publicGroup")
        public_form = QFormLayout(public)
        public_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        public_form.addRow(self.tr("Access:"), self.access_label)
        public_label = QLabel(self.tr("&Public:"))
        public_label.setBuddy(self.public_edit)
        public_form.addRow(public_label, public_row)
        self.cdn_row_label = QLabel(self.tr("CD&N:"))
        self.cdn_row_label.setBuddy(self.cdn_edit)
        public_form.addRow(self.cdn_row_label, cdn_row)
        cdn_hint = QLabel(self.tr("The CDN address works once the CDN is enabled for this bucket."))
        cdn_hint.setWordWrap(True)
        cdn_hint.setEnabled(False)
        public_form.addRow("", cdn_hint)
        if self.is_spaces and not self._cdn_problem:
            self.cdn_edit.setText(cdn_url(self._region, self._bucket, self._key))
            self.cdn_edit.setCursorPosition(0)
        else:  # kept in the layout (so parented) but not shown
            for widget in (self.cdn_edit, self.copy_cdn_button, self.cdn_row_label, cdn_hint):
                widget.hide()
        return public

    def _connect(self) -> None:
        self.expiry.changed.connect(self._on_expiry_changed)
        self.cdn_box.toggled.connect(self._on_expiry_changed)
        self.copy_button.clicked.connect(self._on_copy_presigned_clicked)
        self.copy_public_button.clicked.connect(self._on_copy_public_clicked)
        self.copy_cdn_button.clicked.connect(self._on_copy_cdn_clicked)
        self.buttons.rejected.connect(self.reject)

    # -- expiry and the link --------------------------------------------------------------------
    def expires_in(self) -> int:
        """The chosen lifetime in seconds (custom or preset)."""
        return self.expiry.seconds()

    def _on_expiry_changed(self, *_args: object) -> None:
        seconds = self.expires_in()
        problem = self.expiry.problem()
        self.expiry_problem.setText(problem)
        self.expiry_problem.setVisible(bool(problem))
        grow_to_fit(self)
        self.url = "" if problem else self._make_link(seconds)
        self.url_edit.setPlainText(self.url)
        self.copy_button.setEnabled(bool(self.url))
        if self.url:
            self.expires_at = self.expiry.expires_at()
            self.expires_label.setText(expires_text(self.expires_at))
        else:
            self.expires_at = None
            self.expires_label.setText("\u2014")

    def _make_link(self, seconds: int) -> str:
        try:
            return presigned_url(self._client, self._bucket, self._key, expires_in=seconds,
                                 via_cdn=self.cdn_box.isChecked())
        except InvalidInput as exc:  # the core says why (a key no URL can carry, and such)
            self.expiry_problem.setText(describe(exc))
            self.expiry_problem.setVisible(True)
            return ""

    # -- copying ----------------------------------------------------------------------------------
    def _copy(self, text: str, what: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.status_label.setText(self.tr("{what} copied to the clipboard.").format(what=what))

    def _on_copy_presigned_clicked(self) -> None:
        if self.url:
            self._copy(self.url, self.tr("Temporary link"))

    def _on_copy_public_clicked(self) -> None:
        self._copy(self.public_edit.text(), self.tr("Public address"))

    def _on_copy_cdn_clicked(self) -> None:
        self._copy(self.cdn_edit.text(), self.tr("CDN address"))

    # -- is it public? ----------------------------------------------------------------------------
    def _check_public(self) -> None:
        client, bucket, key = self._client, self._bucket, self._key
        self.access_label.setText(self.tr("Checking\u2026"))
        self._acl_task = self._runner.submit(
            lambda token: client.get_object_acl(bucket=bucket, key=key, cancel=token),
            self._on_acl_loaded, self._on_acl_failed)

    def _on_acl_loaded(self, task_id: int, policy: AccessControlPolicy) -> None:
        if task_id != self._acl_task:
            return
        self._acl_task = None
        self.is_public = bool(policy.is_public_read)
        self.access_label.setText(
            self.tr("Public: anyone with these addresses can download the file.") if self.is_public
            else self.tr("Private: these addresses answer \u201cAccess Denied\u201d until the "
                         "file is made public (Properties \u203a Permissions)."))
        self._show_public_state()

    def _on_acl_failed(self, task_id: int, exc: BaseException) -> None:
        if task_id != self._acl_task:
            return
        self._acl_task = None
        self.is_public = None
        if isinstance(exc, ServiceError) and exc.status == 403:
            text = (self.tr("Unknown: not allowed for this key (it may not read permissions). The "
                            "addresses below work only if the file is public."))
        else:
            log.info("could not read the ACL of %s/%s", self._bucket, self._key, exc_info=exc)
            text = self.tr("Unknown: {error}").format(error=describe(exc).splitlines()[0])
        self.access_label.setText(text)
        self._show_public_state()

    # -- does it need a customer key? ------------------------------------------------------------
    def _check_customer_key(self) -> None:
        """A HEAD without a key: refused for its customer key means the link alone cannot work."""
        client, bucket, key = self._client, self._bucket, self._key
        self._head_task = self._runner.submit(
            lambda token: client.head_object(bucket=bucket, key=key, cancel=token),
            self._on_head_loaded, self._on_head_failed)

    def _on_head_loaded(self, task_id: int, _head: object) -> None:
        if task_id == self._head_task:
            self._head_task = None
            self.needs_customer_key = False

    def _on_head_failed(self, task_id: int, exc: BaseException) -> None:
        if task_id != self._head_task:
            return
        self._head_task = None
        if isinstance(exc, ServiceError) and refusal(exc) is not None:
            self.needs_customer_key = True
            self.key_note.show()
        else:
            log.info("could not read %s/%s", self._bucket, self._key, exc_info=exc)

    def _show_public_state(self) -> None:
        """Public addresses are shown in full only when the object is known to be public."""
        public = self.is_public is True
        for edit in (self.public_edit, self.cdn_edit):
            edit.setEnabled(public)
        # Greyed but copyable: the user may know better (a bucket policy can make it public).
        self.copy_public_button.setEnabled(True)
        self.copy_cdn_button.setEnabled(True)

    def done(self, result: int) -> None:  # Qt override: stop the ACL check on close
        for task in (self._acl_task, self._head_task):
            if task is not None:
                self._runner.cancel(task)
        self._acl_task = self._head_task = None
        super().done(result)
