"""A degree word after the verb of change and its object (issue 9, claims57).

The accepted "Ward merges the pair that *least increases* within-cluster variance" reads
"least increases" as a decrease (claim_clauses.read_clause), but a correct answer's "the pair
that *increases* within-cluster variance *the least*" read as an increase, its opposite: the
answer was charged and scored 0. A "less" / "least" ending the verb's object grades the verb
as it does before it. Each correct wording here was charged before; what turns the statement
over is still read as it was.
"""

from __future__ import annotations

import pytest

from simulator.core.scoring.claim_clauses import read_clause
from simulator.core.scoring.counterparts import CHANGE
from simulator.core.scoring.text import stem, words
from tests.core.scoring.rubric_charges import shipped_charges

_WARD = "tech.hierarchical-clustering"


@pytest.mark.parametrize(
    "said",
    [
        "Ward merges the pair that increases within-cluster variance the least.",
        "Ward merges whichever pair increases the within cluster sum of squares least.",
        "Ward merges the two clusters whose merge increases the within-cluster variance least, "
        "so its clusters look like k-means ones.",
    ],
)
def test_the_least_after_the_object_is_not_charged(said: str) -> None:
    assert shipped_charges(_WARD, said) == []


def _change_side(text: str) -> int:
    ws = tuple(words(text.lower()))
    clause = read_clause(ws, tuple(stem(w) for w in ws), text, None)
    return dict(clause.sides)[CHANGE]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # graded from after the object: the other side, as "least increases" is
        ("the pair that increases variance the least", 1),
        ("the merge increases the within cluster sum of squares least", 1),
        ("ward increases the within cluster variance less than any other merge would", 1),
        # no degree of the verb: read as said
        ("the pair that increases variance the most", 0),
        ("it increases the variance by at least ten percent", 0),
        ("a lower learning rate helps less", 1),
        ("the loss increases on the examples we have seen least", 0),
        ("the error increases for the least frequent classes", 0),
    ],
)
def test_which_side_a_trailing_degree_word_reads(text: str, side: int) -> None:
    assert _change_side(text) == side


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.hierarchical-clustering",
            "Ward merges the pair that maximizes the within-cluster variance.",
        ),
        ("tech.pca", "PCA finds the directions of minimum variance in the data."),
        ("tech.svm", "The SVM finds the hyperplane that minimizes the margin."),
        ("tech.regression-loss-functions", "Squared error is the most robust to outliers."),
        ("tech.k-means", "K-means maximizes the within-cluster sum of squares."),
        ("tech.momentum", "Momentum increases the oscillations across the valley the most."),
    ],
)
def test_the_turned_statement_is_still_charged(qid: str, said: str) -> None:
    assert shipped_charges(qid, said)
