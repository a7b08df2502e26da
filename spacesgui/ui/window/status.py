"""The status bar's two permanent labels: what the folder holds (and whether it is still
loading), and what is selected."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QStatusBar

from spacesgui.ui.formatting import human_size
from spacesgui.ui.models.entries import Entry
from spacesgui.ui.models.object_filter import ObjectFilterProxy
from spacesgui.ui.models.object_table import ObjectTableModel
from spacesgui.ui.translations import N_


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusLine", text)


# (one, many) per thing counted: lupdate marks plurals only in a QObject's self.tr().
_COUNTS = {
    "bucket": (N_("StatusLine", "1 bucket"), N_("StatusLine", "{n:,} buckets")),
    "folder": (N_("StatusLine", "1 folder"), N_("StatusLine", "{n:,} folders")),
    "file": (N_("StatusLine", "1 file"), N_("StatusLine", "{n:,} files")),
    "item": (N_("StatusLine", "1 item"), N_("StatusLine", "{n:,} items")),
}


def plural(n: int, word: str) -> str:
    """"1 file", "1,024 files": `word` is one of _COUNTS."""
    one, many = _COUNTS[word]
    return _tr(one if n == 1 else many).format(n=n)


class StatusLine:
    """Fills the labels; the window calls `update_listing` and `update_selection` on change.

    Args:
        sandbox_starting: whether the local sandbox is starting (shown before any listing).
        selected: the selected entries, in table order.
    """

    def __init__(self, bar: QStatusBar, model: ObjectTableModel, proxy: ObjectFilterProxy,
                 filter_box: QLineEdit, *, sandbox_starting: Callable[[], bool],
                 selected: Callable[[], list[Entry]]) -> None:
        self._model, self._proxy, self._filter_box = model, proxy, filter_box
        self._sandbox_starting, self._selected = sandbox_starting, selected
        self.listing = QLabel()
        self.listing.setObjectName("listingStatus")
        self.selection = QLabel()
        self.selection.setObjectName("selectionStatus")
        bar.setObjectName("statusBar")
        bar.addPermanentWidget(self.selection)
        bar.addPermanentWidget(self.listing)

    def update_listing(self, *_args: object) -> None:
        model = self._model
        loc = model.location
        if loc is None:
            text = _tr(N_("StatusLine", "Starting\u2026")) if self._sandbox_starting() else ""
        else:
            total = model.rowCount()
            folders = model.folder_count
            what = (plural(total, "bucket") if loc.bucket is None else
                    f"{plural(folders, 'folder')}, {plural(total - folders, 'file')}")
            shown = self._proxy.rowCount()
            if self._filter_box.text():
                what = _tr(N_("StatusLine", "{shown:,} of {what} match")).format(
                    shown=shown, what=what)
            if model.is_loading:
                text = (_tr(N_("StatusLine", "Loading\u2026 {what}")).format(what=what) if total
                        else _tr(N_("StatusLine", "Loading\u2026")))
            elif model.canFetchMore():
                text = _tr(N_("StatusLine", "{what} so far \u2014 scroll for more")).format(
                    what=what)
            else:
                text = what
            if model.search_text:
                text = _tr(N_("StatusLine", "Search \u201c{search}\u201d: {text}")).format(
                    search=model.search_text, text=text)
        self.listing.setText(text)

    def update_selection(self, *_args: object) -> None:
        entries = self._selected()
        if not entries:
            self.selection.setText("")
            return
        files = [e for e in entries if not e.is_folder]
        size = sum(e.size or 0 for e in files)
        text = _tr(N_("StatusLine", "{items} selected")).format(
            items=plural(len(entries), "item"))
        if files:
            text += f" ({human_size(size)})"
        self.selection.setText(text)
