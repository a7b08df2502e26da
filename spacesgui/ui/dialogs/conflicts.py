"""Ask what to do with targets that exist: one window per batch, stepping through its conflicts.

Each conflict shows both sides (size, modified time) and the answers that fit it; "Apply to all"
gives the answer to every remaining conflict it fits, and "Skip Identical" skips every conflict
proven identical at once. Nothing is decided until the user answers; Cancel queues nothing.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3.transfer.conflicts import Answer, Conflict, Side
from spacesgui.ui.formatting import exact_size, full_time, human_size


def _when(side: Side | None) -> str:
    if side is None or side.modified is None:
        return "\u2014"
    return full_time(datetime.fromtimestamp(side.modified, UTC))


def _size(side: Side | None) -> str:
    if side is None or side.size is None:
        return "\u2014"
    return f"{human_size(side.size)} ({exact_size(side.size)})"


def _name(conflict: Conflict) -> str:
    if conflict.direction == "download":
        return os.path.basename(conflict.target)
    return conflict.target.rstrip("/").rsplit("/", 1)[-1]


class ConflictDialog(QDialog):
    """Steps through `conflicts`; `answered` carries one Answer per conflict, in order.

    Signals:
        answered(object): the list of answers, once every conflict has one.
    """

    answered = Signal(object)

    def __init__(self, conflicts: Sequence[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Replace Existing Items?"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._conflicts = list(conflicts)
        self._answers: list[Answer | None] = [None] * len(self._conflicts)
        self._current = -1

        self.progress_label = QLabel()
        self.progress_label.setObjectName("conflictProgress")
        self.question_label = QLabel()
        self.question_label.setObjectName("conflictQuestion")
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.question_label.font()
        font.setBold(True)
        self.question_label.setFont(font)
        sides = self._build_sides()
        self.note_label = QLabel()
        self.note_label.setObjectName("conflictNote")
        self.note_label.setWordWrap(True)
        self.apply_all_box = QCheckBox()
        self.apply_all_box.setObjectName("applyToAllBox")
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.question_label)
        layout.addLayout(sides)
        layout.addWidget(self.note_label)
        row = QHBoxLayout()
        row.addWidget(self.apply_all_box)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self._next()

    def _build_sides(self) -> QGridLayout:
        sides = QGridLayout()
        sides.setObjectName("sides")
        self.new_title = QLabel()
        self.old_title = QLabel()
        for label in (self.new_title, self.old_title):
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
        self.new_name, self.old_name = QLabel(), QLabel()
        self.new_size, self.old_size = QLabel(), QLabel()
        self.new_time, self.old_time = QLabel(), QLabel()
        for label in (self.new_name, self.old_name):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_size.setObjectName("newSize")
        self.old_size.setObjectName("existingSize")
        self.new_time.setObjectName("newModified")
        self.old_time.setObjectName("existingModified")
        sides.addWidget(self.new_title, 0, 1)
        sides.addWidget(self.old_title, 0, 2)
        for row, (caption, new, old) in enumerate((
                (self.tr("Name:"), self.new_name, self.old_name),
                (self.tr("Size:"), self.new_size, self.old_size),
                (self.tr("Modified:"), self.new_time, self.old_time)), start=1):
            sides.addWidget(QLabel(caption), row, 0, Qt.AlignmentFlag.AlignTop)
            sides.addWidget(new, row, 1, Qt.AlignmentFlag.AlignTop)
            sides.addWidget(old, row, 2, Qt.AlignmentFlag.AlignTop)
        sides.setColumnStretch(1, 1)
        sides.setColumnStretch(2, 1)
        return sides

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        self.replace_button = self._button(self.tr("&Replace"), "replaceButton", Answer.REPLACE)
        self.keep_both_button = self._button(self.tr("&Keep Both"), "keepBothButton",
                                             Answer.KEEP_BOTH)
        self.resume_button = self._button(self.tr("Res&ume"), "resumeButton", Answer.RESUME)
        self.skip_button = self._button(self.tr("&Skip"), "skipButton", Answer.SKIP)
        self.skip_identical_button = QPushButton(self.tr("Skip &Identical"))
        self.skip_identical_button.setObjectName("skipIdenticalButton")
        self.skip_identical_button.setAutoDefault(False)
        self.skip_identical_button.clicked.connect(self._on_skip_identical)
        self.buttons.addButton(self.skip_identical_button,
                               QDialogButtonBox.ButtonRole.ActionRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

    def _button(self, text: str, name: str, answer: Answer) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(partial(self.answer, answer))
        return button

    @property
    def current(self) -> Conflict | None:
        return self._conflicts[self._current] if 0 <= self._current < len(self._conflicts) \
            else None

    def answers(self) -> list[Answer | None]:
        return list(self._answers)

    def answer(self, answer: Answer) -> None:
        """Answer the conflict shown (and, with "Apply to all", every remaining one it fits)."""
        conflict = self.current
        if conflict is None or answer not in conflict.answers:
            return
        self._answers[self._current] = answer
        if self.apply_all_box.isChecked():
            for index in range(self._current + 1, len(self._conflicts)):
                if self._answers[index] is None and answer in self._conflicts[index].answers:
                    self._answers[index] = answer
        self._next()

    def _on_skip_identical(self) -> None:
        for index, conflict in enumerate(self._conflicts):
            if index >= self._current and self._answers[index] is None and conflict.identical:
                self._answers[index] = Answer.SKIP
        self._next()

    def _remaining(self) -> int:
        return sum(1 for a in self._answers if a is None)

    def _next(self) -> None:
        while self._current < len(self._conflicts) and (
                self._current < 0 or self._answers[self._current] is not None):
            self._current += 1
        if self._current >= len(self._conflicts):
            self.answered.emit(self._answers)
            self.accept()
            return
        self._show(self._conflicts[self._current])

    def _show(self, conflict: Conflict) -> None:
        total, left = len(self._conflicts), self._remaining()
        self.progress_label.setText(self.tr("Conflict {number} of {total}").format(
            number=self._current + 1, total=total))
        self.progress_label.setVisible(total > 1)
        name = _name(conflict)
        upload = conflict.direction != "download"
        if conflict.existing is None:
            what = (self.tr("An upload of \u201c{name}\u201d was interrupted.") if upload
                    else self.tr("A download of \u201c{name}\u201d was interrupted."))
        else:
            what = self.tr("\u201c{name}\u201d already exists here.")
        self.question_label.setText(what.format(name=name))
        self.new_title.setText(self.tr("Copying") if conflict.direction == "copy"
                               else self.tr("Uploading") if upload else self.tr("Downloading"))
        self.old_title.setText(self.tr("Already there") if conflict.existing is not None
                               else self.tr("Partly transferred"))
        self.new_name.setText(conflict.source_name)
        self.old_name.setText(conflict.target)
        self.new_size.setText(_size(conflict.source))
        self.old_size.setText(_size(conflict.existing))
        self.new_time.setText(_when(conflict.source))
        self.old_time.setText(_when(conflict.existing))
        notes = []
        if conflict.identical:
            notes.append(self.tr("Both have the same size and checksum: they are identical."))
        if Answer.KEEP_BOTH in conflict.answers:
            notes.append(self.tr("Keep Both saves the new one as \u201c{name}\u201d.").format(
                name=_name_of(conflict.alternative, conflict)))
        if conflict.resumable:
            notes.append(self.tr("Resume continues the interrupted transfer; Replace starts "
                                 "it again."))
        self.note_label.setText("\n".join(notes))
        self.note_label.setVisible(bool(notes))
        fits = conflict.answers
        self.keep_both_button.setVisible(Answer.KEEP_BOTH in fits)
        self.resume_button.setVisible(Answer.RESUME in fits)
        identical = sum(1 for i, c in enumerate(self._conflicts)
                        if i >= self._current and self._answers[i] is None and c.identical)
        self.skip_identical_button.setVisible(identical > 0)
        self.skip_identical_button.setToolTip(self.tr(
            "Skip the %n item(s) with the same size and checksum on both sides", "", identical))
        others = left - 1
        self.apply_all_box.setText(self.tr("&Apply to all ({count} more)").format(count=others))
        self.apply_all_box.setVisible(others > 0)
        # Enter takes the answer that loses nothing: continue what is there, else leave it.
        safe = self.resume_button if conflict.resumable else self.skip_button
        safe.setDefault(True)
        safe.setFocus()


def _name_of(alternative: str, conflict: Conflict) -> str:
    if conflict.direction == "download":
        return os.path.basename(alternative)
    return alternative.rsplit("/", 1)[-1]
