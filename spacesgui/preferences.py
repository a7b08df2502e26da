"""How transfers and the window behave, as one frozen dataclass (no Qt here).

The values are the user's; every field has a default that is right for Spaces, so a missing or
partly filled file reads back as a whole Preferences.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MiB = 1024 * 1024


class ConflictPolicy(StrEnum):
    """What a transfer does when its target already exists, unless the user answers otherwise."""

    ASK = "ask"
    REPLACE = "replace"
    SKIP = "skip"
    KEEP_BOTH = "keep-both"


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class Preferences:
    """Limits are bytes per second, 0 meaning unlimited; `download_folder` "" means the
    platform's Downloads folder."""

    parallel_transfers: int = 4
    parts_in_flight: int = 8
    part_size: int = 16 * MiB
    upload_limit: int = 0
    download_limit: int = 0
    retries: int = 6
    conflict_default: ConflictPolicy = ConflictPolicy.ASK
    download_folder: str = ""
    confirm_delete: bool = True
    theme: Theme = Theme.SYSTEM
