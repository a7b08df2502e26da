"""SIGKILL the transfer queue at random points and start it again until it is done.

The queue (tests/integration/helpers/queue_child.py: the engine with a saved job list and the
upload journal, as a restarted app runs it) holds an upload, a single-stream download, a folder
rename and a bulk delete. Each start is killed after a random delay drawn from a seeded
generator; when a start runs to its end, the end state must be exactly what was asked: the
uploaded object and the downloaded file byte-identical, the folder entirely under its new name,
the deleted keys gone and nothing else touched, no incomplete upload on the server, no journal
record and no `.part` file left. Then a fresh round begins, until `SPACESGUI_KILL_POINTS` kills
(20 by default) have happened. `SPACESGUI_KILL_SEED` picks the seed (default 14).

    SPACESGUI_KILL_POINTS=200 .venv/bin/python -m pytest -q tests/integration/test_kill_loop.py
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from spacesgui.s3.transfer.common import MiB
from tests.integration.helpers.uploads import no_uploads, random_file, stored_sha256
from tests.servers import ServerInfo

REPO = Path(__file__).resolve().parents[2]
KILL_POINTS = int(os.environ.get("SPACESGUI_KILL_POINTS", "20"))
KILL_SEED = int(os.environ.get("SPACESGUI_KILL_SEED", "14"))
# About how long each job runs here unkilled: a kill lands within that much of its start.
SPAN = {"upload": 0.25, "download": 0.6, "rename": 0.12, "delete": 0.04}
FOLDER_KEYS = 12
DELETE_KEYS = 24


@dataclass
class Tally:
    kills: int = 0
    starts: int = 0
    rounds: int = 0
    killed_in: dict[str, int] = field(default_factory=dict)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _make_round(boto: Any, bucket: str, work: Path, n: int, rnd: random.Random
                ) -> dict[str, Any]:
    """Objects and files for round `n`, and the queue that works on them."""
    base = f"r{n}/"
    upload_path, upload_sha = random_file(work, 12 * 1024 * 1024 + rnd.randint(0, 4096),
                                          name=f"up{n}.bin")
    remote = rnd.randbytes(6 * 1024 * 1024 + rnd.randint(0, 4096))
    boto.put_object(Bucket=bucket, Key=base + "remote.bin", Body=remote)
    folder = {f"{base}src/f{i:02}/{'d/' if i % 3 else ''}x": rnd.randbytes(rnd.randint(0, 9000))
              for i in range(FOLDER_KEYS)}
    doomed = [f"{base}del/{i:03}" for i in range(DELETE_KEYS)]
    for key, body in folder.items():
        boto.put_object(Bucket=bucket, Key=key, Body=body)
    for key in doomed:
        boto.put_object(Bucket=bucket, Key=key, Body=key.encode())
    boto.put_object(Bucket=bucket, Key=base + "del-keep", Body=b"keep")
    target = work / f"down{n}" / "remote.bin"
    jobs = [
        {"kind": "upload", "bucket": bucket, "key": base + "up.bin", "path": str(upload_path)},
        {"kind": "download", "bucket": bucket, "key": base + "remote.bin", "path": str(target)},
        {"kind": "rename", "bucket": bucket, "prefix": base + "src/",
         "new_prefix": base + "dst/"},
        {"kind": "delete", "bucket": bucket, "keys": doomed, "batch_size": 6},
    ]
    expected = {base + "up.bin": upload_sha, base + "remote.bin": _sha(remote),
                base + "del-keep": _sha(b"keep")}
    expected.update({base + "dst/" + k[len(base + "src/"):]: _sha(v) for k, v in folder.items()})
    return {"jobs": jobs, "expected": expected, "target": target, "remote_sha": _sha(remote),
            "base": base}


def _start(s3_server: ServerInfo, state: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, SPACESGUI_CHILD_ACCESS_KEY=s3_server.access_key,
               SPACESGUI_CHILD_SECRET_KEY=s3_server.secret_key)
    return subprocess.Popen(
        [sys.executable, "-m", "tests.integration.helpers.queue_child", s3_server.endpoint,
         s3_server.region, str(state)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _done(state: Path) -> list[int]:
    done_path = state / "done.json"
    return json.loads(done_path.read_text()) if done_path.exists() else []


def _current_job(state: Path, jobs: list[dict[str, Any]]) -> str:
    done = _done(state)
    left = [job["kind"] for i, job in enumerate(jobs) if i not in done]
    return left[0] if left else "finished"


def _run_until_done(s3_server: ServerInfo, state: Path, jobs: list[dict[str, Any]],
                    rnd: random.Random, tally: Tally) -> None:
    """Start the queue again and again; each start is killed at a random moment of a job
    chosen at random among those left, until no kills are left to spend and a start ends."""
    tick = threading.Event()
    while True:
        child = _start(s3_server, state)
        tally.starts += 1
        assert child.stdout is not None
        seen = [child.stdout.readline()]
        assert seen[0] == b"ready\n", seen[0] + child.communicate()[0]
        left = [i for i in range(len(jobs)) if i not in _done(state)]
        if tally.kills < KILL_POINTS and left:
            target = rnd.choice(left)
            delay = rnd.uniform(0, SPAN[jobs[target]["kind"]])
            while seen[-1] and not seen[-1].startswith(f"job {target} ".encode()):
                seen.append(child.stdout.readline())    # the child announces each job
            deadline = time.monotonic() + delay
            while child.poll() is None and time.monotonic() < deadline:
                tick.wait(0.005)
            where = _current_job(state, jobs)
            if child.poll() is None and where != "finished":
                child.kill()        # SIGKILL: no clean-up runs
                child.communicate()
                tally.kills += 1
                tally.killed_in[where] = tally.killed_in.get(where, 0) + 1
                continue
        out = b"".join(seen) + child.stdout.read()   # not communicate(): lines are buffered
        child.wait(300)
        child.stdout.close()
        assert child.returncode == 0, out.decode(errors="replace")
        assert out.endswith(b"done\n"), out.decode(errors="replace")
        return


def _check_end_state(boto: Any, bucket: str, work: Path, state: Path,
                     made: dict[str, Any]) -> None:
    base = made["base"]
    listed: dict[str, int] = {}
    for page in boto.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=base):
        listed.update((o["Key"], o["Size"]) for o in page.get("Contents", []))
    assert sorted(listed) == sorted(made["expected"]), "lost, duplicated or half-renamed keys"
    for key, sha in made["expected"].items():
        assert stored_sha256(boto, bucket, key) == sha, key
    assert no_uploads(boto, bucket), boto.list_multipart_uploads(Bucket=bucket)
    assert not list((state / "journal").glob("*.upload.json"))
    target: Path = made["target"]
    assert _sha(target.read_bytes()) == made["remote_sha"]
    assert sorted(p.name for p in target.parent.iterdir() if not p.name.endswith(".tmp")) \
        == [target.name], "a .part file or its sidecar was left"


@pytest.mark.slow
def test_kill_loop(s3_server: ServerInfo, boto_client: Any, bucket: str,
                   tmp_path: Path) -> None:
    rnd = random.Random(KILL_SEED)
    tally = Tally()
    began = time.monotonic()
    while tally.kills < KILL_POINTS or tally.rounds == 0:
        work = tmp_path / f"round{tally.rounds}"
        work.mkdir()
        made = _make_round(boto_client, bucket, work, tally.rounds, rnd)
        state = work / "state"
        state.mkdir()
        (state / "queue.json").write_text(json.dumps(
            {"jobs": made["jobs"], "save_interval": 0.05, "download_rate": 8 * MiB}))
        _run_until_done(s3_server, state, made["jobs"], rnd, tally)
        _check_end_state(boto_client, bucket, work, state, made)
        tally.rounds += 1
    print(f"\nkill loop: seed {KILL_SEED}, {tally.kills} kills in {tally.starts} starts over "
          f"{tally.rounds} rounds, {time.monotonic() - began:.1f} s; killed during "
          f"{dict(sorted(tally.killed_in.items()))}")
