"""Once an answer is closed, the clock no longer says "wrap up" (issue 8, lead60).

Seen in round 60's spoken walkthrough (real window, a silent answer ended at the limit): the
clock still said "— over time, wrap up" beside "Time is up: your answer was ended at the limit".
The time the answer took stays; while the answer is open, or paused in it, the advice stays.
"""

from __future__ import annotations


def test_the_advice_leaves_with_the_answer_and_the_time_stays(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.core.interview import State
    from simulator.core.session import events as ev
    from simulator.ui.pages.interview import InterviewPage

    page = InterviewPage()
    qtbot.addWidget(page)
    page.render_event(ev.StateChanged(State.PREPARING, State.ANSWERING))
    page.set_clock(215, 210)
    assert page.answer_clock.label.text().endswith("wrap up")
    page.render_event(ev.StateChanged(State.ANSWERING, State.PAUSED))
    assert page.answer_clock.label.text().endswith("wrap up")  # paused in the answer: still open
    page.render_event(ev.StateChanged(State.PAUSED, State.ANSWERING))
    page.render_event(ev.StateChanged(State.ANSWERING, State.REVIEWING))
    assert page.answer_clock.label.text() == "3:35 of 3:30"
