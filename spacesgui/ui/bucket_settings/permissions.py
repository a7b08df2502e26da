# ruff: noqa: N802 - Qt overrides keep their camelCase names
"""The bucket's ACL: private or public-read ("file listing"), every other grant kept as it is.

The page edits one choice; the grants table shows what the server holds, grant by grant, and
marks the ones the choice does not touch. The Test box asks the server as a visitor without an
account would, so the effect of a choice is seen, not assumed.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.acl import AccessControlPolicy, Grant
from spacesgui.s3.ops.anonymous import AnonymousAnswer
from spacesgui.s3.settings.acl import (
    FILE_LISTING_NOTE,
    AclEdit,
    BucketAccess,
    acl_plan,
    grant_role,
    grantee_text,
    permission_text,
)
from spacesgui.s3.settings.base import ChangePlan, Problem
from spacesgui.ui.bucket_settings.base import BucketContext, SettingsPage, monospace
from spacesgui.ui.bucket_settings.probe import Probe
from spacesgui.ui.translations import N_, shown
from spacesgui.workers.tasks import TaskToken

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

_ROLE_TEXT = {"owner": N_("GrantsModel", "always kept (the owner)"),
              "file listing": N_("GrantsModel", "set by the choice above"),
              "kept as is": N_("GrantsModel", "kept as is")}
_PRIVATE_TEXT = N_("PermissionsPage", "Only you (and keys of this account) may list the files. "
                   "Each file's own permissions still decide who may download it.")


class GrantsModel(QAbstractTableModel):
    """The server's grants, one row each: who, what, and what this editor does with it."""

    COLUMNS = (N_("GrantsModel", "Grantee"), N_("GrantsModel", "Permission"),
               N_("GrantsModel", "On Apply"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grants: tuple[Grant, ...] = ()
        self._owner_id = ""

    def set_policy(self, policy: AccessControlPolicy) -> None:
        self.beginResetModel()
        self._grants, self._owner_id = policy.grants, policy.owner.id
        self.endResetModel()

    def grant(self, row: int) -> Grant:
        return self._grants[row]

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._grants)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid() or not 0 <= index.row() < len(self._grants):
            return None
        grant = self._grants[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return shown(grantee_text(grant.grantee, self._owner_id))
            if column == 1:
                words = permission_text(grant.permission)
                if words == grant.permission:   # no words for it: S3's name alone
                    return words
                return f"{shown(words)} ({grant.permission})"
            if column == 2:
                return self.tr(_ROLE_TEXT[grant_role(grant, self._owner_id)])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS)):
            return self.tr(self.COLUMNS[section])
        return None


class PermissionsPage(SettingsPage):
    """Private or public-read, the grants as the server holds them, and an anonymous test."""

    title = N_("SettingsPage", "Permissions")

    def __init__(self, context: BucketContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("permissionsPage")

        choice = QGroupBox(self.tr("Who May List the Files"))
        choice_layout = QVBoxLayout(choice)
        self.private_radio = QRadioButton(self.tr("&Private"))
        self.private_radio.setObjectName("privateRadio")
        self.public_radio = QRadioButton(self.tr("Public &file listing (public-read)"))
        self.public_radio.setObjectName("publicReadRadio")
        self.access_group = QButtonGroup(self)
        self.access_group.addButton(self.private_radio)
        self.access_group.addButton(self.public_radio)
        choice_layout.addWidget(self.private_radio)
        choice_layout.addWidget(_note(self.tr(_PRIVATE_TEXT), "privateNote", indent=True))
        choice_layout.addWidget(self.public_radio)
        choice_layout.addWidget(_note(shown(FILE_LISTING_NOTE), "fileListingNote", indent=True))
        self.kept_warnings = _note("", "keptWarnings")
        self.kept_warnings.setStyleSheet("color: palette(highlight);")
        self.kept_warnings.hide()
        choice_layout.addWidget(self.kept_warnings)
        self.private_radio.toggled.connect(self.edited)
        self.body.addWidget(choice)

        grants = QGroupBox(self.tr("Grants on the Server"))
        grants_layout = QVBoxLayout(grants)
        self.grants_model = GrantsModel(self)
        self.grants_view = QTableView()
        self.grants_view.setObjectName("grantsTable")
        self.grants_view.setModel(self.grants_model)
        self.grants_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grants_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grants_view.verticalHeader().hide()
        self.grants_view.setWordWrap(False)
        header = self.grants_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        grants_layout.addWidget(self.grants_view)
        grants_layout.addWidget(_note(
            self.tr("Grants marked \u201ckept as is\u201d are sent back unchanged on Apply; this "
                    "page neither removes nor changes them."), "keptNote"))
        self.body.addWidget(grants, 1)

        # Outside the page's editors: what a visitor gets can be asked even when these keys
        # may not read the ACL itself (a key limited to certain buckets).
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(outer.indexOf(self.page_scroll) + 1, self._test_box())

    def _test_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Test as a Visitor Without an Account"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.test_key = QLineEdit()
        self.test_key.setObjectName("testKeyEdit")
        self.test_key.setPlaceholderText(self.tr("blank: list the bucket"))
        self.test_key.setClearButtonEnabled(True)
        self.test_key.returnPressed.connect(self.run_test)
        form.addRow(self.tr("&Key to download:"), self.test_key)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test"))
        self.test_button.setObjectName("testButton")
        self.test_button.clicked.connect(self.run_test)
        self.test_cancel = QPushButton(self.tr("Cancel Test"))
        self.test_cancel.setObjectName("testCancelButton")
        row.addWidget(self.test_button)
        row.addWidget(self.test_cancel)
        row.addStretch(1)
        layout.addLayout(row)
        self.test_answer = QPlainTextEdit()
        self.test_answer.setObjectName("testAnswer")
        self.test_answer.setReadOnly(True)
        self.test_answer.setPlaceholderText(
            self.tr("Sends an unsigned GET, as a browser would, and shows the server's answer. "
                    "Apply first: the test sees what the server holds, not these edits."))
        self.test_answer.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        monospace(self.test_answer)
        layout.addWidget(self.test_answer)
        self.probe = Probe(self.runner, self.test_answer, self.test_cancel, self.test_button)
        return box

    # -- the page contract ---------------------------------------------------------------------

    @staticmethod
    def read(client: S3Client, bucket: str, token: TaskToken) -> object:
        return client.get_bucket_acl(bucket=bucket, cancel=token)

    @staticmethod
    def write(client: S3Client, bucket: str, plan: ChangePlan, edited: object,
              token: TaskToken) -> None:
        assert isinstance(edited, AclEdit)
        client.put_bucket_acl(bucket=bucket, access_control_policy=edited.to_send(),
                              cancel=token)

    def show_value(self, value: object) -> None:
        assert isinstance(value, AccessControlPolicy)
        edit = AclEdit.of(value)
        radio = self.public_radio if edit.access == "public-read" else self.private_radio
        radio.setChecked(True)
        self.grants_model.set_policy(value)
        self._show_warnings(edit)

    def edited_value(self) -> object:
        return self._edit()

    def problems(self) -> list[Problem]:
        return []  # both choices are valid; what stays open whatever the choice is a warning

    def plan(self) -> ChangePlan:
        return acl_plan(self._edit())

    def cancel(self) -> None:
        self.probe.cancel()
        super().cancel()

    def _edit(self) -> AclEdit:
        assert isinstance(self.server_value, AccessControlPolicy)
        access: BucketAccess = "public-read" if self.public_radio.isChecked() else "private"
        return AclEdit.of(self.server_value).with_access(access)

    def _show_warnings(self, edit: AclEdit) -> None:
        warnings = edit.warnings()
        self.kept_warnings.setText("\n".join(warnings))
        self.kept_warnings.setVisible(bool(warnings))

    # -- the anonymous test --------------------------------------------------------------------

    def run_test(self) -> None:
        """Ask the server, unsigned, for the listing or the typed key; show the answer."""
        client = self.client()
        if client is None:
            return
        bucket, key = self.bucket, self.test_key.text().strip()
        asked = self.tr("GET {key}").format(key=key) if key else self.tr("GET (list the bucket)")

        def show(answer: AnonymousAnswer) -> str:
            lines = [f"{asked}: {answer.summary()}"]
            lines += [f"{name}: {value}" for name, value in answer.headers.items()]
            if not answer.allowed and answer.request_id:
                lines.append(self.tr("Request ID: {request_id}").format(
                        request_id=answer.request_id))
            return "\n".join(lines)

        self.probe.start(lambda token: client.anonymous_get(bucket=bucket, key=key, cancel=token),
                         asking=f"{asked}\u2026", show=show, failed=self.tr(
                                 "{asked}: no answer. ").format(asked=asked))


def _note(text: str, name: str, *, indent: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if indent:
        label.setContentsMargins(24, 0, 0, 4)
    return label
