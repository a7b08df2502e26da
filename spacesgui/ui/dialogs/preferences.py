"""Edit the preferences: transfers, downloads and the window's look.

The dialog edits a copy of the current Preferences; the rules live in the core
(`Preferences.problems()`), so OK stays disabled while a value is out of range and the reason is
shown in red. OK hands the copy to `apply`, which saves and applies it; a failure to save is
shown here and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from spacesgui.preferences import (
    MAX_LIMIT,
    PARALLEL_TRANSFERS,
    PART_SIZE,
    PARTS_IN_FLIGHT,
    RETRIES,
    ConflictPolicy,
    KiB,
    MiB,
    Preferences,
    Theme,
)
from spacesgui.ui.dialogs.sizing import grow_to_fit
from spacesgui.ui.translations import shown

ApplyFn = Callable[[Preferences], str]
"""Save and apply; returns "" on success, else a sentence saying why it failed."""


def downloads_folder() -> str:
    """The platform's Downloads folder, where downloads go unless the user chose another."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)


def _spin(name: str, low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setAccelerated(True)
    return spin


class PreferencesDialog(QDialog):
    """The preferences window (objectName `preferencesDialog`)."""

    def __init__(self, current: Preferences, parent: QWidget | None = None, *,
                 apply: ApplyFn, problem: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._original, self._apply = current, apply
        self._build(problem)
        self._show(current)
        self._connect()
        self._revalidate()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    # -- building -------------------------------------------------------------------------
    def _build(self, problem: str) -> None:
        self.file_problem = QLabel(shown(problem))
        self.file_problem.setObjectName("fileProblemLabel")
        self.file_problem.setWordWrap(True)
        self.file_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.file_problem.setStyleSheet("color: #8a5300;")
        self.file_problem.setVisible(bool(problem))
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.defaults_button = self.buttons.button(
            QDialogButtonBox.StandardButton.RestoreDefaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_problem)
        layout.addWidget(self._build_transfers())
        layout.addWidget(self._build_downloads())
        layout.addWidget(self._build_window())
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _build_transfers(self) -> QGroupBox:
        self.parallel_spin = _spin("parallelSpin", *PARALLEL_TRANSFERS)
        self.parts_spin = _spin("partsSpin", *PARTS_IN_FLIGHT)
        self.part_size_spin = _spin("partSizeSpin", PART_SIZE[0] // MiB, PART_SIZE[1] // MiB,
                                    self.tr(" MiB"))
        self.upload_limit_spin = self._limit_spin("uploadLimitSpin")
        self.download_limit_spin = self._limit_spin("downloadLimitSpin")
        self.retries_spin = _spin("retriesSpin", *RETRIES)
        self.conflict_box = QComboBox()
        self.conflict_box.setObjectName("conflictBox")
        for label, policy in ((self.tr("Ask"), ConflictPolicy.ASK),
                              (self.tr("Replace"), ConflictPolicy.REPLACE),
                              (self.tr("Skip"), ConflictPolicy.SKIP),
                              (self.tr("Keep both (rename the new one)"),
                               ConflictPolicy.KEEP_BOTH),
                              (self.tr("Skip identical, ask about the rest"),
                               ConflictPolicy.SKIP_IDENTICAL)):
            self.conflict_box.addItem(label, policy)
        group = QGroupBox(self.tr("Transfers"))
        group.setObjectName("transfersGroup")
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Parallel transfers:"), self.parallel_spin),
            (self.tr("Parts in &flight per file:"), self.parts_spin),
            (self.tr("Part &size:"), self.part_size_spin),
            (self.tr("&Upload limit:"), self.upload_limit_spin),
            (self.tr("&Download limit:"), self.download_limit_spin),
            (self.tr("&Retries per request:"), self.retries_spin),
            (self.tr("If the &target exists:"), self.conflict_box))
        for label_text, widget in rows:
            row_label = QLabel(label_text)
            row_label.setBuddy(widget)
            form.addRow(row_label, widget)
        note = QLabel(self.tr("Changes apply to transfers that start from now on; the limits "
                              "apply at once, to running transfers too."))
        note.setWordWrap(True)
        note.setEnabled(False)  # greyed: advice, not a field
        form.addRow(note)
        return group

    def _limit_spin(self, name: str) -> QSpinBox:
        spin = _spin(name, 0, MAX_LIMIT // KiB, self.tr(" KiB/s"))
        spin.setSpecialValueText(self.tr("Unlimited"))
        spin.setSingleStep(128)
        spin.setToolTip(self.tr("Shared by all transfers in that direction; 1024 KiB/s is "
                                "1 MiB/s. 0 means unlimited."))
        return spin

    def _build_downloads(self) -> QGroupBox:
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("downloadFolderEdit")
        self.folder_edit.setPlaceholderText(downloads_folder())
        self.folder_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("&Browse\u2026"))
        self.browse_button.setObjectName("browseFolderButton")
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        group = QGroupBox(self.tr("Downloads"))
        group.setObjectName("downloadsGroup")
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label = QLabel(self.tr("Default f&older:"))
        label.setBuddy(self.folder_edit)
        form.addRow(label, row)
        return group

    def _build_window(self) -> QGroupBox:
        self.confirm_delete_box = QCheckBox(self.tr("&Confirm before deleting"))
        self.confirm_delete_box.setObjectName("confirmDeleteBox")
        self.theme_box = QComboBox()
        self.theme_box.setObjectName("themeBox")
        for text, theme in ((self.tr("System"), Theme.SYSTEM), (self.tr("Light"), Theme.LIGHT),
                             (self.tr("Dark"), Theme.DARK)):
            self.theme_box.addItem(text, theme)
        group = QGroupBox(self.tr("Window"))
        group.setObjectName("windowGroup")
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.confirm_delete_box)
        theme_label = QLabel(self.tr("T&heme:"))
        theme_label.setBuddy(self.theme_box)
        form.addRow(theme_label, self.theme_box)
        return group

    def _connect(self) -> None:
        for spin in (self.parallel_spin, self.parts_spin, self.part_size_spin,
                     self.upload_limit_spin, self.download_limit_spin, self.retries_spin):
            spin.valueChanged.connect(self._revalidate)
        self.folder_edit.textChanged.connect(self._revalidate)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(self._on_defaults_clicked)

    # -- values -----------------------------------------------------------------------------
    def _show(self, preferences: Preferences) -> None:
        p = preferences
        self.parallel_spin.setValue(p.parallel_transfers)
        self.parts_spin.setValue(p.parts_in_flight)
        self.part_size_spin.setValue(max(1, p.part_size // MiB))
        self.upload_limit_spin.setValue(p.upload_limit // KiB)
        self.download_limit_spin.setValue(p.download_limit // KiB)
        self.retries_spin.setValue(p.retries)
        self.conflict_box.setCurrentIndex(max(0, self.conflict_box.findData(p.conflict_default)))
        self.folder_edit.setText(p.download_folder)
        self.confirm_delete_box.setChecked(p.confirm_delete)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(p.theme)))

    def preferences(self) -> Preferences:
        """The edited copy (values the dialog cannot show exactly are kept when untouched)."""
        original = self._original
        part_size = self.part_size_spin.value() * MiB
        if part_size // MiB == original.part_size // MiB:
            part_size = original.part_size
        upload = self._limit(self.upload_limit_spin, original.upload_limit)
        download = self._limit(self.download_limit_spin, original.download_limit)
        return replace(original, parallel_transfers=self.parallel_spin.value(),
                       parts_in_flight=self.parts_spin.value(), part_size=part_size,
                       upload_limit=upload, download_limit=download,
                       retries=self.retries_spin.value(),
                       conflict_default=ConflictPolicy(self.conflict_box.currentData()),
                       download_folder=self.folder_edit.text().strip(),
                       confirm_delete=self.confirm_delete_box.isChecked(),
                       theme=Theme(self.theme_box.currentData()))

    @staticmethod
    def _limit(spin: QSpinBox, original: int) -> int:
        shown = spin.value()
        return original if shown == original // KiB else shown * KiB

    def _revalidate(self, *_args: object) -> None:
        problems = self.preferences().problems()
        self.problem_label.setText("\n".join(shown(p) for p in problems))
        self.problem_label.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)
        grow_to_fit(self)

    # -- reactions --------------------------------------------------------------------------
    def _on_defaults_clicked(self) -> None:
        self._show(Preferences())

    def _on_browse_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Default Download Folder"),
                             self.folder_edit.text() or downloads_folder())
        dialog.setObjectName("downloadFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.folder_edit.setText)
        dialog.open()

    def _on_ok_clicked(self) -> None:
        preferences = self.preferences()
        if preferences.problems():
            return
        failure = self._apply(preferences)
        if failure:
            self.problem_label.setText(failure)
            self.problem_label.setVisible(True)
            grow_to_fit(self)
            return
        self.accept()
