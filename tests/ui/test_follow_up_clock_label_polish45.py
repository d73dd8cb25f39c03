"""The clock of a follow-up's answer says it shares the question's time (walkthrough 45): it
went on from 0:00 of the whole limit while the scorecard added both parts against it."""

from __future__ import annotations


def test_the_follow_ups_clock_says_what_the_answer_used(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.interview_meters import AnswerClock

    clock = AnswerClock()
    qtbot.addWidget(clock.label)
    qtbot.addWidget(clock.bar)
    clock.show(27, 210)
    assert clock.label.text() == "0:27 of 3:30"  # the answer itself: as before
    clock.show(39, 210, 27)
    assert clock.label.text() == "0:39 of 3:30 (first answer 0:27 + follow-up)"
    assert clock.bar.value() == 39 * 1000 // 210
    clock.show(215, 210, 200)
    assert clock.label.text().endswith("(first answer 3:20 + follow-up)  — over time, wrap up")
