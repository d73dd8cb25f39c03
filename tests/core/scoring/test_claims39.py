"""Correct answers charged or cut, by class (issue 9, claims39). Each correct answer here was
charged or cut before the change; each wrong twin still is.

* Warning openers read as a concept (answer_subject.py): "Watch out for ...", "Nobody should
  ...", "The danger is ...", "The risk is ...", "The gotcha is ...", "Careful with ..." were read
  as the concepts "watch out", "nobody", "danger", ... that a correct warning developed instead
  of the asked one, and it kept a quarter of its credit.
* Warning frames the list lacked (stance.py): "watch out for", "be careful about", "the classic
  failure is", "a common failure mode is", "the worst thing you can do is".
* A rubric claim whose subject is the thing compared against (rubric_claims.py): "ReLU is
  cheaper to compute than sigmoid or tanh and does not saturate" was charged with "sigmoid does
  not saturate".
* A comparison's cause after its losing side (comparisons.py): "DataFrames are faster than RDDs
  thanks to the Catalyst optimizer" ranked Catalyst below DataFrames.
* A comparative against the thing the rubric gives the direction to (opposites.py): "a broadcast
  join is cheaper than a shuffle join" was read as the opposite of "expensive shuffles".
* A relation said in the passive (passive.py, read by claims.py and relation_facts.py): "the
  gradient noise is reduced by a larger batch" and "the likelihood is increased by every EM
  iteration" were charged as the reverse of the accepted view.
* An opening that weighs a neighbour against another way (answer_subject.py): "Static thresholds
  are simpler and easier to explain than a learned model, but ..." was read as an answer about
  static thresholds.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring.content import score_content
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import charged, told_charges

REPO = Path(__file__).resolve().parents[3]


@lru_cache(maxsize=1)
def _bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


def _charges(qid: str, text: str) -> list[str]:
    return told_charges(_bank().get(qid), text)


def _other_concept(qid: str, text: str) -> str | None:
    return score_content(_bank().get(qid), tokenize(text)).other_concept


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.naive-bayes",
            "Watch out for a word never seen with a class in training; without smoothing its "
            "probability is zero and it wipes out every other feature.",
        ),
        (
            "tech.naive-bayes",
            "Nobody should take its probabilities at face value; they are pushed to the "
            "extremes, so calibrate them if you need them.",
        ),
        (
            "tech.pca",
            "The danger is running PCA on unscaled data; a feature in dollars swamps one in "
            "percentages.",
        ),
        (
            "tech.pca",
            "The risk is running PCA on unscaled data, where a feature in dollars swamps the rest.",
        ),
        (
            "tech.pca",
            "Careful with unscaled data: a feature in dollars swamps one in percentages in PCA.",
        ),
    ],
)
def test_a_warning_opener_is_no_concept_of_its_own(qid: str, said: str) -> None:
    assert _other_concept(qid, said) is None


def test_an_answer_opening_on_another_concept_is_still_cut() -> None:
    said = (
        "Gradient boosting builds trees one after another, each fitting the errors of the "
        "ensemble so far, with a learning rate shrinking every step."
    )
    assert _other_concept("tech.pca", said) is not None


@pytest.mark.parametrize(
    "frame",
    [
        "The classic failure is {m}.",
        "A common failure mode is {m}.",
        "Watch out for {m}.",
        "Be careful about {m}.",
        "The worst thing you can do is {m}.",
    ],
)
def test_a_claim_after_a_warning_frame_is_not_charged(frame: str) -> None:
    said = frame.format(m="paging on every anomaly score above a threshold")
    assert _charges("case.log-anomaly-detection", said) == []


def test_the_claim_said_plainly_is_still_charged() -> None:
    said = "I would page on every anomaly score above a threshold."
    assert "alert-fatigue" in charged(_bank().get("case.log-anomaly-detection"), said)


@pytest.mark.parametrize(
    "said",
    [
        "ReLU is cheaper to compute than sigmoid or tanh and does not saturate for positive "
        "inputs.",
        "ReLU is cheaper to compute than the sigmoid and does not saturate for positive inputs.",
        "Compared with sigmoid, ReLU does not saturate for positive inputs.",
    ],
)
def test_a_claim_of_the_thing_compared_against_is_said_of_the_other(said: str) -> None:
    assert _charges("tech.activation-functions", said) == []


@pytest.mark.parametrize(
    "said",
    [
        "Sigmoid does not saturate for positive inputs.",
        "Tanh is better than sigmoid because sigmoid does not saturate.",
    ],
)
def test_a_claim_said_of_its_own_subject_is_still_charged(said: str) -> None:
    assert "sigmoid-tanh" in charged(_bank().get("tech.activation-functions"), said)


def test_the_cause_of_a_comparison_is_not_its_losing_side() -> None:
    said = (
        "Spark splits data into partitions. DataFrames are faster than RDDs thanks to the "
        "Catalyst optimizer, though RDDs are more flexible."
    )
    assert _charges("tech.spark-fundamentals", said) == []


def test_a_practice_ranked_below_an_unnamed_one_is_still_charged() -> None:
    said = "Spark splits data into partitions. Running each step at once is faster than lazy evaluation."
    assert "lazy" in charged(_bank().get("tech.spark-fundamentals"), said)


def test_a_comparative_against_the_rubric_s_own_thing_agrees_with_it() -> None:
    said = (
        "Spark splits data into partitions. A broadcast join is cheaper than a shuffle join "
        "when one table is small."
    )
    assert _charges("tech.spark-fundamentals", said) == []


def test_the_rubric_s_thing_said_to_be_cheaper_is_still_charged() -> None:
    said = "Spark splits data into partitions. A shuffle join is cheaper than a broadcast join."
    assert "shuffle" in charged(_bank().get("tech.spark-fundamentals"), said)


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        ("tech.sgd-vs-batch", "The noise of the gradient is lowered by a larger batch."),
        ("tech.sgd-vs-batch", "Gradient noise is reduced by larger batches."),
        (
            "tech.gaussian-mixture-models",
            "A mixture is fit with EM. The likelihood is increased by every EM iteration.",
        ),
    ],
)
def test_a_relation_in_the_passive_is_read_the_right_way_round(qid: str, said: str) -> None:
    assert _charges(qid, said) == []


def test_a_reversed_relation_in_the_passive_is_charged() -> None:
    said = "A mixture is fit with EM. The likelihood is decreased by every EM iteration."
    assert charged(_bank().get("tech.gaussian-mixture-models"), said) != []


def test_an_opening_that_weighs_a_neighbour_is_no_other_concept() -> None:
    said = (
        "Static thresholds are simpler and easier to explain than a learned model, but they "
        "miss gradual and seasonal changes that a forecasting model catches. Parsing logs into "
        "templates is more work than counting raw messages but gives much cleaner features "
        "for anomaly detection."
    )
    assert _other_concept("case.log-anomaly-detection", said) is None


@pytest.mark.parametrize(
    "said",
    [
        "Semi supervised learning uses unlabelled data. It's not that plain supervised learning "
        "is worse, it's that when labels are cheap you should simply label more.",
        "Semi supervised learning uses unlabelled data. I would just label more data when "
        "labels are cheap.",
    ],
)
def test_a_case_the_speaker_advises_in_is_no_claim_that_it_holds(said: str) -> None:
    assert _charges("tech.semi-supervised", said) == []


@pytest.mark.parametrize(
    "said",
    [
        "Semi supervised learning uses unlabelled data. When labels are cheap, semi supervised "
        "learning helps most.",
        "Semi supervised learning uses unlabelled data. Labels are cheap, so you should just "
        "label more data.",
    ],
)
def test_the_case_said_as_a_claim_is_still_charged(said: str) -> None:
    assert "label-cost" in charged(_bank().get("tech.semi-supervised"), said)


def test_a_negation_inside_a_predicted_value_denies_nothing() -> None:
    said = (
        "It's not that accuracy is a bad word, it's that with fraud at a fraction of a percent "
        "a model that approves everything is ninety nine point nine percent accurate, so I "
        "would not report accuracy."
    )
    assert _charges("case.fraud-detection", said) == []


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.naive-bayes",
            "Naive Bayes uses Bayes rule. Naive Bayes probabilities are well calibrated only if "
            "the features really are independent, which they rarely are.",
        ),
        (
            "tech.spark-fundamentals",
            "Spark uses partitions. It is fine to call collect on the full data set only if it "
            "fits on the driver.",
        ),
        (
            "tech.pca",
            "PCA finds directions of largest variance. PCA picks a subset of features is a "
            "common misreading; it mixes them.",
        ),
    ],
)
def test_a_misconception_granted_for_one_case_or_called_a_misreading_is_not_charged(
    qid: str, said: str
) -> None:
    assert _charges(qid, said) == []


@pytest.mark.parametrize(
    ("qid", "said", "phrase"),
    [
        (
            "tech.naive-bayes",
            "Naive Bayes uses Bayes rule. Naive Bayes probabilities are well calibrated.",
            "naive bayes probabilities are well calibrated",
        ),
        (
            "tech.spark-fundamentals",
            "Spark uses partitions. It is fine to call collect on the full data set.",
            "it is fine to call collect on the full data set",
        ),
    ],
)
def test_the_misconception_said_in_general_is_still_charged(
    qid: str, said: str, phrase: str
) -> None:
    assert phrase in charged(_bank().get(qid), said)


def test_the_asked_method_ranked_above_a_rival_charges_no_point_the_rival_names() -> None:
    said = (
        "Matrix factorization learns user and item vectors. Matrix factorization is more "
        "accurate than item-based nearest neighbours on sparse data, but neighbours are easier "
        "to explain."
    )
    assert _charges("tech.matrix-factorization", said) == []


def test_a_point_s_practice_ranked_below_an_unnamed_one_is_still_charged() -> None:
    said = (
        "Matrix factorization learns user and item vectors. A full scan is faster than nearest "
        "neighbour search over item vectors."
    )
    assert "serving" in charged(_bank().get("tech.matrix-factorization"), said)


def test_a_comparison_weighed_back_the_other_way_is_a_trade_off() -> None:
    said = (
        "Matrix factorization learns user and item vectors. Popularity ranking is cheaper and "
        "faster than nearest neighbour search over item vectors, but the search is far more "
        "personal."
    )
    assert _charges("tech.matrix-factorization", said) == []


def test_a_comparison_with_a_contrast_that_weighs_nothing_back_is_still_charged() -> None:
    said = (
        "Matrix factorization learns user and item vectors. Popularity ranking is faster than "
        "nearest neighbour search over item vectors, but it is only a rough baseline."
    )
    assert "serving" in charged(_bank().get("tech.matrix-factorization"), said)
