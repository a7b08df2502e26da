"""The main window: tree | path bar + filter + object table, transfer dock, actions, status bar.

Wiring only (STYLE 2): the models list, the queue transfers, window_ops decides what a command
does, actions.py declares the commands. Nothing here waits on the network.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from spacesgui.ui import window_commands as commands
from spacesgui.ui.actions import WindowActions
from spacesgui.ui.errors import ErrorPresenter
from spacesgui.ui.models.bucket_tree import BucketTreeModel
from spacesgui.ui.models.entries import Entry, Location
from spacesgui.ui.models.object_filter import ObjectFilterProxy
from spacesgui.ui.models.object_table import ObjectTableModel
from spacesgui.ui.window_clipboard import EntryClipboard
from spacesgui.ui.window_dnd import BucketTreeView, ObjectTableView
from spacesgui.ui.window_ops import WindowOps
from spacesgui.ui.window_parts import (
    Navigator,
    StatusLine,
    WelcomeBanner,
    make_panel,
    make_path_bar,
    open_item,
    setup_object_table,
)
from spacesgui.ui.window_state import WindowState
from spacesgui.ui.window_tree import AccountBadgeProxy
from spacesgui.ui.window_view import ViewPlace, note_place, restore_place

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The file manager window for one AppContext (see spacesgui/app.py)."""

    first_painted = Signal(float)  # time.perf_counter() of the first paint
    location_shown = Signal(object)
    _painted = False  # a class default: Qt sends events before __init__ has finished

    def __init__(self, context: Any, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("spacesgui")
        self.context = context
        self.presenter = ErrorPresenter(self)
        self.clipboard = EntryClipboard(self)
        self.ops = WindowOps(self)
        self._state = WindowState(settings)
        self._select_after_load: str | None = None
        self._kept_place: ViewPlace | None = None   # restored after a refresh (window_view)
        self._refresh_timer = QTimer(self, singleShot=True, interval=300)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build_models()
        self._build_layout()
        self.actions = WindowActions(self)
        edit_action = getattr(self.path_bar, "edit_action", None)
        if edit_action is not None:
            self.actions.adopt("go_to", edit_action)
        self.actions.yield_keys_to(self.panel, ("delete", "select_all"))
        self.actions.build_menus(self.panel.toggleViewAction() if self.panel else None)
        self.actions.build_toolbar()
        self.nav = Navigator(self)
        self.status = StatusLine(self)
        self._connect()
        self._state.restore(self, self.splitter, self.table.horizontalHeader())
        self._on_accounts_changed(context.accounts)
        self.update_actions()

    # -- construction ----------------------------------------------------------------------
    def _build_models(self) -> None:
        c = self.context
        self.tree_model = BucketTreeModel(c.runner, c.registry, self)
        self.tree_proxy = AccountBadgeProxy(c, self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.table_model = ObjectTableModel(c.runner, c.registry, self)
        self.proxy = ObjectFilterProxy(self)
        self.proxy.setSourceModel(self.table_model)

    def _build_layout(self) -> None:
        self.tree = BucketTreeView()
        self.tree.setModel(self.tree_proxy)
        self.tree.location_at = self.tree_proxy.location
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table = self._build_table()
        self.path_bar = make_path_bar(self)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("filterBox")
        self.filter_box.setPlaceholderText("Filter this folder")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMaximumWidth(260)
        self.banner = WelcomeBanner(self)
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
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 760])
        self.splitter.setContentsMargins(6, 6, 6, 0)
        self.setCentralWidget(self.splitter)
        self.panel = make_panel(self)
        self.resize(1100, 720)

    def _build_table(self) -> ObjectTableView:
        table = ObjectTableView()
        table.queue = self.context.queue
        setup_object_table(table, self.proxy)
        return table

    def _connect(self) -> None:
        a, c = self.actions, self.context
        handlers = {
            "add_account": lambda: c.open_accounts_dialog(self),
            "open_sandbox": lambda: commands.open_sandbox(self),
            "upload_files": lambda: self.ops.upload_dialog(False),
            "upload_folder": lambda: self.ops.upload_dialog(True),
            "download": self.ops.download_dialog, "new_folder": self._new_folder_or_bucket,
            "open": self.open_selected, "share_link": lambda: commands.share_link(self),
            "properties": lambda: commands.properties(self), "quit": self.close,
            "cut": lambda: commands.to_clipboard(self, cut=True),
            "copy": lambda: commands.to_clipboard(self, cut=False), "paste": self.ops.paste,
            "rename": self.ops.rename, "delete": self.ops.delete,
            "select_all": self.table.selectAll, "find": self._focus_filter,
            "search": lambda: commands.search(self), "refresh": self.refresh, "back": self.nav.back,
            "forward": self.nav.forward, "up": self.nav.up,
            "new_bucket": self.ops.new_bucket, "delete_bucket": self.ops.delete_bucket,
            "retry_failed": c.queue.retry_failed, "clear_finished": c.queue.clear_finished,
            "about": lambda: commands.about(self),
        }
        for name, handler in handlers.items():
            a[name].triggered.connect(lambda _checked=False, h=handler: h())
        c.accounts_changed.connect(self._on_accounts_changed)
        c.account_state_changed.connect(self._on_account_state)
        c.sandbox_failed.connect(lambda exc: self.presenter.transient("Local sandbox", exc))
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.tree.clicked.connect(self._on_tree_clicked)
        self.tree.customContextMenuRequested.connect(lambda p: commands.tree_menu(self, p))
        # A deeper tree node arriving may be where we are: show it (never navigates).
        self.tree_proxy.rowsInserted.connect(
            lambda *_: self._sync_tree(self.location) if self.location else None)
        self.tree.drop_requested.connect(
            lambda r: self.ops.handle_drop(r, self.tree.last_drop_modifiers))
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.customContextMenuRequested.connect(lambda p: commands.table_menu(self, p))
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.table_model.drop_requested.connect(
            lambda r: self.ops.handle_drop(r, self.table.last_drop_modifiers))
        self.table_model.loading_changed.connect(self._on_loading_changed)
        self.table_model.load_failed.connect(lambda e: self.presenter.transient("Listing", e))
        self.tree_model.load_failed.connect(lambda e: self.presenter.transient("Listing", e))
        for signal in (self.proxy.rowsInserted, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self.status.update_listing)
        self.filter_box.textChanged.connect(self.proxy.set_filter_text)
        self.filter_box.textChanged.connect(self.status.update_listing)
        self.clipboard.changed.connect(self.update_actions)
        c.queue.job_finished.connect(self._on_job_finished)

    # -- where we are --------------------------------------------------------------------
    @property
    def location(self) -> Location | None:
        return self.table_model.location

    def current_account_id(self) -> str | None:
        if self.location is not None:
            return self.location.account_id
        return self.tree_proxy.account_id(self.tree.currentIndex())

    def selected_entries(self) -> list[Entry]:
        rows = self.table.selectionModel().selectedRows(0)
        rows.sort(key=lambda i: i.row())
        return self.table_model.entries(rows)

    def selected_bucket(self) -> str | None:
        loc, entries = self.location, self.selected_entries()
        if loc is None:
            return None
        if loc.bucket is None:
            return entries[0].name if len(entries) == 1 else None
        return loc.bucket if not loc.prefix and not entries else None

    def navigate(self, location: Location, *, record: bool = True) -> None:
        """Show `location` in the table, the path bar and the tree."""
        if (location == self.location and self.table_model.rowCount()) or \
                self.context.account(location.account_id) is None:
            return
        if record:
            self.nav.visited(self.location, location)
        self.filter_box.clear()
        self.table_model.set_location(location)
        account = self.context.account(location.account_id)
        if hasattr(self.path_bar, "set_location"):
            region = account.region if account.provider == "spaces" else None
            self.path_bar.set_location(location, account.name, region=region)
        else:
            parts = [account.name, location.bucket or "", *location.folder_names()]
            self.path_bar.setText(" \u203a ".join(p for p in parts if p))
        self._sync_tree(location)
        self.banner.update_for(location)
        self.setWindowTitle(f"{location.bucket or account.name} \u2014 spacesgui")
        self.update_actions()
        self.status.update_listing()
        self.location_shown.emit(location)

    def _sync_tree(self, location: Location) -> None:
        index = self.tree_proxy.index_for(location)
        if index.isValid() and not index.parent().isValid():
            self.tree.expand(index)  # an account shows its buckets, as in Cyberduck
        if index.isValid() and index != self.tree.currentIndex():
            self.tree.selectionModel().blockSignals(True)  # showing, not navigating
            self.tree.setCurrentIndex(index)
            self.tree.selectionModel().blockSignals(False)
            self.tree.viewport().update()
            self.tree.scrollTo(index)

    def refresh(self) -> None:
        if self.location is not None:
            self._kept_place = note_place(self)
            self.table_model.refresh()
            self.tree_model.reload(self.tree_model.index_for(self.location))

    def select_when_listed(self, key: str) -> None:
        """Select `key` once the current listing has it (a pasted link to an object)."""
        self._select_after_load = key
        self._on_loading_changed(self.table_model.is_loading)

    def refresh_and_select(self, location: Location, key: str) -> None:
        if location == self.location:
            self._select_after_load = key
            self.table_model.refresh()

    def after_bucket_change(self, where: Location, name: str | None) -> None:
        self.tree_model.reload(self.tree_model.index_for(where))
        if self.location is not None and self.location.account_id == where.account_id:
            if self.location.bucket is not None and name is None:
                self.navigate(where)
            else:
                self.refresh_and_select(where, name or "")
        elif name:
            self.navigate(where)

    def show_status(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # -- commands ------------------------------------------------------------------------
    def _new_folder_or_bucket(self) -> None:
        at_top = self.location is not None and self.location.bucket is None
        (self.ops.new_bucket if at_top else self.ops.new_folder)()

    def open_selected(self) -> None:
        loc, entries = self.location, self.selected_entries()
        if loc is None or len(entries) != 1:
            return
        entry = entries[0]
        if entry.is_folder:
            self.navigate(loc.child(entry))
        else:
            open_item(self, loc, entry)

    def _focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def _on_accounts_changed(self, accounts: tuple[Any, ...]) -> None:
        self.tree_model.set_accounts(accounts)
        self.table_model.set_accounts(accounts)
        loc = self.location
        if loc is not None and self.context.account(loc.account_id) is None:
            self.table_model.set_location(None)
            loc = None
        if loc is not None:
            self._sync_tree(loc)
        elif accounts:
            last = self._state.last_location()
            start = last if last is not None and self.context.account(last.account_id) else \
                Location(accounts[0].id, None)
            self.navigate(start, record=False)
        self.banner.update_for(self.location)
        self.update_actions()

    def _on_account_state(self, account_id: str, state: str) -> None:
        loc = self.location
        if state == "ready" and loc is not None and loc.account_id == account_id:
            self.table_model.refresh()  # the first listing failed while connecting
            self.tree_model.reload(self.tree_model.index_for(Location(account_id, None)))
        self.update_actions()

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        location = self.tree_proxy.location(current)
        if location is not None:
            self.navigate(location)

    def _on_tree_clicked(self, index: QModelIndex) -> None:
        account_id = self.tree_proxy.account_id(index)
        if account_id is not None and self.context.state(account_id) in ("needs key", "failed"):
            self.context.open_accounts_dialog(self, account_id)

    def on_path_requested(self, target: Any) -> None:
        if isinstance(target, Location):
            self.navigate(target)
        elif isinstance(target, str) and target:
            self.show_status(target)

    def _on_loading_changed(self, loading: bool) -> None:
        self.status.update_listing()
        if not loading and self._kept_place is not None \
                and restore_place(self, self._kept_place):
            self._kept_place = None
        key = self._select_after_load
        if loading or not key:
            return
        source = self.table_model.index_for_key(key)
        if not source.isValid():
            if self.table_model.canFetchMore():
                return  # the listing restarted, or the key is on a later page
            self._select_after_load = None
            return
        self._select_after_load = None
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _on_job_finished(self, job_id: int, result: object) -> None:
        self.ops.job_finished(job_id, result)
        job, loc = self.context.queue.job(job_id), self.location
        if job is None or loc is None or loc.bucket is None:
            return
        buckets = {(job.account_id, job.bucket),
                   (getattr(job.spec, "dst_account", None), getattr(job.spec, "dst_bucket", None))}
        if job.kind not in ("download", "prefix-download", "rename") and (loc.account_id,
                                                                 loc.bucket) in buckets:
            self._refresh_timer.start()  # a burst of finished jobs refreshes once

    def update_actions(self, *_args: Any) -> None:
        from spacesgui.ui.window_parts import action_states

        self.actions.set_enabled(**action_states(self))
        self.status.update_selection()

    # -- lifecycle -------------------------------------------------------------------------
    def save_state(self) -> None:
        self._state.save(self, self.splitter, self.table.horizontalHeader(), self.location)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def event(self, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, lambda: self.first_painted.emit(time.perf_counter()))
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_state()
        super().closeEvent(event)
