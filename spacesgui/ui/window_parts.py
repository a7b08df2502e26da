"""Small parts of the main window: history, status bar texts, the welcome banner, action states,
the object table's set-up."""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTableView,
    QToolButton,
    QWidget,
)

from spacesgui.ui.formatting import human_size
from spacesgui.ui.models.entries import Entry, Location
from spacesgui.ui.models.object_table import Column

if TYPE_CHECKING:
    from spacesgui.ui.main_window import MainWindow

HISTORY_LIMIT = 200


class Navigator:
    """Back/forward history of locations, and Up."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.back_stack: list[Location] = []
        self.forward_stack: list[Location] = []

    def visited(self, previous: Location | None, new: Location) -> None:
        if previous is not None and previous != new:
            self.back_stack.append(previous)
            del self.back_stack[:-HISTORY_LIMIT]
            self.forward_stack.clear()

    def back(self) -> None:
        if self.back_stack:
            target = self.back_stack.pop()
            if self.w.location is not None:
                self.forward_stack.append(self.w.location)
            self.w.navigate(target, record=False)

    def forward(self) -> None:
        if self.forward_stack:
            target = self.forward_stack.pop()
            if self.w.location is not None:
                self.back_stack.append(self.w.location)
            self.w.navigate(target, record=False)

    def up(self) -> None:
        loc = self.w.location
        parent = loc.parent() if loc is not None else None
        if parent is not None:
            self.w.navigate(parent)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


class StatusLine:
    """Two permanent labels: what the folder holds (and whether it is loading), the selection."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.listing = QLabel()
        self.listing.setObjectName("listingStatus")
        self.selection = QLabel()
        self.selection.setObjectName("selectionStatus")
        bar = window.statusBar()
        bar.setObjectName("statusBar")
        bar.addPermanentWidget(self.selection)
        bar.addPermanentWidget(self.listing)

    def update_listing(self, *_args: Any) -> None:
        model, proxy = self.w.table_model, self.w.proxy
        loc = model.location
        if loc is None:
            text = "Starting\u2026" if self.w.context.sandbox_starting else ""
        else:
            total = model.rowCount()
            folders = model.folder_count
            what = (_plural(total, "bucket") if loc.bucket is None else
                    f"{_plural(folders, 'folder')}, {_plural(total - folders, 'file')}")
            shown = proxy.rowCount()
            if self.w.filter_box.text():
                what = f"{shown:,} of {what} match"
            if model.is_loading:
                text = f"Loading\u2026 {what}" if total else "Loading\u2026"
            elif model.canFetchMore():
                text = f"{what} so far \u2014 scroll for more"
            else:
                text = what
            if model.search_text:
                text = f"Search \u201c{model.search_text}\u201d: {text}"
        self.listing.setText(text)

    def update_selection(self) -> None:
        entries = self.w.selected_entries()
        if not entries:
            self.selection.setText("")
            return
        files = [e for e in entries if not e.is_folder]
        size = sum(e.size or 0 for e in files)
        text = f"{_plural(len(entries), 'item')} selected"
        if files:
            text += f" ({human_size(size)})"
        self.selection.setText(text)


class WelcomeBanner(QFrame):
    """Above the table: what the sandbox is, and "Add Spaces account…" one click away."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.setObjectName("welcomeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), palette.color(palette.ColorRole.AlternateBase))
        self.setPalette(palette)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel()
        self.text.setObjectName("welcomeText")
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QToolButton()
        self.button.setObjectName("welcomeAddAccount")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # The sandbox takes about a second to start (moto imports on a worker): show it moves.
        self.busy = QProgressBar()
        self.busy.setObjectName("welcomeBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(120)
        self.busy.setAccessibleName("Starting the local sandbox")
        row.addWidget(self.text, 1)
        row.addWidget(self.busy)
        row.addWidget(self.button)
        self.hide()

    def update_for(self, location: Location | None) -> None:
        context = self.w.context
        if not self.button.defaultAction():
            self.button.setDefaultAction(self.w.actions["add_account"])
        starting = location is None and context.sandbox_starting
        self.busy.setVisible(starting)
        if starting:
            self.text.setText("Starting the <b>Local sandbox</b> \u2014 sample buckets on a server "
                              "inside the app\u2026")
        elif location is None:
            self.text.setText("No account yet. Add your DigitalOcean Spaces key to get started.")
        elif context.is_sandbox(location.account_id):
            self.text.setText("You are in the <b>Local sandbox</b>: sample data on a server "
                              "inside the app, for trying things out. Nothing here is saved.")
        else:
            self.hide()
            return
        self.show()


def open_item(window: MainWindow, location: Location, entry: Entry) -> None:
    """Preview a file (text and images in the app; anything else with the system's app)."""
    if location.bucket is None:
        return
    from spacesgui.ui.preview import open_preview

    open_preview(window.context.runner, window.context.registry.get(location.account_id),
                 location.bucket, entry.key, entry.size, window)


def _available(module: str) -> bool:
    """Whether another engineer's piece is installed (no import: start-up stays fast)."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def make_path_bar(w: MainWindow) -> QWidget:
    if _available("spacesgui.ui.path_bar"):
        from spacesgui.ui.path_bar import PathBar

        bar = PathBar(w)
        bar.location_requested.connect(w.on_path_requested)
        bar.object_requested.connect(w.select_when_listed)
        return bar
    label = QLabel()  # until the path bar lands: the location as plain text
    label.setObjectName("pathBar")
    return label


def make_panel(w: MainWindow) -> Any:
    if not _available("spacesgui.ui.transfer_panel"):
        return None
    from spacesgui.ui.transfer_panel import TransferPanel

    panel = TransferPanel(w.context.queue, w)
    w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel)
    # The files are the point of the window: the panel starts at a third of its height.
    w.resizeDocks([panel], [190], Qt.Orientation.Vertical)
    return panel


def action_states(w: MainWindow) -> dict[str, bool]:
    """Which commands make sense now: by location, selection, clipboard, history, account."""
    loc = w.location
    entries = w.selected_entries()
    ready = loc is not None and w.context.registry.get(loc.account_id) is not None
    in_bucket = ready and loc is not None and loc.bucket is not None
    at_top = ready and loc is not None and loc.bucket is None
    files = [e for e in entries if not e.is_folder]
    one = len(entries) == 1
    panel = w.panel is not None
    return {
        "add_account": w.context.can_edit_accounts,
        "upload_files": in_bucket, "upload_folder": in_bucket,
        "download": in_bucket and bool(entries),
        "new_folder": in_bucket or (at_top and _available("spacesgui.ui.dialogs.new_bucket")),
        "open": bool(one and (entries[0].is_folder or _available("spacesgui.ui.preview"))),
        "share_link": in_bucket and one and bool(files)
        and _available("spacesgui.ui.dialogs.share_link"),
        "properties": in_bucket and bool(files) and _available("spacesgui.ui.dialogs.properties"),
        "cut": in_bucket and bool(entries), "copy": in_bucket and bool(entries),
        "paste": in_bucket and w.clipboard.can_paste(),
        "rename": in_bucket and one, "delete": bool(entries) and (in_bucket or (at_top and one)),
        "select_all": loc is not None, "find": loc is not None, "search": in_bucket,
        "refresh": loc is not None,
        "back": bool(w.nav.back_stack), "forward": bool(w.nav.forward_stack),
        "up": loc is not None and loc.parent() is not None, "go_to": True,
        "new_bucket": ready and _available("spacesgui.ui.dialogs.new_bucket"),
        "delete_bucket": ready and w.selected_bucket() is not None,
        "retry_failed": panel, "clear_finished": panel,
    }


def setup_object_table(table: QTableView, model: QAbstractItemModel) -> None:
    """The object table's look and behaviour: the window's, and what the screenshot tools show."""
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(int(Column.NAME), Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(int(Column.NAME), QHeaderView.ResizeMode.Stretch)
    for column, width in ((Column.SIZE, 90), (Column.MODIFIED, 150), (Column.TYPE, 150),
                          (Column.STORAGE_CLASS, 110)):
        header.resizeSection(int(column), width)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
