"""The engine against the tools people use: rclone, the aws CLI and s3cmd, in one run.

    sh benchmarks/peers-setup.sh            # once: rclone and s3cmd (Debian), awscli (PyPI)
    .venv/bin/python -m benchmarks.peers [--counts 2000,20000] [--size-mib 1024]
                                         [--list-keys 100000] [--only small,big,list]

Starts its own Ceph RGW on bluestore (tests/servers/rgw.py), or uses the server named by
SPACESGUI_TEST_ENDPOINT, _REGION, _ACCESS_KEY, _SECRET_KEY. Every transfer runs in a fresh
process (Python start-up included for the engine, as for the aws CLI and s3cmd), into a fresh
prefix or folder, at each tool's defaults and again at equal concurrency (8 files and 8 parts
in flight; s3cmd has no concurrency setting, so it runs once). Downloads are checked: the file
count and total bytes of a folder, the SHA-256 of the big file.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

MiB = 1024 * 1024
EQUAL = 8                 # files and parts in flight at "equal concurrency"
AWS = Path.home() / ".cache" / "spacesgui-bench" / "aws" / "bin" / "aws"
TOOLS = ("spacesgui", "rclone", "aws", "s3cmd")


# --- the engine's child process ----------------------------------------------------------

def child(job: dict[str, Any]) -> None:
    """One engine transfer in this fresh process, as a user's script would call it."""
    from spacesgui.s3.client import S3Client
    from spacesgui.s3.transfer.common import SlotPool, TransferConfig, TransferControl

    server = job["server"]
    client = S3Client(endpoint=server["endpoint"], region=server["region"], addressing="path",
                      access_key=server["access_key"], secret_key=server["secret_key"])
    equal = job["equal"]
    config = TransferConfig(parts_in_flight=EQUAL) if equal else TransferConfig()
    files = {"files_in_flight": EQUAL} if equal else {}
    op, bucket, key, path = job["op"], job["bucket"], job["key"], job["path"]
    if op == "upload-folder":
        from spacesgui.s3.transfer.folders import upload_folder
        report = upload_folder(client, bucket=bucket, local_dir=path, prefix=key,
                               config=config, **files)
        if report.failed:
            raise SystemExit(f"{len(report.failed)} files failed")
    elif op == "download-folder":
        from spacesgui.s3.transfer.folders import download_prefix
        report2 = download_prefix(client, bucket=bucket, prefix=key, dest_dir=path,
                                  config=config, **files)
        if report2.failed:
            raise SystemExit(f"{len(report2.failed)} files failed")
    elif op == "upload-file":
        from spacesgui.s3.transfer.upload import upload_file
        upload_file(client, bucket=bucket, key=key, path=path, config=config)
    elif op == "download-file":
        from spacesgui.s3.transfer.download import download_file
        download_file(client, bucket=bucket, key=key, path=path, config=config,
                      control=TransferControl(), slots=SlotPool(config.parts_in_flight))
    elif op == "list":
        token: str | None = None
        count = 0
        while True:
            page = client.list_objects_page(bucket=bucket, prefix=key + "/", token=token)
            count += len(page.objects)
            if not (token := page.next_token):
                break
        print(count)
    else:
        raise SystemExit(f"unknown op {op}")


# --- the tools ----------------------------------------------------------------------------

@dataclass
class Peers:
    """How each tool is called against one server; config files live in `work`."""

    server: dict[str, str]
    bucket: str
    work: Path
    env: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        s = self.server
        host = s["endpoint"].split("://", 1)[1]
        (self.work / "s3cfg").write_text(
            "[default]\n"
            f"access_key = {s['access_key']}\nsecret_key = {s['secret_key']}\n"
            f"host_base = {host}\nhost_bucket = {host}\nbucket_location = {s['region']}\n"
            f"use_https = {s['endpoint'].startswith('https')}\nsignature_v2 = False\n"
            "check_ssl_certificate = False\nprogress_meter = False\n")
        for name, extra in (("aws-default", ""),
                            ("aws-equal", f"  max_concurrent_requests = {EQUAL}\n")):
            (self.work / name).write_text(
                "[default]\n"
                f"region = {s['region']}\n"
                "s3 =\n  addressing_style = path\n" + extra)
        # AWS_CA_BUNDLE set for the machine makes rclone's AWS SDK refuse its own transport;
        # the server here is plain HTTP or the suite's own CA anyway.
        inherited = {k: v for k, v in os.environ.items() if k != "AWS_CA_BUNDLE"}
        self.env = {
            **inherited,
            "AWS_ACCESS_KEY_ID": s["access_key"], "AWS_SECRET_ACCESS_KEY": s["secret_key"],
            "RCLONE_CONFIG_BENCH_TYPE": "s3", "RCLONE_CONFIG_BENCH_PROVIDER": "Ceph",
            "RCLONE_CONFIG_BENCH_ACCESS_KEY_ID": s["access_key"],
            "RCLONE_CONFIG_BENCH_SECRET_ACCESS_KEY": s["secret_key"],
            "RCLONE_CONFIG_BENCH_ENDPOINT": s["endpoint"],
            "RCLONE_CONFIG_BENCH_REGION": s["region"],
            "RCLONE_CONFIG_BENCH_FORCE_PATH_STYLE": "true",
            "RCLONE_CONFIG": "/dev/null",
        }

    def command(self, tool: str, op: str, key: str, path: Path, equal: bool) -> list[str]:
        """The command line of `tool` doing `op` between s3://bucket/key and `path`."""
        b, url = self.bucket, f"s3://{self.bucket}/{key}"
        if tool == "spacesgui":
            job = {"server": self.server, "op": op, "bucket": b, "key": key,
                   "path": str(path), "equal": equal}
            return [sys.executable, "-m", "benchmarks.peers", "--child", json.dumps(job)]
        if tool == "rclone":
            flags = (["--transfers", str(EQUAL), "--checkers", str(EQUAL),
                      "--s3-upload-concurrency", str(EQUAL),
                      "--multi-thread-streams", str(EQUAL)] if equal else [])
            remote = f"bench:{b}/{key}"
            return {
                "upload-folder": ["rclone", "copy", str(path), remote],
                "download-folder": ["rclone", "copy", remote, str(path)],
                "upload-file": ["rclone", "copyto", str(path), remote],
                "download-file": ["rclone", "copyto", remote, str(path)],
                "list": ["rclone", "lsf", remote],
            }[op] + flags
        if tool == "aws":
            base = [str(AWS), "--endpoint-url", self.server["endpoint"], "--no-verify-ssl"]
            quiet = ["--only-show-errors"]
            return base + {
                "upload-folder": ["s3", "cp", "--recursive", str(path), url + "/", *quiet],
                "download-folder": ["s3", "cp", "--recursive", url + "/", str(path), *quiet],
                "upload-file": ["s3", "cp", str(path), url, *quiet],
                "download-file": ["s3", "cp", url, str(path), *quiet],
                "list": ["s3", "ls", url + "/"],
            }[op]
        if tool == "s3cmd":
            base = ["s3cmd", "-c", str(self.work / "s3cfg"), "--no-progress"]
            return base + {
                "upload-folder": ["put", "--recursive", f"{path}/", url + "/"],
                "download-folder": ["get", "--recursive", url + "/", f"{path}/"],
                "upload-file": ["put", str(path), url],
                "download-file": ["get", url, str(path)],
                "list": ["ls", url + "/"],
            }[op]
        raise ValueError(tool)

    def run(self, tool: str, op: str, key: str, path: Path, equal: bool) -> tuple[float, str]:
        command = self.command(tool, op, key, path, equal)
        env = dict(self.env)
        if tool == "aws":
            env["AWS_CONFIG_FILE"] = str(self.work / ("aws-equal" if equal else "aws-default"))
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=REPO,
                              env=env)
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            raise RuntimeError(f"{tool} {op} failed ({done.returncode}):\n"
                               f"{done.stderr[-2000:]}")
        return seconds, done.stdout


# --- data -----------------------------------------------------------------------------------

def small_tree(root: Path, count: int, seed: int = 7) -> int:
    """`count` files of 1-16 KiB in a nested tree (up to three levels); returns total bytes."""
    rng = random.Random(seed)
    total = 0
    for i in range(count):
        depth = rng.randint(0, 3)
        parts = [f"d{rng.randint(0, 9)}" for _ in range(depth)]
        folder = root.joinpath(*parts)
        folder.mkdir(parents=True, exist_ok=True)
        size = rng.randint(1024, 16 * 1024)
        (folder / f"f{i:06d}.bin").write_bytes(rng.randbytes(size))
        total += size
    return total


def tree_figures(root: Path) -> tuple[int, int]:
    files = [p for p in root.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(16 * MiB):
            digest.update(block)
    return digest.hexdigest()


# --- the run --------------------------------------------------------------------------------

@contextlib.contextmanager
def running_server() -> Iterator[tuple[dict[str, str], Callable[[], None]]]:
    env = os.environ
    if env.get("SPACESGUI_TEST_ENDPOINT"):
        yield ({"endpoint": env["SPACESGUI_TEST_ENDPOINT"].rstrip("/"),
                "region": env["SPACESGUI_TEST_REGION"],
                "access_key": env["SPACESGUI_TEST_ACCESS_KEY"],
                "secret_key": env["SPACESGUI_TEST_SECRET_KEY"]}, lambda: None)
        return
    from tests.servers.rgw import TESTER, RgwCluster
    cluster = RgwCluster(store="bluestore")
    cluster.start()
    try:
        yield ({"endpoint": cluster.endpoint, "region": cluster.region,
                "access_key": TESTER.access_key, "secret_key": TESTER.secret_key},
               lambda: cluster.admin("gc", "process", "--include-all", timeout=600))
    finally:
        cluster.stop()


def boto(server: dict[str, str]) -> Any:
    import boto3
    from botocore.config import Config
    return boto3.session.Session().client(
        "s3", endpoint_url=server["endpoint"], region_name=server["region"],
        aws_access_key_id=server["access_key"], aws_secret_access_key=server["secret_key"],
        config=Config(s3={"addressing_style": "path"}, max_pool_connections=32))


def fill_flat(server: dict[str, str], bucket: str, prefix: str, count: int) -> None:
    client = boto(server)
    with ThreadPoolExecutor(32) as pool:
        list(pool.map(lambda i: client.put_object(Bucket=bucket, Key=f"{prefix}/k{i:06d}",
                                                  Body=b""), range(count), chunksize=256))


def boto_list(server: dict[str, str], bucket: str, prefix: str) -> tuple[float, int]:
    """boto3's paginator in a fresh process, timed like the tools (start-up included)."""
    code = ("import sys, boto3, json; from botocore.config import Config; "
            "s = json.loads(sys.argv[1]); c = boto3.client('s3', endpoint_url=s['endpoint'], "
            "region_name=s['region'], aws_access_key_id=s['access_key'], "
            "aws_secret_access_key=s['secret_key'], "
            "config=Config(s3={'addressing_style': 'path'})); "
            "print(sum(len(p.get('Contents', [])) for p in "
            "c.get_paginator('list_objects_v2').paginate(Bucket=sys.argv[2], "
            "Prefix=sys.argv[3] + '/')))")
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, json.dumps(server), bucket, prefix],
                         capture_output=True, text=True, check=True).stdout
    return time.perf_counter() - started, int(out.strip())


def main() -> None:  # noqa: PLR0915 - one straight script: data, runs, table
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="2000,20000", help="small-file folder sizes")
    parser.add_argument("--size-mib", type=int, default=1024, help="the big file")
    parser.add_argument("--list-keys", type=int, default=100_000)
    parser.add_argument("--only", default="small,big,list")
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(json.loads(args.child))
        return
    tools = [t for t in args.tools.split(",") if t]
    missing = [t for t in tools if t != "spacesgui"
               and not shutil.which(str(AWS) if t == "aws" else t)]
    if missing:
        raise SystemExit(f"missing {', '.join(missing)}: run sh benchmarks/peers-setup.sh")
    only = set(args.only.split(","))
    work = Path(tempfile.mkdtemp(prefix="spacesgui-peers-"))
    rows: list[dict[str, Any]] = []
    load_before = os.getloadavg()
    try:
        with running_server() as (server, gc):
            bucket = f"peers-{os.getpid()}"
            boto(server).create_bucket(Bucket=bucket)
            peers = Peers(server, bucket, work)
            modes = [False, True]

            def measure(label: str, op: str, *, path_for: Callable[[str, bool], Path],
                        check: Callable[[Path, str], str | None],
                        key_for: Callable[[str, bool], str], amount: float, unit: str) -> None:
                row: dict[str, Any] = {"row": label, "unit": unit, "cells": {}}
                for equal in modes:
                    for tool in tools:
                        if equal and tool == "s3cmd":
                            continue
                        gc()
                        path = path_for(tool, equal)
                        seconds, out = peers.run(tool, op, key_for(tool, equal), path, equal)
                        problem = check(path, out)
                        if problem:
                            raise SystemExit(f"{tool} {label}: {problem}")
                        row["cells"][(tool, equal)] = (seconds, amount / seconds)
                        print(f"  {label:<28} {'equal' if equal else 'default':<7} "
                              f"{tool:<9} {seconds:7.2f} s", flush=True)
                rows.append(row)

            for count in [int(c) for c in args.counts.split(",") if c] if "small" in only else []:
                source = work / f"tree-{count}"
                source.mkdir()
                total = small_tree(source, count)
                up = f"{count:,} small files, upload"
                measure(up, "upload-folder", path_for=lambda t, e, s=source: s,
                        check=lambda p, out: None,
                        key_for=lambda t, e, c=count: f"up{c}-{t}-{int(e)}", amount=count,
                        unit="files/s")

                def fresh(tool: str, equal: bool, c: int = count) -> Path:
                    target = work / f"down{c}-{tool}-{int(equal)}"
                    shutil.rmtree(target, ignore_errors=True)
                    target.mkdir()
                    return target

                def check_tree(path: Path, out: str, c: int = count, t: int = total
                               ) -> str | None:
                    got = tree_figures(path)
                    shutil.rmtree(path, ignore_errors=True)
                    return None if got == (c, t) else f"got {got}, expected {(c, t)}"
                measure(f"{count:,} small files, download", "download-folder", path_for=fresh,
                        check=check_tree, key_for=lambda t, e, c=count: f"up{c}-spacesgui-0",
                        amount=count, unit="files/s")
                shutil.rmtree(source, ignore_errors=True)

            if "big" in only:
                from tests.random_files import write_random_file
                big = work / "big.bin"
                print(f"writing {args.size_mib} MiB of random data ...", flush=True)
                digest = write_random_file(big, args.size_mib * MiB)
                mib = float(args.size_mib)
                measure(f"{args.size_mib} MiB file, upload", "upload-file",
                        path_for=lambda t, e: big, check=lambda p, out: None,
                        key_for=lambda t, e: f"big-{t}-{int(e)}", amount=mib, unit="MiB/s")

                def check_big(path: Path, out: str) -> str | None:
                    ok = sha256(path) == digest
                    path.unlink()
                    return None if ok else "SHA-256 differs"
                measure(f"{args.size_mib} MiB file, download", "download-file",
                        path_for=lambda t, e: work / f"big-{t}-{int(e)}.bin", check=check_big,
                        key_for=lambda t, e: "big-spacesgui-0", amount=mib, unit="MiB/s")

            if "list" in only:
                print(f"putting {args.list_keys:,} keys ...", flush=True)
                fill_flat(server, bucket, "flat", args.list_keys)
                modes = [False]
                def check_listing(path: Path, out: str, n: int = args.list_keys) -> str | None:
                    lines = out.strip().splitlines()
                    got = int(lines[0]) if len(lines) == 1 else len(lines)
                    return None if got == n else f"listed {got} keys, expected {n}"
                measure(f"list {args.list_keys:,} keys", "list", path_for=lambda t, e: work,
                        check=check_listing, key_for=lambda t, e: "flat",
                        amount=args.list_keys, unit="keys/s")
                seconds, listed = boto_list(server, bucket, "flat")
                if listed != args.list_keys:
                    raise SystemExit(f"boto3 listed {listed} keys")
                rows[-1]["cells"][("boto3", False)] = (seconds, args.list_keys / seconds)
                print(f"  {'list':<28} {'default':<7} {'boto3':<9} {seconds:7.2f} s")
            report(rows, load_before)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(rows: list[dict[str, Any]], load_before: tuple[float, float, float]) -> None:
    """A markdown table: seconds per tool and mode, and the engine's ratio to the fastest."""
    print()
    columns = [(t, e) for e in (False, True) for t in (*TOOLS, "boto3")
               if any((t, e) in r["cells"] for r in rows)]
    head = ["transfer", *(f"{t} ({'equal' if e else 'default'})" for t, e in columns),
            "engine vs fastest peer (default / equal)"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for row in rows:
        cells = row["cells"]
        out = [row["row"]]
        for key in columns:
            out.append(f"{cells[key][0]:.1f} s" if key in cells else "")
        ratios = []
        for equal in (False, True):
            ours = cells.get(("spacesgui", equal))
            others = [v[1] for (t, e), v in cells.items() if e == equal and t != "spacesgui"]
            if ours and others:
                ratios.append(f"{ours[1] / max(others):.2f}x")
        out.append(" / ".join(ratios))
        print("| " + " | ".join(out) + " |")
    print(f"\nratios are rates (higher is faster), against the fastest other tool in the same "
          f"mode; load average before {load_before[0]:.2f}, after {os.getloadavg()[0]:.2f}; "
          f"{os.cpu_count()} CPUs; equal = {EQUAL} files and {EQUAL} parts in flight")


if __name__ == "__main__":
    main()
