"""Plain wrong claims with no rubric phrase (issue 9, claims23): a metric's landmark value given
the wrong meaning ("an AUC of 0.5 is perfect") and a remedy said to move the wrong side of the
bias-variance trade-off ("dropout reduces bias"). Each escaped before: no key point's
direction, subject or rubric claim is reversed in them."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import told_charges


def _charges(bank: QuestionBank, qid: str, text: str) -> list[str]:
    return told_charges(bank.get(qid), text)


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        ("tech.choosing-metrics", "An AUC of 0.5 means the model ranks perfectly."),
        ("tech.choosing-metrics", "An AUC of 50 percent is excellent for most problems."),
        (
            "tech.calibration",
            "A perfectly calibrated model has an expected calibration error of one.",
        ),
        (
            "tech.classification-vs-regression",
            "An R squared of zero means the model explains all the variance of the target.",
        ),
        (
            "tech.multicollinearity",
            "A variance inflation factor of one means severe multicollinearity.",
        ),
        ("tech.cross-entropy", "A log loss of zero means the model is random."),
        (
            "tech.multicollinearity",
            "When the correlation between two features is zero there is a strong relationship between them.",
        ),
    ],
)
def test_a_landmark_value_given_the_wrong_meaning_is_charged(
    bank: QuestionBank, qid: str, text: str
) -> None:
    charged = _charges(bank, qid, text)
    assert charged, text
    feedback = score_answer(bank.get(qid), Transcript(text)).misconceptions[0].correction
    assert feedback.startswith("The accepted view is that ")


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        ("tech.roc-auc", "The AUC ranges from 0.5 for a random ranking to 1 for a perfect one."),
        (
            "tech.choosing-metrics",
            "An AUC of 0.5 is what random ranking gives, while 1.0 is perfect.",
        ),
        ("tech.cross-entropy", "A log loss of zero means perfect confident predictions."),
        (
            "tech.multicollinearity",
            "A VIF of one means the feature is uncorrelated with the others, while above ten is severe.",
        ),
        (
            "tech.calibration",
            "A perfectly calibrated model has an expected calibration error of zero.",
        ),
        (
            "tech.choosing-metrics",
            "An AUC of 0.99 on the first try is nearly perfect, which usually points to leakage.",
        ),
        (
            "tech.choosing-metrics",
            "A recall of 0.95 is great for screening, but a precision of 0.1 is poor.",
        ),
        (
            "tech.choosing-metrics",
            "Some people read an AUC of 0.5 as a perfect score, but that is wrong.",
        ),
        ("tech.choosing-metrics", "An AUC of 0.5 is not perfect."),
        ("tech.multicollinearity", "A VIF of one is good: that feature is not collinear."),
    ],
)
def test_right_readings_denials_and_warnings_of_values_are_not_charged(
    bank: QuestionBank, qid: str, text: str
) -> None:
    assert _charges(bank, qid, text) == []


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        (
            "tech.dropout",
            "Dropout reduces bias because it lets the network use more of its neurons at once.",
        ),
        (
            "tech.knn",
            "A larger k increases variance, because the prediction depends on more neighbours.",
        ),
        (
            "tech.regularization",
            "Weight decay mainly lowers the bias of the model, so it fixes underfitting.",
        ),
        (
            "tech.decision-trees-random-forests",
            "Growing deeper trees reduces variance, which is why a single deep tree generalizes well.",
        ),
        (
            "tech.knn",
            "With a smaller k the model has lower variance, since it looks at fewer points.",
        ),
    ],
)
def test_a_remedy_said_to_move_the_wrong_side_is_charged(
    bank: QuestionBank, qid: str, text: str
) -> None:
    assert _charges(bank, qid, text), text


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        (
            "tech.knn",
            "A larger k smooths the decision boundary and lowers variance, while a smaller k lowers bias.",
        ),
        (
            "tech.dropout",
            "Dropout reduces overfitting by randomly zeroing activations during training.",
        ),
        (
            "tech.bias-variance",
            "Adding more features or a more flexible model reduces bias but increases variance.",
        ),
        (
            "tech.regularization",
            "Regularization trades a little more bias for a large reduction in variance.",
        ),
        ("tech.bias-variance", "More data does not reduce bias, it only lowers variance."),
        ("tech.bias-variance", "A common mistake is to think that more data reduces bias."),
        # "less" turns the remedy round: charged as "regularization reduces bias" before
        ("tech.bias-variance", "Less regularization lowers bias, and more data lowers variance."),
    ],
)
def test_remedies_on_their_right_side_denied_or_warned_are_not_charged(
    bank: QuestionBank, qid: str, text: str
) -> None:
    assert _charges(bank, qid, text) == []


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        (
            "tech.sgd-vs-batch",
            "Stochastic gradient descent gives smooth, stable updates, while batch gradient"
            " descent gives very noisy updates.",
        ),
        (
            "tech.precision-recall-f1",
            "For cancer screening you care most about precision, because missing a sick patient"
            " is a false positive.",
        ),
        ("tech.dropout", "Dropout removes training examples at random from each mini batch."),
        (
            "tech.cross-validation",
            "Cross validation means we test the model on the training data several times.",
        ),
    ],
)
def test_common_wrong_statements_the_bank_lacked_are_charged(
    bank: QuestionBank, qid: str, text: str
) -> None:
    assert _charges(bank, qid, text), text
