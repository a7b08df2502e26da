"""Let someone without an account upload into a folder: a presigned PUT link for one file, or a
web page with a signed upload form (any file name, up to a size, of a content type).

Both are signed here (pure CPU, on the GUI thread); they carry the access key id and a
signature, never the secret, and stop working when they expire. The server enforces the
form's policy, so the page needs nothing but a browser.
"""

from __future__ import annotations

import logging
import shlex

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3 import InvalidInput
from spacesgui.s3.atomic_file import write_atomically
from spacesgui.s3.client import S3Client
from spacesgui.s3.transfer.common import MiB
from spacesgui.s3.upload_form import UploadFormSpec, build_upload_form, upload_form_html
from spacesgui.ui.dialogs.expiry import (
    SIGV4_MAX_SECONDS,
    ExpiryPicker,
    expires_text,
    max_seconds,
)
from spacesgui.ui.dialogs.sizing import grow_to_fit
from spacesgui.ui.errors import describe

log = logging.getLogger(__name__)

DEFAULT_MAX_MIB = 100
MAX_FORM_MIB = 5 * 1024    # a single POST is limited to 5 GiB by S3
CONTENT_TYPES = ("", "image/", "video/", "audio/", "text/", "application/pdf",
                 "application/zip")


def _problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


def _with_buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class UploadLinkDialog(QDialog):
    """The upload link and upload form for `bucket`/`folder` (objectName `uploadLinkDialog`)."""

    def __init__(self, client: S3Client, bucket: str, folder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uploadLinkDialog")
        self.setWindowTitle(self.tr("Upload Link or Form for \u201c{0}\u201d").format(
            f"{bucket}/{folder}"))
        self._client, self._bucket, self._folder = client, bucket, folder
        self.url = ""
        self.saved_path = ""
        self.tabs = QTabWidget()
        self.tabs.setObjectName("uploadTabs")
        self.tabs.addTab(self._build_link_tab(), self.tr("Link for one &file"))
        self.tabs.addTab(self._build_form_tab(), self.tr("Upload &page for many files"))
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        self._on_link_changed()
        self._on_form_changed()
        self.resize(max(self.sizeHint().width(), 640), self.sizeHint().height())

    # -- the PUT link ---------------------------------------------------------------------
    def _build_link_tab(self) -> QWidget:
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("uploadNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. report.pdf"))
        self.link_expiry = ExpiryPicker(limit=max_seconds(self._client.signature))
        self.link_expiry.setObjectName("linkExpiry")
        self.link_edit = QPlainTextEdit()
        self.link_edit.setObjectName("uploadUrlEdit")
        self.link_edit.setReadOnly(True)
        self.link_edit.setAccessibleName(self.tr("Upload link"))
        self.link_edit.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.link_edit.setTabChangesFocus(True)
        self.link_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.link_edit.setFixedHeight(self.link_edit.fontMetrics().lineSpacing() * 5 + 12)
        self.link_problem = _problem_label("linkProblemLabel")
        self.copy_link_button = QPushButton(self.tr("C&opy link"))
        self.copy_link_button.setObjectName("copyUploadLinkButton")
        self.copy_curl_button = QPushButton(self.tr("Copy &curl command"))
        self.copy_curl_button.setObjectName("copyCurlButton")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_curl_button)
        row.addWidget(self.copy_link_button)
        note = QLabel(self.tr("Anyone with the link can upload one file under this name, "
                              "replacing a file of the same name, until the link expires. "
                              "The link is an HTTP PUT: tools such as curl use it; a browser "
                              "cannot open it."))
        note.setWordWrap(True)
        note.setEnabled(False)  # greyed: advice, not a field
        tab = QWidget()
        tab.setObjectName("putLinkTab")
        form = QFormLayout(tab)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_with_buddy(self.tr("File &name:"), self.name_edit), self.name_edit)
        form.addRow(_with_buddy(self.tr("&Valid for:"), self.link_expiry.box), self.link_expiry)
        form.addRow("", self.link_problem)
        form.addRow(self.tr("Link:"), self.link_edit)
        form.addRow("", row)
        form.addRow(note)
        self.name_edit.textChanged.connect(self._on_link_changed)
        self.link_expiry.changed.connect(self._on_link_changed)
        self.copy_link_button.clicked.connect(self._on_copy_link_clicked)
        self.copy_curl_button.clicked.connect(self._on_copy_curl_clicked)
        return tab

    def _link_problem(self) -> str:
        name = self.name_edit.text().strip()
        if not name:
            return ""   # not an error yet: nothing typed
        if name.endswith("/") or name.startswith("/"):
            return self.tr("A file name cannot start or end with \u201c/\u201d.")
        return self.link_expiry.problem()

    def _on_link_changed(self, *_args: object) -> None:
        name = self.name_edit.text().strip()
        problem = self._link_problem()
        self.url = ""
        if name and not problem:
            try:
                self.url = self._client.presign("PUT", bucket=self._bucket,
                                                key=self._folder + name,
                                                expires_in=self.link_expiry.seconds())
            except InvalidInput as exc:
                problem = describe(exc)
        self.link_problem.setText(problem)
        self.link_problem.setVisible(bool(problem))
        self.link_edit.setPlainText(self.url)
        self.copy_link_button.setEnabled(bool(self.url))
        self.copy_curl_button.setEnabled(bool(self.url))
        grow_to_fit(self)

    def curl_command(self) -> str:
        name = self.name_edit.text().strip().rsplit("/", 1)[-1]
        return f"curl --fail -T {shlex.quote(name)} {shlex.quote(self.url)}"

    def _on_copy_link_clicked(self) -> None:
        if self.url:
            self._copy(self.url, self.tr("Upload link copied; it works until {0}."))

    def _on_copy_curl_clicked(self) -> None:
        if self.url:
            self._copy(self.curl_command(),
                       self.tr("curl command copied; it works until {0}."))

    def _copy(self, text: str, message: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.status_label.setText(message.format(expires_text(self.link_expiry.expires_at())))

    # -- the upload page ------------------------------------------------------------------
    def _build_form_tab(self) -> QWidget:
        self.folder_edit = QLineEdit(self._folder)
        self.folder_edit.setObjectName("formFolderEdit")
        self.folder_edit.setPlaceholderText(self.tr("(the top of the bucket)"))
        # A form is a SigV4 policy or a SigV2 one with the same 7-day ceiling.
        self.form_expiry = ExpiryPicker(limit=SIGV4_MAX_SECONDS)
        self.form_expiry.setObjectName("formExpiry")
        self.max_spin = QSpinBox()
        self.max_spin.setObjectName("maxSizeSpin")
        self.max_spin.setRange(1, MAX_FORM_MIB)
        self.max_spin.setValue(DEFAULT_MAX_MIB)
        self.max_spin.setSuffix(self.tr(" MiB"))
        self.max_spin.setMaximumWidth(self.max_spin.sizeHint().width() * 2)
        self.type_box = QComboBox()
        self.type_box.setObjectName("contentTypeBox")
        self.type_box.setEditable(True)
        for ctype in CONTENT_TYPES:
            self.type_box.addItem(ctype)
        line = self.type_box.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("any type"))
        self.form_problem = _problem_label("formProblemLabel")
        self.save_button = QPushButton(self.tr("&Save Upload Page\u2026"))
        self.save_button.setObjectName("saveFormButton")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        note = QLabel(self.tr("The page works in any browser until it expires: whoever has it "
                              "can upload files into this folder (a file with the same name "
                              "replaces the earlier one). Send it by e-mail or put it on a web "
                              "site. \u201cimage/\u201d takes any image; an exact type such as "
                              "application/pdf only that type."))
        note.setWordWrap(True)
        note.setEnabled(False)  # greyed: advice, not a field
        tab = QWidget()
        tab.setObjectName("formTab")
        form = QFormLayout(tab)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        bucket_row = QHBoxLayout()
        bucket_label = QLabel(f"{self._bucket}/")
        bucket_label.setTextFormat(Qt.TextFormat.PlainText)
        bucket_row.addWidget(bucket_label)
        bucket_row.addWidget(self.folder_edit, 1)
        form.addRow(_with_buddy(self.tr("F&older:"), self.folder_edit), bucket_row)
        form.addRow(_with_buddy(self.tr("Va&lid for:"), self.form_expiry.box), self.form_expiry)
        form.addRow(_with_buddy(self.tr("&Largest file:"), self.max_spin), self.max_spin)
        form.addRow(_with_buddy(self.tr("Content &type:"), self.type_box), self.type_box)
        form.addRow("", self.form_problem)
        form.addRow("", row)
        form.addRow(note)
        self.folder_edit.textChanged.connect(self._on_form_changed)
        self.form_expiry.changed.connect(self._on_form_changed)
        self.max_spin.valueChanged.connect(self._on_form_changed)
        self.type_box.currentTextChanged.connect(self._on_form_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        return tab

    def form_spec(self) -> UploadFormSpec:
        folder = self.folder_edit.text().strip().lstrip("/")
        if folder and not folder.endswith("/"):
            folder += "/"
        return UploadFormSpec(bucket=self._bucket, folder=folder,
                              expires_in=self.form_expiry.seconds(),
                              max_size=self.max_spin.value() * MiB,
                              content_type=self.type_box.currentText().strip())

    def _on_form_changed(self, *_args: object) -> None:
        problems = [*self.form_spec().problems(), self.form_expiry.problem()]
        text = "\n".join(p for p in problems if p)
        self.form_problem.setText(text)
        self.form_problem.setVisible(bool(text))
        self.save_button.setEnabled(not text)
        grow_to_fit(self)

    def form_html(self) -> str:
        """The page, signed now (InvalidInput when the choices cannot be signed)."""
        spec = self.form_spec()
        form = build_upload_form(self._client, spec)
        return upload_form_html(form, spec, expires_at=self.form_expiry.expires_at())

    def _on_save_clicked(self) -> None:
        name = (self.form_spec().folder.rstrip("/").rsplit("/", 1)[-1] or self._bucket)
        dialog = QFileDialog(self, self.tr("Save Upload Page"), self.tr(
                "upload to {name}.html").format(name=name),
                             self.tr("Web pages (*.html)"))
        dialog.setObjectName("saveFormDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("html")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_form)
        dialog.open()

    def save_form(self, path: str) -> None:
        """Sign the page now and write it to `path`; the outcome goes to the status line."""
        try:
            html = self.form_html()
            write_atomically(path, html.encode("utf-8"))
        except InvalidInput as exc:
            self.form_problem.setText(describe(exc))
            self.form_problem.setVisible(True)
            return
        except OSError as exc:
            log.warning("could not save the upload page to %s", path, exc_info=exc)
            self.status_label.setText(self.tr("The page could not be saved: {0}").format(
                exc.strerror or exc))
            return
        self.saved_path = path
        self.status_label.setText(self.tr("Saved {0}; it works until {1}.").format(
            path, expires_text(self.form_expiry.expires_at())))
