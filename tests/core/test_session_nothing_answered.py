"""An interview ended with nothing answered (walkthrough 39): the core says so as it finishes,
so no path shows an empty scorecard. A skip is an answer (it counts as 0, and History lists it)."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session import events as ev

GOOD = "Overfitting means the network memorizes noise in the training set; regularization helps."


def test_ended_in_the_introduction_or_the_countdown_has_nothing_answered(tmp_path: Path) -> None:
    for hold_voice in (True, False):  # the introduction; the first question's countdown
        h = Harness(tmp_path / str(hold_voice), hold_voice=hold_voice, follow_ups=False)
        h.start("tech.overfit", "case.spam")
        h.session.end()
        assert h.session.state is State.SCORECARD
        (finished,) = h.of(ev.SessionFinished)
        assert finished.nothing_answered
        assert h.storage.session(finished.session_id).answers == []  # listed nowhere


def test_an_empty_box_ended_is_nothing_answered(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit")
    h.to_answering()
    h.session.end("   ")
    assert h.of(ev.SessionFinished)[0].nothing_answered


def test_an_answer_or_a_skip_is_something_answered(tmp_path: Path) -> None:
    h = Harness(tmp_path / "answer", follow_ups=False)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.end(GOOD)  # the words in the box are kept
    assert not h.of(ev.SessionFinished)[0].nothing_answered

    h = Harness(tmp_path / "skip", follow_ups=False)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.skip()
    h.session.end()
    assert not h.of(ev.SessionFinished)[0].nothing_answered
