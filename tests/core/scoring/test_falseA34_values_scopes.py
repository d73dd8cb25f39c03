"""Correct answers charged as wrong (issue 9, falseA34): a value said as a symbol or a formula
("at least one minus alpha") read as the other extreme of "at least ninety percent" ("minus" was
taken for a sign turning the bound over), and a denial scoped to one part ("you don't need
gradients ... for billions of weights") read against an answer that affirms them for the other
part ("kept for them alone") or against a verbless fragment ("so gradients and adam states").
The wrong versions (a bound turned over, the denied claim for the same part) stay charged."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import Question, load_packs
from tests.core.scoring.rubric_charges import charged

PACKS = Path(__file__).parent / "packs"
_OPEN = {
    "tech.fa34d-conformal": "You compute nonconformity scores on a calibration set and take "
    "their quantile. ",
    "tech.fa34d-lora": "LoRA freezes the pretrained weights and learns low-rank matrices. ",
}


def _question(qid: str) -> Question:
    return load_packs([PACKS / "falseA34dev"]).get(qid)


def _charged(qid: str, text: str) -> list[str]:
    return charged(_question(qid), _OPEN[qid] + text)


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        (
            "tech.fa34d-conformal",
            "The guarantee is that the true value falls inside with probability at least one "
            "minus alpha, under exchangeability.",
        ),
        (
            "tech.fa34d-conformal",
            "The guarantee is that a new point lands inside with probability at least 1 minus "
            "epsilon.",
        ),
        (
            "tech.fa34d-lora",
            "Only the small low-rank matrices are trained, so gradients and Adam states are kept "
            "for them alone.",
        ),
        (
            "tech.fa34d-lora",
            "Only the adapters are trained, so gradients and Adam states, which are the big "
            "memory cost, exist for them alone.",
        ),
        (
            "tech.fa34d-lora",
            "Gradients and Adam optimizer state are needed for the adapter weights only.",
        ),
    ],
)
def test_correct_answer_not_charged(qid: str, text: str) -> None:
    assert _charged(qid, text) == []


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        (
            "tech.fa34d-conformal",
            "The guarantee is that the true value falls inside with probability at most one "
            "minus alpha.",
        ),
        (
            "tech.fa34d-lora",
            "You still need full gradients and Adam optimizer state for every weight.",
        ),
        ("tech.fa34d-lora", "Gradients and Adam states are kept for the frozen weights too."),
        ("tech.fa34d-lora", "Gradients and Adam states are kept for them."),
        # the same whole in other words: "the full network" / "the whole model" share no word
        # with "billions of weights", yet the denial reaches them (the lead, round 34)
        (
            "tech.fa34d-lora",
            "Training still needs gradients and optimizer states for the full network.",
        ),
        ("tech.fa34d-lora", "You still need gradients and Adam states for the whole model."),
    ],
)
def test_wrong_answer_still_charged(qid: str, text: str) -> None:
    assert _charged(qid, text) != []
