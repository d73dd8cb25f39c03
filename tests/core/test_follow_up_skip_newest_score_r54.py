"""A follow-up skipped shows its question's line again with the score it keeps (ux54). While a
newer scoring of the question was on its way (a spoken answer's whole recording transcribed
again and scored with it, ``Work.refine``), the line showed the older score held until then as
the review's, and the newer one replaced it a moment later. Now it waits for the newest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session import events as ev

PARTIAL = "Overfitting is when it memorizes noise in the data."


def test_a_skipped_follow_up_waits_for_the_newest_score_r54(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.primary(PARTIAL)
    assert h.session.state is State.FOLLOW_UP
    entry = h.session.ledger[0]
    older = entry.score
    assert older is not None
    held: list[Any] = []
    run_at_once = h.executor.submit
    h.executor.submit = lambda fn, on_done=None, on_error=None, *, lane="compute": held.append(  # type: ignore[method-assign]
        (fn, on_done)
    )
    h.session._work.score(entry)  # a newer scoring on its way, as a refined transcript's
    reviewed = len(h.of(ev.AnswerReviewed))
    h.session.skip()
    assert h.session.state is State.REVIEWING
    assert len(h.of(ev.AnswerReviewed)) == reviewed, "the older score was shown as the review's"
    h.executor.submit = run_at_once  # type: ignore[method-assign]
    (fn, on_done), *_ = held
    on_done(fn())
    newest = h.of(ev.AnswerReviewed)[-1]
    assert len(h.of(ev.AnswerReviewed)) == reviewed + 1
    assert newest.score is entry.score and newest.score is not older
