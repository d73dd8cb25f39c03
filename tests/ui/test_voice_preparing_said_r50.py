"""The status pill while the interviewer's voice renders (walkthrough 50, a busy machine): "▶
Interviewer is speaking" showed from the moment a question was sent to the voice, seconds before
any sound, silent under that label. It says the voice is being prepared until its sound plays
(``InterviewerVoice.sound_started``), then that the interviewer is speaking."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import CTRL, sound_starts, wait_state


def test_the_voice_is_said_to_be_prepared_until_it_is_heard_r50(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    window.start_interview(Plan(counts={"technical": 1}), True)
    page = window.interview
    held.finish()  # the briefing, not heard (no audio output)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    wait_state(qtbot, window, State.ASKING)
    qtbot.waitUntil(lambda: len(held.texts) >= 2)  # the question is being rendered
    assert page.status.text() == "▶ Preparing the interviewer's voice…"
    assert "speaking" not in page.status.text()
    sound_starts(window)
    assert page.status.text() == "▶ Interviewer is speaking"
    held.finish()
    wait_state(qtbot, window, State.ANSWERING)
    assert "Interviewer" not in page.status.text()
    sound_starts(window)  # a late report: the voice has ended
    assert "Interviewer" not in page.status.text()
