import os

import pytest

from spacesgui.s3.local_paths import CollisionGuard, resolve_inside, safe_relative_path

HOSTILE = [
    "../../.bashrc", "/etc/passwd", "a/../../b", "..", "./../x", "C:\\Windows\\x",
    "a\\..\\..\\b", "nul\x00byte", "CON", "con.txt", "Lpt1.log", "aux/x", "dots...",
    "trailing ", "x/../../../../../../tmp/evil", "//abs//path", "a/./b", "\x01ctl", "a:b",
]


@pytest.mark.parametrize("key", HOSTILE)
def test_hostile_keys_stay_inside_the_folder(tmp_path, key):
    target = safe_relative_path(key)
    if target.relative is None:
        assert target.note
        return
    assert not os.path.isabs(target.relative)
    assert ".." not in target.relative.split("/")
    assert "\x00" not in target.relative and "\\" not in target.relative
    path = resolve_inside(tmp_path, target.relative)
    assert os.path.commonpath([str(tmp_path), path]) == str(tmp_path)


@pytest.mark.parametrize(("key", "expected"), [
    ("photos/2024/a.jpg", "photos/2024/a.jpg"),
    ("a//b/", "a/b"),
    ("ünïcødé/файл.txt", "ünïcødé/файл.txt"),
    ("space name/+plus%.txt", "space name/+plus%.txt"),
])
def test_ordinary_keys_are_kept_as_they_are(key, expected):
    target = safe_relative_path(key)
    assert target.relative == expected
    assert target.note is None


def test_renames_are_reported_in_plain_words():
    assert "renamed" in (safe_relative_path("CON").note or "")
    assert "'..'" in (safe_relative_path("../x").note or "")
    assert safe_relative_path("../..").relative is None


def test_prefix_is_stripped_for_folder_downloads():
    assert safe_relative_path("docs/a/b.txt", "docs/").relative == "a/b.txt"


def test_windows_reserved_names_are_prefixed():
    assert safe_relative_path("dir/com1.txt").relative == "dir/_com1.txt"


def test_overlong_components_are_shortened_below_the_filesystem_limit():
    target = safe_relative_path("é" * 300)
    assert target.relative is not None
    assert len(target.relative.encode()) <= 255


def test_symlink_escape_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    root = tmp_path / "root"
    root.mkdir()
    (root / "link").symlink_to(outside)
    with pytest.raises(ValueError, match="outside"):
        resolve_inside(root, "link/x")


def test_case_and_accent_collisions_get_distinct_names():
    guard = CollisionGuard()
    first = guard.claim(safe_relative_path("Report.PDF"))
    second = guard.claim(safe_relative_path("report.pdf"))
    third = guard.claim(safe_relative_path("cafe\u0301.txt"))
    fourth = guard.claim(safe_relative_path("caf\u00e9.txt"))
    assert first.relative == "Report.PDF" and first.note is None
    assert second.relative != "report.pdf" and second.relative.endswith(".pdf")
    assert "letter case" in (second.note or "")
    assert fourth.relative != third.relative
    assert guard.claim(safe_relative_path("Report.PDF")).relative == "Report.PDF"
