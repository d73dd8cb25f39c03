"""Issue 9 (cut31): a first sentence that names a neighbouring concept to contrast or set up the
asked one is no answer about that neighbour (answer_subject._sets_up), while an answer to
another question stays cut."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question
from simulator.core.scoring.answer_subject import opening_concept, other_concept
from simulator.core.scoring.content import score_content
from simulator.core.scoring.shipped_rubrics import shipped_questions
from simulator.core.scoring.text import tokenize


def _q(qid: str) -> Question:
    return next(q for q in shipped_questions() if q.id == qid)


SET_UP = [
    (
        "tech.svm",
        "Logistic regression finds a boundary that fits the probabilities of all the points; a "
        "support vector machine instead looks for the separating hyperplane with the largest "
        "margin, the distance to the nearest points of each class, which are the support vectors. "
        "With a soft margin, slack variables allow some points inside the margin, and C sets the "
        "penalty: a large C gives a narrow margin that may overfit, a small C a wider, smoother "
        "one. With the RBF kernel it separates data that is not linearly separable.",
    ),
    (
        "tech.gradient-descent",
        "Newton's method uses the curvature of the loss, which is expensive in many dimensions. "
        "Gradient descent uses only the first derivative: compute the gradient of the loss with "
        "respect to the parameters and take a step in the opposite direction, scaled by the "
        "learning rate, then repeat until the loss stops decreasing. Too large a learning rate "
        "diverges, too small is slow.",
    ),
    (
        "tech.mle-vs-map",
        "Frequentist statistics treats the parameters as fixed and asks which value makes the "
        "data most probable, which is maximum likelihood estimation. Maximum a posteriori "
        "estimation adds a prior and maximizes the posterior, the likelihood times the prior; a "
        "Gaussian prior gives L2 regularization. With lots of data the two agree.",
    ),
]


@pytest.mark.parametrize(("qid", "text"), SET_UP)
def test_a_neighbour_set_up_for_the_asked_subject_is_not_the_concept_developed(
    qid: str, text: str
) -> None:
    q = _q(qid)
    tokens = tokenize(text)
    assert opening_concept(tokens) is not None  # it does open on the neighbour's name
    assert other_concept(q, tokens) is None
    assert score_content(q, tokens).kept == 1.0


def test_an_opening_adverb_of_usual_practice_names_no_concept() -> None:
    """ "Normally X ..." sets up the usual practice the answer goes on to qualify."""
    for said in (
        "Normally dropout is switched off at test time.",
        "Historically batch normalization was placed before the activation.",
        "Usually the learning rate is kept constant.",
    ):
        assert opening_concept(tokenize(said)) is None, said
    assert opening_concept(tokenize("Dropout usually helps a wide network.")) == ["dropout"]


def test_an_answer_about_the_neighbour_is_still_cut() -> None:
    """The neighbour opens and is developed; the asked subject is never named early."""
    q = _q("tech.svm")
    text = (
        "Logistic regression models the log odds of the positive class as a linear function of "
        "the features and passes it through the sigmoid to get a probability. It is fit by "
        "maximizing the likelihood, the same as minimizing cross entropy, with gradient based "
        "solvers, and its coefficients are read as changes in log odds."
    )
    result = score_content(q, tokenize(text))
    assert result.kept < 1.0


def test_naming_the_asked_subject_does_not_free_an_answer_that_leans_elsewhere() -> None:
    """The opening names the asked subject only to leave it: the words as a whole are the
    shipped neighbour's answer, so it is still read as that question's."""
    q = _q("tech.svm")
    text = (
        "K-means, unlike a support vector machine, needs no labels. It assigns each point to the "
        "nearest centroid, recomputes each centroid as the mean of its points, and repeats until "
        "assignments stop changing. It assumes round clusters of similar size, needs k chosen in "
        "advance with the elbow method or silhouette score, and is sensitive to initialization, "
        "so k-means++ seeding is used."
    )
    result = score_content(q, tokenize(text))
    assert result.kept < 1.0
