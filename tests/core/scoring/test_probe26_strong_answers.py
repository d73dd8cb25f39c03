"""Strong answers under-scored, found by probe26 (issue 9) on its dev set of 80 strong answers
written from the prompts alone (dev_probe26_content.yaml).

* A first sentence that opens on a preposition or connective ("Despite the name it is a
  classifier") names no concept: read as the concept "despite", a strong logistic-regression
  answer kept a quarter of its key-point credit (21). An answer opening on another concept is
  still read as one.
* Standard wordings missing from key points: "percentiles" (quantile forecasts) and "one model
  trained on all" (a global model) on demand forecasting; "gets emptier", "far from every other"
  (sparsity) on the curse of dimensionality. The bare topic words alone still earn nothing.
"""

from __future__ import annotations

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.scoring.answer_subject import opening_concept, other_concept
from simulator.core.scoring.shipped_rubrics import shipped_questions
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

LOGISTIC = (
    "Despite the name it is a classifier. It scores each example with a weighted sum of its "
    "inputs plus an intercept, and then squashes the score with the logistic function, which "
    "maps any real number into a probability. Training chooses the weights that make the "
    "observed labels most probable, maximum likelihood, which means minimizing the cross "
    "entropy loss with gradient descent."
)
OTHER = (
    "Decision trees split the data on one feature at a time, choosing the split that reduces "
    "impurity the most, and the leaves hold the predicted class. They are pruned to avoid "
    "overfitting and combined into forests."
)


def _shipped(qid: str) -> Question:
    return next(q for q in shipped_questions() if q.id == qid)


def _point(qid: str, text: str, point: str) -> float:
    score = score_answer(_shipped(qid), Transcript(text))
    return next(k.credit for k in score.key_points if k.id == point)


def test_a_prepositional_opening_names_no_concept() -> None:
    for opening in (
        "Despite the name it is a classifier.",
        "Beyond accuracy, the model gives probabilities.",
        "Unlike linear regression, the output is a probability.",
    ):
        assert opening_concept(tokenize(opening)) is None, opening
    question = _shipped("tech.logistic-regression")
    assert other_concept(question, tokenize(LOGISTIC)) is None
    assert score_answer(question, Transcript(LOGISTIC)).overall >= 60


def test_an_answer_opening_on_another_concept_is_still_read_as_one() -> None:
    question = _shipped("tech.logistic-regression")
    concept = other_concept(question, tokenize(OTHER))
    assert concept is not None and "trees" in concept.name


def test_percentiles_earn_the_quantile_forecast_point() -> None:
    said = (
        "Since running out and throwing away fresh food have different costs, I would predict "
        "a range, like the 50th and 90th percentiles of daily demand for each item and store."
    )
    assert _point("case.demand-forecasting", said, "probabilistic") > 0.5
    bare = "I would forecast the daily demand for each item and store."
    assert _point("case.demand-forecasting", bare, "probabilistic") == 0.0


def test_one_model_trained_on_all_series_earns_the_global_model_point() -> None:
    said = (
        "Fitting separate models to tens of thousands of series is brittle, so I would use one "
        "model trained on all of them, which learns patterns shared by similar products."
    )
    assert _point("case.demand-forecasting", said, "global") > 0.5


def test_space_getting_emptier_earns_the_sparsity_point() -> None:
    said = (
        "As you add dimensions, the space gets emptier very quickly, so every point is far "
        "from every other and you need far more data to cover it."
    )
    assert _point("tech.curse-of-dimensionality", said, "sparsity") > 0.5
    bare = "The curse of dimensionality affects machine learning models with many features."
    assert _point("tech.curse-of-dimensionality", bare, "sparsity") == 0.0
