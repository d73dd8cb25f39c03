"""What ending the interview now would keep, as the end box says it (ux36): the questions left
with no answer, the one on screen included while it has none, and whether an answer under way
is kept. The box counted only the questions not shown yet ("5 questions not asked yet" in the
introduction of 6), and said "the answer under way is kept" with nothing typed."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness

from simulator.core.interview import State

GOOD = (
    "Overfitting means the network memorizes noise in the training set. I compare training and "
    "validation error on a held-out set, and use regularization or early stopping."
)


def test_the_introduction_leaves_every_question_out(tmp_path: Path) -> None:
    h = Harness(tmp_path, hold_voice=True, follow_ups=False)
    h.start("tech.overfit", "case.spam", "beh.conflict")
    assert h.session.state is State.BRIEFING
    assert h.session.kept_if_ended() == (3, False)


def test_the_question_on_screen_counts_until_it_has_an_answer(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam", "beh.conflict")
    s = h.session
    assert s.state is State.PREPARING
    assert s.kept_if_ended() == (3, False)
    h.to_answering()
    assert s.kept_if_ended("") == (3, False)  # nothing typed: end keeps nothing of it
    assert s.kept_if_ended("   ") == (3, False)
    assert s.kept_if_ended(GOOD) == (2, True)  # end submits it
    s.toggle_pause()
    assert s.kept_if_ended(GOOD) == (2, True)  # paused as it was typed: still kept
    s.toggle_pause()
    s.primary(GOOD)
    assert s.state is State.REVIEWING
    assert s.kept_if_ended() == (2, False)
    s.primary()  # the next question, thinking
    assert s.kept_if_ended() == (2, False)
    h.to_answering()
    s.skip()  # a skip is kept (it counts as 0)
    assert s.kept_if_ended() == (1, False)


def test_an_ended_interview_leaves_out_what_it_said(tmp_path: Path) -> None:
    """The count given before the end is the one the stored session then shows."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam", "beh.conflict")
    s = h.session
    h.to_answering()
    s.primary(GOOD)
    s.primary()  # question 2, thinking
    left_out, _ = s.kept_if_ended()
    s.end()
    assert s.state is State.SCORECARD
    record = h.storage.session(s.session_id)  # type: ignore[arg-type]
    assert left_out == len(record.plan.question_ids) - len(record.answers) == 2
