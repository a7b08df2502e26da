"""`download_prefix` of N small files from two source trees, alternating, against one server.

    .venv/bin/python -m benchmarks.small_downloads [--count 2000] [--rounds 3]
                                                   [--trees /work/main,.]

For a before/after on a shared machine: the trees (each with its own .venv) take turns on the
same data, so both see the same load. Files are 1-16 KiB in a nested tree (peers.small_tree);
each download runs in a fresh process, which prints its wall and CPU time. Uses the server named
by SPACESGUI_TEST_* or starts an RGW (bluestore), as peers.py does.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.peers import boto, running_server, small_tree  # noqa: E402

CHILD = """
import json, sys, time
job = json.loads(sys.argv[1])
from spacesgui.s3.client import S3Client
from spacesgui.s3.transfer.folders import download_prefix
s = job["server"]
client = S3Client(endpoint=s["endpoint"], region=s["region"], addressing="path",
                  access_key=s["access_key"], secret_key=s["secret_key"])
wall, cpu = time.perf_counter(), time.process_time()
report = download_prefix(client, bucket=job["bucket"], prefix="t/", dest_dir=job["dest"])
assert report.ok and report.downloaded == job["count"], report.failed[:3]
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--trees", default=f"/work/main,{REPO}")
    args = parser.parse_args()
    trees = [Path(t).resolve() for t in args.trees.split(",")]
    work = Path(tempfile.mkdtemp(prefix="small-downloads-"))
    try:
        with running_server() as (server, _gc):
            s3 = boto(server)
            bucket = f"small-{work.name[-8:].lower().replace('_', '-')}"
            s3.create_bucket(Bucket=bucket)
            small_tree(work / "src", args.count)
            files = [f for f in (work / "src").rglob("*") if f.is_file()]
            with ThreadPoolExecutor(16) as pool:
                list(pool.map(lambda f: s3.upload_file(
                    str(f), bucket, "t/" + f.relative_to(work / "src").as_posix()), files))
            results: dict[Path, list[dict[str, float]]] = {t: [] for t in trees}
            for n in range(args.rounds):
                for tree in trees:
                    dest = work / f"dest-{n}"
                    job = {"server": server, "bucket": bucket, "dest": str(dest),
                           "count": args.count}
                    out = subprocess.run([str(tree / ".venv/bin/python"), "-c", CHILD,
                                          json.dumps(job)], cwd=tree, capture_output=True,
                                         text=True, check=True)
                    results[tree].append(json.loads(out.stdout.splitlines()[-1]))
                    print(n, tree, results[tree][-1], flush=True)
                    shutil.rmtree(dest)
            for tree, runs in results.items():
                print(f"{tree}: wall {statistics.median(r['wall'] for r in runs):.2f} s, "
                      f"CPU {statistics.median(r['cpu'] for r in runs):.2f} s "
                      f"(medians of {len(runs)})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
