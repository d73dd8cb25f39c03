"""A concept called the same as another one the accepted view never equates it with (issue 9,
wrong41; outside_sameness.py): charged as a misconception, unless the rubric states that
sameness, the sentence sets a condition, describes rather than names the other side, or
hedges, denies or warns against it."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.scoring.outside_sameness import outside_sameness
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.huber
    category: technical
    topic: loss-functions
    difficulty: 2
    prompt: What is the Huber loss and when would you use it?
    time_limit_s: 120
    key_points:
      - id: piecewise
        label: Quadratic for small residuals and linear for large ones, switching at delta
        weight: 3
        phrases: [quadratic near zero, linear in the tails, delta]
      - id: robust
        label: Less sensitive to outliers than squared error while staying smooth near zero
        weight: 2
        phrases: [robust to outliers, smooth]
    model_answer: >-
      The Huber loss is quadratic for small residuals and linear for large ones, switching at a
      threshold delta. It is less sensitive to outliers than squared error, yet smooth near
      zero, so gradient methods behave well. With a very large delta it is equivalent to squared
      error.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "huber.yaml")
    assert not problems
    return questions[0]


def _said(question: Question, text: str) -> list[str]:
    tokens = tokenize(text)
    return [m.phrase for m in outside_sameness(question, tokens, Stance(tokens), set())]


@pytest.mark.parametrize(
    "text",
    [
        "The Huber loss is basically the same thing as the hinge loss.",
        "Huber loss is just another name for cross entropy, so it suits classification.",
    ],
)
def test_another_concept_called_the_same_is_charged(question: Question, text: str) -> None:
    assert _said(question, text)
    assert score_answer(question, Transcript(text)).misconceptions


@pytest.mark.parametrize(
    "text",
    [
        # a sameness the accepted view states, and one under a condition
        "For huge residual thresholds the Huber loss is the same as squared error.",
        "With delta near zero, Huber is the same as the absolute error, up to a scale.",
        "It is equivalent to the hinge loss only when the labels are signs.",
        # the other side described in the speaker's own words
        "It is the same as taking the squared error that stops growing fast past delta.",
        # denied, hedged, warned against
        "The Huber loss is not the same as the hinge loss.",
        "It might be the same as the hinge loss in some libraries.",
        "A common mistake is to think the Huber loss is the same as the hinge loss.",
    ],
)
def test_a_sameness_not_claimed_against_the_rubric_is_not_charged(
    question: Question, text: str
) -> None:
    assert _said(question, text) == []
