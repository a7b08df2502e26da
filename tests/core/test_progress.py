"""CountingSlice reports bytes once, takes them back on a rewind; ProgressTotal sums safely."""

from __future__ import annotations

import hashlib
import io
import threading
from pathlib import Path

import pytest

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import Cancelled
from spacesgui.s3.transfer.progress import (
    CountingSlice,
    FileChanged,
    ProgressTotal,
    fan_out,
    md5_range,
)

DATA = bytes(range(256)) * 40  # 10,240 bytes


def _slice(offset: int, length: int, **kw: object) -> tuple[CountingSlice, list[int]]:
    deltas: list[int] = []
    body = CountingSlice(io.BytesIO(DATA), offset, length, deltas.append, **kw)  # type: ignore[arg-type]
    return body, deltas


def test_reads_report_each_byte_once() -> None:
    body, deltas = _slice(100, 1000)
    got = b"".join(iter(lambda: body.read(300), b""))
    assert got == DATA[100:1100]
    assert deltas == [300, 300, 300, 100] and sum(deltas) == 1000 == body.reported


def test_rewind_for_a_retry_gives_a_negative_delta_and_the_sum_stays_exact() -> None:
    body, deltas = _slice(0, 1000)
    body.read(700)
    body.seek(0)                       # what the transport does before a retry
    assert deltas == [700, -700]
    assert body.read() == DATA[:1000]
    assert sum(deltas) == 1000


def test_seeks_that_do_not_go_back_past_reported_bytes_report_nothing() -> None:
    body, deltas = _slice(0, 1000)
    assert body.seek(0, io.SEEK_END) == 1000   # requests measuring the length
    body.seek(0)
    assert deltas == []
    body.read(400)
    body.seek(200)
    body.read(100)                      # re-reads bytes 200..300: already counted after rewind
    assert deltas == [400, -200, 100]
    assert sum(deltas) == body.reported == 300


def test_min_read_returns_bigger_chunks_but_never_past_the_slice() -> None:
    body, deltas = _slice(10, 5000, min_read=4096)
    first = body.read(16)
    assert len(first) == 4096 and first == DATA[10:4106]
    assert len(body.read(16)) == 904 and body.read(16) == b""
    assert sum(deltas) == 5000


def test_take_back_reports_everything_unsent() -> None:
    body, deltas = _slice(0, 500)
    body.read(450)
    assert body.take_back() == -450
    assert sum(deltas) == 0 and body.reported == 0


def test_cancel_stops_a_read_mid_body() -> None:
    token = CancelToken()
    body, _ = _slice(0, 500, cancel=token)
    body.read(10)
    token.cancel()
    with pytest.raises(Cancelled):
        body.read(10)


def test_total_is_exact_under_concurrency() -> None:
    seen: list[int] = []
    total = ProgressTotal(seen.append)

    def work() -> None:
        for _ in range(2000):
            total.add(3)
            total.add(-1)
    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert total.total == 8 * 2000 * 2 == sum(seen)
    total.add(0)
    assert len(seen) == 8 * 2000 * 2


def test_fan_out_skips_none() -> None:
    a: list[int] = []
    b: list[int] = []
    call = fan_out(a.append, None, b.append)
    call(5)
    assert a == b == [5]


def test_md5_range_hashes_a_window_and_notices_a_short_file(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(DATA)
    with open(path, "rb", buffering=0) as f:
        assert md5_range(f, 100, 5000) == hashlib.md5(DATA[100:5100]).digest()  # noqa: S324
        assert md5_range(f, 0, 0) == hashlib.md5(b"").digest()  # noqa: S324
        with pytest.raises(FileChanged, match="shorter"):
            md5_range(f, 10_000, 1000)
