"""The status line after an answer with no score was transcribed again (attack run 49, real
window: an imported spoken answer never scored, Review, Ctrl+Shift+T): it read "Answer 1
transcribed again with tiny.en: score None → 0; session 42 → 0.", Python's None for the
score the pages show as "–"."""

from __future__ import annotations

from simulator.core.rescore import RescoreResult, RetranscribeResult
from simulator.ui.review_jobs import _rescored, _retranscribed


def test_no_score_reads_as_the_pages_dash_hard49() -> None:
    result = RetranscribeResult(1, 1, "tiny.en", "", None, 0, 42, 0)
    assert _retranscribed(result) == (
        "Answer 1 transcribed again with tiny.en: score – → 0; session 42 → 0."
    )
    gone = RetranscribeResult(1, 2, "base.en", "x", 55, None, None, None)
    assert _retranscribed(gone) == "Answer 2 transcribed again with base.en: score 55 → –."
    unscored = RetranscribeResult(1, 3, "tiny.en", "x", None, None, None, None)
    assert _retranscribed(unscored) == (
        "Answer 3 transcribed again with tiny.en: score unchanged (–)."
    )
    session = RescoreResult(answers=2, changed=1, before=None, after=61)
    assert _rescored(session) == "Re-scored 2 answers, 1 changed, overall – → 61."
