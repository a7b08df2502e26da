"""Pacing benchmark: a folder upload against a server that refuses above N requests/s.

    .venv/bin/python benchmarks/pacing.py [--files 1500] [--limit 50] [--retry-after]
                                          [--small 1000] [--repeat 3]

Starts its own Ceph RGW (memstore), or uses SPACESGUI_TEST_ENDPOINT, _REGION, _ACCESS_KEY,
_SECRET_KEY. Two measurements:

1. Throttled: `upload_folder` of `--files` small files (1 KiB) through tests/faultproxy.py set to
   answer 503 SlowDown above `--limit` requests/s (no Retry-After unless `--retry-after`), with
   the app's request budget on and off: failed files, share of requests refused, and the rate
   the server accepted against its limit. Targets: no failed file, < 5 % refused, >= 80 % of
   the limit.
2. Unthrottled: `--small` files uploaded straight to the server, budget on and off,
   interleaved `--repeat` times (best run kept): pacing must cost nothing measurable.

Each run talks to a fresh proxy port, so it starts from a fresh budget.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from spacesgui.s3 import pacing  # noqa: E402
from spacesgui.s3.client import S3Client  # noqa: E402
from spacesgui.s3.transfer.folders import upload_folder  # noqa: E402
from tests.faultproxy import FaultProxy  # noqa: E402


@contextlib.contextmanager
def server() -> Iterator[dict[str, str]]:
    env = os.environ
    if env.get("SPACESGUI_TEST_ENDPOINT"):
        yield {"endpoint": env["SPACESGUI_TEST_ENDPOINT"].rstrip("/"),
               "region": env["SPACESGUI_TEST_REGION"],
               "access_key": env["SPACESGUI_TEST_ACCESS_KEY"],
               "secret_key": env["SPACESGUI_TEST_SECRET_KEY"]}
        return
    from tests.servers.rgw import TESTER, RgwCluster
    cluster = RgwCluster()
    cluster.start()
    try:
        yield {"endpoint": cluster.endpoint, "region": cluster.region,
               "access_key": TESTER.access_key, "secret_key": TESTER.secret_key}
    finally:
        cluster.stop()


def client_for(srv: dict[str, str], endpoint: str) -> S3Client:
    return S3Client(endpoint=endpoint, region=srv["region"], addressing="path",
                    access_key=srv["access_key"], secret_key=srv["secret_key"])


def make_files(root: Path, count: int) -> Path:
    folder = root / f"files-{count}"
    if not folder.exists():
        folder.mkdir()
        for n in range(count):
            (folder / f"f{n:05d}.txt").write_bytes(os.urandom(1024))
    return folder


def throttled(srv: dict[str, str], bucket: str, folder: Path, args: argparse.Namespace,
              paced: bool) -> dict[str, Any]:
    pacing.SHARED.enabled = paced
    with FaultProxy(srv["endpoint"]) as proxy:
        limit = proxy.rate_limit(args.limit, retry_after=1 if args.retry_after else None)
        assert limit is not None
        client = client_for(srv, proxy.url)
        started = time.monotonic()
        report = upload_folder(client, bucket=bucket, local_dir=folder,
                               prefix=f"{uuid.uuid4().hex[:8]}/",
                               files_in_flight=args.files_in_flight)
        seconds = time.monotonic() - started
        budget = pacing.SHARED.budget(proxy.url.split("//")[1], bucket)
    sent = limit.allowed + limit.refused
    return {"failed": len(report.failed), "uploaded": report.uploaded, "sent": sent,
            "refused": limit.refused, "refused_pct": 100.0 * limit.refused / max(1, sent),
            "rate": limit.allowed / seconds, "seconds": seconds, "cuts": budget.cuts,
            "final_rate": budget.rate}


def unthrottled(srv: dict[str, str], bucket: str, folder: Path, args: argparse.Namespace,
                paced: bool) -> tuple[float, float]:
    """Files/s, and this process's CPU milliseconds per file."""
    pacing.SHARED.enabled = paced
    client = client_for(srv, srv["endpoint"])
    cpu = time.process_time()
    started = time.monotonic()
    report = upload_folder(client, bucket=bucket, local_dir=folder,
                           prefix=f"{uuid.uuid4().hex[:8]}/", files_in_flight=args.files_in_flight)
    seconds = time.monotonic() - started
    if report.failed:
        raise SystemExit(f"unthrottled upload failed: {report.failed[:3]}")
    return report.uploaded / seconds, 1000 * (time.process_time() - cpu) / report.uploaded


def permit_cost(count: int = 200_000) -> tuple[float, float]:
    """Microseconds one request spends taking and returning its permits (a bucket's and the
    endpoint's), with pacing on and off, in a tight loop where no pace ever binds."""
    costs = []
    for enabled in (True, False):
        budgets = pacing.Pacing(other_rate=1e12, enabled=enabled)
        started = time.perf_counter()
        for _ in range(count):
            with budgets.permit("127.0.0.1:1", "bucket") as permit:
                permit.answer(200)
        costs.append(1e6 * (time.perf_counter() - started) / count)
    return costs[0], costs[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=1500)
    parser.add_argument("--limit", type=float, default=50.0)
    parser.add_argument("--retry-after", action="store_true",
                        help="the SlowDown answers carry Retry-After: 1")
    parser.add_argument("--files-in-flight", type=int, default=8)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="throttled,unthrottled")
    args = parser.parse_args()
    # Failed files are counted in the table; their tracebacks would bury it.
    logging.getLogger().addHandler(logging.NullHandler())
    only = set(args.only.split(","))
    with server() as srv, tempfile.TemporaryDirectory(prefix="pacing-bench-") as tmp:
        bucket = f"pacing-{uuid.uuid4().hex[:8]}"
        client_for(srv, srv["endpoint"]).create_bucket(bucket=bucket)
        if "throttled" in only:
            folder = make_files(Path(tmp), args.files)
            ra = "with Retry-After: 1" if args.retry_after else "no Retry-After"
            print(f"\n{args.files} x 1 KiB folder upload, {args.files_in_flight} files in flight, "
                  f"server refusing above {args.limit:g} req/s ({ra})\n")
            print("pacing | failed files | requests | refused       | accepted rate        "
                  "| seconds | cuts")
            print("------ | ------------ | -------- | ------------- | -------------------- "
                  "| ------- | ----")
            for paced in (False, True):
                r = throttled(srv, bucket, folder, args, paced)
                print(f"{'on' if paced else 'off':6} | {r['failed']:12} | {r['sent']:8} | "
                      f"{r['refused']:5} ({r['refused_pct']:4.1f} %) | "
                      f"{r['rate']:5.1f} req/s ({100 * r['rate'] / args.limit:3.0f} %) | "
                      f"{r['seconds']:7.1f} | {r['cuts'] if paced else '-'}")
        if "unthrottled" in only:
            folder = make_files(Path(tmp), args.small)
            rates: dict[bool, list[float]] = {False: [], True: []}
            cpus: dict[bool, list[float]] = {False: [], True: []}
            for _ in range(args.repeat):
                for paced in (False, True):
                    rate, cpu = unthrottled(srv, bucket, folder, args, paced)
                    rates[paced].append(rate)
                    cpus[paced].append(cpu)
            off, on = max(rates[False]), max(rates[True])
            print(f"\n{args.small} x 1 KiB straight to the server, {args.files_in_flight} files "
                  f"in flight, best of {args.repeat}: pacing off {off:.0f} files/s, on "
                  f"{on:.0f} files/s ({on / off:.2f}x); client CPU per file (median) off "
                  f"{statistics.median(cpus[False]):.2f} ms, "
                  f"on {statistics.median(cpus[True]):.2f} ms")
            print(f"all runs (files/s): off {[round(x) for x in rates[False]]}, "
                  f"on {[round(x) for x in rates[True]]}")
            on_us, off_us = permit_cost()
            print(f"permits per request, tight loop: on {on_us:.1f} us, off {off_us:.1f} us")
    pacing.SHARED.enabled = True


if __name__ == "__main__":
    main()
