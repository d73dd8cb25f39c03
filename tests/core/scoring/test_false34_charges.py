"""Correct answers charged as wrong (issue 9, false34): the family of warning frames that
report a view before correcting it ("A common assumption is that X. In reality ...", "It may
seem that X, but ...", "It is sometimes said that X", "It used to be believed that X",
"Conventional wisdom says X", "At first glance it looks as if X", "The intuition that X ...").
Each frame with its correction is not charged; the same claim said as the speaker's own, or in
the frame with no correction where the frame may be the speaker's own claim, still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import Question, load_packs
from tests.core.scoring.rubric_charges import charged

REPO = Path(__file__).resolve().parents[3]
PACKS = Path(__file__).parent / "packs"


def _bank_question(qid: str) -> Question:
    return load_packs([REPO / "questions"]).get(qid)


def _pack_question(qid: str) -> Question:
    return load_packs([PACKS / "false33held", PACKS / "false34dev"]).get(qid)


# (question, a misconception phrase of its rubric)
_CLAIMS = (
    ("tech.early-stopping", "early stopping monitors the training loss"),
    ("tech.cross-validation", "it is fine to shuffle time series before k fold"),
    ("tech.split-strategy", "fine to tune on test data"),
    ("tech.data-leakage", "it is fine to fit the scaler on all the data"),
)

_CORRECTED_FRAMES = (
    "A common assumption is that {m}. In reality it is more subtle than that.",
    "A frequent assumption is that {m}.",
    "A widely held assumption is that {m}.",
    "It may seem that {m}, but that does not hold in general.",
    "It is sometimes said that {m}. That is an oversimplification.",
    "It used to be believed that {m}, but we now know better.",
    "The textbook intuition is that {m}. It does not hold in practice.",
    "At first glance it looks as if {m}, but the details say otherwise.",
    "Conventional wisdom says that {m}, but the evidence says otherwise.",
)


@pytest.mark.parametrize("frame", _CORRECTED_FRAMES)
@pytest.mark.parametrize(("qid", "claim"), _CLAIMS)
def test_a_reported_view_then_corrected_is_not_charged(qid: str, claim: str, frame: str) -> None:
    assert charged(_bank_question(qid), frame.format(m=claim)) == []


@pytest.mark.parametrize(
    "frame",
    (
        "{m}.",
        "It may seem that {m}.",  # an appearance with no correction: the speaker's hedge
        "It is often said that {m}, and that is right.",
        "A key assumption is that {m}.",
        "The intuition is that {m}.",
    ),
)
@pytest.mark.parametrize(("qid", "claim"), _CLAIMS)
def test_the_claim_as_the_speakers_own_is_still_charged(qid: str, claim: str, frame: str) -> None:
    assert charged(_bank_question(qid), frame.format(m=claim)) != []


def test_a_common_assumption_against_an_accepted_view_is_no_contradiction() -> None:
    q = _pack_question("tech.f33h-sparse-dense-retrieval")
    said = (
        "A widely held assumption is that dense retrieval always beats BM25, but out of domain"
        " and for exact identifiers BM25 often does as well or better."
    )
    assert charged(q, said) == []


def test_a_common_assumption_corrected_in_the_next_sentence_is_not_charged() -> None:
    q = _pack_question("tech.f34d-quant-granularity")
    said = (
        "A common assumption is that per-channel quantization makes inference much slower. The"
        " per-channel scales are folded into the output rescaling, so they cost almost nothing."
    )
    assert charged(q, said) == []
    assert charged(q, "Per-channel quantization makes inference much slower.") != []


def _wrong33_question(qid: str) -> Question:
    return load_packs([PACKS / "wrong33held", PACKS / "false34dev"]).get(qid)


def test_a_superlative_inside_a_with_phrase_is_said_of_its_noun() -> None:
    q = _wrong33_question("tech.w33h-pruning")
    said = (
        "Magnitude pruning looks at the weights and sets the ones with the smallest absolute"
        " values to zero, on the assumption that they contribute the least to the output."
    )
    assert charged(q, said) == []
    assert "magnitude" in charged(q, "Magnitude pruning removes the largest weights.")


def test_a_comparative_in_a_when_clause_is_said_of_that_clauses_subject() -> None:
    q = _wrong33_question("tech.f34d-quant-granularity")
    said = (
        "Per-tensor uses a single scale for the tensor and per-channel gives each channel its own"
        " scale, which is more accurate when some channels have much larger weights than others."
    )
    assert charged(q, said) == []


def test_two_names_one_holding_the_other_are_no_compared_pair() -> None:
    from simulator.core.scoring.side_comparatives import _pairs

    q = _wrong33_question("tech.w33h-pruning")
    for a, b in _pairs(q):
        assert not any(set(x.split()) <= set(y.split()) for x in a for y in b), (a, b)
        assert not any(set(y.split()) <= set(x.split()) for x in a for y in b), (a, b)
