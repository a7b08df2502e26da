"""The form for one account: where it connects, with which key, and how.

The dialog edits a copy of a frozen Account; the rules live in `Account.problems()` (Qt-free) and
the form only adds the two it alone knows: a missing secret and a name already in use. The secret
is kept only in the password field and `secret()`: never in an object name, accessible name,
tooltip or log line. Customer keys have their own tab (customer_keys.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spacesgui.config import Account
from spacesgui.s3 import InvalidInput
from spacesgui.s3.spaces import SPACES_REGIONS, parse_location, region_label
from spacesgui.ui.dialogs.customer_keys import CustomerKeysPanel
from spacesgui.ui.dialogs.upload_rules import UploadRulesPanel
from spacesgui.ui.errors import describe
from spacesgui.ui.translations import N_
from spacesgui.workers.secrets import AsyncVault

CUSTOM = "custom"  # the region box's data for "Custom endpoint…"
# The boxes' texts, translated in `_combo` (context "AccountEditor").
_PROVIDERS = (("spaces", "DigitalOcean Spaces"),
              ("s3", N_("AccountEditor", "Other S3-compatible server")))
_ADDRESSING = (("auto", N_("AccountEditor", "Automatic")),
               ("virtual", N_("AccountEditor", "Virtual-hosted (bucket.host)")),
               ("path", N_("AccountEditor", "Path-style (host/bucket)")))
_SIGNATURES = (("v4", N_("AccountEditor", "Signature version 4")),
               ("v2", N_("AccountEditor", "Signature version 2 (legacy)")))
_ACLS = (("private", N_("AccountEditor", "Private")),
         ("public-read", N_("AccountEditor", "Public (anyone with the link can read)")))
_SPLIT = re.compile(r"[\s,;]+")


def _combo(name: str, items: tuple[tuple[str, str], ...]) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for data, label in items:
        box.addItem(QCoreApplication.translate("AccountEditor", label), data)
    return box


def _select(box: QComboBox, data: str) -> None:
    index = box.findData(data)
    box.setCurrentIndex(max(index, 0))


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


class AccountEditor(QDialog):
    """Add or edit one account; `account()` and `secret()` hold the result after accept."""

    def __init__(self, account: Account | None = None, parent: QWidget | None = None, *,
                 taken_names: frozenset[str] = frozenset(),
                 vault: AsyncVault | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountEditor")
        self._is_new = account is None
        self._original = account if account is not None else Account.new(name="")
        self._taken = frozenset(n.casefold() for n in taken_names)
        self._vault = vault
        title = (self.tr("Edit \u201c{name}\u201d").format(name=self._original.name) if account
                 else self.tr("New Account"))
        self.setWindowTitle(title)
        self._build()
        self._load(self._original)
        self._connect()
        self._on_location_changed()
        self._show_paste_result("")
        self._revalidate()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_general(), self.tr("&General"))
        self.tabs.addTab(self._build_connection(), self.tr("Co&nnection"))
        self.keys_panel = CustomerKeysPanel(self._vault, self._original.id,
                                            self._original.customer_keys,
                                            self._original.default_customer_key)
        self.tabs.addTab(self.keys_panel, self.tr("Customer Keys"))  # every letter of it is taken
        self.uploads_panel = UploadRulesPanel(self.acl_box, self._original.upload_rules)
        self.tabs.addTab(self.uploads_panel, self.tr("Uploads"))  # every letter of it is taken too

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save") if not self._is_new else self.tr("&Add Account"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def _build_general(self) -> QWidget:
        self.paste_edit = _line("pasteEdit", "https://my-bucket.fra1.digitaloceanspaces.com")
        self.paste_label = QLabel()
        self.paste_label.setObjectName("pasteLabel")
        self.paste_label.setWordWrap(True)
        self.name_edit = _line("nameEdit", self.tr("e.g. Work photos"))
        self.provider_box = _combo("providerBox", _PROVIDERS)
        self.region_box = QComboBox()
        self.region_box.setObjectName("regionBox")
        for region in SPACES_REGIONS:
            self.region_box.addItem(region_label(region.slug), region.slug)
        self.region_box.insertSeparator(self.region_box.count())
        self.region_box.addItem(self.tr("Custom endpoint\u2026"), CUSTOM)
        self.endpoint_edit = _line("endpointEdit",
                                   self.tr("https://s3.example.com or http://host:port"))
        self.signing_region_edit = _line("signingRegionEdit", self.tr("e.g. us-east-1"))
        self.access_key_edit = _line("accessKeyEdit", "DO00\u2026")
        self.secret_edit = QLineEdit()
        self.secret_edit.setObjectName("secretKeyEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("Secret key"))
        self.secret_edit.setPlaceholderText(
            self.tr("Required") if self._is_new
            else self.tr("Stored in the keyring \u2014 leave empty to keep it"))
        self.pinned_edit = _line("pinnedEdit",
                                 self.tr("Optional: bucket names, separated by commas"))

        general = QWidget()
        form = QFormLayout(general)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Paste a link:"), self.paste_edit)
        form.addRow("", self.paste_label)
        form.addRow(self.tr("Na&me:"), self.name_edit)
        form.addRow(self.tr("Pro&vider:"), self.provider_box)
        form.addRow(self.tr("&Region:"), self.region_box)
        form.addRow(self.tr("&Endpoint:"), self.endpoint_edit)
        form.addRow(self.tr("Signing reg&ion:"), self.signing_region_edit)
        form.addRow(self.tr("Access &key ID:"), self.access_key_edit)
        form.addRow(self.tr("Secre&t key:"), self.secret_edit)
        form.addRow(self.tr("Pinned &buckets:"), self.pinned_edit)
        pinned_help = QLabel(self.tr("For keys limited to some buckets: they open without "
                                     "listing."))
        pinned_help.setWordWrap(True)
        pinned_help.setEnabled(False)  # greyed: a hint, not a field
        form.addRow("", pinned_help)
        self.form = form
        return general

    def _build_connection(self) -> QWidget:
        self.addressing_box = _combo("addressingBox", _ADDRESSING)
        self.signature_box = _combo("signatureBox", _SIGNATURES)
        self.acl_box = _combo("aclBox", _ACLS)
        self.verify_box = QCheckBox(self.tr("Verif&y the server's TLS certificate"))
        self.verify_box.setObjectName("verifyTlsBox")
        self.ca_edit = _line("caBundleEdit", self.tr("System certificates"))
        self.ca_button = QPushButton(self.tr("Br&owse\u2026"))
        self.ca_button.setObjectName("caBundleButton")
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        self.proxy_edit = _line("proxyEdit", self.tr("None, e.g. http://proxy.example:3128"))

        advanced = QWidget()
        more = QFormLayout(advanced)
        more.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        more.addRow(self.tr("A&ddressing:"), self.addressing_box)
        more.addRow(self.tr("Signat&ure:"), self.signature_box)
        more.addRow("", self.verify_box)
        ca_label = QLabel(self.tr("CA bund&le:"))
        ca_label.setBuddy(self.ca_edit)  # a layout cannot be a buddy, so point at the field
        more.addRow(ca_label, ca_row)
        more.addRow(self.tr("Pro&xy:"), self.proxy_edit)

        return advanced

    def _load(self, account: Account) -> None:
        self.name_edit.setText(account.name)
        if account.provider == "sandbox" and self.provider_box.findData("sandbox") < 0:
            self.provider_box.addItem(self.tr("Local sandbox"), "sandbox")
        _select(self.provider_box, account.provider)
        if account.endpoint:
            _select(self.region_box, CUSTOM)
            self.endpoint_edit.setText(account.endpoint)
            self.signing_region_edit.setText(account.region)
        else:
            self._select_region(account.region)
        self.access_key_edit.setText(account.access_key_id)
        self.pinned_edit.setText(", ".join(account.pinned_buckets))
        _select(self.addressing_box, account.addressing)
        _select(self.signature_box, account.signature)
        _select(self.acl_box, account.default_acl)
        self.verify_box.setChecked(account.verify_tls)
        self.ca_edit.setText(account.ca_bundle or "")
        self.proxy_edit.setText(account.proxy or "")

    def _select_region(self, slug: str) -> None:
        if self.region_box.findData(slug) < 0:  # a region newer than our list still works
            self.region_box.insertItem(len(SPACES_REGIONS), region_label(slug), slug)
        _select(self.region_box, slug)

    def _connect(self) -> None:
        for edit in (self.name_edit, self.endpoint_edit, self.signing_region_edit,
                     self.access_key_edit, self.secret_edit, self.pinned_edit, self.ca_edit,
                     self.proxy_edit):
            edit.textChanged.connect(self._revalidate)
        for box in (self.addressing_box, self.signature_box, self.acl_box):
            box.currentIndexChanged.connect(self._revalidate)
        self.provider_box.currentIndexChanged.connect(self._on_provider_changed)
        self.region_box.currentIndexChanged.connect(self._on_location_changed)
        self.verify_box.toggled.connect(self._on_verify_toggled)
        self.paste_edit.textChanged.connect(self._on_paste_changed)
        self.ca_button.clicked.connect(self._on_browse_clicked)
        self.keys_panel.keys_changed.connect(self._revalidate)
        self.uploads_panel.edited.connect(self._revalidate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- reading the form ----------------------------------------------------------------------
    @property
    def custom_endpoint(self) -> bool:
        return bool(self.region_box.currentData() == CUSTOM)

    def account(self) -> Account:
        """The edited copy (valid or not); `problems()` says what is wrong with it."""
        custom, verify = self.custom_endpoint, self.verify_box.isChecked()
        region = (self.signing_region_edit.text().strip() if custom
                  else str(self.region_box.currentData()))
        pinned = tuple(dict.fromkeys(b for b in _SPLIT.split(self.pinned_edit.text()) if b))
        return replace(
            self._original,
            name=self.name_edit.text().strip(),
            provider=self.provider_box.currentData(),
            region=region,
            endpoint=(self.endpoint_edit.text().strip() or None) if custom else None,
            access_key_id=self.access_key_edit.text().strip(),
            addressing=self.addressing_box.currentData(),
            signature=self.signature_box.currentData(),
            default_acl=self.acl_box.currentData(),
            verify_tls=verify,
            ca_bundle=(self.ca_edit.text().strip() or None) if verify else None,
            proxy=self.proxy_edit.text().strip() or None,
            pinned_buckets=pinned,
            customer_keys=self.keys_panel.keys(),
            default_customer_key=self.keys_panel.default(),
            upload_rules=self.uploads_panel.rules(),
        )

    def secret(self) -> str | None:
        """The secret typed in, or None to keep the stored one."""
        return self.secret_edit.text().strip() or None

    def problems(self) -> list[str]:
        account = self.account()
        problems = list(account.problems())
        if account.name.casefold() in self._taken and (
                self._is_new or account.name.casefold() != self._original.name.casefold()):
            problems.append(self.tr("Another account is already called \u201c{name}\u201d.")
                            .format(name=account.name))
        key_changed = account.access_key_id != self._original.access_key_id
        if self.secret() is None and (self._is_new or key_changed):
            problems.append(self.tr("Enter the secret key that belongs to this access key."))
        if self.keys_panel.busy:
            problems.append(self.tr("Wait until the keyring has answered about the customer key."))
        return problems

    def done(self, result: int) -> None:
        # The keys tab changed the keyring at once; Save and Cancel settle it like the form.
        if result == QDialog.DialogCode.Accepted:
            self.keys_panel.commit()
        else:
            self.keys_panel.roll_back()
        super().done(result)

    # -- reacting ------------------------------------------------------------------------------
    def _revalidate(self) -> None:
        endpoint = self.endpoint_edit.text().strip().lower() if self.custom_endpoint else ""
        self.keys_panel.set_plain_http(endpoint.startswith("http://"))
        problems = self.problems()
        self.problem_label.setText("\n".join(f"\u2022 {p}" for p in problems))
        self.problem_label.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)

    def _on_provider_changed(self) -> None:
        spaces = self.provider_box.currentData() == "spaces"
        if not spaces:
            _select(self.region_box, CUSTOM)
        self.region_box.setEnabled(spaces)  # other servers have no region list to pick from
        self._on_location_changed()

    def _on_location_changed(self) -> None:
        custom = self.custom_endpoint
        if custom and not self.signing_region_edit.text():
            spaces = self.provider_box.currentData() == "spaces"
            self.signing_region_edit.setText("nyc3" if spaces else "us-east-1")
        self.form.setRowVisible(self.endpoint_edit, custom)
        self.form.setRowVisible(self.signing_region_edit, custom)
        self._revalidate()

    def _on_verify_toggled(self, checked: bool) -> None:
        self.ca_edit.setEnabled(checked)
        self.ca_button.setEnabled(checked)
        self._revalidate()

    def _show_paste_result(self, text: str) -> None:
        self.paste_label.setText(text)
        self.form.setRowVisible(self.paste_label, bool(text))

    def _on_paste_changed(self, text: str) -> None:
        if not text.strip():
            self._show_paste_result("")
            return
        try:
            location = parse_location(text)
        except InvalidInput as exc:
            self._show_paste_result(describe(exc))
            return
        filled = []
        if location.region:
            _select(self.provider_box, "spaces")
            self._select_region(location.region)
            filled.append(self.tr("region {region}").format(region=region_label(location.region)))
        elif location.endpoint:
            _select(self.provider_box, "s3")
            _select(self.region_box, CUSTOM)
            self.endpoint_edit.setText(location.endpoint)
            filled.append(self.tr("endpoint {endpoint}").format(endpoint=location.endpoint))
        if location.bucket:
            pinned = [b for b in _SPLIT.split(self.pinned_edit.text()) if b]
            if location.bucket not in pinned:
                self.pinned_edit.setText(", ".join([*pinned, location.bucket]))
            filled.append(self.tr("bucket {bucket}").format(bucket=location.bucket))
            if not self.name_edit.text().strip():
                self.name_edit.setText(location.bucket)
        if not filled:
            self._show_paste_result(self.tr("That link names no region or bucket."))
            return
        what = (filled[0] if len(filled) == 1
                else self.tr("{first} and {second}").format(first=filled[0], second=filled[1]))
        self._show_paste_result(self.tr("Filled in {what}.").format(what=what))

    def _on_browse_clicked(self) -> None:
        chooser = QFileDialog(self, self.tr("Choose a CA Bundle"), self.ca_edit.text() or "",
                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        chooser.setObjectName("caBundleChooser")
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(self.ca_edit.setText)
        chooser.open()  # not exec(): the event loop keeps running
