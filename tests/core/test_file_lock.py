"""The cross-process lock: a second process is refused while the first holds it, and a lock
dies with a killed process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from spacesgui.s3.file_lock import FileLock, LockHeld

REPO = Path(__file__).resolve().parents[2]
HOLD = ("import sys, time\n"
        "from spacesgui.s3.file_lock import FileLock\n"
        "lock = FileLock(sys.argv[1]); lock.acquire()\n"
        "print('held', flush=True)\n"
        "sys.stdin.read()\n")
TRY = ("import sys\n"
       "from spacesgui.s3.file_lock import FileLock, LockHeld\n"
       "try:\n    FileLock(sys.argv[1]).acquire()\nexcept LockHeld:\n    print('refused')\n"
       "else:\n    print('held')\n")


def _holder(path: Path) -> subprocess.Popen[bytes]:
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], cwd=REPO,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert child.stdout is not None and child.stdout.readline() == b"held\n"
    return child


def test_another_process_is_refused_until_release(tmp_path: Path) -> None:
    path = tmp_path / "locks" / "x.lock"
    child = _holder(path)
    try:
        with pytest.raises(LockHeld):
            FileLock(path).acquire()
    finally:
        child.communicate(b"")          # end of stdin: the holder exits normally
    with FileLock(path):
        assert path.exists()
    assert not path.exists()            # released locks leave no file behind


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_holder_leaves_no_lock(tmp_path: Path) -> None:
    path = tmp_path / "x.lock"
    child = _holder(path)
    os.kill(child.pid, signal.SIGKILL)
    child.communicate()                 # reaps it and closes its pipes
    with FileLock(path):
        tried = subprocess.run([sys.executable, "-c", TRY, str(path)], cwd=REPO,
                               capture_output=True, timeout=60, check=True)
    assert tried.stdout == b"refused\n"
