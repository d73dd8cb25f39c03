"""Correct sentences charged for what another subject says (issue 9, round 26, claims26), each
with a wrong sentence in the same words that stays charged. Real bank.

* a compound subject: "*kernel* PCA captures nonlinear structure" is not the rubric's wrong
  "pca captures nonlinear structure";
* a pronoun in the rubric's sentence that stands for another subject: the model answer's "... it
  keeps the full posterior" is said of a fully Bayesian approach, so "MAP ..., not the full
  posterior distribution" denies nothing of it, while the same denial of the fully Bayesian
  approach does;
* a comparison both ways: each side of a compared pair said with its own attribute ("L2 ...
  squared weights", "supervised ... labels, while unsupervised ... without them");
* "less" said of how much something matters, not of the data the rubric's "more data" counts.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from tests.core.scoring.rubric_charges import charged

# (question, correct sentence, wrong sentence in the same words)
CASES = [
    (
        "tech.dimensionality-reduction",
        "Kernel PCA captures nonlinear structure.",
        "PCA captures nonlinear structure.",
    ),
    (
        "tech.dimensionality-reduction",
        "The kernel PCA captures nonlinear structure that plain PCA misses.",
        "I think PCA captures nonlinear structure.",
    ),
    (
        "tech.mle-vs-map",
        "MAP gives only the mode, not the full posterior distribution.",
        "A fully Bayesian approach does not keep the full posterior distribution.",
    ),
    (
        "tech.mle-vs-map",
        "With a lot of data the prior matters less.",
        "More data makes the prior matter more.",
    ),
    (
        "tech.regularization",
        "L1 adds a penalty on the sum of absolute weights.",
        "L1 adds a penalty on the sum of squared weights.",
    ),
    (
        "tech.supervised-vs-unsupervised",
        "Unlike unsupervised learning, supervised learning needs labels.",
        "Unsupervised learning needs labels, while supervised learning works without them.",
    ),
]


@pytest.mark.parametrize("qid, correct, wrong", CASES, ids=[c[1][:40] for c in CASES])
def test_correct_sentence_not_charged(
    bank: QuestionBank, qid: str, correct: str, wrong: str
) -> None:
    assert charged(bank.get(qid), correct) == []


@pytest.mark.parametrize("qid, correct, wrong", CASES, ids=[c[2][:40] for c in CASES])
def test_wrong_sentence_charged(bank: QuestionBank, qid: str, correct: str, wrong: str) -> None:
    assert charged(bank.get(qid), wrong)
