"""The crash-safe record of unfinished multipart uploads, so a restart resumes instead of
starting a second (billable) upload of the same file.

One JSON file per (endpoint, bucket, key, local path), replaced atomically (temp file, fsync,
os.replace) after every finished part. It holds no secret: for SSE-C only the key's MD5, which
the server itself echoes.

The record is written before CreateMultipartUpload, as an intent with no upload id: a crash
between the server's answer and the record would otherwise leave a billable upload nobody
knows about. A restart that finds an intent looks for the uploads of that key the server
started since, and adopts or aborts them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from spacesgui.s3.atomic_file import remove_stale_temps, write_atomically

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
_SUFFIX = ".upload.json"


@dataclass(frozen=True, slots=True)
class FileIdentity:
    """What tells us the file is the one we started uploading: path, size, modification time."""

    path: str           # absolute
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> FileIdentity:
        absolute = os.path.abspath(os.fspath(path))
        st = os.stat(absolute)
        return cls(absolute, st.st_size, st.st_mtime_ns)


def _no_parts() -> Mapping[int, str]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One unfinished upload. `parts` maps part number -> ETag (without quotes)."""

    endpoint: str
    bucket: str
    key: str
    file: FileIdentity
    upload_id: str
    part_size: int
    parts: Mapping[int, str] = field(default_factory=_no_parts)
    sse_c_key_md5: str | None = None
    created: float = 0.0

    @property
    def intent(self) -> bool:
        """Written before CreateMultipartUpload: the server's upload id is not known yet."""
        return not self.upload_id

    def to_json(self) -> dict[str, Any]:
        return {"version": FORMAT_VERSION, "endpoint": self.endpoint, "bucket": self.bucket,
                "key": self.key, "path": self.file.path, "size": self.file.size,
                "mtime_ns": self.file.mtime_ns, "upload_id": self.upload_id,
                "part_size": self.part_size,
                "parts": {str(n): e for n, e in sorted(self.parts.items())},
                "sse_c_key_md5": self.sse_c_key_md5, "created": self.created}

    @classmethod
    def from_json(cls, data: Any) -> JournalEntry:
        """Raises ValueError (or KeyError/TypeError) on anything that is not a valid record."""
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            raise ValueError("not a version-1 upload record")
        parts = data["parts"]
        if not isinstance(parts, dict):
            raise ValueError("parts is not an object")
        checked: dict[int, str] = {}
        for number, etag in parts.items():
            n = int(number)
            if not 1 <= n <= 10_000 or not isinstance(etag, str) or not etag:
                raise ValueError(f"bad part entry {number!r}")
            checked[n] = etag
        texts = [data[k] for k in ("endpoint", "bucket", "key", "path", "upload_id")]
        numbers = [data[k] for k in ("size", "mtime_ns", "part_size")]
        if not all(isinstance(t, str) and t for t in texts[:4]) or not isinstance(texts[4], str):
            raise ValueError("a text field is missing or empty")
        if not texts[4] and checked:
            raise ValueError("parts recorded for an upload that has no id")
        if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in numbers):
            raise ValueError("a number field is missing or negative")
        key_md5 = data.get("sse_c_key_md5")
        if key_md5 is not None and not isinstance(key_md5, str):
            raise ValueError("sse_c_key_md5 is not text")
        created = data.get("created", 0.0)
        return cls(endpoint=texts[0], bucket=texts[1], key=texts[2],
                   file=FileIdentity(texts[3], numbers[0], numbers[1]), upload_id=texts[4],
                   part_size=numbers[2], parts=MappingProxyType(checked),
                   sse_c_key_md5=key_md5,
                   created=float(created) if isinstance(created, int | float) else 0.0)


class UploadJournal:
    """Records under `directory` (the app passes user_data_dir("spacesgui")/"uploads")."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)
        self._lock = threading.Lock()
        self._swept = False
        # Records are written and deleted through this object (one per queue), so what a read
        # of the directory found holds until `_write` or `delete`: `_writes` tells a read that
        # raced a write. None: not known, read the directory.
        self._empty: bool | None = None
        self._writes = 0

    def path_for(self, endpoint: str, bucket: str, key: str, local_path: str) -> Path:
        ident = json.dumps([endpoint, bucket, key, os.path.abspath(local_path)],
                           ensure_ascii=True)
        return self.directory / (hashlib.sha256(ident.encode()).hexdigest()[:40] + _SUFFIX)

    def load(self, endpoint: str, bucket: str, key: str, local_path: str) -> JournalEntry | None:
        """The record for this upload, or None (a corrupt record is logged and ignored)."""
        target = self.path_for(endpoint, bucket, key, local_path)
        entry = self._read(target)
        if entry is None:
            return None
        if (entry.endpoint, entry.bucket, entry.key, entry.file.path) != \
                (endpoint, bucket, key, os.path.abspath(local_path)):
            log.warning("upload record %s belongs to another upload; ignored", target)
            return None
        return entry

    def is_empty(self) -> bool:
        """Whether no record is stored, so that the thousands of files of a folder can skip
        looking each one up (a hash and a failed open per file). One directory read, then
        none until this journal writes or deletes a record (another process's record is its
        own live upload, which nothing here may touch anyway)."""
        known = self._empty
        if known is not None:
            return known
        writes = self._writes
        try:
            with os.scandir(self.directory) as found:
                empty = not any(e.name.endswith(_SUFFIX) for e in found)
        except FileNotFoundError:
            empty = True
        with self._lock:
            if writes == self._writes:
                self._empty = empty
        return empty

    def entries(self) -> list[JournalEntry]:
        """Every readable record, e.g. to offer "resume" after a restart."""
        if not self.directory.is_dir():
            return []
        self._sweep()
        found = (self._read(p) for p in sorted(self.directory.glob(f"*{_SUFFIX}")))
        return [e for e in found if e is not None]

    def start(self, *, endpoint: str, bucket: str, key: str, file: FileIdentity,
              upload_id: str = "", part_size: int, sse_c_key_md5: str | None = None,
              ) -> JournalEntry:
        """Record an upload; without `upload_id` an intent, to be written before the server
        is asked to create the upload (its `created` time bounds the search on restart)."""
        self._sweep()
        entry = JournalEntry(endpoint=endpoint, bucket=bucket, key=key, file=file,
                             upload_id=upload_id, part_size=part_size,
                             sse_c_key_md5=sse_c_key_md5, created=time.time())
        self.save(entry)
        return entry

    def record_part(self, entry: JournalEntry, part_number: int, etag: str) -> JournalEntry:
        """Add one finished part and persist; safe to call from several part threads.

        Returns the newest entry; callers pass any entry of the same upload."""
        with self._lock:
            target = self.path_for(entry.endpoint, entry.bucket, entry.key, entry.file.path)
            current = self._read(target)
            if current is None or current.upload_id != entry.upload_id:
                current = entry
            parts = dict(current.parts)
            parts[part_number] = etag
            updated = replace(current, parts=MappingProxyType(parts))
            self._write(target, updated)
            return updated

    def save(self, entry: JournalEntry) -> None:
        with self._lock:
            self._write(self.path_for(entry.endpoint, entry.bucket, entry.key, entry.file.path),
                        entry)

    def delete(self, entry: JournalEntry) -> None:
        with self._lock:
            target = self.path_for(entry.endpoint, entry.bucket, entry.key, entry.file.path)
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
            self._empty = None
            self._writes += 1

    def _sweep(self) -> None:
        """Once per journal: remove the temp files of writes a kill cut short."""
        if self._swept:
            return
        self._swept = True
        for removed in remove_stale_temps(self.directory):
            log.info("removed %s, left by an interrupted journal write", removed)

    def _read(self, target: Path) -> JournalEntry | None:
        try:
            raw = target.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("cannot read upload record %s: %s; ignored", target, exc)
            return None
        try:
            return JournalEntry.from_json(json.loads(raw))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            log.warning("corrupt upload record %s (%s); ignored", target, exc)
            return None

    def _write(self, target: Path, entry: JournalEntry) -> None:
        """Under `_lock`."""
        self._empty = False
        self._writes += 1
        write_atomically(target, json.dumps(entry.to_json(), ensure_ascii=False,
                                            indent=1).encode())

