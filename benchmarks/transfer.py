"""Transfer benchmark: spacesgui's engine against boto3/s3transfer and curl, in one run.

    .venv/bin/python benchmarks/transfer.py [--size-mib 1024] [--small 1000] [--repeat 1]

Starts its own Ceph RGW on bluestore (tests/servers/rgw.py), or uses SPACESGUI_TEST_ENDPOINT,
_REGION, _ACCESS_KEY, _SECRET_KEY. Every transfer runs in a fresh subprocess, which reports its
time and its peak RSS above idle (ru_maxrss after imports and client set-up, then after the
transfer). Between runs `radosgw-admin gc process --include-all` frees deleted data, or it fills
the OSD and later PUTs hang.
See benchmarks/README.md for the targets and the last results.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

MiB = 1024 * 1024
CONCURRENCY = 8          # parts in flight per object, and files in parallel for small files
PART = 16 * MiB


# --- the child: one transfer, timed, with its memory ------------------------------------

def _status_kib(field: str) -> int | None:
    with contextlib.suppress(OSError, StopIteration, ValueError):
        lines = Path("/proc/self/status").read_text().splitlines()
        return int(next(x for x in lines if x.startswith(f"{field}:")).split()[1])
    return None


def _idle_kib() -> int:
    """RSS now; on Linux also resets the peak (VmHWM) to it, so the import-time peak of
    boto3 or requests does not hide the transfer's own peak."""
    import gc
    gc.collect()
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
        return _status_kib("VmRSS") or _peak_kib()
    return _peak_kib()


def _peak_kib() -> int:
    return _status_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _our_client(server: dict[str, str]) -> Any:
    from spacesgui.s3.client import S3Client
    return S3Client(endpoint=server["endpoint"], region=server["region"], addressing="path",
                    access_key=server["access_key"], secret_key=server["secret_key"])


def _boto_client(server: dict[str, str]) -> Any:
    import boto3
    from botocore.config import Config
    return boto3.session.Session().client(
        "s3", endpoint_url=server["endpoint"], region_name=server["region"],
        aws_access_key_id=server["access_key"], aws_secret_access_key=server["secret_key"],
        config=Config(s3={"addressing_style": "path"}, max_pool_connections=CONCURRENCY * 2,
                      request_checksum_calculation="when_required",
                      response_checksum_validation="when_required"))


def _boto_transfer_config() -> Any:
    from boto3.s3.transfer import TransferConfig as BotoConfig
    return BotoConfig(multipart_threshold=PART, multipart_chunksize=PART,
                      max_concurrency=CONCURRENCY, use_threads=True)


def child(job: dict[str, Any]) -> dict[str, Any]:
    """Run one measured transfer; returns seconds and RSS figures."""
    server, kind, bucket = job["server"], job["kind"], job["bucket"]
    ours = kind.startswith("ours")
    if ours:
        from spacesgui.s3.transfer.common import SlotPool, TransferConfig, TransferControl
        from spacesgui.s3.transfer.upload import upload_file
        client = _our_client(server)
        config = TransferConfig(part_size=PART, parts_in_flight=CONCURRENCY,
                                **job.get("tuning", {}))
    else:
        client = _boto_client(server)
        boto_config = _boto_transfer_config()
    hashing = kind != "ours-upload-nomd5"  # diagnostic: what hashing costs here
    kind = "ours-upload" if kind == "ours-upload-nomd5" else kind
    idle = _idle_kib()
    cpu = _cpu()
    started = time.perf_counter()
    if kind == "ours-upload":
        upload_file(client, bucket=bucket, key=job["key"], path=job["path"], config=config,
                    content_md5=hashing)
    elif kind == "boto-upload":
        client.upload_file(job["path"], bucket, job["key"], Config=boto_config)
    elif kind == "ours-download":
        from spacesgui.s3.transfer.download import download_file
        download_file(client, bucket=bucket, key=job["key"], path=job["path"], config=config,
                      control=TransferControl(), slots=SlotPool(CONCURRENCY))
    elif kind == "boto-download":
        client.download_file(bucket, job["key"], job["path"], Config=boto_config)
    elif kind in ("ours-small", "boto-small", "boto-small-put"):
        files = sorted(Path(job["path"]).iterdir())
        pool_slots = SlotPool(CONCURRENCY) if ours else None

        def one(path: Path) -> None:
            key = f"{job['key']}/{path.name}"
            if kind == "ours-small":
                upload_file(client, bucket=bucket, key=key, path=path, config=config,
                            slots=pool_slots)
            elif kind == "boto-small":
                client.upload_file(str(path), bucket, key, Config=boto_config)
            else:
                with open(path, "rb") as body:
                    client.put_object(Bucket=bucket, Key=key, Body=body)
        with ThreadPoolExecutor(CONCURRENCY) as pool:
            list(pool.map(one, files))
    else:
        raise SystemExit(f"unknown kind {kind}")
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "idle_kib": idle, "peak_kib": _peak_kib(), "cpu": _cpu() - cpu}


# --- the parent: server, data, runs, table -------------------------------------------------

class Bench:
    def __init__(self, args: argparse.Namespace, work: Path) -> None:
        self.args = args
        self.work = work
        self.cluster: Any = None
        self.server: dict[str, str] = {}
        self.bucket = f"bench-{os.getpid()}"
        self.results: dict[str, list[dict[str, Any]]] = {}
        self.placement = "server and clients share every CPU"

    @contextlib.contextmanager
    def running_server(self) -> Iterator[None]:
        env = os.environ
        if env.get("SPACESGUI_TEST_ENDPOINT"):
            self.server = {"endpoint": env["SPACESGUI_TEST_ENDPOINT"].rstrip("/"),
                           "region": env["SPACESGUI_TEST_REGION"],
                           "access_key": env["SPACESGUI_TEST_ACCESS_KEY"],
                           "secret_key": env["SPACESGUI_TEST_SECRET_KEY"]}
            yield
            return
        from tests.servers.rgw import TESTER, RgwCluster, pin_threads
        self.cluster = RgwCluster(store="bluestore")
        self.cluster.start()
        cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
        if self.args.split and len(cpus) >= 2:
            # The server gets the last CPU; this process (and so every child) the others.
            self.cluster.pin({cpus[-1]})
            pin_threads([os.getpid()], set(cpus[:-1]))
            self.placement = f"server pinned to CPU {cpus[-1]}, clients on {cpus[:-1]}"
        try:
            self.server = {"endpoint": self.cluster.endpoint, "region": self.cluster.region,
                           "access_key": TESTER.access_key, "secret_key": TESTER.secret_key}
            yield
        finally:
            self.cluster.stop()

    def boto(self) -> Any:
        return _boto_client(self.server)

    def gc(self) -> None:
        if self.cluster is not None:
            self.cluster.admin("gc", "process", "--include-all", timeout=600)

    def run(self, kind: str, key: str, path: Path, **extra: Any) -> dict[str, Any]:
        self.gc()
        job = {"server": self.server, "kind": kind, "bucket": self.bucket, "key": key,
               "path": str(path), **extra}
        done = subprocess.run([sys.executable, __file__, "--child", json.dumps(job)],
                              capture_output=True, text=True, check=False, cwd=REPO)
        if done.returncode != 0:
            raise SystemExit(f"{kind} failed:\n{done.stderr[-3000:]}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        self.results.setdefault(kind, []).append(result)
        return result

    def curl_put(self, key: str, path: Path) -> dict[str, Any]:
        self.gc()
        url = self.boto().generate_presigned_url(
            "put_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=3600)
        started = time.perf_counter()
        subprocess.run(["curl", "-sS", "-f", "-T", str(path), "-o", "/dev/null", url],
                       check=True)
        result = {"seconds": time.perf_counter() - started, "idle_kib": 0, "peak_kib": 0,
                  "cpu": 0.0}
        self.results.setdefault("curl-upload", []).append(result)
        return result


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(16 * MiB):
            digest.update(block)
    return digest.hexdigest()


def _best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return min(runs, key=lambda r: r["seconds"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--small", type=int, default=1000, help="number of 10 KiB files")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; best kept")
    parser.add_argument("--only", default="upload,download,small")
    parser.add_argument("--diagnose", action="store_true",
                        help="also time our upload without Content-MD5 (what hashing costs)")
    parser.add_argument("--split", action="store_true",
                        help="pin the local RGW to the last CPU and the clients to the others "
                             "(client CPU then no longer slows the server, as with a remote one)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return
    only = set(args.only.split(","))
    size = args.size_mib * MiB
    work = Path(tempfile.mkdtemp(prefix="spacesgui-bench-"))
    bench = Bench(args, work)
    load_before = os.getloadavg()
    try:
        with bench.running_server():
            bench.boto().create_bucket(Bucket=bench.bucket)
            big = work / "big.bin"
            print(f"writing {args.size_mib} MiB of random data ...", flush=True)
            from tests.random_files import write_random_file
            sha = write_random_file(big, size)
            for _ in range(args.repeat):  # interleaved, so drift hits all contenders alike
                if "upload" in only or "download" in only:
                    bench.run("ours-upload", "big-ours", big)
                    bench.run("boto-upload", "big-boto", big)
                    bench.curl_put("big-curl", big)
                    if args.diagnose:
                        bench.run("ours-upload-nomd5", "big-nomd5", big)
                if "download" in only:
                    for kind in ("ours-download", "boto-download"):
                        target = work / f"{kind}.bin"
                        bench.run(kind, "big-ours", target)
                        if _sha256(target) != sha:
                            raise SystemExit(f"{kind}: downloaded data differs")
                        target.unlink()
            if "small" in only:
                small = work / "small"
                small.mkdir()
                for i in range(args.small):
                    (small / f"f{i:05d}.bin").write_bytes(os.urandom(10 * 1024))
                for _ in range(args.repeat):
                    for kind in ("ours-small", "boto-small", "boto-small-put"):
                        bench.run(kind, f"small-{kind}", small)
            _report(bench, size, args, load_before)
            _empty_bucket(bench)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _empty_bucket(bench: Bench) -> None:
    boto = bench.boto()
    for page in boto.get_paginator("list_objects_v2").paginate(Bucket=bench.bucket):
        keys = [{"Key": o["Key"]} for o in page.get("Contents", [])]
        if keys:
            boto.delete_objects(Bucket=bench.bucket, Delete={"Objects": keys, "Quiet": True})
    boto.delete_bucket(Bucket=bench.bucket)


def _report(bench: Bench, size: int, args: argparse.Namespace,
            load_before: tuple[float, float, float]) -> None:
    r = {kind: _best(runs) for kind, runs in bench.results.items()}
    rate: Callable[[str, int], float] = lambda kind, n: n / MiB / r[kind]["seconds"]  # noqa: E731
    rows: list[tuple[str, ...]] = []

    def rss(kind: str) -> str:
        return f"{(r[kind]['peak_kib'] - r[kind]['idle_kib']) / 1024:.0f}"

    def cpu(kind: str) -> str:
        return f"{r[kind]['cpu']:.1f}"
    if "ours-upload" in r:
        ours, boto, curl = (rate(k, size) for k in ("ours-upload", "boto-upload", "curl-upload"))
        rows.append((f"upload {args.size_mib} MiB", f"{ours:.0f}", f"{boto:.0f}",
                     f"{ours / boto:.2f}x boto3, {ours / curl:.2f}x curl ({curl:.0f})",
                     f"{rss('ours-upload')} (boto3 {rss('boto-upload')})",
                     f"{cpu('ours-upload')} / {cpu('boto-upload')}"))
    if "ours-upload-nomd5" in r:
        plain = rate("ours-upload-nomd5", size)
        boto, curl = rate("boto-upload", size), rate("curl-upload", size)
        rows.append(("  diagnostic: no MD5", f"{plain:.0f}", f"{boto:.0f}",
                     f"{plain / boto:.2f}x boto3, {plain / curl:.2f}x curl",
                     rss("ours-upload-nomd5"), cpu("ours-upload-nomd5")))
    if "ours-download" in r:
        ours, boto = rate("ours-download", size), rate("boto-download", size)
        rows.append((f"download {args.size_mib} MiB", f"{ours:.0f}", f"{boto:.0f}",
                     f"{ours / boto:.2f}x boto3",
                     f"{rss('ours-download')} (boto3 {rss('boto-download')})",
                     f"{cpu('ours-download')} / {cpu('boto-download')}"))
    if "ours-small" in r:
        files = args.small
        ours = files / r["ours-small"]["seconds"]
        boto = files / r["boto-small"]["seconds"]
        put = files / r["boto-small-put"]["seconds"]
        rows.append((f"{files} x 10 KiB (files/s)", f"{ours:.0f}",
                     f"{boto:.0f} / put {put:.0f}",
                     f"{ours / boto:.2f}x upload_file, {ours / put:.2f}x put_object",
                     f"{rss('ours-small')}",
                     f"{cpu('ours-small')} / {cpu('boto-small')} / {cpu('boto-small-put')}"))
    head = ("transfer", "ours MiB/s", "boto3 MiB/s", "ratio", "peak RSS-idle MiB",
            "CPU s ours / boto3")
    widths = [max(len(x[i]) for x in [head, *rows]) for i in range(len(head))]
    print()
    for row in [head, tuple("-" * w for w in widths), *rows]:
        print(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    print(f"\nconcurrency {CONCURRENCY}, part {PART // MiB} MiB, best of {args.repeat}; "
          f"load average before {load_before[0]:.2f} {load_before[1]:.2f} "
          f"{load_before[2]:.2f}, after {os.getloadavg()[0]:.2f}; {os.cpu_count()} CPUs; "
          f"server {'RGW bluestore' if bench.cluster else bench.server['endpoint']}; "
          f"{bench.placement}")
    print("all runs (s): " + json.dumps({k: [round(x["seconds"], 2) for x in v]
                                          for k, v in bench.results.items()}))


if __name__ == "__main__":
    main()
