"""PathBar: breadcrumbs navigate; typed and pasted places are parsed; problems shown inline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from spacesgui.ui.models.entries import Location
from spacesgui.ui.path_bar import PathBar

ACC = "acc"


@pytest.fixture
def bar(qtbot: QtBot) -> Iterator[PathBar]:
    window = QWidget()  # Ctrl+L is a window shortcut, so the bar needs a window
    qtbot.addWidget(window)
    path_bar = PathBar(window, shortcut=True)
    path_bar.resize(700, path_bar.sizeHint().height())
    path_bar.set_location(Location(ACC, "photos", "2024/june/"), "My Spaces", region="fra1")
    window.resize(700, 80)
    window.show()
    qtbot.waitExposed(window)
    yield path_bar  # the window stays referenced until the test is done


def texts(bar: PathBar) -> list[str]:
    return [b.text() for b in bar.crumb_buttons()]


def submit(qtbot: QtBot, bar: PathBar, text: str) -> None:
    bar.start_editing()
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, text)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)


def test_crumbs_show_and_navigate(qtbot: QtBot, bar: PathBar) -> None:
    assert bar.objectName() == "pathBar"
    assert texts(bar) == ["My Spaces", "photos", "2024", "june"]
    assert bar.crumb_buttons()[-1].font().bold()
    with qtbot.waitSignal(bar.location_requested) as requested:
        qtbot.mouseClick(bar.crumb_buttons()[2], Qt.MouseButton.LeftButton)
    assert requested.args == [Location(ACC, "photos", "2024/")]
    with qtbot.waitSignal(bar.location_requested) as requested:
        bar.crumb_buttons()[0].click()
    assert requested.args == [Location(ACC, None)]
    bar.set_location(Location(ACC, None), "My Spaces")
    assert texts(bar) == ["My Spaces"]


def test_ctrl_l_edits_and_escape_cancels(qtbot: QtBot, bar: PathBar) -> None:
    qtbot.keyClick(bar.window(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert bar.editing and bar.edit.hasFocus()
    plain = PathBar(bar)
    assert plain.edit_action not in plain.actions()  # by default the window owns Ctrl+L
    assert bar.edit.text() == "photos/2024/june/" and bar.edit.selectedText() == bar.edit.text()
    with qtbot.assertNotEmitted(bar.location_requested):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.editing


def test_click_on_empty_space_edits(qtbot: QtBot, bar: PathBar) -> None:
    area = bar.crumb_area
    empty = QPoint(area.width() - 10, area.height() // 2)  # right of the last crumb
    assert area.childAt(empty) is None
    qtbot.mouseClick(area, Qt.MouseButton.LeftButton, pos=empty)
    assert bar.editing


@pytest.mark.parametrize(("text", "location", "key"), [
    ("other/x/", Location(ACC, "other", "x/"), ""),
    ("/other/prefix", Location(ACC, "other", "prefix/"), ""),
    ("s3://other/x", Location(ACC, "other", "x/"), ""),
    ("s3://other/docs/report.pdf", Location(ACC, "other", "docs/"), "docs/report.pdf"),
    ("https://other.fra1.digitaloceanspaces.com/a/b%20c.png",
     Location(ACC, "other", "a/"), "a/b c.png"),
    ("https://fra1.digitaloceanspaces.com/other/deep/", Location(ACC, "other", "deep/"), ""),
    ("https://other.fra1.cdn.digitaloceanspaces.com/cat.jpg", Location(ACC, "other", ""),
     "cat.jpg"),
    ("<https://other.fra1-static.digitaloceanspaces.com>", Location(ACC, "other", ""), ""),
    ("https://fra1.digitaloceanspaces.com/", Location(ACC, None), ""),
])
def test_typed_and_pasted_places(qtbot: QtBot, bar: PathBar, text: str, location: Location,
                                 key: str) -> None:
    seen: list[str] = []
    bar.object_requested.connect(seen.append)
    with qtbot.waitSignal(bar.location_requested) as requested:
        submit(qtbot, bar, text)
    assert requested.args == [location]
    assert seen == ([key] if key else [])
    assert not bar.editing and not bar.message.isVisible()


@pytest.mark.parametrize(("text", "words"), [
    ("https://other.nyc3.cdn.digitaloceanspaces.com/x.png", "region nyc3"),
    ("C:\\Users\\me\\file.txt", "local file path"),
    ("s3:///nobucket", "empty bucket name"),
    ("ftp://host/x", "not supported"),
    ("Bad_Bucket/x/", "Bad_Bucket"),
])
def test_problems_are_shown_inline(qtbot: QtBot, bar: PathBar, text: str, words: str) -> None:
    with qtbot.assertNotEmitted(bar.location_requested):
        submit(qtbot, bar, text)
    assert bar.editing and bar.message.isVisible()
    assert words in bar.message.text()
    assert bar.message.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.message.isVisible() and not bar.editing


def test_long_paths_fold_into_a_menu(qtbot: QtBot, bar: PathBar) -> None:
    deep = "".join(f"folder-number-{i}/" for i in range(12))
    bar.set_location(Location(ACC, "photos", deep), "My Spaces")
    qtbot.waitUntil(bar.overflow_button.isVisible)
    hidden = [b for b in bar.crumb_buttons() if not b.isVisible()]
    assert hidden and bar.crumb_buttons()[0].isVisible() and bar.crumb_buttons()[-1].isVisible()
    actions = bar.overflow_button.menu().actions()
    assert [a.text() for a in actions] == [b.text() for b in hidden]
    with qtbot.waitSignal(bar.location_requested) as requested:
        actions[0].trigger()
    assert requested.args == [Location(ACC, "photos", "")]
