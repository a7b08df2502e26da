"""A folder of small files through the window, against the engine alone, in one run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.window_transfers [--files 2000]

The window path: the folder is dropped on the object table (the table model's drop request, as
a drop of a local folder makes it) and goes through the transfer queue; then the uploaded folder
is dragged out (DragOutFiles, what a drag to the desktop runs) and comes back through the queue.
The engine path: `upload_folder` and `download_prefix` with the queue's settings, in a fresh
process. Reported: files/s both ways, the window's ratio to the engine, the longest event-loop
stall while the window transferred (a 10 ms heartbeat on the GUI thread), and the app's peak
memory (VmHWM, reset after start-up).

Starts its own Ceph RGW (tests/servers/rgw.py) or uses SPACESGUI_TEST_ENDPOINT and friends.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.peers import small_tree, tree_figures  # noqa: E402 - after the path fix
from benchmarks.ui_latency import Heartbeat, server  # noqa: E402


def spin_until(condition: Any, timeout_s: float) -> None:
    """Run the event loop until `condition()` holds, idle between events as app.exec() is (a
    processEvents() loop would keep the GUI thread busy and take a core and the GIL from the
    transfer's threads, which the real app never does)."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()
    poll.timeout.connect(check)
    poll.start()
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step timed out")
        loop.exec()
    poll.stop()


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


def _reset_peak() -> int:
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return _status_kib("VmRSS")


def _children_cpu() -> float:
    """CPU seconds of the child processes that ended (the RGW server still runs: not in it)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def engine(info: dict[str, Any], op: str, bucket: str, key: str,
           path: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one engine transfer in a fresh process."""
    job = {"server": {k: info[k] for k in ("endpoint", "region", "access_key", "secret_key")},
           "op": op, "bucket": bucket, "key": key, "path": str(path), "equal": False}
    started, cpu = time.perf_counter(), _children_cpu()
    subprocess.run([sys.executable, "-m", "benchmarks.peers", "--child", json.dumps(job)],
                   check=True, cwd=REPO)
    return time.perf_counter() - started, _children_cpu() - cpu


def engine_startup() -> tuple[float, float]:
    """What `engine` pays before its first request: a fresh interpreter importing the engine
    (wall seconds, CPU seconds)."""
    started, cpu = time.perf_counter(), _children_cpu()
    subprocess.run([sys.executable, "-c", "import benchmarks.peers, spacesgui.s3.client, "
                    "spacesgui.s3.transfer.folders"], check=True, cwd=REPO)
    return time.perf_counter() - started, _children_cpu() - cpu


def window_run(info: dict[str, Any], source: Path, bucket: str, work: Path) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from spacesgui.ui.models.entries import Location

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window, queue, runner = _window(info, work)
    here = Location("bench", bucket, "")
    window.navigate(here)
    spin_until(lambda: not window.table_model.is_loading, 60)
    try:
        return _transfers(window, queue, source, here)
    finally:
        window.close()
        queue.shutdown(10_000)
        runner.shutdown(10_000)
        app.processEvents()


def _window(info: dict[str, Any], work: Path) -> tuple[Any, Any, Any]:
    from PySide6.QtWidgets import QApplication

    from spacesgui.app import AppContext, freeze_startup_objects
    from spacesgui.clients import ClientRegistry
    from spacesgui.config import Account
    from spacesgui.s3 import S3Client
    from spacesgui.ui.window import MainWindow
    from spacesgui.workers.collector import GuiThreadCollector
    from spacesgui.workers.tasks import TaskRunner
    from spacesgui.workers.transfers import TransferQueue

    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    GuiThreadCollector(parent=QApplication.instance())  # as the app collects garbage
    runner, registry = TaskRunner(4), ClientRegistry()
    queue = TransferQueue(registry, state_path=work / "q.json", journal_dir=work / "journal")
    context = AppContext(runner=runner, registry=registry, queue=queue)
    account = Account(id="bench", name="Bench", provider="s3", region=info["region"],
                      endpoint=info["endpoint"], access_key_id=info["access_key"],
                      addressing="path")
    context.add_ready_account(account, S3Client(
        endpoint=info["endpoint"], region=info["region"], access_key=info["access_key"],
        secret_key=info["secret_key"], addressing="path"))
    window = MainWindow(context)
    window.resize(1200, 800)
    window.show()
    QApplication.processEvents()
    freeze_startup_objects()
    return window, queue, runner


class Phases:
    """When the queue's signals said what, for the phase breakdown of one transfer: queued
    (the drop's conflict check ended), measured (the job knew its total: its listing or
    walk ended), first bytes, ended (the worker thread finished), seen (the GUI thread took
    the result). Also the GUI thread's own CPU time over the whole transfer."""

    def __init__(self, queue: Any) -> None:
        self.queue = queue
        self.marks: dict[str, float] = {}
        queue.job_added.connect(lambda _id: self._mark("queued"))
        queue.job_changed.connect(self._changed)
        queue.job_finished.connect(lambda _id, _r: self._mark("seen"))

    def start(self) -> None:
        self.marks = {"start": time.perf_counter()}
        self.cpu = time.thread_time()

    def _mark(self, name: str) -> None:
        if self.marks:
            self.marks.setdefault(name, time.perf_counter())

    def _changed(self, job_id: int) -> None:
        job = self.queue.job(job_id)
        if job is not None and job.total_bytes is not None:
            self._mark("measured")
        if job is not None and job.done_bytes:
            self._mark("first bytes")

    def summary(self) -> dict[str, float]:
        marks = sorted(self.marks.items(), key=lambda kv: kv[1])
        out = {f"{a} -> {b}": (tb - ta) for (a, ta), (b, tb) in itertools.pairwise(marks)}
        out["GUI thread CPU"] = time.thread_time() - self.cpu
        return out


def _transfers(window: Any, queue: Any, source: Path, here: Any) -> dict[str, Any]:
    from spacesgui.states import FINISHED_STATES, JobState
    from spacesgui.ui.models.drops import DropRequest
    from spacesgui.ui.models.entries import Entry
    from spacesgui.ui.window.dnd import DragOutFiles

    idle_kib = _reset_peak()
    beat = Heartbeat()
    phases = Phases(queue)
    out: dict[str, Any] = {}

    def ended() -> bool:
        jobs = queue.jobs()
        return bool(jobs) and all(j.state in FINISHED_STATES | {JobState.FAILED} for j in jobs)
    beat.start()
    phases.start()
    started, cpu = time.perf_counter(), time.process_time()
    window.table_model.drop_requested.emit(DropRequest(here, (str(source),), None, False))
    spin_until(ended, 3600)
    out["upload_s"] = time.perf_counter() - started
    out["upload_cpu"] = time.process_time() - cpu
    beat.stop()
    out["upload_stall"] = beat.summary()
    out["upload_phases"] = phases.summary()
    failed = [j.title for j in queue.jobs() if j.state != JobState.DONE]
    if failed:
        raise SystemExit(f"window upload: {failed} did not finish")
    folder = Entry(source.name, f"{source.name}/", True, None, None, None, None)
    beat.start()
    phases.start()
    started, cpu = time.perf_counter(), time.process_time()
    drag = DragOutFiles(queue, here, [folder])
    drag.start()
    spin_until(lambda: drag.done, 3600)
    out["download_s"] = time.perf_counter() - started
    out["download_cpu"] = time.process_time() - cpu
    beat.stop()
    out["download_stall"] = beat.summary()
    out["download_phases"] = phases.summary()
    if drag.failures:
        raise SystemExit(f"window download failed: {drag.failures[0]}")
    out["downloaded"] = tree_figures(drag.paths[0])
    shutil.rmtree(drag.directory, ignore_errors=True)   # the app leaves it for the drop target
    out["peak_mib"] = (_status_kib("VmHWM") - idle_kib) / 1024
    out["idle_mib"] = idle_kib / 1024
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="spacesgui-wbench-"))
    load_before = os.getloadavg()
    try:
        with server() as info:
            from spacesgui.s3 import S3Client
            admin = S3Client(endpoint=info["endpoint"], region=info["region"], addressing="path",
                             access_key=info["access_key"], secret_key=info["secret_key"])
            bucket = f"bench-win-{uuid.uuid4().hex[:8]}"
            admin.create_bucket(bucket=bucket)
            source = work / "site"
            source.mkdir()
            total = small_tree(source, args.files)
            up_engine, up_cpu = engine(info, "upload-folder", bucket, "engine", source)
            down_engine, down_cpu = engine(info, "download-folder", bucket, "engine/",
                                           work / "engine-down")
            startup, startup_cpu = min(engine_startup() for _ in range(3))
            figures = window_run(info, source, bucket, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if figures["downloaded"] != (args.files, total):
        raise SystemExit(f"the window downloaded {figures['downloaded']}, expected "
                         f"{(args.files, total)}")
    n = args.files
    rows = [("upload", n / up_engine, n / figures["upload_s"], figures["upload_stall"]),
            ("download", n / down_engine, n / figures["download_s"],
             figures["download_stall"])]
    print(f"\n| {n:,} files (1-16 KiB) | engine files/s | window files/s | window / engine "
          "| longest stall (GUI thread ran / waited for a CPU) |")
    print("|---|---|---|---|---|")
    for label, eng, win, stall in rows:
        print(f"| {label} | {eng:.0f} | {win:.0f} | {win / eng:.2f}x | {stall[0]:.0f} ms "
              f"({stall[2][0]:.0f} / {stall[2][1]:.0f} ms) |")
    for label in ("upload", "download"):
        steps = ", ".join(f"{name} {seconds:.2f} s"
                          for name, seconds in figures[f"{label}_phases"].items())
        print(f"\n{label} through the window: {steps}")
    print(f"engine alone (a fresh process, start-up included): upload {up_engine:.2f} s, "
          f"download {down_engine:.2f} s; of that, start-up {startup:.2f} s; window / engine "
          f"without it: upload {(up_engine - startup) / figures['upload_s']:.2f}x, download "
          f"{(down_engine - startup) / figures['download_s']:.2f}x")
    per = 1000 / n
    print(f"CPU seconds per 1,000 files (less swayed by the load than files/s), engine without "
          f"its start-up / window: upload {(up_cpu - startup_cpu) * per:.2f} / "
          f"{figures['upload_cpu'] * per:.2f}, download {(down_cpu - startup_cpu) * per:.2f} / "
          f"{figures['download_cpu'] * per:.2f}")
    print(f"\napp peak memory during the transfers: {figures['peak_mib']:.0f} MiB above "
          f"{figures['idle_mib']:.0f} MiB after start-up; load average before "
          f"{load_before[0]:.2f}, after {os.getloadavg()[0]:.2f}; {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
