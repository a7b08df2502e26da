"""Ask for a new bucket's name, region and access, saying why a name will not do as it is typed.

The rules live in the core (`spacesgui.s3.names`), so the dialog only shows them: problems in
red keep OK disabled; warnings (dots) in amber leave the choice to the user. The access is
private unless the user chooses a public file listing, whose meaning is shown beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3.names import bucket_name_problems, bucket_name_warnings
from spacesgui.s3.settings.acl import FILE_LISTING_NOTE, BucketAccess
from spacesgui.s3.spaces import Region, region_label
from spacesgui.ui.dialogs.sizing import grow_to_fit
from spacesgui.ui.translations import N_, shown

# What S3-compatible servers accept as a signing region: "us-east-1", "garage", "nyc3".
_FREE_REGION = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")


def _as_region(item: Region | str) -> Region:
    return item if isinstance(item, Region) else Region(item, region_label(item))


_ACCESS: tuple[tuple[str, BucketAccess], ...] = (
    (N_("NewBucketDialog", "Private"), "private"),
    (N_("NewBucketDialog", "Public file listing (public-read)"), "public-read"),
)


class NewBucketDialog(QDialog):
    """Name, region and access of a new bucket; `bucket_chosen(name, region, acl)` on accept."""

    bucket_chosen = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None, *, regions: Sequence[Region | str] = (),
                 default_region: str = "", is_spaces: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("newBucketDialog")
        self.setWindowTitle(self.tr("New Bucket"))
        self.is_spaces = is_spaces
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("bucketNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. holiday-photos"))
        self.name_edit.setMaxLength(80)  # long enough to say "too long" instead of stopping
        self.region_box = QComboBox(self)  # parented: only one of the two joins the layout
        self.region_box.setObjectName("regionBox")
        self.region_edit = QLineEdit(self)
        self.region_edit.setObjectName("regionEdit")
        self.region_edit.setPlaceholderText(self.tr("e.g. us-east-1"))
        if is_spaces:
            for region in map(_as_region, regions):
                self.region_box.addItem(region.display_name, region.slug)
            if default_region and self.region_box.findData(default_region) < 0:
                self.region_box.addItem(region_label(default_region), default_region)
            self.region_box.setCurrentIndex(max(self.region_box.findData(default_region), 0))
        else:
            self.region_edit.setText(default_region)
        self.access_box = QComboBox()
        self.access_box.setObjectName("accessBox")
        for label, access in _ACCESS:
            self.access_box.addItem(self.tr(label), access)
        self.access_note = QLabel(shown(FILE_LISTING_NOTE))
        self.access_note.setObjectName("accessNote")
        self.access_note.setWordWrap(True)
        self.access_note.setTextFormat(Qt.TextFormat.PlainText)
        self.access_note.hide()

        self._build()
        self.access_box.currentIndexChanged.connect(self._on_access_changed)
        self.name_edit.textChanged.connect(self._revalidate)
        self.region_edit.textChanged.connect(self._revalidate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.accepted.connect(self._on_accepted)
        self._revalidate()
        self.resize(560, self.sizeHint().height())
        grow_to_fit(self)

    def _build(self) -> None:
        hint = QLabel(self.tr("Bucket names are shared by everyone using the region: 3\u201363 "
                              "lowercase letters, digits and hyphens."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.warning_label = QLabel()
        self.warning_label.setObjectName("warningLabel")
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setStyleSheet("color: #8a5300;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("C&reate Bucket"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name_edit)
        if self.is_spaces:
            form.addRow(self.tr("&Region:"), self.region_box)
            self.region_edit.hide()
        else:
            form.addRow(self.tr("&Region:"), self.region_edit)
            self.region_box.hide()
        form.addRow(self.tr("&Access:"), self.access_box)
        form.addRow(self.access_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.warning_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def region(self) -> str:
        if self.is_spaces:
            return str(self.region_box.currentData() or "")
        return self.region_edit.text().strip()

    def acl(self) -> BucketAccess:
        """The canned ACL the bucket is created with."""
        return "public-read" if self.access_box.currentData() == "public-read" else "private"

    def _on_access_changed(self) -> None:
        self.access_note.setVisible(self.acl() == "public-read")
        grow_to_fit(self)

    def problems(self) -> list[str]:
        name = self.name()
        # An empty field is not an error yet; OK stays disabled without shouting at the user.
        found = [shown(p) for p in bucket_name_problems(name)] if name else []
        region = self.region()
        if not self.is_spaces and region and not _FREE_REGION.fullmatch(region):
            found.append(self.tr("A region is lowercase letters, digits and hyphens, such as "
                                 "us-east-1."))
        if self.is_spaces and not region:
            found.append(self.tr("Choose a region."))
        return found

    def _revalidate(self) -> None:
        problems = self.problems()
        warnings = bucket_name_warnings(self.name()) if not problems else []
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        self.warning_label.setText("\n".join(shown(w) for w in warnings))
        self.warning_label.setVisible(bool(warnings))
        self.ok_button.setEnabled(bool(self.name()) and not problems)
        grow_to_fit(self)

    def result_value(self) -> tuple[str, str]:
        return self.name(), self.region()

    def _on_accepted(self) -> None:
        self.bucket_chosen.emit(*self.result_value(), self.acl())

    @classmethod
    def ask(cls, parent: QWidget | None, *, regions: Sequence[Region | str] = (),
            default_region: str = "", is_spaces: bool = True,
            on_answer: Callable[[str, str, str], None]) -> NewBucketDialog:
        """Open the dialog window-modally without blocking (open(), not exec()); `on_answer`
        gets (name, region, acl) if the user creates the bucket, and nothing if they cancel."""
        dialog = cls(parent, regions=regions, default_region=default_region,
                     is_spaces=is_spaces)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.bucket_chosen.connect(on_answer)
        dialog.open()
        return dialog
