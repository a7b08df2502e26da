"""Plans for folder transfers, with no request sent: which file becomes which key, and back.

Kept apart from the transfer loops so the rules (links, unreadable files, hostile keys, case
collisions) are unit-tested on a plain disk.
"""

from __future__ import annotations

import hashlib
import os
import stat
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from spacesgui.s3 import names
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.local_paths import CollisionGuard, resolve_inside, safe_relative_path
from spacesgui.s3.transfer.partfile import PART_SUFFIX, STATE_SUFFIX


@dataclass(frozen=True, slots=True)
class UploadItem:
    """A file to upload, or (`is_marker`) an empty folder to mark with a zero-byte `key/`."""

    path: str
    key: str
    size: int
    is_marker: bool = False


@dataclass(frozen=True, slots=True)
class LocalProblem:
    """Something in the local tree that will not be uploaded, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class FolderUploadPlan:
    items: tuple[UploadItem, ...]          # sorted by key
    problems: tuple[LocalProblem, ...]

    @property
    def pairs(self) -> list[tuple[str, str]]:
        """(local path, key) for every item, markers included."""
        return [(item.path, item.key) for item in self.items]

    @property
    def total_bytes(self) -> int:
        return sum(item.size for item in self.items)


def normalize_prefix(prefix: str) -> str:
    """'' stays ''; anything else ends with exactly one '/' and never starts with one."""
    prefix = prefix.lstrip("/")
    if prefix and not prefix.endswith("/"):
        prefix += "/"
    return prefix


def plan_folder_upload(local_dir: str | os.PathLike[str], prefix: str = "") -> FolderUploadPlan:
    """Walk `local_dir`; keys are `prefix` + the relative path with '/' on every platform.

    Links are followed only to files inside the tree (a link to a folder is not followed, so
    a loop cannot happen); names are NFC-normalized, as macOS hands them out decomposed.
    """
    root = os.path.realpath(local_dir)
    if not os.path.isdir(root):
        raise InvalidInput(f"{os.fspath(local_dir)!r} is not a folder")
    prefix = normalize_prefix(prefix)
    items: list[UploadItem] = []
    problems: list[LocalProblem] = []
    keys: dict[str, str] = {}
    stack: list[tuple[str, tuple[str, ...]]] = [(root, ())]
    while stack:
        directory, rel = stack.pop()
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            problems.append(LocalProblem(directory, f"the folder cannot be read ({exc.strerror})"))
            continue
        produced = False
        for entry in entries:
            parts = (*rel, unicodedata.normalize("NFC", entry.name))
            key = prefix + "/".join(parts)
            kind, detail = _classify(entry, root)
            if kind == "dir":
                stack.append((entry.path, parts))
                produced = True
                continue
            if kind == "skip":
                problems.append(LocalProblem(entry.path, detail))
                continue
            problem = _key_problem(key, entry.path, keys)
            if problem:
                problems.append(LocalProblem(entry.path, problem))
                continue
            keys[key] = entry.path
            items.append(UploadItem(entry.path, key, int(detail)))
            produced = True
        if not produced and (rel or prefix):
            key = prefix + "".join(f"{p}/" for p in rel)
            problem = _key_problem(key, directory, keys)
            if problem:
                problems.append(LocalProblem(directory, problem))
            else:
                keys[key] = directory
                items.append(UploadItem(directory, key, 0, is_marker=True))
    items.sort(key=lambda item: item.key)
    return FolderUploadPlan(tuple(items), tuple(problems))


def _classify(entry: os.DirEntry[str], root: str) -> tuple[str, str]:
    """("dir", ""), ("file", size) or ("skip", reason) for one directory entry."""
    try:
        if entry.is_symlink():
            return _classify_link(entry.path, root)
        info = entry.stat(follow_symlinks=False)
    except OSError as exc:
        return "skip", f"cannot be read ({exc.strerror})"
    if stat.S_ISDIR(info.st_mode):
        return "dir", ""
    if not stat.S_ISREG(info.st_mode):
        return "skip", "not a regular file (a device, pipe or socket)"
    if not os.access(entry.path, os.R_OK):
        return "skip", "cannot be read (permission denied)"
    return "file", str(info.st_size)


def _classify_link(path: str, root: str) -> tuple[str, str]:
    target = os.path.realpath(path)
    try:
        info = os.stat(target)
    except OSError:
        return "skip", "a broken link"
    if os.path.commonpath([root, target]) != root:
        return "skip", f"a link pointing outside the folder ({target}); not followed"
    if stat.S_ISDIR(info.st_mode):
        return "skip", "a link to a folder; not followed (its content is uploaded from there)"
    if not stat.S_ISREG(info.st_mode) or not os.access(target, os.R_OK):
        return "skip", "a link to something that is not a readable file"
    return "file", str(info.st_size)


def _key_problem(key: str, path: str, keys: dict[str, str]) -> str | None:
    problems = names.key_problems(key)
    if problems:
        return problems[0]
    if key in keys:
        return f"has the same name as {keys[key]} once normalized"
    return None


@dataclass(frozen=True, slots=True)
class PlannedDownload:
    """Where one key goes: `path` is None when it is skipped; `note` says why it was changed."""

    key: str
    path: str | None
    is_dir: bool = False
    note: str | None = None


class PrefixPlanner:
    """Maps keys to local paths one listing page at a time; remembers names across pages."""

    def __init__(self, prefix: str, dest_dir: str | os.PathLike[str]) -> None:
        self.prefix = prefix
        self.root = os.path.realpath(dest_dir)
        self._guard = CollisionGuard()
        self._dirs: dict[str, str] = {}        # folded folder path -> first spelling
        self._reserved: dict[str, str] = {}    # folded temp names (.part, .part.json) -> key

    def add(self, key: str, size: int = 0) -> PlannedDownload:
        is_dir = key.endswith("/")
        if is_dir and key == self.prefix:
            return PlannedDownload(key, self.root, True)
        if is_dir and size:
            return PlannedDownload(key, None, True, "a folder marker that holds data; skipped")
        target = safe_relative_path(key, self.prefix)
        if target.relative is None:
            return PlannedDownload(key, None, is_dir, target.note)
        relative, note = self._canonical_folders(target.relative, is_dir), target.note
        if is_dir:
            return self._place(key, relative, True, note)
        claimed = self._guard.claim(type(target)(key, relative, note))
        relative = claimed.relative or relative
        note = claimed.note
        folded = _fold(relative)
        if folded in self._reserved:
            relative = _with_hash(relative, key)
            note = _join(note, "its name is used for another download's temporary file; "
                               f"saved as {relative!r}")
        for suffix in (PART_SUFFIX, STATE_SUFFIX):
            self._reserved[_fold(relative + suffix)] = key
        return self._place(key, relative, False, note)

    def _canonical_folders(self, relative: str, is_dir: bool) -> str:
        """Spell a folder the way its first key did, so 'Docs/a' and 'docs/b' share one folder
        on every disk (a case-insensitive disk would merge them anyway)."""
        parts = relative.split("/")
        folders = parts if is_dir else parts[:-1]
        spelled: list[str] = []
        for part in folders:
            path = "/".join([*spelled, part])
            spelled.append(self._dirs.setdefault(_fold(path), path).rsplit("/", 1)[-1])
        return "/".join(spelled if is_dir else [*spelled, parts[-1]])

    def _place(self, key: str, relative: str, is_dir: bool, note: str | None) -> PlannedDownload:
        try:
            path = resolve_inside(self.root, relative)
        except ValueError as exc:
            return PlannedDownload(key, None, is_dir, _join(note, str(exc)))
        return PlannedDownload(key, path, is_dir, note)


def plan_prefix_download(keys: Iterable[str | tuple[str, int]], prefix: str,
                         dest_dir: str | os.PathLike[str]) -> list[PlannedDownload]:
    """The local path of every key (or (key, size)) under `prefix`, in the given order."""
    planner = PrefixPlanner(prefix, dest_dir)
    return [planner.add(*((k, 0) if isinstance(k, str) else k)) for k in keys]


def _fold(relative: str) -> str:
    return unicodedata.normalize("NFC", relative).casefold()


def _with_hash(relative: str, key: str) -> str:
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    head, slash, name = relative.rpartition("/")
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    return f"{head}{slash}{stem}~{digest}{'.' + ext if ext else ''}"


def _join(first: str | None, second: str) -> str:
    return f"{first}; {second}" if first else second
