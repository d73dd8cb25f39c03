"""Issue 9, questions/technical_foundations.yaml: wrong-claim phrases (key points'
``contradicted_by`` and misconception phrases) written as a topic or a bare predicate ("directions
of minimum variance", "prediction is fast", "trained with mean squared error", "does not assume
independence", "95 percent chance that the true") are now the wrong claim itself, with its
subject ("pca keeps the directions of minimum variance", "knn prediction is fast", "logistic
regression is trained with mean squared error"). A correct answer says those words of another
subject (linear regression, a polynomial expansion, a credible interval) or of the other end
(PCA drops the directions of minimum variance) and was charged as the wrong claim; each sentence
below was charged before the change. The plainly wrong sentences are still charged ("naive
bayes does not assume independence" was not charged before, and now is)."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from tests.core.scoring.rubric_charges import charged


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "tech.pca",
            "PCA keeps the directions of maximum variance and drops the directions of minimum "
            "variance.",
        ),
        (
            "tech.curse-of-dimensionality",
            "After reducing to fewer dimensions, distances become more meaningful again.",
        ),
        (
            "tech.curse-of-dimensionality",
            "In two dimensions the data becomes denser as you add points, but in high dimensions "
            "it stays sparse.",
        ),
        (
            "tech.kernel-trick",
            "Without the trick you would have to explicitly transform every point into the high "
            "dimensional space, which is expensive.",
        ),
        (
            "tech.kernel-trick",
            "A polynomial feature expansion explicitly computes the high dimensional features, "
            "while the kernel trick only computes inner products.",
        ),
        (
            "tech.gradient-descent",
            "Gradient ascent moves in the direction of the gradient, gradient descent in the "
            "opposite direction.",
        ),
        (
            "tech.gradient-descent",
            "For a convex loss with a suitable learning rate it always finds the global minimum; "
            "for neural networks it may not.",
        ),
        (
            "tech.cross-entropy",
            "Mean squared error would take the squared error between the probabilities, which "
            "gives weak gradients.",
        ),
        (
            "tech.cross-entropy",
            "Accuracy or zero one loss penalizes all mistakes equally, whereas cross entropy "
            "heavily penalizes confident wrong predictions.",
        ),
        (
            "tech.logistic-regression",
            "Linear regression is trained with mean squared error, but logistic regression is "
            "trained with log loss.",
        ),
        (
            "tech.logistic-regression",
            "If you add polynomial features, the decision boundary is nonlinear in the original "
            "inputs.",
        ),
        (
            "tech.naive-bayes",
            "Logistic regression does not assume independence between features, but naive bayes "
            "does, given the class.",
        ),
        (
            "tech.confidence-intervals",
            "A Bayesian credible interval gives a 95 percent chance that the true value lies "
            "inside it; a confidence interval does not.",
        ),
        (
            "tech.knn",
            "Training is instant, but prediction is slow, because it compares with every "
            "training point; for a linear model prediction is fast.",
        ),
        (
            "tech.svm",
            "The soft margin SVM minimizes the margin violations weighted by C while maximizing "
            "the margin.",
        ),
        (
            "tech.reinforcement-learning",
            "A greedy policy would maximize the immediate reward, but RL maximizes the "
            "discounted return.",
        ),
        (
            "tech.adam-optimizer",
            "Plain SGD uses the same step size for every parameter, while Adam adapts it per "
            "parameter.",
        ),
        (
            "tech.learning-rate-schedules",
            "Warmup takes small steps early and large steps later, and then decay brings the "
            "steps down again.",
        ),
    ],
)
def test_a_correct_sentence_with_the_words_of_a_wrong_claim_is_not_charged(
    bank: QuestionBank, question: str, text: str
) -> None:
    assert charged(bank.get(question), text) == []


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("tech.pca", "PCA keeps the directions of minimum variance."),
        ("tech.pca", "PCA projects the data onto the directions of minimum variance."),
        (
            "tech.curse-of-dimensionality",
            "In high dimensions the data becomes denser, so neighbors are closer.",
        ),
        ("tech.curse-of-dimensionality", "As dimensions grow, distances become more meaningful."),
        (
            "tech.kernel-trick",
            "The kernel trick explicitly transforms every point into the feature space.",
        ),
        (
            "tech.kernel-trick",
            "The kernel trick explicitly computes the high dimensional features and then takes "
            "dot products.",
        ),
        ("tech.gradient-descent", "Gradient descent moves in the direction of the gradient."),
        ("tech.gradient-descent", "Gradient descent always finds the global minimum."),
        ("tech.gradient-descent", "It always finds the global minimum of any loss."),
        ("tech.cross-entropy", "Cross entropy is the squared error between the probabilities."),
        ("tech.cross-entropy", "Cross entropy penalizes all mistakes equally."),
        ("tech.logistic-regression", "Logistic regression is trained with mean squared error."),
        ("tech.logistic-regression", "Logistic regression is fit with least squares."),
        ("tech.logistic-regression", "Logistic regression has a nonlinear decision boundary."),
        ("tech.naive-bayes", "Naive bayes does not assume independence between features."),
        (
            "tech.confidence-intervals",
            "There is a 95 percent chance that the true value is in this interval.",
        ),
        ("tech.knn", "KNN prediction is fast because training builds a model."),
        (
            "tech.svm",
            "An SVM minimizes the margin between the two classes so the boundary hugs the data.",
        ),
        ("tech.reinforcement-learning", "The agent maximizes the immediate reward at each step."),
        ("tech.reinforcement-learning", "The goal is to maximize the immediate reward."),
        ("tech.adam-optimizer", "Adam uses the same step size for every parameter."),
        (
            "tech.learning-rate-schedules",
            "A good schedule uses small steps early and large steps later.",
        ),
    ],
)
def test_the_wrong_claim_itself_is_still_charged(
    bank: QuestionBank, question: str, text: str
) -> None:
    assert charged(bank.get(question), text) != []
