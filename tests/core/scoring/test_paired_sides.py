"""A clause that pairs each side of a confused pair with its own attribute is no swap (issue 9).

"Supervised methods train on labeled rows and k-means groups the unlabeled ones" says the right
thing of both sides in one clause; it was read as saying "unlabeled" and "k-means" of supervised
learning, and a correct answer scored 0."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.scoring.counterparts import opposite_stems, prefix_opposites
from simulator.core.scoring.text import stem
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.learning-kinds
    category: technical
    topic: fundamentals
    difficulty: 1
    prompt: How does supervised learning differ from unsupervised learning?
    time_limit_s: 120
    key_points:
      - id: labels
        label: Supervised learning trains on labeled examples
        weight: 2
        phrases: [supervised labeled, labeled examples]
        contradicted_by: [supervised learning trains on unlabeled examples]
      - id: no-labels
        label: Unsupervised learning finds structure in unlabeled data
        weight: 2
        phrases: [unsupervised unlabeled, unlabeled data]
      - id: grouping
        label: Unsupervised learning includes k-means grouping
        weight: 1
        phrases: [unsupervised k-means, k-means]
    model_answer: >-
      Supervised learning trains on labeled examples to predict a target. Unsupervised learning
      finds structure in unlabeled data, for example k-means grouping of customers.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "kinds.yaml")
    assert not problems
    return questions[0]


def _charged(question: Question, text: str) -> list[str]:
    score = score_answer(question, Transcript(text))
    return [k.id for k in score.key_points if k.status == "contradicted"] + [
        m.phrase for m in score.misconceptions
    ]


def test_a_denying_prefix_makes_two_words_opposites() -> None:
    assert prefix_opposites(stem("unlabeled"), stem("labeled"))
    assert prefix_opposites(stem("balanced"), stem("imbalanced"))
    assert not prefix_opposites(stem("input"), stem("put"))  # "in" denies nothing here
    assert opposite_stems(stem("training"), stem("test"))  # counterparts count too
    assert not opposite_stems(stem("labeled"), stem("grouping"))


def test_both_sides_paired_with_their_own_attributes_in_one_clause_are_not_swapped(
    question: Question,
) -> None:
    text = "Supervised methods train on labeled rows and k-means groups the unlabeled ones."
    assert _charged(question, text) == []


def test_the_same_words_said_of_one_side_only_are_still_swapped(question: Question) -> None:
    text = "Supervised learning trains on unlabeled examples and k-means."
    assert "labels" in _charged(question, text)


def test_a_denial_before_the_and_keeps_both_parts_about_one_side(question: Question) -> None:
    # "no labels ... unlabeled" agree with each other: both are said of supervised learning
    text = "Supervised learning needs no labels and it trains on unlabeled examples."
    assert _charged(question, text) != []
