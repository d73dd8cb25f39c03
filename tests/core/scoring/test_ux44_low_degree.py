"""A low degree of a direction said by its noun is the other side (issue 8, walkthrough 44).

In the real window a correct follow-up answer, "the decision boundary should pass through low
density regions", was charged the rubric's wrong claim "the decision boundary passes through
dense regions" ("low" is a weak word a claim may skip, and "density" is of the "dense" family):
the question's score fell from 75 to 23 with the follow-up. Each correct sentence here was
charged before the change; each wrong twin still is.
"""

from __future__ import annotations

import pytest

from tests.core.scoring.rubric_charges import charged, one_question
from tests.core.scoring.rubric_charges import shipped_charges as _charges

_PACK = """
pack:
  name: degrees
questions:
  - id: tech.t44-degrees
    category: technical
    topic: regularization
    difficulty: 2
    prompt: How do the penalties of L1 and L2 shape a model's weights?
    time_limit_s: 90
    key_points:
      - id: sparse
        label: The L1 penalty keeps few weights, setting the rest to zero
        weight: 3
        phrases: [weights to zero, few weights]
        contradicted_by: ["the l2 penalty gives the weights sparsity"]
      - id: robust
        label: An absolute penalty is robust to outliers in the weights' sizes
        weight: 2
        phrases: [absolute penalty]
        contradicted_by: ["the squared penalty gives the model robustness to outliers"]
    model_answer: >-
      The L1 penalty sets most weights to zero and keeps few of them; the L2 penalty shrinks
      every weight a little, and a squared penalty is sensitive to outliers.
"""


@pytest.mark.parametrize(
    "said",
    [
        "The cluster assumption: points in the same dense cluster share a label, so the decision "
        "boundary should pass through low density regions.",
        "The decision boundary passes through regions of lower density between the clusters.",
    ],
)
def test_low_density_is_not_dense(said: str) -> None:
    assert _charges("tech.semi-supervised", said) == []


@pytest.mark.parametrize(
    "said",
    [
        "The decision boundary passes through dense regions.",
        "The decision boundary should pass through high density regions.",
    ],
)
def test_the_dense_side_is_still_charged(said: str) -> None:
    assert _charges("tech.semi-supervised", said)


def test_any_degree_noun_of_the_table() -> None:
    """Sparsity as density. ("little robustness" is still charged by another check.)"""
    question = one_question(_PACK, "degrees.yaml")
    assert charged(question, "The L2 penalty gives the weights low sparsity.") == []
    assert charged(question, "The L2 penalty gives the weights sparsity.") == ["sparse"]
    assert charged(question, "The squared penalty gives the model robustness to outliers.") == [
        "robust"
    ]
