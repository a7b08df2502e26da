"""The incomplete uploads window on the suite's server: uploads made with boto3 are listed with
their parts and sizes, abort (selected, or older than N days by an injected clock) removes them,
an upload this app's journal knows resumes through the queue, and the lifecycle offer adds its
rule and keeps the others. Effects are checked with boto3."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spacesgui.clients import ClientRegistry
from spacesgui.s3.client import S3Client
from spacesgui.s3.transfer.common import MiB
from spacesgui.s3.transfer.journal import UploadJournal
from spacesgui.states import JobKind, JobState
from spacesgui.ui import boxes
from spacesgui.ui.actions import BUCKET_LIST_MENU, TREE_MENU
from spacesgui.ui.dialogs.incomplete_uploads import IncompleteUploadsWindow
from spacesgui.ui.models.entries import Location
from spacesgui.ui.models.incomplete_uploads import PARTS, RESUMABLE, UPLOADED
from spacesgui.ui.models.transfers import progress_text
from spacesgui.ui.window import MainWindow
from spacesgui.workers.tasks import TaskRunner
from spacesgui.workers.transfer_jobs import JobSpec
from spacesgui.workers.transfer_store import SavedJob, encode_state
from spacesgui.workers.transfers import TransferQueue
from tests.faultproxy import FaultProxy
from tests.servers import ClientFactory, ServerInfo
from tests.ui.transfer_helpers import ACCOUNT, QueueFactory, make_file, stored_md5, wait_state
from tests.ui.window_helpers import ACCOUNT as WINDOW_ACCOUNT
from tests.ui.window_helpers import WAIT, names, select, wait_listed

OpenWindow = Callable[..., IncompleteUploadsWindow]


def _start_upload(boto: Any, bucket: str, key: str, sizes: list[int]) -> str:
    upload_id: str = boto.create_multipart_upload(Bucket=bucket, Key=key)["UploadId"]
    for number, size in enumerate(sizes, start=1):
        boto.upload_part(Bucket=bucket, Key=key, UploadId=upload_id, PartNumber=number,
                         Body=bytes([number]) * size)
    return upload_id


def _server_uploads(boto: Any, bucket: str) -> list[tuple[str, str]]:
    return sorted((u["Key"], u["UploadId"])
                  for u in boto.list_multipart_uploads(Bucket=bucket).get("Uploads", []))


def _no_resume(_entry: object) -> None:
    raise AssertionError("nothing here is resumable")


@pytest.fixture
def open_window(qtbot: QtBot, runner: TaskRunner, make_client: ClientFactory,
                make_queue: QueueFactory) -> Iterator[OpenWindow]:
    """The window over its own transfer queue, which runs the aborts."""
    opened: list[IncompleteUploadsWindow] = []

    def make(bucket: str, *, client: S3Client | None = None,
             journal: Callable[[], list[Any]] = list, resume: Callable[[Any], None] = _no_resume,
             now: Callable[[], datetime] | None = None) -> IncompleteUploadsWindow:
        s3 = client or make_client()
        registry = ClientRegistry()
        registry.put(ACCOUNT, s3)
        extra = {"now": now} if now is not None else {}
        window = IncompleteUploadsWindow(runner, lambda: s3, bucket, queue=make_queue(registry),
                                         account_id=ACCOUNT, endpoint=s3.endpoint,
                                         journal=journal, resume=resume, **extra)
        opened.append(window)
        window.show()
        return window

    yield make
    for window in opened:
        window.close()
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=WAIT)


def _wait_rows(qtbot: QtBot, window: IncompleteUploadsWindow, n: int) -> None:
    qtbot.waitUntil(lambda: window.model.rowCount() == n and window._list_task is None,
                    timeout=WAIT)


def _wait_parts(qtbot: QtBot, window: IncompleteUploadsWindow) -> None:
    qtbot.waitUntil(lambda: all(r.parts is not None for r in window.model.rows()),
                    timeout=WAIT)


def _text(window: IncompleteUploadsWindow, row: int, column: int) -> str:
    return str(window.model.index(row, column).data())


def test_lists_uploads_with_their_parts_and_sizes(
        qtbot: QtBot, qtmodeltester: Any, open_window: OpenWindow, bucket: str,
        boto_client: Any) -> None:
    first = _start_upload(boto_client, bucket, "a/first.bin", [1000, 2000])
    second = _start_upload(boto_client, bucket, "second.bin", [700])
    window = open_window(bucket)
    assert window.objectName() == "incompleteUploadsDialog" and not window.isModal()
    _wait_rows(qtbot, window, 2)
    _wait_parts(qtbot, window)
    rows = {r.upload.upload_id: r for r in window.model.rows()}
    assert (rows[first].upload.key, rows[first].parts, rows[first].size) == (
        "a/first.bin", 2, 3000)
    assert (rows[second].upload.key, rows[second].parts, rows[second].size) == (
        "second.bin", 1, 700)
    row = [r.upload.upload_id for r in window.model.rows()].index(first)
    assert _text(window, row, PARTS) == "2"
    assert _text(window, row, UPLOADED) == "2.9 KiB"
    assert _text(window, row, RESUMABLE) == ""
    assert "2 incomplete uploads" in window.status.text()
    assert "30 days" in window.findChild(type(window.status), "purgeNote").text()
    qtmodeltester.check(window.model)


def test_abort_selected_removes_them_on_the_server(
        qtbot: QtBot, open_window: OpenWindow, bucket: str, boto_client: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def confirm(*args: Any, **kwargs: Any) -> None:
        asked.append(args[2] + "\n" + args[3])
        kwargs["on_yes"]()

    monkeypatch.setattr(boxes, "confirm", confirm)
    kept = _start_upload(boto_client, bucket, "keep.bin", [100])
    for n in range(3):
        _start_upload(boto_client, bucket, f"gone-{n}.bin", [100])
    window = open_window(bucket)
    _wait_rows(qtbot, window, 4)
    model, selection = window.model, window.table.selectionModel()
    for row, item in enumerate(model.rows()):
        if item.upload.upload_id != kept:
            selection.select(model.index(row, 0), selection.SelectionFlag.Select
                             | selection.SelectionFlag.Rows)
    assert window.abort_button.isEnabled() and not window.resume_button.isEnabled()
    window.abort_button.click()
    assert len(asked) == 1 and "Abort 3 incomplete uploads?" in asked[0]
    assert "cannot be undone" in asked[0]
    _wait_rows(qtbot, window, 1)
    assert _server_uploads(boto_client, bucket) == [("keep.bin", kept)]
    assert not window.progress.isVisible()


def test_abort_older_than_counts_age_by_the_clock(
        qtbot: QtBot, open_window: OpenWindow, bucket: str, boto_client: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    confirmed: list[str] = []

    def confirm(*args: Any, **kwargs: Any) -> None:
        confirmed.append(args[2])
        kwargs["on_yes"]()

    monkeypatch.setattr(boxes, "confirm", confirm)
    for n in range(2):
        _start_upload(boto_client, bucket, f"old-{n}.bin", [10])
    clock = {"now": datetime.now(UTC)}
    window = open_window(bucket, now=lambda: clock["now"])
    _wait_rows(qtbot, window, 2)
    assert _text(window, 0, 2) in ("under a minute", "1 minute")
    clock["now"] += timedelta(days=10, hours=1)
    window.model.layoutChanged.emit()
    assert _text(window, 0, 2) == "10 days"
    window.older_spin.setValue(30)
    window.older_button.click()
    assert not confirmed and "more than 30 days ago" in window.status.text()
    assert len(_server_uploads(boto_client, bucket)) == 2
    window.older_spin.setValue(7)
    window.older_button.click()
    assert confirmed == ["Abort 2 incomplete uploads?"]
    _wait_rows(qtbot, window, 0)
    assert _server_uploads(boto_client, bucket) == []


def test_abort_is_a_queued_job_with_progress_and_a_summary(
        qtbot: QtBot, open_window: OpenWindow, bucket: str, boto_client: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(boxes, "confirm", lambda *a, **kw: kw["on_yes"]())
    started = sorted(_start_upload(boto_client, bucket, f"q-{n}.bin", [10]) for n in range(3))
    window = open_window(bucket)
    _wait_rows(qtbot, window, 3)
    window.table.selectAll()
    window.abort_button.click()
    queue = window._queue
    [job] = queue.jobs()
    assert job.kind == JobKind.ABORT_UPLOADS == "abort-uploads" and job.unit == "items"
    assert sorted(job.spec.upload_ids) == started
    assert wait_state(qtbot, queue, job.id) == "done"
    _wait_rows(qtbot, window, 0)
    assert _server_uploads(boto_client, bucket) == []
    done = queue.job(job.id)
    assert done is not None and (done.done_bytes, done.total_bytes) == (3, 3)
    assert progress_text(done) == "100% \u00b7 3 of 3 items"
    assert "Aborted 3 uploads." in window.status.text()
    assert not window.progress.isVisible() and window.refresh_button.isEnabled()


def test_a_saved_abort_job_comes_back_paused_and_finishes(
        qtbot: QtBot, make_queue: QueueFactory, registry: ClientRegistry, bucket: str,
        boto_client: Any, tmp_path: Path) -> None:
    """Like any job, an abort saved at shutdown comes back paused; resumed, it aborts what is
    left, and an upload already gone counts as aborted."""
    uploads = [(f"r-{n}.bin", _start_upload(boto_client, bucket, f"r-{n}.bin", [10]))
               for n in range(3)]
    boto_client.abort_multipart_upload(Bucket=bucket, Key=uploads[0][0],
                                       UploadId=uploads[0][1])
    state = tmp_path / "saved"
    state.mkdir()
    spec = JobSpec(JobKind.ABORT_UPLOADS, ACCOUNT, bucket, keys=tuple(k for k, _ in uploads),
                   upload_ids=tuple(u for _, u in uploads))
    assert JobSpec.from_json(json.loads(json.dumps(spec.to_json()))) == spec
    (state / "queue.json").write_bytes(encode_state([SavedJob(spec, JobState.PAUSED, 1, 3,
                                                              None)]))
    queue = make_queue(registry, state_dir=state)
    [job_id] = queue.restore()
    job = queue.job(job_id)
    assert job is not None and job.state == "paused" and job.spec == spec
    queue.resume(job_id)
    assert wait_state(qtbot, queue, job_id) == "done"
    assert _server_uploads(boto_client, bucket) == []
    assert queue.job(job_id).done_bytes == 3   # type: ignore[union-attr]


def _rules_by_id(boto: Any, bucket: str) -> dict[str, Any]:
    rules = boto.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]
    return {r["ID"]: r for r in rules}


def test_lifecycle_offer_adds_the_rule_and_keeps_the_others(
        qtbot: QtBot, open_window: OpenWindow, bucket: str, boto_client: Any) -> None:
    others = [
        {"ID": "logs", "Filter": {"Prefix": "logs/"}, "Status": "Enabled",
         "Expiration": {"Days": 14}},
        {"ID": "tmp", "Filter": {"Prefix": "tmp/"}, "Status": "Disabled",
         "Expiration": {"Days": 1}},
    ]
    boto_client.put_bucket_lifecycle_configuration(
        Bucket=bucket, LifecycleConfiguration={"Rules": others})
    window = open_window(bucket)
    _wait_rows(qtbot, window, 0)
    window.rule_spin.setValue(5)
    window.rule_button.click()
    qtbot.waitUntil(lambda: window.rule_status.text().startswith("Added"), timeout=WAIT)
    # RGW answers with the rules sorted by id, so they are compared by id.
    rules = _rules_by_id(boto_client, bucket)
    assert sorted(rules) == ["abort-incomplete-uploads", "logs", "tmp"]
    for before in others:
        after = rules[before["ID"]]
        assert after["Status"] == before["Status"]
        assert after["Expiration"] == before["Expiration"]
        assert after.get("Filter", {}).get("Prefix", after.get("Prefix")) == \
            before["Filter"]["Prefix"]
    added = rules["abort-incomplete-uploads"]
    assert added["Status"] == "Enabled"
    assert added["AbortIncompleteMultipartUpload"] == {"DaysAfterInitiation": 5}
    assert "Expiration" not in added

    window.rule_spin.setValue(9)   # again: the rule is replaced, not added twice
    window.rule_button.click()
    qtbot.waitUntil(lambda: "9 days" in window.rule_status.text(), timeout=WAIT)
    rules = _rules_by_id(boto_client, bucket)
    assert sorted(rules) == ["abort-incomplete-uploads", "logs", "tmp"]
    assert rules["abort-incomplete-uploads"]["AbortIncompleteMultipartUpload"] == {
        "DaysAfterInitiation": 9}
    assert rules["logs"]["Expiration"] == {"Days": 14}


def test_lifecycle_offer_refuses_a_configuration_it_cannot_rewrite(
        qtbot: QtBot, open_window: OpenWindow, bucket: str, boto_client: Any) -> None:
    tagged = {"ID": "tagged", "Status": "Enabled", "Expiration": {"Days": 3},
              "Filter": {"Tag": {"Key": "kind", "Value": "scratch"}}}
    boto_client.put_bucket_lifecycle_configuration(
        Bucket=bucket, LifecycleConfiguration={"Rules": [tagged]})
    before = boto_client.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]
    window = open_window(bucket)
    asked: list[bool] = []
    window.settings_requested.connect(lambda: asked.append(True))
    _wait_rows(qtbot, window, 0)
    window.rule_button.click()
    qtbot.waitUntil(lambda: window.rule_status.text().startswith("Not changed"), timeout=WAIT)
    assert "object tags" in window.rule_status.text()
    assert "Lifecycle page" in window.rule_status.text()
    assert window.settings_button.isVisible()
    window.settings_button.click()
    assert asked == [True]
    assert boto_client.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"] == before


# ---- an upload the journal knows --------------------------------------------------------

PARTS_IN_FILE = 4
SIZE = PARTS_IN_FILE * 5 * MiB


@pytest.fixture
def slow_proxy(s3_server: ServerInfo) -> Iterator[FaultProxy]:
    with FaultProxy(s3_server.endpoint, hold_timeout=2.0) as running:
        yield running


def test_journal_known_upload_resumes_through_the_queue(
        qtbot: QtBot, make_queue: QueueFactory, make_client: ClientFactory,
        slow_proxy: FaultProxy, open_window: OpenWindow, bucket: str, boto_client: Any,
        tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    md5 = make_file(path, SIZE)
    state_dir = tmp_path / "state"
    registry = ClientRegistry()
    registry.put(ACCOUNT, make_client(slow_proxy.url))
    # Interrupt the engine's upload: part 1 passes, part 2 hangs until the queue shuts down.
    slow_proxy.delay(times=1, seconds=0.0, method="PUT")
    held = slow_proxy.delay(times=1, release=threading.Event(), method="PUT")
    first = make_queue(registry, state_dir=state_dir)
    first.enqueue_upload(ACCOUNT, bucket, "big.bin", str(path))
    qtbot.waitUntil(held.hit.is_set, timeout=30_000)
    assert first.shutdown(20_000)
    [entry] = UploadJournal(state_dir / "journal").entries()
    stranger = _start_upload(boto_client, bucket, "other.bin", [10])

    queue: TransferQueue = make_queue(registry, state_dir=state_dir)
    resumed: list[int] = []

    def resume(known: Any) -> None:
        resumed.append(queue.enqueue_upload(ACCOUNT, known.bucket, known.key, known.file.path))

    window = open_window(bucket, client=registry.client_for(ACCOUNT),
                         journal=queue.journal_entries, resume=resume)
    _wait_rows(qtbot, window, 2)
    rows = [r.upload.upload_id for r in window.model.rows()]
    mine, theirs = rows.index(entry.upload_id), rows.index(stranger)
    assert _text(window, mine, RESUMABLE) == "Yes" and _text(window, theirs, RESUMABLE) == ""
    selection = window.table.selectionModel()
    selection.select(window.model.index(theirs, 0),
                     selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
    assert not window.resume_button.isEnabled()
    selection.select(window.model.index(mine, 0),
                     selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
    assert window.resume_button.isEnabled()
    mark = len(slow_proxy.seen)
    window.resume_button.click()
    assert len(resumed) == 1
    assert wait_state(qtbot, queue, resumed[0]) == "done"
    assert stored_md5(boto_client, bucket, "big.bin") == md5
    creates = [s for s in slow_proxy.seen[mark:] if s.method == "POST"
               and "uploads" in parse_qs(s.query, keep_blank_values=True)]
    assert not creates, "resuming must continue the journal's upload, not start another"
    assert _server_uploads(boto_client, bucket) == [("other.bin", stranger)]
    assert not UploadJournal(state_dir / "journal").entries()


# ---- from the main window ---------------------------------------------------------------

def _upload_windows() -> list[IncompleteUploadsWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, IncompleteUploadsWindow) and w.isVisible()]


def test_action_in_the_bucket_menu_opens_one_window_per_bucket(
        qtbot: QtBot, window: MainWindow, bucket: str, boto_client: Any) -> None:
    _start_upload(boto_client, bucket, "x.bin", [10])
    window.navigate(Location(WINDOW_ACCOUNT, None))
    wait_listed(qtbot, window)
    window.table.clearSelection()
    window.update_actions()
    action = window.findChild(QAction, "actionIncompleteUploads")
    assert action is not None and not action.isEnabled()
    assert action in window.window_actions.menus["bucket"].actions()
    assert "incomplete_uploads" in BUCKET_LIST_MENU and "incomplete_uploads" in TREE_MENU
    qtbot.waitUntil(lambda: bucket in names(window), timeout=WAIT)
    select(window, bucket)
    window.update_actions()
    assert action.isEnabled()
    action.trigger()
    [opened] = _upload_windows()
    assert opened.objectName() == "incompleteUploadsDialog"
    assert bucket in opened.windowTitle()
    _wait_rows(qtbot, opened, 1)
    action.trigger()   # again: the same window comes forward
    assert _upload_windows() == [opened]
    opened.close()
    qtbot.waitUntil(lambda: not _upload_windows())
    action.trigger()
    qtbot.waitUntil(lambda: len(_upload_windows()) == 1)
    again = _upload_windows()[0]
    assert again is not opened
    _wait_rows(qtbot, again, 1)
    again.close()


# ---- progress, cancel, and parts loaded only for rows in view ----------------------------

def test_abort_shows_progress_and_cancel_stops_between_uploads(
        qtbot: QtBot, open_window: OpenWindow, bucket: str, boto_client: Any,
        make_client: ClientFactory, proxy: FaultProxy,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(boxes, "confirm", lambda *a, **kw: kw["on_yes"]())
    for n in range(4):
        _start_upload(boto_client, bucket, f"u-{n}.bin", [10])
    window = open_window(bucket, client=make_client(proxy.url))
    _wait_rows(qtbot, window, 4)
    proxy.delay(times=1, seconds=0.0, method="DELETE")
    release = threading.Event()
    held = proxy.delay(times=1, release=release, method="DELETE")   # the second abort hangs
    window.table.selectAll()
    window.abort_button.click()
    assert window.progress.isVisible() and window.cancel_button.isVisible()
    assert not window.abort_button.isEnabled() and not window.older_button.isEnabled()
    qtbot.waitUntil(held.hit.is_set, timeout=WAIT)
    qtbot.waitUntil(lambda: window.progress.value() == 1, timeout=WAIT)
    window.cancel_button.click()
    assert not window.progress.isVisible() and not window.cancel_button.isVisible()
    release.set()   # the abort on its way ends; no other starts
    qtbot.waitUntil(lambda: "Abort cancelled" in window.status.text()
                    and window._list_task is None, timeout=WAIT)
    assert len(_server_uploads(boto_client, bucket)) == 2
    assert window.model.rowCount() == 2
    assert window.refresh_button.isEnabled() and window.older_button.isEnabled()


def test_parts_are_loaded_for_the_rows_in_view_only(
        qtbot: QtBot, open_window: OpenWindow, bucket: str, boto_client: Any) -> None:
    for n in range(40):
        boto_client.create_multipart_upload(Bucket=bucket, Key=f"many/{n:02d}.bin")
    window = open_window(bucket)
    window.resize(700, 420)
    _wait_rows(qtbot, window, 40)
    table = window.table
    in_view = table.rowAt(table.viewport().height() - 1) + 1
    assert 0 < in_view < 30
    qtbot.waitUntil(lambda: all(r.parts is not None for r in window.model.rows()[:in_view]),
                    timeout=WAIT)
    loaded = [r for r in window.model.rows() if r.parts is not None]
    assert len(loaded) <= in_view + 2, "rows out of view were asked for their parts"
    assert window.model.rows()[-1].parts is None
    table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rows()[-1].parts == 0, timeout=WAIT)
    assert window.model.rows()[20].parts is None
    selection = table.selectionModel()
    selection.select(window.model.index(20, 0),
                     selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
    qtbot.waitUntil(lambda: window.model.rows()[20].parts == 0, timeout=WAIT)
