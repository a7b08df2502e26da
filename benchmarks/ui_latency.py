"""How responsive is the window? Three figures, printed as a table.

1. Start-up: process start to the first paint of the main window, from a subprocess run with
   SPACESGUI_FIRST_PAINT_PROBE=1 (the app prints the time of its first paint and quits).
   Both the wall time seen by the parent (interpreter start included) and the app's own figure.
2. The longest event-loop stall while a 1 GiB file uploads through the TransferQueue, with the
   real window and its transfer panel showing the progress. A 10 ms QTimer heartbeat records
   the gaps between its ticks; a stall is a gap minus the 10 ms interval. For the longest gap
   it also prints how long the GUI thread ran and how long it waited for a CPU.
3. The same heartbeat while the window opens a 100,000-key folder and scrolls to its end
   (one page per fetchMore), plus the time to the first rows.
4. The same for Show Versions on a folder of 100,000 versions (10 per key, in a versioned
   bucket): from checking the action to the first rows, then scrolling to the end.

2 and 3 run twice: with the local server sharing every CPU with the app (as in CI, where RGW
burns ~5 CPU-seconds per GiB uploaded), and with the server pinned to a core of its own, which
is how the app meets a real, remote server.

Server: SPACESGUI_TEST_ENDPOINT/_REGION/_ACCESS_KEY/_SECRET_KEY if set, else a throwaway Ceph
RGW (tests/servers/rgw.py). Targets: stall < 50 ms, first paint < 1.0 s.

Usage: python -m benchmarks.ui_latency [--keys 100000 (0: upload only)] [--size-mib 1024]
       [--starts 5] [--versions 100000 (0: none)]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))   # `python benchmarks/ui_latency.py` finds tests.servers
TICK_MS = 10


def start_times(runs: int) -> tuple[list[float], list[float]]:
    """(wall seconds to first paint seen from outside, the app's own figure) per run."""
    walls, owns = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, SPACESGUI_FIRST_PAINT_PROBE="1",
                       XDG_CONFIG_HOME=f"{tmp}/config", XDG_DATA_HOME=f"{tmp}/data",
                       XDG_STATE_HOME=f"{tmp}/state", XDG_CACHE_HOME=f"{tmp}/cache")
            if not env.get("DISPLAY"):
                env["QT_QPA_PLATFORM"] = "offscreen"
            began = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-m", "spacesgui"], env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith("first-paint "):
                    walls.append(time.perf_counter() - began)
                    owns.append(float(line.split()[1]))
                    break
            proc.wait(timeout=60)
    return walls, owns


class Heartbeat:
    """A 10 ms timer on the GUI thread; `gaps` are the intervals between its ticks (ms).

    On Linux each gap also records how long the GUI thread ran (thread CPU time) and how long
    it sat runnable waiting for a CPU (schedstat), so a stall can be told apart: the app's own
    work, or the OS giving the CPU to someone else."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.gaps: list[float] = []
        self.split: list[tuple[float, float]] = []   # (ran ms, waited for a CPU ms) per gap
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._mark = (0.0, 0.0)

    def start(self) -> None:
        self.gaps.clear()
        self.split.clear()
        self._mark = _thread_times()
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self.gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()
        now = _thread_times()
        self.split.append((now[0] - self._mark[0], now[1] - self._mark[1]))
        self._mark = now

    def summary(self) -> tuple[float, float, tuple[float, float]]:
        """Longest stall, p99 stall, and for the longest: (ran, waited for a CPU) in ms."""
        if not self.gaps:
            return 0.0, 0.0, (0.0, 0.0)
        stalls = sorted(max(0.0, g - TICK_MS) for g in self.gaps)
        worst = max(range(len(self.gaps)), key=self.gaps.__getitem__)
        p99 = stalls[int(len(stalls) * 0.99) - 1 if len(stalls) > 1 else 0]
        return stalls[-1], p99, self.split[worst]


def _thread_times() -> tuple[float, float]:
    """(CPU ms this thread used, ms it waited runnable for a CPU); the second is 0 off Linux."""
    waited = 0.0
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/schedstat") as stat:
            waited = int(stat.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        pass
    return time.thread_time() * 1000, waited


@contextmanager
def placement(own_core: bool, server_pids: list[int]) -> Iterator[str]:
    """Either the server shares every CPU with the app (as in CI), or it gets the last CPU to
    itself and the app the others, which is how a remote server loads the user's machine:
    not at all. Linux only, and only with a local server and 2+ CPUs; yields a label."""
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if not own_core:
        yield "server shares the CPUs"
        return
    if len(cpus) < 2 or not server_pids:
        yield "server on its own core: not possible here"
        return
    from tests.servers.rgw import pin_threads

    pin_threads(server_pids, {cpus[-1]})
    pin_threads([os.getpid()], set(cpus[:-1]))
    try:
        yield f"server on its own core ({len(cpus) - 1} left for the app)"
    finally:
        pin_threads(server_pids, set(cpus))
        pin_threads([os.getpid()], set(cpus))


def spin_until(condition: Callable[[], bool], timeout_s: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step timed out")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


@contextmanager
def server() -> Iterator[dict[str, Any]]:
    if os.environ.get("SPACESGUI_TEST_ENDPOINT"):
        yield {"endpoint": os.environ["SPACESGUI_TEST_ENDPOINT"],
               "region": os.environ.get("SPACESGUI_TEST_REGION", "us-east-1"),
               "access_key": os.environ["SPACESGUI_TEST_ACCESS_KEY"],
               "secret_key": os.environ["SPACESGUI_TEST_SECRET_KEY"], "pids": []}
        return
    from tests.servers.rgw import TESTER, RgwCluster

    cluster = RgwCluster()
    cluster.start()
    try:
        yield {"endpoint": cluster.endpoint, "region": cluster.region,
               "access_key": TESTER.access_key, "secret_key": TESTER.secret_key,
               "pids": list(cluster.pids().values())}
    finally:
        cluster.stop()


def window_runs(info: dict[str, Any], keys: int, size_mib: int,  # noqa: PLR0915
                versions: int = 0) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from spacesgui.app import AppContext, freeze_startup_objects
    from spacesgui.clients import ClientRegistry
    from spacesgui.config import Account
    from spacesgui.s3 import S3Client
    from spacesgui.ui.models.entries import Location
    from spacesgui.ui.window import MainWindow
    from spacesgui.workers.collector import GuiThreadCollector
    from spacesgui.workers.tasks import TaskRunner
    from spacesgui.workers.transfers import TransferQueue

    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="spacesgui-bench-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")

    def client() -> S3Client:
        return S3Client(endpoint=info["endpoint"], region=info["region"],
                        access_key=info["access_key"], secret_key=info["secret_key"],
                        addressing="path")

    bucket = f"bench-ui-{uuid.uuid4().hex[:8]}"
    admin = client()
    admin.create_bucket(bucket=bucket)
    GuiThreadCollector(parent=QApplication.instance())  # as the app collects garbage
    runner, registry = TaskRunner(4), ClientRegistry()
    queue = TransferQueue(registry, state_path=tmp / "q.json", journal_dir=tmp / "journal")
    context = AppContext(runner=runner, registry=registry, queue=queue)
    account = Account(id="bench", name="Bench", provider="s3", region=info["region"],
                      endpoint=info["endpoint"], access_key_id=info["access_key"],
                      addressing="path")
    context.add_ready_account(account, client())
    window = MainWindow(context)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    freeze_startup_objects()  # as run_app does after the first paint
    beat = Heartbeat()
    out: dict[str, Any] = {"phases": []}
    try:
        big = tmp / "one-gib.bin"
        with big.open("wb") as f:  # random-ish, incompressible content written once
            block = os.urandom(8 << 20)
            for _ in range(size_mib // 8):
                f.write(block)
        if keys:
            began = time.perf_counter()
            names = [f"big/k{i:06d}" for i in range(keys)]
            with ThreadPoolExecutor(32) as pool:
                list(pool.map(lambda k: admin.put_object(bucket=bucket, key=k, body=b""), names))
            out["fill_s"] = time.perf_counter() - began
        versioned = f"{bucket}-v"
        if versions:
            out["version_fill_s"] = _fill_versions(admin, versioned, versions)
        for own_core in (False, True):
            with placement(own_core, info["pids"]) as label:
                phase: dict[str, Any] = {"label": label}
                out["phases"].append(phase)
                window.navigate(Location("bench", bucket, ""))
                spin_until(lambda: not window.table_model.is_loading, 60)
                beat.start()
                began = time.perf_counter()
                job = queue.enqueue_upload("bench", bucket, "one-gib.bin", str(big))
                spin_until(lambda j=job: queue.job(j).state in ("done", "failed"), 1800)
                phase["upload_s"] = time.perf_counter() - began
                phase["upload_state"] = queue.job(job).state
                beat.stop()
                phase["upload_stall"] = beat.summary()
                if keys:
                    _list_and_scroll(window, beat, bucket, keys, phase)
                if versions:
                    _versions_and_scroll(window, beat, versioned, versions, phase)
    finally:
        window.close()
        queue.shutdown(10_000)
        runner.shutdown(10_000)
        app.processEvents()
    return out


def _list_and_scroll(window: Any, beat: Heartbeat, bucket: str, keys: int,
                     phase: dict[str, Any]) -> None:
    from spacesgui.ui.models.entries import Location

    beat.start()
    began = time.perf_counter()
    window.navigate(Location("bench", bucket, "big/"))
    spin_until(lambda: window.proxy.rowCount() > 0, 60)
    phase["first_rows_s"] = time.perf_counter() - began
    bar = window.table.verticalScrollBar()

    def scrolled() -> bool:
        bar.setValue(bar.maximum())  # the user dragging the thumb to the end, repeatedly
        return window.proxy.rowCount() >= keys and not window.table_model.is_loading

    spin_until(scrolled, 1800)
    phase["all_rows_s"] = time.perf_counter() - began
    beat.stop()
    phase["list_stall"] = beat.summary()


def _fill_versions(admin: Any, bucket: str, versions: int) -> float:
    """A versioned bucket whose folder "ver/" holds `versions` versions, 10 per key."""
    from spacesgui.s3.models.config import VersioningState

    admin.create_bucket(bucket=bucket)
    admin.put_bucket_versioning(bucket=bucket, state=VersioningState.ENABLED)
    began = time.perf_counter()
    names = [f"ver/k{i:05d}" for i in range(max(1, versions // 10))]
    with ThreadPoolExecutor(32) as pool:
        for _ in range(10):  # one round per version: each key gets a newer one
            list(pool.map(lambda k: admin.put_object(bucket=bucket, key=k, body=b"v"), names))
    return time.perf_counter() - began


def _versions_and_scroll(window: Any, beat: Heartbeat, bucket: str, versions: int,
                         phase: dict[str, Any]) -> None:
    from spacesgui.ui.models.entries import Location

    action = window.window_actions["show_versions"]
    window.navigate(Location("bench", bucket, "ver/"))
    spin_until(lambda: action.isEnabled() and not window.table_model.is_loading, 60)
    model, table = window.versions.model, window.versions_table
    beat.start()
    began = time.perf_counter()
    action.setChecked(True)
    spin_until(lambda: model.rowCount() > 0, 60)
    phase["version_first_rows_s"] = time.perf_counter() - began
    bar = table.verticalScrollBar()
    total = (versions // 10 or 1) * 10

    def scrolled() -> bool:
        bar.setValue(bar.maximum())
        return model.rowCount() >= total and not model.is_loading

    spin_until(scrolled, 1800)
    phase["version_all_rows_s"] = time.perf_counter() - began
    beat.stop()
    phase["version_stall"] = beat.summary()
    action.setChecked(False)
    window.navigate(Location("bench", None))


def _stall(summary: tuple[float, float, tuple[float, float]]) -> str:
    worst, p99, (ran, waited) = summary
    return f"{worst:.0f} / {p99:.0f} ms (ran {ran:.0f}, waited {waited:.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=100_000)
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--versions", type=int, default=100_000)
    args = parser.parse_args()
    load = os.getloadavg()
    walls, owns = start_times(args.starts)
    with server() as info:
        figures = window_runs(info, args.keys, args.size_mib, args.versions)
    after = os.getloadavg()
    rows = [
        ("start \u2192 first paint, wall (median / min)",
         f"{statistics.median(walls):.2f} s / {min(walls):.2f} s", "< 1.0 s"),
        ("start \u2192 first paint, in-app (median / min)",
         f"{statistics.median(owns):.2f} s / {min(owns):.2f} s", "< 1.0 s"),
    ]
    for phase in figures["phases"]:
        rows += [
            (f"[{phase['label']}]", "", ""),
            (f"  {args.size_mib} MiB upload via TransferQueue",
             f"{phase['upload_s']:.1f} s ({phase['upload_state']})", ""),
            ("    longest / p99 stall during the upload", _stall(phase["upload_stall"]),
             "< 50 ms"),
        ]
        if args.keys:  # --keys 0: the upload only
            rows += [
                (f"  {args.keys:,}-key folder: first rows", f"{phase['first_rows_s']:.3f} s",
                 "< 0.3 s"),
                ("    all rows by scrolling", f"{phase['all_rows_s']:.1f} s", ""),
                ("    longest / p99 stall, listing + scrolling", _stall(phase["list_stall"]),
                 "< 50 ms"),
            ]
        if args.versions:
            rows += [
                (f"  {args.versions:,}-version folder: first rows",
                 f"{phase['version_first_rows_s']:.3f} s", "< 0.3 s"),
                ("    all versions by scrolling", f"{phase['version_all_rows_s']:.1f} s", ""),
                ("    longest / p99 stall, listing + scrolling",
                 _stall(phase["version_stall"]), "< 50 ms"),
            ]
    if args.versions:
        rows.append(("(filling the versions with parallel PUTs)",
                     f"{figures['version_fill_s']:.0f} s", ""))
    if args.keys:
        rows.append(("(filling the folder with parallel PUTs)", f"{figures['fill_s']:.0f} s", ""))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':<40}  target")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<40}  {target}")
    print("ran / waited: for the longest gap, the GUI thread's own CPU time and its time spent "
          "runnable but waiting for a CPU (Linux schedstat)")
    print(f"load average before {load[0]:.1f}, after {after[0]:.1f} "
          f"({os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
