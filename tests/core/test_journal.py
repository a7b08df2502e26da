"""The upload journal: atomic JSON records, no secrets, corrupt files ignored with a warning."""

from __future__ import annotations

import base64
import json
import logging
import os
import threading
import time
from pathlib import Path

import pytest

from spacesgui.s3.atomic_file import STALE_AFTER_SECONDS
from spacesgui.s3.headers import SSECustomerKey
from spacesgui.s3.transfer.incomplete import journal_index
from spacesgui.s3.transfer.journal import FileIdentity, JournalEntry, UploadJournal

ENDPOINT = "https://nyc3.digitaloceanspaces.com"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "movie.mkv"
    path.parent.mkdir()
    path.write_bytes(b"x" * 1000)
    return path


def _start(journal: UploadJournal, source: Path, **kw: object) -> JournalEntry:
    args: dict[str, object] = {"endpoint": ENDPOINT, "bucket": "b", "key": "k/movie.mkv",
                               "file": FileIdentity.of(source), "upload_id": "2~abc",
                               "part_size": 16 * 1024 * 1024}
    args.update(kw)
    return journal.start(**args)  # type: ignore[arg-type]


def test_identity_is_absolute_with_size_and_mtime(source: Path, monkeypatch: pytest.MonkeyPatch,
                                                  ) -> None:
    monkeypatch.chdir(source.parent)
    ident = FileIdentity.of("movie.mkv")
    assert ident.path == str(source) and ident.size == 1000
    assert ident.mtime_ns == os.stat(source).st_mtime_ns


def test_round_trip_and_parts(tmp_path: Path, source: Path) -> None:
    journal = UploadJournal(tmp_path / "uploads")
    entry = _start(journal, source)
    journal.record_part(entry, 2, "bbb")
    journal.record_part(entry, 1, "aaa")   # an older entry object: the record merges
    loaded = journal.load(ENDPOINT, "b", "k/movie.mkv", str(source))
    assert loaded is not None
    assert dict(loaded.parts) == {1: "aaa", 2: "bbb"}
    assert (loaded.upload_id, loaded.part_size, loaded.file) == \
        ("2~abc", entry.part_size, FileIdentity.of(source))
    assert journal.entries() == [loaded]
    files = list((tmp_path / "uploads").iterdir())
    assert len(files) == 1 and files[0].name.endswith(".upload.json")  # no temp file left
    journal.delete(loaded)
    assert journal.load(ENDPOINT, "b", "k/movie.mkv", str(source)) is None
    assert journal.entries() == []
    journal.delete(loaded)  # deleting twice is harmless


def test_empty_until_a_record_is_written_and_again_once_it_is_gone(tmp_path: Path,
                                                                    source: Path) -> None:
    journal = UploadJournal(tmp_path / "uploads")
    assert journal.is_empty()                         # no folder yet
    (tmp_path / "uploads" / "locks").mkdir(parents=True)
    assert UploadJournal(tmp_path / "uploads").is_empty()  # lock files are no records
    entry = _start(journal, source)
    assert not journal.is_empty()
    journal.delete(entry)
    assert journal.is_empty()


def test_a_record_left_by_an_earlier_run_is_seen_by_the_next_one(tmp_path: Path,
                                                                  source: Path) -> None:
    _start(UploadJournal(tmp_path / "uploads"), source)   # the run that was killed
    later = UploadJournal(tmp_path / "uploads")
    assert not later.is_empty()
    assert later.load(ENDPOINT, "b", "k/movie.mkv", str(source)) is not None


def test_one_record_per_endpoint_bucket_key_and_path(tmp_path: Path, source: Path) -> None:
    journal = UploadJournal(tmp_path)
    paths = {journal.path_for(ENDPOINT, "b", "k", str(source)),
             journal.path_for(ENDPOINT, "b", "k2", str(source)),
             journal.path_for(ENDPOINT, "b2", "k", str(source)),
             journal.path_for("http://127.0.0.1:1", "b", "k", str(source)),
             journal.path_for(ENDPOINT, "b", "k", str(source) + ".other")}
    assert len(paths) == 5


def test_no_secret_is_written(tmp_path: Path, source: Path) -> None:
    key = SSECustomerKey.generate()
    journal = UploadJournal(tmp_path / "j")
    _start(journal, source, sse_c_key_md5=key.key_md5)
    text = next((tmp_path / "j").iterdir()).read_text()
    assert base64.b64encode(key.key).decode() not in text and key.key.hex() not in text
    assert json.loads(text)["sse_c_key_md5"] == key.key_md5
    assert set(json.loads(text)) == {"version", "endpoint", "bucket", "key", "path", "size",
                                     "mtime_ns", "upload_id", "part_size", "parts",
                                     "sse_c_key_md5", "created"}


@pytest.mark.parametrize("content", [
    b"", b"{", b"[]", b'{"version": 2}', b"\xff\xfe",
    b'{"version": 1, "endpoint": "e", "bucket": "b", "key": "k", "path": "/p", "size": -1,'
    b' "mtime_ns": 1, "upload_id": "u", "part_size": 5, "parts": {}}',
    b'{"version": 1, "endpoint": "e", "bucket": "b", "key": "k", "path": "/p", "size": 1,'
    b' "mtime_ns": 1, "upload_id": "u", "part_size": 5, "parts": {"0": "x"}}',
    b'{"version": 1, "endpoint": "e", "bucket": "b", "key": "k", "path": "/p", "size": 1,'
    b' "mtime_ns": 1, "upload_id": "", "part_size": 5, "parts": {"1": "x"}}',
    b'{"version": 1, "endpoint": "e", "bucket": "b", "key": "k", "path": "/p", "size": 1,'
    b' "mtime_ns": 1, "upload_id": 7, "part_size": 5, "parts": {}}',
])
def test_corrupt_records_are_ignored_with_a_warning(tmp_path: Path, source: Path,
                                                    caplog: pytest.LogCaptureFixture,
                                                    content: bytes) -> None:
    journal = UploadJournal(tmp_path)
    target = journal.path_for(ENDPOINT, "b", "k/movie.mkv", str(source))
    target.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="spacesgui.s3.transfer.journal"):
        assert journal.load(ENDPOINT, "b", "k/movie.mkv", str(source)) is None
        assert journal.entries() == []
    assert "corrupt upload record" in caplog.text
    entry = _start(journal, source)  # a new record simply replaces it
    assert journal.load(ENDPOINT, "b", "k/movie.mkv", str(source)) == entry


def test_a_record_for_another_upload_under_the_same_name_is_ignored(tmp_path: Path,
                                                                   source: Path) -> None:
    journal = UploadJournal(tmp_path)
    entry = _start(journal, source)
    target = journal.path_for(ENDPOINT, "b", "k/movie.mkv", str(source))
    other = journal.path_for(ENDPOINT, "b", "other", str(source))
    target.rename(other)
    assert journal.load(ENDPOINT, "b", "other", str(source)) is None
    assert entry.key == "k/movie.mkv"


def test_a_failed_write_leaves_the_old_record_and_no_temp_file(tmp_path: Path, source: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              ) -> None:
    journal = UploadJournal(tmp_path / "j")
    entry = _start(journal, source)

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space"):
        journal.record_part(entry, 1, "aaa")
    monkeypatch.undo()
    assert journal.load(ENDPOINT, "b", "k/movie.mkv", str(source)) == entry
    assert [p.name for p in (tmp_path / "j").iterdir()] == [journal.path_for(
        ENDPOINT, "b", "k/movie.mkv", str(source)).name]


def test_parallel_part_records_lose_nothing(tmp_path: Path, source: Path) -> None:
    journal = UploadJournal(tmp_path)
    entry = _start(journal, source)
    threads = [threading.Thread(target=journal.record_part, args=(entry, n, f"etag{n}"))
               for n in range(1, 41)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    loaded = journal.load(ENDPOINT, "b", "k/movie.mkv", str(source))
    assert loaded is not None and dict(loaded.parts) == {n: f"etag{n}" for n in range(1, 41)}


def test_an_intent_has_no_upload_id_and_round_trips(tmp_path: Path, source: Path) -> None:
    journal = UploadJournal(tmp_path)
    intent = journal.start(endpoint=ENDPOINT, bucket="b", key="k", file=FileIdentity.of(source),
                           part_size=5 * 1024 * 1024)
    assert intent.intent and intent.created > 0
    loaded = journal.load(ENDPOINT, "b", "k", str(source))
    assert loaded == intent and loaded.intent
    assert journal_index(journal.entries(), ENDPOINT, "b") == {}


def test_stale_temp_files_are_removed_fresh_ones_kept(tmp_path: Path) -> None:
    stale = tmp_path / ".abc.upload.json.k2j3h4.tmp"
    fresh = tmp_path / ".def.upload.json.x9y8z7.tmp"
    other = tmp_path / "notes.tmp"
    for made in (stale, fresh, other):
        made.write_bytes(b"{")
    old = time.time() - STALE_AFTER_SECONDS - 5
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    assert UploadJournal(tmp_path).entries() == []
    assert not stale.exists() and fresh.exists() and other.exists()
