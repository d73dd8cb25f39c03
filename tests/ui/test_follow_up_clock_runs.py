"""Walkthrough report (issue 8, not confirmed): on a spoken follow-up the answer clock read
"0:00 of 3:00" in two screenshots 8 s apart while the microphone meter moved. Through the real
window: once the follow-up is being recorded, the clock counts."""

from __future__ import annotations

from simulator.core.interview import State
from tests.ui.stand_ins import wait_state, walk_to_follow_up


def test_the_clock_counts_while_a_spoken_follow_up_is_recorded(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    walk_to_follow_up(qtbot, window, held)
    page = window.interview
    qtbot.wait(1200)  # the interviewer reads the follow-up: the old clock does not run on
    held.finish()
    wait_state(qtbot, window, State.FOLLOW_UP)
    qtbot.wait(300)
    first = page.clock.text()
    assert first.startswith("0:00 of ")  # a new answer starts from 0:00
    qtbot.waitUntil(lambda: page.clock.text().startswith("0:02 of "), timeout=4000)
    assert page.clock.isVisible()
