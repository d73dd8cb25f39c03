"""An answer flagged off the question never looks like a success (walkthrough 33b): a story that
did not answer the question asked scored 74 and its score was green in the scorecard's list, the
Review and every export. The number stays the scorer's; the colour is at best amber."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from simulator.core.questions import Category, QuestionBank
from simulator.core.scorecard.answer import answer_view
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.tables import BAD, GOOD, WARN, flagged_color
from simulator.core.transcript import Transcript

STORY = (
    "In my last role our churn model's precision had dropped, so I owned the fix. I rebuilt the"
    " features, I ran a two week test and I shipped it. Precision rose from 60% to 75%."
)


@pytest.mark.parametrize("flagged", [True, False])
def test_an_off_question_story_is_not_shown_green(
    tmp_path: Path, bank: QuestionBank, flagged: bool
) -> None:
    question = next(q for q in bank.questions.values() if q.category is Category.BEHAVIORAL)
    score = score_answer(question, Transcript(STORY))
    assert score.star is not None
    star = replace(score.star, off_question=["mistake"] if flagged else [])
    score = replace(score, overall=74, star=star)
    storage = Storage(tmp_path / "sessions.sqlite3")
    sid = storage.create_session({"name": "Quick", "question_ids": [question.id]})
    storage.add_answer(sid, question.id, 0, "typed", STORY, score=score)
    (answer,) = storage.session(sid).answers
    view = answer_view(answer, question)
    storage.close()
    assert view.overall == 74  # the score itself is unchanged
    assert view.overall_color == (WARN if flagged else GOOD)


def test_a_flagged_low_score_keeps_its_own_colour() -> None:
    assert flagged_color(20, True) == BAD
    assert flagged_color(55, True) == WARN
    assert flagged_color(None, True) == flagged_color(None, False)
