"""Correct answers charged for a kind of sentence each (issue 9, wrong65). Each correct answer
below is charged at main f8d36b04; each wrong one next to it stays charged.

* A term the rubric names only as what its subject acts on (invented_meanings.py): round 64's
  window charged an answer defining overfitting, given to the regularization question, "said
  the opposite of: Regularization reduces overfitting and improves generalization". The label
  claims what regularization does to overfitting; a definition of overfitting neither says it
  nor its opposite (a contradiction needs the same subject). A definitional point ("Variance is
  sensitivity to the particular training sample") still charges a wrong definition.
* A term the rubric names but never defines, and the bank does (invented_meanings.py): "PCA is a
  linear method that projects the data onto a few directions" given to the curse of
  dimensionality (whose rubric lists PCA among the remedies), "multicollinearity is when two or
  more features are highly correlated" given to the regression assumptions ("No perfect
  multicollinearity among features"): what the shipped bank says of the term as a subject
  (tech.tsne-umap's "PCA is a linear projection that preserves global variance") is a meaning
  the rubric gives it. "PCA is a supervised method that picks the components most correlated
  with the label" says none of it and is still charged.
* A manner denied with the act (dismissals.py): "you should never invert X^T X *explicitly*"
  says how, not that the inverse is not needed (heldout_wrong64).
* A verb's form as a noun (loose_claims.py): "correlation with *the target*" is no yield verb to
  say as "predict", so "strong correlation among the predictors" is not "correlation with the
  target" (heldout_wrong64).
* A plan called unworkable by an idiom (stance.py): "comparing every listing with every other
  one is *out of the question*" rules the brute force out (heldout_wrong64).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from tests.core.scoring.rubric_charges import told_charges

_REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([_REPO / "questions"])


def _ids(charges: list[str]) -> list[str]:
    return [c.split(":")[0] for c in charges]


@pytest.mark.parametrize(
    "said",
    [
        "Overfitting is when a model learns the training data too well, including its noise, so "
        "it does well on the training set but poorly on new data.",
        "Overfitting means the model memorizes the quirks of the training examples instead of "
        "the general pattern, so its error on unseen data is much higher than on the training "
        "set.",
    ],
)
def test_the_problem_a_point_acts_on_defined(bank: QuestionBank, said: str) -> None:
    assert told_charges(bank.get("tech.regularization"), said) == []


def test_a_wrong_definition_of_a_defined_term_is_still_charged(bank: QuestionBank) -> None:
    said = (
        "Variance is the error of a model that is too simple: a high-variance model is a rigid "
        "straight line that underfits everything."
    )
    assert "variance" in _ids(told_charges(bank.get("tech.bias-variance"), said))


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.curse-of-dimensionality",
            "PCA is a linear method that projects the data onto a few directions that keep most "
            "of the variance.",
        ),
        (
            "tech.linear-regression-assumptions",
            "Multicollinearity is when two or more features are highly correlated with each other.",
        ),
    ],
)
def test_a_term_the_bank_defines(bank: QuestionBank, qid: str, said: str) -> None:
    assert told_charges(bank.get(qid), said) == []


def test_a_definition_the_bank_does_not_give_is_still_charged(bank: QuestionBank) -> None:
    said = "PCA is a supervised method that picks the components most correlated with the label."
    assert told_charges(bank.get("tech.dimensionality-reduction"), said) != []


_NORMAL = (
    "The normal equation forms X^T X and solves a system cubic in the number of features, "
    "which is too slow for very many features, whereas mini-batch gradient descent streams "
    "over the rows. "
)


def test_a_manner_denied_with_the_act(bank: QuestionBank) -> None:
    said = "And you should never invert X^T X explicitly: it can be singular, so use QR or SVD."
    assert told_charges(bank.get("tech.normal-equation-vs-gd"), _NORMAL + said) == []


def test_the_act_denied_is_still_dismissed(bank: QuestionBank) -> None:
    said = "You should never invert X transpose X: just use gradient descent."
    assert "closed-form" in _ids(told_charges(bank.get("tech.normal-equation-vs-gd"), said))


def test_a_verbs_form_as_a_noun(bank: QuestionBank) -> None:
    said = (
        "Multicollinearity is strong correlation among the predictors, which makes the "
        "coefficients unstable and hard to interpret."
    )
    assert told_charges(bank.get("tech.multicollinearity"), said) == []


def test_correlation_with_the_target_is_still_charged(bank: QuestionBank) -> None:
    said = "Multicollinearity is strong correlation with the target."
    assert "definition" in _ids(told_charges(bank.get("tech.multicollinearity"), said))


def test_a_plan_called_out_of_the_question(bank: QuestionBank) -> None:
    said = (
        "Comparing every listing with every other one is out of the question with millions of "
        "them, so I first gather, for each listing, a short list of likely twins."
    )
    assert told_charges(bank.get("case.duplicate-detection"), said) == []


def test_a_plan_called_fine_is_still_charged(bank: QuestionBank) -> None:
    said = "Comparing every listing with every other one is fine even with millions of them."
    assert told_charges(bank.get("case.duplicate-detection"), said) != []
