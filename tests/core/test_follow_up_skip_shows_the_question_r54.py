"""Walkthrough 54 (typed Quick practice, 960x640): a partial answer on batch normalization was
followed up; the line under it read "First answer: 64/100 · covered 2 of 4 key points · what it
missed is listed once the follow-up is answered". Ctrl+K skipped the follow-up and the next
question was on screen at once: what the answer missed was never listed, and the question was
never offered a rating. A follow-up passed over leaves an answered question: its line is shown
whole (the score it keeps, what it missed) and Ctrl+Enter goes on, as after an answered one."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session import events as ev

PARTIAL = "Overfitting is when it memorizes noise in the data."


def _follow_up_asked(h: Harness, *ids: str) -> None:
    h.start(*ids)
    h.to_answering()
    h.session.primary(PARTIAL)
    assert h.session.state is State.FOLLOW_UP


def test_a_skipped_follow_up_shows_its_question_s_score_before_the_next_question_r54(
    tmp_path: Path,
) -> None:
    h = Harness(tmp_path)
    _follow_up_asked(h, "tech.overfit", "case.spam")
    first = h.of(ev.AnswerReviewed)[-1].score
    reviewed = len(h.of(ev.AnswerReviewed))
    h.session.skip()
    assert h.session.state is State.REVIEWING  # not the next question yet
    last = h.of(ev.AnswerReviewed)[-1]
    assert len(h.of(ev.AnswerReviewed)) == reviewed + 1
    assert (last.number, last.score.overall, last.with_follow_up) == (1, first.overall, False)
    assert not h.of(ev.AnswerSkipped)  # the question was answered: not said as skipped
    h.session.primary("")  # Ctrl+Enter: the next question
    assert h.session.state in (State.ASKING, State.PREPARING)
    assert h.of(ev.QuestionShown)[-1].number == 2


def test_a_skipped_follow_up_on_the_last_question_then_opens_the_scorecard_r54(
    tmp_path: Path,
) -> None:
    h = Harness(tmp_path)
    _follow_up_asked(h, "tech.overfit")
    h.session.skip()
    assert h.session.state is State.REVIEWING
    h.session.primary("")
    assert h.session.state is State.SCORECARD
    record = h.storage.session(h.session.session_id)  # type: ignore[arg-type]
    assert record is not None
    assert [(a.follow_up is not None, a.mode) for a in record.answers] == [
        (False, "typed"),
        (True, "skipped"),
    ]


def test_a_follow_up_with_no_answer_is_said_as_skipped_or_with_no_words_r54(
    tmp_path: Path,
) -> None:
    """The page says it in the scorecard's words (ux54): the core tells which."""
    h = Harness(tmp_path)
    _follow_up_asked(h, "tech.overfit", "case.spam")
    h.session.skip()
    assert h.of(ev.FollowUpPassed) == [ev.FollowUpPassed(1, True)]
