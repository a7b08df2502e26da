"""Properties of one or many objects: what they are, and the headers, tags and ACL to change.

Loading (HEAD, GetObjectTagging, GetObjectAcl per key, a few keys at a time) and applying
(CopyObject onto itself with REPLACE, PutObjectTagging, PutObjectAcl) run through the runner.
With several objects, values they share are shown, the others as "(mixed)", and only fields the
user changed are written; everything else stays as it is on each object
(see spacesgui.s3.transfer.properties).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spacesgui.s3 import ServiceError
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client import S3Client
from spacesgui.s3.models.objects import ObjectHead
from spacesgui.s3.transfer import properties as pm
from spacesgui.ui import boxes
from spacesgui.ui.dialogs.properties_layout import PropertiesLayout
from spacesgui.ui.dialogs.properties_tables import PairTable, mixed_text
from spacesgui.ui.errors import describe
from spacesgui.ui.formatting import exact_time, grouped, human_size
from spacesgui.ui.key_choice import ADD_A_KEY, KeySource, ask_for_key, needs_key
from spacesgui.ui.translations import N_
from spacesgui.workers.tasks import TaskRunner

log = logging.getLogger(__name__)

# Labels marked here, translated where shown (context "PropertiesDialog").
_ACLS: tuple[tuple[pm.SimpleAcl, str], ...] = (
    ("private", N_("PropertiesDialog", "Private (only this account's keys)")),
    ("public-read", N_("PropertiesDialog", "Public (anyone with the address can read)")))
_ACL_DATA: dict[object, pm.SimpleAcl] = {data: data for data, _label in _ACLS}
V = TypeVar("V")


def _tr(text: str) -> str:
    """The translation of a text of this module's functions (context "PropertiesDialog")."""
    return QCoreApplication.translate("PropertiesDialog", text)


def _error_text(exc: BaseException) -> str:
    return describe(exc).replace("\n", " \u2014 ")


def _shown(value: V | pm.Mixed | None, fmt: Callable[[V], str] = str) -> str:
    if value is pm.MIXED:
        return mixed_text()
    if value is None or value == "":
        return "\u2014"
    return fmt(value)


def _encryption(head: ObjectHead) -> str | None:
    if head.sse_customer_algorithm:
        return _tr("Encrypted with a customer key (key MD5 {md5})").format(
            md5=head.sse_customer_key_md5 or "?")
    if head.server_side_encryption:
        return _tr("Encrypted by the server ({algorithm})").format(
            algorithm=head.server_side_encryption)
    return None


def _shown_merged(values: Iterable[str | None]) -> str:
    merged = pm.merge(values)
    return _shown(merged)


class PropertiesDialog(PropertiesLayout):
    """Shows and edits the properties of `keys` in `bucket`; emits `applied` when done."""

    applied = Signal(object)  # {key: None or the exception}, after every key was tried

    def __init__(self, runner: TaskRunner, client: S3Client, bucket: str, keys: Sequence[str],
                 parent: QWidget | None = None, *, key_source: KeySource | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("propertiesDialog")
        if not keys:
            raise ValueError("PropertiesDialog needs at least one key")
        self._runner, self._client, self._bucket = runner, client, bucket
        self._keys = list(dict.fromkeys(keys))
        self._props: dict[str, pm.ObjectProps] = {}
        self._failures: dict[str, BaseException] = {}
        self._touched: set[pm.ContentField] = set()
        self._initial_acl = -1
        self._task: int | None = None
        self._key_source = key_source
        self._key_name = ""          # the customer key the files were read with, if any
        self._applying = False
        self.results: dict[str, BaseException | None] = {}
        name = self._keys[0].rstrip("/").rsplit("/", 1)[-1] if len(self._keys) == 1 \
            else self.tr("{count} files").format(count=len(self._keys))  # always several
        self.setWindowTitle(self.tr("Properties \u2014 {name}").format(name=name))
        self._build()
        self.choose_key_button = self.buttons.addButton(
            self.tr("Choose &Key\u2026"), QDialogButtonBox.ButtonRole.ActionRole)
        self.choose_key_button.setObjectName("chooseKeyButton")
        self.choose_key_button.hide()
        self.choose_key_button.clicked.connect(self._on_choose_key)
        self._set_editable(False)
        self._load()
        self.resize(max(self.sizeHint().width(), 620), max(self.sizeHint().height(), 560))

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("propertiesTabs")
        self.tabs.addTab(self._build_info(), self.tr("&General"))
        self.tabs.addTab(self._build_headers(), self.tr("H&eaders"))
        self.tags_table = PairTable("tags", headers=(self.tr("Key"), self.tr("Value")),
                                    add_text=self.tr("&Add tag"), check=pm.tag_problems,
                                    max_rows=10)
        self.tabs.addTab(self.tags_table, self.tr("&Tags"))
        self.tabs.addTab(self._build_permissions(), self.tr("&Permissions"))
        self._build_bottom()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_view)
        layout.addWidget(self.buttons)

        self.metadata_table.edited.connect(self._revalidate)
        self.tags_table.edited.connect(self._revalidate)
        self.acl_box.currentIndexChanged.connect(self._revalidate)
        self.buttons.accepted.connect(self._on_apply_clicked)
        self.buttons.rejected.connect(self.reject)

    def _set_editable(self, editable: bool) -> None:
        # Changing headers copies a file onto itself, which for a customer-key file needs the
        # key on both sides of the copy; that is not offered, so such files are read-only.
        editable = editable and not self._key_name
        for edit in self.field_edits.values():
            edit.setReadOnly(not editable)
        for table in (self.metadata_table, self.tags_table):
            table.setEnabled(editable)
        self.acl_box.setEnabled(editable)
        self.ok_button.setEnabled(editable and self._can_apply())

    # -- loading ----------------------------------------------------------------------------------
    def _load(self) -> None:
        client, bucket, keys = self._client, self._bucket, list(self._keys)
        self.status_label.setText(self.tr("Reading %n file(s)\u2026", "", len(keys))
                                  if len(keys) > 1 else self.tr("Reading\u2026"))
        name, source = self._key_name, self._key_source
        read = source.read if source is not None and name else None

        def load(token: CancelToken) -> Iterator[tuple[str, pm.ObjectProps | BaseException]]:
            sse_c = read(name) if read is not None else None  # pool thread: keyring may wait
            return pm.load_objects(client, bucket, keys, token, sse_c=sse_c)

        self._task = self._runner.submit_stream(load, self._on_object_loaded,
                                                self._on_load_done, self._on_load_failed)

    def _on_object_loaded(self, task_id: int,
                          item: tuple[str, pm.ObjectProps | BaseException]) -> None:
        if task_id != self._task:
            return
        key, result = item
        if isinstance(result, BaseException):
            self._failures[key] = result
        else:
            self._props[key] = result
        self.progress.setValue(len(self._props) + len(self._failures))

    def _on_load_failed(self, task_id: int, exc: BaseException) -> None:
        if task_id != self._task:
            return
        self._task = None
        self.status_label.setText(self.tr("Could not read the properties: {error}").format(
            error=_error_text(exc)))

    def _on_load_done(self, task_id: int) -> None:
        if task_id != self._task:
            return
        self._task = None
        if not self._props and all(needs_key(e) for e in self._failures.values()):
            self._show_needs_key()
            return
        self._show_errors(self._failures, "Could not read",
                          self.tr("Could not read {key}: {error}"))
        if not self._props:
            self.status_label.setText(self.tr("None of the files could be read."))
            return
        self._populate([self._props[k] for k in self._keys if k in self._props])
        self.status_label.setText(self.tr("Read-only: read with a customer key.")
                                  if self._key_name else "")
        self.progress.hide()
        self._set_editable(True)
        self._revalidate()

    def _populate(self, objects: list[pm.ObjectProps]) -> None:
        heads = [p.head for p in objects]
        many = len(objects) > 1
        self.info["name"].setText(
            self.tr("%n files in {bucket}", "", len(objects)).format(bucket=self._bucket)
            if many else f"{self._bucket}/{objects[0].key}")
        total = sum(h.content_length for h in heads)
        size = (self.tr("{size} ({bytes} bytes) in total") if many
                else self.tr("{size} ({bytes} bytes)"))
        self.info["size"].setText(size.format(size=human_size(total), bytes=grouped(total)))
        self.info["etag"].setText(_shown_merged(h.etag for h in heads))
        modified = pm.merge(h.last_modified for h in heads)
        self.info["modified"].setText(_shown(
            modified, exact_time))
        self.info["storage_class"].setText(_shown_merged(
            h.storage_class for h in heads) if any(h.storage_class for h in heads)
            else "STANDARD")
        self.info["version_id"].setText(_shown_merged(h.version_id for h in heads))
        self.info["type"].setText(_shown_merged(h.content_type for h in heads))
        self.info["encryption"].setText(_shown_merged(_encryption(h) for h in heads))
        self.files_list.clear()
        if many:
            self.files_list.addItems([f"{p.key}  \u00b7  {human_size(p.head.content_length)}"
                                      for p in objects])
        for field, edit in self.field_edits.items():
            value = pm.merge([pm.content_value(h, field) for h in heads])
            edit.setText("" if value is pm.MIXED else value or "")
            edit.setPlaceholderText(mixed_text() if value is pm.MIXED else "")
            edit.setToolTip(self.tr("Differs between the files; type to set it on all of them.")
                            if value is pm.MIXED else "")
        self.metadata_table.set_rows(pm.merge_pairs([h.metadata for h in heads]))
        tag_maps = [p.tags for p in objects if p.tags is not None]
        self.tags_table.set_rows(pm.merge_pairs(tag_maps))
        unreadable = [p for p in objects if p.tags is None]
        if unreadable and not tag_maps:
            self.tags_table.set_unavailable(
                self.tr("Unknown: {reason} Tags cannot be edited.").format(
                    reason=self._refusal(unreadable[0].tags_error)))
        elif unreadable:
            self.tags_table.set_note(self.tr("%n file(s) whose tags could not be read keep them "
                                             "unchanged.", "", len(unreadable)))
        self._populate_acl(objects)

    def _show_needs_key(self) -> None:
        """Every file refused its HEAD for want of its customer key: say so, offer the keys."""
        first = next(iter(self._failures.values()))
        self.info["encryption"].setText(
            self.tr("Encrypted with a customer key \u2014 not the key chosen") if self._key_name
            else self.tr("Encrypted with a customer key (choose the key to see more)"))
        if self._key_source is not None and self._key_source.keys:
            self.status_label.setText("")
            self.choose_key_button.show()
            if self._key_name:  # the key chosen was not this file's: ask again
                ask_for_key(self, self._key_source, first, self._reload_with)
        else:
            self.status_label.setText(ADD_A_KEY)
        self._failures.clear()
        self.progress.hide()

    def _on_choose_key(self) -> None:
        if self._key_source is not None and self._key_source.keys:
            boxes.choose_key(self, self.tr("Read this file with:"), self._key_source.keys,
                             self._reload_with)

    def _reload_with(self, name: str) -> None:
        self._key_name = name
        self.choose_key_button.hide()
        self._load()

    @staticmethod
    def _refusal(exc: BaseException | None) -> str:
        if isinstance(exc, ServiceError) and exc.status == 403:
            return _tr("not allowed for this key.")
        return _error_text(exc) if exc is not None else _tr("could not be read.")

    def _populate_acl(self, objects: list[pm.ObjectProps]) -> None:
        self.acl_box.blockSignals(True)
        self.acl_box.clear()
        for data, label in _ACLS:
            self.acl_box.addItem(_tr(label), data)
        canned = pm.merge(p.canned_acl for p in objects)
        note = ""
        if canned is pm.MIXED:
            self.acl_box.addItem(self.tr("(mixed) \u2014 kept as each file has it"), None)
            # The names are S3's canned ACLs, shown as the server calls them.
            counts = Counter(p.canned_acl or "unknown" for p in objects)
            note = self.tr("Now: {counts}.").format(
                counts=", ".join(f"{n} {name}" for name, n in sorted(counts.items())))
        elif canned == "custom":
            self.acl_box.addItem(self.tr("Custom (kept)"), None)
            note = self.tr("These permissions are neither private nor public-read; they are kept "
                           "unless you choose one of the above.")
        elif canned is None:
            self.acl_box.addItem(self.tr("Unknown: not allowed for this key"), None)
            note = self.tr("Reading the permissions was refused: {reason}").format(
                reason=self._refusal(objects[0].acl_error))
        if any(p.acl is None for p in objects):
            note += " " + self.tr("Changing headers copies a file onto itself, which resets "
                                  "permissions that could not be read to private.")
        index = self.acl_box.findData(canned) if canned in ("private", "public-read") \
            else self.acl_box.count() - 1
        self.acl_box.setCurrentIndex(index)
        self._initial_acl = index
        self.acl_note.setText(note.strip())
        self.acl_box.blockSignals(False)

    # -- editing ----------------------------------------------------------------------------------
    def _on_field_edited(self, field: pm.ContentField, _text: str = "") -> None:
        self._touched.add(field)
        self.field_edits[field].setPlaceholderText("")
        self._revalidate()

    def edits(self) -> pm.Edits:
        fields = {f: self.field_edits[f].text().strip() for f in self._touched}
        metadata = self.metadata_table.edits()
        tags = self.tags_table.edits()
        acl: pm.SimpleAcl | None = None
        if self.acl_box.currentIndex() != self._initial_acl:
            acl = _ACL_DATA.get(self.acl_box.currentData())
        return pm.Edits(fields=fields,
                        metadata=metadata[0] if metadata else None,
                        removed_metadata=metadata[1] if metadata else frozenset(),
                        tags=tags[0] if tags else None,
                        removed_tags=tags[1] if tags else frozenset(), acl=acl)

    def problems(self) -> list[str]:
        found: list[str] = []
        for field, label in pm.CONTENT_FIELDS:
            if field not in self._touched:
                continue
            text = self.field_edits[field].text().strip()
            if field == "content_type" and not text:
                found.append(self.tr("Content-Type cannot be empty (use "
                                     "application/octet-stream)."))
            problem = pm.header_value_problem(label, text) if text else None
            if problem:
                found.append(problem + ".")
        found += self.metadata_table.problems()
        found += self.tags_table.problems()
        return found

    def _can_apply(self) -> bool:
        return bool(self._props) and not self._applying and not self._key_name \
            and not self.problems()

    def _revalidate(self, *_args: object) -> None:
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        self.ok_button.setEnabled(bool(self._props) and not self._applying
                                  and not self._key_name and not problems)

    # -- applying ---------------------------------------------------------------------------------
    def _on_apply_clicked(self) -> None:
        if not self._can_apply():
            return
        edits = self.edits()
        if edits.empty:
            self.accept()
            return
        plans = {k: pm.plan_for(p, edits) for k, p in self._props.items()}
        client, bucket = self._client, self._bucket
        self._applying = True
        self._set_editable(False)
        self.results = {}
        self.progress.setRange(0, len(plans))
        self.progress.setValue(0)
        self.progress.show()
        self.status_label.setText(self.tr("Applying to %n file(s)\u2026", "", len(plans)))
        self.error_view.hide()

        def apply(token: CancelToken) -> Iterator[tuple[str, str | BaseException]]:
            return pm.apply_plans(client, bucket, plans, token)

        self._task = self._runner.submit_stream(apply, self._on_key_applied,
                                                self._on_apply_done, self._on_apply_failed)

    def _on_key_applied(self, task_id: int, item: tuple[str, str | BaseException]) -> None:
        if task_id != self._task:
            return
        key, result = item
        self.results[key] = result if isinstance(result, BaseException) else None
        self.progress.setValue(len(self.results))

    def _on_apply_failed(self, task_id: int, exc: BaseException) -> None:
        if task_id != self._task:
            return
        self._task = None
        self._applying = False
        self.status_label.setText(self.tr("Applying stopped: {error}").format(
            error=_error_text(exc)))
        self.applied.emit(dict(self.results))

    def _on_apply_done(self, task_id: int) -> None:
        if task_id != self._task:
            return
        self._task = None
        self._applying = False
        failed = {k: e for k, e in self.results.items() if e is not None}
        self.applied.emit(dict(self.results))
        if not failed:
            self.accept()
            return
        done = len(self.results) - len(failed)
        self.status_label.setText(
            self.tr("Applied to {done} of %n file(s); {failed} failed.", "",
                    len(self.results)).format(done=done, failed=len(failed)))
        self._show_errors(failed, "Failed", self.tr("Failed {key}: {error}"))
        self.cancel_button.setText(self.tr("&Close"))

    def _show_errors(self, failures: dict[str, BaseException], verb: str, line: str) -> None:
        """Log each failure (`verb` in English) and list it as `line` ({key}, {error})."""
        if not failures:
            return
        for key, exc in failures.items():
            log.warning("%s %s/%s", verb, self._bucket, key, exc_info=exc)
        self.error_view.setPlainText("\n".join(line.format(key=key, error=_error_text(exc))
                                               for key, exc in failures.items()))
        self.error_view.show()

    def done(self, result: int) -> None:  # Qt override: stop loading/applying on close
        if self._task is not None:
            self._runner.cancel(self._task)
            self._task = None
        super().done(result)
