"""Correct sentences charged with a wrong claim they do not make, found by correct28 (issue 9),
each kind with its wrong twin, which stays charged. Real bank.

* A dismissal ("you don't need to ...", "there's no need to ...") denies only what it says:
  an extent or a manner ("every review", "fifty-fifty", "from scratch"), a removal ("drop the
  rare categories" keeps them), or what the thing is not needed *to* do when that is another
  rubric concept ("labels to group customers"); said of the other side of a pair the point's
  label names ("unsupervised learning does not need labels") it is true of that side.
* A side named right after "unlike" is what the clause is contrasted with; "which is unlike
  boosting" denies the link "is boosting".
* A comparison holds in its setting: the losing side ends before "for", "on", "along" ...,
  and a sentence that opens with "For <setting>," ranks the loser only there; a comparative
  between two named things neither of which is the point's subject ("RNNs are cheaper than
  transformers on very long sequences") says nothing of the point's "long inputs get
  expensive".
* A negated clause with an extent the accepted sentence does not say ("no need to recompute
  prices for each rider" against "recomputing prices every minute or two") denies the extent.
* A denial that is itself warned against ("a common mistake is to run PCA without
  standardizing") says the point, as credit.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from tests.core.scoring.rubric_charges import earned, told_charges

CORRECT = [
    # dismissal of an extent
    (
        "case.nlp-customer-reviews",
        "There's no need to annotate every single review; a labelled sample of a few hundred "
        "does it.",
    ),
    ("tech.imbalanced-data", "You don't need to balance the classes exactly fifty-fifty."),
    # dismissal of a removal
    (
        "tech.categorical-encoding",
        "You don't need to remove the rare categories; lump them into an other bucket.",
    ),
    # dismissal for another rubric concept, or after a word pointing back
    ("tech.supervised-vs-unsupervised", "You don't need labels to group customers by behavior."),
    ("tech.supervised-vs-unsupervised", "You don't need them for clustering."),
    ("tech.bert-vs-gpt", "You don't need a generative model to label documents."),
    # an extent outside the phrase's own words, a contrast with the question's subject
    (
        "tech.k-means",
        "You don't need to rerun k-means from scratch for every new point; assign it to the "
        "nearest centroid.",
    ),
    ("tech.k-means", "Unlike k-means, DBSCAN does not need the number of clusters in advance."),
    # dismissal of the rubric's own wrong claim
    (
        "tech.imbalanced-data",
        "You don't need to resample the test set; it should keep the real one percent rate.",
    ),
    # "cost" in "cost sensitive" says no direction
    (
        "tech.imbalanced-data",
        "Class weights are cheaper than SMOTE, because they need no new samples.",
    ),
    # dismissal said of the other side of the pair
    (
        "tech.supervised-vs-unsupervised",
        "Unsupervised learning does not need labelled data at all.",
    ),
    # "unlike"
    (
        "tech.bagging-vs-boosting",
        "Bagging averages independent trees, as a random forest does, which is unlike boosting.",
    ),
    ("tech.bert-vs-gpt", "GPT is the one for writing, since unlike BERT it reads left to right."),
    # comparisons in their setting
    ("tech.bert-vs-gpt", "A small encoder is better than a decoder for classification."),
    (
        "tech.classification-vs-regression",
        "For a rare positive class, recall and precision are more informative than accuracy.",
    ),
    ("tech.transformers-vs-rnns", "RNNs are cheaper than transformers on very long sequences."),
    (
        "tech.transformers-vs-rnns",
        "An LSTM is cheaper than a transformer when the input is very long.",
    ),
    # a denied extent
    ("case.surge-pricing", "We don't need to recompute prices for every single ride request."),
]

WRONG = [
    ("tech.imbalanced-data", "You don't need to resample the training set.", "resampling"),
    ("tech.k-means", "You don't need to assign each point to the nearest centroid.", "lloyd"),
    (
        "tech.k-means",
        "Unlike DBSCAN, k-means does not need the number of clusters in advance.",
        "assumptions",
    ),
    ("case.nlp-customer-reviews", "There's no need to annotate the reviews.", "labels"),
    ("tech.categorical-encoding", "You don't need to handle rare categories.", "rare-unseen"),
    ("tech.supervised-vs-unsupervised", "You don't need labels to train the model.", "labels"),
    ("tech.supervised-vs-unsupervised", "You don't need clustering.", "unsupervised-examples"),
    (
        "tech.supervised-vs-unsupervised",
        "Supervised learning does not need labelled data at all.",
        "labels",
    ),
    ("tech.bagging-vs-boosting", "Random forest is boosting.", "base-learners"),
    (
        "tech.bert-vs-gpt",
        "BERT is stronger at generation because unlike GPT it goes left to right.",
        "gpt-objective",
    ),
    ("tech.bert-vs-gpt", "A regex is better than classification with BERT.", "use-cases"),
    ("tech.classification-vs-regression", "Recall is more informative than accuracy.", "metrics"),
    ("tech.transformers-vs-rnns", "On long inputs attention is cheap.", "costs"),
    (
        "case.surge-pricing",
        "There is no need to recompute prices every minute.",
        "no need to recompute prices every minute",
    ),
]


@pytest.mark.parametrize(("qid", "text"), CORRECT)
def test_a_correct_sentence_is_not_charged(bank: QuestionBank, qid: str, text: str) -> None:
    assert told_charges(bank.get(qid), text) == []


@pytest.mark.parametrize(("qid", "text", "charge"), WRONG)
def test_its_wrong_twin_is_still_charged(
    bank: QuestionBank, qid: str, text: str, charge: str
) -> None:
    assert any(charge in c for c in told_charges(bank.get(qid), text))


def test_a_warning_against_leaving_a_practice_out_earns_it(bank: QuestionBank) -> None:
    """ "A common mistake is to run PCA without standardizing" warns against not
    standardizing: the denial is warned against, so the mention says the point."""
    warned = "A common mistake is to run PCA without standardizing the features first."
    assert earned(bank.get("tech.pca"), warned, "preprocess") > 0
    plain = "I run PCA without standardizing the features first."
    assert earned(bank.get("tech.pca"), plain, "preprocess") == 0
