"""BucketTreeModel against the real RGW: lazy levels, loading state, pinned buckets, refusals."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, Qt, QUrl
from pytestqt.qtbot import QtBot

from spacesgui.ui.models.bucket_tree import (
    PIN_HINT,
    BucketsNotListable,
    BucketTreeModel,
    LoadingRole,
)
from spacesgui.ui.models.drops import DropRequest
from spacesgui.ui.models.entries import Location
from spacesgui.workers.tasks import TaskRunner
from tests.faultproxy import FaultProxy
from tests.ui.browser_helpers import ACCOUNT, WAIT, RegistryFactory, put_keys

ACCESS_DENIED = (b'<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code>'
                 b"<Message>Access Denied</Message><RequestId>tx-denied-1</RequestId></Error>")


@dataclass(frozen=True)
class FakeAccount:
    id: str
    name: str
    pinned_buckets: tuple[str, ...] = ()

    def effective_endpoint(self) -> str:
        return "http://127.0.0.1"


def children(model: BucketTreeModel, parent: QModelIndex) -> list[str]:
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def expand(qtbot: QtBot, model: BucketTreeModel, parent: QModelIndex) -> list[str]:
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT)
    return children(model, parent)


def child(model: BucketTreeModel, parent: QModelIndex, name: str) -> QModelIndex:
    return model.index(children(model, parent).index(name), 0, parent)


def test_levels_load_lazily(qtbot: QtBot, qtmodeltester: Any, runner: TaskRunner,
                            registry_for: RegistryFactory, boto_client: Any, bucket: str) -> None:
    put_keys(boto_client, bucket, ["a/b/c.txt", "a/x.txt", "z/", "top.txt"])
    model = BucketTreeModel(runner, registry_for())
    model.set_accounts([FakeAccount(ACCOUNT, "Test RGW")])
    account = model.index(0, 0)
    assert account.data() == "Test RGW" and model.hasChildren(account)
    assert model.rowCount(account) == 0  # nothing is listed before it is expanded
    assert bucket in expand(qtbot, model, account)
    top = child(model, account, bucket)
    assert expand(qtbot, model, top) == ["a", "z"]
    a = child(model, top, "a")
    assert expand(qtbot, model, a) == ["b"]
    b = child(model, a, "b")
    assert expand(qtbot, model, b) == []
    assert not model.hasChildren(b)  # listed and empty: no expander left
    assert model.location(account) == Location(ACCOUNT, None)
    assert model.location(b) == Location(ACCOUNT, bucket, "a/b/")
    assert model.index_for(Location(ACCOUNT, bucket, "a/b/")) == b
    # Deeper than what is loaded: the nearest loaded ancestor.
    assert model.index_for(Location(ACCOUNT, bucket, "a/b/q/r/")) == b
    assert model.index_for(Location("unknown", bucket)) == QModelIndex()
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT)


def test_loading_state_without_a_placeholder_row(qtbot: QtBot, qtmodeltester: Any,
                                                 runner: TaskRunner, registry_for: RegistryFactory,
                                                 bucket: str, proxy: FaultProxy) -> None:
    model = BucketTreeModel(runner, registry_for(proxy))
    qtmodeltester.check(model)  # it expands what it can by itself, as a view does
    states: list[bool] = []
    model.loading_changed.connect(states.append)
    release = threading.Event()
    held = proxy.delay(release=release, method="GET")
    model.set_accounts([FakeAccount(ACCOUNT, "Held")])
    account = model.index(0, 0)
    model.fetchMore(account)
    assert held.hit.wait(10)
    assert states == [True] and model.is_loading
    assert account.data() == "Held (loading\u2026)" and account.data(LoadingRole)
    assert account.data(Qt.ItemDataRole.ToolTipRole) == "Loading\u2026"
    assert model.rowCount(account) == 0 and not model.canFetchMore(account)
    release.set()
    qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT)
    assert account.data() == "Held" and bucket in children(model, account)
    assert states[:2] == [True, False]


def test_refused_list_buckets_says_to_pin(qtbot: QtBot, runner: TaskRunner,
                                          registry_for: RegistryFactory, bucket: str,
                                          proxy: FaultProxy) -> None:
    model = BucketTreeModel(runner, registry_for(proxy))
    model.set_accounts([FakeAccount(ACCOUNT, "Scoped key")])
    account = model.index(0, 0)
    proxy.error(403, body=ACCESS_DENIED, method="GET")
    with qtbot.waitSignal(model.load_failed, timeout=WAIT) as failed:
        model.fetchMore(account)
    exc = failed.args[0]
    assert isinstance(exc, BucketsNotListable)
    assert str(exc) == f"{PIN_HINT}\nCode: AccessDenied \u00b7 Request ID: tx-denied-1"
    assert PIN_HINT in account.data(Qt.ItemDataRole.ToolTipRole)
    assert not model.canFetchMore(account)  # no retry loop; reload() retries
    model.reload(account)
    qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT)
    assert bucket in children(model, account)
    assert account.data(Qt.ItemDataRole.ToolTipRole) == "Scoped key \u2014 http://127.0.0.1"


def test_pinned_buckets_skip_list_buckets(qtbot: QtBot, runner: TaskRunner,
                                          registry_for: RegistryFactory, boto_client: Any,
                                          bucket: str, proxy: FaultProxy) -> None:
    put_keys(boto_client, bucket, ["inside/x"])
    model = BucketTreeModel(runner, registry_for(proxy))
    model.set_accounts([FakeAccount(ACCOUNT, "Pinned", (bucket,))])
    account = model.index(0, 0)
    model.fetchMore(account)
    assert children(model, account) == [bucket] and not model.is_loading
    assert proxy.seen == []
    assert expand(qtbot, model, model.index(0, 0, account)) == ["inside"]
    assert all(s.path.startswith(f"/{bucket}") for s in proxy.seen)


def test_drops_on_folders_and_buckets(qtbot: QtBot, runner: TaskRunner,
                                      registry_for: RegistryFactory, boto_client: Any, bucket: str,
                                      tmp_path: Any) -> None:
    put_keys(boto_client, bucket, ["in/x"])
    model = BucketTreeModel(runner, registry_for())
    model.set_accounts([FakeAccount(ACCOUNT, "Drops", (bucket,))])
    account = model.index(0, 0)
    model.fetchMore(account)
    top = model.index(0, 0, account)
    folder = model.index(0, 0, top) if expand(qtbot, model, top) else QModelIndex()
    local = tmp_path / "a.txt"
    local.write_text("x")
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(local))])
    assert not model.canDropMimeData(files, Qt.DropAction.CopyAction, -1, -1, account)
    with qtbot.waitSignal(model.drop_requested) as dropped:
        assert model.dropMimeData(files, Qt.DropAction.CopyAction, -1, -1, folder)
    assert dropped.args[0] == DropRequest(Location(ACCOUNT, bucket, "in/"), (str(local),),
                                          None, False)


def test_reload_drops_a_stale_answer(qtbot: QtBot, runner: TaskRunner,
                                     registry_for: RegistryFactory, boto_client: Any, bucket: str,
                                     proxy: FaultProxy) -> None:
    put_keys(boto_client, bucket, ["one/x"])
    model = BucketTreeModel(runner, registry_for(proxy))
    model.set_accounts([FakeAccount(ACCOUNT, "Stale", (bucket,))])
    account = model.index(0, 0)
    model.fetchMore(account)
    top = model.index(0, 0, account)
    release = threading.Event()
    held = proxy.delay(release=release, method="GET")
    model.fetchMore(top)
    assert held.hit.wait(10)
    put_keys(boto_client, bucket, ["two/y"])
    model.reload(top)  # the held answer (without "two") must not land after this one
    qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT)
    release.set()
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=WAIT)
    assert children(model, top) == ["one", "two"]
