"""Properties of a folder or a selection: what to change on every object below, as one job.

Nothing is read first (a folder may hold millions of objects): every field starts as "leave as
each object has it", and only what the user sets is written (spacesgui.s3.transfer.properties
plans it per object). The job runs in the transfer queue; its summary opens in
`BulkReportDialog` when it ends, cancelled, failed or done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3.transfer import properties as pm
from spacesgui.s3.transfer.bulk_properties import BulkReport
from spacesgui.ui.dialogs.properties_tables import PairTable
from spacesgui.ui.translations import N_

# Translated where shown (context "BulkPropertiesDialog").
_ACLS: tuple[tuple[pm.SimpleAcl | None, str], ...] = (
    (None, N_("BulkPropertiesDialog", "Leave as each object has it")),
    ("private", N_("BulkPropertiesDialog", "Private (only this account's keys)")),
    ("public-read", N_("BulkPropertiesDialog", "Public (anyone with the address can read)")))
KEPT = N_("BulkPropertiesDialog", "(kept as each object has it)")
REMOVED = N_("BulkPropertiesDialog", "(empty: removed from every object)")
MAX_LISTED = 5000  # keys listed per group in the report; the rest are counted


def _tr(text: str) -> str:
    return QCoreApplication.translate("BulkPropertiesDialog", text)


def describe_targets(keys: Sequence[str]) -> str:
    # Two texts per count, not "%n": lupdate keeps plural forms only from QObject.tr.
    folders = [k for k in keys if k.endswith("/")]
    files = len(keys) - len(folders)
    parts = []
    if files:
        parts.append(_tr(N_("BulkPropertiesDialog", "1 file")) if files == 1
                     else _tr(N_("BulkPropertiesDialog", "{n} files")).format(n=files))
    if folders:
        quoted = _tr(N_("BulkPropertiesDialog", "\u201c{name}\u201d"))
        names = [quoted.format(name=k.rstrip("/").rsplit("/", 1)[-1]) for k in folders[:3]]
        if len(folders) > 3:
            more = len(folders) - 3
            names.append(_tr(N_("BulkPropertiesDialog", "1 more folder")) if more == 1
                         else _tr(N_("BulkPropertiesDialog", "{n} more folders")).format(n=more))
        listed = names[0] if len(names) == 1 else _tr(
            N_("BulkPropertiesDialog", "{names} and {last}")).format(names=", ".join(names[:-1]),
                                                       last=names[-1])
        parts.insert(0, _tr(N_("BulkPropertiesDialog", "every object in {folders}")).format(
            folders=listed))
    return (_tr(N_("BulkPropertiesDialog", "{folders}, and {files}")).format(
        folders=parts[0], files=parts[1]) if folders and files else parts[0])


def _names(text: str) -> list[str]:
    return [n for n in (part.strip() for part in text.split(",")) if n]


def _names_edit(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def _with_removals(table: PairTable, edit: QLineEdit, label: str) -> QWidget:
    """The table of names to add or set, over a line of names to remove (comma-separated)."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel(_tr(N_("BulkPropertiesDialog", "Add or set on every object:"))))
    layout.addWidget(table, 1)
    form = QFormLayout()
    form.addRow(label, edit)
    layout.addLayout(form)
    return page


class BulkPropertiesDialog(QDialog):
    """Choose the changes; `on_apply(edits)` is called with them when the user applies."""

    def __init__(self, bucket: str, keys: Sequence[str], on_apply: Callable[[pm.Edits], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkPropertiesDialog")
        self._on_apply = on_apply
        self.setWindowTitle(self.tr("Properties \u2014 %n item(s)", "", len(keys))
                            if len(keys) != 1 else
                            self.tr("Properties \u2014 {name}").format(
                                name=keys[0].rstrip('/').rsplit('/', 1)[-1]))
        target = QLabel(self.tr("Changes apply to {targets} in {bucket}. Fields left alone keep "
                                "each object's own value.").format(
                                    targets=describe_targets(keys), bucket=bucket))
        target.setObjectName("bulkTargetLabel")
        target.setWordWrap(True)
        target.setTextFormat(Qt.TextFormat.PlainText)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_permissions(), self.tr("&Permissions"))
        self.tabs.addTab(self._build_headers(), self.tr("H&eaders"))
        self.metadata_table = PairTable("bulkMetadata",
                                        headers=(self.tr("Name"), self.tr("Value")),
                                        add_text=self.tr("&Add metadata"),
                                        check=pm.metadata_problems)
        self.remove_metadata_edit = _names_edit("removeMetadataEdit", self.tr("e.g. owner, draft"))
        self.tabs.addTab(_with_removals(self.metadata_table, self.remove_metadata_edit,
                                        self.tr("Meta&data to remove:")), self.tr("&Metadata"))
        self.tags_table = PairTable("bulkTags", headers=(self.tr("Key"), self.tr("Value")),
                                    add_text=self.tr("Add ta&g"), check=pm.tag_problems,
                                    max_rows=10)
        self.remove_tags_edit = _names_edit("removeTagsEdit", self.tr("e.g. temp, review"))
        self.tabs.addTab(_with_removals(self.tags_table, self.remove_tags_edit,
                                        self.tr("Tags to remove:")), self.tr("&Tags"))

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Apply to A&ll"))
        self.ok_button.setObjectName("applyButton")
        layout = QVBoxLayout(self)
        layout.addWidget(target)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.acl_box.currentIndexChanged.connect(self._revalidate)
        self.metadata_table.edited.connect(self._revalidate)
        self.tags_table.edited.connect(self._revalidate)
        self.remove_metadata_edit.textChanged.connect(self._revalidate)
        self.remove_tags_edit.textChanged.connect(self._revalidate)
        self.buttons.accepted.connect(self._on_apply_clicked)
        self.buttons.rejected.connect(self.reject)
        self._revalidate()
        self.resize(max(self.sizeHint().width(), 560), max(self.sizeHint().height(), 440))

    def _build_permissions(self) -> QWidget:
        self.acl_box = QComboBox()
        self.acl_box.setObjectName("aclBox")
        for data, label in _ACLS:
            self.acl_box.addItem(self.tr(label), data)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("A&ccess:"), self.acl_box)
        note = QLabel(self.tr("Changing headers or metadata copies each object onto itself; its "
                              "permissions are given back as they were unless you choose them "
                              "here."))
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow("", note)
        return page

    def _build_headers(self) -> QWidget:
        self.field_checks: dict[pm.ContentField, QCheckBox] = {}
        self.field_edits: dict[pm.ContentField, QLineEdit] = {}
        box = QGroupBox(self.tr("Set on every object (tick a header to change it; empty "
                                "removes it)"))
        form = QFormLayout(box)
        for field, label in pm.CONTENT_FIELDS:
            check = QCheckBox(label)
            check.setObjectName(f"{field}Check")
            edit = QLineEdit()
            edit.setObjectName(f"{field}Edit")
            edit.setEnabled(False)
            edit.setPlaceholderText(_tr(KEPT))
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(partial(self._on_field_ticked, edit))
            check.toggled.connect(self._revalidate)
            edit.textChanged.connect(self._revalidate)
            self.field_checks[field], self.field_edits[field] = check, edit
            row = QHBoxLayout()
            row.addWidget(edit)
            form.addRow(check, row)
        page = QWidget()
        QVBoxLayout(page).addWidget(box)
        return page

    @staticmethod
    def _on_field_ticked(edit: QLineEdit, ticked: bool) -> None:
        edit.setPlaceholderText(_tr(REMOVED) if ticked else _tr(KEPT))

    def set_field(self, field: pm.ContentField, value: str) -> None:
        """Tick the header and type its value (what a user does; also for tests)."""
        self.field_checks[field].setChecked(True)
        self.field_edits[field].setText(value)

    def edits(self) -> pm.Edits:
        fields = {f: self.field_edits[f].text().strip()
                  for f, check in self.field_checks.items() if check.isChecked()}
        # Metadata names reach S3 in lower case; tag keys keep theirs.
        drop_meta = frozenset(n.lower() for n in _names(self.remove_metadata_edit.text()))
        drop_tags = frozenset(_names(self.remove_tags_edit.text()))
        metadata, tags = self.metadata_table.edits(), self.tags_table.edits()
        return pm.Edits(fields=fields,
                        metadata=metadata[0] if metadata else (() if drop_meta else None),
                        removed_metadata=drop_meta,
                        tags=tags[0] if tags else (() if drop_tags else None),
                        removed_tags=drop_tags,
                        acl=self.acl_box.currentData())

    def problems(self) -> list[str]:
        found: list[str] = []
        for field, label in pm.CONTENT_FIELDS:
            if not self.field_checks[field].isChecked():
                continue
            text = self.field_edits[field].text().strip()
            if field == "content_type" and not text:
                found.append(self.tr("Content-Type cannot be empty (use "
                                     "application/octet-stream)."))
            problem = pm.header_value_problem(label, text) if text else None
            if problem:
                found.append(problem + ".")
        return found + self.metadata_table.problems() + self.tags_table.problems()

    def _revalidate(self, *_args: object) -> None:
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems and not self.edits().empty)

    def _on_apply_clicked(self) -> None:
        if self.problems() or self.edits().empty:
            return
        self._on_apply(self.edits())
        self.accept()


class BulkReportDialog(QDialog):
    """What a properties job did: changed, already as asked, failed with the reasons."""

    def __init__(self, title: str, report: BulkReport, outcome: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkPropertiesReport")
        self.setWindowTitle(self.tr("Properties \u2014 {name}").format(name=title))
        self.report = report
        headline = QLabel(self.tr("{outcome} {changed} changed, {unchanged} already as asked, "
                                  "{failed} failed.").format(
            outcome=outcome, changed=len(report.changed), unchanged=len(report.unchanged),
            failed=len(report.failed)))
        headline.setObjectName("bulkReportSummary")
        headline.setWordWrap(True)
        headline.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QPlainTextEdit()
        self.details.setObjectName("bulkReportDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # one key a line
        self.details.setPlainText(report_text(report))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(620, 420)


def report_text(report: BulkReport) -> str:
    """The keys by outcome, failed first (each with its reason), then changed, then the rest."""
    def listed(title: str, lines: Sequence[str]) -> list[str]:
        if not lines:
            return []
        more = len(lines) - MAX_LISTED
        tail = (["  " + _tr(N_("BulkPropertiesDialog", "\u2026 and {n} more")).format(n=more)]
                if more > 0 else [])
        return [f"{_tr(title)} ({len(lines)}):", *(f"  {line}" for line in lines[:MAX_LISTED]),
                *tail, ""]

    lines = listed(N_("BulkPropertiesDialog", "Failed"),
                   [f"{key}: {reason}" for key, reason in report.failed])
    lines += listed(N_("BulkPropertiesDialog", "Changed"), report.changed)
    lines += listed(N_("BulkPropertiesDialog", "Already as asked"), report.unchanged)
    if report.cancelled:
        lines.append(_tr(N_("BulkPropertiesDialog",
                            "Cancelled: the objects not listed were not changed.")))
    return "\n".join(lines).strip()
