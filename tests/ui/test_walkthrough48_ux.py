"""Walkthrough 48 (keyboard only, a fresh data folder and one with history, 960x640 and
1280x800, light and dark, typed and spoken answers through a PulseAudio virtual microphone):
what the interview page showed that had not happened, or said what the person could not do."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import CTRL, FakeMic, spoken_mode, wait_state, walk_to_follow_up


def test_the_follow_up_reading_shows_the_time_used_r48(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    """While a follow-up was read the clock said "0:00 of 8:00", and once its answer began
    "0:06 of 8:00 (first answer 0:03 + follow-up)": the question's time had gone back to nothing
    and then jumped (walkthrough 48, the case question's follow-up, 1280x800). The reading
    shows the time the answer used, as the follow-up's answer then counts on from it."""
    walk_to_follow_up(qtbot, window, held)
    page = window.interview
    shown = page.clock.text()
    assert "(first answer" in shown, shown
    held.finish()  # the follow-up has been read: its answer starts from there
    wait_state(qtbot, window, State.FOLLOW_UP)
    assert "(first answer" in page.clock.text(), page.clock.text()


def test_a_spoken_interview_s_introduction_speaks_of_a_caption_r48(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    """A spoken interview's introduction: the empty box said "Your answers go here, once the
    first question has been asked.", a box to type in, where every later empty box of a spoken
    answer says its live caption appears there (walkthrough 48, 960x640 dark, first run)."""
    FakeMic(window, heard=[])
    spoken_mode(window)
    window.start_interview(Plan(counts={"technical": 1}), True)
    wait_state(qtbot, window, State.BRIEFING)
    assert window.controller.core.interview.spoken
    shown = window.interview.answer.placeholderText()
    assert "caption" in shown and "go here" not in shown, shown
    qtbot.keyClick(window.interview, Qt.Key.Key_Return, CTRL)  # past the introduction
    wait_state(qtbot, window, State.ASKING)
    assert "caption" in window.interview.answer.placeholderText()


def test_the_follow_up_setting_does_not_promise_one_for_every_missed_point_r48(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Settings said "After an answer that leaves out a key point, the interviewer asks one
    short question about it": two answers of walkthrough 48 left out weight-3 key points and no
    follow-up came (a question has follow-ups for some of its key points: 246 of the bank's 721),
    nor does one come after an answer that reached no key point, nor a second one."""
    from PySide6.QtWidgets import QLabel

    from simulator.settings import Settings
    from simulator.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(follow_ups=True))
    qtbot.addWidget(dialog)
    said = [w.text() for w in dialog.findChildren(QLabel)]
    said = [t for t in said if "key point" in t and "interviewer" in t]
    assert said and all("may ask" in t and "one per question" in t for t in said), said
