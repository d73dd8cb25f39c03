"""A verb whose complement did not happen ("fails to renew") says what a negation says ("does
not renew"): the two agree, so the answer contradicts nothing (claims.py, _lacking)."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import one_question

PACK = """
questions:
  - id: case.churn
    category: case
    topic: churn
    difficulty: 2
    prompt: How would you predict which subscribers will cancel next month?
    time_limit_s: 120
    key_points:
      - id: definition
        label: A precise churn definition with a prediction window
        weight: 2
        phrases: [define churn, within thirty days]
      - id: features
        label: Engagement features such as watch time and failed payments
        weight: 2
        phrases: [watch time, failed payments]
    model_answer: >-
      First I'd define churn precisely, for example a subscriber who cancels or fails to renew
      within the next thirty days. Then I'd build features such as watch time and failed
      payments from the months before.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    return one_question(PACK, "churn.yaml")


def _status(question: Question, text: str) -> str:
    score = score_answer(question, Transcript(text))
    return {kp.id: kp.status for kp in score.key_points}["definition"]


@pytest.mark.parametrize(
    "text",
    [
        "I'd start by defining churn precisely, say a subscriber who cancels or doesn't renew "
        "within the next thirty days.",
        "To define churn, I'd take a subscriber who does not renew within thirty days.",
    ],
)
def test_not_renewing_agrees_with_failing_to_renew(question: Question, text: str) -> None:
    assert _status(question, text) == "explained"


def test_a_clause_that_denies_the_point_is_still_contradicted(question: Question) -> None:
    text = "You don't need to define churn within thirty days or any window at all."
    assert _status(question, text) == "contradicted"
