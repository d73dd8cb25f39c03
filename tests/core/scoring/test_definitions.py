"""Swapped definitions (definitions.py): one side of a compared pair described in the words,
and the order, the rubric uses for the other. Guarded against warnings, hedges, conditions and
denials; a right description in other words, or one that names both sides, is not charged."""

from __future__ import annotations

import pytest
from rubric_charges import charged, one_question

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.w2v
    category: technical
    topic: nlp
    difficulty: 2
    prompt: How does word2vec learn word embeddings? Explain skip gram and CBOW.
    time_limit_s: 120
    key_points:
      - id: objectives
        label: Skip-gram predicts context from the centre word; CBOW predicts the centre word from context
        weight: 3
        phrases: [center word, surrounding words, averaged context]
      - id: sampling
        label: Negative sampling avoids a full softmax
        weight: 2
        phrases: [negative sampling]
    model_answer: >-
      Word2vec trains a shallow network on a prediction task. In skip gram, the center word
      predicts each of its surrounding words; in CBOW, the averaged context of surrounding words
      predicts the center word. Negative sampling avoids a full softmax.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    return one_question(PACK, "definitions.yaml")


def test_a_side_described_with_the_other_sides_definition_is_charged(question: Question) -> None:
    wrong = (
        "Skip-gram averages the surrounding context words and predicts the center word, "
        "while CBOW takes the center word and predicts each of its surrounding words."
    )
    right = (
        "Skip-gram takes the center word and predicts each of its surrounding words, while "
        "CBOW averages the surrounding context words and predicts the center word."
    )
    bad = score_answer(question, Transcript(wrong))
    point = {k.id: k for k in bad.key_points}["objectives"]
    assert point.status == "contradicted" and point.contradiction is not None
    assert "accepted view" in point.contradiction and "CBOW" in point.contradiction
    assert not charged(question, right)
    assert bad.overall < score_answer(question, Transcript(right)).overall


@pytest.mark.parametrize(
    "text",
    [
        "A common mistake is to think skip-gram averages the surrounding context words and "
        "predicts the center word.",
        "People often say skip-gram averages the surrounding context words to predict the "
        "center word, which is backwards.",
        "Skip-gram does not average the surrounding context words to predict the center word.",
        "Skip-gram might average the surrounding context words and predict the center word in "
        "some implementations.",
        "If you flip the objective, skip-gram averages the surrounding context words and "
        "predicts the center word.",
        # both sides named in one part: a comparison
        "CBOW, unlike skip-gram, averages the surrounding context words and predicts the center "
        "word.",
        # right, in other words
        "Skip-gram uses one word to guess its neighbours, and CBOW guesses the middle word.",
    ],
)
def test_warned_denied_hedged_conditional_or_right_is_not_charged(
    question: Question, text: str
) -> None:
    assert not charged(question, text)
