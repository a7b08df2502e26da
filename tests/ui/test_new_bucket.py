"""NewBucketDialog: live name problems and warnings as the user types, region choice, ask()."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spacesgui.s3.spaces import SPACES_REGIONS
from spacesgui.ui.dialogs.new_bucket import NewBucketDialog


def make(qtbot: QtBot, **kwargs: object) -> NewBucketDialog:
    kwargs.setdefault("regions", SPACES_REGIONS)
    kwargs.setdefault("default_region", "fra1")
    dialog = NewBucketDialog(**kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_empty_name_disables_ok_without_shouting(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert not dialog.ok_button.isEnabled()
    assert not dialog.problem_label.isVisible() and not dialog.warning_label.isVisible()


def test_valid_name_enables_ok_and_region_defaults(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert dialog.region_box.currentData() == "fra1"
    assert dialog.region_box.currentText() == "Frankfurt 1 (fra1)"
    qtbot.keyClicks(dialog.name_edit, "holiday-photos")
    assert dialog.ok_button.isEnabled()
    assert not dialog.problem_label.isVisible() and not dialog.warning_label.isVisible()
    dialog.region_box.setCurrentIndex(dialog.region_box.findData("ams3"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value() == ("holiday-photos", "ams3")


def test_problems_show_live_and_block_ok(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    qtbot.keyClicks(dialog.name_edit, "My_Bucket")
    assert not dialog.ok_button.isEnabled()
    text = dialog.problem_label.text()
    assert dialog.problem_label.isVisible()
    assert "lowercase" in text and "'_'" in text
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "ab")
    assert "at least 3" in dialog.problem_label.text() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "c")
    assert dialog.ok_button.isEnabled() and not dialog.problem_label.isVisible()


def test_dots_warn_but_are_allowed(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    qtbot.keyClicks(dialog.name_edit, "www.example.com")
    assert dialog.ok_button.isEnabled()
    assert dialog.warning_label.isVisible()
    assert "Dots" in dialog.warning_label.text()
    assert "'www-example-com'" in dialog.warning_label.text()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.name_edit, "-")  # a trailing hyphen is a problem; warnings wait
    assert not dialog.ok_button.isEnabled() and not dialog.warning_label.isVisible()


def test_custom_endpoint_takes_a_free_text_region(qtbot: QtBot) -> None:
    dialog = make(qtbot, regions=(), default_region="us-east-1", is_spaces=False)
    assert dialog.region_edit.isVisible() and not dialog.region_box.isVisible()
    qtbot.keyClicks(dialog.name_edit, "lab-bucket")
    assert dialog.result_value() == ("lab-bucket", "us-east-1") and dialog.ok_button.isEnabled()
    dialog.region_edit.clear()
    qtbot.keyClicks(dialog.region_edit, "Us East")
    assert not dialog.ok_button.isEnabled() and "region" in dialog.problem_label.text()
    dialog.region_edit.clear()
    qtbot.keyClicks(dialog.region_edit, "garage")
    assert dialog.ok_button.isEnabled()


def test_region_slugs_are_labelled_by_city(qtbot: QtBot) -> None:
    dialog = make(qtbot, regions=["nyc3", "sgp1"], default_region="sgp1")
    labels = [dialog.region_box.itemText(i) for i in range(dialog.region_box.count())]
    assert labels == ["New York 3 (nyc3)", "Singapore 1 (sgp1)"]
    assert dialog.region() == "sgp1"


def _answer(name: str | None) -> None:
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, NewBucketDialog) and w.isVisible())
    if name is None:
        dialog.reject()
    else:
        dialog.name_edit.setText(name)
        dialog.ok_button.click()


def _ask_and_answer(qtbot: QtBot, name: str | None) -> tuple[str, str, str] | None:
    """What ask() hands to its callback when the user answers `name` (None: cancels)."""
    answers: list[tuple[str, str, str]] = []
    dialog = NewBucketDialog.ask(None, regions=SPACES_REGIONS, default_region="nyc3",
                                 on_answer=lambda *answer: answers.append(answer))
    qtbot.waitExposed(dialog)  # open() returned at once: the event loop was never blocked
    _answer(name)
    qtbot.waitUntil(lambda: not any(isinstance(w, NewBucketDialog)
                                    for w in QApplication.topLevelWidgets()))  # deleted on close
    assert len(answers) <= 1
    return answers[0] if answers else None


def test_ask_returns_name_and_region_or_none(qtbot: QtBot) -> None:
    assert _ask_and_answer(qtbot, "new-space") == ("new-space", "nyc3", "private")
    assert _ask_and_answer(qtbot, None) is None


def test_access_defaults_to_private_and_public_read_says_what_it_opens(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert dialog.acl() == "private" and not dialog.access_note.isVisible()
    dialog.access_box.setCurrentIndex(dialog.access_box.findData("public-read"))
    assert dialog.acl() == "public-read"
    assert dialog.access_note.isVisible() and "list" in dialog.access_note.text()
    chosen: list[tuple[str, str, str]] = []
    dialog.bucket_chosen.connect(lambda *answer: chosen.append(answer))
    qtbot.keyClicks(dialog.name_edit, "open-listing")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert chosen == [("open-listing", "fra1", "public-read")]
