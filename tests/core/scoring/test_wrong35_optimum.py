"""Optimum turned round (issue 9, wrong35; optimum.py): an answer that chooses the other end of
a quantity the accepted view chooses by ("pick the k with the lowest silhouette", "the
silhouette should be minimized") contradicts the criterion's key point; the same choice said
rightly, a constraint ("meets a minimum recall"), a denial, a warning, or a quantity the rubric
never chooses by, is not charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.scoring.optimum import optima
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.pick-bandwidth
    category: technical
    topic: statistics
    difficulty: 2
    prompt: How would you choose the bandwidth of a kernel density estimate?
    time_limit_s: 120
    key_points:
      - id: likelihood
        label: Pick the bandwidth with the highest held-out log likelihood
        weight: 3
        phrases: [held-out likelihood, cross-validated likelihood]
      - id: error
        label: Or minimize the integrated squared error estimated by cross-validation
        weight: 2
        phrases: [integrated squared error]
      - id: smoothness
        label: A small bandwidth gives a spiky estimate and a large one oversmooths
        weight: 2
        phrases: [spiky, oversmooth]
    model_answer: >-
      I pick the bandwidth with the highest held-out log likelihood, using cross-validation.
      Alternatively I minimize the integrated squared error, estimated by cross-validation. A
      small bandwidth gives a spiky estimate and a large one oversmooths, so I check the plot
      too.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "kde.yaml")
    assert not problems
    return questions[0]


def _contradiction(question: Question, text: str, point: str) -> str | None:
    score = score_answer(question, Transcript(text))
    return next(k.contradiction for k in score.key_points if k.id == point)


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("I pick the bandwidth with the lowest held-out log likelihood.", "likelihood"),
        ("The held-out likelihood should be minimized when choosing the bandwidth.", "likelihood"),
        ("You want to maximize the integrated squared error on held-out folds.", "error"),
        ("Choose the bandwidth with the largest integrated squared error.", "error"),
    ],
)
def test_the_other_end_is_charged(question: Question, text: str, point: str) -> None:
    got = _contradiction(question, text, point)
    assert got is not None
    assert "accepted view chooses the" in got


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("I pick the bandwidth with the highest held-out log likelihood.", "likelihood"),
        ("The integrated squared error should be minimized by cross-validation.", "error"),
        # denied and warned against
        ("You should never pick the bandwidth with the lowest held-out likelihood.", "likelihood"),
        (
            "A common mistake is to pick the bandwidth with the lowest held-out likelihood.",
            "likelihood",
        ),
        # an opening condition
        ("If you minimize the likelihood you get nonsense.", "likelihood"),
        # a quantity the rubric never chooses by
        ("I pick the bandwidth with the smallest spikiness in the plot.", "smoothness"),
    ],
)
def test_right_choices_constraints_and_denials_are_not_charged(
    question: Question, text: str, point: str
) -> None:
    assert _contradiction(question, text, point) is None


def test_a_constraint_met_is_no_optimum_chosen() -> None:
    assert optima(tokenize("I choose the threshold that meets the minimum recall.")) == []
    assert optima(tokenize("I choose the threshold with the highest recall.")) != []


def test_advice_against_the_rubrics_own_end_is_still_charged_r54(question: Question) -> None:
    """wrong54's "you should never X" reads advice against; against the other end of what the
    rubric picks it agrees (the test above), against the rubric's own end it is charged."""
    text = "You should never pick the bandwidth with the highest held-out likelihood."
    assert _contradiction(question, text, "likelihood") is not None
