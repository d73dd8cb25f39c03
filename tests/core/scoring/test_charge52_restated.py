"""Correct answers charged for a restatement or a classic equivalent (issue 9, charge52).

* A classic equivalent (outside_sameness.py): "recall is the same as sensitivity" is what the
  rubric says in "Recall, which is also called sensitivity"; "the type I error rate is the same
  as the significance level" what it says in "Its probability is the significance level,
  alpha"; "the same as the Mann-Whitney statistic" names what no rubric knows. Each was charged
  as an outside sameness. "Nesterov momentum is the same as Adam" is still charged.
* A restatement read as a denial (claims.py, own_rubric.py): "settings that don't matter"
  against "only a few hyperparameters really matter"; "the time to upgrade is longer than we
  watched" against "gone ... without upgrading" (the event measured, not said to happen); a
  claim of bf16 told through "it" against the rubric's claim "in fp16"; "you skip optimizer
  states for the frozen weights" (what frozen means, as "you don't need" it).
* A paraphrase's sentence that denies a wrong claim leans to it only as a foil (foil_leaning.py)
  when the clause saying the claim is denied: one word of the claim in another clause ("short
  *lists* of suspects" against "every *listing*") says no claim.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring.foil_leaning import foil
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import charged, shipped_charges

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.precision-recall-f1",
            "Recall is the same as sensitivity: of the actual positives, how many I caught.",
        ),
        (
            "tech.hypothesis-testing-errors",
            "A type I error rejects a true null. The type I error rate is the same as the "
            "significance level alpha.",
        ),
        (
            "tech.roc-auc",
            "AUC is the probability a random positive is ranked above a random negative. AUC is "
            "the same as the normalized Mann-Whitney U statistic.",
        ),
    ],
)
def test_a_classic_equivalent_is_not_an_outside_sameness_r52(qid: str, said: str) -> None:
    assert shipped_charges(qid, said) == []


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        ("tech.momentum", "Nesterov momentum is the same as Adam."),
        ("tech.dropout", "Dropout is the same as an L2 penalty on the weights."),
        ("tech.k-means", "K-means is the same as k nearest neighbours."),
    ],
)
def test_a_wrong_sameness_is_still_charged_r52(qid: str, said: str) -> None:
    assert len(shipped_charges(qid, said)) == 1


@lru_cache(maxsize=1)
def _with_dev_packs() -> QuestionBank:
    packs = REPO / "tests/core/scoring/packs"
    return load_packs([REPO / "questions", packs / "blind44dev", packs / "blind45dev"])


def test_settings_that_do_not_matter_restate_only_a_few_matter_r52() -> None:
    said = (
        "Each run takes six hours, so grid search is out: it grows exponentially with the "
        "number of hyperparameters and wastes most of the budget on settings that don't matter."
    )
    question = _with_dev_packs().get("tech.o45-expensive-hyperparameter-search")
    assert charged(question, said) == []


def test_the_time_to_an_event_does_not_say_it_happened_r52() -> None:
    said = (
        "A user who has not upgraded yet is censored: all we know is that their time to "
        "upgrade is longer than the time we have observed them."
    )
    assert charged(_with_dev_packs().get("tech.o45-survival-censoring"), said) == []


def test_a_claim_of_the_other_format_told_through_it_r52() -> None:
    said = (
        "bf16 has fewer mantissa bits than fp16, so it is less precise. What it keeps is the "
        "8-bit exponent of fp32, so small gradients don't underflow to zero."
    )
    assert charged(_with_dev_packs().get("tech.o44-mixed-precision"), said) == []


def test_the_same_denial_said_of_fp16_is_still_charged_r52() -> None:
    said = (
        "With fp16 training small gradients don't underflow to zero, so loss scaling is optional."
    )
    assert charged(_with_dev_packs().get("tech.o44-mixed-precision"), said) != []


def test_skipping_state_for_the_frozen_weights_dismisses_nothing_r52() -> None:
    said = (
        "LoRA freezes the pretrained weights and trains two small low-rank matrices per layer. "
        "Training needs far less memory, because you skip gradients and optimizer states for "
        "the frozen weights."
    )
    assert charged(_with_dev_packs().get("tech.o45-lora-fine-tuning"), said) == []


def test_one_word_of_a_wrong_claim_in_another_clause_says_no_claim_r52() -> None:
    claim = "you can compare every listing with every other"
    foil_said = tokenize(
        "You can't compare every posting with every other one, there are far too many, so "
        "you first make short lists of likely matches."
    )
    assert foil(foil_said, 0, claim)
    asserted = tokenize(
        "You can compare every posting with every other one, so you make short lists of "
        "likely matches."
    )
    assert not foil(asserted, 0, claim)
