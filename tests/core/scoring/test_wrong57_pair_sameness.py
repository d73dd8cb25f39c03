"""Two named things said to be one, both named before the copula (issue 9, wrong57;
outside_sameness._pair_claim): "calibration and ranking are the same thing" is charged when the
prompt does not compare the two (sameness.py's case), unless the rubric equates them, the
clause sets a condition, or the speaker denies, hedges or warns against it."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question
from simulator.core.scoring.outside_sameness import outside_sameness
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import one_question

# wrong41's Huber question: the same rubric, read for the form "X and Y are the same"
from tests.core.scoring.test_wrong41_outside_sameness import PACK


@pytest.fixture(scope="module")
def question() -> Question:
    return one_question(PACK, "huber.yaml")


def _said(question: Question, text: str) -> list[str]:
    tokens = tokenize(text)
    return [m.phrase for m in outside_sameness(question, tokens, Stance(tokens), set())]


@pytest.mark.parametrize(
    "text",
    [
        "The Huber loss and the hinge loss are basically the same thing.",
        "It is robust, so the Huber loss and the hinge loss are the same, and either one works.",
        "Gradient descent and the hinge loss are really the same thing here.",
    ],
)
def test_two_named_things_called_one_are_charged(question: Question, text: str) -> None:
    said = _said(question, text)
    assert len(said) == 1
    assert "same" in said[0]


@pytest.mark.parametrize(
    "text",
    [
        # the accepted view equates the Huber loss with squared error (for a large delta)
        "The Huber loss and squared error are the same thing.",
        # a condition opens the clause
        "When delta is huge, the Huber loss and the hinge loss are the same thing.",
        "If the residuals and the outliers are the same, nothing changes.",
        # denied, hedged or warned against
        "The Huber loss and the hinge loss are not the same thing.",
        "The Huber loss and the hinge loss might be the same thing.",
        "A common mistake is to think the Huber loss and the hinge loss are the same thing.",
        # a shared property, not one concept: "the same item", "the same for every row"
        "Two listings and their copies are the same item.",
        "The Huber loss and the hinge loss are the same for every row.",
    ],
)
def test_conditioned_equated_or_unasserted_sameness_is_not_charged(
    question: Question, text: str
) -> None:
    assert _said(question, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Huber loss and the hinge loss are identical.",
        # "in practice" says how firmly the claim is made, not when it holds
        "In practice, the Huber loss and the hinge loss are the same thing.",
        "In practice the Huber loss is the same as the hinge loss.",
    ],
)
def test_identical_and_in_practice_sameness_is_charged(question: Question, text: str) -> None:
    assert len(_said(question, text)) == 1
