"""Comparisons read as English builds them (issue 9, cmp69).

Each sentence is written here in new words and added to a question's own model answer: a true
comparison must not be charged, and the same comparison turned round must be. English puts a
comparison's sides in fixed places (compared_reading.py): the compared side is the clause's
subject, a pronoun or "which" stands for the subject of the clause it follows, "than" brings in
the other side, and a lesser degree ("less", "fewer", "worse") turns the direction round.
"""

from __future__ import annotations

import pytest
from rubric_charges import model_answer_charges as _charges

from simulator.core.scoring.compared_reading import antecedent, comparisons
from simulator.core.scoring.text import tokenize


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        # failed before: a pronoun after "which is why" read as a side named the sentence
        # before ('correlated: "l1 spreads the weight across correlated features"')
        (
            "tech.l1-vs-l2",
            "Ridge regression penalizes the squared size of each coefficient, which is why it "
            "spreads weight more evenly than lasso across correlated features.",
        ),
        # failed before: "which" after a bare name stands for that name, not for L1
        (
            "tech.l1-vs-l2",
            "Ridge regression, which penalizes squared weights, spreads the weight more evenly "
            "across correlated features than lasso.",
        ),
        # failed before: "less robust" read as "squared error is robust to outliers"
        (
            "tech.regression-loss-functions",
            "Squared error is less robust to outliers than absolute error.",
        ),
        # failed before: the side after "than" taken for the side the property is said of
        (
            "tech.feature-importance",
            "Permutation importance is less biased toward high-cardinality features than "
            "impurity-based importance.",
        ),
    ],
)
def test_a_true_comparison_is_not_charged(qid: str, said: str) -> None:
    assert _charges(qid, said) == [], said


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        # failed before (each uncharged): the same comparisons turned round
        (
            "tech.regression-loss-functions",
            "Absolute error is less robust to outliers than squared error.",
        ),
        (
            "tech.l1-vs-l2",
            "L2 shrinks every weight smoothly, which is why it produces sparser models than L1.",
        ),
        (
            "tech.regression-loss-functions",
            "Absolute loss is more sensitive to outliers than squared loss.",
        ),
        (
            "tech.regression-loss-functions",
            "Squared loss is less sensitive to outliers than absolute loss.",
        ),
        (
            "tech.decision-trees-random-forests",
            "A single deep tree has lower variance than a random forest.",
        ),
    ],
)
def test_a_reversed_comparison_is_charged(qid: str, said: str) -> None:
    assert _charges(qid, said), said


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.regression-loss-functions",
            "Absolute loss is more robust to outliers than squared loss.",
        ),
        (
            "tech.regression-loss-functions",
            "Squared loss is more sensitive to outliers than absolute loss.",
        ),
        (
            "tech.decision-trees-random-forests",
            "A random forest has lower variance than a single deep tree.",
        ),
        # a lesser degree turns its own property only: the bias stays with the linear model
        (
            "tech.bias-variance",
            "A simple linear model has more bias and less variance than a deep tree.",
        ),
        (
            "tech.l1-vs-l2",
            "L1 zeroes out weak features, which is why it produces sparser models than L2.",
        ),
    ],
)
def test_the_true_side_of_each_reversal_is_not_charged(qid: str, said: str) -> None:
    assert _charges(qid, said) == [], said


def _words(tokens_text: str, span: tuple[int, int] | None) -> str:
    tokens = tokenize(tokens_text)
    return "" if span is None else " ".join(tokens.words[span[0] : span[1]])


def test_the_sides_of_a_comparison() -> None:
    text = "Bagging is less sensitive to label noise than boosting."
    (c,) = list(comparisons(tokenize(text)))
    assert _words(text, c.more) == "boosting"
    assert _words(text, c.less) == "bagging"
    text = "Momentum keeps a running average, so it oscillates less across a valley than plain SGD."
    (c,) = list(comparisons(tokenize(text)))
    assert c.pronoun
    assert _words(text, c.subject) == "momentum"
    assert _words(text, c.more) == "sgd"  # "plain" picks out its plain form
    text = "A GRU has only two gates, and it has fewer parameters than an LSTM."
    (c,) = list(comparisons(tokenize(text)))
    assert _words(text, c.less) == "gru"


def test_a_pronoun_stands_for_the_subject_of_the_clause_it_follows() -> None:
    text = "The encoder reads both directions. It suits classification."
    tokens = tokenize(text)
    assert _words(text, antecedent(tokens, tokens.words.index("it"))) == "encoder"
    text = "Dropout, which silences random units, slows training."
    tokens = tokenize(text)
    assert _words(text, antecedent(tokens, tokens.words.index("which"))) == "dropout"
