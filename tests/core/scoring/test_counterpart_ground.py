"""A counterpart said on the same side in both clauses is common ground (claims.py): "squared
error is the *robust* one" swaps the subject of "absolute error is *robust*" although the two
share only one other word. Guarded against warnings, hedges, conditions and denials, and
"less robust" is the other side of "robust", never an agreement with it."""

from __future__ import annotations

import pytest
from rubric_charges import charged, one_question

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.losses
    category: technical
    topic: regression
    difficulty: 2
    prompt: How does the choice of loss change what a regression model learns?
    time_limit_s: 120
    key_points:
      - id: mse
        label: Squared error targets the conditional mean and is sensitive to outliers
        weight: 3
        phrases: [conditional mean, sensitive to outliers]
      - id: mae
        label: Absolute error targets the conditional median and is robust to outliers
        weight: 3
        phrases: [conditional median, robust to outliers]
    model_answer: >-
      With squared error the best prediction is the conditional mean, and large errors
      dominate, so it is sensitive to outliers. Absolute error is robust to outliers, because
      its minimizer is the conditional median. So squared error is the least robust of these
      losses.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    return one_question(PACK, "ground.yaml")


def test_a_subject_swapped_with_one_shared_word_and_a_shared_side_is_charged(
    question: Question,
) -> None:
    wrong = "Squared error is the robust one, it predicts the conditional mean."
    right = "Absolute error is the robust one, it predicts the conditional median."
    assert charged(question, wrong)
    assert not charged(question, right)
    assert (
        score_answer(question, Transcript(wrong)).overall
        < score_answer(question, Transcript(right)).overall
    )


@pytest.mark.parametrize(
    "text",
    [
        "A common mistake is to think squared error is the robust one.",
        "Squared error might be the robust one for clean labels.",
        "Squared error is not the robust one, absolute error is.",
        "If every label is clean, squared error is the robust one.",
        # "less robust" is the other side: it agrees with the accepted view
        "Squared error is less robust, and absolute error is robust to outliers.",
        "Squared error is the least robust loss here.",
        # each side said of its own subject: a comparison, no claim
        "Squared error is sensitive to outliers while absolute error is robust.",
    ],
)
def test_warned_hedged_denied_or_compared_is_not_charged(question: Question, text: str) -> None:
    assert not charged(question, text)


def test_one_shared_counterpart_alone_does_not_back_a_clause_that_says_two(
    question: Question,
) -> None:
    """ "With squared error ..." agrees on the subject only: it is no support for "squared
    error is the robust one", which says something else of it."""
    assert charged(question, "Squared error is the robust loss of the two.")


STATIONARY = """
questions:
  - id: tech.stationary
    category: technical
    topic: time series
    difficulty: 2
    prompt: What does it mean for a time series to be stationary?
    time_limit_s: 120
    key_points:
      - id: definition
        label: Constant mean, variance and autocorrelation over time
        weight: 3
        phrases: [constant mean, constant variance]
    model_answer: >-
      A series is stationary when its statistical properties do not change over time.
"""


@pytest.mark.parametrize(
    ("text", "is_charged"),
    [
        # "non" and "not" each deny once: the two agree
        ("A series with changing variance is still non-stationary.", False),
        ("A series whose mean keeps changing is non stationary, so I difference it.", False),
        # one denial only: the accepted view reversed
        ("A series whose mean keeps changing is stationary.", True),
        ("A series is stationary when its properties do change over time.", True),
    ],
)
def test_non_before_a_shared_word_is_a_denial_of_its_own(text: str, is_charged: bool) -> None:
    question = one_question(STATIONARY, "stationary.yaml")
    assert bool(charged(question, text)) is is_charged
