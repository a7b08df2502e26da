"""Copy links for a whole selection: public, CDN or presigned, one per line or as CSV.

Folders in the selection are listed first (on the runner) so every file below them gets a link;
the links themselves are signed on the GUI thread, which is pure CPU. The text is shown before
it is copied, so the user sees what goes on the clipboard.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QStandardItemModel, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3 import InvalidInput
from spacesgui.s3.client import S3Client
from spacesgui.s3.links import LinkKind, as_csv, as_lines, cdn_problem, expand_folders, object_links
from spacesgui.ui.dialogs.expiry import ExpiryPicker, expires_text, max_seconds
from spacesgui.ui.dialogs.sizing import grow_to_fit
from spacesgui.ui.errors import describe
from spacesgui.workers.tasks import TaskRunner

log = logging.getLogger(__name__)

LINES, CSV = "lines", "csv"


class CopyLinksDialog(QDialog):
    """Links for `files` ((key, size) pairs) and everything below `folders` in `bucket`,
    named relative to `folder` (objectName `copyLinksDialog`)."""

    def __init__(self, client: S3Client, runner: TaskRunner, bucket: str, folder: str, *,
                 files: list[tuple[str, int]], folders: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyLinksDialog")
        self._client, self._runner = client, runner
        self._bucket, self._folder = bucket, folder
        self._cdn_problem = cdn_problem(client, bucket)
        self._objects: list[tuple[str, int]] | None = None   # None: still listing folders
        self._list_task: int | None = None
        self.text = ""
        count = len(files) + len(folders)
        self.setWindowTitle(self.tr("Copy Links for %n Item(s)", "", count))
        self._build()
        self._connect()
        if folders:
            self._list(files, folders)
        else:
            self._objects = list(files)
        self._refresh()
        self.resize(max(self.sizeHint().width(), 680), self.sizeHint().height())

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self._build_kind_box()
        self.expiry = ExpiryPicker(limit=max_seconds(self._client.signature))
        self.cdn_box = QCheckBox(self.tr("CDN-&compatible (signed for the origin, sent to the "
                                         "CDN)"))
        self.cdn_box.setObjectName("cdnCompatibleBox")
        self.cdn_box.setToolTip(self._cdn_problem)
        self.format_box = QComboBox()
        self.format_box.setObjectName("formatBox")
        self.format_box.addItem(self.tr("One link per line"), LINES)
        self.format_box.addItem(self.tr("CSV: name, size, link"), CSV)
        self._build_links_edit()
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_button = QPushButton(self.tr("C&opy"))
        self.copy_button.setObjectName("copyLinksButton")
        self.copy_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((self.tr("&Links:"), self.kind_box),
                             (self.tr("&Valid for:"), self.expiry)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.cdn_box)
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format_box)
        form.addRow(format_label, self.format_box)
        where = QLabel(f"{self._bucket}/{self._folder}")
        where.setObjectName("whereLabel")
        where.setTextFormat(Qt.TextFormat.PlainText)   # keys are untrusted text
        font = where.font()
        font.setBold(True)
        where.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.links_edit, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

    def _build_kind_box(self) -> None:
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("linkKindBox")
        self.kind_box.addItem(self.tr("Temporary links (work for anyone until they expire)"),
                              LinkKind.PRESIGNED)
        self.kind_box.addItem(self.tr("Public addresses (work while the files are public)"),
                              LinkKind.PUBLIC)
        self.kind_box.addItem(self.tr("CDN addresses (public files, CDN enabled)"),
                              LinkKind.CDN)
        problem = self._cdn_problem
        if problem:
            model = self.kind_box.model()
            if isinstance(model, QStandardItemModel):
                cdn_item = model.item(2)
                if cdn_item is not None:
                    cdn_item.setEnabled(False)
            self.kind_box.setItemData(2, problem, Qt.ItemDataRole.ToolTipRole)

    def _build_links_edit(self) -> None:
        self.links_edit = QPlainTextEdit()
        self.links_edit.setObjectName("linksEdit")
        self.links_edit.setReadOnly(True)
        self.links_edit.setAccessibleName(self.tr("Links"))
        self.links_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.links_edit.setWordWrapMode(QTextOption.WrapMode.NoWrap)
        self.links_edit.setTabChangesFocus(True)
        self.links_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.links_edit.setMinimumHeight(self.links_edit.fontMetrics().lineSpacing() * 10)

    def _connect(self) -> None:
        self.kind_box.currentIndexChanged.connect(self._refresh)
        self.expiry.changed.connect(self._refresh)
        self.cdn_box.toggled.connect(self._refresh)
        self.format_box.currentIndexChanged.connect(self._refresh)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.buttons.rejected.connect(self.reject)

    # -- listing folders --------------------------------------------------------------------
    def _list(self, files: list[tuple[str, int]], folders: list[str]) -> None:
        client, bucket = self._client, self._bucket
        self._list_task = self._runner.submit(
            lambda token: expand_folders(client, bucket, files, folders, cancel=token),
            self._on_listed, self._on_list_failed)

    def _on_listed(self, task_id: int, objects: list[tuple[str, int]]) -> None:
        if task_id != self._list_task:
            return
        self._list_task = None
        self._objects = objects
        self._refresh()

    def _on_list_failed(self, task_id: int, exc: BaseException) -> None:
        if task_id != self._list_task:
            return
        self._list_task = None
        log.info("could not list the folders of %s", self._bucket, exc_info=exc)
        self._objects = []
        self.status_label.setText(self.tr("The folders could not be listed: {0}").format(
            describe(exc).splitlines()[0]))
        self.copy_button.setEnabled(False)

    # -- the links --------------------------------------------------------------------------
    def kind(self) -> LinkKind:
        return LinkKind(self.kind_box.currentData())

    def _refresh(self, *_args: object) -> None:
        presigned = self.kind() == LinkKind.PRESIGNED
        self.expiry.setEnabled(presigned)
        self.cdn_box.setEnabled(presigned and not self._cdn_problem)
        if self._objects is None:
            self.status_label.setText(self.tr("Listing the folders\u2026"))
            self.copy_button.setEnabled(False)
            return
        problem = self.expiry.problem() if presigned else ""
        links = []
        if not problem:
            try:
                links = object_links(self._client, self._bucket, self._objects,
                                     kind=self.kind(), folder=self._folder,
                                     expires_in=self.expiry.seconds(),
                                     via_cdn=self.cdn_box.isChecked())
            except InvalidInput as exc:   # a key no URL can carry, and such
                problem = describe(exc)
        self.text = "" if problem else (as_csv(links) if self.format_box.currentData() == CSV
                                        else as_lines(links))
        self.links_edit.setPlainText(self.text)
        self.copy_button.setEnabled(bool(self.text) and bool(links))
        if problem:
            self.status_label.setText(problem)
        elif not links:
            self.status_label.setText(self.tr("There are no files here to link to."))
        elif presigned:
            until = expires_text(self.expiry.expires_at())
            self.status_label.setText(
                self.tr("%n link(s), valid until {until}.", "", len(links)).format(until=until))
        else:
            self.status_label.setText(self.tr("%n address(es).", "", len(links)))
        grow_to_fit(self)

    def _on_copy_clicked(self) -> None:
        if self.text:
            QGuiApplication.clipboard().setText(self.text)
            self.status_label.setText(self.tr("Copied to the clipboard."))

    def done(self, result: int) -> None:  # Qt override: stop listing on close
        if self._list_task is not None:
            self._runner.cancel(self._list_task)
            self._list_task = None
        super().done(result)
