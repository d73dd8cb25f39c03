"""Confidently wrong claims the scorer missed, found by wrong28 (issue 9).

* The other extreme, in the rubric's own words: "PCA projects the data onto the directions of
  *least* variance" against "directions of *maximum* variance". "least" / "less" before a
  counterpart that names a thing ("variance") said the other thing ("bias"), so the clause
  swapped two pairs and was read as a comparison; and an extreme said past small words ("the
  direction *with the* smallest variance") was said of nothing. The correct twins stay free:
  the smallest thrown away ("drop the components with the smallest variance"), both extremes
  in one answer ("maximum variance ... the remaining directions have the least variance"), a
  denial or a warning.
* A job that needs unseen data done on the training data (claims_training_set.py): calibrate,
  pick the threshold, tune, evaluate or stop early on the training set. Fitting there is right,
  and so is the job done on held-out data, with cross-validation, forbidden or fine-tuning.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.scoring.claims_training_set import TRAINING_SET_ID
from simulator.core.scoring.shipped_rubrics import shipped_questions
from simulator.core.transcript import Transcript


def _shipped(qid: str) -> Question:
    return next(q for q in shipped_questions() if q.id == qid)


def _charged(qid: str, text: str) -> list[str]:
    score = score_answer(_shipped(qid), Transcript(text))
    return [f"{k.id}: {k.contradiction}" for k in score.key_points if k.contradiction] + [
        m.phrase for m in score.misconceptions
    ]


def _contradicted(qid: str, text: str) -> set[str]:
    score = score_answer(_shipped(qid), Transcript(text))
    return {k.id for k in score.key_points if k.contradiction}


@pytest.mark.parametrize(
    "said",
    [
        "PCA projects the data onto the directions of least variance.",
        "PCA finds the directions with the smallest variance and projects the data onto them.",
        "The first component is the direction with the smallest variance.",
        "I keep the components with the lowest explained variance.",
    ],
)
def test_the_other_extreme_of_the_rubric_s_own_words_is_contradicted(said: str) -> None:
    assert "max-variance" in _contradicted("tech.pca", said)


@pytest.mark.parametrize(
    "said",
    [
        "PCA keeps the directions with the largest variance.",
        "I drop the components with the lowest explained variance.",
        "The directions with the smallest variance are mostly noise and get discarded.",
        "PCA keeps the directions with the largest variance and drops the ones with the "
        "smallest variance.",
        "PCA finds the directions of maximum variance. The remaining directions have the least "
        "variance.",
        "PCA finds the directions of maximum variance; the remaining directions have the least "
        "variance.",
        "A common mistake is to keep the components with the smallest variance.",
        "PCA does not keep the directions with the smallest variance.",
        "Each later component has less variance than the one before it.",
    ],
)
def test_the_smallest_thrown_away_compared_or_denied_is_no_contradiction(said: str) -> None:
    assert _charged("tech.pca", said) == []


def test_a_degree_of_another_word_is_no_extreme_of_the_accepted_one() -> None:
    """ "the *most* common choice" is no maximum against "squared error is *minimized* by the
    conditional mean" (a weak answer was charged while the reach passed small words)."""
    said = "Mean squared error is the most common choice."
    assert _charged("tech.regression-loss-functions", said) == []


def _training_set_charges(qid: str, text: str) -> list[str]:
    score = score_answer(_shipped(qid), Transcript(text))
    return [m.evidence for m in score.misconceptions if m.id == TRAINING_SET_ID]


def _evidence(qid: str, text: str) -> list[str]:
    """Sentences charged by any claim (a rubric's own list may charge one first)."""
    score = score_answer(_shipped(qid), Transcript(text))
    said = [m.evidence for m in score.misconceptions]
    return said + [k.contradiction for k in score.key_points if k.contradiction]


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.calibration",
            "You fit isotonic regression on the same training data the model was trained on, so "
            "it sees the most data.",
        ),
        (
            "tech.calibration",
            "I calibrate the probabilities on the training set with Platt scaling.",
        ),
        (
            "tech.pr-curve",
            "I pick the threshold on the training set, where there are more examples.",
        ),
        (
            "tech.bias-variance",
            "Evaluate the model on the training set to see how well it generalizes.",
        ),
        ("tech.early-stopping", "Stop training when the training loss stops improving."),
        ("tech.outliers", "I tune the hyperparameters on the training data to get the best score."),
        # the near-twins of review28's correct sentences, still wrong
        ("tech.pr-curve", "The decision threshold is chosen on the training data."),
        ("tech.bias-variance", "I estimate the generalization error using the training data."),
    ],
)
def test_a_held_out_job_done_on_the_training_data_is_charged(qid: str, said: str) -> None:
    assert _evidence(qid, said)
    # the misuse itself, whatever the question (stopping on the training loss: where stopping
    # early is asked about); a rubric's own list may charge the sentence first
    on = "tech.early-stopping" if "stop" in said.lower() else "tech.outliers"
    assert _training_set_charges(on, said) == [said]


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.calibration",
            "Fit the model on the training set and calibrate it on a held-out set.",
        ),
        (
            "tech.calibration",
            "Never calibrate on the training data, the scores there are overconfident.",
        ),
        (
            "tech.calibration",
            "I carve a calibration set out of the training data and fit Platt scaling on it.",
        ),
        ("tech.pr-curve", "I pick the threshold on the validation set, not on the training set."),
        (
            "tech.early-stopping",
            "Stop when the validation loss stops improving, even if the training loss keeps falling.",
        ),
        ("tech.outliers", "Tune the hyperparameters with cross-validation on the training set."),
        (
            "tech.transfer-learning",
            "Fine-tune the pretrained model on the training data with a small learning rate.",
        ),
        (
            "tech.bias-variance",
            "The model is trained on the training set and evaluated on the test set.",
        ),
        ("tech.bias-variance", "Evaluating on the training set gives an optimistic estimate."),
        (
            "tech.gradient-descent",
            "Gradient descent stops when the training loss stops decreasing.",
        ),
        ("tech.outliers", "Fit the scaler on the training data and apply it to new data."),
        # a model's own parameters and a tree's splits are learned on the training data
        # (review28: both were charged)
        (
            "tech.decision-trees-random-forests",
            "The tree picks each split threshold on the training data by maximizing the "
            "information gain.",
        ),
        (
            "tech.linear-regression-assumptions",
            "We estimate the coefficients using the training data with least squares.",
        ),
    ],
)
def test_the_job_on_held_out_data_forbidden_or_a_fit_is_not_charged(qid: str, said: str) -> None:
    assert _training_set_charges(qid, said) == []


@pytest.mark.parametrize(
    "said",
    [
        "Unsupervised learning uses data without labels, for example clustering customers.",
        "Unsupervised learning uses data without any labels.",
    ],
)
def test_a_denial_inside_a_rubric_claim_s_gap_breaks_it(said: str) -> None:
    """ "uses data *without* labels" is no "uses labels" (a contradicted_by phrase)."""
    assert _charged("tech.supervised-vs-unsupervised", said) == []


def test_the_rubric_claim_said_whole_is_still_charged() -> None:
    said = "Unsupervised learning uses labels, for example clustering customers."
    assert "unlabeled" in _contradicted("tech.supervised-vs-unsupervised", said)
