"""The settings window of one bucket: a list of pages on the left, the chosen page on the right.

The window is not modal: the user may keep browsing the bucket while it is open, and opening
the settings of the same bucket again brings this window forward (the caller keeps one per
bucket). Every page starts reading its setting as the window opens, each on its own, and the
page list shows how each one stands: greyed with the reason when the server refuses it, marked
while it holds unsaved edits. Closing with unsaved edits asks first.
"""

# ruff: noqa: N802 - Qt overrides keep their camelCase names
from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from spacesgui.ui import boxes
from spacesgui.ui.bucket_settings.base import BucketContext, PageState, SettingsPage
from spacesgui.ui.icons import warning_icon

log = logging.getLogger(__name__)

SP = QStyle.StandardPixmap

# Page objectName -> (freedesktop icon name, Qt's own icon when the desktop has no theme).
_PAGE_ICONS: dict[str, tuple[str, SP]] = {
    "overviewPage": ("dialog-information", SP.SP_FileDialogInfoView),
    "permissionsPage": ("system-users", SP.SP_DialogYesButton),
    "corsPage": ("network-workgroup", SP.SP_DriveNetIcon),
    "lifecyclePage": ("appointment-soon", SP.SP_BrowserReload),
    "policyPage": ("text-x-script", SP.SP_FileDialogContentsView),
    "versioningPage": ("document-open-recent", SP.SP_FileDialogListView),
    "websitePage": ("applications-internet", SP.SP_DirLinkIcon),
    "loggingPage": ("text-x-generic", SP.SP_FileIcon),
}
DIRTY_MARK = "\u2022"  # after the title of a page with unsaved edits


def _page_icon(widget: QWidget, page: SettingsPage) -> QIcon:
    theme, fallback = _PAGE_ICONS.get(page.objectName(), ("", SP.SP_FileDialogDetailedView))
    icon = QIcon.fromTheme(theme) if theme else QIcon()
    return icon if not icon.isNull() else widget.style().standardIcon(fallback)


class BucketSettingsDialog(QWidget):
    """Every setting of `context.bucket`, one page each, built from `pages`.

    A window of its own (not modal, a dialog to the window manager); the caller keeps at most
    one per bucket and raises it when asked again.
    """

    closed = Signal()  # the window closed (it is deleted soon after)

    def __init__(self, context: BucketContext, pages: Sequence[type[SettingsPage]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog)
        self.setObjectName("bucketSettingsDialog")
        self.setWindowTitle(self.tr("Settings of \u201c{bucket}\u201d").format(
                bucket=context.bucket))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self._discard_confirmed = False

        self.page_list = QListWidget()
        self.page_list.setObjectName("pageList")
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self.pages: list[SettingsPage] = []
        for page_class in pages:
            page = page_class(context)
            self.pages.append(page)
            self.stack.addWidget(page)
            item = QListWidgetItem(_page_icon(self, page), page.shown_title)
            self.page_list.addItem(item)
            page.state_changed.connect(self._refresh_items)
            page.edits_checked.connect(self._refresh_items)
        self.page_list.setFixedWidth(self.page_list.sizeHintForColumn(0) + 48)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        # In line with the page's own content, which sits inside the page's layout margin.
        self.heading.setIndent(self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin))
        self.page_list.currentRowChanged.connect(self._on_page_chosen)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeButton")
        self.buttons.rejected.connect(self.close)
        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.stack, 1)
        split = QHBoxLayout()
        split.addWidget(self.page_list)
        split.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(split, 1)
        layout.addWidget(self.buttons)

        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.next_page if step > 0 else self.previous_page)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self).activated.connect(
            self.close)

        self.page_list.setCurrentRow(0)
        self.page_list.setFocus(Qt.FocusReason.OtherFocusReason)  # arrows move between pages
        self.resize(1040, 720)
        for page in self.pages:
            page.load()
        self._refresh_items()

    # -- pages -----------------------------------------------------------------------------
    def page(self, name: str) -> SettingsPage | None:
        """The page with objectName `name`, if this window has it."""
        return next((p for p in self.pages if p.objectName() == name), None)

    def show_page(self, name: str) -> None:
        page = self.page(name)
        if page is not None:
            self.page_list.setCurrentRow(self.pages.index(page))

    def next_page(self) -> None:
        self._step(1)

    def previous_page(self) -> None:
        self._step(-1)

    def _step(self, offset: int) -> None:
        if self.pages:
            self.page_list.setCurrentRow((self.page_list.currentRow() + offset)
                                         % len(self.pages))

    def _on_page_chosen(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if 0 <= row < len(self.pages):
            self.heading.setText(self.pages[row].shown_title)

    def dirty_pages(self) -> list[SettingsPage]:
        return [p for p in self.pages if p.is_dirty()]

    def _refresh_items(self) -> None:
        greyed = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row, page in enumerate(self.pages):
            item = self.page_list.item(row)
            dirty = page.is_dirty()
            item.setText(f"{page.shown_title} {DIRTY_MARK}" if dirty else page.shown_title)
            if page.state is PageState.UNAVAILABLE:
                item.setForeground(greyed)
                item.setToolTip(page.unavailable_text)
            else:
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
                item.setToolTip({PageState.LOADING: self.tr("Loading\u2026"),
                                 PageState.APPLYING: self.tr("Applying\u2026"),
                                 PageState.FAILED: self.tr("The setting could not be read.")}.get(
                                     page.state, self.tr("Unsaved changes") if dirty else ""))
            item.setIcon(warning_icon() if page.state is PageState.FAILED
                         else _page_icon(self, page))

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        dirty = self.dirty_pages()
        if dirty and not self._discard_confirmed:
            event.ignore()
            self._ask_discard(dirty)
            return
        for page in self.pages:
            page.cancel()
        super().closeEvent(event)
        self.closed.emit()

    def _ask_discard(self, dirty: list[SettingsPage]) -> None:
        titles = ", ".join(p.shown_title for p in dirty)
        box, discard = boxes.question(
            self, self.tr("Unsaved Changes"),
            self.tr("Discard the changes to the settings of \u201c{bucket}\u201d?").format(
                    bucket=self.context.bucket),
            info=self.tr("Not applied yet: {titles}.").format(
                    titles=titles), name="discardChangesBox",
            yes_text=self.tr("&Discard"), destructive=True)
        box.finished.connect(lambda _result: self._on_discard_answered(
            box.clickedButton() is discard))
        box.open()

    def _on_discard_answered(self, discard: bool) -> None:
        if discard:
            self._discard_confirmed = True
            self.close()
