"""The window's dialog-opening commands and context menus (split from main_window for size)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from spacesgui.ui.actions import BUCKET_LIST_MENU, TABLE_EMPTY_MENU, TABLE_MENU, TREE_MENU
from spacesgui.ui.models.entries import Location
from spacesgui.ui.window_ops import ask_text

if TYPE_CHECKING:
    from spacesgui.ui.main_window import MainWindow


def share_link(w: MainWindow) -> None:
    loc, entries = w.location, w.selected_entries()
    if loc is None or loc.bucket is None or len(entries) != 1 or entries[0].is_folder:
        return
    from spacesgui.ui.dialogs.share_link import ShareLinkDialog

    dialog = ShareLinkDialog(w.context.registry.get(loc.account_id),
                             w.context.account(loc.account_id), loc.bucket,
                             entries[0].key, w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def properties(w: MainWindow) -> None:
    loc = w.location
    keys = [e.key for e in w.selected_entries() if not e.is_folder]
    if loc is None or loc.bucket is None or not keys:
        return
    from spacesgui.ui.dialogs.properties import PropertiesDialog

    dialog = PropertiesDialog(w.context.runner, w.context.registry.get(loc.account_id),
                              loc.bucket, keys, w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def to_clipboard(w: MainWindow, *, cut: bool) -> None:
    if w.location is not None:
        w.clipboard.put(w.location, [e.key for e in w.selected_entries()], cut=cut)
        what = "Cut" if cut else "Copied"
        w.show_status(f"{what} {len(w.selected_entries())} item(s); paste in the "
                      "destination folder.")


def search(w: MainWindow) -> None:
    if w.location is None or w.location.bucket is None:
        return
    ask_text(w, "Search", "Keys below this folder starting with:",
             w.table_model.search_text, w.table_model.search_recursive)


def open_sandbox(w: MainWindow) -> None:
    if w.context.account("sandbox") is not None:
        w.navigate(Location("sandbox", None))
    else:
        w.context.start_sandbox()
        w.show_status("Starting the local sandbox\u2026")


def about(w: MainWindow) -> None:
    from spacesgui import __version__

    QMessageBox.about(w, "About spacesgui",
                      f"spacesgui {__version__}\nA file manager for DigitalOcean Spaces "
                      "and S3-compatible storage.")


def tree_menu(w: MainWindow, pos: Any) -> None:
    index = w.tree.indexAt(pos)
    if index.isValid() and index != w.tree.currentIndex():
        w.tree.setCurrentIndex(index)
    menu = w.actions.context_menu(TREE_MENU, w)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(w.tree.viewport().mapToGlobal(pos))


def table_menu(w: MainWindow, pos: Any) -> None:
    index = w.table.indexAt(pos)
    if not index.isValid():
        w.table.clearSelection()
    elif not w.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
        w.table.selectRow(index.row())
    at_top = w.location is not None and w.location.bucket is None
    names = BUCKET_LIST_MENU if at_top else (TABLE_MENU if index.isValid()
                                             else TABLE_EMPTY_MENU)
    menu = w.actions.context_menu(names, w)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(w.table.viewport().mapToGlobal(pos))
    w.context_menu = menu  # the screenshot script and tests look at it
