"""A score changed by the whole recording after the interview's last answer is still said
(issue 8, voice61).

Round 61's spoken walkthrough ended the interview early (Ctrl+E) mid-answer: the page said
"34/100 · covered 2 of 5 key points", the scorecard opened by itself a moment later with 31 and
one key point covered, and nothing said why. The whole recording had been transcribed again and
the answer scored again (``ScoreRevised``), but its notice went to the interview page as it was
left for the scorecard. Said in the window's status line, it is read on the scorecard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import CTRL, GOOD, FakeMic, spoken_mode, wait_state
from tests.ui.waits import HANG_MS


def test_a_score_revised_as_the_scorecard_opens_is_said_on_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.services.settings.follow_ups = False
    mic = FakeMic(window, heard=["overfitting memorizes noise"], whole=GOOD)
    spoken_mode(window)
    window.start_interview(Plan(counts={"technical": 1}), False)
    page = window.interview
    wait_state(qtbot, window, State.ANSWERING)
    qtbot.wait(600)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(page.feedback.isVisible, timeout=HANG_MS)  # the quick transcript's score
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # the last question: on to the scorecard
    qtbot.waitUntil(
        lambda: window.controller.state in (State.WRAP_UP, State.SCORECARD), timeout=HANG_MS
    )
    mic.release_whole.set()  # the whole recording's transcript comes now
    wait_state(qtbot, window, State.SCORECARD, timeout=30_000)
    qtbot.waitUntil(lambda: "score updated" in window.statusBar().currentMessage(), timeout=20_000)
    said = window.statusBar().currentMessage()
    assert said.startswith("Question 1: score updated ") and "transcribed again" in said
    new = int(said.split(" → ")[1].split(" ")[0])
    sid = window.controller.session_id
    qtbot.waitUntil(lambda: window.services.storage.answers(sid)[0].overall == new)
