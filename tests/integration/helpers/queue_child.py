"""A transfer queue in its own process, so a test can SIGKILL it anywhere and start it again.

    python -m tests.integration.helpers.queue_child ENDPOINT REGION STATE_DIR

STATE_DIR/queue.json lists the jobs and the tuning; STATE_DIR/done.json, replaced atomically,
the indices of the jobs that have ended. A start runs every job not yet done, in order, with
the upload journal in STATE_DIR/journal: what a restarted app's queue does. Prints "ready"
once imported, "job N KIND" as each job starts and "done" when the queue is empty.
Credentials come from SPACESGUI_CHILD_ACCESS_KEY / SPACESGUI_CHILD_SECRET_KEY (never argv).

Jobs: {"kind": "upload", "bucket", "key", "path"}, {"kind": "download", "bucket", "key",
"path"}, {"kind": "rename", "bucket", "prefix", "new_prefix"}, {"kind": "delete", "bucket",
"keys"}.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from spacesgui.s3.atomic_file import write_atomically
from spacesgui.s3.client import S3Client
from spacesgui.s3.transfer import download
from spacesgui.s3.transfer.bandwidth import BandwidthLimit
from spacesgui.s3.transfer.common import MiB, SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.deleting import delete_keys
from spacesgui.s3.transfer.journal import UploadJournal
from spacesgui.s3.transfer.renaming import rename_folder
from spacesgui.s3.transfer.upload import upload_file


def run_job(client: S3Client, job: dict[str, Any], config: TransferConfig,
            journal: UploadJournal) -> None:
    kind = job["kind"]
    control = TransferControl()
    slots = SlotPool(4)
    if kind == "upload":
        upload_file(client, bucket=job["bucket"], key=job["key"], path=job["path"],
                    config=config, control=control, slots=slots, journal=journal)
    elif kind == "download":
        download.download_file(client, bucket=job["bucket"], key=job["key"], path=job["path"],
                               config=config, control=control, slots=slots)
    elif kind == "rename":
        report = rename_folder(client, bucket=job["bucket"], prefix=job["prefix"],
                               new_prefix=job["new_prefix"], config=config, control=control,
                               slots=slots, copies_in_flight=4)
        if not report.ok:
            raise RuntimeError(f"rename failed: {report}")
    elif kind == "delete":
        deleted = delete_keys(client, bucket=job["bucket"], keys=job["keys"], control=control,
                              slots=slots, batch_size=job.get("batch_size", 1000))
        if not deleted.ok:
            raise RuntimeError(f"delete failed: {deleted}")
    else:
        raise ValueError(kind)


def main(argv: list[str]) -> int:
    endpoint, region, state = argv[0], argv[1], Path(argv[2])
    queue = json.loads((state / "queue.json").read_text())
    done_path = state / "done.json"
    done: list[int] = json.loads(done_path.read_text()) if done_path.exists() else []
    client = S3Client(endpoint=endpoint, region=region, addressing="path",
                      access_key=os.environ["SPACESGUI_CHILD_ACCESS_KEY"],
                      secret_key=os.environ["SPACESGUI_CHILD_SECRET_KEY"])
    # Saved often, so a kill mid-download finds progress to resume from.
    download.STATE_SAVE_INTERVAL = queue.get("save_interval", download.STATE_SAVE_INTERVAL)
    # Rates stretch a transfer over enough time for kills to land inside it.
    down, up = queue.get("download_rate", 0), queue.get("upload_rate", 0)
    config = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB, parts_in_flight=2,
                            download_bandwidth=BandwidthLimit(down) if down else None,
                            upload_bandwidth=BandwidthLimit(up) if up else None)
    journal = UploadJournal(state / "journal")
    print("ready", flush=True)
    for index, job in enumerate(queue["jobs"]):
        if index in done:
            continue
        print(f"job {index} {job['kind']}", flush=True)
        run_job(client, job, config, journal)
        done.append(index)
        write_atomically(done_path, json.dumps(done).encode())
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
