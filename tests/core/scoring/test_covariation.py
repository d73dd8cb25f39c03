"""Reversed relations (covariation.py): two quantities said to move together where the rubric
has them move apart ("as you raise the threshold, recall goes up"), or a cause said to move its
effect the other way ("boosting increases bias"). Guarded against warnings, hedges, denials and
conditions that move nothing; the right relation in other words is not charged."""

from __future__ import annotations

import pytest
from rubric_charges import charged, one_question

from simulator.core.questions import Question

PACK = """
questions:
  - id: tech.thresholds
    category: technical
    topic: evaluation
    difficulty: 2
    prompt: How do the threshold and the ensemble method change precision, recall and errors?
    time_limit_s: 120
    key_points:
      - id: threshold
        label: Precision and recall trade off as the threshold moves
        weight: 3
        phrases: [trade off, threshold moves]
      - id: boosting
        label: Boosting mainly reduces bias
        weight: 2
        phrases: [boosting]
    model_answer: >-
      As I lower the threshold, recall climbs and precision falls. More data mainly reduces
      variance. Boosting mainly reduces bias.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    return one_question(PACK, "covariation.yaml")


@pytest.mark.parametrize(
    "text",
    [
        "As you raise the threshold, recall goes up and precision goes down.",
        "With more data the variance goes up, so you need more regularization.",
        "Boosting increases bias, which is why it uses deep trees.",
    ],
)
def test_a_reversed_relation_is_charged(question: Question, text: str) -> None:
    assert charged(question, text)


@pytest.mark.parametrize(
    "text",
    [
        # right, in other words
        "Raising the threshold lowers recall and raises precision.",
        "As you raise the threshold, recall goes down and precision goes up.",
        "More data reduces variance, and boosting lowers bias.",
        # warned against, hedged, denied, or under a condition that moves nothing
        "A common mistake is to think that raising the threshold increases recall.",
        "Raising the threshold might increase recall for a badly calibrated model.",
        "Raising the threshold does not increase recall.",
        "If the trees are stumps, boosting increases bias.",
    ],
)
def test_right_warned_hedged_denied_or_conditional_is_not_charged(
    question: Question, text: str
) -> None:
    assert not charged(question, text)
