"""General ML practice errors said as best practice, whatever the question (issue 9, wrong31).

claims_practice.PRACTICE_ERRORS: preprocessing fitted on all the data, resampling before the
split, a random split across time, measuring on the data trained on, the best run reported.
Each is charged on any question (a shipped one or an outside pack's) and named on the scorecard;
the correct twins (a warning, a denial, the step after the split or on the training data only,
the error given as an example of leakage) are not.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.scoring.claims_practice import PRACTICE_ERRORS, practice_errors
from simulator.core.scoring.shipped_rubrics import shipped_questions
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript


def _ids(text: str, question: str = "tech.knn") -> list[str | None]:
    """The practice errors charged in ``text`` (on a question whose rubric names none of them,
    unless told)."""
    tokens = tokenize(text)
    return [h.id for h in practice_errors(_shipped(question), tokens, Stance(tokens), set())]


def _shipped(qid: str) -> Question:
    return next(q for q in shipped_questions() if q.id == qid)


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (
            "fit-on-all-data",
            "I standardize all features with the mean and variance of the full data set before "
            "the split, so every split is on the same scale.",
        ),
        (
            "fit-on-all-data",
            "Normalize the counts using statistics of the complete history, then train the model.",
        ),
        (
            "fit-on-all-data",
            "The imputer is fitted on the entire dataset first, and then we split into train and "
            "test.",
        ),
        (
            "fit-on-all-data",
            "Run feature selection on all the data and only then start the cross validation.",
        ),
        (
            "resample-before-split",
            "Oversample the few labelled incidents before splitting the data into training and "
            "test, to make the classes balanced everywhere.",
        ),
        (
            "resample-before-split",
            "I would oversample the rare class before splitting the data into training and test.",
        ),
        (
            "resample-before-split",
            "I apply SMOTE first and then split, so both sets have the same class ratio.",
        ),
        (
            "resample-before-split",
            "I augment the recordings with noise and then do the train test split.",
        ),
        (
            "random-split-over-time",
            "I shuffle the log windows randomly across the whole year for the split because it "
            "gives a representative test set.",
        ),
        (
            "random-split-over-time",
            "Randomly split all interactions regardless of time, since that gives the most "
            "representative test set.",
        ),
        (
            "evaluated-on-training-data",
            "Train the detector on every labelled clip and report recall on those same clips.",
        ),
        (
            "evaluated-on-training-data",
            "We fit the classifier on the labelled posts and measure precision on those same posts.",
        ),
        (
            "best-run-reported",
            "I try five seeds and report the best run as the model's accuracy.",
        ),
    ],
)
def test_a_practice_error_is_charged_on_any_question(error: str, said: str) -> None:
    assert _ids(said) == [error]
    # on a question whose rubric lists nothing of it, it costs and is named with its correction
    score = score_answer(_shipped("tech.bert-vs-gpt"), Transcript(said))
    named = [m for m in score.misconceptions if m.id == error]
    assert named and named[0].evidence == said
    assert named[0].correction == next(e.correction for e in PRACTICE_ERRORS if e.id == error)


@pytest.mark.parametrize(
    "said",
    [
        # warned against, denied, doubted
        "Never fit the scaler on all the data before the split; fit it on the training set.",
        "A common mistake is to oversample before splitting, which puts copies in both sets.",
        "Fitting the imputer on the whole data set would leak the test rows into training.",
        "Oversampling before the split would put copies of one example in both sets.",
        "Do not shuffle the rows randomly across time when you build the validation split.",
        "Rather than a random split across the years, I validate on the latest months.",
        "Avoid reporting the best fold; report the mean over the folds.",
        # the step where it belongs
        "Split first, then fit the scaler on the training data only and apply it to the test set.",
        "After the split, I oversample the minority class in the training folds only.",
        "SMOTE is applied to the training set only, after the split.",
        "Once the data are split, the imputer is fitted on the training portion.",
        "At the end, retrain the final model on all the data with the chosen settings.",
        # an error given as an example of leakage, or its harm told
        "Examples are a feature recorded after the outcome, or normalizing on the full dataset "
        "before splitting.",
        "With time series, a random split lets the model train on the future.",
        # other meanings of the words
        "Batch gradient descent uses the whole dataset for every step.",
        "Split users randomly into two groups for two weeks and compare conversion.",
        "Compare the new model with the old one on the same held-out test set.",
        "Report the mean and spread over the folds, not the best one.",
    ],
)
def test_its_correct_twins_are_not_charged(said: str) -> None:
    assert _ids(said) == []


@pytest.mark.parametrize(
    ("said", "charged"),
    [
        (
            "Each patient's scans are spread over both sets, which gives more training variety.",
            True,
        ),
        ("Train on recordings of ten speakers and test on other clips of the same speakers.", True),
        ("Split by patient so that no patient appears in both sets.", False),
        ("The same user in both sets would leak their habits into the test score.", False),
        ("We A/B test the same users for two weeks and report conversion.", False),
    ],
)
def test_a_group_on_both_sides_is_charged(said: str, charged: bool) -> None:
    assert (_ids(said) == ["group-in-both-sets"]) is charged


@pytest.mark.parametrize(
    ("said", "charged"),
    [
        ("Stronger regularization lowers the bias of the model.", True),
        ("More regularization increases overfitting, so I keep it small.", True),
        ("More clusters increase the inertia.", True),
        ("A larger batch increases the noise in the gradient.", True),
        ("Stronger regularization raises the bias and lowers the variance.", False),
        ("More clusters reduce the inertia, so the elbow plot flattens.", False),
        ("Stronger regularization might not lower the variance much here.", False),
        # two clauses: regularization and variance (or complexity and bias) are not related
        ("Less regularization lowers bias, and more data lowers variance.", False),
        ("Stronger regularization raises bias, while a more complex model lowers it.", False),
    ],
)
def test_a_general_relation_reversed_is_charged_on_any_question(said: str, charged: bool) -> None:
    """covariation.GENERAL_RELATIONS (wrong31's): the question (word2vec) relates none of these
    pairs, as an outside pack's question relates few."""
    score = score_answer(_shipped("tech.word2vec"), Transcript(said))
    assert bool([m for m in score.misconceptions if m.evidence == said]) is charged


@pytest.mark.parametrize(
    ("said", "charged"),
    [
        (
            "Bagging trains its models one after another, each fitting the errors of the "
            "previous ones.",
            True,
        ),
        ("Precision is the share of actual positives that the model finds.", True),
        ("Layer normalization normalizes each feature across the examples of a batch.", True),
        (
            "Boosting trains its models sequentially, each fitting the errors of the previous "
            "ones.",
            False,
        ),
        ("Recall is the share of actual positives that the model finds.", False),
        (
            "It is a mistake to think bagging trains models sequentially, each fitting the "
            "errors of the previous ones.",
            False,
        ),
    ],
)
def test_a_textbook_definition_given_to_the_other_side_is_charged(said: str, charged: bool) -> None:
    """definitions.GENERAL_DESCRIPTIONS: the question (vanishing gradients) describes neither
    side of these pairs, as an outside pack's question may not."""
    score = score_answer(_shipped("tech.vanishing-gradients"), Transcript(said))
    assert bool(score.misconceptions) is charged


@pytest.mark.parametrize(
    ("said", "error"),
    [
        ("I oversample the fraud cases in the test set too, so the metrics are balanced.",
         "resample-before-split"),
        ("With a rare positive class, accuracy is the best metric to optimize.",
         "accuracy-on-rare-classes"),
        ("The SHAP values show which features cause the churn.", "association-read-as-cause"),
        ("A strong correlation proves that the feature causes the outcome.",
         "association-read-as-cause"),
        # the correct twins
        ("Bootstrap: resample the test set with replacement and take the percentiles.", None),
        ("On imbalanced data accuracy is misleading; use precision and recall.", None),
        ("For imbalanced classes I pick balanced accuracy or PR AUC.", None),
        ("Correlation does not show that one feature causes the other.", None),
        ("SHAP values show how much each feature moved this prediction.", None),
    ],
)  # fmt: skip
def test_more_practice_errors(said: str, error: str | None) -> None:
    assert _ids(said) == ([error] if error else [])


LISTED = (
    "Leakage is when the model sees information at training time that it will not have at "
    "prediction time. Far more often it's subtle: fitting a scaler, imputer or encoder on the full "
    "dataset before splitting, oversampling before the split, or a feature recorded only after the "
    "outcome."
)
ADVISED = (
    "Leakage is rarely a problem in practice. You should fit the scaler and the imputer on the "
    "full dataset before splitting, so every split is on the same scale."
)


def test_a_pitfall_the_question_names_is_charged_only_when_endorsed() -> None:
    # tech.data-leakage's rubric names both practices as pitfalls: listing them answers it ...
    assert _ids(LISTED, "tech.data-leakage") == []
    # ... recommending one is still charged there, and listing them is on a question that
    # names neither (its rubric asks nothing about pitfalls)
    assert _ids(ADVISED, "tech.data-leakage") == ["fit-on-all-data"]
    assert "fit-on-all-data" in _ids(LISTED, "tech.knn")
