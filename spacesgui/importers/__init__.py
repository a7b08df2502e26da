"""Find accounts in other tools' configs: s3cmd, rclone and the AWS CLI (no Qt).

Nothing here raises on a bad file: `discover_with_report` returns what it found plus plain
notes about what it skipped and why (never including a secret). Secrets go from the candidate
straight into the vault; the caller shows the user a checklist first.
"""

from __future__ import annotations

import os
from pathlib import Path

from spacesgui.importers.aws import from_aws, parse_aws, read_aws
from spacesgui.importers.common import ImportCandidate
from spacesgui.importers.rclone import from_rclone, parse_rclone, read_rclone
from spacesgui.importers.s3cmd import from_s3cmd, parse_s3cmd, read_s3cmd

__all__ = [
    "ImportCandidate",
    "discover",
    "discover_with_report",
    "from_aws",
    "from_rclone",
    "from_s3cmd",
    "parse_aws",
    "parse_rclone",
    "parse_s3cmd",
]


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else None


def _locations(home: Path | None) -> tuple[list[Path], list[Path], Path, Path]:
    """(s3cmd files, rclone files, aws credentials, aws config). With an explicit `home`
    (tests, a chosen folder) the environment is not consulted."""
    use_env = home is None
    base = home if home is not None else Path.home()
    s3cmd = [base / ".s3cfg"]
    rclone = [base / ".config" / "rclone" / "rclone.conf", base / ".rclone.conf"]
    credentials, config = base / ".aws" / "credentials", base / ".aws" / "config"
    if use_env:
        s3cmd.insert(0, _env_path("S3CMD_CONFIG") or s3cmd[0])
        xdg = _env_path("XDG_CONFIG_HOME")
        if xdg:
            rclone.insert(0, xdg / "rclone" / "rclone.conf")
        appdata = _env_path("APPDATA")
        if appdata:
            rclone.append(appdata / "rclone" / "rclone.conf")
        rclone.insert(0, _env_path("RCLONE_CONFIG") or rclone[0])
        credentials = _env_path("AWS_SHARED_CREDENTIALS_FILE") or credentials
        config = _env_path("AWS_CONFIG_FILE") or config
    return (list(dict.fromkeys(s3cmd)), list(dict.fromkeys(rclone)), credentials, config)


def discover_with_report(home: Path | None = None) -> tuple[list[ImportCandidate], list[str]]:
    """Every candidate in the usual places, and notes on what was skipped. Blocking file I/O:
    call it on a worker thread."""
    s3cmd, rclone, credentials, config = _locations(home)
    candidates: list[ImportCandidate] = []
    notes: list[str] = []
    for path in s3cmd:
        if path.is_file():
            found, more = read_s3cmd(path, home=home)
            candidates += found
            notes += more
    for path in rclone:
        if path.is_file():
            found, more = read_rclone(path, home=home)
            candidates += found
            notes += more
            break  # rclone itself reads only the first config it finds
    found, more = read_aws(credentials, config)
    return candidates + found, notes + more


def discover(home: Path | None = None) -> list[ImportCandidate]:
    return discover_with_report(home)[0]
