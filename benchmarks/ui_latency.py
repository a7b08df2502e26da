"""How responsive is the window? Three figures, printed as a table.

1. Start-up: process start to the first paint of the main window, from a subprocess run with
   SPACESGUI_FIRST_PAINT_PROBE=1 (the app prints the time of its first paint and quits).
   Both the wall time seen by the parent (interpreter start included) and the app's own figure.
2. The longest event-loop stall while a 1 GiB file uploads through the TransferQueue, with the
   real window and its transfer panel showing the progress. A 10 ms QTimer heartbeat records
   the gaps between its ticks; a stall is a gap minus the 10 ms interval.
3. The same heartbeat while the window opens a 100,000-key folder and scrolls to its end
   (one page per fetchMore), plus the time to the first rows.

Server: SPACESGUI_TEST_ENDPOINT/_REGION/_ACCESS_KEY/_SECRET_KEY if set, else a throwaway Ceph
RGW (tests/servers/rgw.py). Targets (issue 6): stall < 50 ms, first paint < 1.0 s.

Usage: python -m benchmarks.ui_latency [--keys 100000 (0: upload only)] [--size-mib 1024]
       [--starts 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

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
    """A 10 ms timer on the GUI thread; `gaps` are the intervals between its ticks (ms)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self.gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    def summary(self) -> tuple[float, float]:
        stalls = sorted(max(0.0, g - TICK_MS) for g in self.gaps) or [0.0]
        return stalls[-1], stalls[int(len(stalls) * 0.99) - 1 if len(stalls) > 1 else 0]


def spin_until(condition: Callable[[], bool], timeout_s: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step timed out")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


@contextmanager
def server() -> Iterator[dict[str, str]]:
    if os.environ.get("SPACESGUI_TEST_ENDPOINT"):
        yield {"endpoint": os.environ["SPACESGUI_TEST_ENDPOINT"],
               "region": os.environ.get("SPACESGUI_TEST_REGION", "us-east-1"),
               "access_key": os.environ["SPACESGUI_TEST_ACCESS_KEY"],
               "secret_key": os.environ["SPACESGUI_TEST_SECRET_KEY"]}
        return
    from tests.servers.rgw import TESTER, RgwCluster

    cluster = RgwCluster()
    cluster.start()
    try:
        yield {"endpoint": cluster.endpoint, "region": cluster.region,
               "access_key": TESTER.access_key, "secret_key": TESTER.secret_key}
    finally:
        cluster.stop()


def window_runs(info: dict[str, str], keys: int, size_mib: int) -> dict[str, Any]:  # noqa: PLR0915
    from PySide6.QtWidgets import QApplication

    from spacesgui.app import AppContext
    from spacesgui.clients import ClientRegistry
    from spacesgui.config import Account
    from spacesgui.s3 import S3Client
    from spacesgui.ui.main_window import MainWindow
    from spacesgui.ui.models.entries import Location
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
    beat = Heartbeat()
    out: dict[str, Any] = {}
    try:
        big = tmp / "one-gib.bin"
        with big.open("wb") as f:  # random-ish, incompressible content written once
            block = os.urandom(8 << 20)
            for _ in range(size_mib // 8):
                f.write(block)
        window.navigate(Location("bench", bucket, ""))
        spin_until(lambda: not window.table_model.is_loading, 60)
        beat.start()
        began = time.perf_counter()
        job = queue.enqueue_upload("bench", bucket, "one-gib.bin", str(big))
        spin_until(lambda: queue.job(job).state in ("done", "failed"), 1800)
        out["upload_s"] = time.perf_counter() - began
        out["upload_state"] = queue.job(job).state
        beat.stop()
        out["upload_stall"] = beat.summary()
        big.unlink()

        if not keys:
            return out
        began = time.perf_counter()
        names = [f"big/k{i:06d}" for i in range(keys)]
        with ThreadPoolExecutor(32) as pool:
            list(pool.map(lambda k: admin.put_object(bucket=bucket, key=k, body=b""), names))
        out["fill_s"] = time.perf_counter() - began
        beat.start()
        began = time.perf_counter()
        window.navigate(Location("bench", bucket, "big/"))
        spin_until(lambda: window.proxy.rowCount() > 0, 60)
        out["first_rows_s"] = time.perf_counter() - began
        bar = window.table.verticalScrollBar()

        def scrolled() -> bool:
            bar.setValue(bar.maximum())  # the user dragging the thumb to the end, repeatedly
            return window.proxy.rowCount() >= keys and not window.table_model.is_loading

        spin_until(scrolled, 1800)
        out["all_rows_s"] = time.perf_counter() - began
        beat.stop()
        out["list_stall"] = beat.summary()
    finally:
        window.close()
        queue.shutdown(10_000)
        runner.shutdown(10_000)
        app.processEvents()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=100_000)
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    load = os.getloadavg()
    walls, owns = start_times(args.starts)
    with server() as info:
        figures = window_runs(info, args.keys, args.size_mib)
    after = os.getloadavg()
    rows = [
        ("start \u2192 first paint, wall (median / min)",
         f"{statistics.median(walls):.2f} s / {min(walls):.2f} s", "< 1.0 s"),
        ("start \u2192 first paint, in-app (median / min)",
         f"{statistics.median(owns):.2f} s / {min(owns):.2f} s", "< 1.0 s"),
        (f"{args.size_mib} MiB upload via TransferQueue",
         f"{figures['upload_s']:.1f} s ({figures['upload_state']})", ""),
        ("  longest stall / p99 during the upload",
         f"{figures['upload_stall'][0]:.0f} ms / {figures['upload_stall'][1]:.0f} ms", "< 50 ms"),
    ]
    if args.keys:  # --keys 0: the upload only
        rows += [
            (f"{args.keys:,}-key folder: first rows", f"{figures['first_rows_s']:.3f} s",
             "< 0.3 s"),
            ("  all rows by scrolling", f"{figures['all_rows_s']:.1f} s", ""),
            ("  longest stall / p99 while listing + scrolling",
             f"{figures['list_stall'][0]:.0f} ms / {figures['list_stall'][1]:.0f} ms", "< 50 ms"),
            ("(filling the folder with parallel PUTs)", f"{figures['fill_s']:.0f} s", ""),
        ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':<24}  target")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<24}  {target}")
    print(f"load average before {load[0]:.1f}, after {after[0]:.1f} "
          f"({os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
