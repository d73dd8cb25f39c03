"""A claim's word said only as the second half of a hyphenated compound (para51, issue 9,
misconception_hits._compound_tail): "shrinking the cache with grouped-query attention" names a
kind of attention; it does not say "cache the queries" (a correct kv-cache warning was charged
so, x0.5 - 15, dev_blind46)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from tests.core.scoring.rubric_charges import charged

REPO = Path(__file__).resolve().parents[3]


@lru_cache(maxsize=1)
def _with_dev_pack() -> QuestionBank:
    return load_packs([REPO / "questions", REPO / "tests/core/scoring/packs/blind46dev"])


def test_a_compound_s_second_half_is_no_word_of_the_claim_r51() -> None:
    said = (
        "The KV cache keeps the keys and values of earlier tokens, so decoding reads them "
        "instead of recomputing them. Shrinking the cache with grouped-query attention or "
        "quantization often speeds decoding more than extra FLOPs would."
    )
    assert "cache the queries" not in charged(_with_dev_pack().get("tech.o46-kv-cache"), said)


@pytest.mark.parametrize(
    "claim",
    [
        "To save time you also cache the queries of every earlier token.",
        "You cache the queries as well, since every step reuses them.",
    ],
)
def test_the_claim_said_in_its_own_words_is_still_charged_r51(claim: str) -> None:
    said = "The KV cache keeps the keys and values of earlier tokens. " + claim
    assert "cache the queries" in charged(_with_dev_pack().get("tech.o46-kv-cache"), said)
