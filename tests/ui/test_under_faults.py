"""The window's scenarios through the fault proxy, with SlowDown bursts and resets on each.

Browse the account and a bucket, open a 2,500-key folder to its end, upload and download
folders, download a file the server refuses, open a folder the server refuses to list, and open
every bucket-settings page: every retried request ends well, nothing raises on the GUI thread
(pytest-qt fails the test on an exception in a slot), the event loop never stalls long, and every
failure the window shows carries the server's code and request id. Retries are visible: a
transfer that met SlowDown shows "Throttled" with the pace while it waits.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spacesgui.app import AppContext
from spacesgui.clients import ClientRegistry
from spacesgui.config import Account
from spacesgui.s3.http import RetryPolicy
from spacesgui.states import JobState
from spacesgui.ui.bucket_settings.base import PageState
from spacesgui.ui.bucket_settings.dialog import BucketSettingsDialog
from spacesgui.ui.models.entries import Location
from spacesgui.ui.models.transfers import STATE
from spacesgui.ui.window import MainWindow
from spacesgui.workers.tasks import TaskRunner
from spacesgui.workers.transfers import TransferQueue
from tests.faultproxy import FaultProxy
from tests.servers import ClientFactory, ServerInfo
from tests.ui.browser_helpers import Heartbeat, put_many
from tests.ui.transfer_helpers import SMALL_PARTS, wait_state
from tests.ui.window_helpers import ACCOUNT, WAIT, names, select, wait_listed

KEYS = 2500
STALL_LIMIT_MS = 2000   # generous: two cores shared with the server and other test runs
# Short backoff keeps the run short; the retries themselves are what is tested.
FAST_RETRY = RetryPolicy(max_attempts=6, base=0.05, cap=0.5)
DENIED = (b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
          b"<Message>Access Denied</Message></Error>")


@pytest.fixture
def faulty_window(qtbot: QtBot, qapp: QApplication, runner: TaskRunner, tmp_path: Path,
                  s3_server: ServerInfo, make_client: ClientFactory,
                  proxy: FaultProxy) -> Iterator[MainWindow]:
    """The main window with the account reached only through the fault proxy."""
    registry = ClientRegistry()
    queue = TransferQueue(registry, state_path=tmp_path / "state" / "queue.json",
                          journal_dir=tmp_path / "state" / "journal", config=SMALL_PARTS)
    ctx = AppContext(runner=runner, registry=registry, queue=queue)
    account = Account(id=ACCOUNT, name="Test RGW through faults", provider="s3",
                      region=s3_server.region, endpoint=proxy.url,
                      access_key_id=s3_server.access_key, addressing="path")
    ctx.add_ready_account(account, make_client(proxy.url, retry=FAST_RETRY))
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    assert queue.shutdown(10_000), "a transfer outlived its test"
    queue.deleteLater()


def _burst(proxy: FaultProxy, method: str | None = None) -> None:
    """A SlowDown burst (no Retry-After) and connection resets on the next requests."""
    proxy.slow_down(3, method=method)
    proxy.reset(2, method=method)


def _scroll_to_end(qtbot: QtBot, win: MainWindow) -> None:
    def loaded() -> bool:
        win.table.scrollToBottom()   # at the bottom the view asks for the next page
        return win.table_model.fully_loaded
    qtbot.waitUntil(loaded, timeout=WAIT)


def _settings_windows() -> list[BucketSettingsDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, BucketSettingsDialog) and w.isVisible()]


def test_window_scenarios_under_slow_down_bursts_and_resets(
        qtbot: QtBot, faulty_window: MainWindow, proxy: FaultProxy, bucket: str,
        boto_client: object, s3_server: ServerInfo, tmp_path: Path) -> None:
    win = faulty_window
    queue = win.context.queue
    put_many(s3_server, bucket, [f"big/k{n:05d}" for n in range(KEYS)])
    for key in ("docs/a.txt", "docs/sub/b.txt", "docs/c.txt", "denied.txt", "locked/x.txt"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=key.encode() * 50)  # type: ignore[attr-defined]
    shown: list[str] = []
    win.presenter.transient_shown.connect(shown.append)
    states: list[JobState] = []
    queue.job_changed.connect(lambda job_id: states.append(queue.job(job_id).state))
    beat = Heartbeat()
    beat.start()

    # Browse: the account's buckets, the bucket, then a 2,500-key folder to its end.
    _burst(proxy, "GET")
    win.navigate(Location(ACCOUNT, None))
    wait_listed(qtbot, win)
    qtbot.waitUntil(lambda: bucket in names(win), timeout=WAIT)
    _burst(proxy, "GET")
    win.navigate(Location(ACCOUNT, bucket))
    wait_listed(qtbot, win)
    assert {"big", "docs", "denied.txt"} <= set(names(win))
    _burst(proxy, "GET")
    win.navigate(Location(ACCOUNT, bucket, "big/"))
    wait_listed(qtbot, win)
    _burst(proxy, "GET")
    _scroll_to_end(qtbot, win)
    assert win.proxy.rowCount() == KEYS

    # A folder the server refuses to list: shown with the code and the request id.
    proxy.error(403, 5, body=DENIED, method="GET", query="prefix=locked")
    win.navigate(Location(ACCOUNT, bucket, "locked/"))
    qtbot.waitUntil(lambda: any("AccessDenied" in text for text in shown), timeout=WAIT)
    [listing] = [text for text in shown if "AccessDenied" in text]
    assert listing.startswith("Listing:") and "Request ID: tx-faultproxy-" in listing

    # Upload a folder through SlowDown bursts and resets on its PUTs.
    folder = tmp_path / "upload-me"
    (folder / "inner").mkdir(parents=True)
    for n in range(12):
        (folder / ("inner" if n % 3 else ".") / f"f{n}.txt").write_text(f"file {n}\n" * 40)
    win.navigate(Location(ACCOUNT, bucket))
    wait_listed(qtbot, win)
    _burst(proxy, "PUT")
    with qtbot.waitSignal(win.commands.conflicts.queued, timeout=WAIT) as queued:
        win.commands.upload_paths(Location(ACCOUNT, bucket), [str(folder)])
    [upload] = queued.args[0]
    assert wait_state(qtbot, queue, upload) == "done"
    stored = boto_client.list_objects_v2(Bucket=bucket, Prefix="upload-me/")  # type: ignore[attr-defined]
    assert stored["KeyCount"] == 12

    # Download a folder and a refused file; the refusal is shown with code and request id.
    select(win, "docs", "denied.txt")
    entries = win.selected_entries()
    assert sorted(e.name for e in entries) == ["denied.txt", "docs"]
    _burst(proxy, "GET")
    proxy.error(403, 5, body=DENIED, method="GET", path="/denied.txt")
    target = tmp_path / "downloads"
    target.mkdir()
    with qtbot.waitSignal(win.commands.conflicts.queued, timeout=WAIT) as queued:
        win.commands.download_to(str(target), Location(ACCOUNT, bucket), entries)
    jobs = queued.args[0]
    outcomes = {queue.job(j).title: wait_state(qtbot, queue, j) for j in jobs}
    assert sorted(outcomes.values()) == ["done", "failed"], outcomes
    assert (target / "docs" / "sub" / "b.txt").read_bytes() == b"docs/sub/b.txt" * 50
    assert not (target / "denied.txt").exists()
    model = win.panel.model
    failed_rows = [r for r in range(model.rowCount())
                   if model.index(r, STATE).data().startswith("Failed")]
    [row] = failed_rows
    assert model.index(row, STATE).data() == "Failed \u00b7 AccessDenied"
    tooltip = model.index(row, STATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Code: AccessDenied" in tooltip and "Request ID: tx-faultproxy-" in tooltip

    # Retries were visible while they happened.
    assert JobState.THROTTLED in states

    # Every bucket-settings page, through bursts; one page refused for good.
    proxy.error(403, 5, body=DENIED, method="GET", query="cors")
    _burst(proxy, "GET")
    win.commands.bucket_settings(bucket)
    [dialog] = _settings_windows()
    qtbot.waitUntil(lambda: all(p.state not in (PageState.LOADING, PageState.APPLYING)
                                for p in dialog.pages), timeout=WAIT)
    by_name = {p.objectName(): p for p in dialog.pages}
    assert by_name["corsPage"].state is PageState.UNAVAILABLE
    others = {n: p.state for n, p in by_name.items() if n != "corsPage"}
    assert set(others.values()) == {PageState.READY}, others
    row = dialog.pages.index(by_name["corsPage"])
    cors_tip = dialog.page_list.item(row).toolTip()
    assert "AccessDenied" in cors_tip and "tx-faultproxy-" in cors_tip
    dialog.close()
    qtbot.waitUntil(lambda: not _settings_windows())

    beat.timer.stop()
    assert beat.longest < STALL_LIMIT_MS, f"the event loop stalled {beat.longest} ms"
    faults = [s for s in proxy.seen if s.fault is not None]
    assert len(faults) >= 6 * 5 + 3 * 5 - 10   # the bursts and refusals did reach the window
