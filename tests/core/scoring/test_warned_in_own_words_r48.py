"""A mistake the answer warned against is named in the person's words (quote48, issue 9).

"Well spotted: you warned against “flat pdp means no effect”." put the rubric's wording of the
mistake in quotes after "you warned against", as if the person had said it, of "A common mistake
is to think a flat PDP means the feature has no effect." (dev_blind: 7 such tips, each quoting a
phrase the answer never said). The tip quotes the clause of their sentence that names the
mistake, verbatim, as "you said" does for a contradicted point (claim_words.py); a tip stored in
the old form is shown in the new one where the answer's warned sentence is stored with it."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scorecard.answer import answer_view
from simulator.core.scoring import score_answer
from simulator.core.storage_records import AnswerRecord
from simulator.core.transcript import Transcript

WARNINGS = [
    ("tech.partial-dependence", "A common mistake is to think a flat PDP means the feature has no effect."),
    ("tech.cnn-layer-arithmetic", "People often believe the parameter count grows with the input image size, but it does not."),
    ("tech.data-concept-drift", "It is a myth that any drift alarm means the model is broken and must be retrained."),
    ("case.demand-forecasting", "A common mistake is to think historical sales equal historical demand."),
    ("case.fraud-detection", "People think a random split of transactions is fine, but it leaks future fraud patterns."),
]  # fmt: skip
QUOTED = re.compile(r"“([^”]*)”")


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


@pytest.mark.parametrize(("qid", "text"), WARNINGS)
def test_the_warned_mistake_is_quoted_in_the_persons_words_r48(
    bank: QuestionBank, qid: str, text: str
) -> None:
    score = score_answer(bank.get(qid), Transcript(text))
    assert score.warned_against and not score.misconceptions
    (tip,) = [t for t in score.feedback if t.startswith("Well spotted")]
    quoted = QUOTED.findall(tip)
    assert quoted, tip
    # every word in quotes is the person's own, verbatim
    assert all(_plain(q) in _plain(text) for q in quoted), tip


def test_a_warned_tip_stored_before_is_shown_in_the_persons_words_r48(bank: QuestionBank) -> None:
    qid, text = WARNINGS[0]
    question = bank.get(qid)
    score = score_answer(question, Transcript(text))
    (hit,) = score.warned_against
    old = f"Well spotted: you warned against “{hit.phrase}”."
    stored = replace(
        score, feedback=[old if t.startswith("Well spotted") else t for t in score.feedback]
    )
    record = AnswerRecord(1, 1, question.id, 0, "typed", text, score=stored, overall=score.overall)
    (tip,) = [t for t in answer_view(record, question).feedback if t.startswith("Well spotted")]
    assert tip == next(t for t in score.feedback if t.startswith("Well spotted")), tip
