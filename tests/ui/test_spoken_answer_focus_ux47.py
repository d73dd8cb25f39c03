"""A spoken follow-up's answer (walkthrough 47, virtual microphone, 1280x800): the keyboard stayed
on the primary button, which had said "Next question" and now said "Submit answer", so Enter or
Space ended the recording; the first answer had it on its live caption, where Enter does
nothing. Every spoken answer now has the keyboard on its caption."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from simulator.core.interview import State
from tests.ui.stand_ins import wait_state, walk_to_follow_up


def test_a_spoken_follow_up_has_the_keyboard_on_its_caption(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    walk_to_follow_up(qtbot, window, held)
    page = window.interview
    held.finish()  # the follow-up has been read: its recording starts
    wait_state(qtbot, window, State.FOLLOW_UP)
    assert QApplication.focusWidget() is page.answer
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space):  # a key in passing ends nothing
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.wait(300)
    assert window.controller.state is State.FOLLOW_UP
