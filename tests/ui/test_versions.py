"""The versions view against the real RGW: order, paging, restore, delete a version, undelete,
the disabled action in a never-versioned bucket and the delete confirmation's wording."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from spacesgui.clients import ClientRegistry
from spacesgui.ui import boxes
from spacesgui.ui.models.entries import Location
from spacesgui.ui.models.versions import VersionsModel
from spacesgui.ui.preview import PreviewDialog
from spacesgui.ui.window import MainWindow
from spacesgui.ui.window.versions import TIP_AVAILABLE, TIP_NEVER, VersionsTable
from spacesgui.workers.tasks import TaskRunner
from tests.ui import transfer_helpers
from tests.ui.window_helpers import ACCOUNT, WAIT, open_folder, press, select


def _versioned(boto_client: Any, bucket: str) -> None:
    boto_client.put_bucket_versioning(Bucket=bucket,
                                      VersioningConfiguration={"Status": "Enabled"})


def _history(boto_client: Any, bucket: str) -> tuple[list[str], str]:
    """Three versions and a delete marker of docs/a.txt, newest first, and b.txt's version."""
    _versioned(boto_client, bucket)
    ids = [boto_client.put_object(Bucket=bucket, Key="docs/a.txt", Body=body)["VersionId"]
           for body in (b"one", b"two", b"three")]
    marker = boto_client.delete_object(Bucket=bucket, Key="docs/a.txt")["VersionId"]
    other = boto_client.put_object(Bucket=bucket, Key="docs/b.txt", Body=b"b")["VersionId"]
    boto_client.put_object(Bucket=bucket, Key="docs/sub/c.txt", Body=b"c")
    return [marker, *reversed(ids)], other


def _server_versions(boto_client: Any, bucket: str, key: str) -> list[str]:
    answer = boto_client.list_object_versions(Bucket=bucket, Prefix=key)
    found = [(v["LastModified"], v["VersionId"]) for v in answer.get("Versions", [])
             if v["Key"] == key]
    found += [(m["LastModified"], m["VersionId"]) for m in answer.get("DeleteMarkers", [])
              if m["Key"] == key]
    return [version for _when, version in found]


def _show_versions(qtbot: QtBot, win: MainWindow, bucket: str) -> None:
    open_folder(qtbot, win, bucket, "docs/")
    action = win.window_actions["show_versions"]
    qtbot.waitUntil(action.isEnabled, timeout=WAIT)
    action.trigger()
    assert action.isChecked() and win.versions_table.isVisible() and not win.table.isVisible()
    _wait(qtbot, win)


def _wait(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.versions.model.is_loading, timeout=WAIT)


def _listed(win: MainWindow) -> list[tuple[str, str, bool, bool]]:
    return [(r.name, r.version_id, r.is_latest, r.is_delete_marker)
            for r in win.versions.model.rows]


def _pick(win: MainWindow, key: str, version_id: str) -> None:
    index = win.versions.index_of(key, version_id)
    assert index.isValid()
    win.versions_table.selectRow(index.row())


@pytest.fixture
def confirmed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def confirm(_parent: Any, _title: str, text: str, detail: str, **kw: Any) -> None:
        asked.append((text, detail))
        kw["on_yes"]()

    monkeypatch.setattr(boxes, "confirm", confirm)
    return asked


def test_versions_newest_first_latest_marked(qtbot: QtBot, window: MainWindow,
                                            boto_client: Any, bucket: str) -> None:
    ids, other = _history(boto_client, bucket)
    _show_versions(qtbot, window, bucket)
    assert window.window_actions["show_versions"].toolTip() == TIP_AVAILABLE
    assert _listed(window) == [
        ("a.txt", ids[0], True, True), ("a.txt", ids[1], False, False),
        ("a.txt", ids[2], False, False), ("a.txt", ids[3], False, False),
        ("b.txt", other, True, False)]
    model = window.versions.model
    assert model.folder_count == 1  # the subfolder first, as in the folder's listing
    assert (model.index(0, 0).data(), model.index(0, 5).data()) == ("sub", "Folder")
    assert model.index(1, 5).data() == "Delete marker"
    assert model.index(1, 4).data() == "Latest" and model.index(2, 4).data() == ""
    assert model.index(2, 3).data() == "5 bytes"
    assert window.status.listing.text() == "5 versions and delete markers"
    # Unchecked, the folder's listing is back.
    window.window_actions["show_versions"].trigger()
    assert window.table.isVisible() and not window.versions_table.isVisible()
    assert window.status.listing.text() == "1 folder, 1 file"  # a.txt is deleted


def test_opening_a_folder_shows_its_versions(qtbot: QtBot, window: MainWindow,
                                             boto_client: Any, bucket: str) -> None:
    _history(boto_client, bucket)
    _show_versions(qtbot, window, bucket)
    window.versions_table.selectRow(0)
    window.versions.actions["open"].trigger()
    qtbot.waitUntil(lambda: window.location == Location(ACCOUNT, bucket, "docs/sub/"),
                    timeout=WAIT)
    _wait(qtbot, window)
    assert window.window_actions["show_versions"].isChecked()
    assert [r.name for r in window.versions.model.rows] == ["c.txt"]


def test_restore_makes_the_old_content_current(qtbot: QtBot, window: MainWindow,
                                              boto_client: Any, bucket: str,
                                              confirmed: list[tuple[str, str]]) -> None:
    ids, _other = _history(boto_client, bucket)
    _show_versions(qtbot, window, bucket)
    _pick(window, "docs/a.txt", ids[3])
    assert not window.versions.actions["undelete"].isEnabled()
    window.versions.actions["restore"].trigger()
    assert confirmed and "current file" in confirmed[0][1] and "undone" in confirmed[0][1]
    qtbot.waitUntil(lambda: len(window.versions.model.rows) == 6, timeout=WAIT)
    _wait(qtbot, window)
    body = boto_client.get_object(Bucket=bucket, Key="docs/a.txt")["Body"].read()
    assert body == b"one"
    assert window.versions.model.rows[0].is_latest and window.versions.model.rows[0].size == 3


def test_delete_version_removes_exactly_that_version(qtbot: QtBot, window: MainWindow,
                                                     boto_client: Any, bucket: str,
                                                     confirmed: list[tuple[str, str]]) -> None:
    ids, _other = _history(boto_client, bucket)
    _show_versions(qtbot, window, bucket)
    _pick(window, "docs/a.txt", ids[2])
    window.versions.actions["delete"].trigger()
    assert "permanently" in confirmed[0][0] and "cannot be undone" in confirmed[0][1]
    qtbot.waitUntil(lambda: len(window.versions.model.rows) == 4, timeout=WAIT)
    assert sorted(_server_versions(boto_client, bucket, "docs/a.txt")) == sorted(
        [ids[0], ids[1], ids[3]])


def test_undelete_brings_the_object_back(qtbot: QtBot, window: MainWindow,
                                         boto_client: Any, bucket: str) -> None:
    ids, _other = _history(boto_client, bucket)
    _show_versions(qtbot, window, bucket)
    _pick(window, "docs/a.txt", ids[0])
    assert not window.versions.actions["restore"].isEnabled()
    window.versions.actions["undelete"].trigger()
    qtbot.waitUntil(lambda: len(window.versions.model.rows) == 4, timeout=WAIT)
    body = boto_client.get_object(Bucket=bucket, Key="docs/a.txt")["Body"].read()
    assert body == b"three"
    assert window.versions.model.rows[0].version_id == ids[1]
    assert window.versions.model.rows[0].is_latest


def test_download_a_version(qtbot: QtBot, window: MainWindow, boto_client: Any, bucket: str,
                            tmp_path: Any) -> None:
    ids, _other = _history(boto_client, bucket)
    _show_versions(qtbot, window, bucket)
    _pick(window, "docs/a.txt", ids[2])
    loc = window.versions.model.location
    assert loc is not None and loc.bucket is not None
    row = window.versions.selected()
    assert row is not None
    target = tmp_path / "old.txt"
    window.versions.download_to(str(target), loc.account_id, loc.bucket, row)
    qtbot.waitUntil(lambda: target.exists() and target.read_bytes() == b"two", timeout=WAIT)


def test_open_previews_the_version(qtbot: QtBot, window: MainWindow, boto_client: Any,
                                   bucket: str) -> None:
    ids, _other = _history(boto_client, bucket)
    _show_versions(qtbot, window, bucket)
    _pick(window, "docs/a.txt", ids[3])
    window.versions.actions["open"].trigger()
    dialog = window.findChild(PreviewDialog, "previewDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.text_view.toPlainText() == "one", timeout=WAIT)
    dialog.close()


def test_action_disabled_with_reason_in_never_versioned_bucket(
        qtbot: QtBot, window: MainWindow, boto_client: Any, bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="docs/a.txt", Body=b"x")
    open_folder(qtbot, window, bucket, "docs/")
    action = window.window_actions["show_versions"]
    qtbot.waitUntil(lambda: action.toolTip() == TIP_NEVER, timeout=WAIT)
    assert not action.isEnabled() and action.statusTip() == TIP_NEVER
    assert action.objectName() == "actionShowVersions" and action.isCheckable()
    assert action in window.window_actions.menus["view"].actions()
    # Turned on since (in another tool): Refresh reads the state again.
    _versioned(boto_client, bucket)
    window.window_actions["refresh"].trigger()
    qtbot.waitUntil(action.isEnabled, timeout=WAIT)
    assert action.toolTip() == TIP_AVAILABLE


def test_delete_in_versioned_bucket_says_it_leaves_a_marker(
        qtbot: QtBot, window: MainWindow, boto_client: Any, bucket: str,
        confirmed: list[tuple[str, str]]) -> None:
    _history(boto_client, bucket)
    open_folder(qtbot, window, bucket, "docs/")
    qtbot.waitUntil(window.window_actions["show_versions"].isEnabled, timeout=WAIT)
    select(window, "b.txt")
    press(qtbot, window, Qt.Key.Key_Delete)
    assert "delete marker" in confirmed[0][1] and "Show Versions" in confirmed[0][1]
    assert "cannot be undone" not in confirmed[0][1]
    qtbot.waitUntil(lambda: len(_server_versions(boto_client, bucket, "docs/b.txt")) == 2,
                    timeout=WAIT)


def test_model_pages_as_the_view_scrolls(qtbot: QtBot, qtmodeltester: Any, runner: TaskRunner,
                                         registry: ClientRegistry, boto_client: Any,
                                         bucket: str) -> None:
    _versioned(boto_client, bucket)
    for n in range(6):
        for body in (b"a", b"bb", b"ccc"):
            boto_client.put_object(Bucket=bucket, Key=f"f{n}.txt", Body=body)
    where = Location(transfer_helpers.ACCOUNT, bucket, "")
    checked = VersionsModel(runner, registry.client_for, page_size=4)
    qtmodeltester.check(checked)  # it fetches every page itself, so it gets a model of its own
    checked.set_location(where)
    qtbot.waitUntil(lambda: not checked.canFetchMore() and not checked.is_loading, timeout=WAIT)
    assert checked.rowCount() == 18
    model = VersionsModel(runner, registry.client_for, page_size=2)
    view = VersionsTable()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 120)
    view.show()
    qtbot.waitExposed(view)
    model.set_location(where)
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0, timeout=WAIT)
    first = model.requests_made
    assert model.rowCount() < 18 and model.canFetchMore()
    for _ in range(20):  # 18 versions, 2 a page
        if not model.canFetchMore():
            break
        before = model.rowCount()
        view.scrollToBottom()  # the view asks for more when it reaches the end

        def grown(n: int = before) -> bool:
            return not model.is_loading and model.rowCount() > n

        qtbot.waitUntil(grown, timeout=WAIT)
    assert model.requests_made > first
    assert [(r.key, r.size) for r in model.rows] == [
        (f"f{n}.txt", size) for n in range(6) for size in (3, 2, 1)]
    assert len({r.version_id for r in model.rows}) == 18
