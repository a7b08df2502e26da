"""What the window's commands do: each one asks (non-modally), then hands the work to the queue
(transfers, copies, moves, deletes: with progress in the panel) or to the runner (one request).

Two seams for tests, in the pytest-qt "modal dialogs" style: `confirm` and `ask_text`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from spacesgui.s3 import names as s3names
from spacesgui.s3.errors import Cancelled
from spacesgui.ui.models.entries import Entry, Location
from spacesgui.ui.models.object_table import DropRequest

if TYPE_CHECKING:
    from spacesgui.ui.main_window import MainWindow

log = logging.getLogger(__name__)

MAX_LISTED = 12  # names shown in a delete confirmation before "and N more"


def confirm(parent: QWidget, title: str, text: str, detail: str, *, ok_text: str,
            on_yes: Callable[[], None]) -> QMessageBox:
    """Ask before something irreversible; `on_yes` runs only after an explicit yes."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    box.setObjectName("confirmBox")
    box.setTextFormat(Qt.TextFormat.PlainText)  # object names are untrusted text
    box.setInformativeText(detail)
    yes = box.addButton(ok_text, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _r: on_yes() if box.clickedButton() is yes else None)
    box.open()
    return box


def ask_text(parent: QWidget, title: str, label: str, text: str,
             on_ok: Callable[[str], None]) -> QInputDialog:
    """A one-line prompt (new folder, rename); the name part is preselected."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("textPrompt")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.textValueSelected.connect(lambda value: on_ok(value.strip()) if value.strip() else None)
    dialog.open()
    edit = dialog.findChild(QLineEdit)
    if edit is not None and text:
        stem = text.rfind(".")
        # Like file managers: the name is selected, not the extension (after open(), which
        # selects everything).
        edit.setSelection(0, stem if stem > 0 else len(text))
    return dialog


def describe_selection(entries: list[Entry]) -> tuple[str, str]:
    """The question and the list for a delete confirmation."""
    folders = sum(1 for e in entries if e.is_folder)
    files = len(entries) - folders
    parts = []
    if files:
        parts.append(f"{files} file{'s' if files != 1 else ''}")
    if folders:
        parts.append(f"{folders} folder{'s' if folders != 1 else ''}")
    question = (f"Delete \u201c{entries[0].name}\u201d?" if len(entries) == 1
                else f"Delete {' and '.join(parts)}?")
    listed = [f"\u2022 {e.name}{'/' if e.is_folder else ''}" for e in entries[:MAX_LISTED]]
    if len(entries) > MAX_LISTED:
        listed.append(f"\u2026 and {len(entries) - MAX_LISTED} more")
    detail = "\n".join(listed)
    if folders:
        detail += "\n\nFolders are deleted with everything inside them."
    return question, detail + "\nThis cannot be undone."


class WindowOps:
    """The commands; the window owns the widgets, this owns what happens after a click."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self._renames: dict[int, tuple[Location, str]] = {}   # job id -> where, new key

    # -- helpers ---------------------------------------------------------------------------
    @property
    def queue(self) -> Any:
        return self.w.context.queue

    @property
    def runner(self) -> Any:
        return self.w.context.runner

    def client(self, account_id: str) -> Any:
        return self.w.context.registry.get(account_id)

    def _run(self, action: str, fn: Callable[[Any], Any],
             then: Callable[[Any], None] | None = None) -> None:
        """One request on the runner; a failure is shown as the user asked for it (blocking)."""
        presenter = self.w.presenter

        def ok(_task_id: int, result: Any) -> None:
            if then is not None:
                then(result)

        def failed(_task_id: int, exc: BaseException) -> None:
            presenter.blocking(action, exc)

        self.runner.submit(fn, ok, failed)

    # -- uploads and downloads ---------------------------------------------------------------
    def upload_paths(self, target: Location, paths: list[str] | tuple[str, ...]) -> list[int]:
        if target.bucket is None:
            return []
        jobs = []
        for path in paths:
            name = os.path.basename(os.path.normpath(path))
            if os.path.isdir(path):
                jobs.append(self.queue.enqueue_folder_upload(
                    target.account_id, target.bucket, f"{target.prefix}{name}/", path))
            elif os.path.isfile(path):
                jobs.append(self.queue.enqueue_upload(target.account_id, target.bucket,
                                                      target.prefix + name, path))
        if jobs:
            self.w.show_status(f"Uploading {len(jobs)} item{'s' if len(jobs) != 1 else ''} "
                               f"to {target.bucket}/{target.prefix}")
        return jobs

    def upload_dialog(self, folders: bool) -> None:
        target = self.w.location
        if target is None or target.bucket is None:
            return
        dialog = QFileDialog(self.w, "Upload Folder" if folders else "Upload Files")
        dialog.setObjectName("uploadDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory if folders
                           else QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda paths: self.upload_paths(target, paths))
        dialog.open()

    def download_to(self, directory: str, location: Location, entries: list[Entry]) -> list[int]:
        if location.bucket is None:
            return []
        jobs = []
        for entry in entries:
            dest = str(Path(directory) / entry.name.replace("/", "_"))
            if entry.is_folder:
                jobs.append(self.queue.enqueue_prefix_download(
                    location.account_id, location.bucket, entry.key, dest))
            else:
                jobs.append(self.queue.enqueue_download(location.account_id, location.bucket,
                                                        entry.key, dest, size=entry.size))
        return jobs

    def download_dialog(self) -> None:
        location, entries = self.w.location, self.w.selected_entries()
        if location is None or location.bucket is None or not entries:
            return
        dialog = QFileDialog(self.w, "Download To")
        dialog.setObjectName("downloadDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
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
                     move: bool) -> int | None:
        if target.bucket is None:
            return None
        same_bucket = (account, bucket) == (target.account_id, target.bucket)
        # Pasting into the folder an item already is in, or a folder into itself, is a no-op.
        keep = [k for k in keys if not same_bucket or (
            _parent_prefix(k) != target.prefix
            and not (k.endswith("/") and target.prefix.startswith(k)))]
        if not keep:
            self.w.show_status("Nothing to do: the items are already there.")
            return None
        job = self.queue.enqueue_copy(account, bucket, keep, target.account_id, target.bucket,
                                      target.prefix, move=move)
        verb = "Moving" if move else "Copying"
        self.w.show_status(f"{verb} {len(keep)} item{'s' if len(keep) != 1 else ''} to "
                           f"{target.bucket}/{target.prefix}")
        return job

    def paste(self) -> None:
        target = self.w.location
        if target is None or target.bucket is None:
            return
        clipboard = self.w.clipboard
        held = clipboard.held()
        if held is not None:
            if self.copy_entries(held.account_id, held.bucket, list(held.keys), target,
                                 move=held.cut) is not None:
                clipboard.used()
            return
        files = clipboard.local_files()
        if files:
            self.upload_paths(target, files)

    # -- folders, rename, delete -------------------------------------------------------------
    def new_folder(self) -> None:
        target = self.w.location
        if target is None or target.bucket is None:
            return
        account, bucket, prefix = target.account_id, target.bucket, target.prefix
        registry = self.w.context.registry

        def create(name: str) -> None:
            if "/" in name:
                self.w.show_status("A folder name cannot contain \u201c/\u201d.")
                return
            key = f"{prefix}{name}/"

            def put(token: Any) -> None:
                registry.get(account).put_object(bucket=bucket, key=key, body=b"", cancel=token)

            self._run("Create folder", put, lambda _r: self.w.refresh_and_select(target, key))

        ask_text(self.w, "New Folder", "Folder name:", "untitled folder", create)

    def rename(self) -> None:
        location, entries = self.w.location, self.w.selected_entries()
        if location is None or location.bucket is None or len(entries) != 1:
            return
        entry = entries[0]
        account, bucket = location.account_id, location.bucket

        def apply(name: str) -> None:
            if name == entry.name:
                return
            if "/" in name:
                self.w.show_status("A name cannot contain \u201c/\u201d.")
                return
            parent = _parent_prefix(entry.key)
            new_key = f"{parent}{name}/" if entry.is_folder else parent + name

            # Through the queue: a folder of many keys shows progress and can be cancelled.
            job_id = self.queue.enqueue_rename(account, bucket, entry.key, new_key,
                                               size=None if entry.is_folder else entry.size)
            self._renames[job_id] = (location, new_key)
            self.w.show_status(f"Renaming \u201c{entry.name}\u201d to \u201c{name}\u201d\u2026")

        ask_text(self.w, "Rename", f"New name for \u201c{entry.name}\u201d:", entry.name, apply)

    def job_finished(self, job_id: int, result: object) -> None:
        """Called by the window for every finished job: a rename selects its new name."""
        where = self._renames.pop(job_id, None)
        if where is None:
            return
        location, new_key = where
        if isinstance(result, BaseException):
            if not isinstance(result, Cancelled):
                self.w.presenter.blocking("Rename", result)
            self.w.refresh()
        else:
            self.w.refresh_and_select(location, new_key)

    def delete(self) -> None:
        location, entries = self.w.location, self.w.selected_entries()
        if location is None or not entries:
            return
        if location.bucket is None:
            self.delete_bucket()
            return
        question, detail = describe_selection(entries)
        keys = [e.key for e in entries]
        account, bucket = location.account_id, location.bucket

        def go() -> None:
            self.queue.enqueue_delete(account, bucket, keys)
            self.w.show_status(f"Deleting {len(keys)} item{'s' if len(keys) != 1 else ''}\u2026")

        confirm(self.w, "Delete", question, detail, ok_text="Delete", on_yes=go)

    # -- buckets ---------------------------------------------------------------------------
    def new_bucket(self) -> None:
        account_id = self.w.current_account_id()
        account = self.w.context.account(account_id) if account_id else None
        if account is None:
            return
        from spacesgui.s3.spaces import SPACES_REGIONS
        from spacesgui.ui.dialogs.new_bucket import NewBucketDialog

        is_spaces = getattr(account, "provider", "spaces") == "spaces"
        regions = [r.slug for r in SPACES_REGIONS] if is_spaces else [account.region]

        def answered(name: str, region: str) -> None:
            registry = self.w.context.registry
            problems = s3names.bucket_name_problems(name) if hasattr(
                s3names, "bucket_name_problems") else []
            if problems:
                self.w.show_status(problems[0])
                return

            def create(token: Any) -> None:
                client = registry.get(account.id)
                if is_spaces and region != account.region:
                    client = _client_for_region(client, region)  # a Space lives where it is made
                client.create_bucket(bucket=name, cancel=token)

            where = Location(account.id, None, "")
            self._run("Create bucket", create,
                      lambda _r: self.w.after_bucket_change(where, name))

        NewBucketDialog.ask(self.w, regions=regions, default_region=account.region,
                            is_spaces=is_spaces, on_answer=answered)

    def delete_bucket(self) -> None:
        account_id = self.w.current_account_id()
        bucket = self.w.selected_bucket()
        if account_id is None or bucket is None:
            return
        registry = self.w.context.registry

        def go() -> None:
            def work(token: Any) -> None:
                registry.get(account_id).delete_bucket(bucket=bucket, cancel=token)

            self._run(f"Delete bucket \u201c{bucket}\u201d", work,
                      lambda _r: self.w.after_bucket_change(Location(account_id, None), None))

        confirm(self.w, "Delete Bucket", f"Delete the bucket \u201c{bucket}\u201d?",
                "Only an empty bucket can be deleted; delete its files first.\n"
                "The name may not become available again at once.", ok_text="Delete Bucket",
                on_yes=go)


def _client_for_region(client: Any, region: str) -> Any:
    """The same key at another Spaces region's endpoint (no public S3Client API for this yet)."""
    from spacesgui.s3.client import S3Client
    from spacesgui.s3.spaces import endpoint_for

    credentials = client._credentials
    return S3Client(endpoint=endpoint_for(region), region=region,
                    access_key=credentials.access_key, secret_key=credentials.secret_key)


def _parent_prefix(key: str) -> str:
    """'a/b/c.txt' -> 'a/b/'; 'a/b/' -> 'a/'; 'c.txt' -> ''."""
    head = key.rstrip("/").rpartition("/")[0]
    return head + "/" if head else ""
