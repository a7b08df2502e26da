"""The versions view: Show Versions swaps the folder's listing for every version and delete
marker of its files, and the commands on one version (download, restore, delete it for good,
undelete).

Whether a bucket keeps versions is read in the background the first time a bucket is shown and
kept per bucket (Refresh reads it again); until it is known, and in a bucket that never had
versioning, Show Versions is disabled with the reason in its tip.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from spacesgui.clients import AccountNotReady, ClientProvider
from spacesgui.errors import UserFacingError
from spacesgui.s3.errors import ServiceError
from spacesgui.s3.models.config import VersioningState
from spacesgui.s3.transfer.copying import copy_object_smart
from spacesgui.ui import boxes
from spacesgui.ui.errors import ErrorPresenter, describe
from spacesgui.ui.formatting import full_time, human_size
from spacesgui.ui.key_choice import KeySource, ask_for_key, explained
from spacesgui.ui.models.entries import Location
from spacesgui.ui.models.versions import Column, VersionRow, VersionsModel
from spacesgui.ui.translations import N_
from spacesgui.workers.tasks import TaskRunner, TaskToken
from spacesgui.workers.transfers import TransferQueue

BucketId = tuple[str, str]  # (account id, bucket)

# Marked here, translated where shown (context "versions").
TIP_AVAILABLE = N_("versions", "Show every version and delete marker of the files in this folder")
TIP_NO_BUCKET = N_("versions", "Open a bucket to see the versions of its files")
TIP_READING = N_("versions", "Reading whether this bucket keeps versions\u2026")
TIP_NEVER = N_("versions", "This bucket keeps no versions: versioning was never turned on "
               "(Bucket Settings \u2192 Versioning)")


class VersionsTable(QTableView):
    """The table the versions are shown in, in place of the object table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.hide()


CANNOT_RESTORE = N_(
    "versions",
    "This server cannot copy this version, so it cannot be restored here. Ceph, which Spaces "
    "runs on, answers \u201cNot Implemented\u201d for a version encrypted with a customer key. "
    "Download the version instead (Download This Version\u2026, with its key) and upload it "
    "again.")


class CannotRestoreHere(UserFacingError):
    """The server refused to copy a version (Ceph: 501 for a customer-key source, measured)."""


def _version_text(row: VersionRow) -> str:
    when = full_time(row.modified) or QCoreApplication.translate("versions", "an unknown time")
    size = f", {human_size(row.size)}" if row.size is not None else ""
    return QCoreApplication.translate("versions", "the version of {when}{size} (version ID "
                                      "{version_id})").format(when=when, size=size,
                                              version_id=row.version_id)


class VersionsView(QObject):
    """Show Versions and the commands on one version.

    Signals:
        summary_changed(str): what the versions view lists, for the status bar; "" once the
            folder's own listing is back.
        navigate_requested(object): show this Location (a subfolder opened in the view).

    Args:
        action: the checkable Show Versions action.
        table: the view the versions are shown in.
        listing: the object table the versions view replaces while shown.
        runner: runs the versioning reads, the listing pages and the commands.
        clients: the account's client (may raise AccountNotReady).
        queue: downloads a version with progress in the panel.
        errors: shows failures of what the user asked for.
        changed: lists the folder again after a command changed it.
        keys: the account's customer keys, for a preview refused for want of one.
        page_size: keys per ListObjectVersions page.
    """

    summary_changed = Signal(str)
    navigate_requested = Signal(object)

    def __init__(self, *, action: QAction, table: QTableView, listing: QAbstractItemView,
                 runner: TaskRunner, clients: ClientProvider, queue: TransferQueue,
                 errors: ErrorPresenter, changed: Callable[[], None],
                 keys: Callable[[str], KeySource | None] = lambda _account_id: None,
                 page_size: int | None = None, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent, self._action, self._table, self._listing = parent, action, table, listing
        self._runner, self._clients, self._queue = runner, clients, queue
        self._errors, self._changed, self._keys = errors, changed, keys
        self._states: dict[BucketId, VersioningState | BaseException | None] = {}
        self._location: Location | None = None
        extra = {} if page_size is None else {"page_size": page_size}
        self.model = VersionsModel(runner, clients, parent=self, **extra)
        self.model.load_failed.connect(self._on_load_failed)
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(int(Column.NAME), QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.VERSION, 230), (Column.MODIFIED, 140), (Column.SIZE, 80),
                              (Column.LATEST, 60), (Column.KIND, 110)):
            header.resizeSection(int(column), width)
        self.actions = {name: self._make_action(name, text) for name, text in (
            ("open", self.tr("&Open This Version")), ("download", self.tr(
                    "&Download This Version\u2026")),
            ("restore", self.tr("&Restore This Version\u2026")),
            ("delete", self.tr("Delete This &Version\u2026")), ("undelete", self.tr("&Undelete")))}
        self.actions["open"].triggered.connect(self.open_selected)
        self.actions["download"].triggered.connect(self.download_dialog)
        table.activated.connect(self.open_selected)
        self.actions["restore"].triggered.connect(self.restore)
        self.actions["delete"].triggered.connect(self.delete_version)
        self.actions["undelete"].triggered.connect(self.undelete)
        action.toggled.connect(self._on_toggled)
        table.customContextMenuRequested.connect(self._on_menu)
        table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.loading_changed.connect(self._summarize)
        self.model.rowsInserted.connect(self._summarize)
        self._update_action()
        self._update_actions()

    def _make_action(self, name: str, text: str) -> QAction:
        action = QAction(text, self._table)
        action.setObjectName(f"actionVersion{name.capitalize()}")
        self._table.addAction(action)
        return action

    # -- whether a bucket keeps versions ---------------------------------------------------
    def state(self, account_id: str, bucket: str) -> VersioningState | BaseException | None:
        """The bucket's versioning as last read; None while unknown."""
        return self._states.get((account_id, bucket))

    def is_versioned(self, account_id: str, bucket: str) -> bool:
        """True when deleting in the bucket leaves a delete marker (as far as is known)."""
        return self.state(account_id, bucket) in (VersioningState.ENABLED,
                                                  VersioningState.SUSPENDED)

    def show_location(self, location: Location | None) -> None:
        """The window shows `location`: follow it, reading its bucket's versioning once."""
        self._location = location
        if location is not None and location.bucket is not None:
            where = (location.account_id, location.bucket)
            if where not in self._states:
                self._read_state(where)
        self._update_action()
        if self._action.isChecked():
            if self._available():
                self.model.set_location(location)
            else:
                self._action.setChecked(False)

    def _read_state(self, where: BucketId) -> None:
        self._states.setdefault(where, None)  # an earlier answer stands until the new one
        clients = self._clients

        def read(token: TaskToken) -> VersioningState:
            return clients(where[0]).get_bucket_versioning(bucket=where[1], cancel=token)

        def done(_task_id: int, result: VersioningState | BaseException) -> None:
            self._states[where] = result
            self._update_action()

        def failed(task_id: int, exc: BaseException) -> None:
            done(task_id, exc)

        self._runner.submit(read, done, failed)

    def _available(self) -> bool:
        loc = self._location
        return loc is not None and loc.bucket is not None and self.is_versioned(
            loc.account_id, loc.bucket)

    def _update_action(self) -> None:
        loc = self._location
        if loc is None or loc.bucket is None:
            tip = QCoreApplication.translate("versions", TIP_NO_BUCKET)
        else:
            state = self.state(loc.account_id, loc.bucket)
            if state is None:
                tip = QCoreApplication.translate("versions", TIP_READING)
            elif isinstance(state, BaseException):
                tip = self.tr("Could not read whether this bucket keeps versions: {error}").format(
                    error=describe(state))
            elif state is VersioningState.NEVER_ENABLED:
                tip = QCoreApplication.translate("versions", TIP_NEVER)
            else:
                tip = QCoreApplication.translate("versions", TIP_AVAILABLE)
        self._action.setEnabled(self._available())
        self._action.setToolTip(tip)
        self._action.setStatusTip(tip)

    # -- showing ---------------------------------------------------------------------------
    def _on_toggled(self, checked: bool) -> None:
        showing = checked and self._available()
        if showing:
            # The window's own commands (Delete, Download) act on the listing's selection,
            # which is out of sight while the versions are shown.
            self._listing.clearSelection()
        self._listing.setVisible(not showing)
        self._table.setVisible(showing)
        self.model.set_location(self._location if showing else None)
        if not showing:
            self.summary_changed.emit("")

    def _summarize(self, *_args: object) -> None:
        if not self._table.isVisibleTo(self._parent):
            return
        count = len(self.model.rows)
        text = self.tr("%n version(s) and delete marker(s)", "", count)
        if self.model.is_loading:
            text += self.tr(", loading\u2026")
        elif self.model.canFetchMore():
            text += self.tr(", more as you scroll")
        self.summary_changed.emit(text)

    def _on_load_failed(self, exc: BaseException) -> None:
        self._errors.transient(self.tr("Versions"), exc)

    def refresh(self) -> None:
        """List the versions again, and read again whether the bucket keeps versions (it may
        have been turned on since)."""
        loc = self._location
        if loc is not None and loc.bucket is not None:
            self._read_state((loc.account_id, loc.bucket))
        if self._action.isChecked():
            self.model.refresh()

    def selected(self) -> VersionRow | None:
        rows = self._table.selectionModel().selectedRows(0)
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_actions(self, *_args: object) -> None:
        row = self.selected()
        version = row is not None and not row.is_delete_marker and not row.is_folder
        self.actions["open"].setEnabled(version or (row is not None and row.is_folder))
        self.actions["download"].setEnabled(version)
        self.actions["restore"].setEnabled(version and row is not None and not row.is_latest)
        self.actions["delete"].setEnabled(version)
        self.actions["undelete"].setEnabled(row is not None and row.is_delete_marker)

    def _on_menu(self, pos: QPoint) -> None:
        index = self._table.indexAt(pos)
        if index.isValid():
            self._table.selectRow(index.row())
        menu = QMenu(self._table)
        menu.setObjectName("versionsMenu")
        for action in self.actions.values():
            if action.isEnabled():
                menu.addAction(action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if menu.isEmpty():
            menu.deleteLater()
            return
        menu.popup(self._table.viewport().mapToGlobal(pos))

    # -- commands on one version -------------------------------------------------------------
    def _target(self) -> tuple[str, str, VersionRow] | None:
        """The selected version or delete marker, with its account and bucket."""
        loc, row = self.model.location, self.selected()
        if loc is None or loc.bucket is None or row is None or row.is_folder:
            return None
        return loc.account_id, loc.bucket, row

    def _run(self, action: str, fn: Callable[[TaskToken], object], *,
             keys: KeySource | None = None,
             again: Callable[[str], None] | None = None) -> None:
        """Run `fn`; when it is refused for want of a customer key and `again` is given, ask
        which of `keys` to use and call `again` with its name."""
        errors = self._errors

        def ok(_task_id: int, _result: object) -> None:
            self.model.refresh()
            self._changed()

        def failed(_task_id: int, exc: BaseException) -> None:
            if again is None or ask_for_key(self._parent, keys, exc, again) is None:
                errors.blocking(action, explained(exc, keys) if again is not None else exc)
            self.model.refresh()

        self._runner.submit(fn, ok, failed)

    def open_selected(self, *_args: object) -> None:
        """Preview the selected version (text and images in the app, else the system's app);
        go down into a folder."""
        loc, row = self.model.location, self.selected()
        if loc is not None and loc.bucket is not None and row is not None and row.is_folder:
            self.navigate_requested.emit(Location(loc.account_id, loc.bucket, row.key))
            return
        target = self._target()
        if target is None or target[2].is_delete_marker:
            return
        account_id, bucket, row = target
        from spacesgui.ui.preview import open_preview  # late: start-up speed

        try:
            client = self._clients(account_id)
        except AccountNotReady as exc:
            self._errors.blocking(self.tr("Open"), exc)
            return
        open_preview(self._runner, client, bucket, row.key, row.size, self._parent,
                     version_id=row.version_id, keys=self._keys(account_id))

    def download_dialog(self) -> None:
        target = self._target()
        if target is None or target[2].is_delete_marker:
            return
        dialog = QFileDialog(self._parent, self.tr("Download Version"))
        dialog.setObjectName("downloadVersionDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(target[2].name.rstrip("/").rsplit("/", 1)[-1])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.download_to(path, *target))
        dialog.open()

    def download_to(self, path: str, account_id: str, bucket: str, row: VersionRow) -> int:
        """Queue the download of the version `row` to `path`; the job id. A version that needs
        a customer key fails first, and the window's commands ask for the key (as for any
        download)."""
        return self._queue.enqueue_download(account_id, bucket, row.key, path, size=row.size,
                                            version_id=row.version_id)

    def restore(self) -> None:
        """Copy the selected version over the current one (after asking)."""
        target = self._target()
        if target is None or target[2].is_delete_marker:
            return
        account_id, bucket, row = target
        clients, keys = self._clients, self._keys(account_id)

        def restore_with(name: str) -> None:
            # A version encrypted with a customer key is read with it and stays encrypted
            # with it: the key is sent for both sides of the copy.
            def work(_token: TaskToken) -> None:
                key = keys.read(name) if keys is not None and name else None
                try:
                    copy_object_smart(clients(account_id), src_bucket=bucket, src_key=row.key,
                                      dst_bucket=bucket, dst_key=row.key, size=row.size,
                                      version_id=row.version_id, sse_c_source=key, sse_c=key)
                except ServiceError as exc:
                    if exc.status != HTTPStatus.NOT_IMPLEMENTED:
                        raise
                    raise CannotRestoreHere(
                        QCoreApplication.translate("versions", CANNOT_RESTORE)) from exc

            self._run(self.tr("Restore version"), work, keys=keys, again=restore_with)

        boxes.confirm(
            self._parent, self.tr("Restore Version"), self.tr(
                    "Restore \u201c{name}\u201d to this version?").format(name=row.name),
            self.tr("A copy of {version} becomes the current file. The present version is kept "
                    "as an older version, so this can be undone the same way.").format(
                        version=_version_text(row)),
            ok_text=self.tr("Restore"), on_yes=lambda: restore_with(""))

    def delete_version(self) -> None:
        """Delete the selected version for good (after asking)."""
        target = self._target()
        if target is None or target[2].is_delete_marker:
            return
        account_id, bucket, row = target
        clients = self._clients

        def work(token: TaskToken) -> None:
            clients(account_id).delete_object(bucket=bucket, key=row.key,
                                              version_id=row.version_id, cancel=token)

        after = (self.tr(" The next older version becomes the current "
                         "file.") if row.is_latest else "")
        boxes.confirm(
            self._parent, self.tr("Delete Version"),
            self.tr("Delete this version of \u201c{name}\u201d permanently?").format(name=row.name),
            self.tr("{version} is removed for good: unlike deleting a file, this leaves no delete "
                    "marker and cannot be undone.{after}").format(
                        version=_version_text(row).capitalize(), after=after),
            ok_text=self.tr("Delete Version"), on_yes=lambda: self._run(self.tr("Delete version"),
                    work))

    def undelete(self) -> None:
        """Remove the selected delete marker, so the version under it is current again."""
        target = self._target()
        if target is None or not target[2].is_delete_marker:
            return
        account_id, bucket, row = target
        clients = self._clients

        def work(token: TaskToken) -> None:
            clients(account_id).delete_object(bucket=bucket, key=row.key,
                                              version_id=row.version_id, cancel=token)

        self._run(self.tr("Undelete"), work)

    def index_of(self, key: str, version_id: str) -> QModelIndex:
        """The row of one version (tests, selection after a refresh)."""
        for number, row in enumerate(self.model.rows, self.model.folder_count):
            if (row.key, row.version_id) == (key, version_id):
                return self.model.index(number, 0)
        return QModelIndex()
