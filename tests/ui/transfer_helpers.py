"""What the transfer-queue tests share: the account, small parts, test files and waits."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from spacesgui.s3.transfer.common import MiB, TransferConfig
from spacesgui.workers.transfers import TransferQueue
from tests.faultproxy import FaultProxy
from tests.random_files import write_random_file

ACCOUNT = "acct"
SMALL_PARTS = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB, parts_in_flight=1)
ENDED = ("done", "failed", "cancelled")

QueueFactory = Callable[..., TransferQueue]


def make_file(path: Path, size: int) -> str:
    """Random content; returns its MD5 hex (what a single-part ETag would be)."""
    return write_random_file(path, size, "md5")


def stored_md5(boto: Any, bucket: str, key: str) -> str:
    digest = hashlib.md5()  # noqa: S324
    for chunk in boto.get_object(Bucket=bucket, Key=key)["Body"].iter_chunks(MiB):
        digest.update(chunk)
    return digest.hexdigest()


def transfer_threads() -> list[str]:
    return [t.name for t in threading.enumerate()
            if t.name.startswith(("transfer-", "transfer-state"))]


def wait_state(qtbot: QtBot, queue: TransferQueue, job_id: int, *states: str,
               timeout: int = 30_000) -> str:
    wanted = states or ENDED

    def reached() -> None:
        job = queue.job(job_id)
        assert job is not None and job.state in wanted, job
    qtbot.waitUntil(reached, timeout=timeout)
    job = queue.job(job_id)
    assert job is not None
    return job.state


def part_puts(proxy: FaultProxy) -> int:
    return sum(1 for s in proxy.forwarded if s.method == "PUT" and "partNumber=" in s.query)
