"""Map object keys to local paths that can never escape the chosen download folder.

A key is untrusted server data: `../../.bashrc`, `/etc/passwd`, `C:\\x`, `a\\..\\..\\b`, NUL bytes,
`CON.txt` on Windows, or two keys that differ only in case on a case-insensitive disk.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePosixPath

_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
_FORBIDDEN_CHARS = re.compile(r'[\x00-\x1f<>:"|?*\\]')
MAX_COMPONENT_BYTES = 255


@dataclass(frozen=True, slots=True)
class LocalTarget:
    """Where one key lands, relative to the download folder, and why it was changed if it was."""

    key: str
    relative: str | None          # None: skipped (nothing safe to write)
    note: str | None = None       # plain-language reason for a rename or skip


def safe_relative_path(key: str, strip_prefix: str = "") -> LocalTarget:
    """The relative path for `key` (minus `strip_prefix`), made safe; never absolute, never '..'."""
    rel = key[len(strip_prefix):] if strip_prefix and key.startswith(strip_prefix) else key
    notes: list[str] = []
    if "\x00" in rel:
        notes.append("contains a NUL byte")
    if "\\" in rel:
        notes.append("backslashes treated as characters, not folders")
    parts: list[str] = []
    for raw in rel.split("/"):
        if raw in ("", "."):
            continue
        if raw == "..":
            notes.append("'..' segments dropped")
            continue
        cleaned = _clean_component(raw)
        if cleaned != raw:
            notes.append(f"{raw!r} renamed to {cleaned!r}")
        parts.append(cleaned)
    if rel.startswith("/"):
        notes.append("leading '/' ignored")
    if not parts:
        return LocalTarget(key, None, "the key has no usable file name")
    relative = str(PurePosixPath(*parts))
    return LocalTarget(key, relative, "; ".join(notes) or None)


def _clean_component(name: str) -> str:
    cleaned = _FORBIDDEN_CHARS.sub("_", name)
    # Windows drops trailing dots and spaces, which would merge "a." with "a".
    if cleaned != cleaned.rstrip(". "):
        cleaned = cleaned.rstrip(". ") + "_"
    if _WINDOWS_RESERVED.match(cleaned):
        cleaned = f"_{cleaned}"
    encoded = cleaned.encode("utf-8")
    if len(encoded) > MAX_COMPONENT_BYTES:
        head = encoded[:MAX_COMPONENT_BYTES - 9].decode("utf-8", "ignore")
        cleaned = f"{head}~{_short_hash(name)}"
    return cleaned


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def resolve_inside(folder: str | os.PathLike[str], relative: str) -> str:
    """Join and verify: the result is inside `folder` even after symlinks are resolved."""
    root = os.path.realpath(folder)
    target = os.path.realpath(os.path.join(root, *relative.split("/")))
    if os.path.commonpath([root, target]) != root or target == root:
        raise ValueError(f"{relative!r} would be written outside {root}")
    return target


class CollisionGuard:
    """Renames keys that would overwrite each other on a case-insensitive or NFC/NFD disk."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def claim(self, target: LocalTarget) -> LocalTarget:
        if target.relative is None:
            return target
        folded = unicodedata.normalize("NFC", target.relative).casefold()
        owner = self._seen.get(folded)
        if owner is None or owner == target.key:
            self._seen[folded] = target.key
            return target
        stem, dot, ext = target.relative.rpartition(".")
        if not dot or "/" in ext:
            stem, ext = target.relative, ""
        renamed = f"{stem}~{_short_hash(target.key)}{'.' + ext if ext else ''}"
        self._seen[unicodedata.normalize("NFC", renamed).casefold()] = target.key
        note = f"differs from {owner!r} only in letter case or accents; saved as {renamed!r}"
        return LocalTarget(target.key, renamed, note)
