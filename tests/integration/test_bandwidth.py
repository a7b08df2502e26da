"""The bandwidth limit holds over a real transfer: 20 MiB at 2 MiB/s, up and down, with the
parts and ranges in parallel (the limit is shared, not per stream). Measured and logged; the
bounds are loose (10%) because the machine may be busy."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest

from spacesgui.s3.client import S3Client
from spacesgui.s3.transfer.bandwidth import BandwidthLimit
from spacesgui.s3.transfer.common import MiB, SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.download import download_file
from spacesgui.s3.transfer.upload import upload_file

log = logging.getLogger(__name__)

LIMIT = 2 * MiB
SIZE = 20 * MiB


def _check(direction: str, seconds: float) -> None:
    rate = SIZE / seconds
    log.info("%s of %d MiB limited to %.2f MiB/s: %.2f s, %.3f MiB/s", direction,
                SIZE // MiB, LIMIT / MiB, seconds, rate / MiB)
    assert 0.9 * LIMIT <= rate <= 1.1 * LIMIT, f"{direction}: {rate / MiB:.3f} MiB/s"


@pytest.mark.slow
def test_limits_hold_up_and_down(client: S3Client, bucket: str, tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(SIZE))
    config = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB, parts_in_flight=4,
                            download_threshold=5 * MiB, download_chunk=5 * MiB,
                            upload_bandwidth=BandwidthLimit(LIMIT),
                            download_bandwidth=BandwidthLimit(LIMIT))
    slots = SlotPool(8)
    start = time.monotonic()
    upload_file(client, bucket=bucket, key="big.bin", path=source, config=config, slots=slots)
    _check("upload", time.monotonic() - start)

    target = tmp_path / "back.bin"
    start = time.monotonic()
    download_file(client, bucket=bucket, key="big.bin", path=target, config=config,
                  control=TransferControl(), slots=slots)
    _check("download", time.monotonic() - start)
    assert target.read_bytes() == source.read_bytes()
