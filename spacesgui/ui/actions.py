"""The window's actions: names, standard shortcuts, icons, menus, toolbar and context menus.

Every command exists once as a QAction (objectName `act_<name>`, unless its Spec names it), so
the menu, the toolbar, the context menus and the shortcut are the same thing and are enabled
together.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStyle, QToolBar, QWidget

from spacesgui.ui.resources import action_icon

Key = QKeySequence.StandardKey
SP = QStyle.StandardPixmap


@dataclass(frozen=True, slots=True)
class Spec:
    name: str
    text: str
    keys: tuple[QKeySequence.StandardKey | str, ...] = ()  # the first is shown
    theme: str = ""  # freedesktop icon name
    fallback: SP | None = None  # Qt's own icon when the desktop has no icon theme
    tip: str = ""
    checkable: bool = False
    object_name: str = ""  # when others find the action by a name of its own, not act_<name>


SPECS: tuple[Spec, ...] = (
    # File
    Spec("add_account", "Add Spaces &Account\u2026", (), "list-add-user", SP.SP_DirLinkIcon,
         "Connect to DigitalOcean Spaces or another S3 server"),
    Spec("upload_files", "&Upload Files\u2026", ("Ctrl+U",), "document-send", SP.SP_ArrowUp,
         "Upload files into this folder (or drop them on the window)"),
    Spec("upload_folder", "Upload F&older\u2026", ("Ctrl+Shift+U",), "folder-upload",
         SP.SP_DirIcon, "Upload a whole folder into this folder"),
    Spec("download", "&Download\u2026", ("Ctrl+D",), "document-save", SP.SP_ArrowDown,
         "Download the selection to a folder on this computer"),
    Spec("new_folder", "&New Folder\u2026", ("Ctrl+Shift+N",), "folder-new",
         SP.SP_FileDialogNewFolder, "Create a folder here"),
    Spec("open", "&Open", (Key.Open,), "document-open", SP.SP_DialogOpenButton,
         "Open the folder, or preview the file"),
    Spec("share_link", "&Share Link\u2026", ("Ctrl+Shift+C",), "emblem-shared", SP.SP_DriveNetIcon,
         "Make a link to the file that works for a limited time"),
    Spec("copy_links", "Copy &Links\u2026", (), "edit-copy", None,
         "Copy public, CDN or temporary links for the whole selection, as lines or CSV"),
    Spec("upload_link", "Upload Lin&k or Page\u2026", (), "document-send", None,
         "A link or a web page that lets someone without an account upload into this folder"),
    Spec("properties", "P&roperties\u2026", ("Ctrl+I",), "document-properties",
         SP.SP_FileDialogInfoView, "Size, ETag, metadata, tags and permissions"),
    Spec("open_sandbox", "Open Local &Sandbox", (), "applications-science", SP.SP_DriveHDIcon,
         "Sample buckets on a server inside the app: try things without an account"),
    Spec("quit", "&Quit", (Key.Quit,), "application-exit", SP.SP_DialogCloseButton),
    # Edit
    Spec("cut", "Cu&t", (Key.Cut,), "edit-cut", None, "Move the selection: cut, then paste"),
    Spec("copy", "&Copy", (Key.Copy,), "edit-copy", None, "Copy the selection (server-side)"),
    Spec("paste", "&Paste", (Key.Paste,), "edit-paste", None, "Paste into this folder"),
    Spec("rename", "Re&name\u2026", ("F2",), "edit-rename", None, "Rename the file or folder"),
    Spec("delete", "&Delete\u2026", (Key.Delete,), "edit-delete", SP.SP_TrashIcon,
         "Delete the selection (asks first)"),
    Spec("select_all", "Select &All", (Key.SelectAll,), "edit-select-all"),
    Spec("find", "&Filter This Folder", (Key.Find,), "edit-find", None,
         "Show only names containing the text"),
    Spec("search", "&Search Below This Folder\u2026", ("Ctrl+Shift+F",), "system-search", None,
         "List every key under this folder that starts with the text"),
    # Ctrl+, where the platform has no standard key for it (only macOS has one).
    Spec("preferences", "Pre&ferences\u2026", (Key.Preferences, "Ctrl+,"), "preferences-system",
         None, "Transfers, bandwidth limits, downloads, deleting and the theme"),
    # View
    Spec("refresh", "&Refresh", (Key.Refresh,), "view-refresh", SP.SP_BrowserReload,
         "Load this folder again"),
    Spec("show_versions", "Show &Versions", (), "document-open-recent", None,
         "Show every version and delete marker of the files in this folder", checkable=True,
         object_name="actionShowVersions"),
    # Go
    Spec("back", "&Back", (Key.Back,), "go-previous", SP.SP_ArrowBack),
    Spec("forward", "&Forward", (Key.Forward,), "go-next", SP.SP_ArrowForward),
    Spec("up", "&Up", ("Alt+Up", "Backspace"), "go-up", SP.SP_FileDialogToParent,
         "Go to the enclosing folder"),
    Spec("go_to", "&Go to Location\u2026", ("Ctrl+L",), "go-jump", None,
         "Type or paste a path, s3:// address or Spaces link"),
    # Bucket
    Spec("new_bucket", "&New Bucket\u2026", ("Ctrl+Shift+B",), "folder-new",
         SP.SP_FileDialogNewFolder, "Create a bucket in this account"),
    Spec("delete_bucket", "&Delete Bucket\u2026", (), "edit-delete", SP.SP_TrashIcon,
         "Delete an empty bucket"),
    Spec("bucket_settings", "Bucket &Settings\u2026", (), "document-properties",
         SP.SP_FileDialogDetailedView,
         "Overview, permissions, CORS, lifecycle, policy, versioning, website and logging",
         object_name="actionBucketSettings"),
    Spec("incomplete_uploads", "&Incomplete Uploads\u2026", (), "document-open-recent", None,
         "List, resume or abort the bucket's unfinished multipart uploads",
         object_name="actionIncompleteUploads"),
    # Transfers
    Spec("retry_failed", "&Retry Failed", (), "view-refresh", SP.SP_BrowserReload),
    Spec("clear_finished", "&Clear Finished", (), "edit-clear", SP.SP_DialogResetButton),
    # Help
    Spec("about", "&About spacesgui", (), "help-about", SP.SP_MessageBoxInformation),
)

MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("file", "&File", ("add_account", "open_sandbox", "-", "upload_files", "upload_folder",
                       "download", "-", "new_folder", "open", "share_link", "copy_links",
                       "upload_link", "properties", "-", "quit")),
    ("edit", "&Edit", ("cut", "copy", "paste", "-", "rename", "delete", "-", "select_all",
                       "find", "search", "-", "preferences")),
    ("view", "&View", ("refresh", "show_versions", "-", "@panel")),
    ("go", "&Go", ("back", "forward", "up", "-", "go_to")),
    ("bucket", "&Bucket", ("new_bucket", "delete_bucket", "-", "bucket_settings",
                           "incomplete_uploads")),
    ("transfers", "&Transfers", ("@panel", "-", "retry_failed", "clear_finished")),
    ("help", "&Help", ("about",)),
)

TOOLBAR = ("back", "forward", "up", "-", "upload_files", "download", "new_folder", "-",
           "share_link", "properties", "delete", "-", "refresh", "-", "add_account")
TABLE_MENU = ("open", "-", "download", "share_link", "copy_links", "-", "cut", "copy", "paste",
              "-", "rename", "delete", "-", "properties")
TABLE_EMPTY_MENU = ("upload_files", "upload_folder", "new_folder", "paste", "upload_link", "-",
                    "refresh", "show_versions")
BUCKET_LIST_MENU = ("open", "new_bucket", "delete_bucket", "-", "bucket_settings",
                    "incomplete_uploads", "-", "refresh")
TREE_MENU = ("upload_files", "new_folder", "paste", "-", "new_bucket", "delete_bucket",
             "bucket_settings", "incomplete_uploads", "-", "refresh", "show_versions")


def _icon(widget: QWidget, spec: Spec) -> QIcon:
    """The desktop theme's icon, else the app's own (same on every platform), else Qt's."""
    icon = QIcon.fromTheme(spec.theme) if spec.theme else QIcon()
    if icon.isNull():
        icon = action_icon(spec.name) or QIcon()
    if icon.isNull() and spec.fallback is not None:
        icon = widget.style().standardIcon(spec.fallback)
    return icon


class WindowActions:
    """All QActions of one window, by name: `actions["rename"]`."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self.by_name: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(_icon(window, spec), spec.text, window)
            action.setObjectName(spec.object_name or f"act_{spec.name}")
            keys: list[QKeySequence] = []
            for key in (QKeySequence(k) for k in spec.keys):
                if not key.isEmpty() and key not in keys:  # a standard key the platform lacks
                    keys.append(key)
            if keys:
                action.setShortcuts(keys)
            if spec.tip:
                shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
                action.setStatusTip(spec.tip)
                action.setToolTip(f"{spec.tip} ({shown})" if shown else spec.tip)
            action.setCheckable(spec.checkable)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)  # shortcuts work even when the menu bar is hidden
            self.by_name[spec.name] = action
        self.by_name["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        self.by_name["about"].setMenuRole(QAction.MenuRole.AboutRole)
        self.by_name["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
        self.menus: dict[str, QMenu] = {}
        self.toolbar: QToolBar | None = None

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def adopt(self, name: str, action: QAction) -> None:
        """Use a widget's own action for `name` (one action per key: no ambiguous shortcut)."""
        old = self.by_name[name]
        self._window.removeAction(old)
        old.deleteLater()
        self.by_name[name] = action

    def yield_keys_to(self, panel: QWidget | None, names: tuple[str, ...]) -> None:
        """While focus is inside `panel`, its own shortcuts (Del = cancel a transfer) win."""
        if panel is not None:
            self._focus_watcher = _FocusWatcher(panel, [self.by_name[n] for n in names])

    def build_menus(self, panel_action: QAction | None) -> None:
        bar = self._window.menuBar()
        for key, title, names in MENUS:
            menu = bar.addMenu(title)
            menu.setObjectName(f"menu_{key}")
            self._fill(menu, names, panel_action)
            self.menus[key] = menu

    def build_toolbar(self) -> QToolBar:
        bar = QToolBar("Main toolbar", self._window)
        bar.setObjectName("mainToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        bar.setIconSize(QSize(22, 22))
        bar.setMovable(False)
        for name in TOOLBAR:
            if name == "-":
                bar.addSeparator()
            else:
                bar.addAction(self.by_name[name])
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        return bar

    def context_menu(self, names: tuple[str, ...], parent: QWidget) -> QMenu:
        """A menu of the enabled actions among `names` (disabled ones are left out)."""
        menu = QMenu(parent)
        menu.setObjectName("contextMenu")
        self._fill(menu, tuple(n for n in names if n == "-" or self.by_name[n].isEnabled()),
                   None)
        return menu

    def _fill(self, menu: QMenu, names: tuple[str, ...], panel_action: QAction | None) -> None:
        for name in names:
            if name == "-":
                menu.addSeparator()
            elif name == "@panel":
                if panel_action is not None:
                    menu.addAction(panel_action)
            else:
                menu.addAction(self.by_name[name])

    def set_enabled(self, **states: bool) -> None:
        for name, on in states.items():
            self.by_name[name].setEnabled(on)


class _FocusWatcher(QObject):
    """A receiver owned by the panel, so the focus connection dies with the window."""

    def __init__(self, panel: QWidget, actions: list[QAction]) -> None:
        super().__init__(panel)
        self._panel, self._actions = panel, actions
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        inside = new is not None and (new is self._panel or self._panel.isAncestorOf(new))
        # Inside the panel the window's Del/Ctrl+A would clash with the panel's own keys.
        context = (Qt.ShortcutContext.WidgetShortcut if inside
                   else Qt.ShortcutContext.WindowShortcut)
        for action in self._actions:
            action.setShortcutContext(context)
