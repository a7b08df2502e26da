"""Tell the user their accounts file cannot be used, and offer the ways out.

An unusable file is not a first run: the accounts still exist, in a file the user may want to
fix. So the window opens without them and this window-modal dialog says why and where the file
is, and offers to open its folder, to start with a fresh file (the old one is kept beside it),
or to quit. Until the user starts afresh, the store refuses to save over the file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from spacesgui.config import ConfigError, ConfigStore
from spacesgui.ui.dialogs.sizing import grow_to_fit
from spacesgui.ui.errors import describe

log = logging.getLogger(__name__)


def _text_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # paths and file contents are not markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ConfigProblemDialog(QDialog):
    """The problem, the file's path, and Open Folder / Start Fresh / Quit.

    Signals:
        fresh_started(): the old file was moved aside and an empty one written; `kept` says
            where the old one is.
        quit_requested(): the user chose to quit rather than go on without their accounts.
    """

    fresh_started = Signal()
    quit_requested = Signal()

    def __init__(self, store: ConfigStore, problem: ConfigError,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("configProblemDialog")
        self.setWindowTitle(self.tr("Accounts Cannot Be Loaded"))
        self._store = store
        self.path = problem.path or store.path
        self.kept: Path | None = None
        self._build(problem)
        self.resize(600, self.sizeHint().height())
        grow_to_fit(self)

    def _build(self, problem: ConfigError) -> None:
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._set_icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.message = _text_label("problemMessage")
        self.message.setText(describe(problem))
        self.path_label = _text_label("problemPath")
        self.path_label.setText(self.tr("File: {path}").format(path=self.path))
        self.advice = _text_label("problemAdvice")
        self.advice.setText(self.tr("Your accounts are not shown until the file can be read. You "
                                    "can fix it by hand and restart, or start with a fresh file: "
                                    "the current one is kept beside it."))
        self.outcome = _text_label("problemOutcome")
        self.outcome.hide()

        self.buttons = QDialogButtonBox()
        self.open_folder_button = self._add_button(self.tr("&Open Folder"), "openFolderButton")
        self.start_fresh_button = self._add_button(self.tr("&Start Fresh"), "startFreshButton")
        self.quit_button = self._add_button(self.tr("&Quit"), "quitButton")
        self.close_button = self._add_button(self.tr("&Close"), "closeButton")
        self.close_button.hide()
        self.quit_button.setDefault(True)  # Enter must not replace the file by accident
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        self.start_fresh_button.clicked.connect(self._on_start_fresh_clicked)
        self.quit_button.clicked.connect(self._on_quit_clicked)
        self.close_button.clicked.connect(self.accept)

        text = QVBoxLayout()
        for label in (self.message, self.path_label, self.advice, self.outcome):
            text.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(self.icon)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _add_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        # ActionRole: a click runs only its own slot, so Open Folder leaves the dialog open.
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def _set_icon(self, which: QStyle.StandardPixmap) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        self.icon.setPixmap(self.style().standardIcon(which, None, self).pixmap(size, size))

    def _show_outcome(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.show()
        grow_to_fit(self)

    def _on_open_folder_clicked(self) -> None:
        folder = self.path.parent
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._show_outcome(self.tr("The folder could not be opened. It is {folder}").format(
                    folder=folder))

    def _on_start_fresh_clicked(self) -> None:
        try:
            self.kept = self._store.start_fresh()
        except ConfigError as exc:
            log.warning("could not start a fresh account file", exc_info=exc)
            self._show_outcome(describe(exc))
            return
        log.info("started a fresh account file; the old one is %s", self.kept)
        kept = (self.tr("The old file was kept as {kept}.").format(kept=self.kept) if self.kept
                else self.tr("There was no old file to keep."))
        self.message.setText(self.tr("Started with an empty list of accounts. {kept}").format(
                kept=kept))
        self._set_icon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.path_label.setText(self.tr("File: {path}").format(path=self.path))
        for widget in (self.advice, self.outcome, self.start_fresh_button, self.quit_button):
            widget.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        grow_to_fit(self)
        self.fresh_started.emit()

    def _on_quit_clicked(self) -> None:
        self.reject()
        self.quit_requested.emit()


def open_config_problem(parent: QWidget, store: ConfigStore, problem: ConfigError, *,
                        on_fresh_start: Callable[[], object],
                        on_quit: Callable[[], object]) -> ConfigProblemDialog:
    """Open the dialog window-modally over `parent` (open(), not exec()); deleted on close."""
    dialog = ConfigProblemDialog(store, problem, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fresh_started.connect(on_fresh_start)
    dialog.quit_requested.connect(on_quit)
    dialog.open()
    return dialog
