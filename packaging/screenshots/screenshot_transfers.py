"""Render the transfer panel with real jobs in every state to a PNG, for a look by eye.

Usage: python packaging/screenshots/screenshot_transfers.py out.png
Starts moto's ThreadedMotoServer on 127.0.0.1 behind the fault proxy, which holds requests so
that jobs stay running (mid-upload), paused, throttled (SlowDown) and queued while the panel is
grabbed; others are done or failed (NoSuchKey). Writes out.png and out-menu.png (a selection).
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMainWindow
from screenshot_support import wait_until

from spacesgui.clients import ClientRegistry
from spacesgui.s3.client import S3Client
from spacesgui.s3.http import RetryPolicy
from spacesgui.s3.transfer.common import MiB, TransferConfig
from spacesgui.ui.transfer_panel import TransferPanel
from spacesgui.workers.transfers import TransferQueue
from tests.faultproxy import FaultProxy
from tests.servers.moto_server import ACCESS_KEY, SECRET_KEY, MotoServer

BUCKET = "holiday-photos"


def main(out: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    work = Path(tempfile.mkdtemp(prefix="spacesgui-shot-"))
    with MotoServer() as moto, FaultProxy(moto.endpoint, hold_timeout=120) as proxy:
        client = S3Client(endpoint=proxy.url, region="nyc3", access_key=ACCESS_KEY,
                          secret_key=SECRET_KEY, addressing="path",
                          retry=RetryPolicy(max_attempts=20))
        client.create_bucket(bucket=BUCKET)
        client.put_object(bucket=BUCKET, key="2024/beach.jpg", body=os.urandom(300_000))
        registry = ClientRegistry()
        registry.put("sandbox", client)
        files = {}
        for name, size in (("video-raw.mov", 30 * MiB), ("archive-2023.tar", 20 * MiB),
                           ("notes.txt", 4_000), ("thumbnail.png", 80_000),
                           ("slides.pdf", 9 * MiB), ("backup.zip", 12 * MiB)):
            files[name] = work / name
            files[name].write_bytes(os.urandom(size))
        release = threading.Event()
        config = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB,
                                parts_in_flight=1)
        queue = TransferQueue(registry, state_path=work / "queue.json",
                              journal_dir=work / "journal", config=config, max_files=3)
        window = QMainWindow()
        window.setWindowTitle("spacesgui — transfers")
        panel = TransferPanel(queue, window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel)
        window.setCentralWidget(None)
        window.resize(1180, 330)
        window.show()

        def state(job_id: int) -> str:
            job = queue.job(job_id)
            return job.state if job is not None else "?"

        done = queue.enqueue_upload("sandbox", BUCKET, "notes.txt", str(files["notes.txt"]))
        wait_until(lambda: state(done) == "done")
        failed = queue.enqueue_download("sandbox", BUCKET, "2024/missing.jpg",
                                        str(work / "missing.jpg"))
        wait_until(lambda: state(failed) == "failed")
        down = queue.enqueue_download("sandbox", BUCKET, "2024/beach.jpg", str(work / "b.jpg"))
        wait_until(lambda: state(down) == "done")
        renamed = queue.enqueue_rename("sandbox", BUCKET, "notes.txt", "notes-final.txt")
        wait_until(lambda: state(renamed) == "done")
        # Paused at 10 of 20 MiB: part 3 is held, pause, then let part 3 finish.
        proxy.delay(times=2, seconds=0.0, method="PUT", path="/archive-2023.tar")
        held = proxy.delay(times=1, release=release, method="PUT", path="/archive-2023.tar")
        paused = queue.enqueue_upload("sandbox", BUCKET, "archive-2023.tar",
                                      str(files["archive-2023.tar"]))
        wait_until(held.hit.is_set)
        queue.pause(paused)
        # Running: part 4 of the video is held while the bar shows 15 of 30 MiB.
        proxy.delay(times=3, seconds=0.0, method="PUT", path="/video-raw.mov")
        running_hold = proxy.delay(times=1, release=release, method="PUT",
                                   path="/video-raw.mov")
        running = queue.enqueue_upload("sandbox", BUCKET, "video-raw.mov",
                                       str(files["video-raw.mov"]))
        proxy.slow_down(times=18, retry_after=1, method="PUT", path="/thumbnail.png")
        throttled = queue.enqueue_upload("sandbox", BUCKET, "thumbnail.png",
                                         str(files["thumbnail.png"]))
        proxy.delay(times=5, release=release, method="PUT", path="/slides.pdf")
        slides = queue.enqueue_upload("sandbox", BUCKET, "slides.pdf", str(files["slides.pdf"]))
        queued = queue.enqueue_upload("sandbox", BUCKET, "backup.zip", str(files["backup.zip"]))
        wait_until(lambda: running_hold.hit.is_set() and state(throttled) == "throttled"
                    and state(slides) == "running")
        wait_until(lambda: (queue.job(running).done_bytes or 0) >= 15 * MiB)
        app.processEvents()
        table = panel.table
        table.selectionModel().select(
            panel.model.index(panel.model.row_of(failed), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        table.setFocus()
        app.processEvents()
        window.grab().save(out)
        panel.grab().save(out.replace(".png", "-panel.png"))
        print("states:", {j.title: j.state for j in queue.jobs()}, "queued id", queued)
        release.set()
        ok = queue.shutdown(30_000)
        window.close()
        print("shutdown clean:", ok)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/transfers.png"))
