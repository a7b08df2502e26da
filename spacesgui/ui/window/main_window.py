"""The main window: tree | path bar + filter + object table, transfer dock, actions, status bar.

Wiring only: the models list, the queue transfers, WindowCommands decides what a command does,
Navigation keeps the views on one location, actions.py declares the commands. Nothing here
waits on the network.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QLineEdit, QMainWindow, QSplitter, QVBoxLayout, QWidget

from spacesgui.config import Account
from spacesgui.states import AccountState
from spacesgui.ui.actions import (
    BUCKET_LIST_MENU,
    TABLE_EMPTY_MENU,
    TABLE_MENU,
    TREE_MENU,
    WindowActions,
)
from spacesgui.ui.errors import ErrorPresenter
from spacesgui.ui.models.account_badges import AccountBadgeProxy
from spacesgui.ui.models.bucket_tree import BucketTreeModel
from spacesgui.ui.models.drops import DropRequest
from spacesgui.ui.models.entries import Entry, Location
from spacesgui.ui.models.object_filter import ObjectFilterProxy
from spacesgui.ui.models.object_table import ObjectTableModel
from spacesgui.ui.path_bar import PathBar
from spacesgui.ui.transfer_panel import TransferPanel
from spacesgui.ui.window.addresses import AddressOpener
from spacesgui.ui.window.banner import WelcomeBanner
from spacesgui.ui.window.clipboard import EntryClipboard
from spacesgui.ui.window.commands import WindowCommands
from spacesgui.ui.window.context import WindowContext
from spacesgui.ui.window.navigation import Navigation, Selection
from spacesgui.ui.window.state import WindowState
from spacesgui.ui.window.status import StatusLine
from spacesgui.ui.window.versions import VersionsTable, VersionsView
from spacesgui.ui.window.views import BucketTreeView, ObjectTableView, setup_object_table

log = logging.getLogger(__name__)


class _FirstPaintWatch(QObject):
    """Calls `then` once, on the next loop turn after `widget`'s first paint, and stops
    watching. An `event` override would do the same but take every later event of the window
    into Python, each one taking the interpreter lock that transfer threads compete for."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


class MainWindow(QMainWindow):
    """The file manager window for one AppContext (see spacesgui/app.py)."""

    first_painted = Signal(float)  # time.perf_counter() of the first paint

    def __init__(self, context: WindowContext, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _FirstPaintWatch(self, self._on_first_paint)
        self.setObjectName("mainWindow")
        self.setWindowTitle("spacesgui")
        self.context = context
        self.presenter = ErrorPresenter(self)
        self.clipboard = EntryClipboard(self)
        self._preferences_dialog: QWidget | None = None
        self._state = WindowState(settings)
        c = context
        self.tree_model = BucketTreeModel(c.runner, c.registry, self)
        self.tree_proxy = AccountBadgeProxy(self.tree_model, state=c.state,
                                            is_sandbox=c.is_sandbox, parent=self)
        self.table_model = ObjectTableModel(c.runner, c.registry, self)
        self.proxy = ObjectFilterProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self._build_layout()
        # After the panel: children die in creation order, and the panel's focus watcher
        # must not outlive these actions.
        self.window_actions = WindowActions(self)
        self.banner.use_action(self.window_actions["add_account"])
        self.window_actions.adopt("go_to", self.path_bar.edit_action)
        self.window_actions.yield_keys_to(self.panel, ("delete", "select_all"))
        self.window_actions.build_menus(self.panel.toggleViewAction())
        self.window_actions.build_toolbar()
        self.place = Selection(self.table, self.table_model, self.tree, self.tree_proxy)
        self.status = StatusLine(self.statusBar(), self.table_model, self.proxy, self.filter_box,
                                 sandbox_starting=self._sandbox_starting,
                                 selected=self.place.selected_entries)
        self.table_model.loading_changed.connect(self.status.update_listing)
        self.navigation = Navigation(
            table=self.table, table_model=self.table_model, proxy=self.proxy, tree=self.tree,
            tree_model=self.tree_model, tree_proxy=self.tree_proxy, path_bar=self.path_bar,
            filter_box=self.filter_box, account=c.account, parent=self)
        self.versions = VersionsView(
            action=self.window_actions["show_versions"], table=self.versions_table,
            listing=self.table, runner=c.runner, clients=c.registry.client_for, queue=c.queue,
            errors=self.presenter, changed=self.navigation.refresh,
            # late-bound: the commands are made just below, and need the versions view
            keys=lambda account_id: self.commands.key_source(account_id),  # noqa: PLW0108
            parent=self)
        self.commands = WindowCommands(
            self, place=self.place, queue=c.queue, runner=c.runner,
            clients=c.registry.client_for, ready=c.registry.__contains__, account=c.account,
            clipboard=self.clipboard, errors=self.presenter, show_status=self.show_status,
            search_text=self._search_text, search=self.table_model.search_recursive,
            start_sandbox=c.start_sandbox, is_versioned=self.versions.is_versioned,
            preferences=c.preferences.get)
        self.addresses = AddressOpener(
            accounts=lambda: self.context.accounts, current=self.place.current_account_id,
            navigate=self.navigation.navigate, select=self.navigation.select_when_listed,
            problem=self.presenter.transient)
        self._connect()
        self._state.restore(self, self.splitter, self.table.horizontalHeader())
        self._on_accounts_changed(context.accounts)
        self.update_actions()

    # -- construction ----------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.tree = BucketTreeView(self.tree_proxy.location)
        self.tree.setModel(self.tree_proxy)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table = ObjectTableView(self.context.queue, self.table_model)
        setup_object_table(self.table, self.proxy)
        self.path_bar = PathBar(self)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("filterBox")
        self.filter_box.setPlaceholderText(self.tr("Filter this folder"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMaximumWidth(260)
        self.banner = WelcomeBanner(sandbox_starting=self._sandbox_starting,
                                    is_sandbox=self.context.is_sandbox, parent=self)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        top = QSplitter(Qt.Orientation.Horizontal)  # path bar grows, filter keeps its width
        top.setObjectName("pathRow")
        top.setChildrenCollapsible(False)
        top.setHandleWidth(6)
        top.addWidget(self.path_bar)
        top.addWidget(self.filter_box)
        top.setStretchFactor(0, 1)
        column.addWidget(top)
        column.addWidget(self.banner)
        column.addWidget(self.table, 1)
        self.versions_table = VersionsTable()  # shown instead of the table by Show Versions
        column.addWidget(self.versions_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 760])
        self.splitter.setContentsMargins(6, 6, 6, 0)
        self.setCentralWidget(self.splitter)
        self.panel = TransferPanel(self.context.queue, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel)
        # The files are the point of the window: the panel starts at a third of its height.
        self.resizeDocks([self.panel], [190], Qt.Orientation.Vertical)
        self.resize(1100, 720)

    def _connect(self) -> None:
        a, c, cmd, nav = self.window_actions, self.context, self.commands, self.navigation
        handlers = {
            "add_account": self._open_accounts, "open_sandbox": cmd.open_sandbox,
            "upload_files": lambda: cmd.upload_dialog(False),
            "upload_folder": lambda: cmd.upload_dialog(True),
            "download": cmd.download_dialog, "new_folder": cmd.new_folder_or_bucket,
            "open": cmd.open_selected, "share_link": cmd.share_link,
            "copy_links": cmd.copy_links, "upload_link": cmd.upload_link,
            "properties": cmd.properties, "quit": self.close,
            "cut": lambda: cmd.to_clipboard(cut=True),
            "copy": lambda: cmd.to_clipboard(cut=False), "paste": cmd.paste,
            "rename": cmd.rename, "delete": cmd.delete,
            "select_all": self.table.selectAll, "find": self._focus_filter,
            "search": cmd.search, "refresh": nav.refresh, "back": nav.back,
            "forward": nav.forward, "up": nav.up,
            "new_bucket": cmd.new_bucket, "delete_bucket": cmd.delete_bucket,
            "bucket_settings": cmd.bucket_settings,
            "incomplete_uploads": cmd.incomplete_uploads,
            "retry_failed": c.queue.retry_failed, "clear_finished": c.queue.clear_finished,
            "about": cmd.about, "preferences": self.open_preferences,
        }
        for name, handler in handlers.items():
            a[name].triggered.connect(lambda _checked=False, h=handler: h())
        c.accounts_changed.connect(self._on_accounts_changed)
        c.account_state_changed.connect(self.tree_proxy.on_account_state_changed)
        c.account_state_changed.connect(self._on_account_state)
        c.sandbox_failed.connect(self._on_sandbox_failed)
        nav.location_shown.connect(self._on_location_shown)
        nav.location_shown.connect(self.versions.show_location)
        self.versions.summary_changed.connect(self._on_versions_summary)
        self.versions.navigate_requested.connect(nav.navigate)
        a["refresh"].triggered.connect(self.versions.refresh)
        cmd.navigate_requested.connect(nav.navigate)
        cmd.refresh_requested.connect(nav.refresh)
        cmd.listing_changed.connect(nav.refresh_and_select)
        cmd.buckets_changed.connect(nav.after_bucket_change)
        self.tree.clicked.connect(self._on_tree_clicked)
        self.tree.customContextMenuRequested.connect(self._on_tree_menu)
        self.tree.drop_requested.connect(self._on_tree_drop)
        self.table.activated.connect(self._on_table_activated)
        self.table.customContextMenuRequested.connect(self._on_table_menu)
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.table_model.drop_requested.connect(self._on_table_drop)
        self.table_model.load_failed.connect(self._on_listing_failed)
        self.tree_model.load_failed.connect(self._on_listing_failed)
        for signal in (self.proxy.rowsInserted, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self.status.update_listing)
        self.filter_box.textChanged.connect(self.proxy.set_filter_text)
        self.filter_box.textChanged.connect(self.status.update_listing)
        self.clipboard.changed.connect(self.update_actions)
        c.preferences.changed.connect(self._on_preferences_changed)

    # -- where we are --------------------------------------------------------------------
    @property
    def location(self) -> Location | None:
        return self.navigation.location

    def navigate(self, location: Location, *, record: bool = True) -> None:
        """Show `location` in the table, the path bar and the tree."""
        self.navigation.navigate(location, record=record)

    def open_address(self, text: str) -> None:
        """Show the place a link, s3:// URI or path names (from the command line or a link)."""
        self.addresses.open(text)

    def selected_entries(self) -> list[Entry]:
        return self.place.selected_entries()

    def show_status(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def update_actions(self, *_args: object) -> None:
        history = self.navigation.history
        self.window_actions.set_enabled(**self.commands.states(
            can_go_back=bool(history.back_stack), can_go_forward=bool(history.forward_stack),
            can_edit_accounts=self.context.can_edit_accounts))
        self.status.update_selection()

    def _sandbox_starting(self) -> bool:
        return self.context.sandbox_starting

    def _search_text(self) -> str:
        return self.table_model.search_text

    # -- reactions -----------------------------------------------------------------------
    def _on_location_shown(self, location: Location) -> None:
        self._state.remember(location)
        account = self.context.account(location.account_id)
        self.banner.update_for(location)
        name = account.name if account is not None else ""
        self.setWindowTitle(
            self.tr("{place} \u2014 spacesgui").format(place=location.bucket or name))
        self.update_actions()
        self.status.update_listing()

    def _on_accounts_changed(self, accounts: tuple[Account, ...]) -> None:
        self.tree_model.set_accounts(accounts)
        self.table_model.set_accounts(accounts)
        loc = self.location
        if loc is not None and self.context.account(loc.account_id) is None:
            self.table_model.set_location(None)
            loc = None
        if loc is not None:
            self.navigation.sync_tree(loc)
        elif accounts:
            last = self._state.last_location()
            start = last if last is not None and self.context.account(last.account_id) else \
                self._state.last_location(accounts[0].id) or Location(accounts[0].id, None)
            self.navigation.navigate(start, record=False)
        self.banner.update_for(self.location)
        self.update_actions()
        self.addresses.retry()  # an address given at start-up may have waited for its account

    def _on_account_state(self, account_id: str, state: AccountState) -> None:
        loc = self.location
        if state == AccountState.READY and loc is not None and loc.account_id == account_id:
            self.table_model.refresh()  # the first listing failed while connecting
            self.tree_model.reload(self.tree_model.index_for(Location(account_id, None)))
        self.update_actions()

    def _on_tree_clicked(self, index: QModelIndex) -> None:
        account_id = self.tree_proxy.account_id(index)
        if account_id is not None and self.context.state(account_id) in (
                AccountState.NEEDS_KEY, AccountState.FAILED):
            self.context.open_accounts_dialog(self, account_id)

    def open_preferences(self) -> QWidget:
        """Open the preferences window, or raise the one already open."""
        if self._preferences_dialog is not None:
            self._preferences_dialog.raise_()
            self._preferences_dialog.activateWindow()
            return self._preferences_dialog
        from spacesgui.ui.dialogs.preferences import PreferencesDialog  # late: start-up speed

        prefs = self.context.preferences
        dialog = PreferencesDialog(prefs.get(), self, apply=prefs.update, problem=prefs.problem)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_preferences_closed)
        self._preferences_dialog = dialog
        dialog.open()
        return dialog

    def _on_preferences_closed(self, _result: int) -> None:
        self._preferences_dialog = None

    def _on_preferences_changed(self, _preferences: object, note: str) -> None:
        if note:
            self.show_status(note, 15_000)

    def _open_accounts(self) -> None:
        self.context.open_accounts_dialog(self)

    def _on_table_activated(self, _index: QModelIndex) -> None:
        self.commands.open_selected()

    def _on_tree_drop(self, request: DropRequest) -> None:
        self.commands.handle_drop(request, self.tree.last_drop_modifiers)

    def _on_table_drop(self, request: DropRequest) -> None:
        self.commands.handle_drop(request, self.table.last_drop_modifiers)

    def _on_versions_summary(self, text: str) -> None:
        if text:
            self.status.listing.setText(text)
        else:
            self.status.update_listing()

    def _on_listing_failed(self, exc: BaseException) -> None:
        self.presenter.transient(self.tr("Listing"), exc)

    def _on_sandbox_failed(self, exc: BaseException) -> None:
        self.presenter.transient(self.tr("Local sandbox"), exc)

    def _focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    # -- context menus -------------------------------------------------------------------
    def _on_tree_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid() and index != self.tree.currentIndex():
            self.tree.setCurrentIndex(index)
        menu = self.window_actions.context_menu(TREE_MENU, self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def _on_table_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            self.table.clearSelection()
        elif not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.table.selectRow(index.row())
        at_top = self.location is not None and self.location.bucket is None
        names = BUCKET_LIST_MENU if at_top else (TABLE_MENU if index.isValid()
                                                 else TABLE_EMPTY_MENU)
        menu = self.window_actions.context_menu(names, self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- lifecycle -------------------------------------------------------------------------
    def save_state(self) -> None:
        self._state.save(self, self.splitter, self.table.horizontalHeader(), self.location)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


    def _on_first_paint(self) -> None:
        self.first_painted.emit(time.perf_counter())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_state()
        super().closeEvent(event)
