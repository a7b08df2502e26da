"""The Lifecycle page: Spaces' subset of lifecycle rules, a rule editor and an expiry preview.

The table lists the rules; the editor below it changes the selected one. Only what Spaces
runs is offered (expirations by prefix, and aborts of unfinished multipart uploads). A
configuration holding anything else is shown read-only with the reason, and the only change
the page then allows is removing every rule: writing the rest back would silently drop what
the editor cannot hold. A configuration read in the legacy form is written back in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.config_lifecycle import LifecycleConfiguration
from spacesgui.s3.settings.base import ChangePlan, Problem
from spacesgui.s3.settings.lifecycle import (
    ExpiryKind,
    RuleDraft,
    draft_rule,
    drafts_config,
    duplicate_draft,
    editor_rows,
    lifecycle_plan,
    midnight_utc,
    new_draft,
    with_delete_markers,
)
from spacesgui.ui.bucket_settings.base import BucketContext, SettingsPage
from spacesgui.ui.bucket_settings.lifecycle_preview import ExpiryPreviewBox
from spacesgui.ui.bucket_settings.lifecycle_table import ACTIONS, LifecycleRulesModel
from spacesgui.ui.translations import N_, shown
from spacesgui.workers.tasks import TaskToken

# Problems of the selected rule as a whole ("does nothing") sit at the top of its editor.
RULE_FIELD = "rule"
_EXPIRY_TEXT = {
    ExpiryKind.NEVER: N_("LifecyclePage", "Keep them"),
    ExpiryKind.AFTER_DAYS: N_("LifecyclePage", "Expire after a number of days"),
    ExpiryKind.ON_DATE: N_("LifecyclePage", "Expire on a date"),
}
_NOTE = N_("LifecyclePage",
           "Spaces runs expirations and removes unfinished multipart uploads, for objects under "
           "a prefix; it has no tag filters and no other storage classes. Rules run once a day: "
           "an object expires at the first midnight UTC after it is old enough.")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _row_name(row: int, draft: RuleDraft) -> str:
    name = QCoreApplication.translate("lifecycle", "rule {number}").format(number=row + 1)
    return name + (f" (\u201c{draft.id}\u201d)" if draft.id else "")


class LifecyclePage(SettingsPage):
    title = N_("SettingsPage", "Lifecycle")

    def __init__(self, context: BucketContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("lifecyclePage")
        self.read_only_reason: str | None = None
        self._filling = False  # while the editor shows the selected rule, edits are not edits
        self.body.addWidget(self._build_banner())
        self.body.addLayout(self._build_table(), 1)
        self.editor = QGroupBox(self.tr("Selected rule"))
        self.editor.setObjectName("ruleEditor")
        form = QFormLayout(self.editor)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.field_problem_label(RULE_FIELD))
        self._build_identity(form)
        self._build_expiry(form)
        self._build_other_actions(form)
        self.body.addWidget(self.editor)

        self.preview = ExpiryPreviewBox(self.runner, self.bucket, self.client_source)
        self.preview.preview_button.clicked.connect(self.preview_selected)
        self.body.addWidget(self.preview)

        note = QLabel(self.tr(_NOTE))
        note.setObjectName("lifecycleNote")
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter, still legible
        self.body.addWidget(note)
        self._refresh_editing()

    def _build_banner(self) -> QWidget:
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("readOnlyReason")
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.read_only_label.setMargin(6)
        self.remove_all_button = QPushButton(self.tr("Remove All Rule&s"))
        self.remove_all_button.setObjectName("removeAllRulesButton")
        self.remove_all_button.setToolTip(self.tr(
                                                  "Empty the table; Apply then deletes the "
                                                  "bucket's lifecycle configuration"))
        self.remove_all_button.clicked.connect(self.remove_all)
        banner = QHBoxLayout()
        banner.addWidget(self.read_only_label, 1)
        banner.addWidget(self.remove_all_button, 0, Qt.AlignmentFlag.AlignTop)
        self.read_only_box = QWidget()
        self.read_only_box.setObjectName("readOnlyBox")
        self.read_only_box.setLayout(banner)
        banner.setContentsMargins(0, 0, 0, 0)
        self.read_only_box.hide()
        return self.read_only_box

    def _build_table(self) -> QHBoxLayout:
        self.model = LifecycleRulesModel(self)
        self.table = QTableView()
        self.table.setObjectName("lifecycleRulesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Lifecycle rules"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACTIONS, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.add_button = self._button(self.tr("&Add Rule"), "addRuleButton", self.add_rule)
        self.duplicate_button = self._button(self.tr("&Duplicate"), "duplicateRuleButton",
                                             self.duplicate_rule)
        self.remove_button = self._button(self.tr("&Remove"), "removeRuleButton", self.remove_rule)
        self.up_button = self._button(self.tr("Move &Up"), "moveRuleUpButton",
                                      lambda: self.move_rule(-1))
        self.down_button = self._button(self.tr("Move Do&wn"), "moveRuleDownButton",
                                        lambda: self.move_rule(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.remove_button,
                       self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        rules = QHBoxLayout()
        rules.addWidget(self.table, 1)
        rules.addLayout(buttons)
        return rules

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_identity(self, form: QFormLayout) -> None:
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("ruleIdEdit")
        self.id_edit.setPlaceholderText(self.tr("(optional; the server may name it)"))
        self.id_edit.textEdited.connect(self._on_field_edited)
        label = QLabel(self.tr("&ID:"))
        label.setBuddy(self.id_edit)  # the field's holder cannot take the focus itself
        form.addRow(label, self._with_problem(self.id_edit, "id"))

        self.prefix_edit = QLineEdit()
        self.prefix_edit.setObjectName("rulePrefixEdit")
        self.prefix_edit.setPlaceholderText(self.tr("(blank: every object in the bucket)"))
        self.prefix_edit.textEdited.connect(self._on_field_edited)
        form.addRow(self.tr("Pre&fix:"), self.prefix_edit)

        self.enabled_check = QCheckBox(self.tr("&Enabled"))
        self.enabled_check.setObjectName("ruleEnabledCheck")
        self.enabled_check.toggled.connect(self._on_field_edited)
        form.addRow(self.tr("Status:"), self.enabled_check)

    def _build_expiry(self, form: QFormLayout) -> None:
        self.expiry_combo = QComboBox()
        self.expiry_combo.setObjectName("expiryKindCombo")
        for kind, text in _EXPIRY_TEXT.items():
            self.expiry_combo.addItem(self.tr(text), kind)
        self.expiry_combo.currentIndexChanged.connect(self._on_expiry_kind_changed)
        self.days_edit = QLineEdit()
        self.days_edit.setObjectName("expirationDaysEdit")
        self.days_edit.setMaximumWidth(90)
        self.days_edit.setAccessibleName(self.tr("Days until current versions expire"))
        self.days_edit.textEdited.connect(self._on_field_edited)
        self.days_unit = QLabel(self.tr("days after they were written"))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("expirationDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.date_edit.setAccessibleName(self.tr("Date current versions expire on"))
        self.date_edit.dateChanged.connect(self._on_field_edited)
        self.date_unit = QLabel(self.tr("at 00:00 UTC"))
        expiry = QHBoxLayout()
        expiry.setContentsMargins(0, 0, 0, 0)
        for widget in (self.expiry_combo, self.days_edit, self.days_unit, self.date_edit,
                       self.date_unit):
            expiry.addWidget(widget)
        expiry.addStretch(1)
        expiry_row = QWidget()
        expiry_row.setLayout(expiry)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(expiry_row)
        column.addWidget(self.field_problem_label("expiration_days"))
        column.addWidget(self.field_problem_label("expiration_date"))
        holder = QWidget()
        holder.setLayout(column)
        label = QLabel(self.tr("&Current versions:"))
        label.setBuddy(self.expiry_combo)
        form.addRow(label, holder)

    def _build_other_actions(self, form: QFormLayout) -> None:
        self.markers_check = QCheckBox(self.tr("Remove expired delete &markers (delete markers "
                                               "with no older version left)"))
        self.markers_check.setObjectName("deleteMarkersCheck")
        self.markers_check.toggled.connect(self._on_field_edited)
        form.addRow(self.tr("Delete markers:"),
                    self._with_problem(self.markers_check, "expired_object_delete_marker"))

        self.noncurrent_edit = QLineEdit()
        self.noncurrent_edit.setObjectName("noncurrentDaysEdit")
        self.noncurrent_edit.setAccessibleName(self.tr("Days until noncurrent versions expire"))
        label = QLabel(self.tr("&Noncurrent versions:"))
        label.setBuddy(self.noncurrent_edit)
        form.addRow(label, self._days_row(self.noncurrent_edit, "noncurrent_expiration_days",
                                          self.tr("days after they became noncurrent")))

        self.abort_edit = QLineEdit()
        self.abort_edit.setObjectName("abortDaysEdit")
        self.abort_edit.setAccessibleName(self.tr(
                                                  "Days until unfinished multipart uploads are "
                                                  "removed"))
        label = QLabel(self.tr("Unfinished upl&oads:"))
        label.setBuddy(self.abort_edit)
        form.addRow(label, self._days_row(self.abort_edit, "abort_incomplete_multipart_days",
                                          self.tr("days after they started")))

    def _with_problem(self, widget: QWidget, field: str) -> QWidget:
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.field_problem_label(field))
        holder = QWidget()
        holder.setLayout(column)
        return holder

    def _days_row(self, edit: QLineEdit, field: str, unit: str) -> QWidget:
        edit.setMaximumWidth(90)
        edit.setPlaceholderText(self.tr("never"))
        edit.textEdited.connect(self._on_field_edited)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit)
        row.addWidget(QLabel(unit))
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        return self._with_problem(holder, field)

    # -- what the base asks for ------------------------------------------------------------------

    @staticmethod
    def read(client: S3Client, bucket: str, token: TaskToken) -> object:
        return client.get_bucket_lifecycle_configuration(bucket=bucket, cancel=token)

    @staticmethod
    def write(client: S3Client, bucket: str, plan: ChangePlan, edited: object,
              token: TaskToken) -> None:
        assert isinstance(edited, LifecycleConfiguration)
        if plan.action == "delete":
            client.delete_bucket_lifecycle(bucket=bucket, cancel=token)
        elif edited.legacy:  # written back in the form the server holds it in
            client.put_bucket_lifecycle(bucket=bucket, configuration=edited, cancel=token)
        else:
            client.put_bucket_lifecycle_configuration(bucket=bucket, configuration=edited,
                                                      cancel=token)

    def show_value(self, value: object) -> None:
        assert isinstance(value, LifecycleConfiguration)
        drafts, reason = editor_rows(value)
        self.read_only_reason = reason
        self.read_only_label.setText(shown(reason) if reason is not None else "")
        self.read_only_box.setVisible(reason is not None)
        self.model.set_rows(drafts)
        self._select(0 if drafts else -1)

    def loaded_text(self) -> str:
        server = self._server()
        if self.read_only_reason is not None:
            return self.tr("As the server holds it now. It cannot be edited here; the reason is "
                           "below.")
        if not server.rules:
            return self.tr("The bucket has no lifecycle rules: nothing expires automatically.")
        if server.legacy:
            return (self.tr("As the server holds it now, in the legacy form (a prefix in each "
                            "rule), which is kept when saving."))
        return super().loaded_text()

    def edited_value(self) -> object:
        if self.read_only_reason is not None:
            return self._server()  # nothing in it may be rewritten
        config, _ = drafts_config(self.model.rows, legacy=self._server().legacy)
        return config

    def problems(self) -> list[Problem]:
        """Problems of the selected rule beside its fields; other rules' below the page.

        The table's row marks are refreshed here too, as this runs after every edit.
        """
        if self.read_only_reason is not None:
            return []
        rows = self.model.rows
        _, found = drafts_config(rows, legacy=self._server().legacy)
        by_row: dict[int, list[str]] = {}
        current = self.current_row()
        listed: list[Problem] = []
        for problem in found:
            if problem.row is None:
                listed.append(problem)
                continue
            by_row.setdefault(problem.row, []).append(shown(problem.message))
            if problem.row == current:
                listed.append(replace(problem, field=problem.field or RULE_FIELD))
            else:
                listed.append(Problem("", self.tr("In {row}: {message}").format(
                    row=_row_name(problem.row, rows[problem.row]), message=shown(problem.message)),
                    problem.row))
        self.model.set_problems(by_row)
        return listed

    def plan(self) -> ChangePlan:
        edited = self.edited_value()
        assert isinstance(edited, LifecycleConfiguration)
        return lifecycle_plan(self._server(), edited)

    def _server(self) -> LifecycleConfiguration:
        value = self.server_value
        return value if isinstance(value, LifecycleConfiguration) else LifecycleConfiguration()

    # -- the table -----------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        self._select(row)

    def add_rule(self) -> None:
        rows = self.model.rows
        self.model.insert(len(rows), new_draft(d.id for d in rows))
        self._changed(len(rows))

    def duplicate_rule(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        copy = duplicate_draft(self.model.rows, row)[row + 1]
        self.model.insert(row + 1, copy)
        self._changed(row + 1)

    def remove_rule(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove(row)
        self._changed(min(row, len(self.model.rows) - 1))

    def move_rule(self, offset: int) -> None:
        row = self.current_row()
        if row < 0:
            return
        self._changed(self.model.move(row, offset))

    def remove_all(self) -> None:
        """Empty the table; from a read-only configuration this is the one change allowed."""
        self.read_only_reason = None
        self.read_only_box.hide()
        self.model.set_rows(())
        self._changed(-1)

    def _changed(self, select: int) -> None:
        self._select(select)
        self.edited()

    def _select(self, row: int) -> None:
        selection = self.table.selectionModel()
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        else:
            selection.clear()
        self._show_selected()

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.preview.forget()
        self._show_selected()
        self.edited()  # the selected rule's problems move beside the fields

    # -- the rule editor -------------------------------------------------------------------------

    def _show_selected(self) -> None:
        row = self.current_row()
        draft = self.model.rows[row] if row >= 0 else RuleDraft()
        self._filling = True
        try:
            self.id_edit.setText(draft.id)
            self.prefix_edit.setText(draft.prefix)
            self.enabled_check.setChecked(draft.enabled)
            self.expiry_combo.setCurrentIndex(self.expiry_combo.findData(draft.expiry))
            self.days_edit.setText(draft.days)
            shown = draft.date.astimezone(UTC).date() if draft.date is not None else \
                datetime.now(UTC).date() + timedelta(days=30)
            self.date_edit.setDate(_qdate(shown))
            self.markers_check.setChecked(bool(draft.delete_markers))
            self.noncurrent_edit.setText(draft.noncurrent_days)
            self.abort_edit.setText(draft.abort_days)
            self._show_expiry_fields(draft.expiry)
        finally:
            self._filling = False
        self._refresh_editing()

    def _show_expiry_fields(self, kind: ExpiryKind) -> None:
        self.days_edit.setVisible(kind is ExpiryKind.AFTER_DAYS)
        self.days_unit.setVisible(kind is ExpiryKind.AFTER_DAYS)
        self.date_edit.setVisible(kind is ExpiryKind.ON_DATE)
        self.date_unit.setVisible(kind is ExpiryKind.ON_DATE)

    def _on_expiry_kind_changed(self) -> None:
        kind = self.expiry_combo.currentData()
        if isinstance(kind, ExpiryKind):
            self._show_expiry_fields(kind)
        self._on_field_edited()

    def _on_field_edited(self) -> None:
        row = self.current_row()
        if self._filling or row < 0:
            return
        old = self.model.rows[row]
        kind = self.expiry_combo.currentData()
        chosen = self.date_edit.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        # An untouched date keeps its time of day, so a server's odd time is shown, not lost.
        when = old.date if old.date is not None and old.date.astimezone(UTC).date() == day \
            else midnight_utc(day)
        draft = replace(old, id=self.id_edit.text(), prefix=self.prefix_edit.text(),
                        enabled=self.enabled_check.isChecked(),
                        expiry=kind if isinstance(kind, ExpiryKind) else old.expiry,
                        days=self.days_edit.text(), date=when,
                        noncurrent_days=self.noncurrent_edit.text(),
                        abort_days=self.abort_edit.text())
        draft = with_delete_markers(draft, self.markers_check.isChecked())
        if draft != old:
            self.preview.forget()  # an earlier count no longer describes the rule
        self.model.replace(row, draft)
        self.edited()

    def _refresh_editing(self) -> None:
        row, count = self.current_row(), self.model.rowCount()
        editable = self.read_only_reason is None
        self.editor.setEnabled(editable and row >= 0)
        self.add_button.setEnabled(editable)
        for button in (self.duplicate_button, self.remove_button):
            button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)
        self.remove_all_button.setEnabled(count > 0)
        self.preview.set_available(row >= 0)
        self.editor.setTitle(self.tr("Selected rule") if row >= 0 else
                             self.tr("Selected rule (none: add a rule to edit it)"))

    # -- preview ---------------------------------------------------------------------------------

    def preview_selected(self) -> None:
        """Count what the selected rule, as edited, would expire today."""
        row = self.current_row()
        if row < 0:
            return
        draft = self.model.rows[row]
        name = _row_name(row, draft)
        rule, typed = draft_rule(draft, row)
        if self.read_only_reason is not None:
            rule = self._server().rules[row]
        if rule.tags:
            self.preview.say(self.tr("{rule} filters by object tags, which a listing does not "
                                     "show, so it cannot be previewed.").format(
                                         rule=name[:1].upper() + name[1:]))
            return
        if typed or (rule.expiration_days is not None and rule.expiration_days < 1):
            self.preview.say(self.tr("Fix the days of {name} first.").format(name=name))
            return
        if rule.expiration_days is None and rule.expiration_date is None:
            self.preview.say(self.tr("{rule} expires no current versions, so there is nothing "
                                     "to count: the preview counts current versions only, not "
                                     "noncurrent versions, delete markers or unfinished "
                                     "uploads.").format(
                                         rule=name[:1].upper() + name[1:]))
            return
        self.preview.start(rule, name)

    def cancel(self) -> None:
        self.preview.cancel()
        super().cancel()
