"""Correct answers charged for what they say of another method, of a practice they reject, of
another case, of a classic equivalent, or of a name a later act of the speaker's follows
(charge53, issue 9). Each sentence below was charged at 4a2d6651, in an otherwise correct
answer; the wrong claims next to them stay charged."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from tests.core.scoring.rubric_charges import charged, shipped_question

# Whose claim: a relative clause hangs on the method the sentence sets against the asked one.
_OTHER_METHOD = (
    (
        "tech.gradient-boosting",
        "Gradient boosting starts from a constant and adds shallow trees one by one, each fit "
        "to the pseudo-residuals. It differs from a random forest, which averages independent "
        "trees.",
    ),
    (
        "tech.gradient-boosting",
        "Gradient boosting starts from a constant and adds shallow trees one by one. Compared "
        "with a random forest, which averages independent trees, it fits each tree to the "
        "pseudo-residuals.",
    ),
    (
        "tech.gradient-boosting",
        "Gradient boosting adds shallow trees one by one to a constant prediction, each fit to "
        "the pseudo-residuals. It is usually more accurate than a random forest, which averages "
        "independent trees.",
    ),
    (
        "tech.momentum",
        "Momentum keeps a velocity of past gradients with beta around 0.9. Compared with "
        "vanilla SGD, which uses only the current gradient, it builds speed along consistent "
        "directions and cancels the zigzag.",
    ),
    (
        "tech.dbscan",
        "DBSCAN groups points in dense regions: core points have at least min samples "
        "neighbours within epsilon, and the rest is noise. It finds clusters of any shape and "
        "does not need the number of clusters, as opposed to k-means, which needs the number "
        "of clusters up front and places k centroids.",
    ),
    (
        "tech.dropout",
        "Dropout randomly zeroes each unit with probability p at every training step, so the "
        "network can't rely on co-adaptation; at inference it is off, and with inverted dropout "
        "the scaling happens during training. This differs from pruning, which removes neurons "
        "permanently.",
    ),
)


@pytest.mark.parametrize(("qid", "text"), _OTHER_METHOD)
def test_claim_of_the_method_set_against_is_not_charged_r53(qid: str, text: str) -> None:
    assert charged(shipped_question(qid), text) == []


def test_claim_of_the_asked_method_is_still_charged_r53() -> None:
    question = shipped_question("tech.gradient-boosting")
    said = "Gradient boosting starts from a constant. Like a random forest, it averages independent trees."
    assert charged(question, said) == ["additive"]


# A rejected practice: the practice is the subject and its verb says it fails.
_REJECTED = (
    "Evaluating with accuracy falls apart when defaults are rare.",
    "Evaluating with accuracy hides the defaults.",
    "Evaluating with accuracy tells you nothing.",
    "Evaluating with accuracy is meaningless here.",
    "Evaluating with accuracy doesn't work when a class is rare.",
    "Evaluating with accuracy ignores the cost of a default.",
)
_CREDIT = (
    "Defaults are rare, a few percent of loans. {} I'd use AUC for ranking, calibration of the "
    "predicted probability of default, and expected loss at the approval threshold."
)


@pytest.mark.parametrize("sentence", _REJECTED)
def test_rejected_practice_is_not_charged_r53(sentence: str) -> None:
    assert charged(shipped_question("case.credit-risk"), _CREDIT.format(sentence)) == []


def test_recommended_practice_is_still_charged_r53() -> None:
    said = _CREDIT.format("I would evaluate with accuracy, which works well here.")
    assert charged(shipped_question("case.credit-risk"), said) == ["metrics"]


# Another case of the rubric's own claim.
def test_another_case_is_not_charged_r53() -> None:
    question = shipped_question("tech.gradient-boosting")
    warning = (
        "A common mistake is to say each tree simply fits the residuals. It fits the negative "
        "gradient of the loss, which equals the residual only for squared error; for absolute "
        "error it's just the sign of the residual."
    )
    assert charged(question, warning) == []


def test_the_rubric_case_said_of_the_other_is_still_charged_r53() -> None:
    question = shipped_question("tech.gradient-boosting")
    said = (
        "Gradient boosting builds an additive model stage by stage from a constant prediction. "
        "Each tree fits the negative gradient of the loss; for absolute error these are "
        "literally the residuals, actual minus predicted."
    )
    assert charged(question, said) == ["pseudo-residuals"]


# A classic equivalent a rubric's label gives as the other way to get the same thing.
@pytest.mark.parametrize(
    "sentence",
    (
        "PCA is equivalent to the SVD of the centred data.",
        "PCA keeps the top eigenvectors of the covariance matrix, which is equivalent to the "
        "SVD of the centred data.",
    ),
)
def test_svd_as_pca_is_not_charged_r53(sentence: str) -> None:
    said = (
        "Dimensionality reduction maps many features to a few, against the curse of "
        f"dimensionality, to remove noise and to visualize. {sentence} t-SNE and UMAP are "
        "nonlinear and good for plots; autoencoders learn a nonlinear compression."
    )
    assert charged(shipped_question("tech.dimensionality-reduction"), said) == []


# Whose words: a clause that goes on with the acts of the person the sentence opens on.
def test_a_later_act_of_the_speaker_is_said_of_no_name_r53() -> None:
    packs = Path(__file__).resolve().parent / "packs" / "blind44dev"
    question = load_packs([packs]).get("case.o44-invoice-extraction")
    said = (
        "We'd run OCR on the phone photos, read the embedded text of the native PDFs, then hand "
        "both to a document extraction model with layout features that returns the vendor, "
        "dates, line items and total. Check that the line items add up to the total and send "
        "low-confidence invoices to a reviewer."
    )
    assert charged(question, said) == []
