"""`upload_folder` of N small files from two source trees, alternating, with rclone and the aws
CLI taking their turns in the same rounds, against one server.

    .venv/bin/python -m benchmarks.small_uploads [--count 2000] [--rounds 3]
                                                 [--trees /work/main,.] [--tools rclone,aws]
                                                 [--equal]

For a before/after on a shared machine: every round runs each tree (each with its own .venv)
and each tool once on the same folder, so all see the same load. Files are 1-16 KiB in a nested
tree (peers.small_tree); every upload runs in a fresh process into a fresh prefix; the engine's
child prints its wall and CPU time, the tools are timed from outside (start-up included, as for
the engine's `wall_process`). `--equal` gives every one 8 files in flight (peers.EQUAL).
Uses the server named by SPACESGUI_TEST_* or starts an RGW (bluestore), as peers.py does.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.peers import EQUAL, Peers, boto, running_server, small_tree  # noqa: E402

CHILD = """
import json, sys, time
job = json.loads(sys.argv[1])
from spacesgui.s3.client import S3Client
from spacesgui.s3.transfer.common import TransferConfig
from spacesgui.s3.transfer.folders import upload_folder
s = job["server"]
client = S3Client(endpoint=s["endpoint"], region=s["region"], addressing="path",
                  access_key=s["access_key"], secret_key=s["secret_key"])
extra = {"files_in_flight": job["equal"], "config": TransferConfig(parts_in_flight=job["equal"])
         } if job["equal"] else {}
wall, cpu = time.perf_counter(), time.process_time()
report = upload_folder(client, bucket=job["bucket"], local_dir=job["src"], prefix=job["prefix"],
                       **extra)
assert report.ok and report.uploaded == job["count"], report.failed[:3]
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}))
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--trees", default=f"/work/main,{REPO}")
    parser.add_argument("--tools", default="rclone,aws")
    parser.add_argument("--equal", action="store_true")
    args = parser.parse_args()
    trees = [Path(t).resolve() for t in args.trees.split(",") if t]
    tools = [t for t in args.tools.split(",") if t]
    work = Path(tempfile.mkdtemp(prefix="small-uploads-"))
    try:
        with running_server() as (server, gc):
            bucket = f"smallup-{os.getpid()}"
            boto(server).create_bucket(Bucket=bucket)
            peers = Peers(server, bucket, work)
            src = work / "src"
            small_tree(src, args.count)
            runs: dict[str, list[dict[str, float]]] = {}
            print(f"load before {os.getloadavg()[0]:.2f}", flush=True)
            for n in range(args.rounds):
                for runner in [*map(str, trees), *tools]:
                    gc()
                    prefix = f"r{n}-{len(runs.get(runner, []))}-{Path(runner).name}"
                    started, cpu = time.perf_counter(), _children_cpu()
                    if runner in tools:
                        peers.run(runner, "upload-folder", prefix, src, args.equal)
                        result: dict[str, float] = {}
                    else:
                        job = {"server": server, "bucket": bucket, "src": str(src),
                               "prefix": prefix + "/", "count": args.count,
                               "equal": EQUAL if args.equal else 0}
                        out = subprocess.run([str(Path(runner) / ".venv/bin/python"), "-c",
                                              CHILD, json.dumps(job)], cwd=runner,
                                             capture_output=True, text=True, check=True)
                        result = json.loads(out.stdout.splitlines()[-1])
                    result["wall_process"] = time.perf_counter() - started
                    result["cpu_process"] = _children_cpu() - cpu
                    runs.setdefault(runner, []).append(result)
                    print(n, runner, {k: round(v, 2) for k, v in result.items()}, flush=True)
            print(f"load after {os.getloadavg()[0]:.2f}")
            for runner, results in runs.items():
                figures = ", ".join(
                    f"{name} {statistics.median(r[name] for r in results):.2f} s"
                    for name in ("wall_process", "cpu_process", "wall", "cpu")
                    if name in results[0])
                print(f"{runner}: {figures} (medians of {len(results)})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
