"""Preferences: validation ranges, the JSON round trip, and a damaged file (defaults, a clear
message, and the old file kept when saving)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from spacesgui.preferences import (
    FILE_NAME,
    ConflictPolicy,
    Preferences,
    PreferencesStore,
    Theme,
)
from spacesgui.s3.transfer.common import MiB, TransferConfig

CHANGED = Preferences(parallel_transfers=2, parts_in_flight=3, part_size=8 * MiB,
                      upload_limit=2 * MiB, download_limit=512 * 1024, retries=2,
                      conflict_default=ConflictPolicy.KEEP_BOTH, download_folder="/tmp/dl",
                      confirm_delete=False, theme=Theme.DARK)


def test_defaults_are_valid() -> None:
    assert Preferences().problems() == []
    assert CHANGED.problems() == []


@pytest.mark.parametrize(("changes", "words"), [
    ({"parallel_transfers": 0}, "Parallel transfers must be 1 to 16"),
    ({"parts_in_flight": 17}, "Parts in flight must be 1 to 16"),
    ({"part_size": 4 * MiB}, "part size must be 5 MiB"),
    ({"upload_limit": 1000}, "upload limit must be unlimited or 16 KiB/s"),
    ({"download_limit": -1}, "download limit"),
    ({"retries": 21}, "Retries must be 0 to 20"),
    ({"download_folder": "relative/dir"}, "must be a full path"),
])
def test_out_of_range_is_named(changes: dict[str, object], words: str) -> None:
    problems = Preferences(**changes).problems()  # type: ignore[arg-type]
    assert len(problems) == 1
    assert words in problems[0]


def test_round_trip(tmp_path: Path) -> None:
    store = PreferencesStore(tmp_path)
    assert store.read().preferences == Preferences()      # no file: defaults, no problem
    assert store.read().problem == ""
    assert store.save(CHANGED) is None
    loaded = PreferencesStore(tmp_path).read()
    assert loaded.problem == ""
    assert loaded.preferences == CHANGED
    saved = json.loads((tmp_path / FILE_NAME).read_text())
    assert saved["theme"] == "dark" and saved["conflict_default"] == "keep-both"


def test_save_refuses_invalid(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Retries"):
        PreferencesStore(tmp_path).save(Preferences(retries=99))
    assert not (tmp_path / FILE_NAME).exists()


def test_damaged_file_gives_defaults_and_is_kept_on_save(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_text('{"parallel_transfers": 3,,')
    store = PreferencesStore(tmp_path)
    loaded = store.read()
    assert loaded.preferences == Preferences()
    assert "cannot be used" in loaded.problem and "damaged at line 1" in loaded.problem
    assert str(path) in loaded.problem
    assert path.read_text() == '{"parallel_transfers": 3,,'   # read, never rewritten
    kept = store.save(CHANGED, now=datetime(2026, 1, 2, 3, 4, 5))
    assert kept == tmp_path / f"{FILE_NAME}.damaged-20260102-030405"
    assert kept.read_text() == '{"parallel_transfers": 3,,'
    assert PreferencesStore(tmp_path).read().preferences == CHANGED


def test_bad_values_fall_back_one_by_one(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text(json.dumps({
        "parallel_transfers": 6, "parts_in_flight": "many", "retries": 400, "theme": "purple",
        "confirm_delete": 1, "unknown_setting": True}))
    loaded = PreferencesStore(tmp_path).read()
    assert loaded.preferences == Preferences(parallel_transfers=6)
    for name in ("parts_in_flight", "Retries must be 0 to 20", "theme", "confirm_delete"):
        assert name in loaded.problem
    assert "unknown_setting" not in loaded.problem


@pytest.mark.parametrize("text", ["[1, 2]", '{"version": 99}', "\xff\xfe"])
def test_unusable_forms(tmp_path: Path, text: str) -> None:
    (tmp_path / FILE_NAME).write_bytes(text.encode("latin-1"))
    loaded = PreferencesStore(tmp_path).read()
    assert loaded.preferences == Preferences()
    assert loaded.problem


def test_unreadable_file_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).mkdir()        # a folder where the file should be
    loaded = PreferencesStore(tmp_path).read()
    assert loaded.preferences == Preferences()
    assert "could not be read" in loaded.problem


def test_transfer_tuning() -> None:
    config = CHANGED.transfer_config(TransferConfig(io_chunk=64 * 1024))
    assert (config.part_size, config.multipart_threshold, config.parts_in_flight,
            config.io_chunk) == (8 * MiB, 8 * MiB, 3, 64 * 1024)
    assert CHANGED.retry_policy().max_attempts == 3
    assert Preferences().retry_policy().max_attempts == 6   # the transport's own default
