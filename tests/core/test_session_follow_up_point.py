"""The session core scores a follow-up's answer toward the key point the follow-up probes, and
a re-score of the stored session does too (issues 8 and 9, case37)."""

from __future__ import annotations

from pathlib import Path

from real_bank import real_bank
from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session import events as ev

MAIN = (
    "Transfer learning reuses a model pretrained on a large dataset like ImageNet for a new task. "
    "With a small labeled dataset I would replace the last layer with a new head and train it with "
    "the rest frozen."
)
ELLIPTICAL = "With more data I would train all layers, but slowly, with a learning rate ten times lower than usual."


def _main_answered(tmp_path: Path) -> Harness:
    """A transfer-learning session whose main answer is given, its follow-up now asked."""
    h = Harness(tmp_path)
    h.bank = real_bank()
    h.start("tech.transfer-learning")
    h.to_answering()
    h.session.primary(MAIN)
    return h


def test_a_right_follow_up_answer_earns_the_point_it_probes(tmp_path: Path) -> None:
    h = _main_answered(tmp_path)
    first = h.of(ev.AnswerReviewed)[0].score
    assert not {k.id: k.credit for k in first.key_points}["fine-tuning"]
    assert h.session.state is State.FOLLOW_UP
    asked = h.of(ev.QuestionShown)[-1].follow_up
    assert asked and "fine-tune" in asked  # the follow-up probes the fine-tuning point
    h.clock.advance(1)
    h.session.primary(ELLIPTICAL)
    merged = h.of(ev.AnswerReviewed)[-1]
    assert merged.with_follow_up
    point = next(k for k in merged.score.key_points if k.id == "fine-tuning")
    assert point.credit > 0.5 and point.evidence == ELLIPTICAL
    h.session.primary()  # wrap up
    record = h.storage.session(h.session.session_id)  # type: ignore[arg-type]
    assert record.score is not None and record.score.overall == merged.score.overall


def test_a_right_follow_up_answer_lowers_no_other_point(tmp_path: Path) -> None:
    # its scenario's condition ("with more data") is not read against the main question's
    # "less labeled data" point: the question's total does not fall (follow37)
    h = _main_answered(tmp_path)
    first = h.of(ev.AnswerReviewed)[0].score
    h.clock.advance(1)
    h.session.primary(ELLIPTICAL)
    merged = h.of(ev.AnswerReviewed)[-1].score
    assert not [k.id for k in merged.key_points if k.status == "contradicted"]
    assert merged.overall >= first.overall
