"""A sentence about one of the things the accepted view takes together ("A single tree
increases variance" beside "Averaging many trees mainly reduces variance") was read as turning
that view round: a complete correct random-forest answer fell from 100 to 0 (review of round
45). Said of the many together, the turned relation is still charged."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring.covariation import reversed_relations
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


def _charged(bank: QuestionBank, text: str) -> bool:
    q = bank.get("tech.decision-trees-random-forests")
    tokens = tokenize(text)
    return bool(reversed_relations(q, tokens, Stance(tokens)))


@pytest.mark.parametrize(
    "text",
    [
        "A single tree increases variance.",
        "An individual deep tree increases variance, which is why we average.",
    ],
)
def test_one_of_the_many_is_not_the_many_turned_round(bank: QuestionBank, text: str) -> None:
    assert not _charged(bank, text)


@pytest.mark.parametrize(
    "text",
    [
        "Averaging many trees increases variance.",
        "Averaging many deep trees increases the variance of the forest.",
    ],
)
def test_the_many_said_the_other_way_are_still_charged(bank: QuestionBank, text: str) -> None:
    assert _charged(bank, text)
