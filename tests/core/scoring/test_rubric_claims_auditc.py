"""Issue 9, questions/technical_applied.yaml and questions/cases.yaml: rubric wrong claims
written as topics or bare noun phrases ("random split of the days", "compare raw pixels",
"no weight sharing", "baseline is always 0.5") charged correct answers that name the practice to
reject it or say the words of another subject (the ROC baseline, macro averaging, a dense
layer). They are now whole wrong claims ("a random split of the days is fine"); the plainly
wrong sentences are still charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from tests.core.scoring.rubric_charges import charged


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "tech.pr-curve",
            "For a ROC curve the random baseline is always 0.5, but for the PR curve the baseline is the positive rate.",
        ),
        (
            "tech.pr-curve",
            "A random classifier always gives an ROC area of 0.5, while its PR area equals the prevalence.",
        ),
        (
            "tech.pr-curve",
            "A random classifier has a ROC area of exactly 0.5 whatever the class balance, but its PR area is the prevalence.",
        ),
        (
            "tech.multiclass-averaging",
            "Macro averaging treats every class equally.",
        ),
        (
            "tech.multiclass-averaging",
            "The macro average gives rare classes equal weight.",
        ),
        (
            "tech.cnn",
            "A dense network has no weight sharing, so it needs millions of parameters for an image; a CNN reuses each filter everywhere.",
        ),
        (
            "tech.cnn",
            "With no weight sharing, an MLP on images would need a huge number of parameters; the CNN shares each filter across the image.",
        ),
        (
            "tech.recsys-evaluation",
            "A random split of the interactions lets the model see the future, so I split by time.",
        ),
        (
            "case.stock-prices",
            "A random split of the days lets the model peek at the future, so I use a walk-forward split.",
        ),
        (
            "case.credit-risk",
            "A random split across vintages would mix future loans into training, so I validate out of time.",
        ),
        (
            "case.demand-forecasting",
            "A random split for validation lets future weeks leak into training, so I backtest on later weeks.",
        ),
        (
            "case.search-ranking",
            "Plain regression on the click count is a weak objective; I use a pairwise learning to rank loss.",
        ),
        (
            "case.recommendation-system",
            "Measuring only rmse on ratings misses ranking quality, so I also track recall at k and online metrics.",
        ),
        (
            "case.image-search",
            "Comparing raw pixels fails under lighting changes, so I use learned embeddings.",
        ),
        (
            "case.surge-pricing",
            "If we randomize riders independently, treated and control riders compete for the same drivers, so we randomize by region and time.",
        ),
        (
            "case.query-autocomplete",
            "Sorting completions alphabetically would be useless; we rank by popularity and personalization.",
        ),
        (
            "case.query-autocomplete",
            "Ranking the suggestions alphabetically would be useless; we rank by popularity.",
        ),
        (
            "tech.activation-functions",
            "Use softmax for classification and a linear output for regression.",
        ),
        (
            "tech.tf-idf",
            "Word embeddings capture the meaning of words, while tf idf only counts them.",
        ),
        (
            "case.price-optimization",
            "If you regress sales on price directly you get a confounded estimate, because past prices were set in response to demand.",
        ),
        (
            "case.nlp-customer-reviews",
            "Training a transformer from scratch would need far more labels than we have, so I fine tune a pretrained one.",
        ),
        (
            "case.nlp-customer-reviews",
            "Standard stopword lists remove negation words as stopwords, which flips sentiment, so I keep them.",
        ),
        (
            "case.ad-ctr-prediction",
            "Dropping the high cardinality ids loses the strongest signal, so I hash them.",
        ),
        ("case.search-ranking", "Treating clicks as ground truth ignores position bias."),
        (
            "case.credit-risk",
            "Labeling rejected applicants as defaults biases the model, so we use reject inference carefully.",
        ),
        (
            "case.credit-risk",
            "A random split of all loans would mix vintages, so I validate out of time.",
        ),
        (
            "case.fraud-detection",
            "I undersample legitimate transactions so that the classes are roughly balanced in training, and keep the test set at the true rate.",
        ),
        ("case.news-feed-ranking", "Ranking posts only by recency ignores relevance."),
        (
            "tech.time-series-validation",
            "Using future values as features leaks, so features only look back. Shuffling the data before splitting destroys the time order.",
        ),
        (
            "tech.pr-curve",
            "Picking the threshold on the test set biases the estimate, so I choose it on validation data.",
        ),
        (
            "tech.calibration",
            "Fitting the calibrator on the training data gives overconfident results, so I calibrate on a held out set, never on the test set.",
        ),
        (
            "tech.imbalanced-data",
            "Resampling the test set would distort the metrics, so I resample only the training data.",
        ),
        (
            "tech.larger-than-memory",
            "Reading everything into RAM would crash, so I stream batches.",
        ),
        (
            "tech.model-versioning",
            "Keeping only the latest model makes rollback impossible, and versioning only the code is not enough.",
        ),
        (
            "tech.forecasting-baselines",
            "Skipping the baselines hides whether the model adds anything.",
        ),
        ("tech.outliers", "Deleting all outliers can remove real rare events."),
        ("case.duplicate-detection", "Comparing all pairs is quadratic, so I use blocking."),
    ],
)
def test_a_correct_sentence_is_no_wrong_claim(bank: QuestionBank, question: str, text: str) -> None:
    assert charged(bank.get(question), text) == []


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "tech.pr-curve",
            "The PR baseline is always 0.5, just like ROC.",
        ),
        (
            "tech.pr-curve",
            "A random classifier always gives a PR area of 0.5.",
        ),
        (
            "tech.pr-curve",
            "The random baseline of a PR curve is point five.",
        ),
        (
            "tech.multiclass-averaging",
            "Micro averaging treats every class equally.",
        ),
        (
            "tech.multiclass-averaging",
            "Every class counts equally in micro averaging.",
        ),
        (
            "tech.cnn",
            "In a CNN the filters are not shared across positions.",
        ),
        (
            "tech.recsys-evaluation",
            "A random split of the interactions is fine for evaluating a recommender.",
        ),
        (
            "case.stock-prices",
            "A random split of the days is fine for validating the model.",
        ),
        (
            "case.credit-risk",
            "A random split across vintages is fine for validation.",
        ),
        (
            "case.demand-forecasting",
            "A random split is fine for validation here.",
        ),
        (
            "case.search-ranking",
            "Regression on the click count is the right objective for ranking.",
        ),
        (
            "case.search-ranking",
            "I would just regress on the click count for each document.",
        ),
        (
            "case.recommendation-system",
            "RMSE on ratings is all you need to evaluate the recommender.",
        ),
        (
            "case.image-search",
            "Comparing raw pixels works well to find similar products.",
        ),
        (
            "case.surge-pricing",
            "Randomizing riders independently is fine for the surge experiment.",
        ),
        (
            "case.query-autocomplete",
            "Ranking the suggestions alphabetically works well for autocomplete.",
        ),
        (
            "case.query-autocomplete",
            "The suggestions should be ranked alphabetically.",
        ),
        ("tech.activation-functions", "For regression the network uses a softmax output."),
        ("tech.tf-idf", "TF IDF captures the meaning of words, so synonyms match."),
        (
            "case.price-optimization",
            "Regressing sales on price directly gives the elasticity we need.",
        ),
        (
            "case.nlp-customer-reviews",
            "Training a transformer from scratch is the best choice for our reviews.",
        ),
        (
            "case.nlp-customer-reviews",
            "Negation words should be removed as stopwords to clean the text.",
        ),
        (
            "case.ad-ctr-prediction",
            "The high cardinality ids should be dropped because they are too sparse.",
        ),
        (
            "case.search-ranking",
            "Clicks are ground truth for relevance, so we train on them directly.",
        ),
        ("case.credit-risk", "Rejected applicants can be labeled as defaults for training."),
        ("case.credit-risk", "A random split of all loans is fine for validation."),
        (
            "case.fraud-detection",
            "Fraud and legitimate transactions are roughly balanced, so accuracy works.",
        ),
        ("case.news-feed-ranking", "Posts should be ranked only by recency."),
        (
            "tech.time-series-validation",
            "Shuffling the data before splitting is fine for a forecast.",
        ),
        ("tech.pr-curve", "The threshold should be picked on the test set."),
        ("tech.calibration", "The calibrator should be fit on the training data."),
        (
            "tech.imbalanced-data",
            "The test set should be resampled too, so both sets are balanced.",
        ),
        (
            "tech.larger-than-memory",
            "Reading everything into RAM is fine if you have a big machine.",
        ),
        ("tech.model-versioning", "Keeping only the latest model is enough."),
        ("tech.forecasting-baselines", "The baselines can be skipped if the model is good."),
        ("tech.outliers", "All outliers should be deleted before training."),
        ("case.duplicate-detection", "Comparing all pairs is feasible for millions of listings."),
    ],
)
def test_the_wrong_claim_itself_is_still_charged(
    bank: QuestionBank, question: str, text: str
) -> None:
    assert charged(bank.get(question), text) != []
