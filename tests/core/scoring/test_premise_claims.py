"""A wrong practice supposed in an opening "if" shows its consequence and is not advised, but a
consequence that approves of it ("..., it works fine", "..., nothing bad happens") makes the
premise the speaker's claim after all (issue 9, rubric_claims._premise)."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.shuffling
    category: technical
    topic: training
    difficulty: 2
    prompt: Why do we shuffle the training data between epochs?
    time_limit_s: 90
    key_points:
      - id: order
        label: A fixed order biases the updates towards the last examples
        weight: 2
        phrases: [fixed order]
        contradicted_by: ["keep the rows sorted by label"]
      - id: noise
        label: Shuffled mini-batches give unbiased gradient estimates
        weight: 2
        phrases: [unbiased gradient]
    model_answer: >-
      A fixed order biases the updates towards the last examples seen, and if the rows are
      sorted by label each batch holds one class. Shuffling makes every mini-batch an unbiased
      gradient estimate of the whole data.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "premise.yaml")
    assert not problems
    return questions[0]


def _contradicted(question: Question, text: str) -> list[str]:
    score = score_answer(question, Transcript(text))
    return [k.id for k in score.key_points if k.contradiction]


@pytest.mark.parametrize(
    "text",
    [
        "If you keep the rows sorted by label, training works fine.",
        "If you keep the rows sorted by label, nothing bad happens, the model sees every class.",
        "When you keep the rows sorted by label, that is okay because the epoch covers them all.",
    ],
)
def test_a_premise_with_an_approving_consequence_is_claimed(question: Question, text: str) -> None:
    assert _contradicted(question, text) == ["order"]


@pytest.mark.parametrize(
    "text",
    [
        "If you keep the rows sorted by label, each batch holds one class and training drifts.",
        "If you keep the rows sorted by label, training does not work well at all.",
        "If you keep the rows sorted by label, the model never works on the other classes.",
    ],
)
def test_a_premise_whose_consequence_shows_the_harm_is_not_claimed(
    question: Question, text: str
) -> None:
    assert _contradicted(question, text) == []
