"""How transfers and the window behave: one frozen dataclass and its JSON file (no Qt here).

The values are the user's; every field has a default that is right for Spaces, so a missing or
partly filled file reads back as a whole Preferences. A file that cannot be used gives the
defaults and a sentence saying why; it is never written over without being kept beside the new
one first.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, fields, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from spacesgui.s3.atomic_file import write_atomically
from spacesgui.s3.http import RetryPolicy
from spacesgui.s3.texts import N_, Text, joined
from spacesgui.s3.transfer.common import MAX_PART_SIZE, MIN_PART_SIZE, TransferConfig

log = logging.getLogger(__name__)

KiB = 1024
MiB = 1024 * KiB
FILE_NAME = "preferences.json"
FORMAT_VERSION = 1

PARALLEL_TRANSFERS = (1, 16)
PARTS_IN_FLIGHT = (1, 16)       # Spaces allows 10 concurrent PUTs per object; a few more for S3
PART_SIZE = (MIN_PART_SIZE, MAX_PART_SIZE)
MIN_LIMIT = 16 * KiB            # below this a 256 KiB chunk waits many seconds: pause instead
MAX_LIMIT = 10 * 1024 * MiB
RETRIES = (0, 20)


class ConflictPolicy(StrEnum):
    """What a transfer does when its target already exists, unless the user answers otherwise."""

    ASK = "ask"
    REPLACE = "replace"
    SKIP = "skip"
    KEEP_BOTH = "keep-both"
    SKIP_IDENTICAL = "skip-identical"   # skip what is provably the same; ask about the rest


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def _mib(n: int) -> str:
    return (N_("preferences", "{count} MiB").fill(count=f"{n // MiB:,}") if n % MiB == 0
            else N_("preferences", "{count} bytes").fill(count=f"{n:,}"))


@dataclass(frozen=True, slots=True)
class Preferences:
    """Limits are bytes per second, 0 meaning unlimited; `download_folder` "" means the
    platform's Downloads folder; `retries` counts the attempts after the first one."""

    parallel_transfers: int = 4
    parts_in_flight: int = 8
    part_size: int = 16 * MiB
    upload_limit: int = 0
    download_limit: int = 0
    retries: int = 5
    conflict_default: ConflictPolicy = ConflictPolicy.ASK
    download_folder: str = ""
    confirm_delete: bool = True
    theme: Theme = Theme.SYSTEM

    def problems(self) -> list[str]:
        """What is out of range, one sentence each; empty when the preferences can be used."""
        found: list[str] = []
        for name, label, (low, high) in (
                ("parallel_transfers", N_("preferences", "Parallel transfers"),
                 PARALLEL_TRANSFERS),
                ("parts_in_flight", N_("preferences", "Parts in flight"), PARTS_IN_FLIGHT),
                ("retries", N_("preferences", "Retries"), RETRIES)):
            value = getattr(self, name)
            if not low <= value <= high:
                found.append(N_("preferences", "{setting} must be {low} to {high}, not {value}.")
                             .fill(setting=label, low=low, high=high, value=value))
        if not PART_SIZE[0] <= self.part_size <= PART_SIZE[1]:
            found.append(N_("preferences", "The part size must be {low} to {high}, not {value}.")
                         .fill(low=_mib(PART_SIZE[0]), high=_mib(PART_SIZE[1]),
                               value=_mib(self.part_size)))
        for text, limit in (
                (N_("preferences", "The upload limit must be unlimited or {low} KiB/s to {high} "
                                   "MiB/s, not {value} bytes/s."), self.upload_limit),
                (N_("preferences", "The download limit must be unlimited or {low} KiB/s to "
                                   "{high} MiB/s, not {value} bytes/s."), self.download_limit)):
            if limit != 0 and not MIN_LIMIT <= limit <= MAX_LIMIT:
                found.append(text.fill(low=MIN_LIMIT // KiB, high=f"{MAX_LIMIT // MiB:,}",
                                       value=f"{limit:,}"))
        if self.download_folder and not os.path.isabs(self.download_folder):
            found.append(N_("preferences", "The download folder must be a full path, not "
                                           "\u201c{folder}\u201d.").fill(folder=self.download_folder))
        return found

    def transfer_config(self, base: TransferConfig | None = None) -> TransferConfig:
        """`base` with this part size and parts in flight (the multipart threshold follows the
        part size, so a file of one part is sent with one PUT)."""
        return replace(base or TransferConfig(), part_size=self.part_size,
                       multipart_threshold=self.part_size, parts_in_flight=self.parts_in_flight)

    def retry_policy(self, base: RetryPolicy | None = None) -> RetryPolicy:
        return replace(base or RetryPolicy(), max_attempts=self.retries + 1)


_TYPES: dict[str, type] = {"parallel_transfers": int, "parts_in_flight": int, "part_size": int,
                           "upload_limit": int, "download_limit": int, "retries": int,
                           "conflict_default": ConflictPolicy, "download_folder": str,
                           "confirm_delete": bool, "theme": Theme}


def preferences_to_json(preferences: Preferences) -> dict[str, Any]:
    return {"version": FORMAT_VERSION,
            **{f.name: getattr(preferences, f.name) for f in fields(Preferences)}}


def preferences_from_json(data: object) -> tuple[Preferences, list[str]]:
    """Preferences from a parsed file, and why any of its values were not used (each such
    value falls back to its default; unknown names are ignored)."""
    if not isinstance(data, dict):
        return Preferences(), [N_("preferences", "The file does not hold a set of named values.")]
    defaults, values = Preferences(), {}
    found: list[str] = []
    for name, kind in _TYPES.items():
        if name not in data:
            continue
        raw = data[name]
        try:
            if kind is int and (isinstance(raw, bool) or not isinstance(raw, int)):
                raise TypeError
            if kind in (str, bool) and not isinstance(raw, kind):
                raise TypeError
            value = kind(raw)
        except (TypeError, ValueError):
            found.append(N_("preferences", "\u201c{name}\u201d has the unusable value {value}.")
                         .fill(name=name, value=repr(raw)))
            continue
        single = replace(defaults, **{name: value}).problems()
        if single:
            found.extend(single)
        else:
            values[name] = value
    return replace(defaults, **values), found


@dataclass(frozen=True, slots=True)
class PreferencesLoad:
    preferences: Preferences
    problem: str = ""    # a paragraph for the user; "" when the file was fine or absent


class PreferencesStore:
    """Reads and writes <config dir>/preferences.json, beside the accounts file. Blocking file
    I/O on a small file: fine on the GUI thread."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        if directory is None:
            from platformdirs import user_config_dir

            directory = user_config_dir("spacesgui", appauthor=False)
        self.directory = Path(directory)
        self.path = self.directory / FILE_NAME
        self._damaged = False   # the file on disk was not fully used: keep it before saving

    def read(self) -> PreferencesLoad:
        """The saved preferences; the defaults and a problem when the file cannot be used."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self._damaged = False
            return PreferencesLoad(Preferences())
        except OSError as exc:
            return self._unusable(N_("preferences", "it could not be read ({error})").fill(
                error=exc.strerror or str(exc)))
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return self._unusable(N_("preferences", "it is damaged at line {line}").fill(
                line=exc.lineno) if isinstance(exc, json.JSONDecodeError)
                else N_("preferences", "it is damaged"))
        if isinstance(data, dict):
            version = data.get("version", FORMAT_VERSION)
            if not isinstance(version, int) or version > FORMAT_VERSION:
                return self._unusable(N_("preferences",
                                         "it was written by a newer version of spacesgui"))
        preferences, found = preferences_from_json(data)
        self._damaged = bool(found)
        if not found:
            return PreferencesLoad(preferences)
        log.warning("preferences in %s partly unusable: %s", self.path, found)
        return PreferencesLoad(preferences, N_(
            "preferences", "Some preferences in {path} could not be used, so their defaults "
            "apply:\n{problems}\nSaving the preferences keeps the old file beside the new one.")
            .fill(path=str(self.path), problems=joined("\n", (
                Text("", "\u2022 {problem}", {"problem": line}) for line in found))))

    def _unusable(self, why: str) -> PreferencesLoad:
        self._damaged = True
        log.warning("preferences in %s unusable: %s", self.path, why)
        return PreferencesLoad(Preferences(), N_(
            "preferences", "The preferences in {path} cannot be used: {why}. The defaults apply "
            "until you save the preferences; the old file is then kept beside the new one.")
            .fill(path=str(self.path), why=why))

    def save(self, preferences: Preferences, *, now: datetime | None = None) -> Path | None:
        """Write atomically. A file read() could not fully use is first renamed to
        preferences.json.damaged-<time>; returns that path (None when nothing was kept).
        ValueError for preferences with problems; OSError when the disk refuses."""
        problems = preferences.problems()
        if problems:
            raise ValueError(" ".join(problems))
        kept = self._keep_damaged(now or datetime.now()) if self._damaged else None
        text = json.dumps(preferences_to_json(preferences), indent=2, ensure_ascii=False) + "\n"
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomically(self.path, text.encode("utf-8"), mode=0o600)
        self._damaged = False
        return kept

    def _keep_damaged(self, now: datetime) -> Path | None:
        if not (self.path.exists() or self.path.is_symlink()):
            return None
        stamp = now.strftime("%Y%m%d-%H%M%S")
        kept, n = self.directory / f"{FILE_NAME}.damaged-{stamp}", 2
        while kept.exists() or kept.is_symlink():   # never replace an earlier kept copy
            kept, n = self.directory / f"{FILE_NAME}.damaged-{stamp}-{n}", n + 1
        os.rename(self.path, kept)
        return kept
