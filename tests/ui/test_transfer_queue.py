"""TransferQueue against the real server: every job kind completes, pause/resume/cancel, SlowDown
shows "throttled", retry_failed, throttled progress signals, persistence without secrets."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from spacesgui.clients import ClientRegistry
from spacesgui.s3 import pacing
from spacesgui.s3.errors import Cancelled, ServiceError
from spacesgui.s3.transfer.common import MiB, TransferConfig
from spacesgui.states import JobState
from spacesgui.ui.models.transfers import state_text, state_tooltip
from tests.faultproxy import FaultProxy
from tests.servers import ServerInfo
from tests.ui.transfer_helpers import (
    ACCOUNT,
    QueueFactory,
    make_file,
    part_puts,
    stored_md5,
    wait_state,
)

# --- every kind of job ----------------------------------------------------------------------

def test_upload_small_and_multipart_complete_with_throttled_signals(
        qtbot: QtBot, make_queue: QueueFactory, registry: ClientRegistry, bucket: str,
        boto_client: Any, tmp_path: Path) -> None:
    queue = make_queue(registry)
    small, large = tmp_path / "small.txt", tmp_path / "large.bin"
    small.write_bytes(b"hello")
    large_md5 = make_file(large, 12 * MiB)
    changes: list[tuple[float, int]] = []
    queue.job_changed.connect(lambda job_id: changes.append((time.monotonic(), job_id)))
    finished: list[tuple[int, object]] = []
    queue.job_finished.connect(lambda job_id, result: finished.append((job_id, result)))
    started = time.monotonic()
    a = queue.enqueue_upload(ACCOUNT, bucket, "docs/small.txt", str(small))
    b = queue.enqueue_upload(ACCOUNT, bucket, "large.bin", str(large))
    assert wait_state(qtbot, queue, a) == "done"
    assert wait_state(qtbot, queue, b) == "done"
    elapsed = time.monotonic() - started
    assert boto_client.get_object(Bucket=bucket, Key="docs/small.txt")["Body"].read() == b"hello"
    assert stored_md5(boto_client, bucket, "large.bin") == large_md5
    job = queue.job(b)
    assert job is not None and job.done_bytes == job.total_bytes == 12 * MiB
    assert {job_id for job_id, _ in finished} == {a, b}
    assert all(not isinstance(r, BaseException) for _, r in finished)
    # Never one signal per chunk: at most ~10 a second per job, plus one per state change.
    per_job = sum(1 for _, job_id in changes if job_id == b)
    assert per_job <= elapsed * 10 + 8, (per_job, elapsed)


def test_download_and_prefix_download(qtbot: QtBot, make_queue: QueueFactory,
                                      registry: ClientRegistry, bucket: str, boto_client: Any,
                                      tmp_path: Path) -> None:
    for key, body in (("photos/a.jpg", b"A" * 1000), ("photos/sub/b.txt", b"bee"),
                      ("single.txt", b"just one")):
        boto_client.put_object(Bucket=bucket, Key=key, Body=body)
    queue = make_queue(registry)
    one = queue.enqueue_download(ACCOUNT, bucket, "single.txt", str(tmp_path / "got.txt"))
    tree = queue.enqueue_prefix_download(ACCOUNT, bucket, "photos/", str(tmp_path / "photos"))
    assert wait_state(qtbot, queue, one) == "done"
    assert wait_state(qtbot, queue, tree) == "done"
    assert (tmp_path / "got.txt").read_bytes() == b"just one"
    assert (tmp_path / "photos" / "a.jpg").read_bytes() == b"A" * 1000
    assert (tmp_path / "photos" / "sub" / "b.txt").read_bytes() == b"bee"
    job = queue.job(tree)
    assert job is not None and job.total_bytes == job.done_bytes == 1003


def test_a_folder_download_is_measured_beside_the_transfer_not_before_it() -> None:
    """The measuring listing waits here until the transfer has begun: run before it, as it
    was, it would never see that and the total would stay unknown. A measure that fails
    leaves the total unknown and the transfer to report the failure."""
    from spacesgui.workers.transfer_jobs import JobControl, Meter
    from spacesgui.workers.transfer_kinds import _measured_beside

    meter = Meter(JobControl())
    begun = threading.Event()

    def measure() -> int:
        if not begun.wait(30):
            raise TimeoutError("the transfer waited for its measure")
        return 1003

    with _measured_beside(meter, measure):
        begun.set()
        meter.add(10)
    assert meter.read()[:2] == (10, 1003)

    def failing() -> int:
        raise ServiceError(code="AccessDenied", message="no listing", status=403)

    failed = Meter(JobControl())
    with _measured_beside(failed, failing):
        pass
    assert failed.read()[1] is None


def test_folder_upload(qtbot: QtBot, make_queue: QueueFactory, registry: ClientRegistry,
                       bucket: str, boto_client: Any, tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "css").mkdir(parents=True)
    (root / "empty").mkdir()
    (root / "index.html").write_text("<h1>hi</h1>")
    (root / "css" / "main.css").write_text("body{}")
    queue = make_queue(registry)
    job_id = queue.enqueue_folder_upload(ACCOUNT, bucket, "www/", str(root))
    assert wait_state(qtbot, queue, job_id) == "done"
    keys = {o["Key"] for o in boto_client.list_objects_v2(Bucket=bucket)["Contents"]}
    assert keys == {"www/index.html", "www/css/main.css", "www/empty/"}


def test_copy_move_and_delete(qtbot: QtBot, make_queue: QueueFactory, registry: ClientRegistry,
                              bucket_factory: Callable[..., str], boto_client: Any) -> None:
    src, dst = bucket_factory("src"), bucket_factory("dst")
    for key in ("a.txt", "dir/x.txt", "dir/y/z.txt", "gone.txt", "old/1.txt"):
        boto_client.put_object(Bucket=src, Key=key, Body=key.encode())
    queue = make_queue(registry)
    copy = queue.enqueue_copy(ACCOUNT, src, ["a.txt", "dir/"], ACCOUNT, dst, "in/", move=False)
    move = queue.enqueue_copy(ACCOUNT, src, ["gone.txt", "old/"], ACCOUNT, dst, "", move=True)
    assert wait_state(qtbot, queue, copy) == "done"
    assert wait_state(qtbot, queue, move) == "done"
    dst_keys = {o["Key"] for o in boto_client.list_objects_v2(Bucket=dst)["Contents"]}
    assert dst_keys == {"in/a.txt", "in/dir/x.txt", "in/dir/y/z.txt", "gone.txt", "old/1.txt"}
    assert boto_client.get_object(Bucket=dst, Key="in/dir/y/z.txt")["Body"].read() == \
        b"dir/y/z.txt"
    src_keys = {o["Key"] for o in boto_client.list_objects_v2(Bucket=src)["Contents"]}
    assert src_keys == {"a.txt", "dir/x.txt", "dir/y/z.txt"}   # moved ones are gone
    delete = queue.enqueue_delete(ACCOUNT, src, ["a.txt", "dir/"])
    assert wait_state(qtbot, queue, delete) == "done"
    assert "Contents" not in boto_client.list_objects_v2(Bucket=src)
    job = queue.job(delete)
    assert job is not None and job.unit == "items" and job.done_bytes == job.total_bytes == 3


# --- control ------------------------------------------------------------------------------

def test_pause_blocks_progress_and_resume_completes(
        qtbot: QtBot, make_queue: QueueFactory, proxied: ClientRegistry, proxy: FaultProxy,
        bucket: str, boto_client: Any, tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    md5 = make_file(path, 20 * MiB)                     # four 5 MiB parts, one at a time
    release = threading.Event()
    proxy.delay(times=1, seconds=0.0, method="PUT")     # part 1 passes
    held = proxy.delay(times=1, release=release, method="PUT")   # part 2 waits
    queue = make_queue(proxied)
    job_id = queue.enqueue_upload(ACCOUNT, bucket, "big.bin", str(path))
    qtbot.waitUntil(held.hit.is_set, timeout=20_000)
    queue.pause(job_id)
    assert queue.job(job_id).state == "paused"
    release.set()
    qtbot.waitUntil(lambda: part_puts(proxy) == 2, timeout=20_000)
    qtbot.wait(200)                                     # let a final tick publish part 2
    before = queue.job(job_id).done_bytes
    qtbot.wait(800)                                     # paused: nothing more may be sent
    assert part_puts(proxy) == 2
    assert queue.job(job_id).done_bytes == before
    assert queue.job(job_id).state == "paused"
    queue.resume(job_id)
    assert wait_state(qtbot, queue, job_id) == "done"
    assert part_puts(proxy) == 4
    assert stored_md5(boto_client, bucket, "big.bin") == md5


def test_cancel_multipart_upload_leaves_no_upload(
        qtbot: QtBot, make_queue: QueueFactory, proxied: ClientRegistry, proxy: FaultProxy,
        bucket: str, boto_client: Any, tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    make_file(path, 15 * MiB)
    release = threading.Event()
    held = proxy.delay(times=1, release=release, method="PUT", path="/big.bin")
    queue = make_queue(proxied)
    finished: list[object] = []
    queue.job_finished.connect(lambda _job, result: finished.append(result))
    job_id = queue.enqueue_upload(ACCOUNT, bucket, "big.bin", str(path))
    qtbot.waitUntil(held.hit.is_set, timeout=20_000)
    assert boto_client.list_multipart_uploads(Bucket=bucket).get("Uploads")
    queue.cancel(job_id)
    assert queue.job(job_id).state == "cancelled"
    release.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    assert isinstance(finished[0], Cancelled)
    assert not boto_client.list_multipart_uploads(Bucket=bucket).get("Uploads")
    assert "Contents" not in boto_client.list_objects_v2(Bucket=bucket)


def test_slowdown_storm_shows_throttled_then_completes(
        qtbot: QtBot, make_queue: QueueFactory, proxied: ClientRegistry, proxy: FaultProxy,
        bucket: str, boto_client: Any, tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes(b"x" * 100_000)
    storm = proxy.slow_down(times=2, retry_after=1, method="PUT")
    queue = make_queue(proxied)
    seen: list[str] = []
    paces: list[float | None] = []
    queue.job_changed.connect(lambda job_id: seen.append(queue.job(job_id).state))
    queue.job_changed.connect(lambda job_id: paces.append(queue.job(job_id).pace))
    job_id = queue.enqueue_upload(ACCOUNT, bucket, "f.txt", str(path))
    assert wait_state(qtbot, queue, job_id) == "done"
    assert storm.hits == 2
    assert "throttled" in seen
    # The app-wide budget was cut, and the job carries the pace for the panel.
    assert any(p is not None and p < pacing.OTHER_RATE for p in paces)
    throttled = replace(queue.job(job_id), state=JobState.THROTTLED, pace=25.0)
    assert state_text(throttled) == "Throttled \u00b7 25 requests/s"
    assert "25 requests/s" in state_tooltip(throttled)
    assert seen.index("throttled") < len(seen) - 1 and seen[-1] == "done"
    assert boto_client.head_object(Bucket=bucket, Key="f.txt")["ContentLength"] == 100_000


@pytest.mark.parametrize("kind", ["download", "copy", "delete"])
def test_every_kind_of_job_shows_throttled(
        qtbot: QtBot, make_queue: QueueFactory, proxied: ClientRegistry, proxy: FaultProxy,
        bucket: str, boto_client: Any, tmp_path: Path, kind: str) -> None:
    """The engines for these take no on_retry; the job's client reports retries itself."""
    boto_client.put_object(Bucket=bucket, Key="f.txt", Body=b"y" * 1000)
    method = {"download": "GET", "copy": "PUT", "delete": "POST"}[kind]
    storm = proxy.slow_down(times=2, retry_after=1, method=method)
    queue = make_queue(proxied)
    seen: list[str] = []
    queue.job_changed.connect(lambda job_id: seen.append(queue.job(job_id).state))
    if kind == "download":
        job_id = queue.enqueue_download(ACCOUNT, bucket, "f.txt", str(tmp_path / "f.txt"),
                                        size=1000)
    elif kind == "copy":
        job_id = queue.enqueue_copy(ACCOUNT, bucket, ["f.txt"], ACCOUNT, bucket, "copies/",
                                    move=False)
    else:
        job_id = queue.enqueue_delete(ACCOUNT, bucket, ["f.txt"])
    assert wait_state(qtbot, queue, job_id) == "done"
    assert storm.hits == 2
    assert "throttled" in seen and seen[-1] == "done"


def test_retry_failed_requeues_only_failed(qtbot: QtBot, make_queue: QueueFactory,
                                           registry: ClientRegistry, bucket: str,
                                           boto_client: Any, tmp_path: Path) -> None:
    good, missing = tmp_path / "good.txt", tmp_path / "later.txt"
    good.write_text("ok")
    queue = make_queue(registry)
    ok = queue.enqueue_upload(ACCOUNT, bucket, "good.txt", str(good))
    bad = queue.enqueue_upload(ACCOUNT, bucket, "later.txt", str(missing))
    nobucket = queue.enqueue_download(ACCOUNT, bucket + "-nope", "k", str(tmp_path / "k"))
    assert wait_state(qtbot, queue, ok) == "done"
    assert wait_state(qtbot, queue, bad) == "failed"
    assert wait_state(qtbot, queue, nobucket) == "failed"
    error = queue.job(nobucket).error
    assert isinstance(error, ServiceError) and error.code in ("NoSuchBucket", "NotFound")
    missing.write_text("now here")
    assert sorted(queue.retry_failed()) == sorted([bad, nobucket])
    assert queue.job(ok).state == "done"
    assert wait_state(qtbot, queue, bad) == "done"
    assert wait_state(qtbot, queue, nobucket) == "failed"
    assert boto_client.get_object(Bucket=bucket, Key="later.txt")["Body"].read() == b"now here"
    assert queue.clear_finished() == [ok, bad]
    assert [j.id for j in queue.jobs()] == [nobucket]


def test_queue_limit_and_paused_queued_job(qtbot: QtBot, make_queue: QueueFactory,
                                           registry: ClientRegistry, bucket: str,
                                           tmp_path: Path) -> None:
    queue = make_queue(registry, max_files=1)
    paths = []
    for n in range(3):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(str(n))
    states: dict[int, set[str]] = {}
    running_at_once: list[int] = []

    def track(job_id: int) -> None:
        states.setdefault(job_id, set()).add(queue.job(job_id).state)
        running_at_once.append(sum(j.state == "running" for j in queue.jobs()))
    queue.job_changed.connect(track)
    ids = [queue.enqueue_upload(ACCOUNT, bucket, p.name, str(p)) for p in paths]
    queue.pause(ids[2])                                 # still queued: it must not start
    for job_id in ids[:2]:
        assert wait_state(qtbot, queue, job_id) == "done"
    qtbot.wait(300)
    assert queue.job(ids[2]).state == "paused"
    assert max(running_at_once) == 1
    queue.resume(ids[2])
    assert wait_state(qtbot, queue, ids[2]) == "done"


def test_state_file_is_atomic_json_without_secrets(qtbot: QtBot, make_queue: QueueFactory,
                                                   s3_server: ServerInfo, tmp_path: Path) -> None:
    registry = ClientRegistry()                          # no client: jobs fail, and stay listed
    queue = make_queue(registry)
    state = tmp_path / "state" / "queue.json"
    queue.enqueue_download("nobody", "b", "k.txt", str(tmp_path / "k.txt"))
    queue.enqueue_delete("nobody", "b", ["x/"])
    qtbot.waitUntil(lambda: state.exists() and len(json.loads(state.read_text())["jobs"]) == 2
                    and all(j["state"] == "failed" for j in json.loads(state.read_text())["jobs"]),
                    timeout=10_000)
    text = state.read_text()
    assert s3_server.secret_key not in text and s3_server.access_key not in text
    assert "not connected" in text                        # the reason survives a restart
    assert not [p for p in state.parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="per-thread nice values exist only on Linux")
def test_transfers_run_below_the_gui_threads_priority(
        qtbot: QtBot, make_queue: QueueFactory, registry: ClientRegistry, bucket: str,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The job thread and the range threads it starts (a fresh pool per download)."""
    from spacesgui.s3.transfer import download
    from spacesgui.workers import transfer_kinds
    from spacesgui.workers.priority import background_nice

    seen: dict[str, set[int]] = {"job": set(), "ranges": set()}

    def nice() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    real_run_job, real_fetch = transfer_kinds.run_job, download._Job._fetch

    def run_job(*args: Any) -> Any:
        seen["job"].add(nice())
        return real_run_job(*args)

    def fetch(self: Any, *args: Any) -> None:
        seen["ranges"].add(nice())
        real_fetch(self, *args)
    monkeypatch.setattr(transfer_kinds, "run_job", run_job)
    monkeypatch.setattr(download._Job, "_fetch", fetch)
    queue = make_queue(registry, config=TransferConfig(download_threshold=MiB,
                                                       download_chunk=MiB))
    path = tmp_path / "up.bin"
    make_file(path, 3 * MiB)
    up = queue.enqueue_upload(ACCOUNT, bucket, "p.bin", str(path))
    assert wait_state(qtbot, queue, up) == "done"
    down = queue.enqueue_download(ACCOUNT, bucket, "p.bin", str(tmp_path / "down.bin"))
    assert wait_state(qtbot, queue, down) == "done"
    assert seen == {"job": {background_nice()}, "ranges": {background_nice()}}
    assert nice() < background_nice()


def test_every_request_asks_the_gui_pulse_first_and_the_pulse_runs_only_with_jobs(
        qtbot: QtBot, make_queue: QueueFactory, registry: ClientRegistry, bucket: str,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from spacesgui.preferences import Preferences
    from spacesgui.workers.gui_pulse import GuiPulse

    asked: list[tuple[bool, bool]] = []     # (on the GUI thread, pulse running)
    real = GuiPulse.step_aside

    def step_aside(self: GuiPulse) -> float:
        asked.append((threading.current_thread() is threading.main_thread(), self.running))
        return real(self)
    monkeypatch.setattr(GuiPulse, "step_aside", step_aside)
    root = tmp_path / "site"
    root.mkdir()
    for n in range(3):
        (root / f"{n}.txt").write_text(str(n))
    queue = make_queue(registry)
    pulse = queue.findChild(GuiPulse)
    assert pulse is not None and not pulse.running
    up = queue.enqueue_folder_upload(ACCOUNT, bucket, "a/", str(root))
    assert wait_state(qtbot, queue, up) == "done"
    assert len(asked) >= 3 and set(asked) == {(False, True)}
    qtbot.waitUntil(lambda: not pulse.running, timeout=5000)
    # A new request cap makes a new slot pool: its requests ask the pulse too.
    queue.apply_preferences(Preferences(parallel_transfers=2))
    asked.clear()
    down = queue.enqueue_prefix_download(ACCOUNT, bucket, "a/", str(tmp_path / "down"))
    assert wait_state(qtbot, queue, down) == "done"
    assert len(asked) >= 3 and set(asked) == {(False, True)}
    qtbot.waitUntil(lambda: not pulse.running, timeout=5000)


def test_a_transfer_that_outlives_its_deleted_queue_ends_quietly(
        qtbot: QtBot, proxied: ClientRegistry, proxy: FaultProxy, bucket: str,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """At exit the app stops waiting for a request stuck on a slow server and deletes the
    queue; when the request returns, the thread must end without a traceback."""
    import shiboken6

    from spacesgui.workers.transfers import TransferQueue

    crashes: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: crashes.append(args.exc_value))
    queue = TransferQueue(proxied, state_path=tmp_path / "state" / "queue.json",
                          journal_dir=tmp_path / "state" / "journal")
    release = threading.Event()
    held = proxy.delay(release=release, method="PUT")
    source = tmp_path / "stuck.bin"
    make_file(source, 1000)
    job = queue.enqueue_upload(ACCOUNT, bucket, "stuck.bin", str(source))
    [thread] = [t for t in threading.enumerate() if t.name == f"transfer-{job}"]
    try:
        assert held.hit.wait(30)
        assert queue.shutdown(50) is False
        shiboken6.delete(queue)
    finally:
        release.set()
    thread.join(30)
    assert not thread.is_alive()
    assert crashes == []
