"""Walkthrough 54 (960x640, dark): Ctrl+K on a typed follow-up now keeps its question on screen
with its line whole (31e0fef0); the box under it read "Follow-up: ... (no answer)" where the
scorecard, Review and every export say "(Skipped: the question is scored on your first answer
alone.)". The page says it in the same words."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.interview import State
from tests.ui.stand_ins import CTRL, type_to_follow_up, wait_state


def test_a_skipped_follow_up_is_said_on_the_page_as_on_the_scorecard_r54(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    page = type_to_follow_up(qtbot, window)
    qtbot.keyClick(page.answer, Qt.Key.Key_K, CTRL)
    wait_state(qtbot, window, State.REVIEWING)
    shown = page.answer.toPlainText()
    said = "(Skipped: the question is scored on your first answer alone.)"  # the scorecard's
    assert said in shown, shown
    assert "(no answer)" not in shown
