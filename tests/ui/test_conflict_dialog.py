"""The conflict question on its own: stepping, apply to all, skip identical, the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from spacesgui.s3.transfer.conflicts import Answer, Conflict, Side
from spacesgui.ui.dialogs.conflicts import ConflictDialog


def conflict(name: str, *, identical: bool = False, partial: bool = False) -> Conflict:
    return Conflict(0, "download", f"/tmp/d/{name}", f"k/{name}", Side(10, 1.0e9, "e"),
                    None if partial else Side(12, 1.1e9), alternative=f"/tmp/d/2-{name}",
                    resumable=partial, identical=identical)


def test_apply_to_all_answers_only_where_the_answer_fits(qtbot: QtBot) -> None:
    dialog = ConflictDialog([conflict("a"), conflict("p", partial=True), conflict("b")])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.apply_all_box.text() == "&Apply to all (2 more)"
    dialog.apply_all_box.click()
    with qtbot.waitSignal(dialog.answered) as answered:
        dialog.keep_both_button.click()     # a and b; the partial one has nothing to keep
        assert dialog.old_name.text() == "/tmp/d/p"
        assert dialog.resume_button.isVisible() and not dialog.keep_both_button.isVisible()
        assert not dialog.apply_all_box.isVisible()
        dialog.resume_button.click()
    assert answered.args[0] == [Answer.KEEP_BOTH, Answer.RESUME, Answer.KEEP_BOTH]


def test_skip_identical_then_enter_skips(qtbot: QtBot) -> None:
    dialog = ConflictDialog([conflict("a"), conflict("same", identical=True), conflict("b")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.skip_identical_button.isVisible()
    dialog.skip_identical_button.click()
    assert not dialog.skip_identical_button.isVisible()
    assert dialog.progress_label.text() == "Conflict 1 of 3"
    with qtbot.waitSignal(dialog.answered) as answered:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)     # the default answer loses nothing
        assert dialog.progress_label.text() == "Conflict 3 of 3"
        dialog.replace_button.click()
    assert answered.args[0] == [Answer.SKIP, Answer.SKIP, Answer.REPLACE]


def test_escape_answers_nothing(qtbot: QtBot) -> None:
    dialog = ConflictDialog([conflict("a")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.answers() == [None]
