"""The navigation tree: accounts > buckets > folders, each level loaded when first expanded.

Nodes are addressed by an integer id (QModelIndex.internalId) looked up in a dict, never by a
raw object pointer, so an index that outlived its node reads as invalid instead of crashing.
A node being loaded has no placeholder child (a fake row confuses selection and
qtmodeltester); it shows "(loading…)" on its own text until its first page arrives.
"""

# ruff: noqa: N802 - Qt overrides keep their camelCase names
from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from spacesgui.clients import ClientRegistry
from spacesgui.config import Account
from spacesgui.s3.errors import InvalidInput, ServiceError
from spacesgui.s3.models.listing import BucketList, ObjectPage
from spacesgui.ui import icons
from spacesgui.ui.errors import describe
from spacesgui.ui.models.drops import can_drop, drop_request
from spacesgui.ui.models.entries import ENTRIES_MIME, Location
from spacesgui.ui.translations import N_
from spacesgui.workers.tasks import TaskRunner, TaskToken

log = logging.getLogger(__name__)

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex
LocationRole = Qt.ItemDataRole.UserRole + 1
LoadingRole = Qt.ItemDataRole.UserRole + 2
# A folder's subfolders are scattered over its listing pages; scan this many pages per expand.
PAGE_BUDGET = 50
PIN_HINT = N_("BucketsNotListable",
              "This key may not list the account's buckets (keys limited to certain buckets "
              "cannot). Add the buckets it may use as pinned buckets in the account settings.")


class BucketsNotListable(InvalidInput):
    """ListBuckets was refused: the text tells the user to pin buckets; the cause is kept."""

    def __init__(self, cause: ServiceError) -> None:
        def tr(text: str) -> str:
            return QCoreApplication.translate("BucketsNotListable", text)

        reference = tr(N_("BucketsNotListable", "Code: {code}")).format(code=cause.code)
        if cause.request_id:
            reference += tr(N_("BucketsNotListable", " \xb7 Request ID: {request_id}")).format(
                request_id=cause.request_id)
        super().__init__(f"{tr(PIN_HINT)}\n{reference}")
        self.code, self.request_id = cause.code, cause.request_id


class NodeKind(Enum):
    ROOT = "root"
    ACCOUNT = "account"
    BUCKET = "bucket"
    FOLDER = "folder"


class State(Enum):
    IDLE = "idle"  # children never asked for
    LOADING = "loading"
    LOADED = "loaded"
    FAILED = "failed"


class _Node:
    __slots__ = ("account_id", "bucket", "children", "error", "id", "kind", "name", "pages",
                 "parent", "pinned", "prefix", "state", "task", "token", "tooltip")

    def __init__(self, node_id: int, kind: NodeKind, parent: _Node | None, account_id: str,
                 name: str, *, bucket: str | None = None, prefix: str = "") -> None:
        self.id, self.kind, self.parent = node_id, kind, parent
        self.account_id, self.name, self.bucket, self.prefix = account_id, name, bucket, prefix
        self.children: list[_Node] = []
        self.state = State.IDLE
        self.task: int | None = None
        self.token: str | None = None
        self.pages = 0
        self.error: BaseException | None = None
        self.pinned: tuple[str, ...] = ()
        self.tooltip = ""

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0


def _list_buckets(registry: ClientRegistry, account_id: str, cancel: TaskToken) -> BucketList:
    client = registry.client_for(account_id)
    try:
        return client.list_buckets(cancel=cancel)
    except ServiceError as exc:
        if exc.status == 403 or exc.code == "AccessDenied":
            raise BucketsNotListable(exc) from exc
        raise


def _list_folders(registry: ClientRegistry, account_id: str,
                  where: tuple[str, str, str | None], cancel: TaskToken) -> ObjectPage:
    bucket, prefix, token = where
    return registry.client_for(account_id).list_objects_page(
        bucket=bucket, prefix=prefix, delimiter="/", token=token, cancel=cancel)


class BucketTreeModel(QAbstractItemModel):
    """Accounts at the top; buckets from ListBuckets (or pinned); folders from prefixes.

    Signals:
        load_failed(object): a level could not be listed; the exception (shown transiently).
        loading_changed(bool): whether any level is being listed.
        drop_requested(object): a DropRequest for a bucket or folder node.
    """

    load_failed = Signal(object)
    loading_changed = Signal(bool)
    drop_requested = Signal(object)

    def __init__(self, runner: TaskRunner, registry: ClientRegistry,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner, self._registry = runner, registry
        self._ids = itertools.count(1)
        self._root = _Node(0, NodeKind.ROOT, None, "", "")
        self._nodes: dict[int, _Node] = {0: self._root}
        self._tasks: dict[int, int] = {}  # task id -> node id

    @property
    def is_loading(self) -> bool:
        return bool(self._tasks)

    def set_accounts(self, accounts: Iterable[Account]) -> None:
        """Show these accounts (config.Account), collapsed; everything below is reloaded."""
        self.beginResetModel()
        self._cancel_all()
        self._root.children = []
        self._nodes = {0: self._root}
        for account in accounts:
            node = self._new(NodeKind.ACCOUNT, self._root, account.id, account.name)
            node.pinned = tuple(account.pinned_buckets)
            endpoint = account.effective_endpoint()
            node.tooltip = f"{account.name} \u2014 {endpoint}"
            self._root.children.append(node)
        self.endResetModel()

    def _new(self, kind: NodeKind, parent: _Node, account_id: str, name: str, *,
             bucket: str | None = None, prefix: str = "") -> _Node:
        node = _Node(next(self._ids), kind, parent, account_id, name, bucket=bucket,
                     prefix=prefix)
        self._nodes[node.id] = node
        return node

    def _cancel_all(self) -> None:
        for task_id in list(self._tasks):
            self._runner.cancel(task_id)
        was_loading = bool(self._tasks)
        self._tasks.clear()
        if was_loading:
            self.loading_changed.emit(False)

    # -- locations -----------------------------------------------------------------------
    def location(self, index: Index) -> Location | None:
        node = self._node(index)
        if node is None or node is self._root:
            return None
        return Location(node.account_id, node.bucket, node.prefix)

    def index_for(self, location: Location) -> QModelIndex:
        """The node for `location`, or its nearest ancestor that is loaded (invalid if none)."""
        node = next((n for n in self._root.children if n.account_id == location.account_id),
                    None)
        if node is None:
            return QModelIndex()
        if location.bucket is not None:
            bucket = next((n for n in node.children if n.bucket == location.bucket), None)
            node = bucket or node
            if bucket is not None:
                for name in Location(location.account_id, bucket.bucket,
                                     location.prefix).folder_names():
                    child = next((n for n in node.children if n.name == name), None)
                    if child is None:
                        break
                    node = child
        return self.createIndex(node.row(), 0, node.id)

    def reload(self, index: Index) -> None:
        """Forget what is below `index` and list it again (F5 on a tree node, retry on error)."""
        node = self._node(index)
        if node is None or node is self._root:
            return
        self._drop_task(node)
        if node.children:
            self.beginRemoveRows(self._index(node), 0, len(node.children) - 1)
            self._forget(node.children)
            node.children = []
            self.endRemoveRows()
        node.state, node.token, node.pages, node.error = State.IDLE, None, 0, None
        self._changed(node)
        self.fetchMore(self._index(node))

    def _forget(self, nodes: list[_Node]) -> None:
        for child in nodes:
            self._drop_task(child)
            self._nodes.pop(child.id, None)
            self._forget(child.children)

    def _drop_task(self, node: _Node) -> None:
        if node.task is None:
            return
        self._runner.cancel(node.task)
        self._tasks.pop(node.task, None)
        node.task = None
        if not self._tasks:
            self.loading_changed.emit(False)

    # -- lazy loading ----------------------------------------------------------------------
    def hasChildren(self, parent: Index = _ROOT) -> bool:
        node = self._node(parent)
        if node is None:
            return False
        if node is self._root:
            return bool(node.children)
        return bool(node.children) or node.state in (State.IDLE, State.LOADING, State.FAILED)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        node = self._node(parent)
        if node is None or node is self._root or node.task is not None:
            return False
        return node.state == State.IDLE or (node.state == State.LOADED and node.token is not None)

    def fetchMore(self, parent: Index = _ROOT) -> None:
        node = self._node(parent)
        if node is None or not self.canFetchMore(parent):
            return
        if node.state == State.LOADED:
            node.pages = 0  # a new expand scans another budget of pages
        registry, account = self._registry, node.account_id
        if node.kind == NodeKind.ACCOUNT:
            if node.pinned:  # bucket-scoped keys may not call ListBuckets at all
                node.state = State.LOADED
                self._add_children(node, [(b, b, "") for b in node.pinned], kind=NodeKind.BUCKET)
                return
            task = self._runner.submit(lambda c: _list_buckets(registry, account, c),
                                       self._on_buckets_loaded, self._on_failed)
        else:
            bucket, prefix, token = node.bucket or "", node.prefix, node.token
            task = self._runner.submit(
                lambda c: _list_folders(registry, account, (bucket, prefix, token), c),
                self._on_folders_loaded, self._on_failed)
        self._start(node, task)

    def _start(self, node: _Node, task: int) -> None:
        was_loading = bool(self._tasks)
        node.task, node.state = task, State.LOADING
        self._tasks[task] = node.id
        self._changed(node)
        if not was_loading:
            self.loading_changed.emit(True)

    def _finish(self, task_id: int) -> _Node | None:
        node_id = self._tasks.pop(task_id, None)
        node = self._nodes.get(node_id) if node_id is not None else None
        if not self._tasks and node_id is not None:
            self.loading_changed.emit(False)
        if node is None or node.task != task_id:
            return None  # stale: the node was reloaded or removed meanwhile
        node.task = None
        return node

    def _on_buckets_loaded(self, task_id: int, result: BucketList) -> None:
        node = self._finish(task_id)
        if node is None:
            return
        node.state = State.LOADED
        self._add_children(node, [(b.name, b.name, "") for b in result.buckets],
                           kind=NodeKind.BUCKET)
        self._changed(node)

    def _on_folders_loaded(self, task_id: int, page: ObjectPage) -> None:
        node = self._finish(task_id)
        if node is None:
            return
        node.state, node.token = State.LOADED, page.next_token
        node.pages += 1
        base = node.prefix
        self._add_children(node, [(p[len(base):-1], node.bucket, p) for p in page.prefixes],
                           kind=NodeKind.FOLDER)
        self._changed(node)
        if node.token is not None and node.pages < PAGE_BUDGET:
            self.fetchMore(self._index(node))  # subfolders may sit on any later page

    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        node = self._finish(task_id)
        if node is None:
            return
        node.state, node.error = State.FAILED, exc
        self._changed(node)
        self.load_failed.emit(exc)

    def _add_children(self, node: _Node, items: list[tuple[str, str | None, str]], *,
                      kind: NodeKind) -> None:
        if not items:
            return
        first = len(node.children)
        self.beginInsertRows(self._index(node), first, first + len(items) - 1)
        for name, bucket, prefix in items:
            node.children.append(self._new(kind, node, node.account_id, name, bucket=bucket,
                                           prefix=prefix))
        self.endInsertRows()

    # -- structure -----------------------------------------------------------------------
    def _node(self, index: Index) -> _Node | None:
        if not index.isValid():
            return self._root
        if index.model() is not self:
            return None
        return self._nodes.get(int(index.internalId()))

    def _index(self, node: _Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node.id)

    def _changed(self, node: _Node) -> None:
        if node is not self._root:
            index = self._index(node)
            self.dataChanged.emit(index, index)

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        node = self._node(parent)
        if node is None or column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row].id)

    # Any: parent() is both QObject.parent() -> QObject and QAbstractItemModel.parent(index).
    def parent(self, index: Index | None = None) -> Any:
        if index is None:
            return QObject.parent(self)  # the QObject overload shares the name
        node = self._node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self._index(node.parent)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node is not None else 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 1

    # Any: data and headerData return a QVariant (str, QIcon, QFont, Location, bool or None).
    def data(self, index: Index,  # noqa: PLR0911 - one return per role
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None or node is self._root:
            return None
        loading = node.state == State.LOADING
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("{name} (loading\u2026)").format(name=node.name)
                    if loading and not node.children else node.name)
        if role == Qt.ItemDataRole.EditRole:
            return node.name
        if role == Qt.ItemDataRole.DecorationRole:
            if node.state == State.FAILED:
                return icons.warning_icon()
            if node.kind == NodeKind.ACCOUNT:
                return icons.account_icon()
            return icons.bucket_icon() if node.kind == NodeKind.BUCKET else icons.folder_icon()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole):
            if node.error is not None:
                return describe(node.error)
            if loading:
                return self.tr("Loading\u2026")
            return node.tooltip or None
        if role == Qt.ItemDataRole.FontRole and loading:
            font = QFont()
            font.setItalic(True)
            return font
        if role == LocationRole:
            return Location(node.account_id, node.bucket, node.prefix)
        if role == LoadingRole:
            return loading
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        ok = (section == 0 and orientation == Qt.Orientation.Horizontal
              and role == Qt.ItemDataRole.DisplayRole)
        return self.tr("Location") if ok else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self._node(index)
        if node is None or node is self._root:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.kind != NodeKind.ACCOUNT:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # -- drops onto a bucket or folder -----------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [ENTRIES_MIME, "text/uri-list"]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        node = self._node(parent)
        return (node is not None and node.kind in (NodeKind.BUCKET, NodeKind.FOLDER)
                and can_drop(data))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        target = self.location(parent)
        if target is None or not self.canDropMimeData(data, action, row, column, parent):
            return False
        request = drop_request(data, action, target)
        if request is None:
            return False
        self.drop_requested.emit(request)
        return True
