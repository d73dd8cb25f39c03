"""A follow-up's answer shares its question's time limit, on the clock as on the scorecard
(walkthrough 45): its clock started again at 0:00 of the whole limit while the scorecard and
the time score add both parts against that one limit ("39 s of 210 s"). The clock now goes on
from the answer's time and says how much of it the answer used; a spoken follow-up ends at the
question's limit, but never before it had ``FOLLOW_UP_LEAST_S`` to be answered."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_kit import Harness, spoken

from simulator.core.interview import State
from simulator.core.session import events as ev
from simulator.core.session.engine import FOLLOW_UP_LEAST_S

PARTIAL = "Overfitting is when it memorizes noise in the data."


def test_a_typed_follow_ups_clock_goes_on_from_the_answers_time(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    h.start("tech.overfit")
    h.to_answering()  # 1 s into the answer
    h.clock.advance(19)
    h.session.primary(PARTIAL)
    assert h.session.state is State.FOLLOW_UP
    h.clock.advance(7)
    h.session.tick()
    tick = h.of(ev.AnswerTicked)[-1]
    assert tick.earlier == pytest.approx(20)
    assert tick.elapsed == pytest.approx(27)  # before: 7, of the whole limit again
    assert tick.limit == h.q("tech.overfit").time_limit_s


def test_a_spoken_follow_up_ends_at_the_questions_limit(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    h.start("tech.overfit", spoken=True)  # 60 s
    h.to_answering()
    h.session.primary()
    h.session.transcribed(spoken(PARTIAL, duration=10))
    assert h.session.state is State.FOLLOW_UP
    h.clock.advance(49)
    h.session.tick()
    assert h.session.state is State.FOLLOW_UP and h.of(ev.AnswerTicked)[
        -1
    ].elapsed == pytest.approx(59)
    h.clock.advance(1.5)
    h.session.tick()
    assert h.session.state is State.TRANSCRIBING  # before: at 60 s of the follow-up alone
    assert "Time is up" in h.notices()[-1]


def test_a_follow_up_asked_at_the_limit_still_gets_its_least_time(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    h.session.primary()
    h.session.transcribed(spoken(PARTIAL, duration=60))  # the answer used all the time
    assert h.session.state is State.FOLLOW_UP
    h.clock.advance(FOLLOW_UP_LEAST_S - 5)
    h.session.tick()
    assert h.session.state is State.FOLLOW_UP  # not cut before a word
    h.clock.advance(6)
    h.session.tick()
    assert h.session.state is State.TRANSCRIBING
