"""Drag-out folders: a drop target reads them after the drop, so they stay; a later start
removes those old enough that no drop can still be reading them."""

from __future__ import annotations

import os
import time
from pathlib import Path

from spacesgui.ui.window.dnd import DRAG_FOLDER_MAX_AGE, DRAG_PREFIX, remove_old_drag_folders


def _folder(parent: Path, name: str, age: float) -> Path:
    folder = parent / name
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "photo.jpg").write_bytes(b"x")
    then = time.time() - age
    os.utime(folder, (then, then))
    return folder


def test_only_old_drag_folders_are_removed(tmp_path: Path) -> None:
    old = _folder(tmp_path, DRAG_PREFIX + "old", DRAG_FOLDER_MAX_AGE + 60)
    recent = _folder(tmp_path, DRAG_PREFIX + "recent", 60)
    other = _folder(tmp_path, "someone-else-old", DRAG_FOLDER_MAX_AGE + 60)
    assert remove_old_drag_folders(parent=tmp_path) == 1
    assert not old.exists() and recent.exists() and other.exists()


def test_a_link_named_like_a_drag_folder_is_not_followed(tmp_path: Path) -> None:
    target = _folder(tmp_path, "precious", DRAG_FOLDER_MAX_AGE + 60)
    link = tmp_path / (DRAG_PREFIX + "link")
    link.symlink_to(target)
    os.utime(link, (0, 0), follow_symlinks=False)
    assert remove_old_drag_folders(parent=tmp_path) == 0
    assert (target / "sub" / "photo.jpg").exists()
