"""Defects seen in walkthrough 41 (ux41), a new user's keyboard-only walk through the real
window (fresh data folder, light and dark, 1280x800 and 960x640). Each test fails before its
fix."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import CTRL, DETECT, PARTIAL, begin_answering, wait_state
from tests.ui.waits import HANG_MS


def _bold_letters(box) -> str:  # type: ignore[no-untyped-def]
    """The letters of ``box`` drawn bold."""
    cursor, bold = QTextCursor(box.document()), []
    text = box.toPlainText()
    for n, letter in enumerate(text):
        cursor.setPosition(n + 1)  # the format of the letter before the cursor
        if cursor.charFormat().fontWeight() > QFont.Weight.Normal:
            bold.append(letter)
    return "".join(bold)


def test_the_answer_after_a_follow_up_is_not_typed_in_bold(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """After a follow-up, "Answer saved" shows both answers under bold labels; the next
    question's answer, typed into the cleared box, came out bold from its first letter (the box
    kept the bold of the label its cursor was left on)."""
    window.start_interview(Plan(counts={"technical": 1, "behavioral": 1}), False)
    page = window.interview
    wait_state(qtbot, window, State.ANSWERING)
    qtbot.keyClicks(page.answer, PARTIAL)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    wait_state(qtbot, window, State.FOLLOW_UP)
    qtbot.keyClicks(page.answer, DETECT)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    wait_state(qtbot, window, State.REVIEWING, HANG_MS)
    labels = "Your answer" + page.follow_up.text()
    assert _bold_letters(page.answer).replace("\n", "") == labels
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)  # the next question
    qtbot.waitUntil(lambda: page._number == 2, timeout=HANG_MS)
    begin_answering(qtbot, window)
    wait_state(qtbot, window, State.ANSWERING)
    qtbot.keyClicks(page.answer, "I led the migration")
    assert page.answer.toPlainText() == "I led the migration"
    assert _bold_letters(page.answer) == ""
