"""Transfers that would replace something: find them, name the other choice, apply the answer.

Before a batch is queued, `find_conflicts` looks at the targets once (a one-key listing per
file, one listing per folder, a stat for local files) and returns a Conflict for every target
that exists or has a partial transfer to resume. The user's answers travel with the job as
`Decisions`, which the engine asks per file, so a folder job applies its batch answer to each of
its files and a file that was not in conflict at check time is never replaced by a guess.
"""

from __future__ import annotations

import hashlib
import logging
import os
import posixpath
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.listing import ObjectSummary
from spacesgui.s3.transfer.common import SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.folders_plan import PrefixPlanner, plan_folder_upload
from spacesgui.s3.transfer.journal import FileIdentity, JournalEntry, UploadJournal
from spacesgui.s3.transfer.partfile import PART_SUFFIX, STATE_SUFFIX, remove_part
from spacesgui.s3.transfer.plan import plan_upload
from spacesgui.s3.transfer.walk import iter_objects

log = logging.getLogger(__name__)

Direction = Literal["upload", "download", "copy"]
_PLAIN_MD5 = re.compile(r"^[0-9a-f]{32}$")
_NUMBERED = re.compile(r"^(?P<stem>.*) \((?P<n>\d+)\)$")
_READ_CHUNK = 1024 * 1024


class Answer(StrEnum):
    """What to do with one target that exists (or has a partial transfer)."""

    REPLACE = "replace"
    SKIP = "skip"
    KEEP_BOTH = "keep-both"      # write under `Conflict.alternative` instead
    RESUME = "resume"            # continue the partial download or incomplete upload


@dataclass(frozen=True, slots=True)
class Side:
    """Size and modification time (epoch seconds) of one side; `etag` only for objects."""

    size: int | None
    modified: float | None
    etag: str | None = None


@dataclass(frozen=True, slots=True)
class Request:
    """One item of a batch as the user asked for it, before it is queued.

    `key` is an object key, or a prefix when `folder`; `path` a local file or folder. A copy's
    source is `key` in `src_bucket` and its target `dst_key` in `bucket`.
    """

    direction: Direction
    bucket: str
    key: str
    path: str = ""
    folder: bool = False
    src_bucket: str = ""
    dst_key: str = ""


@dataclass(frozen=True, slots=True)
class Conflict:
    """One target of request `request` that exists, or that has a transfer to resume.

    `target` is a key (upload, copy) or a local path (download); `existing` is None when only a
    partial download or an incomplete upload is there. `identical` is True only when size and
    MD5 (or an equal multipart ETag) prove the two sides equal.
    """

    request: int
    direction: Direction
    target: str
    source_name: str
    source: Side
    existing: Side | None
    alternative: str
    resumable: bool = False
    identical: bool = False

    @property
    def answers(self) -> tuple[Answer, ...]:
        """The answers that make sense here, in the order a dialog offers them."""
        found = [Answer.REPLACE, Answer.SKIP, Answer.KEEP_BOTH]
        if self.existing is None:
            found.remove(Answer.KEEP_BOTH)   # nothing to keep: "Replace" starts afresh
        if self.resumable:
            found.append(Answer.RESUME)
        return tuple(found)


# --- names ---------------------------------------------------------------------------------

def numbered_name(name: str, number: int) -> str:
    """`name (number).ext` for the last segment of a key or path (`a/b.txt` -> `a/b (2).txt`);
    a name already numbered gets a new number, not a second one."""
    head, sep, last = name.rpartition("/")
    stem, ext = posixpath.splitext(last)
    if stem.endswith(".tar") and ext in (".gz", ".bz2", ".xz", ".zst"):
        stem, ext = stem[:-4], ".tar" + ext
    match = _NUMBERED.match(stem)
    if match:
        stem = match["stem"]
    return f"{head}{sep}{stem} ({number}){ext}"


def keep_both_name(name: str, taken: Callable[[str], bool]) -> str:
    """The first of `name (2).ext`, `name (3).ext`, ... that `taken` says is free."""
    match = _NUMBERED.match(posixpath.splitext(name.rpartition("/")[2])[0])
    number = int(match["n"]) + 1 if match else 2
    while taken(candidate := numbered_name(name, number)):
        number += 1
    return candidate


def _local_taken(path: str, planned: set[str]) -> bool:
    return (path in planned or os.path.lexists(path)
            or os.path.lexists(path + PART_SUFFIX) or os.path.lexists(path + STATE_SUFFIX))


def local_keep_both_name(path: str, planned: set[str] | None = None) -> str:
    """A free local name beside `path` (no file, no partial download of that name)."""
    planned = planned if planned is not None else set()
    directory, name = os.path.split(path)
    free = keep_both_name(name, lambda n: _local_taken(os.path.join(directory, n), planned))
    return os.path.join(directory, free)


# --- equality ------------------------------------------------------------------------------

def file_md5(path: str) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as handle:
        while chunk := handle.read(_READ_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def multipart_etag(part_etags: Iterable[str]) -> str:
    """The ETag S3 gives an object completed from these parts: MD5 of the parts' MD5s, `-N`."""
    digests = [bytes.fromhex(e.strip('"')) for e in part_etags]
    return f"{hashlib.md5(b''.join(digests), usedforsecurity=False).hexdigest()}-{len(digests)}"


def _multipart_digest(path: str, part_size: int) -> str:
    digests = []
    with open(path, "rb") as handle:
        while part := handle.read(part_size):
            digests.append(hashlib.md5(part, usedforsecurity=False).hexdigest())
    return multipart_etag(digests)


def local_matches(path: str, size: int, etag: str | None, *,
                  part_etags: Sequence[str] = (), part_sizes: Sequence[int] = ()) -> bool:
    """Whether the local file provably holds the object's bytes: same size and either a
    single-part ETag equal to the file's MD5, or a multipart ETag equal to the one `part_etags`
    (the journal's digests of this file's parts) give, or to the one the file gives cut into
    one of `part_sizes` (those that make as many parts as the ETag says; this app's own
    uploads use its part size). Anything else is not claimed equal."""
    tag = (etag or "").strip('"').lower()
    try:
        if os.path.getsize(path) != size:
            return False
        if _PLAIN_MD5.match(tag):
            return file_md5(path) == tag
        digest, _dash, count = tag.partition("-")
        if not _PLAIN_MD5.match(digest) or not count.isdigit():
            return False
        if part_etags:
            return multipart_etag(part_etags) == tag
        fitting = {p for p in part_sizes if p > 0 and -(-size // p) == int(count)}
        return any(_multipart_digest(path, p) == tag for p in sorted(fitting))
    except OSError:
        return False


# --- finding conflicts ---------------------------------------------------------------------

def _side(summary: ObjectSummary) -> Side:
    modified = summary.last_modified.timestamp() if summary.last_modified else None
    return Side(summary.size, modified, summary.etag.strip('"') or None)


def _local_side(path: str) -> Side | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return Side(st.st_size, st.st_mtime)


def _head(client: S3Client, bucket: str, key: str, control: TransferControl,
          slots: SlotPool) -> ObjectSummary | None:
    """The object `key`, or None. A one-key listing rather than a HEAD: it answers for an
    object encrypted with a customer key too (a HEAD without the key is refused), and the key
    itself sorts first among the keys it starts."""
    with slots.slot(control.cancel):
        page = client.list_objects_v2(bucket=bucket, prefix=key, max_keys=1,
                                      cancel=control.cancel)
    return page.objects[0] if page.objects and page.objects[0].key == key else None


def _listing(client: S3Client, bucket: str, prefix: str, control: TransferControl,
             slots: SlotPool) -> dict[str, ObjectSummary]:
    return {s.key: s for s in iter_objects(client, bucket=bucket, prefix=prefix,
                                           control=control, slots=slots)}


@dataclass
class _Checker:
    client: S3Client
    control: TransferControl
    slots: SlotPool
    journal: UploadJournal | None
    source_client: S3Client
    part_sizes: tuple[int, ...] = ()
    config: TransferConfig | None = None
    found: list[Conflict] = field(default_factory=list)
    planned_local: set[str] = field(default_factory=set)
    given_keys: set[str] = field(default_factory=set)   # alternatives already handed out

    def _journal(self) -> UploadJournal | None:
        """The journal, unless it holds no record at all (then no file has one to resume)."""
        return None if self.journal is None or self.journal.is_empty() else self.journal

    def _alternative(self, key: str, taken: Callable[[str], bool]) -> str:
        """A free `name (n).ext` that no other conflict of the batch was given."""
        alternative = keep_both_name(key, lambda k: k in self.given_keys or taken(k))
        self.given_keys.add(alternative)
        return alternative

    def upload(self, index: int, request: Request) -> None:
        if request.folder:
            plan = plan_folder_upload(request.path, request.key)
            existing = _listing(self.client, request.bucket, _common_prefix(
                [i.key for i in plan.items], request.key), self.control, self.slots)
            planned = {i.key for i in plan.items}
            for item in plan.items:
                if not item.is_marker:
                    self._upload_one(index, request.bucket, (item.path, item.key),
                                     existing.get(item.key), lambda k: k in existing or
                                     k in planned)
            return
        summary = _head(self.client, request.bucket, request.key, self.control, self.slots)

        def taken(key: str) -> bool:
            return _head(self.client, request.bucket, key, self.control, self.slots) is not None

        self._upload_one(index, request.bucket, (request.path, request.key), summary, taken)

    def _upload_one(self, index: int, bucket: str, pair: tuple[str, str],
                    summary: ObjectSummary | None, taken: Callable[[str], bool]) -> None:
        path, key = pair
        entry = None
        journal = self._journal()
        if journal is not None:
            entry = journal.load(self.client.endpoint, bucket, key, path)
            if entry is not None and entry.file != _identity(path):
                entry = None        # the file changed since: the upload cannot be resumed
            elif entry is not None and self.config is not None and \
                    not plan_upload(entry.file.size, self.config).multipart:
                entry = None        # now sent in one PUT: the engine drops the old upload
        if summary is None and entry is None:
            return
        local = _local_side(path) or Side(None, None)
        identical = summary is not None and local_matches(
            path, summary.size, summary.etag, part_sizes=self.part_sizes,
            part_etags=_all_parts(entry, summary.size))
        self.found.append(Conflict(
            request=index, direction="upload", target=key, source_name=path, source=local,
            existing=_side(summary) if summary is not None else None,
            alternative=self._alternative(key, taken) if summary is not None else key,
            resumable=entry is not None, identical=identical))

    def download(self, index: int, request: Request) -> None:
        if request.folder:
            planner = PrefixPlanner(request.key, request.path)
            for listed in iter_objects(self.client, bucket=request.bucket, prefix=request.key,
                                       control=self.control, slots=self.slots):
                planned = planner.add(listed.key, listed.size)
                if planned.path is not None and not planned.is_dir:
                    self._download_one(index, listed, planned.path)
            return
        head = _head(self.client, request.bucket, request.key, self.control, self.slots)
        if head is not None:
            self._download_one(index, head, os.path.abspath(request.path))

    def _download_one(self, index: int, summary: ObjectSummary, path: str) -> None:
        local = _local_side(path)
        resumable = os.path.exists(path + PART_SUFFIX)
        self.planned_local.add(path)
        if local is None and not resumable:
            return
        identical = local is not None and local_matches(
            path, summary.size, summary.etag, part_sizes=self.part_sizes)
        self.found.append(Conflict(
            request=index, direction="download", target=path, source_name=summary.key,
            source=_side(summary), existing=local,
            alternative=local_keep_both_name(path, self.planned_local) if local else path,
            resumable=resumable, identical=identical))
        if local is not None:
            self.planned_local.add(self.found[-1].alternative)

    def copy(self, index: int, request: Request) -> None:
        if request.folder:
            sources = _listing(self.source_client, request.src_bucket, request.key, self.control,
                               self.slots)
            existing = _listing(self.client, request.bucket, request.dst_key, self.control,
                                self.slots)
            targets = {request.dst_key + k[len(request.key):] for k in sources}
            for key, listed in sources.items():
                target = request.dst_key + key[len(request.key):]
                self._copy_one(index, listed, existing.get(target),
                               lambda k: k in existing or k in targets, target)
            return
        target_summary = _head(self.client, request.bucket, request.dst_key, self.control,
                               self.slots)
        if target_summary is None:
            return
        source = _head(self.source_client, request.src_bucket, request.key, self.control,
                       self.slots)
        if source is None:
            return

        def taken(key: str) -> bool:
            return _head(self.client, request.bucket, key, self.control, self.slots) is not None

        self._copy_one(index, source, target_summary, taken, request.dst_key)

    def _copy_one(self, index: int, source: ObjectSummary, existing: ObjectSummary | None,
                  taken: Callable[[str], bool], target: str) -> None:
        if existing is None:
            return
        same_tag = bool(source.etag) and source.etag.strip('"') == existing.etag.strip('"')
        self.found.append(Conflict(
            request=index, direction="copy", target=target, source_name=source.key,
            source=_side(source), existing=_side(existing),
            alternative=self._alternative(target, taken),
            identical=same_tag and source.size == existing.size))


def _all_parts(entry: JournalEntry | None, size: int) -> tuple[str, ...]:
    """The journal's part digests when they cover the whole file, else none."""
    if entry is None or entry.part_size <= 0:
        return ()
    count = -(-size // entry.part_size)
    if sorted(entry.parts) != list(range(1, count + 1)):
        return ()
    return tuple(entry.parts[n] for n in range(1, count + 1))


def _identity(path: str) -> FileIdentity | None:
    try:
        return FileIdentity.of(path)
    except OSError:
        return None


def _common_prefix(keys: list[str], fallback: str) -> str:
    """The folder all `keys` are under, so one listing covers them."""
    if not keys:
        return fallback
    common = keys[0]
    for key in keys[1:]:
        while not key.startswith(common):
            common = common[:-1]
    return common[:common.rfind("/") + 1]


def find_conflicts(client: S3Client, requests: Sequence[Request], *,
                   journal: UploadJournal | None = None,
                   control: TransferControl | None = None,
                   slots: SlotPool | None = None,
                   source_client: S3Client | None = None,
                   part_sizes: Sequence[int] = (),
                   config: TransferConfig | None = None) -> list[Conflict]:
    """Every target of `requests` that exists or has a transfer to resume (blocking: a worker
    thread). Requests are looked at in order; a folder costs one listing, a file one more.
    `client` reaches the targets' bucket; `source_client` a copy's source (default `client`).
    `part_sizes` are tried to prove a multipart object equal to a local file; with the queue's
    `config`, an incomplete upload is offered for resuming only if the engine would resume it."""
    checker = _Checker(client, control or TransferControl(), slots or SlotPool(4), journal,
                       source_client or client, tuple(part_sizes), config)
    for index, request in enumerate(requests):
        getattr(checker, request.direction)(index, request)
    return checker.found


# --- applying answers ----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Decisions:
    """The answers for one job's targets, as (target, answer, alternative) triples.

    A target not listed was not in conflict when the batch was checked: it is written as
    planned (a download then refuses to replace a file that appeared meanwhile).
    """

    entries: tuple[tuple[str, str, str], ...] | None = None   # None: the job was never checked
    _by_target: Mapping[str, tuple[Answer, str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_target", {
            target: (Answer(answer), alternative)
            for target, answer, alternative in self.entries or ()})

    @classmethod
    def of(cls, conflicts: Iterable[tuple[Conflict, Answer]]) -> Decisions:
        return cls(tuple((c.target, str(a), c.alternative) for c, a in conflicts))

    @property
    def checked(self) -> bool:
        """Whether the batch was checked; an unchecked job (queued by code that replaces on
        purpose, or restored from an older queue) writes as it always did."""
        return self.entries is not None

    def answer(self, target: str) -> Answer | None:
        found = self._by_target.get(target)
        return found[0] if found else None

    def route(self, target: str) -> str | None:
        """Where to write `target`'s bytes: itself, its alternative, or None to skip it."""
        found = self._by_target.get(target)
        if found is None:
            return target
        answer, alternative = found
        if answer == Answer.SKIP:
            return None
        return alternative if answer == Answer.KEEP_BOTH else target

    def local_route(self, path: str) -> tuple[str, bool] | None:
        """Where a download of `path` goes and whether it may replace a file there, or None to
        skip it. Replace first drops a partial download, so the object is fetched afresh
        rather than continued; a checked job never replaces a file nobody answered for."""
        routed = self.route(path)
        if routed is None:
            return None
        answer = self.answer(path)
        if answer == Answer.REPLACE:
            remove_part(path)
        return routed, answer == Answer.REPLACE or not self.checked


@dataclass(frozen=True, slots=True)
class Skipped:
    """A job whose only target the user chose to skip."""

    target: str


__all__ = ["Answer", "Conflict", "Decisions", "Request", "Side", "Skipped", "find_conflicts",
           "keep_both_name", "local_keep_both_name", "local_matches", "multipart_etag",
           "numbered_name"]
