"""The widgets of the properties dialog, built in code; the behaviour is in properties.py."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QWidget,
)

from spacesgui.s3.transfer import properties as pm
from spacesgui.ui.dialogs.properties_tables import PairTable

_EDIT_NAMES = {"content_type": "contentTypeEdit", "cache_control": "cacheControlEdit",
               "content_disposition": "contentDispositionEdit",
               "content_encoding": "contentEncodingEdit"}


class PropertiesLayout(QDialog):
    """Builds the tabs' widgets; PropertiesDialog adds loading, editing and applying."""

    _keys: list[str]

    def _on_field_edited(self, field: pm.ContentField, _text: str = "") -> None:
        raise NotImplementedError

    def _build_info(self) -> QWidget:
        self.info: dict[str, QLabel] = {}
        info_box = QWidget()
        info_form = QFormLayout(info_box)
        for field, label in (("name", self.tr("Name:")), ("size", self.tr("Size:")),
                             ("etag", self.tr("ETag:")), ("modified", self.tr("Modified:")),
                             ("storage_class", self.tr("Storage class:")),
                             ("version_id", self.tr("Version ID:")),
                             ("type", self.tr("Content type:")),
                             ("encryption", self.tr("Encryption:"))):
            value = QLabel("\u2026")
            value.setObjectName(f"{field}Value")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setWordWrap(True)
            self.info[field] = value
            info_form.addRow(label, value)
        self.files_list = QListWidget()
        self.files_list.setObjectName("filesList")
        self.files_list.setAccessibleName(self.tr("Selected files"))
        self.files_label = QLabel(self.tr("&Files:"))
        self.files_label.setBuddy(self.files_list)
        info_form.addRow(self.files_label, self.files_list)
        for widget in (self.files_label, self.files_list):
            widget.setVisible(len(self._keys) > 1)
        return info_box

    def _build_headers(self) -> QWidget:
        self.field_edits: dict[pm.ContentField, QLineEdit] = {}
        headers = QWidget()
        form = QFormLayout(headers)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # The header names stay as HTTP spells them; translators only move the mnemonics.
        mnemonics = {"content_type": self.tr("Content-T&ype:"),
                     "cache_control": self.tr("Cac&he-Control:"),
                     "content_disposition": self.tr("Content-D&isposition:"),
                     "content_encoding": self.tr("Content-E&ncoding:")}
        for field, _label in pm.CONTENT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(_EDIT_NAMES[field])
            edit.textEdited.connect(functools.partial(self._on_field_edited, field))
            self.field_edits[field] = edit
            form.addRow(mnemonics[field], edit)
        self.metadata_table = PairTable("metadata",
                                        headers=(self.tr("Name (x-amz-meta-)"), self.tr("Value")),
                                        add_text=self.tr("&Add metadata"),
                                        check=pm.metadata_problems)
        form.addRow(QLabel(self.tr("Custom metadata:")))
        form.addRow(self.metadata_table)
        return headers

    def _build_permissions(self) -> QWidget:
        self.acl_box = QComboBox()
        self.acl_box.setObjectName("aclBox")
        self.acl_note = QLabel()
        self.acl_note.setObjectName("aclNote")
        self.acl_note.setWordWrap(True)
        self.acl_note.setTextFormat(Qt.TextFormat.PlainText)
        permissions = QWidget()
        perm_form = QFormLayout(permissions)
        perm_form.addRow(self.tr("A&ccess:"), self.acl_box)
        perm_form.addRow("", self.acl_note)
        help_label = QLabel(self.tr(
            "Public files can be downloaded by anyone who has their address, without a key (on "
            "Spaces also through the CDN, if enabled). Private files need a key or a temporary "
            "link (Share Link\u2026)."))
        help_label.setWordWrap(True)
        help_label.setEnabled(False)  # greyed: advice, not a field
        perm_form.addRow("", help_label)
        return permissions

    def _build_bottom(self) -> None:
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, len(self._keys))
        self.error_view = QPlainTextEdit()
        self.error_view.setObjectName("errorView")
        self.error_view.setReadOnly(True)
        self.error_view.setMaximumHeight(110)
        self.error_view.setAccessibleName(self.tr("Errors per file"))
        self.error_view.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("App&ly"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("&Cancel"))
