"""Pausing a spoken answer through the real window (offscreen): Ctrl+P holds the microphone,
the page says so and how to go on, the clock and the STAR timer stand still, and Ctrl+P goes on
with the same recording. The microphone and Whisper are the stand-in of the interview-page
tests; the real microphone's pause is tested in audio_input_child.py and spoken_session.py."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import FakeMic, spoken_mode, wait_state
from tests.ui.waits import HANG_MS

CTRL = Qt.KeyboardModifier.ControlModifier
STORY = (
    "Two colleagues disagreed about the feature store. My task was to unblock the launch. "
    "I met each of them and ran a benchmark. As a result we shipped two weeks early."
)


def test_a_spoken_story_pauses_says_how_to_go_on_and_resumes_the_same_recording(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    window.services.settings.follow_ups = False
    mic = FakeMic(window, heard=[STORY])
    mic.release_whole.set()
    holds: list[str] = []
    voice = window.voice_answers
    voice.pause = lambda: holds.append("pause")
    voice.resume = lambda: holds.append("resume")
    voice.stop = lambda: (holds.append("stop"), mic.stop())
    spoken_mode(window)
    window.start_interview(Plan(counts={"behavioral": 1}), False)
    page = window.interview
    wait_state(qtbot, window, State.ANSWERING)
    answer_clock = window.controller.interview.answer_clock  # type: ignore[union-attr]
    counted, since = answer_clock.elapsed(), time.monotonic()
    assert page.status.text() == "● Recording your answer"
    qtbot.wait(1100)  # a second into the story
    window.voice_answers.caption_changed.emit("Two colleagues disagreed")

    qtbot.keyClick(page, Qt.Key.Key_P, CTRL)
    assert window.controller.state is State.PAUSED and holds == ["pause"]
    assert page.status.text() == "❚❚ Paused · microphone off"
    assert page.status.styleSheet() and page.hint.styleSheet()  # amber, not the usual blue/grey
    assert page.pause_button.hasFocus()  # Enter or Space goes on
    assert "Ctrl+P (Resume)" in page.hint.text() and "microphone is off" in page.hint.text()
    assert page.pause_button.text() == "&Resume" and page.pause_button.accessibleName() == "Resume"
    assert not page.next_button.isEnabled() and not page.skip_button.isEnabled()
    # the words said just before Ctrl+P reach the caption as it pauses
    window.voice_answers.caption_changed.emit("Two colleagues disagreed about the feature store.")
    assert page.answer.toPlainText().endswith("feature store.")
    clock, star = page.clock.text(), page.star.accessibleDescription()
    stars = [p.elapsed_s for p in window.controller.core.star.phases()]  # type: ignore[union-attr]
    paused = time.monotonic()
    qtbot.wait(1500)  # ticks go on; nothing moves
    assert page.clock.text() == clock and page.star.accessibleDescription() == star
    assert [p.elapsed_s for p in window.controller.core.star.phases()] == stars  # type: ignore[union-attr]
    window.voice_answers.answer_ended.emit("4 seconds of silence")  # heard before the pause
    assert window.controller.state is State.PAUSED and "stop" not in holds

    paused = time.monotonic() - paused  # (at most the time the microphone was paused)
    qtbot.keyClick(page.pause_button, Qt.Key.Key_Return)  # Resume has the keyboard
    assert window.controller.state is State.ANSWERING and holds == ["pause", "resume"]
    assert page.status.text() == "● Recording your answer"  # not "Opening the microphone…"
    assert not page.status.styleSheet() and not page.hint.styleSheet()
    assert page.pause_button.accessibleName() == "Pause"
    assert len(mic.started) == 1  # the same recording goes on
    qtbot.waitUntil(lambda: page.clock.text() != clock, timeout=3000)
    assert page.clock.text().startswith("0:0")  # its seconds go on from where they stood
    # The 1.5 s paused not counted: the clock ran at most the time since it was first read
    # less the pause (what a loaded machine adds to the waits counts on both sides; it was
    # "under 3 s" in all, which two late waits could pass).
    counted = answer_clock.elapsed() - counted
    assert 0 < counted <= time.monotonic() - since - paused + 0.1, (counted, paused)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(page.feedback.isVisible, timeout=HANG_MS)
    (row,) = window.services.storage.answers(window.controller.session_id)
    assert row.audio_path == str(mic.started[0]) and row.text == STORY


def test_each_pause_says_what_stopped_and_how_to_go_on(window) -> None:  # type: ignore[no-untyped-def]
    """The page's words for a pause, from each state it can interrupt (Ctrl+P is enabled in
    all of them, the few seconds of transcribing included)."""
    from simulator.core.session import events as ev

    page = window.interview
    page.set_spoken(True)
    said = {}
    for state in (State.BRIEFING, State.ASKING, State.PREPARING, State.ANSWERING,
                  State.TRANSCRIBING, State.REVIEWING):  # fmt: skip
        page.render_event(ev.StateChanged(State.IDLE, state))
        assert page.pause_button.isEnabled(), state
        page.render_event(ev.StateChanged(state, State.PAUSED))
        said[state] = page.hint.text()
        assert "Ctrl+P (Resume)" in said[state] and page.pause_button.isEnabled()
    assert "microphone is off" in said[State.ANSWERING]
    assert "transcript waits" in said[State.TRANSCRIBING]
    assert "asked again" in said[State.ASKING] and "thinking time" in said[State.PREPARING]
    assert len(set(said.values())) == 6
