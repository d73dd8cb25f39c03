"""A borrowed wrong claim is charged only when it says what it is about, as written (issue 9,
round 50, wrong50).

wrong49 lent every other shipped technical rubric's wrong claims to the asked question
(bank_claims.py) and caught two fluent wrong answers, but charged correct answers whose sentence
said a claim that is wrong only in its own question's setting or was read loosely: "too many
trees overfit" (wrong of a random forest) in a gradient-boosting answer, "trees trained in
parallel on bootstrap samples" (wrong of boosting) said of bagging, "kernel PCA captures
nonlinear structure" read as "pca captures nonlinear structure", "approximate nearest neighbour
search is faster than exact search" as "... search is exact", "data parallelism copies the
model to every GPU" as "model parallelism copies the model to every gpu".
"""

from __future__ import annotations

import pytest
from rubric_charges import shipped_misconceptions


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        # a claim about common matter, wrong only in its own question's setting
        (
            "tech.gradient-boosting",
            "Gradient boosting adds shallow trees one at a time, each fit to the negative "
            "gradient of the loss. Too many trees overfit, so the number of trees is chosen "
            "with early stopping on a validation set.",
        ),
        (
            "tech.bagging-vs-boosting",
            "Bagging averages many deep trees trained in parallel on bootstrap samples, while "
            "boosting trains shallow trees one after another on the errors so far.",
        ),
        (
            "tech.bagging-vs-boosting",
            "Bagging averages independent trees, as a random forest does, which is unlike "
            "boosting.",
        ),
        # not said as written: a comparison in the claim's place, another subject
        (
            "tech.knn",
            "K nearest neighbours predicts from the closest training points. Approximate "
            "nearest neighbour search is faster than exact search, while exact search is "
            "more accurate.",
        ),
        (
            "tech.larger-than-memory",
            "I would stream the data in batches from disk. Data parallelism copies the model "
            "to every GPU and gives each GPU different data, then averages the gradients.",
        ),
        # a compound subject another rubric names
        (
            "tech.tsne-umap",
            "t-SNE and UMAP are nonlinear methods for visualization; kernel PCA captures "
            "nonlinear structure too, while plain PCA is linear.",
        ),
    ],
)
def test_a_correct_sentence_is_not_charged_a_borrowed_claim_r50(qid: str, text: str) -> None:
    assert shipped_misconceptions(qid, text) == []


@pytest.mark.parametrize(
    ("qid", "text", "claim"),
    [
        (
            "case.spam-filtering",
            "Spam is about one percent of email traffic, so plain accuracy is the right "
            "metric, and precision and recall are the same thing anyway.",
            "precision and recall are the same",
        ),
        (
            "tech.regularization",
            "Regularization stops overfitting with a penalty on the weights. L2 corresponds to "
            "a Laplace prior on the weights.",
            "l2 corresponds to a laplace prior",
        ),
    ],
)
def test_a_named_wrong_claim_said_as_written_is_charged_r50(
    qid: str, text: str, claim: str
) -> None:
    assert claim in shipped_misconceptions(qid, text)
