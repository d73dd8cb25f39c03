"""A follow-up's preamble ("Here is a point your answer did not cover. ...") is said to the
person, it is not the follow-up: it was stored with the follow-up's text in the database, so
History, Review and every export showed it as the question asked (round 50, left open). The
follow-up as written is stored; the preamble is added only where it is spoken or shown live,
after a resume too."""

from __future__ import annotations

from pathlib import Path

from real_bank import real_bank
from session_kit import Harness

from simulator.core.interview import State
from simulator.core.scoring.follow_up_points import NOT_COVERED
from simulator.core.session import events as ev

ASKED = "Explain exactly how target encoding leaks and how out of fold encoding prevents it."
NEVER_NAMED = (
    "One hot encoding would explode into fifty thousand columns, so I would use the hashing "
    "trick into a fixed number of buckets, or learn an embedding per category."
)


def _asked_plainly(tmp_path: Path) -> Harness:
    h = Harness(tmp_path, hold_voice=True)
    h.bank = real_bank()
    h.start("tech.categorical-encoding")
    h.voice.finish()  # the introduction
    h.voice.finish()  # the question
    h.to_answering()
    h.session.primary(NEVER_NAMED)
    assert h.session.state is State.ASKING_FOLLOW_UP
    return h


def test_the_follow_up_is_stored_as_written_and_said_with_its_preamble_r51(
    tmp_path: Path,
) -> None:
    h = _asked_plainly(tmp_path)
    live = NOT_COVERED + ASKED
    assert h.of(ev.QuestionShown)[-1].follow_up == live  # shown live with it
    assert h.voice.said[-1] == live  # and said
    h.voice.finish()
    h.clock.advance(1)
    h.session.primary("It leaks the row's own label; out of fold means fix that.")
    rows = h.rows()
    assert [r.follow_up for r in rows] == [None, ASKED]  # stored as written
    h.session.primary()  # the wrap-up
    record = h.storage.session(h.session.session_id)  # type: ignore[arg-type]
    assert [a.follow_up for a in record.answers] == [None, ASKED]


def test_a_resumed_follow_up_is_noted_as_written_and_asked_with_its_preamble_r51(
    tmp_path: Path,
) -> None:
    first = _asked_plainly(tmp_path)
    record = first.storage.unfinished_session()
    assert record is not None and record.plan.follow_up_asked is not None
    assert record.plan.follow_up_asked.prompt == ASKED  # noted for a resume as written
    again = Harness(tmp_path / "again", storage=first.storage)
    again.bank = real_bank()
    again.session.resume(record, [again.q("tech.categorical-encoding")])
    assert again.of(ev.QuestionShown)[-1].follow_up == NOT_COVERED + ASKED
    assert again.voice.said[-1] == NOT_COVERED + ASKED


def _stored_with_its_preamble(tmp_path: Path) -> tuple[Harness, int]:
    """A session stored before round 51: its follow-up row holds the preamble."""
    h = Harness(tmp_path)
    h.bank = real_bank()
    sid = h.storage.create_session({"name": "Old", "question_ids": ["tech.categorical-encoding"]})
    h.storage.add_answer(sid, "tech.categorical-encoding", 0, "typed", NEVER_NAMED)
    said = "It leaks the row's own label; out of fold means fix that."
    h.storage.add_answer(
        sid, "tech.categorical-encoding", 0, "typed", said, follow_up=NOT_COVERED + ASKED
    )
    return h, sid


def test_a_row_stored_with_the_preamble_is_shown_as_written_r51(tmp_path: Path) -> None:
    """Sessions stored before round 51 hold the preamble with the follow-up: the scorecard
    (the page, Review and every export read it) shows the follow-up as written."""
    from simulator.core import export
    from simulator.core.scorecard import build_scorecard

    h, sid = _stored_with_its_preamble(tmp_path)
    card = build_scorecard(h.storage.session(sid), h.bank)
    (answer,) = card.answers
    assert [p.prompt for p in answer.parts] == ["", ASKED]
    for fmt in ("html", "md"):
        assert "did not cover" not in export.render(fmt, h.storage.session(sid), h.bank)


def test_a_row_stored_with_the_preamble_is_reviewed_as_written_r51(tmp_path: Path) -> None:
    """The Review page built its follow-ups from the raw rows: an older row showed
    "Follow-up: Here is a point your answer did not cover. ..." there."""
    from simulator.core.review import build_review

    h, sid = _stored_with_its_preamble(tmp_path)
    session = h.storage.session(sid)
    main = next(a for a in session.answers if a.follow_up is None)
    review = build_review(session, main, h.q("tech.categorical-encoding"))
    assert [f.prompt for f in review.follow_ups] == [ASKED]
