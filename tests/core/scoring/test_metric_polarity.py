"""Metric polarity (issue 9, claims23): a score still rising says what an error still falling
says; read as bare direction words they were opposites, and a strong answer was charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring.metric_polarity import polarity, said_of
from simulator.core.scoring.text import words
from tests.core.scoring.rubric_charges import told_charges


def _charges(bank: QuestionBank, qid: str, text: str) -> list[str]:
    return told_charges(bank.get(qid), text)


@pytest.mark.parametrize(
    ("word", "sign"),
    [("accuracy", 1), ("AUC", 1), ("recall", 1), ("rewards", 1), ("loss", -1), ("RMSE", -1)]
    + [("perplexity", -1), ("errors", -1), ("threshold", 0), ("variance", 0)],
)
def test_which_quantities_are_better_high_or_low(word: str, sign: int) -> None:
    assert polarity(word) == sign


@pytest.mark.parametrize(
    ("text", "at", "sign"),
    [
        ("the validation accuracy is still rising", "rising", 1),
        ("recall goes up", "up", 1),
        ("the loss keeps falling", "falling", -1),
        ("it lowers the validation error", "lowers", -1),
        ("a higher threshold", "higher", 0),
        ("the data grows", "grows", 0),
    ],
)
def test_a_direction_is_read_with_the_metric_it_is_said_of(text: str, at: str, sign: int) -> None:
    ws = words(text)
    assert said_of(ws, ws.index(at)) == sign


@pytest.mark.parametrize(
    "text",
    [
        # the rubric says "validation error still decreasing"
        "A large gap with the test accuracy still increasing means high variance, so more data"
        " should help.",
        "If the validation accuracy is still rising as the training set grows and there is a big"
        " gap to the training accuracy, the model has high variance and more data will help.",
    ],
)
def test_a_score_still_rising_is_not_the_opposite_of_an_error_still_falling(
    bank: QuestionBank, text: str
) -> None:
    assert _charges(bank, "tech.learning-curves", text) == []


def test_a_score_falling_as_the_data_grows_is_still_charged(bank: QuestionBank) -> None:
    text = (
        "With a big gap and the validation accuracy still falling as the data grows, the model"
        " has high variance and more data helps."
    )
    charged = _charges(bank, "tech.learning-curves", text)
    assert charged and "validation accuracy still falling" in charged[0]
