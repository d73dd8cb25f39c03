"""The borrowed claims are made anew when a question is edited in any field they are made from
(review of 1cefce29..main, finding 4).

bank_claims._borrowing kept its borrowed claims keyed by the question's id, model answer and
key-point labels only; _made_borrowing also reads the prompt, the key points' phrases and
contradicted_by, and the question's own misconceptions (a claim the asked rubric lists itself is
left to its own checks). A pack edited in those fields and reloaded kept the old claims.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import Misconception, Question, load_packs
from simulator.core.scoring import bank_claims

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def question() -> Question:
    return load_packs([REPO / "questions"]).get("tech.bagging-vs-boosting")


def _borrowed(question: Question) -> set[str]:
    made = bank_claims._borrowing(question)
    return {m.phrases[0] for m in made.misconceptions} if made else set()


def test_a_claim_the_edited_question_lists_itself_is_no_longer_borrowed_r50(
    question: Question,
) -> None:
    claim = sorted(_borrowed(question))[0]
    own = Misconception(phrases=[claim], correction="Listed by the question itself.")
    edited = question.model_copy(update={"misconceptions": [*question.misconceptions, own]})
    assert claim not in _borrowed(edited)


def test_a_claim_the_edited_key_point_contradicts_is_no_longer_borrowed_r50(
    question: Question,
) -> None:
    claim = sorted(_borrowed(question))[1]
    first = question.key_points[0]
    kp = first.model_copy(update={"contradicted_by": [*first.contradicted_by, claim]})
    edited = question.model_copy(update={"key_points": [kp, *question.key_points[1:]]})
    assert claim not in _borrowed(edited)
