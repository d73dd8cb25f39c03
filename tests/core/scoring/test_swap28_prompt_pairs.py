"""The two sides a prompt names are a pair an answer can swap (swap28, issue 9): a property the
model answer and a key point give one side, said of the other side with the same relation,
contradicts the point; correct near-twins (the other side doing something else with it, both
sides with their own properties, comparisons, hedges and warnings) are left alone."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring.prompt_pairs import TRAINING_INFERENCE, prompt_pairs
from tests.core.scoring.rubric_charges import contradictions


def test_prompt_names_its_two_sides() -> None:
    assert prompt_pairs("What is the difference between classification and regression?") == (
        (("classification",), ("regression",)),
    )
    assert prompt_pairs("Why does it behave differently at training and inference time?") == (
        TRAINING_INFERENCE,
    )
    # a head noun only the second side carries is no part of what tells them apart
    assert prompt_pairs("What is the difference between online and batch learning?") == (
        (("online",), ("batch",)),
    )
    # pairs the fixed list already has are left to it; a prompt naming no two sides has none
    assert prompt_pairs("What is the difference between bagging and boosting?") == ()
    assert prompt_pairs("How does a recurrent neural network process a sequence?") == ()


@pytest.mark.parametrize(
    "text",
    [
        "At training time it uses the running averages.",
        "Batch norm subtracts the mean and divides by the standard deviation, then applies a"
        " learnable scale and shift. During training it uses running averages of the statistics,"
        " and at inference it uses the statistics of whatever batch comes in.",
    ],
)
def test_training_inference_swap_is_caught(bank: QuestionBank, text: str) -> None:
    found = contradictions(bank.questions["tech.batch-normalization"], text)
    assert "running averages" in found.get("inference", "")
    assert "said of training" in found["inference"]


@pytest.mark.parametrize(
    "text",
    [
        # the other side does something else with the property: right
        "During training it keeps running averages of the mean and variance.",
        "During training it normalizes with the batch statistics and collects running averages.",
        "It maintains running averages during training, which it then uses at inference.",
        "During training it tracks running averages so that it can use them later for prediction.",
        # both sides with their own properties
        "During training it uses the batch statistics, and at inference it uses the running"
        " averages.",
        # a comparison, a denial, a warning
        "Unlike inference, training does not use the running averages; it uses the batch"
        " statistics.",
        "A common mistake is to think that at training time batch norm uses the running averages.",
    ],
)
def test_training_inference_near_twins_not_charged(bank: QuestionBank, text: str) -> None:
    assert "inference" not in contradictions(bank.questions["tech.batch-normalization"], text)


def test_point_about_both_sides_gives_neither_a_property(bank: QuestionBank) -> None:
    """ "Both are supervised; ... logistic regression outputs probabilities" is no property of
    regression: a classifier that outputs probabilities swaps nothing."""
    said = "A classifier like logistic regression outputs probabilities, then a threshold."
    assert contradictions(bank.questions["tech.classification-vs-regression"], said) == {}
