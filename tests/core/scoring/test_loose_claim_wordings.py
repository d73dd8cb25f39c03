"""Rubric claims said in other wordings (loose_claims.py): another verb of remedy ("residual
connections *solve* overfitting" is also "skip connections were introduced to *fix*
overfitting"; an adjective, "a *fixed* threshold", starts nothing), and the claim's closing
circumstance said first ("*at inference* you keep dropping neurons"). Guarded against
warnings, hedges, conditions and denials."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.skips
    category: technical
    topic: deep learning
    difficulty: 2
    prompt: What problem do residual connections solve?
    time_limit_s: 120
    key_points:
      - id: degradation
        label: Plain deep networks got higher training error as depth grew
        weight: 3
        phrases: [degradation, higher training error]
        contradicted_by: [residual connections solve overfitting]
      - id: alerts
        label: Alert thresholds follow the hour of the day
        weight: 1
        phrases: [threshold per hour]
        contradicted_by: [one fixed threshold works for every hour]
    model_answer: >-
      Stacking layers gave plain networks a higher training error, the degradation problem.
      Residual connections let each block learn a residual. Thresholds follow the hour.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "remedy.yaml")
    assert not problems
    return questions[0]


def _contradicted(question: Question, text: str) -> set[str]:
    score = score_answer(question, Transcript(text))
    return {k.id for k in score.key_points if k.contradiction}


@pytest.mark.parametrize(
    "text",
    [
        "Residual connections were introduced to fix overfitting in very deep networks.",
        "Residual connections mainly prevent overfitting, like dropout does.",
        "In practice residual connections reduce overfitting a lot.",
    ],
)
def test_the_claim_said_with_another_remedy_verb_is_charged(question: Question, text: str) -> None:
    assert _contradicted(question, text) == {"degradation"}


@pytest.mark.parametrize(
    "text",
    [
        "A common mistake is to think residual connections fix overfitting.",
        "Residual connections might reduce overfitting a little as a side effect.",
        "Residual connections do not prevent overfitting, they fix the degradation problem.",
        "If the data is tiny, residual connections reduce overfitting less than dropout.",
    ],
)
def test_warned_hedged_denied_or_conditional_is_not_charged(question: Question, text: str) -> None:
    assert _contradicted(question, text) == set()


def test_an_adjective_form_starts_no_other_verb() -> None:
    """ "one *fixed* threshold" is no remedy: the claim keeps its one wording."""
    from simulator.core.scoring.loose_claims import _claim

    assert len(_claim("one fixed threshold works for every hour")[0]) == 1
    assert len(_claim("residual connections solve overfitting")[0]) > 5


DROPOUT = """
questions:
  - id: tech.drop
    category: technical
    topic: deep learning
    difficulty: 2
    prompt: How does dropout work?
    time_limit_s: 120
    key_points:
      - id: inference
        label: Dropout is switched off at inference
        weight: 3
        phrases: [switched off at inference]
        contradicted_by: [drop neurons at inference]
    model_answer: Dropout zeroes random neurons during training and is switched off at inference.
"""


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        # the claim's closing circumstance said first
        ("At inference time you keep dropping the same share of neurons.", True),
        ("At inference time nothing is dropped, every neuron is used.", False),
        ("A common mistake is, at inference, to keep dropping neurons.", False),
        ("At inference you might drop neurons on purpose to estimate uncertainty.", False),
    ],
)
def test_a_claims_closing_circumstance_may_open_the_sentence(text: str, charged: bool) -> None:
    questions, problems = parse_pack(DROPOUT, "dropout.yaml")
    assert not problems
    score = score_answer(questions[0], Transcript(text))
    assert bool([k for k in score.key_points if k.contradiction]) is charged
