"""Correct sentences the rubric's wrong claims charged on main (issue 9, round 25, false25),
each with a plainly wrong sentence in the same words that must stay charged. Real bank.

The correct sentences still charged when this file was written are marked xfail (strict):
they record what is left to do, and turn into failures the day they pass."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from tests.core.scoring.rubric_charges import charged

_OPEN = "still charged (round 25)"

# (question, correct sentence, wrong sentence in the same words, correct still charged)
CASES = [
    (
        "tech.spark-fundamentals",
        "Built in functions are faster than Python UDFs.",
        "Python UDFs are faster than built in functions.",
        False,
    ),
    (
        "tech.ab-testing-models",
        "You should not stop the test as soon as the p value drops below 0.05.",
        "You should not look at the p value.",
        False,
    ),
    (
        "tech.categorical-encoding",
        "Label encoding is fine for tree models.",
        "Label encoding is fine for linear models.",
        False,
    ),
    (
        "tech.supervised-vs-unsupervised",
        "Supervised learning needs labels, while unsupervised learning works without them.",
        "Unsupervised learning needs labels, while supervised learning works without them.",
        False,
    ),
    (
        "tech.mle-vs-map",
        "With a lot of data the prior matters less.",
        "With a lot of data the prior matters more.",
        False,
    ),
    (
        "tech.mle-vs-map",
        "MAP gives only the mode, not the full posterior distribution.",
        "MAP gives the full posterior distribution.",
        False,
    ),
    (
        "tech.regularization",
        "L2 adds a penalty on the sum of squared weights.",
        "L2 penalizes the sum of absolute weights and pushes many of them to exactly zero.",
        False,
    ),
    (
        "tech.dropout",
        "At inference nothing is switched off and the outputs are scaled to match.",
        "Dropout stays on at inference.",
        False,
    ),
    (
        "tech.matrix-factorization",
        "Clicks are implicit feedback with no clear negatives.",
        "Implicit feedback has clear negatives.",
        False,
    ),
    (
        "tech.precision-recall-f1",
        "Recall measures how many of the actual positives we found.",
        "Precision measures how many of the actual positives we found.",
        False,
    ),
    (
        "tech.pr-curve",
        "Raising the threshold usually increases precision.",
        "Raising the threshold increases recall.",
        False,
    ),
]


def _id(case: tuple[str, str, str, bool]) -> str:
    return f"{case[0]}: {case[1][:40]}"


@pytest.mark.parametrize(
    "qid, correct, wrong, still_open",
    [
        pytest.param(
            *c, marks=pytest.mark.xfail(reason=_OPEN, strict=True) if c[3] else (), id=_id(c)
        )
        for c in CASES
    ],
)
def test_correct_sentence_not_charged(
    bank: QuestionBank, qid: str, correct: str, wrong: str, still_open: bool
) -> None:
    assert charged(bank.get(qid), correct) == []


@pytest.mark.parametrize("qid", ["tech.roc-auc", "tech.tabular-feature-engineering"])
def test_advice_against_an_action_is_not_against_its_condition(
    bank: QuestionBank, qid: str
) -> None:
    """Charged as "the p value is not needed" on main in both."""
    said = "You should not stop the test as soon as the p value drops below 0.05."
    assert charged(bank.get(qid), said) == []


@pytest.mark.parametrize("qid, correct, wrong, still_open", CASES, ids=[_id(c) for c in CASES])
def test_wrong_sentence_charged(
    bank: QuestionBank, qid: str, correct: str, wrong: str, still_open: bool
) -> None:
    assert charged(bank.get(qid), wrong)
