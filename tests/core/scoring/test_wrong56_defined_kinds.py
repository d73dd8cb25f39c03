"""Confidently wrong answers that keep key points by their terms (issue 9, wrong56).

* A key point's term defined as a kind of thing with what singles it out ("the Kaplan-Meier
  estimator is a regression model that predicts ..."), in the field's words rather than this
  rubric's, and such a definition in a later clause ("..., and the hazard function is the
  cumulative probability that ..."): charged as the point contradicted. A definition that says
  what the rubric says of the term, or one in everyday words, is not.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.upgrade-timing
    category: technical
    topic: statistics
    difficulty: 3
    prompt: >-
      Some free users have upgraded to paid and most have not yet. How would you model the time
      until a user upgrades?
    time_limit_s: 150
    key_points:
      - id: censoring
        label: Users without the event yet are right-censored, we only know their time is at least the observed time
        weight: 2
        phrases: [right censored, censoring]
      - id: kaplan-meier
        label: Kaplan-Meier gives a non-parametric survival curve that uses censored users correctly
        weight: 2
        phrases: [kaplan meier, kaplan-meier, survival curve]
      - id: hazard
        label: The hazard is the instantaneous event rate given survival so far
        weight: 1
        phrases: [hazard function, hazard rate]
    model_answer: >-
      This is survival analysis. The users who have not upgraded are right-censored: we know they
      went at least as long as their observed time without upgrading. I would look at a
      Kaplan-Meier survival curve, which is non-parametric and handles the censored users
      properly, each one counting in the risk set until they drop out. The hazard function is the
      instantaneous rate of upgrading given you have not yet.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "upgrade.yaml")
    assert not problems
    return questions[0]


def _contradiction(question: Question, text: str, point: str) -> str | None:
    score = score_answer(question, Transcript(text))
    return next(k.contradiction for k in score.key_points if k.id == point)


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            "The Kaplan-Meier estimator is a regression model that predicts each user's upgrade"
            " day from their features.",
            "kaplan-meier",
        ),
        (
            "I would start from the raw counts, and the hazard function is the cumulative"
            " probability that someone has upgraded by time t.",
            "hazard",
        ),
    ],
)
def test_a_term_defined_as_another_kind_is_charged(
    question: Question, text: str, point: str
) -> None:
    said = _contradiction(question, text, point)
    assert said is not None and "meaning the rubric does not give it" in said


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            "The Kaplan-Meier estimator is a non-parametric estimator that handles the censored"
            " users by keeping them in the risk set.",
            "kaplan-meier",
        ),
        (
            "I would plot the curve, and the hazard function is the instantaneous rate at which"
            " people upgrade given they have not yet.",
            "hazard",
        ),
        (
            "The hazard function is the thing that tells you how likely someone is to switch"
            " right now if they have held out so far.",
            "hazard",
        ),
    ],
)
def test_a_definition_the_rubric_gives_or_in_everyday_words_is_not_charged(
    question: Question, text: str, point: str
) -> None:
    assert _contradiction(question, text, point) is None
