"""The window's actions: names, standard shortcuts, icons, menus, toolbar and context menus.

Every command exists once as a QAction (objectName `act_<name>`, unless its Spec names it), so
the menu, the toolbar, the context menus and the shortcut are the same thing and are enabled
together.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStyle, QToolBar, QWidget

from spacesgui.ui.resources import action_icon
from spacesgui.ui.translations import N_

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
    Spec("add_account", N_("Actions", "Add Spaces &Account\u2026"), (), "list-add-user",
         SP.SP_DirLinkIcon, N_("Actions", "Connect to DigitalOcean Spaces or another S3 server")),
    Spec("upload_files", N_("Actions", "&Upload Files\u2026"), ("Ctrl+U",), "document-send",
         SP.SP_ArrowUp,
         N_("Actions", "Upload files into this folder (or drop them on the window)")),
    Spec("upload_folder", N_("Actions", "Upload F&older\u2026"), ("Ctrl+Shift+U",), "folder-upload",
         SP.SP_DirIcon, N_("Actions", "Upload a whole folder into this folder")),
    Spec("download", N_("Actions", "&Download\u2026"), ("Ctrl+D",), "document-save",
         SP.SP_ArrowDown, N_("Actions", "Download the selection to a folder on this computer")),
    Spec("new_folder", N_("Actions", "&New Folder\u2026"), ("Ctrl+Shift+N",), "folder-new",
         SP.SP_FileDialogNewFolder, N_("Actions", "Create a folder here")),
    Spec("open", N_("Actions", "&Open"), (Key.Open,), "document-open", SP.SP_DialogOpenButton,
         N_("Actions", "Open the folder, or preview the file")),
    Spec("share_link", N_("Actions", "&Share Link\u2026"), ("Ctrl+Shift+C",), "emblem-shared",
         SP.SP_DriveNetIcon,
         N_("Actions", "Make a link to the file that works for a limited time")),
    Spec("copy_links", N_("Actions", "Copy &Links\u2026"), (), "edit-copy", None,
         N_("Actions",
            "Copy public, CDN or temporary links for the whole selection, as lines or CSV")),
    Spec("upload_link", N_("Actions", "Upload Lin&k or Page\u2026"), (), "document-send", None,
         N_("Actions", "A link or a web page that lets someone without an account upload into "
                       "this folder")),
    Spec("properties", N_("Actions", "P&roperties\u2026"), ("Ctrl+I",), "document-properties",
         SP.SP_FileDialogInfoView, N_("Actions", "Size, ETag, metadata, tags and permissions")),
    Spec("open_sandbox", N_("Actions", "Open Local &Sandbox"), (), "applications-science",
         SP.SP_DriveHDIcon,
         N_("Actions", "Sample buckets on a server inside the app: try things without an account")),
    Spec("quit", N_("Actions", "&Quit"), (Key.Quit,), "application-exit", SP.SP_DialogCloseButton),
    # Edit
    Spec("cut", N_("Actions", "Cu&t"), (Key.Cut,), "edit-cut", None,
         N_("Actions", "Move the selection: cut, then paste")),
    Spec("copy", N_("Actions", "&Copy"), (Key.Copy,), "edit-copy", None,
         N_("Actions", "Copy the selection (server-side)")),
    Spec("paste", N_("Actions", "&Paste"), (Key.Paste,), "edit-paste", None,
         N_("Actions", "Paste into this folder")),
    Spec("rename", N_("Actions", "Re&name\u2026"), ("F2",), "edit-rename", None,
         N_("Actions", "Rename the file or folder")),
    Spec("delete", N_("Actions", "&Delete\u2026"), (Key.Delete,), "edit-delete", SP.SP_TrashIcon,
         N_("Actions", "Delete the selection (asks first)")),
    Spec("select_all", N_("Actions", "Select &All"), (Key.SelectAll,), "edit-select-all"),
    Spec("find", N_("Actions", "&Filter This Folder"), (Key.Find,), "edit-find", None,
         N_("Actions", "Show only names containing the text")),
    Spec("search", N_("Actions", "&Search Below This Folder\u2026"), ("Ctrl+Shift+F",),
         "system-search", None,
         N_("Actions", "List every key under this folder that starts with the text")),
    # Ctrl+, where the platform has no standard key for it (only macOS has one).
    Spec("preferences", N_("Actions", "Pre&ferences\u2026"), (Key.Preferences, "Ctrl+,"),
         "preferences-system", None,
         N_("Actions", "Transfers, bandwidth limits, downloads, deleting and the theme")),
    # View
    Spec("refresh", N_("Actions", "&Refresh"), (Key.Refresh,), "view-refresh", SP.SP_BrowserReload,
         N_("Actions", "Load this folder again")),
    Spec("show_versions", N_("Actions", "Show &Versions"), (), "document-open-recent", None,
         N_("Actions", "Show every version and delete marker of the files in this folder"),
         checkable=True, object_name="actionShowVersions"),
    # Go
    Spec("back", N_("Actions", "&Back"), (Key.Back,), "go-previous", SP.SP_ArrowBack),
    Spec("forward", N_("Actions", "&Forward"), (Key.Forward,), "go-next", SP.SP_ArrowForward),
    Spec("up", N_("Actions", "&Up"), ("Alt+Up", "Backspace"), "go-up", SP.SP_FileDialogToParent,
         N_("Actions", "Go to the enclosing folder")),
    Spec("go_to", N_("Actions", "&Go to Location\u2026"), ("Ctrl+L",), "go-jump", None,
         N_("Actions", "Type or paste a path, s3:// address or Spaces link")),
    # Bucket
    Spec("new_bucket", N_("Actions", "&New Bucket\u2026"), ("Ctrl+Shift+B",), "folder-new",
         SP.SP_FileDialogNewFolder, N_("Actions", "Create a bucket in this account")),
    Spec("delete_bucket", N_("Actions", "&Delete Bucket\u2026"), (), "edit-delete", SP.SP_TrashIcon,
         N_("Actions", "Delete an empty bucket")),
    Spec("bucket_settings", N_("Actions", "Bucket &Settings\u2026"), (), "document-properties",
         SP.SP_FileDialogDetailedView,
         N_("Actions",
            "Overview, permissions, CORS, lifecycle, policy, versioning, website and logging"),
         object_name="actionBucketSettings"),
    Spec("incomplete_uploads", N_("Actions", "&Incomplete Uploads\u2026"), (),
         "document-open-recent", None,
         N_("Actions", "List, resume or abort the bucket's unfinished multipart uploads"),
         object_name="actionIncompleteUploads"),
    # Transfers
    Spec("retry_failed", N_("Actions", "&Retry Failed"), (), "view-refresh", SP.SP_BrowserReload),
    Spec("clear_finished", N_("Actions", "&Clear Finished"), (), "edit-clear",
         SP.SP_DialogResetButton),
    # Help
    Spec("about", N_("Actions", "&About spacesgui"), (), "help-about", SP.SP_MessageBoxInformation),
)

MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("file", N_("Actions", "&File"),
     ("add_account", "open_sandbox", "-", "upload_files", "upload_folder", "download", "-",
      "new_folder", "open", "share_link", "copy_links", "upload_link", "properties", "-",
      "quit")),
    ("edit", N_("Actions", "&Edit"),
     ("cut", "copy", "paste", "-", "rename", "delete", "-", "select_all", "find", "search", "-",
      "preferences")),
    ("view", N_("Actions", "&View"), ("refresh", "show_versions", "-", "@panel")),
    ("go", N_("Actions", "&Go"), ("back", "forward", "up", "-", "go_to")),
    ("bucket", N_("Actions", "&Bucket"),
     ("new_bucket", "delete_bucket", "-", "bucket_settings", "incomplete_uploads")),
    ("transfers", N_("Actions", "&Transfers"),
     ("@panel", "-", "retry_failed", "clear_finished")),
    ("help", N_("Actions", "&Help"), ("about",)),
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


def _tr(text: str) -> str:
    """The translation of a text of this module's tables (all in the "Actions" context)."""
    return QCoreApplication.translate("Actions", text)


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
            action = QAction(_icon(window, spec), _tr(spec.text), window)
            action.setObjectName(spec.object_name or f"act_{spec.name}")
            keys: list[QKeySequence] = []
            for key in (QKeySequence(k) for k in spec.keys):
                if not key.isEmpty() and key not in keys:  # a standard key the platform lacks
                    keys.append(key)
            if keys:
                action.setShortcuts(keys)
            if spec.tip:
                shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
                tip = _tr(spec.tip)
                action.setStatusTip(tip)
                action.setToolTip(f"{tip} ({shown})" if shown else tip)
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
            menu = bar.addMenu(_tr(title))
            menu.setObjectName(f"menu_{key}")
            self._fill(menu, names, panel_action)
            self.menus[key] = menu

    def build_toolbar(self) -> QToolBar:
        bar = QToolBar(QCoreApplication.translate("Actions", "Main toolbar"),
                       self._window)
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
