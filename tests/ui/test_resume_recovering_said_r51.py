"""Resuming an interview stopped mid-recording on its last question (walkthrough 50): the page
opened on "Preparing your scorecard…" over an empty question card and a box saying a live caption
appears there, while the recording cut short was repaired and transcribed: nothing said what was
happening. It says which question's recording is being transcribed and scored, and shows no
empty card or box. Hiding the empty box must not take the keyboard off the window: d0695ea5
hid the focused box, no widget had the focus, and Home, shown next, did not get it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import begin_answering, resumed_on_the_wrap_up


def test_a_recording_recovered_at_resume_is_said_not_an_empty_card_r51(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    release = resumed_on_the_wrap_up(qtbot, window)
    page = window.interview
    try:
        shown = " ".join((page.question.text(), page.hint.text(), page.notice.text()))
        assert "Question 1" in shown and "recording" in shown, shown
        assert "transcrib" in shown, shown
        assert not (page.question_scroll.isVisible() and not page.question.text().strip())
        box = page.answer
        assert not (
            box.isVisible() and not box.toPlainText() and "caption" in box.placeholderText()
        )
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.controller.state is not State.WRAP_UP, timeout=20000)


def test_hiding_the_empty_box_at_the_wrap_up_keeps_the_keyboard_on_the_page_r51(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    """The focused, empty answer box hidden at the wrap-up: the keyboard moves to the hint,
    which says what happens now, not to nowhere; the next interview's box takes it back."""
    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    page = window.interview
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.answer, timeout=10000)
    page.set_state(State.WRAP_UP)  # as an interview ended with nothing typed reaches it
    assert not page.answer.isVisible()
    focus = QApplication.focusWidget()
    assert focus is page.hint and focus.isVisible(), focus
    page.set_state(State.ANSWERING)
    assert page.answer.isVisible() and QApplication.focusWidget() is page.answer
    assert not page.hint.focusPolicy() & Qt.FocusPolicy.TabFocus  # no extra Tab stop
