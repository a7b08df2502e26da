"""The path bar: breadcrumbs for account > bucket > folders, or a box to type or paste a place.

Typed text goes through spacesgui.s3.spaces.parse_location, so bucket/prefix/, /bucket/prefix,
s3://bucket/key and every Spaces origin, CDN and website link are understood alike. Problems
are shown under the box in plain words; nothing is sent anywhere from here.
"""

# ruff: noqa: N802 - Qt overrides keep their camelCase names
from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.spaces import Location as ParsedLocation
from spacesgui.s3.spaces import parse_location
from spacesgui.ui.errors import describe
from spacesgui.ui.models.entries import Location

log = logging.getLogger(__name__)

SEPARATOR = "\u203a"  # single right-pointing angle quotation mark


class _CrumbArea(QFrame):
    """The breadcrumb strip; a click on its empty part switches to typing."""

    clicked_empty = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked_empty.emit()
            event.accept()
            return
        super().mousePressEvent(event)


class PathBar(QWidget):
    """Breadcrumbs that navigate, and an edit mode (Ctrl+L, a click on empty space, or ✎).

    Signals:
        location_requested(object): a Location the user clicked or typed (always a Location
            here; the str form of the shared interface is not used).
        object_requested(str): the typed address named an object; emitted right after
            location_requested(its folder), so the window can select or open it.
    """

    location_requested = Signal(object)
    object_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *,  # noqa: PLR0915 - widget set-up
                 shortcut: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("pathBar")
        self._location: Location | None = None
        self._account_name = ""
        self._region: str | None = None
        self._crumbs: list[tuple[QToolButton, QLabel | None]] = []

        self.stack = QStackedWidget(self)
        self.crumb_area = _CrumbArea(self.stack)
        self.crumb_area.setObjectName("pathCrumbs")
        self.crumb_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.crumb_area.setCursor(Qt.CursorShape.IBeamCursor)
        self.crumb_area.clicked_empty.connect(self.start_editing)
        self.crumb_row = QHBoxLayout(self.crumb_area)
        self.crumb_row.setContentsMargins(2, 0, 2, 0)
        self.crumb_row.setSpacing(0)
        self.overflow_button = QToolButton(self.crumb_area)
        self.overflow_button.setObjectName("pathOverflow")
        self.overflow_button.setText("\u2026")
        self.overflow_button.setToolTip(self.tr("Hidden folders of this path"))
        self.overflow_button.setAutoRaise(True)
        self.overflow_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.overflow_button.setMenu(QMenu(self.overflow_button))
        self.overflow_button.hide()

        self.edit = QLineEdit(self.stack)
        self.edit.setObjectName("pathEdit")
        self.edit.setPlaceholderText(self.tr("bucket/folder/, s3://bucket/key or a Spaces link"))
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(self._on_edit_submitted)
        self.edit.installEventFilter(self)
        self.stack.addWidget(self.crumb_area)
        self.stack.addWidget(self.edit)

        self.edit_button = QToolButton(self)
        self.edit_button.setObjectName("pathEditButton")
        self.edit_button.setText("\u270e")
        self.edit_button.setToolTip(self.tr("Type a location (Ctrl+L)"))
        self.edit_button.setAccessibleName(self.tr("Type a location"))
        self.edit_button.setAutoRaise(True)
        self.edit_button.clicked.connect(self.start_editing)

        self.message = QLabel(self)
        self.message.setObjectName("pathMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # may quote what the user pasted
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()

        # Ctrl+L lives in the window's Go menu; a second Ctrl+L here would make Qt call the key
        # ambiguous and do nothing. `shortcut=True` is for a path bar used on its own.
        self.edit_action = QAction(self.tr("&Go to Location\u2026"), self)
        self.edit_action.setObjectName("goToLocationAction")
        self.edit_action.setShortcut(QKeySequence("Ctrl+L"))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.edit_action.triggered.connect(self.start_editing)
        if shortcut:
            self.addAction(self.edit_action)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.stack, 1)
        row.addWidget(self.edit_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.crumb_area.setMinimumHeight(self.edit.sizeHint().height())
        # A set minimum overrides the layout's (the sum of all crumbs), so a deep path never
        # widens the window: _fit() folds the middle crumbs into the … menu instead.
        self.crumb_area.setMinimumWidth(120)
        self._rebuild()

    # -- showing a location ----------------------------------------------------------------
    @property
    def location(self) -> Location | None:
        return self._location

    @property
    def editing(self) -> bool:
        return self.stack.currentWidget() is self.edit

    def set_location(self, location: Location | None, account_name: str = "", *,
                     region: str | None = None) -> None:
        """Show `location`; `region` (Spaces slug) lets pasted links of other regions be refused."""
        self._location, self._account_name, self._region = location, account_name, region
        self._rebuild()
        if self.editing:
            self.edit.setText(self._path_text())

    def crumb_buttons(self) -> list[QToolButton]:
        return [button for button, _sep in self._crumbs]

    def _targets(self) -> list[tuple[str, Location]]:
        loc = self._location
        if loc is None:
            return []
        targets = [(self._account_name or self.tr("Account"), Location(loc.account_id, None))]
        if loc.bucket is not None:
            targets.append((loc.bucket, Location(loc.account_id, loc.bucket)))
            prefix = ""
            for name in loc.folder_names():
                prefix += name + "/"
                targets.append((name or "\u2205", Location(loc.account_id, loc.bucket, prefix)))
        return targets

    def _rebuild(self) -> None:
        while self.crumb_row.count():
            item = self.crumb_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.overflow_button:
                widget.deleteLater()
        self._crumbs = []
        targets = self._targets()
        for i, (text, target) in enumerate(targets):
            separator = None
            if i:
                separator = QLabel(SEPARATOR, self.crumb_area)
                separator.setObjectName("crumbSeparator")
                self.crumb_row.addWidget(separator)
            button = QToolButton(self.crumb_area)
            button.setObjectName("crumb")
            button.setText(text.replace("&", "&&"))
            button.setToolTip(self._describe(target))
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.ArrowCursor)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            if i == len(targets) - 1:
                font = button.font()
                font.setBold(True)
                button.setFont(font)
            button.clicked.connect(functools.partial(self._on_crumb_clicked, target))
            self.crumb_row.addWidget(button)
            self._crumbs.append((button, separator))
            if i == 0:  # "Account > … > folder": the folded middle sits after the account
                self.crumb_row.addWidget(self.overflow_button)
        self.crumb_row.addStretch(1)
        self._fit()

    def _describe(self, target: Location) -> str:
        if target.bucket is None:
            return self.tr("All buckets of {account}").format(
                account=self._account_name or self.tr("this account"))
        return f"{target.bucket}/{target.prefix}"

    def _fit(self) -> None:
        """Hide middle crumbs behind the … button while the path is wider than the bar."""
        menu = self.overflow_button.menu()
        menu.clear()
        for button, separator in self._crumbs:
            button.setVisible(True)
            if separator is not None:
                separator.setVisible(True)
        available = self.crumb_area.contentsRect().width() - 4
        hidden = 0
        middle = self._crumbs[1:-1]

        def needed() -> int:
            width = self.overflow_button.sizeHint().width() if hidden else 0
            for button, separator in self._crumbs:
                if button.isVisibleTo(self.crumb_area):
                    width += button.sizeHint().width()
                    width += separator.sizeHint().width() if separator is not None else 0
            return width

        while available > 0 and hidden < len(middle) and needed() > available:
            button, separator = middle[hidden]
            button.setVisible(False)
            if separator is not None:
                separator.setVisible(False)
            action = menu.addAction(button.text())
            action.triggered.connect(button.click)
            hidden += 1
        self.overflow_button.setVisible(hidden > 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _on_crumb_clicked(self, target: Location) -> None:
        self.location_requested.emit(target)

    # -- typing a location -------------------------------------------------------------
    def _path_text(self) -> str:
        loc = self._location
        if loc is None or loc.bucket is None:
            return ""
        return f"{loc.bucket}/{loc.prefix}"

    def start_editing(self) -> None:
        """Switch to the text box, filled with the current bucket/prefix and selected."""
        self.edit.setText(self._path_text())
        self.stack.setCurrentWidget(self.edit)
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    focus_edit = start_editing  # the name the window's "Go to Location…" action calls

    def cancel_editing(self) -> None:
        self._show_problem("")
        if self.editing:
            self.stack.setCurrentWidget(self.crumb_area)
            self._fit()

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit:
            if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                    and event.key() == Qt.Key.Key_Escape:
                self.cancel_editing()
                return True
            if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent) \
                    and event.reason() != Qt.FocusReason.PopupFocusReason \
                    and not self.message.isVisible():
                self.cancel_editing()
        return super().eventFilter(watched, event)

    def _on_edit_submitted(self) -> None:
        text = self.edit.text()
        if not text.strip():
            self.cancel_editing()
            return
        try:
            target, key = self.resolve(text)
        except InvalidInput as exc:
            self._show_problem(describe(exc))
            return
        self.cancel_editing()
        self.location_requested.emit(target)
        if key:
            self.object_requested.emit(key)

    def resolve(self, text: str) -> tuple[Location, str]:
        """(folder Location, object key or '') for typed text; InvalidInput in plain words."""
        if self._location is None:
            raise InvalidInput(self.tr("Choose an account first, then type a place in it."))
        parsed = parse_location(text)
        region = self._region
        if parsed.region and region and parsed.region != region:
            raise InvalidInput(
                self.tr("That address is in region {region}, but this account is in {region2}. "
                        "Open it from an account for {region}.").format(region=parsed.region,
                                                                        region2=region))
        return place_of(parsed, self._location.account_id)


def place_of(parsed: ParsedLocation, account_id: str) -> tuple[Location, str]:
    """(folder Location, object key or '') of a parsed address in the account `account_id`."""
    if parsed.bucket is None:
        return Location(account_id, None), ""
    if parsed.is_folder:
        return Location(account_id, parsed.bucket, parsed.key), ""
    folder, _slash, last = parsed.key.rpartition("/")
    if "." not in last:
        # "bucket/photos" means the folder, as in every file manager; names with an
        # extension are files. A typo'd folder then just lists empty, with no request lost.
        return Location(account_id, parsed.bucket, parsed.key + "/"), ""
    return Location(account_id, parsed.bucket, folder + "/" if folder else ""), parsed.key
