"""The real Secret Service: GNOME Keyring in a private `dbus-run-session`, one per test.

Each test gets its own HOME (so its own login keyring), starts gnome-keyring-daemon inside a
fresh session bus and runs tests/integration/helpers/keyring_child.py under it. Findings on
Debian 12 headless: an unlocked keyring round-trips; a locked one (or one that does not exist
yet) needs a prompt, gcr-prompter cannot open a display, and the call fails at once with
KeyringLocked / "Prompt dismissed" -- reported as "locked". With a display the prompt would
block, which is what the store's time limit is for (tests/core/test_secrets.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus and gnome-keyring (.ci/install-system-deps.sh installs them)")
UNLOCK = 'eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets)"'
START_LOCKED = 'eval "$(gnome-keyring-daemon --start --components=secrets)"'


def run_child(home: Path, daemon: str, *args: str, env: dict[str, str] | None = None,
              ) -> tuple[list[dict[str, Any]], subprocess.CompletedProcess[str]]:
    runtime = home / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    child_env = {k: v for k, v in os.environ.items()
                 if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                              "PYTHON_KEYRING_BACKEND", "GNOME_KEYRING_CONTROL")}
    child_env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"),
                     XDG_CONFIG_HOME=str(home / ".config"), XDG_RUNTIME_DIR=str(runtime),
                     PYTHONPATH=str(ROOT))
    child_env.update(env or {})
    command = " ".join([daemon, "&&", "exec", sys.executable, "-m",
                        "tests.integration.helpers.keyring_child", *args])
    proc = subprocess.run(["dbus-run-session", "--", "sh", "-c", command], cwd=ROOT,
                          env=child_env, capture_output=True, text=True, timeout=90,
                          check=False)
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    return lines, proc


def steps(lines: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {line["step"]: line for line in lines}


def test_secret_service_round_trip(tmp_path: Path) -> None:
    lines, proc = run_child(tmp_path, UNLOCK, "roundtrip")
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = steps(lines)
    assert got["check"]["backend"] == "keyring.backends.SecretService"
    assert got["get-missing"]["value_is_none"]
    assert got["set"] == {"step": "set", "matches": True, "raw_matches": True}
    assert got["overwrite"]["matches"]
    assert got["delete"] == {"step": "delete", "value_is_none": True, "raw_is_none": True}
    assert "delete-again" in got
    # The keyring file exists now, and holds no readable secret (it is encrypted with "pw").
    assert list((tmp_path / ".local" / "share" / "keyrings").glob("*.keyring"))


def test_customer_key_round_trip(tmp_path: Path) -> None:
    lines, proc = run_child(tmp_path, UNLOCK, "customer-keys")
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = steps(lines)
    assert got["store"] == {"step": "store", "fingerprint_matches": True, "raw_matches": True,
                            "account_entry_is_none": True}
    assert got["export"] == {"step": "export", "matches": True, "md5_matches": True}
    assert got["delete"]["raw_is_none"]


def test_locked_keyring_is_reported_quickly_not_waited_on(tmp_path: Path) -> None:
    lines, proc = run_child(tmp_path, UNLOCK, "check")  # creates the login keyring
    assert steps(lines)["check"]["ok"], proc.stderr[-2000:]
    lines, proc = run_child(tmp_path, START_LOCKED, "check", "20")
    check = steps(lines)["check"]
    assert check["ok"] is False, proc.stderr[-2000:]
    assert "locked" in check["reason"]
    assert check["seconds"] < 20  # failed by itself, not by our time limit


def test_missing_keyring_without_unlock_is_reported(tmp_path: Path) -> None:
    lines, proc = run_child(tmp_path, START_LOCKED, "vault")
    got = steps(lines)
    assert got["set"]["ok"] is False and "locked" in got["set"]["reason"], proc.stderr[-2000:]
    assert got["session"] == {"step": "session", "session_only": True, "matches": True}


def test_fail_backend_by_environment(tmp_path: Path) -> None:
    lines, proc = run_child(tmp_path, UNLOCK, "vault",
                            env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    got = steps(lines)
    assert got["set"]["ok"] is False, proc.stderr[-2000:]
    assert got["set"]["reason"].startswith("No keyring is available")
    assert got["session"]["session_only"] and got["session"]["matches"]
