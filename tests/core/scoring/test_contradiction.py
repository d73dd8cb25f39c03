"""Contradiction: an answer asserting the opposite of a key point loses it and is told (issue 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.scoring.results import KeyPointResult
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.norms
    category: technical
    topic: regularization
    difficulty: 2
    prompt: Compare the L1 and L2 penalties. Which one gives sparse weights?
    time_limit_s: 120
    key_points:
      - id: sparse
        label: L1 gives sparse weights
        weight: 3
        phrases: [l1 sparse, exactly zero, feature selection]
      - id: shrink
        label: L2 shrinks every weight smoothly
        weight: 2
        phrases: [l2 shrinks, shrinks smoothly]
      - id: median
        label: The median is robust to outliers
        weight: 1
        phrases: [median robust]
        contradicted_by: [mean is robust to outliers, median is sensitive to outliers]
    model_answer: >-
      L1 adds the absolute values of the weights, and L1 gives sparse weights because its corner
      at zero sets many of them exactly to zero, which is feature selection. L2 shrinks every
      weight smoothly towards zero. For the same reason the median is robust to outliers.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "norms.yaml")
    assert not problems
    return questions[0]


def _points(question: Question, text: str) -> dict[str, KeyPointResult]:
    return {k.id: k for k in score_answer(question, Transcript(text)).key_points}


def test_the_model_answer_contradicts_nothing(question: Question) -> None:
    points = _points(question, question.model_answer)
    assert all(k.contradiction is None for k in points.values())
    assert points["sparse"].status == "explained"


def test_a_rubric_claim_said_as_ones_own_takes_the_point_and_is_named(question: Question) -> None:
    text = "The median is robust to outliers in theory, but in practice the mean is robust to outliers."
    score = score_answer(question, Transcript(text))
    point = {k.id: k for k in score.key_points}["median"]
    assert (point.status, point.credit) == ("contradicted", 0.0)
    assert point.contradiction == '"mean is robust to outliers"'
    assert any("mean is robust to outliers" in tip and point.label in tip for tip in score.feedback)


@pytest.mark.parametrize(
    "text",
    [
        "A common mistake is to think the mean is robust to outliers; the median is robust.",
        "The mean is not robust to outliers, so I use the median, which is robust to them.",
    ],
)
def test_a_claim_denied_or_warned_against_is_not_a_contradiction(
    question: Question, text: str
) -> None:
    assert _points(question, text)["median"].contradiction is None


def test_swapped_subjects_contradict_the_point_and_cost_content(question: Question) -> None:
    wrong = (
        "L2 gives sparse weights and sets many of them exactly to zero, which is feature "
        "selection. L1 is the one that shrinks every weight smoothly towards zero."
    )
    points = _points(question, wrong)
    assert points["sparse"].status == "contradicted"
    assert points["sparse"].contradiction is not None
    assert "of l2, not l1" in points["sparse"].contradiction
    assert points["shrink"].status == "contradicted"
    partial = "L1 makes some weights exactly zero, so it selects features."
    assert (
        score_answer(question, Transcript(partial)).overall
        > score_answer(question, Transcript(wrong)).overall
    )


def test_naming_the_other_subject_elsewhere_is_no_swap(question: Question) -> None:
    text = (
        "Unlike L2, which keeps every weight, L1 gives sparse weights: many are exactly zero. "
        "L2 shrinks them smoothly instead."
    )
    points = _points(question, text)
    assert points["sparse"].contradiction is None
    assert points["shrink"].contradiction is None


def test_the_contradiction_survives_storage() -> None:
    point = KeyPointResult("a", "A", 1.0, False, "contradicted", 0.0, "s", contradiction='"x"')
    assert KeyPointResult.from_dict(point.to_dict()) == point
    old = point.to_dict()
    del old["contradiction"]
    assert KeyPointResult.from_dict(old).contradiction is None


def test_the_scorecard_names_the_contradicting_claim(question: Question) -> None:
    from simulator.core.scorecard.answer import _key_point

    text = "In practice the mean is robust to outliers, so I average."
    point = _points(question, text)["median"]
    view = _key_point(point, question)
    # the person's own words (the clause that made the claim), not the rubric's phrase
    assert view.status_text == "contradicted: you said “In practice the mean is robust to outliers”"
    assert view.evidence == "In practice the mean is robust to outliers, so I average."
    assert view.mark == "✘"


def test_a_sentence_asserting_a_wrong_claim_earns_no_other_point(question: Question) -> None:
    """The sentence of a contradiction earns no key point, and those points are not called
    contradicted themselves (only the claim is named)."""
    wrong = "The mean is robust to outliers, and L1 gives sparse weights because of its corner."
    right = "The median is robust to outliers, and L1 gives sparse weights because of its corner."
    assert _points(question, right)["sparse"].status == "explained"
    points = _points(question, wrong)
    assert points["median"].contradiction == '"mean is robust to outliers"'
    assert (points["sparse"].status, points["sparse"].credit) == ("missing", 0.0)


@pytest.mark.parametrize(
    ("qid", "right", "swapped"),
    [
        (
            "tech.distributed-training",
            "Data parallelism copies the full model to every GPU and splits the batch, while model "
            "parallelism splits the layers across devices when the model does not fit in memory.",
            "Model parallelism copies the full model to every GPU and splits the batch, while data "
            "parallelism splits the layers across devices when the model does not fit in memory.",
        ),
        (
            "tech.feature-selection",
            "Filter methods score each feature with mutual information or correlation, without a "
            "model, while wrapper methods use recursive feature elimination and retrain the model.",
            "Wrapper methods score each feature with mutual information or correlation, without a "
            "model, while filter methods use recursive feature elimination and retrain the model.",
        ),
    ],
)
def test_swapped_subjects_of_the_banks_other_pairs(qid: str, right: str, swapped: str) -> None:
    from simulator.core.questions import load_packs

    bank = load_packs([Path(__file__).resolve().parents[3] / "questions"])
    question = bank.get(qid)
    assert not any(k.contradiction for k in _points(question, right).values())
    assert any(k.contradiction for k in _points(question, swapped).values())


def test_a_point_said_one_way_only_earns_less_than_one_said_fully(question: Question) -> None:
    thin = _points(question, "L1 gives sparse weights because of the corner of its penalty.")
    full = _points(question, question.model_answer)
    assert (thin["sparse"].status, full["sparse"].status) == ("explained", "explained")
    assert thin["sparse"].credit < full["sparse"].credit == 1.0


def test_a_claim_whose_subject_a_pronoun_carries_over_from_the_sentence_before() -> None:
    from simulator.core.questions import load_packs

    bank = load_packs([Path(__file__).resolve().parents[3] / "questions"])
    question = bank.get("tech.momentum")
    said = "Momentum is a popular trick. It uses only the current gradient, so it reacts fast."
    other = "Plain SGD has no memory. It uses only the current gradient, so it reacts fast."
    assert _points(question, said)["velocity"].contradiction is not None
    assert not any(k.contradiction for k in _points(question, other).values())


def test_contradicting_a_heavier_point_costs_more(question: Question) -> None:
    # (four sentences: the one caught weighs on the others alike, content.credence)
    base = (
        "L2 shrinks every weight smoothly towards zero because its penalty grows with the weight."
        " Both penalties are added to the training loss. Their strength is a hyperparameter,"
        " tuned on a validation set."
    )
    heavy = score_answer(question, Transcript(base + " L2 gives sparse weights, as I said."))
    light = score_answer(question, Transcript(base + " The mean is robust to outliers."))
    assert "x0.25 - 22" in heavy.basis["content"]  # the weight-3 point (-22.5, shown rounded)
    assert "x0.75 - 8" in light.basis["content"]  # the weight-1 point (-7.5)
    assert (heavy.components["content"] or 0) < (light.components["content"] or 0)


def test_a_swapped_attribute_is_found_whatever_its_stem() -> None:
    """ "sparse" (stem "spars") was compiled a second time into "spar", which no answer word
    matches, so "L2 gives sparse weights" was never seen as a swap."""
    questions, _ = parse_pack(PACK, "norms.yaml")
    points = _points(questions[0], "L2 gives sparse weights, so it is the one for selection.")
    assert points["sparse"].contradiction is not None


@pytest.fixture(scope="module")
def bank_l1() -> Question:
    from simulator.core.questions import load_packs

    return load_packs([Path(__file__).resolve().parents[3] / "questions"]).get("tech.l1-vs-l2")


def test_a_label_comparing_both_sides_gives_each_side_its_own_attributes(
    bank_l1: Question,
) -> None:
    """ "L1 drives some weights exactly to zero, giving feature selection; L2 shrinks ...":
    feature selection said of L2 alone swaps the point."""
    wrong = _points(bank_l1, "In practice L2 is what you use for feature selection.")
    right = _points(bank_l1, "In practice L1 is what you use for feature selection.")
    assert wrong["sparsity"].contradiction and "l2" in wrong["sparsity"].contradiction
    assert right["sparsity"].contradiction is None


def test_a_claim_split_by_small_words_is_still_the_claim(bank_l1: Question) -> None:
    said = _points(bank_l1, "L2 is the one that gives sparse solutions.")
    denied = _points(bank_l1, "L2 is not the one that gives sparse solutions.")
    assert said["sparsity"].contradiction == '"l2 gives sparse solutions"'
    assert denied["sparsity"].contradiction is None


def test_an_attribute_matched_across_a_sentence_end_is_said_of_neither_side() -> None:
    # "high variance." ends one sentence, "... plateau at a high error" is the next one's: a
    # correct answer was scored 0 as if it called the plateau high variance
    from pathlib import Path

    from simulator.core.questions import load_packs
    from simulator.core.scoring import score_answer
    from simulator.core.transcript import Transcript

    bank = load_packs([Path(__file__).resolve().parents[3] / "questions"])
    text = (
        "If training error is low and validation error is much higher, that gap means "
        "overfitting, high variance. If both curves plateau at a high error, more data will not help."
    )
    score = score_answer(bank.get("tech.learning-curves"), Transcript(text))
    assert not [f for f in score.feedback if "Contradicts" in f], score.feedback
    assert score.overall >= 50


PARALLEL = """
questions:
  - id: tech.parallel
    category: technical
    topic: distributed
    difficulty: 2
    prompt: How do you train a network on many GPUs?
    time_limit_s: 120
    key_points:
      - id: model-parallel
        label: Model parallelism splits the layers across devices when the model does not fit
        weight: 2
        phrases: [pipeline parallel, split the layers]
      - id: data-parallel
        label: Data parallelism copies the model and splits the batch
        weight: 2
        phrases: [splits the batch, copies the model]
        contradicted_by: [data parallelism splits the model]
    model_answer: >-
      Data parallelism copies the model to every GPU and splits the batch. Model parallelism
      splits the layers across devices when the model does not fit, for example pipeline
      parallel stages.
"""


@pytest.mark.parametrize(
    "text",
    [
        # the claim's words run into the other subject's name: two subjects, nothing wrong
        "Data parallelism splits the batch and model parallelism splits the model.",
        # an attribute that names the other subject lists it, it is not said of it
        "Keep tensor work inside a node and use pipeline or data parallelism across nodes.",
    ],
)
def test_naming_the_other_subject_is_not_a_swap(text: str) -> None:
    questions, problems = parse_pack(PARALLEL, "parallel.yaml")
    assert not problems
    score = score_answer(questions[0], Transcript(text))
    assert all(k.contradiction is None for k in score.key_points), text


def test_the_claim_said_of_its_own_subject_is_still_charged() -> None:
    questions, _ = parse_pack(PARALLEL, "parallel.yaml")
    score = score_answer(questions[0], Transcript("Data parallelism splits the model over GPUs."))
    point = {k.id: k for k in score.key_points}["data-parallel"]
    assert point.status == "contradicted"
