"""A cost's order of growth said wrong (issue 9, wrong67): growth_order.py.

"Linear", "quadratic", "cubic", "exponential" name points of one scale; an answer that gives a
quantity another order than the rubric gives the same quantity growing with the same argument
contradicts the point, in whatever words the rest of the sentence is said. Each wrong sentence
here is new (none is a kind set's) and was charged nothing before; the correct sentences of the
same shape stay uncharged.
"""

from __future__ import annotations

import pytest

from simulator.core.scoring import score_answer
from simulator.core.scoring.growth_order import growth_of
from simulator.core.scoring.text import stem, words
from simulator.core.transcript import Transcript
from tests.core.scoring.test_para65_said_elsewhere import _bank


def _contradicted(qid: str, text: str) -> list[str]:
    score = score_answer(_bank().get(qid), Transcript(text))
    return [k.id for k in score.key_points if k.status == "contradicted"]


@pytest.mark.parametrize(
    ("qid", "text", "point"),
    [
        (
            "tech.shap-values",
            "Computing exact Shapley values takes time linear in the number of features.",
            "approximations",
        ),
        (
            "tech.normal-equation-vs-gd",
            "Solving the normal equation costs linear time in the number of features.",
            "cost",
        ),
        (
            "tech.hierarchical-clustering",
            "Memory grows linearly with the number of points, so a laptop handles millions.",
            "cost",
        ),
        (
            "tech.curse-of-dimensionality",
            "The volume of the space grows linearly with the number of dimensions, so a little "
            "more data keeps the same density.",
            "sparsity",
        ),
        (
            "tech.kernel-trick",
            "Training a kernel SVM scales linearly with the number of samples, so tens of "
            "millions of rows are routine.",
            "validity-cost",
        ),
    ],
)
def test_another_order_of_growth_contradicts_the_point(qid: str, text: str, point: str) -> None:
    assert point in _contradicted(qid, text)


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        # the accepted order
        (
            "tech.shap-values",
            "Exact Shapley values take time exponential in the number of features.",
        ),
        # another order of another argument: a different quantity
        (
            "tech.normal-equation-vs-gd",
            "Each epoch of gradient descent costs time linear in the number of examples.",
        ),
        # a method named by its order word is the alternative, not the kernel SVM
        (
            "tech.kernel-trick",
            "For huge data I would switch to a linear SVM, which scales linearly with the number "
            "of samples.",
        ),
        # a remedy that brings the cost down, and the accepted order said too
        (
            "tech.kernel-trick",
            "The Gram matrix grows quadratically with the number of samples, and random Fourier "
            "features bring training down to linear in the number of samples.",
        ),
        # denied and hedged
        (
            "tech.hierarchical-clustering",
            "Memory does not grow linearly with the number of points.",
        ),
        (
            "tech.hierarchical-clustering",
            "Some people think memory grows linearly with the points.",
        ),
    ],
)
def test_the_accepted_order_another_quantity_or_a_denial_is_not_charged(
    qid: str, text: str
) -> None:
    assert "cost" not in _contradicted(qid, text)
    assert "validity-cost" not in _contradicted(qid, text)
    assert "approximations" not in _contradicted(qid, text)


def test_order_words_are_read_only_as_growth() -> None:
    assert growth_of(words("the two classes are linearly separable")) is None
    assert growth_of(words("a linear model fits the data")) is None
    growth = growth_of(words("the cost is quadratic in sequence length"))
    assert growth is not None and growth.rank == 3
    assert growth.argument == {stem("sequence"), stem("length")}
    squared = growth_of(words("with a million listings the cost is n squared"))
    assert squared is not None and squared.rank == 3
