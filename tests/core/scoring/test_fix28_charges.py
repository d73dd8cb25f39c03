"""Correct sentences charged with a wrong claim they do not make, found in round 28 (issue 9,
fix28), each kind with its wrong twin, which stays charged. Real bank.

* A quotient between a wrong claim's words makes its later words one term of a formula: "IDF
  is the log of N over the number of documents containing the term" is no "idf is the number
  of documents containing the term" (claims_gaps.py).
* A fixed pair's attribute the model answer itself says of the other side is no swap: the
  weight-initialization answer's "Biases can start at zero because the random weights already
  break the symmetry" (the bias term, not bias against variance) is not "weights" said of bias
  (contradiction.py); a bias-variance swap ("high bias means the model fits the noise") is
  still charged.
* "not just" / "not only" before a pair side's attribute says it is not what the other side
  does: "Lemmatization does not just chop off suffixes" is no stemming attribute moved to
  lemmatization (contradiction.py); "Lemmatization chops off suffixes" is still charged.
* A rejecting verb after its speaker ("you usually *skip* both") is no denial of an accepted
  clause that says the same verb ("modern subword models often skip both", claims.py); "you
  should never skip both" is still charged.
* A direction word said in a clause of the other side of a known pair is not the point's
  direction reversed: "BERT sees the words *after* the mask" is no flip of GPT's "only sees
  earlier words" (opposites.py); "GPT sees the words after the current token" is still
  charged. Not fixed: "GPT has to guess what word comes after" (true: the next word) is still
  charged.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import told_charges

CORRECT = [
    ("tech.bert-vs-gpt", "BERT sees the words after the mask."),
    ("tech.bert-vs-gpt", "BERT has to guess the masked word from the words before and after it."),
    ("tech.stemming-vs-lemmatization", "With modern neural models you usually skip both."),
    (
        "tech.stemming-vs-lemmatization",
        "For modern neural models you usually skip both, since the subword tokenizer handles it.",
    ),
    ("tech.stemming-vs-lemmatization", "Lemmatization does not just chop off suffixes."),
    (
        "tech.stemming-vs-lemmatization",
        "Lemmatization doesn't simply chop off suffixes; it maps each word to its dictionary form.",
    ),
    (
        "tech.weight-initialization",
        "Biases can start at zero because the random weights already break the symmetry.",
    ),
    (
        "tech.weight-initialization",
        "The bias terms are fine at zero since the random weights make the units differ.",
    ),
    ("tech.tf-idf", "IDF is the log of N over the number of documents containing the term."),
    ("tech.tf-idf", "IDF is one over the number of documents containing the term, then logged."),
    (
        "tech.tf-idf",
        "IDF is the total number of documents divided by the number of documents containing "
        "the term, on a log scale.",
    ),
]

WRONG = [
    ("tech.bert-vs-gpt", "GPT sees the words after the current token.", "gpt-objective"),
    (
        "tech.stemming-vs-lemmatization",
        "With modern neural models you should never skip both.",
        "tradeoff",
    ),
    (
        "tech.stemming-vs-lemmatization",
        "Lemmatization chops off suffixes.",
        '"chops off" said of lemmatization',
    ),
    (
        "tech.bias-variance",
        "High bias means the model fits the noise in the training data.",
        '"fits the noise" said of bias',
    ),
    ("tech.bias-variance", "High variance means the model is too simple.", "said of variance"),
    ("tech.tf-idf", "IDF is the number of documents containing the term.", "idf"),
    ("tech.tf-idf", "IDF is the log of the number of documents containing the term.", "idf"),
]


@pytest.mark.parametrize(("qid", "text"), CORRECT)
def test_a_correct_sentence_is_not_charged(bank: QuestionBank, qid: str, text: str) -> None:
    assert told_charges(bank.get(qid), text) == []


@pytest.mark.parametrize(("qid", "text"), CORRECT)
def test_it_is_not_charged_inside_the_model_answer(bank: QuestionBank, qid: str, text: str) -> None:
    question = bank.get(qid)
    score = score_answer(question, Transcript(f"{question.model_answer} {text}"))
    assert score.misconceptions == [] or all(
        m.phrase not in text.lower() for m in score.misconceptions
    )
    assert [k.id for k in score.key_points if k.contradiction] == []


@pytest.mark.parametrize(("qid", "text", "charge"), WRONG)
def test_its_wrong_twin_is_still_charged(
    bank: QuestionBank, qid: str, text: str, charge: str
) -> None:
    assert any(charge in c for c in told_charges(bank.get(qid), text))
