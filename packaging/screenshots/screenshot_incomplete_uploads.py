"""Render the Incomplete Uploads window to PNGs, light and dark (not a test).

Usage: python packaging/screenshots/screenshot_incomplete_uploads.py OUT_DIR   (see README.md)
Starts the Local sandbox (moto in-process), starts multipart uploads there with boto3 (one of
them also recorded in a journal, as an upload this app was interrupted in), and grabs the
window: the list with its parts loaded and a row selected, the lifecycle rule added, an abort
queued in the transfer queue (paused after its first upload, then its summary), and the rule
refused for a configuration the window will not rewrite. moto gives every upload the
same start, 10 November 2010, so the ages are all alike and large. Every shot is taken twice,
with Fusion's light palette and with a dark one.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import boto3
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication
from screenshot_support import dark_palette, grab, settle, wait_until

from spacesgui.clients import ClientRegistry
from spacesgui.s3.transfer.journal import FileIdentity, JournalEntry, UploadJournal
from spacesgui.sandbox import (
    SANDBOX_ACCESS_KEY,
    SANDBOX_ACCOUNT_ID,
    SANDBOX_REGION,
    SANDBOX_SECRET_KEY,
    Sandbox,
)
from spacesgui.ui import boxes
from spacesgui.ui.dialogs.incomplete_uploads import IncompleteUploadsWindow
from spacesgui.ui.transfer_panel import TransferPanel
from spacesgui.workers.tasks import TaskRunner
from spacesgui.workers.transfers import TransferQueue

WAIT_MS = 30_000
MiB = 1024 * 1024
UPLOADS = (("videos/keynote-2026-final.mp4", 6), ("backups/db-2026-05-28.sql.gz", 3),
           ("videos/raw/camera-b/clip-0042.mov", 2), ("site/assets/fonts.zip", 1),
           ("backups/db-2026-05-29.sql.gz", 0))


def configure(endpoint: str, journal: UploadJournal, local: Path) -> None:
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name=SANDBOX_REGION,
                      aws_access_key_id=SANDBOX_ACCESS_KEY,
                      aws_secret_access_key=SANDBOX_SECRET_KEY)
    for name in ("media-uploads", "archive-2019"):
        s3.create_bucket(Bucket=name)
    for key, parts in UPLOADS:
        upload_id = s3.create_multipart_upload(Bucket="media-uploads", Key=key)["UploadId"]
        for number in range(1, parts + 1):
            s3.upload_part(Bucket="media-uploads", Key=key, UploadId=upload_id,
                           PartNumber=number, Body=b"x" * (5 * MiB))
        if key.endswith("keynote-2026-final.mp4"):
            local.write_bytes(b"x" * (10 * 5 * MiB))
            journal.save(JournalEntry(endpoint=endpoint, bucket="media-uploads", key=key,
                                      file=FileIdentity.of(local), upload_id=upload_id,
                                      part_size=5 * MiB))
    s3.put_bucket_lifecycle_configuration(Bucket="archive-2019", LifecycleConfiguration={
        "Rules": [{"ID": "to-glacier", "Filter": {"Prefix": "raw/"}, "Status": "Enabled",
                   "Transitions": [{"Days": 90, "StorageClass": "GLACIER"}]}]})


def shoot(out: Path, sandbox: Sandbox, runner: TaskRunner, queue: TransferQueue,
          journal: UploadJournal, suffix: str) -> None:
    client = sandbox.client()

    def window(bucket: str) -> IncompleteUploadsWindow:
        shown = IncompleteUploadsWindow(runner, lambda: client, bucket, queue=queue,
                                        account_id=SANDBOX_ACCOUNT_ID,
                                        endpoint=sandbox.endpoint, journal=journal.entries,
                                        resume=lambda _entry: None)
        shown.show()
        wait_until(lambda: shown._list_task is None, WAIT_MS, f"the uploads of {bucket}")
        return shown

    listed = window("media-uploads")
    wait_until(lambda: all(r.parts is not None for r in listed.model.rows()), WAIT_MS,
               "the parts")
    rows = [r.upload.key for r in listed.model.rows()]
    listed.table.selectionModel().select(
        listed.model.index(rows.index(UPLOADS[0][0]), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    grab(listed, out / f"incomplete-uploads{suffix}.png", settle_ms=250)
    listed.rule_button.click()
    wait_until(lambda: listed.rule_status.text().startswith("Added"), WAIT_MS, "the rule")
    grab(listed, out / f"incomplete-uploads-rule{suffix}.png", settle_ms=250)
    abort_shots(out, queue, listed, suffix)
    listed.close()

    refused = window("archive-2019")
    refused.rule_button.click()
    wait_until(lambda: refused.rule_status.text().startswith("Not changed"), WAIT_MS,
               "the refusal")
    grab(refused, out / f"incomplete-uploads-refused{suffix}.png", settle_ms=250)
    refused.close()


def abort_shots(out: Path, queue: TransferQueue, listed: IncompleteUploadsWindow,
                suffix: str) -> None:
    """Start three more uploads and abort them through the queue: paused after the first,
    then to the end."""
    client = listed._client()
    scratch = [f"tmp/scratch-{n}.bin" for n in range(3)]
    for key in scratch:
        client.create_multipart_upload(bucket="media-uploads", key=key)
    listed.reload()
    wait_until(lambda: listed._list_task is None and listed.model.rowCount() == len(UPLOADS)
               + len(scratch), WAIT_MS, "the new uploads")
    boxes.confirm = lambda *_args, on_yes, **_kw: on_yes()  # type: ignore[assignment,misc]
    selection = listed.table.selectionModel()
    selection.clear()
    for row, item in enumerate(listed.model.rows()):
        if item.upload.key in scratch:
            selection.select(listed.model.index(row, 0),
                             QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
    listed.abort_selected()
    job = queue.jobs()[-1]
    queue.pause(job.id)
    wait_until(lambda: listed.progress.value() >= 1, WAIT_MS, "the first abort")
    grab(listed, out / f"incomplete-uploads-aborting{suffix}.png", settle_ms=300)
    panel = TransferPanel(queue)
    panel.resize(880, 200)
    grab(panel, out / f"incomplete-uploads-panel{suffix}.png", settle_ms=300)
    panel.close()
    panel.deleteLater()
    queue.resume(job.id)
    wait_until(lambda: "Aborted" in listed.status.text() and listed._list_task is None,
               WAIT_MS, "the abort's summary")
    grab(listed, out / f"incomplete-uploads-aborted{suffix}.png", settle_ms=250)


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    out.mkdir(parents=True, exist_ok=True)
    sandbox = Sandbox()
    sandbox.start(seed=False)
    runner = TaskRunner()
    registry = ClientRegistry()
    registry.put(SANDBOX_ACCOUNT_ID, sandbox.client())
    with tempfile.TemporaryDirectory() as scratch:
        journal = UploadJournal(Path(scratch) / "journal")
        queue = TransferQueue(registry, state_path=Path(scratch) / "queue.json",
                              journal_dir=Path(scratch) / "journal")
        try:
            configure(sandbox.endpoint, journal, Path(scratch) / "keynote-2026-final.mp4")
            light = app.style().standardPalette()
            for palette, suffix in ((light, ""), (dark_palette(), "-dark")):
                app.setPalette(palette)
                settle(50)
                shoot(out, sandbox, runner, queue, journal, suffix)
        finally:
            queue.shutdown(5000)
            runner.shutdown(5000)
            sandbox.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/spacesgui-incomplete-uploads"))
