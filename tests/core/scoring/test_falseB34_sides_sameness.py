"""Correct answers charged as wrong (issue 9, falseB34).

named_sides.py: a quantifier or degree word before its own noun ("few positives") is said of that
noun, not of a name; the words of a clause whose subject is neither name ("you predict few
positives, so recall ...") are said of neither. sameness.py: a sameness the accepted view itself
states (a key point's label or phrase, the model answer), or one said under a condition the
accepted view states, is not charged; a false sameness of two alternatives still is."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, QuestionBank
from simulator.core.scoring.content import score_content
from simulator.core.scoring.named_sides import crossed
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import one_question

THRESHOLD = """
questions:
  - id: tech.fb34-threshold-test
    category: technical
    topic: evaluation
    difficulty: 2
    prompt: How do precision and recall change as you move the decision threshold?
    time_limit_s: 120
    key_points:
      - id: precision-high
        label: A high threshold gives high precision, since the model makes few false positive calls
        weight: 3
        phrases: [few false positive calls, high threshold]
      - id: recall-low
        label: Recall tends to drop as the threshold rises, because more real positives are missed
        weight: 3
        phrases: [recall tends to drop, real positives are missed]
    model_answer: >-
      A high-threshold model is strict: Precision is high because the model makes few false
      positive calls. Recall tends to drop as the threshold rises, because more real positives
      are missed.
"""

SHRINKAGE = """
questions:
  - id: tech.fb34-shrinkage-test
    category: technical
    topic: regression
    difficulty: 2
    prompt: What is the difference between lasso and ordinary least squares?
    time_limit_s: 120
    key_points:
      - id: sparsity
        label: Lasso adds an L1 penalty that sets some coefficients exactly to zero
        weight: 3
        phrases: [l1 penalty, exactly zero]
      - id: zero-penalty
        label: With no penalty, lasso is the same as ordinary least squares
        weight: 2
        phrases: [no penalty, same as ordinary least squares]
    model_answer: >-
      Ordinary least squares minimizes the squared error alone. Lasso adds an L1 penalty on the
      absolute coefficients, which sets some of them exactly to zero, so it also selects features.
      With no penalty, lasso is the same as ordinary least squares.
"""


@pytest.fixture(scope="module")
def threshold() -> Question:
    return one_question(THRESHOLD, "fb34_threshold.yaml")


@pytest.fixture(scope="module")
def shrinkage() -> Question:
    return one_question(SHRINKAGE, "fb34_shrinkage.yaml")


def _crossed(question: Question, text: str) -> dict[int, tuple[str, str]]:
    tokens = tokenize(text)
    return crossed(question, tokens, Stance(tokens))


def test_a_quantifier_before_its_own_noun_is_no_property_of_a_name(threshold: Question) -> None:
    text = (
        "At a very high threshold you predict few positives, so recall is low and precision "
        "tends to be high."
    )
    assert _crossed(threshold, text) == {}


def test_a_real_swap_of_the_two_names_stays_charged(threshold: Question) -> None:
    text = (
        "Recall is high because the model is strict and makes few false positive calls. "
        "Precision tends to drop as the threshold rises, because real positives are missed."
    )
    assert _crossed(threshold, text)


def _sameness(question: Question, text: str) -> list[str]:
    result = score_content(question, tokenize(text))
    return [m.phrase for m in result.misconceptions]


def test_a_sameness_under_the_condition_the_rubric_states_is_not_charged(
    shrinkage: Question,
) -> None:
    text = (
        "Lasso adds an L1 penalty that sets some coefficients exactly to zero. For a penalty of "
        "zero, lasso and ordinary least squares are identical."
    )
    assert _sameness(shrinkage, text) == []


def test_an_unconditional_sameness_stays_charged(shrinkage: Question) -> None:
    text = "Lasso and ordinary least squares are the same thing; the penalty changes nothing."
    assert _sameness(shrinkage, text)


MICRO = (
    "Macro averaging computes precision, recall and F1 per class and takes the plain mean. "
    "Micro averaging pools the counts across classes; for single-label multiclass problems, "
    "micro-averaged precision, recall and F1 are all identical to accuracy."
)


def test_a_sameness_the_accepted_view_states_is_not_charged(bank: QuestionBank) -> None:
    question = bank.questions["tech.multiclass-averaging"]
    assert _sameness(question, MICRO) == []


def test_a_false_sameness_of_the_other_alternative_stays_charged(bank: QuestionBank) -> None:
    question = bank.questions["tech.multiclass-averaging"]
    text = "For single-label problems, macro F1 and micro F1 are identical."
    assert _sameness(question, text)


def test_a_sameness_under_another_condition_stays_charged(shrinkage: Question) -> None:
    text = "For small data sets, lasso and ordinary least squares are identical."
    assert _sameness(shrinkage, text)
