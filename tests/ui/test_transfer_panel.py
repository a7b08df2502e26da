"""TransferPanel and TransferTableModel: model-tester clean, one row per update, controls by
keyboard, toolbar and context menu, state colours and error tooltips."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from spacesgui.clients import ClientRegistry
from spacesgui.s3.transfer.common import MiB
from spacesgui.ui.models.transfers import PROGRESS, STATE, JobRole, progress_text
from spacesgui.ui.transfer_panel import TransferPanel, totals_text
from spacesgui.workers.transfers import TransferQueue
from tests.faultproxy import FaultProxy
from tests.ui.python_entries import entries_from_qt
from tests.ui.transfer_helpers import (
    ACCOUNT,
    QueueFactory,
    make_file,
    part_puts,
    wait_state,
)


def _panel(qtbot: QtBot, queue: TransferQueue) -> TransferPanel:
    panel = TransferPanel(queue)
    qtbot.addWidget(panel)
    panel.resize(1000, 300)
    panel.show()
    return panel


def _select(panel: TransferPanel, *job_ids: int) -> None:
    selection = panel.table.selectionModel()
    selection.clearSelection()
    for job_id in job_ids:
        selection.select(panel.model.index(panel.model.row_of(job_id), 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def test_model_is_clean_and_updates_one_row_at_a_time(
        qtbot: QtBot, qtmodeltester: Any, make_queue: QueueFactory, registry: ClientRegistry,
        bucket: str, tmp_path: Path) -> None:
    queue = make_queue(registry)
    panel = _panel(qtbot, queue)
    model = panel.model
    qtmodeltester.check(model)
    ranges: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, _roles=(): ranges.append(
        (a.row(), b.row(), a.column(), b.column())))
    paths = []
    for n, size in enumerate((200_000, 12 * MiB, 10)):
        paths.append(tmp_path / f"f{n}.bin")
        make_file(paths[-1], size)
    ids = [queue.enqueue_upload(ACCOUNT, bucket, p.name, str(p)) for p in paths]
    for job_id in ids:
        assert wait_state(qtbot, queue, job_id) == "done"
    assert model.rowCount() == 3
    assert ranges and all(top == bottom for top, bottom, _, _ in ranges), \
        "every update must repaint one row only"
    assert {c for _, _, c, _ in ranges} == {0}
    job = model.index(1, 0).data(JobRole)
    assert job.title == "f1.bin" and job.state == "done"
    assert model.index(1, PROGRESS).data() == "100% \u00b7 12.0 MiB of 12.0 MiB"
    assert model.index(1, STATE).data() == "Done"
    qtmodeltester.check(model)
    assert queue.clear_finished() == ids
    assert model.rowCount() == 0
    assert panel.totals_label.text() == "No transfers"


def test_a_repaint_asks_the_model_once_per_cell(
        qtbot: QtBot, make_queue: QueueFactory, registry: ClientRegistry, bucket: str,
        tmp_path: Path) -> None:
    """Qt's delegates ask seven roles per cell; one call answers them all, and the progress
    bar reads the model from Python, not back through Qt."""
    queue = make_queue(registry)
    panel = _panel(qtbot, queue)
    paths = [tmp_path / "a.bin", tmp_path / "b.bin"]
    for path in paths:
        make_file(path, 1000)
    for path in paths:
        assert wait_state(qtbot, queue, queue.enqueue_upload(
            ACCOUNT, bucket, path.name, str(path))) == "done"
    viewport = panel.table.viewport()
    viewport.repaint()
    with entries_from_qt() as entries:
        viewport.repaint()
    cells = panel.model.rowCount() * (panel.model.columnCount() - 1)   # but the progress bar
    assert entries["multiData"] == cells, entries
    assert entries["paint"] == panel.model.rowCount(), entries
    assert entries["data"] == 0, entries


def test_failed_job_shows_code_and_request_id_and_retry_button(
        qtbot: QtBot, make_queue: QueueFactory, registry: ClientRegistry, bucket: str,
        tmp_path: Path) -> None:
    queue = make_queue(registry)
    panel = _panel(qtbot, queue)
    job_id = queue.enqueue_download(ACCOUNT, bucket, "absent.txt", str(tmp_path / "a.txt"))
    assert wait_state(qtbot, queue, job_id) == "failed"
    row = panel.model.row_of(job_id)
    state = panel.model.index(row, STATE)
    assert state.data().startswith("Failed")
    tooltip = state.data(Qt.ItemDataRole.ToolTipRole)
    assert "Code: " in tooltip and "Request ID" in tooltip
    colour = state.data(Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == "#d0342c"
    assert panel.actions_by_name["retry"].isEnabled()
    assert "1 failed" in panel.totals_label.text()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert queue.job(job_id).state in ("queued", "running", "failed")
    assert wait_state(qtbot, queue, job_id) == "failed"


def test_keyboard_pause_resume_and_cancel_on_a_multiple_selection(
        qtbot: QtBot, make_queue: QueueFactory, proxied: ClientRegistry, proxy: FaultProxy,
        bucket: str, boto_client: Any, tmp_path: Path) -> None:
    release = threading.Event()
    proxy.delay(times=4, release=release, method="PUT")     # the first part of each waits
    queue = make_queue(proxied)
    panel = _panel(qtbot, queue)
    paths = []
    for n in range(2):
        paths.append(tmp_path / f"big{n}.bin")
        make_file(paths[-1], 12 * MiB)
    a, b = (queue.enqueue_upload(ACCOUNT, bucket, p.name, str(p)) for p in paths)
    qtbot.waitUntil(lambda: sum(1 for s in proxy.seen if s.method == "PUT") == 2,
                    timeout=20_000)
    _select(panel, a, b)
    panel.table.setFocus()
    assert panel.actions_by_name["pause"].isEnabled()
    assert not panel.actions_by_name["resume"].isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert {queue.job(a).state, queue.job(b).state} == {"paused"}
    assert panel.actions_by_name["resume"].isEnabled()
    _select(panel, b)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)          # cancels b only
    assert queue.job(b).state == "cancelled"
    _select(panel, a)
    qtbot.keyClick(panel.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    release.set()
    assert wait_state(qtbot, queue, a) == "done"
    assert wait_state(qtbot, queue, b) == "cancelled"
    qtbot.waitUntil(lambda: not boto_client.list_multipart_uploads(Bucket=bucket).get("Uploads"),
                    timeout=20_000)
    assert part_puts(proxy) >= 3


def test_context_menu_offers_the_actions(qtbot: QtBot, make_queue: QueueFactory,
                                         registry: ClientRegistry, bucket: str,
                                         tmp_path: Path) -> None:
    queue = make_queue(registry)
    panel = _panel(qtbot, queue)
    path = tmp_path / "x.txt"
    path.write_text("x")
    job_id = queue.enqueue_upload(ACCOUNT, bucket, "x.txt", str(path))
    assert wait_state(qtbot, queue, job_id) == "done"
    _select(panel, job_id)
    menu = panel.context_menu()
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Pause", "Resume", "Cancel", "Retry failed", "Clear finished"]
    clear = next(a for a in menu.actions() if a.objectName() == "transfer_clear")
    assert clear.isEnabled()
    clear.trigger()
    menu.deleteLater()
    assert panel.model.rowCount() == 0


def test_texts() -> None:
    from spacesgui.workers.transfer_jobs import JobSpec
    from spacesgui.workers.transfers import Totals, TransferJob

    spec = JobSpec("upload", "a", "b", key="k", path="/tmp/k")
    job = TransferJob(id=1, kind="upload", title="k", state="running",
                      done_bytes=int(12.3 * MiB), total_bytes=27 * MiB, speed=0.0, eta=None,
                      error=None, account_id="a", bucket="b", key="k", path="/tmp/k",
                      unit="bytes", spec=spec)
    assert progress_text(job) == "45% \u00b7 12.3 MiB of 27.0 MiB"
    totals = Totals(done_bytes=MiB, total_bytes=4 * MiB, speed=float(MiB), eta=65.0,
                    counts={"running": 2, "failed": 1, "done": 0})
    assert totals_text(totals) == ("2 running \u00b7 1 failed \u2014 1.0 MiB of 4.0 MiB "
                                   "\u00b7 1.0 MiB/s \u00b7 1 min 05 s left")
    assert QModelIndex().isValid() is False
