"""What the window's commands do: each one asks (non-modally), then hands the work to the queue
(transfers, copies, moves, deletes: with progress in the panel) or to the runner (one request),
or opens the dialog that does it. Also which commands make sense now (`states`).

The commands read where the user is through a `Place` and report back by signals; they never
hold the window. Boxes come from spacesgui.ui.boxes, the seam tests replace. The dialogs are
imported when first opened: together they take longer to import than the window takes to
paint.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from spacesgui import __version__
from spacesgui.clients import AccountNotReady, ClientProvider
from spacesgui.config import Account
from spacesgui.preferences import Preferences
from spacesgui.s3 import names as s3names
from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import Cancelled
from spacesgui.s3.options import ObjectAttributes
from spacesgui.s3.spaces import SPACES_REGIONS
from spacesgui.s3.transfer.bulk_properties import BulkCancelled, BulkReport, BulkStopped
from spacesgui.s3.transfer.journal import JournalEntry
from spacesgui.s3.transfer.properties import Edits
from spacesgui.sandbox import SANDBOX_ACCOUNT_ID
from spacesgui.sse_keys import named_by_md5
from spacesgui.states import DOWNLOAD_KINDS, JobKind
from spacesgui.ui import boxes
from spacesgui.ui.errors import ErrorPresenter
from spacesgui.ui.key_choice import (
    KeySource,
    NoCustomerKeys,
    ask_for_key,
    ask_upload_key,
    explained,
    refused_read,
)
from spacesgui.ui.models.drops import DropRequest
from spacesgui.ui.models.entries import Entry, Location
from spacesgui.ui.translations import N_, shown
from spacesgui.ui.window.clipboard import EntryClipboard
from spacesgui.ui.window.conflict_check import ConflictCheck
from spacesgui.ui.window.context import Place
from spacesgui.ui.window.open_windows import OpenWindows
from spacesgui.workers.tasks import TaskRunner, TaskToken
from spacesgui.workers.transfer_jobs import JobSpec
from spacesgui.workers.transfers import TransferQueue

log = logging.getLogger(__name__)

MAX_LISTED = 12  # names shown in a delete confirmation before "and N more"
REFRESH_DELAY_MS = 300  # a burst of finished jobs refreshes the folder once


def _tr(text: str) -> str:
    """The translation of a text of this module's functions (context "WindowCommands")."""
    return QCoreApplication.translate("WindowCommands", text)


# (one, many): lupdate marks plurals only in a QObject's self.tr().
_FILES = (N_("WindowCommands", "1 file"), N_("WindowCommands", "{n} files"))
_FOLDERS = (N_("WindowCommands", "1 folder"), N_("WindowCommands", "{n} folders"))


def _count(n: int, forms: tuple[str, str]) -> str:
    return _tr(forms[0] if n == 1 else forms[1]).format(n=n)


def describe_selection(entries: list[Entry], *, versioned: bool = False) -> tuple[str, str]:
    """The question and the list for a delete confirmation (in a bucket that keeps versions,
    deleting leaves delete markers, which can be removed again)."""
    folders = sum(1 for e in entries if e.is_folder)
    files = len(entries) - folders
    if len(entries) == 1:
        question = _tr("Delete \u201c{name}\u201d?").format(name=entries[0].name)
    elif files and folders:
        question = _tr("Delete {files} and {folders}?").format(
            files=_count(files, _FILES), folders=_count(folders, _FOLDERS))
    else:
        question = _tr("Delete {items}?").format(
            items=_count(files, _FILES) if files else _count(folders, _FOLDERS))
    listed = [f"\u2022 {e.name}{'/' if e.is_folder else ''}" for e in entries[:MAX_LISTED]]
    if len(entries) > MAX_LISTED:
        listed.append(_tr("\u2026 and {count} more").format(count=len(entries) - MAX_LISTED))
    detail = "\n".join(listed)
    if folders:
        detail += "\n\n" + _tr("Folders are deleted with everything inside them.")
    if versioned:
        return question, detail + "\n" + _tr(
            "This bucket keeps versions: deleting leaves a delete marker and keeps the "
            "earlier versions. It can be undone from View \u2192 Show Versions.")
    return question, detail + "\n" + _tr("This cannot be undone.")


def _parent_prefix(key: str) -> str:
    """'a/b/c.txt' -> 'a/b/'; 'a/b/' -> 'a/'; 'c.txt' -> ''."""
    head = key.rstrip("/").rpartition("/")[0]
    return head + "/" if head else ""


class WindowCommands(QObject):
    """The commands; the window owns the widgets, this owns what happens after a click.

    Args:
        parent: the window, as the parent of the dialogs and boxes opened here.
        place: where the user is and what is selected.
        clients: the account's client, or AccountNotReady.
        ready: whether an account has a client (for the enabled states).
        account: an account by id, None once it is gone.
        errors: shows failures of what the user asked for.
        show_status: a short message in the status bar.
        search_text: the current recursive search of the table ("" when none).
        search: list every key below the folder starting with the text.
        start_sandbox: start the local sandbox (its account appears when it is up).
        is_versioned: whether a bucket (account id, bucket) keeps versions, as far as known.
        preferences: the preferences in force (confirm before deleting, download folder).

    Signals:
        navigate_requested(object): show this Location.
        refresh_requested(): list the current folder again, keeping the place.
        listing_changed(object, object): a Location and the key to select once it is listed.
        buckets_changed(object, object): the account's Location, and the bucket name created
            (or None after a delete).
    """

    navigate_requested = Signal(object)
    refresh_requested = Signal()
    listing_changed = Signal(object, object)
    buckets_changed = Signal(object, object)

    def __init__(self, parent: QWidget, *, place: Place, queue: TransferQueue,
                 runner: TaskRunner, clients: ClientProvider, ready: Callable[[str], bool],
                 account: Callable[[str], Account | None], clipboard: EntryClipboard,
                 errors: ErrorPresenter, show_status: Callable[[str], None],
                 search_text: Callable[[], str], search: Callable[[str], None],
                 start_sandbox: Callable[[], None],
                 is_versioned: Callable[[str, str], bool] | None = None,
                 preferences: Callable[[], Preferences] = Preferences) -> None:
        super().__init__(parent)
        self._parent, self._place = parent, place
        self._queue, self._runner, self._clients, self._ready = queue, runner, clients, ready
        self._account, self._clipboard, self._errors = account, clipboard, errors
        self._show_status, self._search_text, self._search = show_status, search_text, search
        self._start_sandbox = start_sandbox
        self._is_versioned = is_versioned or (lambda _account, _bucket: False)
        self._preferences = preferences
        self._renames: dict[int, tuple[Location, str]] = {}   # job id -> where, new key
        # One settings window per bucket: (account id, bucket) -> the open window.
        self._settings_windows = OpenWindows()
        self._upload_windows = OpenWindows()
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh_requested)
        queue.job_finished.connect(self._on_job_finished)
        # Uploads, downloads, drops and pastes go through one check for what they would replace.
        self.conflicts = ConflictCheck(parent, runner=runner, clients=clients, queue=queue,
                                       policy=lambda: self._preferences().conflict_default,
                                       errors=errors)
        self.conflicts.dropped.connect(self._on_transfer_dropped)

    # -- which commands make sense --------------------------------------------------------
    def states(self, *, can_go_back: bool, can_go_forward: bool,
               can_edit_accounts: bool) -> dict[str, bool]:
        """Enabled state per action name: by location, selection, clipboard, account."""
        loc = self._place.location
        entries = self._place.selected_entries()
        ready = loc is not None and self._ready(loc.account_id)
        in_bucket = ready and loc is not None and loc.bucket is not None
        at_top = ready and loc is not None and loc.bucket is None
        files = [e for e in entries if not e.is_folder]
        one = len(entries) == 1
        return {
            "add_account": can_edit_accounts,
            "upload_files": in_bucket, "upload_folder": in_bucket,
            "download": in_bucket and bool(entries),
            "new_folder": in_bucket or at_top,
            "open": one,
            "share_link": in_bucket and one and bool(files),
            "copy_links": in_bucket and bool(entries), "upload_link": in_bucket,
            "properties": (in_bucket and bool(entries)) or (
                ready and self._place.selected_bucket() is not None),
            "cut": in_bucket and bool(entries), "copy": in_bucket and bool(entries),
            "paste": in_bucket and self._clipboard.can_paste(),
            "rename": in_bucket and one,
            "delete": bool(entries) and (in_bucket or (at_top and one)),
            "select_all": loc is not None, "find": loc is not None, "search": in_bucket,
            "refresh": loc is not None,
            "back": can_go_back, "forward": can_go_forward,
            "up": loc is not None and loc.parent() is not None, "go_to": True,
            "new_bucket": ready,
            "delete_bucket": ready and self._place.selected_bucket() is not None,
            "bucket_settings": ready and self.settings_bucket() is not None,
            "incomplete_uploads": ready and self.settings_bucket() is not None,
            "retry_failed": True, "clear_finished": True,
        }

    # -- helpers ---------------------------------------------------------------------------
    def _client(self, action: str, account_id: str) -> S3Client | None:
        """The account's client for a dialog opened now; None (and a box) when not ready."""
        try:
            return self._clients(account_id)
        except AccountNotReady as exc:
            self._errors.blocking(action, exc)
            return None

    def _run(self, action: str, fn: Callable[[TaskToken], object],
             then: Callable[[], None] | None = None) -> None:
        """One request on the runner; a failure is shown as the user asked for it (blocking)."""
        errors = self._errors

        def ok(_task_id: int, _result: object) -> None:
            if then is not None:
                then()

        def failed(_task_id: int, exc: BaseException) -> None:
            errors.blocking(action, exc)

        self._runner.submit(fn, ok, failed)

    # -- opening ---------------------------------------------------------------------------
    def open_selected(self) -> None:
        """Open a folder; preview a file (text and images in the app, else the system's app)."""
        loc, entries = self._place.location, self._place.selected_entries()
        if loc is None or len(entries) != 1:
            return
        entry = entries[0]
        if entry.is_folder:
            self.navigate_requested.emit(loc.child(entry))
            return
        if loc.bucket is None:
            return
        from spacesgui.ui.preview import open_preview  # late: start-up speed

        client = self._client(self.tr("Open"), loc.account_id)
        if client is not None:
            open_preview(self._runner, client, loc.bucket, entry.key, entry.size, self._parent,
                         keys=self.key_source(loc.account_id))

    def key_source(self, account_id: str) -> KeySource | None:
        """The account's customer keys, for a read that turns out to need one."""
        account, queue = self._account(account_id), self._queue
        if account is None:
            return None
        return KeySource(account.customer_keys,
                         lambda name: queue.customer_key(account_id, name))

    def share_link(self) -> None:
        loc, entries = self._place.location, self._place.selected_entries()
        if loc is None or loc.bucket is None or len(entries) != 1 or entries[0].is_folder:
            return
        from spacesgui.ui.dialogs.share_link import ShareLinkDialog  # late: start-up speed

        client, account = self._client(self.tr("Share Link"), loc.account_id), self._account(
            loc.account_id)
        if client is None or account is None:
            return
        dialog = ShareLinkDialog(client, account, loc.bucket, entries[0].key, self._parent,
                                 runner=self._runner)  # shut down with the app, not left over
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def copy_links(self) -> None:
        """Links for every file of the selection, folders included."""
        loc, entries = self._place.location, self._place.selected_entries()
        if loc is None or loc.bucket is None or not entries:
            return
        from spacesgui.ui.dialogs.copy_links import CopyLinksDialog  # late: start-up speed

        client = self._client(self.tr("Copy Links"), loc.account_id)
        if client is None:
            return
        dialog = CopyLinksDialog(client, self._runner, loc.bucket, loc.prefix,
                                 files=[(e.key, e.size or 0) for e in entries if not e.is_folder],
                                 folders=[e.key for e in entries if e.is_folder],
                                 parent=self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def upload_link(self) -> None:
        """A link or a page that lets someone without an account upload into this folder."""
        loc = self._place.location
        if loc is None or loc.bucket is None:
            return
        from spacesgui.ui.dialogs.upload_link import UploadLinkDialog  # late: start-up speed

        client = self._client(self.tr("Upload Link"), loc.account_id)
        if client is None:
            return
        dialog = UploadLinkDialog(client, loc.bucket, loc.prefix, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def properties(self) -> None:
        """The selected file's properties; for a folder or several items, changes to every
        object below as one job; with a bucket selected instead, its settings."""
        loc = self._place.location
        entries = self._place.selected_entries()
        if loc is not None and loc.bucket is not None and (
                len(entries) > 1 or any(e.is_folder for e in entries)):
            self.bulk_properties(loc.account_id, loc.bucket, [e.key for e in entries])
            return
        keys = [e.key for e in entries if not e.is_folder]
        if loc is None or loc.bucket is None or not keys:
            bucket = self._place.selected_bucket()
            if bucket is not None:
                self.bucket_settings(bucket)
            return
        from spacesgui.ui.dialogs.properties import PropertiesDialog  # late: start-up speed

        client = self._client(self.tr("Properties"), loc.account_id)
        if client is None:
            return
        dialog = PropertiesDialog(self._runner, client, loc.bucket, keys, self._parent,
                                  key_source=self.key_source(loc.account_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def bulk_properties(self, account_id: str, bucket: str, keys: list[str]) -> None:
        """Ask what to change on every object of `keys` (folders end in "/"), then queue it."""
        from spacesgui.ui.dialogs.bulk_properties import BulkPropertiesDialog  # late: start-up

        queue, show_status = self._queue, self._show_status

        def apply(edits: Edits) -> None:
            queue.enqueue_properties(account_id, bucket, keys, edits)
            show_status(self.tr("Changing the properties of %n item(s)\u2026", "", len(keys)))

        dialog = BulkPropertiesDialog(bucket, keys, apply, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _show_bulk_report(self, title: str, result: object) -> None:
        """The summary of a finished properties job, naming every key it changed."""
        from spacesgui.ui.dialogs.bulk_properties import BulkReportDialog  # late: start-up

        if isinstance(result, BulkReport):
            report, outcome = result, self.tr("Done:")
        elif isinstance(result, BulkCancelled | BulkStopped):
            report = result.report
            if isinstance(result, BulkCancelled):
                outcome = self.tr("Cancelled:")
            else:
                outcome = (self.tr("Finished with failures:") if report.failed
                           else self.tr("Stopped early:"))
        else:
            if isinstance(result, BaseException) and not isinstance(result, Cancelled):
                self._errors.blocking(self.tr("Properties"), result)
            return
        dialog = BulkReportDialog(title, report, outcome, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def settings_bucket(self) -> str | None:
        """The bucket Bucket Settings acts on: the one selected in a list, or the one open."""
        loc = self._place.location
        if loc is None:
            return None
        return self._place.selected_bucket() if loc.bucket is None else loc.bucket

    def bucket_settings(self, bucket: str | None = None) -> None:
        """Open the settings window of `bucket` (default: `settings_bucket()`), or raise it."""
        account_id = self._place.current_account_id()
        bucket = bucket or self.settings_bucket()
        account = self._account(account_id) if account_id else None
        if account is None or bucket is None:
            return
        key = (account.id, bucket)
        if self._settings_windows.raise_open(key):
            return
        from spacesgui.ui.bucket_settings.dialog import BucketSettingsDialog  # late: start-up

        if self._client(self.tr("Bucket Settings"), account.id) is None:
            return
        from spacesgui.ui.bucket_settings.base import BucketContext
        from spacesgui.ui.bucket_settings.pages import PAGES

        clients, owner = self._clients, account.id
        context = BucketContext(account, bucket, client=lambda: clients(owner),
                                runner=self._runner)
        dialog = BucketSettingsDialog(context, PAGES, self._parent)
        self._settings_windows.keep(key, dialog, dialog.closed)
        dialog.show()

    def incomplete_uploads(self, bucket: str | None = None) -> None:
        """Open the incomplete uploads window of `bucket` (default: `settings_bucket()`), or
        raise it."""
        account_id = self._place.current_account_id()
        bucket = bucket or self.settings_bucket()
        account = self._account(account_id) if account_id else None
        if account is None or bucket is None:
            return
        key = (account.id, bucket)
        if self._upload_windows.raise_open(key):
            return
        from spacesgui.ui.dialogs.incomplete_uploads import IncompleteUploadsWindow  # late

        client = self._client(self.tr("Incomplete Uploads"), account.id)
        if client is None:
            return
        clients, owner, queue = self._clients, account.id, self._queue

        def resume(entry: JournalEntry) -> None:
            sse_key = self._resume_key(owner, entry)
            if sse_key is not None:
                queue.enqueue_upload(owner, entry.bucket, entry.key, entry.file.path,
                                     sse_key=sse_key, upload=account.upload_defaults())

        window = IncompleteUploadsWindow(self._runner, lambda: clients(owner), bucket,
                                         queue=queue, account_id=owner,
                                         endpoint=client.endpoint,
                                         journal=queue.journal_entries, resume=resume,
                                         parent=self._parent)
        window.settings_requested.connect(lambda: self.bucket_settings(bucket))
        self._upload_windows.keep(key, window, window.closed)
        window.show()

    def _resume_key(self, account_id: str, entry: JournalEntry) -> str | None:
        """The key name to resume `entry` with ("" for none), or None when its customer key is
        not among the account's: resumed without it, the file would be uploaded unencrypted."""
        if not entry.sse_c_key_md5:
            return ""
        account = self._account(account_id)
        name = named_by_md5(account.customer_keys, entry.sse_c_key_md5) if account else None
        if name is None:
            self._errors.blocking(self.tr("Resume Upload"), NoCustomerKeys(self.tr(
                "This upload was encrypted with a customer key that is not among the account's "
                "keys (key MD5 {md5}). Add that key in the account's Customer Keys tab, then "
                "resume it.").format(md5=entry.sse_c_key_md5)))
        return name

    def search(self) -> None:
        loc = self._place.location
        if loc is None or loc.bucket is None:
            return
        boxes.ask_text(self._parent, self.tr("Search"),
                       self.tr("Keys below this folder starting with:"),
                       self._search_text(), self._search)

    def open_sandbox(self) -> None:
        if self._account(SANDBOX_ACCOUNT_ID) is not None:
            self.navigate_requested.emit(Location(SANDBOX_ACCOUNT_ID, None))
        else:
            self._start_sandbox()
            self._show_status(self.tr("Starting the local sandbox\u2026"))

    def about(self) -> None:
        boxes.inform(self._parent, self.tr("About spacesgui"),
                     self.tr("spacesgui {version}\nA file manager for DigitalOcean Spaces "
                             "and S3-compatible storage.").format(version=__version__),
                     name="aboutBox")

    # -- uploads and downloads ---------------------------------------------------------------
    def upload_paths(self, target: Location, paths: list[str] | tuple[str, ...], *,
                     sse_key: str | None = None) -> None:
        """Queue the uploads once checked for what they would replace (`conflicts.queued`
        then has the job ids); `sse_key` names the customer key to encrypt them with ("" for
        none), by default the account's default key."""
        if target.bucket is None:
            return
        account = self._account(target.account_id)
        if sse_key is None:
            sse_key = (account.default_customer_key or "") if account is not None else ""
        upload = account.upload_defaults() if account is not None else None
        jobs = []
        for path in paths:
            name = os.path.basename(os.path.normpath(path))
            if os.path.isdir(path):
                jobs.append(JobSpec(JobKind.FOLDER_UPLOAD, target.account_id, target.bucket,
                                    key=f"{target.prefix}{name}/", path=os.fspath(path),
                                    sse_key=sse_key, upload=upload))
            elif os.path.isfile(path):
                jobs.append(JobSpec(JobKind.UPLOAD, target.account_id, target.bucket,
                                    key=target.prefix + name, path=os.fspath(path),
                                    sse_key=sse_key, upload=upload))
        if jobs:
            self.conflicts.submit(jobs)
            self._show_status(self.tr("Uploading %n item(s) to {folder}", "", len(jobs)).format(
                folder=f"{target.bucket}/{target.prefix}"))

    def _on_transfer_dropped(self) -> None:
        self._show_status(self.tr("Nothing was transferred."))

    def upload_dialog(self, folders: bool) -> None:
        target = self._place.location
        if target is None or target.bucket is None:
            return
        dialog = QFileDialog(self._parent,
                             self.tr("Upload Folder") if folders else self.tr("Upload Files"))
        dialog.setObjectName("uploadDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory if folders
                           else QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda paths: self.upload_chosen(target, paths))
        dialog.open()

    def upload_chosen(self, target: Location, paths: list[str]) -> None:
        """Upload what the user chose in the upload dialog: on an account with customer keys,
        first ask which key to encrypt it with (the account's default preselected)."""
        account = self._account(target.account_id)
        if account is None or not account.customer_keys:
            self.upload_paths(target, paths)
            return
        ask_upload_key(self._parent, account.customer_keys, account.default_customer_key,
                       lambda name: self.upload_paths(target, paths, sse_key=name))

    def download_to(self, directory: str, location: Location, entries: list[Entry]) -> None:
        """Queue the downloads once checked for what they would replace."""
        if location.bucket is None:
            return
        jobs = []
        for entry in entries:
            dest = os.path.abspath(Path(directory) / entry.name.replace("/", "_"))
            kind = JobKind.PREFIX_DOWNLOAD if entry.is_folder else JobKind.DOWNLOAD
            jobs.append(JobSpec(kind, location.account_id, location.bucket, key=entry.key,
                                path=dest, size=None if entry.is_folder else entry.size))
        self.conflicts.submit(jobs)

    def download_dialog(self) -> None:
        location, entries = self._place.location, self._place.selected_entries()
        if location is None or location.bucket is None or not entries:
            return
        dialog = QFileDialog(self._parent, self.tr("Download To"))
        dialog.setObjectName("downloadDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setDirectory(self._preferences().download_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DownloadLocation))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda d: self.download_to(d, location, entries))
        dialog.open()

    # -- drops, cut/copy/paste -------------------------------------------------------------
    def handle_drop(self, request: DropRequest, modifiers: Qt.KeyboardModifier) -> None:
        target = request.target
        if request.source is None:
            self.upload_paths(target, request.local_paths)
            return
        account, bucket, keys = request.source
        same_bucket = (account, bucket) == (target.account_id, target.bucket)
        # Platform convention: move within a bucket, copy across; Ctrl copies, Shift moves.
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            move = False
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            move = True
        else:
            move = same_bucket
        self.copy_entries(account, bucket, list(keys), target, move=move)

    def copy_entries(self, account: str, bucket: str, keys: list[str], target: Location, *,
                     move: bool) -> bool:
        """Copy or move once checked for what it would replace; False when there is nothing
        to do."""
        if target.bucket is None:
            return False
        same_bucket = (account, bucket) == (target.account_id, target.bucket)
        # Pasting into the folder an item already is in, or a folder into itself, is a no-op.
        keep = [k for k in keys if not same_bucket or (
            _parent_prefix(k) != target.prefix
            and not (k.endswith("/") and target.prefix.startswith(k)))]
        if not keep:
            self._show_status(self.tr("Nothing to do: the items are already there."))
            return False
        self.conflicts.submit([JobSpec(JobKind.MOVE if move else JobKind.COPY, account, bucket,
                                       keys=tuple(keep), dst_account=target.account_id,
                                       dst_bucket=target.bucket, dst_prefix=target.prefix)])
        text = (self.tr("Moving %n item(s) to {folder}", "", len(keep)) if move
                else self.tr("Copying %n item(s) to {folder}", "", len(keep)))
        self._show_status(text.format(folder=f"{target.bucket}/{target.prefix}"))
        return True

    def to_clipboard(self, *, cut: bool) -> None:
        location, entries = self._place.location, self._place.selected_entries()
        if location is not None:
            self._clipboard.put(location, [e.key for e in entries], cut=cut)
            count = len(entries)
            self._show_status(
                self.tr("Cut %n item(s); paste in the destination folder.", "", count) if cut
                else self.tr("Copied %n item(s); paste in the destination folder.", "", count))

    def paste(self) -> None:
        target = self._place.location
        if target is None or target.bucket is None:
            return
        clipboard = self._clipboard
        held = clipboard.held()
        if held is not None:
            if self.copy_entries(held.account_id, held.bucket, list(held.keys), target,
                                 move=held.cut):
                clipboard.used()
            return
        files = clipboard.local_files()
        if files:
            self.upload_paths(target, files)

    # -- folders, rename, delete -------------------------------------------------------------
    def new_folder_or_bucket(self) -> None:
        loc = self._place.location
        if loc is not None and loc.bucket is None:
            self.new_bucket()
        else:
            self.new_folder()

    def new_folder(self) -> None:
        target = self._place.location
        if target is None or target.bucket is None:
            return
        account, bucket, prefix = target.account_id, target.bucket, target.prefix
        clients, owner = self._clients, self._account(account)
        # A folder is an empty object: it gets the account's default ACL like an upload.
        attributes = owner.upload_defaults().marker_attributes(ObjectAttributes()) \
            if owner is not None else ObjectAttributes()

        def create(name: str) -> None:
            if "/" in name:
                self._show_status(self.tr("A folder name cannot contain \u201c/\u201d."))
                return
            key = f"{prefix}{name}/"

            def put(token: TaskToken) -> None:
                clients(account).put_object(bucket=bucket, key=key, body=b"",
                                            attributes=attributes, cancel=token)

            self._run(self.tr("Create folder"), put, lambda: self.listing_changed.emit(target, key))

        boxes.ask_text(self._parent, self.tr("New Folder"), self.tr("Folder name:"),
                       self.tr("untitled folder"), create)

    def rename(self) -> None:
        location, entries = self._place.location, self._place.selected_entries()
        if location is None or location.bucket is None or len(entries) != 1:
            return
        entry = entries[0]
        account, bucket = location.account_id, location.bucket

        def apply(name: str) -> None:
            if name == entry.name:
                return
            if "/" in name:
                self._show_status(self.tr("A name cannot contain \u201c/\u201d."))
                return
            parent = _parent_prefix(entry.key)
            new_key = f"{parent}{name}/" if entry.is_folder else parent + name
            # Through the queue: a folder of many keys shows progress and can be cancelled.
            job_id = self._queue.enqueue_rename(account, bucket, entry.key, new_key,
                                                size=None if entry.is_folder else entry.size)
            self._renames[job_id] = (location, new_key)
            self._show_status(self.tr(
                "Renaming \u201c{old}\u201d to \u201c{new}\u201d\u2026").format(
                old=entry.name, new=name))

        boxes.ask_text(self._parent, self.tr("Rename"),
                       self.tr("New name for \u201c{name}\u201d:").format(name=entry.name),
                       entry.name, apply)

    def _on_job_finished(self, job_id: int, result: object) -> None:
        """A rename selects its new name; a job that changed this folder refreshes it."""
        where = self._renames.pop(job_id, None)
        if where is not None:
            location, new_key = where
            if isinstance(result, BaseException):
                if not isinstance(result, Cancelled):
                    self._errors.blocking(self.tr("Rename"), result)
                self.refresh_requested.emit()
            else:
                self.listing_changed.emit(location, new_key)
        job, loc = self._queue.job(job_id), self._place.location
        if job is not None and job.kind == JobKind.PROPERTIES:   # restored ones too
            self._show_bulk_report(job.spec.title, result)
        refused = refused_read(result) if job is not None else None
        if job is not None and job.kind in DOWNLOAD_KINDS and refused is not None:
            self._ask_download_key(job.spec, refused)
        if job is None or loc is None or loc.bucket is None:
            return
        buckets = {(job.account_id, job.bucket),
                   (job.spec.dst_account or job.account_id, job.spec.dst_bucket or job.bucket)}
        changes_listing = job.kind not in DOWNLOAD_KINDS and job.kind not in (
            JobKind.RENAME, JobKind.ABORT_UPLOADS)
        if changes_listing and (loc.account_id, loc.bucket) in buckets:
            self._refresh_timer.start()

    def _ask_download_key(self, spec: JobSpec, exc: BaseException) -> None:
        """A download refused for its customer key: ask which key, and download again."""
        source, queue, conflicts = self.key_source(spec.account_id), self._queue, self.conflicts

        def again(name: str) -> None:
            if spec.conflicts is not None:
                # One file was not written: its answers stand. A folder's first run wrote
                # some files, so it is checked (and asked about) again.
                if spec.kind == JobKind.DOWNLOAD:
                    queue.enqueue(replace(spec, sse_key=name))
                else:
                    conflicts.submit([replace(spec, sse_key=name, conflicts=None)])
                return
            if spec.kind == JobKind.PREFIX_DOWNLOAD:
                # The whole folder again: a key sent with a plain file's read is ignored
                # (RGW, so Spaces), and the files already saved are written over.
                queue.enqueue_prefix_download(spec.account_id, spec.bucket, spec.key,
                                              spec.path, sse_key=name)
                return
            queue.enqueue_download(spec.account_id, spec.bucket, spec.key, spec.path,
                                   size=spec.size, version_id=spec.version_id, sse_key=name)

        if ask_for_key(self._parent, source, exc, again) is None:
            self._errors.blocking(self.tr("Download"), explained(exc, source))

    def delete(self) -> None:
        location, entries = self._place.location, self._place.selected_entries()
        if location is None or not entries:
            return
        if location.bucket is None:
            self.delete_bucket()
            return
        account, bucket = location.account_id, location.bucket
        question, detail = describe_selection(entries,
                                              versioned=self._is_versioned(account, bucket))
        keys = [e.key for e in entries]

        def go() -> None:
            self._queue.enqueue_delete(account, bucket, keys)
            self._show_status(self.tr("Deleting %n item(s)\u2026", "", len(keys)))

        if not self._preferences().confirm_delete:
            go()
            return
        boxes.confirm(self._parent, self.tr("Delete"), question, detail,
                      ok_text=self.tr("Delete"), on_yes=go)

    # -- buckets ---------------------------------------------------------------------------
    def new_bucket(self) -> None:
        account_id = self._place.current_account_id()
        account = self._account(account_id) if account_id else None
        if account is None:
            return
        from spacesgui.ui.dialogs.new_bucket import NewBucketDialog  # late: start-up speed

        is_spaces = account.provider == "spaces"
        regions = [r.slug for r in SPACES_REGIONS] if is_spaces else [account.region]
        clients, account_region, show_status = self._clients, account.region, self._show_status

        def answered(name: str, region: str, acl: str = "private") -> None:
            problems = s3names.bucket_name_problems(name)
            if problems:
                show_status(shown(problems[0]))
                return

            def create(token: TaskToken) -> None:
                client = clients(account.id)
                if region != account_region:
                    client = client.for_region(region)  # a Space lives where it is created
                client.create_bucket(bucket=name, acl=acl, cancel=token)

            where = Location(account.id, None, "")
            self._run(self.tr("Create bucket"), create,
                      lambda: self.buckets_changed.emit(where, name))

        NewBucketDialog.ask(self._parent, regions=regions, default_region=account.region,
                            is_spaces=is_spaces, on_answer=answered)

    def delete_bucket(self) -> None:
        account_id = self._place.current_account_id()
        bucket = self._place.selected_bucket()
        if account_id is None or bucket is None:
            return
        clients = self._clients

        def go() -> None:
            def work(token: TaskToken) -> None:
                clients(account_id).delete_bucket(bucket=bucket, cancel=token)

            where = Location(account_id, None)
            self._run(self.tr("Delete bucket \u201c{bucket}\u201d").format(bucket=bucket), work,
                      lambda: self.buckets_changed.emit(where, None))

        boxes.confirm(self._parent, self.tr("Delete Bucket"),
                      self.tr("Delete the bucket \u201c{bucket}\u201d?").format(bucket=bucket),
                      self.tr("Only an empty bucket can be deleted; delete its files first.\n"
                              "The name may not become available again at once."),
                      ok_text=self.tr("Delete Bucket"), on_yes=go)
