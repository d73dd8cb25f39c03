"""Skipping a question with words in its answer (typed, or said: its live caption): ask first,
keeping the answer as the keyboard's default.

Ctrl+K (one key from Ctrl+L and Ctrl+J) with an answer typed went to the next question at
once: the words were gone and the question was stored as skipped, counted 0 (walkthrough 30).
Enter or Esc in the question keeps answering; only Alt+K (or Tab to Skip) skips.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from simulator.core.interview import State
from simulator.core.transcript import is_answer, unreadable
from simulator.ui.held import interview_held
from simulator.ui.modal import keyboard_back, stay_or_leave
from simulator.ui.widgets.common import counted

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow


def skip_allowed(window: MainWindow) -> bool:
    """True when no typed words would be lost, or the person chose to skip them."""
    controller = window.existing_controller
    if controller is None:
        return True
    state = controller.underlying_state  # typed, then paused: the words are there
    text = window.interview.answer.toPlainText()  # typed, or the live caption of a spoken one
    if state not in (State.ANSWERING, State.FOLLOW_UP) or not is_answer(text):
        return True
    follow_up = state is State.FOLLOW_UP
    words = len(text.split())
    given = "said" if controller.spoken else "typed"
    box = QMessageBox(window)
    box.setObjectName("skipTypedBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Skip the follow-up?" if follow_up else "Skip this question?")
    # a run too long to be words was "1 words so far" (attack run 34): say what it is
    amount = unreadable(text) or f"{counted(words, 'word')} so far"
    what = f"What you have {given} ({amount}) is not scored"
    box.setText(f"Skip the follow-up? {what}." if follow_up else f"Skip this question? {what}.")
    box.setInformativeText(
        "Your first answer to the question stays as it is. To keep this one, submit it with "
        "Ctrl+Enter."
        if follow_up
        else "The question counts as skipped (0). To keep the answer, submit it with Ctrl+Enter."
    )
    # Alt+K skips, as on the page's Skip button; staying takes Alt+A
    _, skip = stay_or_leave(box, ("Keep &answering", "skipStay"), ("S&kip", "skipLeave"))
    with keyboard_back(window), interview_held(window):
        box.exec()
    return box.clickedButton() is skip
