"""Attack run of round 29: resuming a session holding an answer whose place is no place of its
plan (a damaged cell reads as -1; a hand-edited one may be negative). ``questions[-1]`` took it
as an answer to the plan's last question, under a place no question has, and the session's
wrap-up counted it."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness

from simulator.core.session.recovery import resume_point


def test_an_answer_at_no_place_of_the_plan_is_kept_but_not_resumed(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    sid = h.storage.create_session({"name": "x", "question_ids": ["tech.overfit", "case.spam"]})
    h.storage.add_answer(sid, "case.spam", -1, "typed", "a stray answer")
    record = h.storage.session(sid)
    point = resume_point(record, [h.q("tech.overfit"), h.q("case.spam")])
    assert sorted(point.ledger) == []
    assert point.index == 0 and not point.finished
    assert [a.text for a in h.storage.answers(sid)] == ["a stray answer"]  # kept as it was


def test_the_interrupted_banner_does_not_count_an_answer_at_no_place(tmp_path: Path) -> None:
    """Home's banner said 'interrupted after 2 of 2 answers' of a session with one question
    answered and a stray answer at place -1, and Resume then asked the second question."""
    from simulator.core.session.interrupted import interrupted_counts

    h = Harness(tmp_path)
    sid = h.storage.create_session({"name": "x", "question_ids": ["tech.overfit", "case.spam"]})
    h.storage.add_answer(sid, "tech.overfit", 0, "typed", "it memorizes noise")
    h.storage.add_answer(sid, "case.spam", -1, "typed", "a stray answer")
    counts = interrupted_counts(h.storage.session(sid))
    assert (counts.reached, counts.answered, counts.total) == (1, 1, 2)
