"""Relations true of any question naming both ends (wrong30, covariation.GENERAL_RELATIONS): a
pack that lists no wrong claims still charges "raising the threshold increases recall" and "a
larger sample lowers the power"; the right relation, a hedged or denied one, is not charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question
from simulator.core.scoring.covariation import reversed_relations
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import one_question

PACK = """
questions:
  - id: tech.threshold-and-power-test
    category: technical
    topic: evaluation
    difficulty: 2
    prompt: How do you pick a classification threshold, and how many users does an experiment need?
    time_limit_s: 120
    key_points:
      - id: threshold
        label: The threshold trades precision against recall
        weight: 2
        phrases: [trade precision against recall, cost of errors]
      - id: power
        label: Sample size is set from the effect size, alpha and power
        weight: 2
        phrases: [sample size, minimum detectable effect, power analysis]
    model_answer: >-
      I pick the threshold from the cost of a false positive against a false negative, reading
      precision and recall along the curve on validation data. For the experiment I run a power
      analysis from the minimum detectable effect, the variance and alpha to get the sample size.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    return one_question(PACK, "threshold_power.yaml")


def _reversed(question: Question, text: str) -> list[str]:
    tokens = tokenize(text)
    return [w.said for w in reversed_relations(question, tokens, Stance(tokens))]


@pytest.mark.parametrize(
    "text",
    [
        "If you raise the threshold, recall goes up, because the model flags more cases.",
        "Raising the threshold lowers precision.",
        "Raising the decision threshold increases recall, since more cases are flagged.",
        "A larger sample reduces the power of the test.",
    ],
)
def test_a_reversed_general_relation_is_charged(question: Question, text: str) -> None:
    assert _reversed(question, text)


@pytest.mark.parametrize(
    "text",
    [
        "If you raise the threshold, recall goes down and precision usually goes up.",
        "A larger sample increases the power of the test.",
        # hedged or denied
        "Raising the threshold might lower precision on a tiny validation set.",
        "It is not true that raising the threshold increases recall.",
    ],
)
def test_the_right_or_hedged_relation_is_not_charged(question: Question, text: str) -> None:
    assert _reversed(question, text) == []
