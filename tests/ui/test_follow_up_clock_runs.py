"""Walkthrough report (issue 8, not confirmed): on a spoken follow-up the answer clock read
"0:00 of 3:00" in two screenshots 8 s apart while the microphone meter moved. Through the real
window: once the follow-up is being recorded, the clock counts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.test_interview_page_defects import (
    CTRL,
    DETECT,
    PARTIAL,
    FakeMic,
    _spoken_mode,
    _wait,
    held,  # noqa: F401 (fixture)
)


def test_the_clock_counts_while_a_spoken_follow_up_is_recorded(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    mic = FakeMic(window, heard=[PARTIAL, DETECT])
    mic.release_whole.set()
    _spoken_mode(window)
    window.start_interview(Plan(counts={"technical": 1}), True)
    page = window.interview
    held.finish()  # the briefing
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    _wait(qtbot, window, State.ASKING)
    held.finish()  # the question
    _wait(qtbot, window, State.ANSWERING)
    qtbot.wait(600)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    _wait(qtbot, window, State.ASKING_FOLLOW_UP)
    qtbot.wait(1200)  # the interviewer reads the follow-up: the old clock does not run on
    held.finish()
    _wait(qtbot, window, State.FOLLOW_UP)
    qtbot.wait(300)
    first = page.clock.text()
    assert first.startswith("0:00 of ")  # a new answer starts from 0:00
    qtbot.waitUntil(lambda: page.clock.text().startswith("0:02 of "), timeout=4000)
    assert page.clock.isVisible()
