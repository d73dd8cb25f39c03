"""Claims under the same condition (issue 9, wrong36; conditional_claims.py): an answer that
states, for a case the accepted view states ("when the validation loss stalls", "if the
learning rate is too large", "with a small learning rate"), the consequence the other way
contradicts it; the same consequence, another case, a hedge, a warning, a question, or a
consequence of another part of the sentence is not charged."""

from __future__ import annotations

import pytest

from simulator.bank import load_bank
from simulator.core.questions import Question
from simulator.core.scoring.conditional_claims import same_case_claims
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import one_question, told_charges

PACK = """
questions:
  - id: tech.s36-step-size
    category: technical
    topic: deep learning
    difficulty: 2
    prompt: What happens when the learning rate is too large or too small?
    time_limit_s: 120
    key_points:
      - id: large
        label: A large learning rate makes the loss unstable and diverge
        weight: 3
        phrases: [diverges, overshoot]
      - id: small
        label: A small learning rate is stable but slow
        weight: 2
        phrases: [slow progress, slower]
      - id: plateau
        label: Lower the learning rate when the validation loss stalls
        weight: 2
        phrases: [validation loss stalls]
      - id: scaling
        label: Dynamic loss scaling lowers the factor on an overflow
        weight: 1
        phrases: [loss scaling]
    model_answer: >-
      If the learning rate is too large, the updates overshoot and the loss becomes unstable
      and diverges. With a small learning rate, training is stable but progress is slower.
      When the validation loss stalls, I lower the learning rate. Dynamic loss scaling grows
      the factor after a run of good steps, and lowers it and skips the step when it sees an
      overflow.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    return one_question(PACK, "step.yaml")


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # a case opening the sentence, its consequence turned over
        ("If the learning rate is too large, the loss becomes more stable.", "large"),
        # a case closing the clause
        ("I raise the learning rate when the validation loss stalls.", "plateau"),
        # a setting named by its size ("with a small learning rate")
        ("With a small learning rate, training is unstable, so it is risky.", "small"),
    ],
)
def test_a_consequence_turned_over_for_the_same_case_istold_charges(
    question: Question, text: str, point: str
) -> None:
    tokens = tokenize(text)
    claims = same_case_claims(question, tokens, Stance(tokens))
    assert [question.key_points[c.key_point].id for c in claims if c.key_point is not None] == [
        point
    ]
    assert any(c.startswith(point) for c in told_charges(question, text))


@pytest.mark.parametrize(
    "text",
    [
        # the same consequence
        "If the learning rate is too large, the loss becomes unstable and diverges.",
        "When the validation loss stalls, I lower the learning rate.",
        # another case: the other consequence is right there
        "If the learning rate is too small, the loss stays stable but progress is slow.",
        # hedged, warned against, asked
        "If the learning rate is too large, the loss might become more stable.",
        "A common mistake is to think that if the learning rate is too large the loss becomes "
        "more stable.",
        "If the learning rate is too large, does the loss become more stable?",
        # the case holds for the last statement of its clause only (dev false33: "grows the
        # factor ... and backs off and skips the step when it sees inf or nan" was charged)
        "Dynamic loss scaling grows the factor while steps are fine and backs off and skips "
        "the step when it sees an overflow.",
    ],
)
def test_the_same_case_said_rightly_or_not_as_ones_own_is_nottold_charges(
    question: Question, text: str
) -> None:
    tokens = tokenize(text)
    assert same_case_claims(question, tokens, Stance(tokens)) == []
    assert told_charges(question, text) == []


def test_shipped_case_claims_are_read() -> None:
    """A reversal said under the model answer's own condition (dev contra22: it scored 82
    uncharged, for "Reduce on plateau raises the rate when the validation loss stops
    improving"); the name's own "reduce" says nothing of the rate."""
    bank = load_bank()
    q = bank.get("tech.learning-rate-schedules")
    wrong = "Reduce on plateau raises the rate when the validation loss stalls."
    right = "Reduce on plateau lowers the rate when the validation loss stalls."
    assert any(c.startswith("types") for c in told_charges(q, wrong))
    assert told_charges(q, right) == []
