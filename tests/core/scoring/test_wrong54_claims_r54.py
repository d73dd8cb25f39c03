"""Confidently wrong claims in forms no check read (issue 9, wrong54): a worry waved away with
"never" ("X is never an issue"), a practice "can be left off", a link the accepted view holds
denied ("X doesn't interact with Y at all", "X has no effect on Y"), a sound practice called a
mistake ("fitting X on the training documents only is a mistake"), and a key point's term given
a meaning in the rubric's words that the rubric says of something else ("inverse document
frequency means normalising by length"). Each is charged and named. The same words said
rightly (a link the accepted view does not hold, a mistake the rubric warns against, a
definition that says what the rubric says, or one in everyday words) are not charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.text-search
    category: technical
    topic: nlp
    difficulty: 2
    prompt: How would you weight the words of a document for a search index?
    time_limit_s: 120
    key_points:
      - id: tf
        label: Term frequency counts how often a term occurs in a document, normalised by document length
        weight: 2
        phrases: [term frequency]
      - id: idf
        label: Inverse document frequency down-weights words common across documents
        weight: 2
        phrases: [inverse document frequency]
      - id: fit-train
        label: Fit the vectorizer on the training documents only
        weight: 2
        phrases: [fit the vectorizer]
      - id: monitor
        label: Watch for vocabulary drift after launch
        weight: 2
        phrases: [vocabulary drift]
    model_answer: >-
      Term frequency counts how often a term occurs in a document, normalised by document
      length. Inverse document frequency down-weights words common across documents. I fit the
      vectorizer on the training documents only. After launch I watch for vocabulary drift.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "search.yaml")
    assert not problems
    return questions[0]


def _contradiction(question: Question, text: str, point: str) -> str | None:
    score = score_answer(question, Transcript(text))
    return next(k.contradiction for k in score.key_points if k.id == point)


@pytest.mark.parametrize(
    ("text", "point", "named"),
    [
        (
            "Vocabulary drift is never an issue, because the words people search for are stable.",
            "monitor",
            "vocabulary drift",
        ),
        ("Watching vocabulary drift can be left off.", "monitor", "vocabulary drift"),
        ("Term frequency doesn't interact with document length at all.", "tf", "term frequency"),
        ("Term frequency has no effect on document length.", "tf", "term frequency"),
        (
            "Fitting the vectorizer on the training documents only is a mistake.",
            "fit-train",
            "called a mistake",
        ),
        (
            "Inverse document frequency means normalising each term by the document length.",
            "idf",
            "a meaning the rubric does not give it",
        ),
    ],
)
def test_wrong_claim_charged_r54(question: Question, text: str, point: str, named: str) -> None:
    said = _contradiction(question, text, point)
    assert said is not None and named in said


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # a link the accepted view does not hold
        ("Term frequency has no effect on query latency.", "tf"),
        # a mistake the rubric warns against, and the same verdict under a condition
        (
            "Fitting the vectorizer on all the documents is a mistake, it leaks the test set.",
            "fit-train",
        ),
        ("If the corpus never changes, watching vocabulary drift can be left off.", "monitor"),
        # definitions that say what the rubric says, or say it in everyday words
        (
            "Inverse document frequency means words common across documents get down-weighted.",
            "idf",
        ),
        (
            "Inverse document frequency means a rare word counts for more than an everyday one.",
            "idf",
        ),
        ("Term frequency is just how often the term occurs in the document.", "tf"),
        # a warning about the claim
        ("A common mistake is to think term frequency has no effect on document length.", "tf"),
    ],
)
def test_right_claim_not_charged_r54(question: Question, text: str, point: str) -> None:
    assert _contradiction(question, text, point) is None
