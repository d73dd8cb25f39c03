"""Correct answers charged a contradiction the scorer inferred itself on an outside pack (issue
9, false33): an opposite word that names a likeness or picks things out ("the *differences*
between classes", "flipped to *similar classes*"), a sentence that gives both sides of a
mechanism ("grows the factor and *backs off*"), a negation said for another case of the topic
("*for the values flowing between layers* you do not know the range ahead of time"), and a
dismissal said for one case ("*for bf16* loss scaling is usually not needed", "... not needed
*there*", "..., *while fp16 does need it*"). Each correct sentence is not charged; each wrong
version still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import Question, QuestionBank, load_packs
from tests.core.scoring.rubric_charges import charged

PACKS = Path(__file__).parent / "packs"


def _question(qid: str) -> Question:
    return load_packs([PACKS / "false33dev", PACKS / "charge32"]).get(qid)


def test_a_likeness_noun_is_no_opposite_claim() -> None:
    q = _question("tech.c32-knowledge-distillation")
    said = (
        "A small student is trained on the teacher's soft targets with a temperature, which"
        " show the differences between classes better than hard labels."
    )
    assert "dark-knowledge" not in charged(q, said)


def test_a_likeness_adjective_before_its_noun_is_no_opposite_claim() -> None:
    q = _question("tech.f33d-label-noise-types")
    said = "Noise can be uniform, or it can depend on the class, where labels are flipped to similar classes."
    assert charged(q, said) == []
    assert "noise-types" in charged(q, "Class-conditional noise is similar for every class.")


@pytest.mark.parametrize(
    "said",
    [
        "Dynamic loss scaling grows the factor and backs off and skips the step when it sees inf or nan.",
        "Dynamic loss scaling grows the factor while steps are fine and backs off and skips the"
        " step when it sees inf or nan.",
    ],
)
def test_both_sides_of_a_mechanism_contradict_neither(said: str) -> None:
    q = _question("tech.f33d-loss-scaling")
    assert "dynamic" not in charged(q, said)


def test_one_side_of_a_mechanism_reversed_is_still_charged() -> None:
    q = _question("tech.f33d-loss-scaling")
    wrong = "Dynamic loss scaling raises the factor and skips the step whenever it sees an inf or a NaN."
    assert "dynamic" in charged(q, wrong)


@pytest.mark.parametrize(
    "said",
    [
        "For the values flowing between layers you do not know the range ahead of time, because"
        " it depends on the input.",
        "Weights are known in advance, but activations change with every input, so for"
        " activations you do not know the range ahead of time and need calibration data.",
    ],
)
def test_a_negation_said_for_another_case_denies_nothing(said: str) -> None:
    q = _question("tech.f33d-activation-quantization")
    assert "weights-known" not in charged(q, said)


def test_a_negation_said_for_the_same_case_is_still_charged() -> None:
    q = _question("tech.f33d-activation-quantization")
    wrong = "For weights you do not know the range ahead of time, so you need a calibration set."
    assert "weights-known" in charged(q, wrong)


@pytest.mark.parametrize(
    "said",
    [
        "For bf16 loss scaling is usually not needed.",
        "fp16 needs this, whereas bfloat16 has the fp32 exponent range, so loss scaling usually is"
        " not needed there.",
        "bf16 keeps the fp32 range, so loss scaling usually is not needed, while fp16 does need it.",
    ],
)
def test_a_dismissal_said_for_one_case_is_not_charged(said: str) -> None:
    q = _question("tech.f33d-loss-scaling")
    assert charged(q, said) == []


def test_a_plain_dismissal_is_still_charged() -> None:
    q = _question("tech.f33d-loss-scaling")
    assert "scale-unscale" in charged(q, "With modern GPUs loss scaling is usually not needed.")


@pytest.mark.parametrize(
    ("qid", "said", "point"),
    [
        # the question's own subject is no case ("random forests")
        (
            "tech.decision-trees-random-forests",
            "Pruning is not needed in a forest because the trees are already shallow.",
            "tree-overfit",
        ),
        # an existential "there" points back to no case
        (
            "tech.reinforcement-learning",
            "The agent picks the action with the highest predicted reward every time, there is no"
            " need to try random actions because the model already knows the best one.",
            "agent-environment",
        ),
        # a case words later, in another clause, is not what the dismissal is said for
        (
            "tech.sentence-embeddings",
            "The embeddings do not need to be normalized for cosine similarity, and averaging the"
            " token outputs gives embeddings better than any model trained for sentence similarity.",
            "similarity",
        ),
        (
            "tech.knn",
            "Feature scaling does not matter because distances are relative, and KNN works better"
            " in high dimensions because there is more information.",
            "scaling",
        ),
    ],
)
def test_a_dismissal_of_the_practice_is_still_charged(
    bank: QuestionBank, qid: str, said: str, point: str
) -> None:
    assert point in charged(bank.get(qid), said)


@pytest.mark.parametrize(
    ("qid", "said", "point"),
    [
        # a likeness adjective after a verb is the claim
        (
            "tech.word2vec",
            "The embeddings are contextual, so the same word gets a different vector in each"
            " sentence.",
            "distributional",
        ),
        # a second subject after "whereas" swaps the pair; "instead of" keeps the first side
        (
            "tech.regression-loss-functions",
            "Squared error is the robust one, because squaring small residuals makes them smaller,"
            " whereas absolute error gets pulled around by outliers.",
            "mae",
        ),
        (
            "tech.momentum",
            "Because it averages past gradients it amplifies the oscillations across a ravine"
            " instead of damping them, and that extra noise is what helps.",
            "ravines",
        ),
    ],
)
def test_a_reversed_claim_beside_its_other_side_is_still_charged(
    bank: QuestionBank, qid: str, said: str, point: str
) -> None:
    assert point in charged(bank.get(qid), said)
