"""Confidently wrong claims the scorer missed, found by wrong27 (issue 9).

* A diagnosis read from a condition: "if the two curves have converged at a high error, the model
  has high variance" gives one side of a pair (bias/variance) what the rubric says of the other,
  across the comma of an "if" / "when" sentence; so does the prescription the other way round
  ("if the model has high bias, add regularization"). The same sentences with the right side,
  or denied, hedged or turned round ("reduce regularization"), are no claim against the point.
* An attribute that holds "too" ("too simple") is not said of the other side "as well".
* Sweeping claims: "fully", "at all" (after a denial), "no effect", "no role" and "the standard
  way" are absolute words as "completely" is; "fully connected" is a name.
* Choosing, tuning, fitting or cleaning on the test set is charged whatever the question
  (claims_test_set.py); the test set kept for the final estimate, or the practice forbidden, is not.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.scoring.claims_sweeping import OVERCLAIM_ID
from simulator.core.scoring.claims_test_set import TEST_SET_ID
from simulator.core.scoring.shipped_rubrics import shipped_questions
from simulator.core.transcript import Transcript


def _shipped(qid: str) -> Question:
    return next(q for q in shipped_questions() if q.id == qid)


def _contradicted(qid: str, text: str) -> set[str]:
    score = score_answer(_shipped(qid), Transcript(text))
    return {k.id for k in score.key_points if k.contradiction}


@pytest.mark.parametrize(
    ("qid", "said", "point"),
    [
        (
            "tech.learning-curves",
            "If the two curves have converged at a high error, the model has high variance.",
            "high-bias-pattern",
        ),
        (
            "tech.learning-curves",
            "When there is a big gap between the curves, that means high bias.",
            "high-variance-pattern",
        ),
        (
            "tech.learning-curves",
            "If the model has high variance, both curves converge at a high error.",
            "high-bias-pattern",
        ),
        ("tech.bias-variance", "When the model is too simple, you have high variance.", "bias"),
        ("tech.bias-variance", "A model that is too simple has high variance.", "bias"),
        ("tech.bias-variance", "If the model memorizes the noise, it has high bias.", "variance"),
        ("tech.bias-variance", "If the model has high bias, add regularization.", "remedies"),
    ],
)
def test_a_condition_s_diagnosis_with_the_sides_swapped_is_contradicted(
    qid: str, said: str, point: str
) -> None:
    assert point in _contradicted(qid, said)


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.learning-curves",
            "If the two curves have converged at a high error, the model has high bias.",
        ),
        (
            "tech.learning-curves",
            "If the two curves have converged at a high error, the model does not have high "
            "variance.",
        ),
        (
            "tech.learning-curves",
            "If the two curves have converged at a high error, it might be high variance.",
        ),
        (
            "tech.learning-curves",
            "If the model has high variance, the curves do not converge at a high error.",
        ),
        (
            "tech.learning-curves",
            "If the model has high bias, both curves converge at a high error.",
        ),
        ("tech.bias-variance", "When the model is too simple, you have high bias."),
        ("tech.bias-variance", "If the model has high bias, reduce regularization."),
        ("tech.bias-variance", "If the model has high variance, add regularization."),
        (
            "tech.bias-variance",
            "Boosting also helps with high bias, and a model that is too flexible has high variance.",
        ),
    ],
)
def test_the_same_condition_with_the_right_side_or_denied_is_no_contradiction(
    qid: str, said: str
) -> None:
    assert _contradicted(qid, said) == set()


def _overclaims(qid: str, text: str) -> list[str]:
    score = score_answer(_shipped(qid), Transcript(text))
    return [m.phrase for m in score.misconceptions if m.id == OVERCLAIM_ID]


def test_fully_at_all_and_no_effect_are_sweeping_words() -> None:
    said = (
        "t-SNE is fully deterministic, so one run is enough. The perplexity has no effect on "
        "the picture. The random seed does not change the plot at all."
    )
    assert sorted(_overclaims("tech.tsne-umap", said)) == ["at all", "fully", "no effect"]


def test_fully_connected_is_a_name_not_a_sweeping_word() -> None:
    said = (
        "A convolutional layer shares its weights across positions, unlike a fully connected "
        "layer. Pooling adds some translation invariance. The last layers are fully connected."
    )
    assert _overclaims("tech.cnn", said) == []


def test_at_all_without_a_denial_is_a_count_not_a_sweeping_word() -> None:
    said = (
        "Each word is weighted by how many documents use it at all. Rare words weigh more. "
        "Common words weigh little."
    )
    assert "at all" not in _overclaims("tech.tf-idf", said)


def _test_set_charges(qid: str, text: str) -> list[str]:
    score = score_answer(_shipped(qid), Transcript(text))
    return [m.evidence for m in score.misconceptions if m.id == TEST_SET_ID]


@pytest.mark.parametrize(
    "said",
    [
        "Fill missing values with the mean of the whole data set, including the test set.",
        "Use the test set to decide when to stop training.",
        "I remove the outliers from the test set so the score looks cleaner.",
        "I pick the threshold that maximizes F1 on the test set.",
        "I select the features with the best correlation on the test set.",
    ],
)
def test_choosing_fitting_or_cleaning_on_the_test_set_is_charged(said: str) -> None:
    assert _test_set_charges("tech.outliers", said) == [said]


@pytest.mark.parametrize(
    "said",
    [
        "Never tune your hyperparameters on the test set.",
        "Tune the hyperparameters on the validation set and report the score on the test set.",
        "Fit the model and evaluate it on the test set.",
        "Computing the mean over all the data, including the test set, would leak information.",
        "Use the test set only once, to estimate the final performance.",
        "Pick the threshold on the validation set, not on the test set.",
        "Fit the scaler on the training data and apply it to the test set.",
        "A common mistake is to choose the threshold on the test set.",
        "I pick the threshold on a validation set, then report precision and recall on the test "
        "set.",
        # one more kind of leakage in a list cut by ";"
        "Temporal leakage, using future information; train test contamination, fitting a scaler "
        "on the full data; and tuning on the test set.",
    ],
)
def test_the_test_set_kept_for_the_final_estimate_is_not_charged(said: str) -> None:
    assert _test_set_charges("tech.outliers", said) == []
