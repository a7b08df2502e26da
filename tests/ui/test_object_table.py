"""ObjectTableModel + ObjectFilterProxy against the real RGW: paging, staleness, sort, filter."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt, QUrl
from pytestqt.qtbot import QtBot

from spacesgui.clients import AccountNotReady, ClientRegistry
from spacesgui.s3 import ServiceError
from spacesgui.ui.models import object_table
from spacesgui.ui.models.entries import ENTRIES_MIME, Location, natural_key
from spacesgui.ui.models.object_filter import ObjectFilterProxy
from spacesgui.ui.models.object_table import (
    Column,
    DropRequest,
    EntryRole,
    ObjectTableModel,
)
from spacesgui.workers.tasks import TaskRunner
from tests.faultproxy import FaultProxy
from tests.ui.browser_helpers import (
    ACCOUNT,
    WAIT,
    RegistryFactory,
    list_requests,
    put_keys,
    rows,
)

DOCS = ["docs/", "docs/a.txt", "docs/B.txt", "docs/file10.txt", "docs/file9.txt",
        "docs/sub/x.bin", "docs/Zed/", "docs/Zed/inner.txt", "top.txt"]


def make_model(runner: TaskRunner, registry: ClientRegistry) -> tuple[ObjectTableModel,
                                                                     ObjectFilterProxy]:
    model = ObjectTableModel(runner, registry)
    sorter = ObjectFilterProxy(model)
    sorter.setSourceModel(model)
    return model, sorter


def load_all(qtbot: QtBot, model: ObjectTableModel) -> None:
    def done() -> bool:
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        return model.fully_loaded
    qtbot.waitUntil(done, timeout=WAIT)


def test_folders_first_marker_hidden_natural_order(qtbot: QtBot, qtmodeltester: Any,
                                                   runner: TaskRunner,
                                                   registry_for: RegistryFactory,
                                                   boto_client: Any, bucket: str) -> None:
    put_keys(boto_client, bucket, DOCS)
    boto_client.put_object(Bucket=bucket, Key="docs/a.txt", Body=b"12345",
                           StorageClass="STANDARD")
    model, sorter = make_model(runner, registry_for())
    qtmodeltester.check(model)
    qtmodeltester.check(sorter)
    with qtbot.waitSignal(model.location_changed) as changed:
        model.set_location(Location(ACCOUNT, bucket, "docs/"))
    assert changed.args == [Location(ACCOUNT, bucket, "docs/")]
    qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT)
    assert model.fully_loaded
    # Source: the server's order per group, folders first; the "docs/" marker is no row.
    assert rows(model) == ["Zed", "sub", "B.txt", "a.txt", "file10.txt", "file9.txt"]
    # Proxy: case-insensitive natural names, folders first.
    assert rows(sorter) == ["sub", "Zed", "a.txt", "B.txt", "file9.txt", "file10.txt"]
    a = sorter.index(2, 0).data(EntryRole)
    assert (a.key, a.size, a.is_folder, a.storage_class) == ("docs/a.txt", 5, False, "STANDARD")
    assert sorter.index(2, Column.SIZE).data().strip() == "5 bytes"
    assert sorter.index(2, Column.STORAGE_CLASS).data() == "Standard"
    assert sorter.index(2, Column.TYPE).data() == "Text document"
    assert sorter.index(0, Column.TYPE).data() == "Folder"
    assert sorter.index(0, Column.SIZE).data() == ""
    assert sorter.index(2, Column.SIZE).data(Qt.ItemDataRole.TextAlignmentRole) == \
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.entry(sorter.index(1, 3)).key == "docs/Zed/"
    assert [e.name for e in model.entries([sorter.index(0, 0), sorter.index(0, 1),
                                           sorter.index(5, 0)])] == ["sub", "file10.txt"]
    assert model.location == Location(ACCOUNT, bucket, "docs/")
    qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT)


def test_sort_numeric_sizes_and_folders_stay_first(qtbot: QtBot, runner: TaskRunner,
                                                   registry_for: RegistryFactory, boto_client: Any,
                                                   bucket: str) -> None:
    for key, size in (("small", 9), ("big", 100), ("mid", 20), ("d1/x", 1)):
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"x" * size)
    model, sorter = make_model(runner, registry_for())
    model.set_location(Location(ACCOUNT, bucket))
    load_all(qtbot, model)
    sorter.sort(Column.SIZE, Qt.SortOrder.AscendingOrder)
    assert rows(sorter) == ["d1", "small", "mid", "big"]  # 9 < 20 < 100, not "100" < "20"
    sorter.sort(Column.SIZE, Qt.SortOrder.DescendingOrder)
    assert rows(sorter) == ["d1", "big", "mid", "small"]
    sorter.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert rows(sorter) == ["d1", "small", "mid", "big"]
    sorter.sort(-1, Qt.SortOrder.AscendingOrder)
    assert rows(sorter) == rows(model)
    sorter.set_filter_text("I")
    assert rows(sorter) == ["big", "mid"]  # case-insensitive substring of the name
    sorter.set_filter_text("")
    assert sorter.rowCount() == 4


def test_one_request_per_page_and_no_head(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                          runner: TaskRunner, registry_for: RegistryFactory,
                                          boto_client: Any, bucket: str,
                                          proxy: FaultProxy) -> None:
    monkeypatch.setattr(object_table, "PAGE_SIZE", 10)
    put_keys(boto_client, bucket, [f"f/k{i:02}" for i in range(25)] + ["f/sub/a"])
    model, sorter = make_model(runner, registry_for(proxy))
    proxy.clear()
    model.set_location(Location(ACCOUNT, bucket, "f/"))
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.is_loading, timeout=WAIT)
    assert list_requests(proxy, bucket) == 1
    assert model.rowCount() == 10 and sorter.rowCount() == 10
    assert model.canFetchMore(QModelIndex())
    for expected in (20, 26):
        sorter.fetchMore(QModelIndex())  # a view scrolled to the end does this
        assert not sorter.canFetchMore(QModelIndex())  # one page in flight, never two
        qtbot.waitUntil(lambda n=expected: model.rowCount() == n and not model.is_loading,
                        timeout=WAIT)
    assert model.fully_loaded and model.requests_made == 3
    assert list_requests(proxy, bucket) == 3
    assert proxy.count("HEAD") == 0
    # The folder arrived on the last page and still sorts first.
    assert rows(sorter)[:2] == ["sub", "k00"]


def test_a_late_page_for_the_old_folder_is_dropped(qtbot: QtBot, runner: TaskRunner,
                                                   registry_for: RegistryFactory, boto_client: Any,
                                                   bucket: str, proxy: FaultProxy) -> None:
    put_keys(boto_client, bucket, ["old/1", "old/2", "new/3"])
    model, _sorter = make_model(runner, registry_for(proxy))
    release = threading.Event()
    held = proxy.delay(release=release, method="GET", path=f"/{bucket}")
    model.set_location(Location(ACCOUNT, bucket, "old/"))
    assert held.hit.wait(10)
    model.set_location(Location(ACCOUNT, bucket, "new/"))
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.is_loading, timeout=WAIT)
    release.set()
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=WAIT)
    assert rows(model) == ["3"]


def test_failures_reach_load_failed(qtbot: QtBot, runner: TaskRunner,
                                    registry_for: RegistryFactory) -> None:
    model, _sorter = make_model(runner, registry_for())
    with qtbot.waitSignal(model.load_failed, timeout=WAIT) as failed:
        model.set_location(Location(ACCOUNT, "t-no-such-bucket-here"))
    assert isinstance(failed.args[0], ServiceError) and failed.args[0].code == "NoSuchBucket"
    assert not model.is_loading and not model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.load_failed, timeout=WAIT) as failed:
        model.set_location(Location("not-connected-yet", "b"))
    assert isinstance(failed.args[0], AccountNotReady)


def test_recursive_search_lists_flat_relative_paths(qtbot: QtBot, runner: TaskRunner,
                                                    registry_for: RegistryFactory, boto_client: Any,
                                                    bucket: str) -> None:
    put_keys(boto_client, bucket, ["a/b/c.txt", "a/b/d/", "a/b/d/e.txt", "a/bz.txt", "a/x.txt",
                                   "b/c.txt"])
    model, sorter = make_model(runner, registry_for())
    model.set_location(Location(ACCOUNT, bucket, "a/"))
    load_all(qtbot, model)
    assert rows(sorter) == ["b", "bz.txt", "x.txt"]
    model.search_recursive("b")
    load_all(qtbot, model)
    assert model.search_text == "b"
    assert rows(sorter) == ["b/d", "b/c.txt", "b/d/e.txt", "bz.txt"]
    assert model.entry(sorter.index(1, 0)).key == "a/b/c.txt"
    assert model.location == Location(ACCOUNT, bucket, "a/")
    model.search_recursive("")
    load_all(qtbot, model)
    assert rows(sorter) == ["b", "bz.txt", "x.txt"]


def test_bucket_list_and_pinned_buckets(qtbot: QtBot, runner: TaskRunner,
                                        registry_for: RegistryFactory, bucket: str,
                                        proxy: FaultProxy) -> None:
    model, sorter = make_model(runner, registry_for(proxy))
    model.set_location(Location(ACCOUNT, None))
    load_all(qtbot, model)
    assert bucket in rows(sorter)
    assert sorter.index(0, Column.TYPE).data() == "Bucket"
    assert not sorter.flags(sorter.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled

    class Pinned:
        id, pinned_buckets = ACCOUNT, ("pinned-one", "pinned-two")

    proxy.clear()
    model.set_accounts([Pinned()])
    model.set_location(Location(ACCOUNT, None))
    assert rows(sorter) == ["pinned-one", "pinned-two"] and model.fully_loaded
    assert proxy.seen == []  # no ListBuckets, which a bucket-scoped key may not call
    child = Location(ACCOUNT, None).child(model.entry(sorter.index(1, 0)))
    assert child == Location(ACCOUNT, "pinned-two", "")


def test_drag_payload_and_drops(qtbot: QtBot, runner: TaskRunner, registry_for: RegistryFactory,
                                boto_client: Any, bucket: str, tmp_path: Any) -> None:
    put_keys(boto_client, bucket, ["p/dir/x", "p/one.txt", "p/two words.txt"])
    model, sorter = make_model(runner, registry_for())
    model.set_location(Location(ACCOUNT, bucket, "p/"))
    load_all(qtbot, model)
    mime = sorter.mimeData([sorter.index(1, 0), sorter.index(2, 0), sorter.index(2, 1)])
    payload = json.loads(bytes(mime.data(ENTRIES_MIME).data()))
    assert payload == {"account": ACCOUNT, "bucket": bucket,
                       "keys": ["p/one.txt", "p/two words.txt"]}
    assert mime.text().splitlines()[1] == f"s3://{bucket}/p/two%20words.txt"

    local = tmp_path / "photo.jpg"
    local.write_bytes(b"x")
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(local))])
    folder = sorter.index(0, 0)
    file_row = sorter.index(1, 0)
    assert sorter.flags(folder) & Qt.ItemFlag.ItemIsDropEnabled
    assert not sorter.flags(file_row) & Qt.ItemFlag.ItemIsDropEnabled
    with qtbot.waitSignal(model.drop_requested) as dropped:
        assert sorter.dropMimeData(files, Qt.DropAction.CopyAction, -1, -1, folder)
    assert dropped.args[0] == DropRequest(Location(ACCOUNT, bucket, "p/dir/"),
                                          (str(local),), None, False)
    with qtbot.waitSignal(model.drop_requested) as dropped:
        assert sorter.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert dropped.args[0] == DropRequest(Location(ACCOUNT, bucket, "p/"), (),
                                          (ACCOUNT, bucket, ("p/one.txt", "p/two words.txt")),
                                          True)
    assert not sorter.dropMimeData(QMimeData(), Qt.DropAction.CopyAction, -1, -1, folder)


def test_natural_key_orders_numbers_and_case() -> None:
    names = ["file10", "File9", "file1", "a", "B", "file1a", "10", "9"]
    assert sorted(names, key=lambda n: (natural_key(n), n)) == \
        ["9", "10", "a", "B", "file1", "file1a", "File9", "file10"]


def test_a_page_too_slow_to_insert_at_once_arrives_in_slices(
        qtbot: QtBot, qtmodeltester: Any, monkeypatch: pytest.MonkeyPatch, runner: TaskRunner,
        registry_for: RegistryFactory, boto_client: Any, bucket: str) -> None:
    # A slice budget no insert fits: every slice is the smallest, and the event loop runs
    # between them (a slow machine, where a whole page would hold the GUI thread).
    monkeypatch.setattr(object_table, "INSERT_SLICE_S", 0.0)
    put_keys(boto_client, bucket, [f"s/k{i:03}" for i in range(180)] + ["s/sub/a"])
    model, sorter = make_model(runner, registry_for())
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append(last - first + 1))
    loading: list[bool] = []
    model.loading_changed.connect(loading.append)
    model.set_location(Location(ACCOUNT, bucket, "s/"))
    qtbot.waitUntil(lambda: model.fully_loaded, timeout=WAIT)
    assert inserted == [1, 50, 50, 50, 30]          # the folder, then the objects in slices
    assert loading[-1] is False and model.rowCount() == 181
    assert loading.count(False) == 2                # the restart, and once every row was in
    assert rows(sorter)[:3] == ["sub", "k000", "k001"]
    qtmodeltester.check(model)
    qtmodeltester.check(sorter)
