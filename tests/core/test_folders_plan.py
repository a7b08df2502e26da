"""Folder plans on a real disk, no server: which file becomes which key, which key which file."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.transfer.folders_plan import (
    PrefixPlanner,
    normalize_prefix,
    plan_folder_upload,
    plan_prefix_download,
)
from spacesgui.s3.transfer.partfile import (
    PartIdentity,
    load_state,
    merge_ranges,
    missing_ranges,
    split_ranges,
)


def make_tree(root: Path) -> None:
    (root / "docs" / "deep").mkdir(parents=True)
    (root / "docs" / "a.txt").write_text("a")
    (root / "docs" / "deep" / "b.bin").write_bytes(b"bb")
    (root / "empty" / "nested-empty").mkdir(parents=True)
    (root / "also-empty").mkdir()
    (root / "top.md").write_text("top")
    (root / unicodedata.normalize("NFD", "café.txt")).write_text("é")
    (root / "日本語").mkdir()
    (root / "日本語" / "ファイル.txt").write_text("jp")


def test_keys_markers_and_unicode(tmp_path: Path) -> None:
    make_tree(tmp_path)
    plan = plan_folder_upload(tmp_path, "up")
    keys = [item.key for item in plan.items]
    assert keys == sorted([
        "up/also-empty/", "up/café.txt", "up/docs/a.txt", "up/docs/deep/b.bin",
        "up/empty/nested-empty/", "up/top.md", "up/日本語/ファイル.txt"])
    assert "up/café.txt" in keys and unicodedata.is_normalized("NFC", "".join(keys))
    markers = {item.key: item for item in plan.items if item.is_marker}
    assert set(markers) == {"up/also-empty/", "up/empty/nested-empty/"}
    assert all(item.size == 0 for item in markers.values())
    sizes = {item.key: item.size for item in plan.items}
    assert sizes["up/docs/deep/b.bin"] == 2 and plan.total_bytes == 1 + 2 + 3 + 2 + 2
    assert plan.problems == ()
    assert ("" + str(tmp_path / "docs" / "a.txt"), "up/docs/a.txt") in plan.pairs


def test_no_prefix_and_prefix_normalization(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    assert [i.key for i in plan_folder_upload(tmp_path, "").items] == ["f"]
    assert [i.key for i in plan_folder_upload(tmp_path, "/a/b/").items] == ["a/b/f"]
    assert normalize_prefix("x") == "x/" and normalize_prefix("") == ""


def test_empty_root_is_a_marker_only_under_a_prefix(tmp_path: Path) -> None:
    assert plan_folder_upload(tmp_path, "").items == ()
    [marker] = plan_folder_upload(tmp_path, "photos/").items
    assert marker.key == "photos/" and marker.is_marker


def test_links_are_not_followed_out_of_the_tree(tmp_path: Path) -> None:
    root, outside = tmp_path / "root", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    (root / "real.txt").write_text("real")
    (root / "sub").mkdir()
    (root / "sub" / "x").write_text("x")
    (root / "out-file").symlink_to(outside / "secret.txt")
    (root / "out-dir").symlink_to(outside)
    (root / "in-file").symlink_to(root / "real.txt")
    (root / "in-dir").symlink_to(root / "sub")
    (root / "loop").symlink_to(root)
    (root / "dangling").symlink_to(tmp_path / "nothing-here")
    plan = plan_folder_upload(root, "")
    assert [i.key for i in plan.items] == ["in-file", "real.txt", "sub/x"]
    reasons = {Path(p.path).name: p.reason for p in plan.problems}
    assert set(reasons) == {"out-file", "out-dir", "in-dir", "loop", "dangling"}
    assert "outside" in reasons["out-file"] and "outside" in reasons["out-dir"]
    assert "broken" in reasons["dangling"] and "not followed" in reasons["in-dir"]
    assert all("secret" not in i.key for i in plan.items)


def test_special_and_unreadable_files_are_reported(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "locked.txt").write_text("x")
    (tmp_path / "fine.txt").write_text("x")
    real_access = os.access

    def access(path: str | os.PathLike[str], mode: int) -> bool:
        # Root reads everything, so refuse this one file the way a chmod 000 would.
        return not str(path).endswith("locked.txt") and real_access(path, mode)

    monkeypatch.setattr(os, "access", access)
    plan = plan_folder_upload(tmp_path, "p/")
    assert [i.key for i in plan.items] == ["p/fine.txt"]
    reasons = {Path(p.path).name: p.reason for p in plan.problems}
    assert "not a regular file" in reasons["pipe"]
    assert "permission denied" in reasons["locked.txt"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any folder")
def test_unreadable_folder_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x").write_text("x")
    locked.chmod(0)
    try:
        plan = plan_folder_upload(tmp_path, "")
    finally:
        locked.chmod(0o700)
    assert [p.path for p in plan.problems] == [str(locked)]


def test_undecodable_name_is_reported(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("only POSIX file names can hold bytes that are not UTF-8")
    os.close(os.open(os.path.join(os.fsencode(tmp_path), b"bad\xff.txt"), os.O_CREAT, 0o600))
    plan = plan_folder_upload(tmp_path, "")
    assert plan.items == ()
    [problem] = plan.problems
    assert "UTF-8" in problem.reason


def test_not_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(InvalidInput):
        plan_folder_upload(tmp_path / "f", "")


HOSTILE = ["p/../../escape", "p/a/../../b", "p//abs", "p/back\\slash", "p/CON.txt",
           "p/Case.txt", "p/case.txt", "p/ctl\x01char", "p/tab\there", "p/nul\x00byte",
           "p/..", "p/", "p/dir/", "p/x", "p/x.part", "p/x.part.json", "p/Docs/a",
           "p/docs/b", "p/" + "n" * 300]


def test_hostile_keys_stay_inside(tmp_path: Path) -> None:
    dest = tmp_path / "dest"
    dest.mkdir()
    plans = plan_prefix_download(HOSTILE, "p/", dest)
    by_key = {p.key: p for p in plans}
    root = os.path.realpath(dest)
    for planned in plans:
        if planned.path is not None:
            assert os.path.commonpath([root, planned.path]) == root
    placed = [p.path for p in plans if p.path is not None and not p.is_dir]
    assert len({path.casefold() for path in placed}) == len(placed)   # no two land together
    rel = {k: os.path.relpath(p.path, root) if p.path else None for k, p in by_key.items()}
    assert rel["p/../../escape"] == "escape" and by_key["p/../../escape"].note
    assert rel["p/a/../../b"] == os.path.join("a", "b")
    assert rel["p//abs"] == "abs"
    assert rel["p/back\\slash"] == "back_slash" and by_key["p/back\\slash"].note
    assert rel["p/CON.txt"] == "_CON.txt"
    assert rel["p/Case.txt"] == "Case.txt" and by_key["p/Case.txt"].note is None
    assert rel["p/case.txt"].startswith("case~") and "letter case" in str(
        by_key["p/case.txt"].note)
    assert rel["p/ctl\x01char"] == "ctl_char" and rel["p/tab\there"] == "tab_here"
    assert rel["p/nul\x00byte"] == "nul_byte" and "NUL" in str(by_key["p/nul\x00byte"].note)
    assert by_key["p/.."].path is None and by_key["p/.."].note
    assert by_key["p/"].is_dir and by_key["p/"].path == root
    assert by_key["p/dir/"].is_dir and rel["p/dir/"] == "dir"
    assert rel["p/x"] == "x"
    assert rel["p/x.part"].startswith("x.part~") or rel["p/x.part"].startswith("x~")
    assert "temporary" in str(by_key["p/x.part"].note)
    assert "temporary" in str(by_key["p/x.part.json"].note)
    assert rel["p/Docs/a"] == os.path.join("Docs", "a")
    assert rel["p/docs/b"] == os.path.join("Docs", "b")     # one folder, spelled once
    assert len(os.path.basename(rel["p/" + "n" * 300]).encode()) <= 255


def test_folder_marker_with_data_is_skipped(tmp_path: Path) -> None:
    planner = PrefixPlanner("", tmp_path)
    odd = planner.add("weird/", 12)
    assert odd.path is None and odd.note
    assert planner.add("weird/", 0).path == os.path.join(os.path.realpath(tmp_path), "weird")


def test_symlink_inside_destination_cannot_lead_out(tmp_path: Path) -> None:
    dest, outside = tmp_path / "dest", tmp_path / "outside"
    dest.mkdir()
    outside.mkdir()
    (dest / "link").symlink_to(outside)
    [planned] = plan_prefix_download(["link/evil.txt"], "", dest)
    assert planned.path is None and "outside" in str(planned.note)


def test_range_arithmetic() -> None:
    assert merge_ranges([(5, 10), (0, 5), (20, 30), (25, 26), (40, 40)]) == [(0, 10), (20, 30)]
    assert missing_ranges(35, [(0, 10), (20, 30)]) == [(10, 20), (30, 35)]
    assert missing_ranges(0, []) == [] and missing_ranges(10, []) == [(0, 10)]
    assert missing_ranges(10, [(0, 10)]) == []
    assert split_ranges([(0, 10), (20, 25)], 4) == [(0, 4), (4, 8), (8, 10), (20, 24), (24, 25)]


def test_sidecar_must_match_the_object(tmp_path: Path) -> None:
    target = str(tmp_path / "f.bin")
    identity = PartIdentity("b", "k", None, "abc", 10)
    (tmp_path / "f.bin.part").write_bytes(b"\0" * 10)
    state = {"v": 1, "bucket": "b", "key": "k", "version_id": None, "etag": "abc", "size": 10,
             "done": [[0, 4], [6, 8]]}
    (tmp_path / "f.bin.part.json").write_text(json.dumps(state))
    assert load_state(target, identity) == [(0, 4), (6, 8)]
    assert load_state(target, PartIdentity("b", "k", None, "other", 10)) is None
    assert load_state(target, PartIdentity("b", "k2", None, "abc", 10)) is None
    assert load_state(target, PartIdentity("b", "k", None, None, 10)) is None
    (tmp_path / "f.bin.part.json").write_text(json.dumps({**state, "done": [[0, 11]]}))
    assert load_state(target, identity) is None          # beyond the object: corrupt
    (tmp_path / "f.bin.part.json").write_text("{not json")
    assert load_state(target, identity) is None
    (tmp_path / "f.bin.part.json").write_text(json.dumps(state))
    (tmp_path / "f.bin.part").write_bytes(b"\0" * 9)      # the part file was truncated
    assert load_state(target, identity) is None
