"""A word family is one term of the rubric's order (review of round 66, reversed_order.py): a
correct duplicate-detection design said as "scoring every possible pair is far too slow, so the
pipeline is blocking, then a pairwise classifier, and then clustering" was charged “pair” comes
before “classifier”: the rubric says "a pairwise classifier" early and "turns pairs into groups"
late, so "pair" stood on its later side alone. A strong answer of round 66's blind set lost half
its score (30, under its partial's 34) to a charge of this kind."""

from __future__ import annotations

import pytest

from simulator.core.scoring import score_answer
from simulator.core.scoring.reversed_order import REVERSED_ORDER_ID
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import shipped_question


def _reversed(qid: str, text: str) -> list[str]:
    score = score_answer(shipped_question(qid), Transcript(text))
    return [m.phrase for m in score.misconceptions if m.id == REVERSED_ORDER_ID]


@pytest.mark.parametrize(
    "said",
    [
        "Looking at every pair is hopeless at this scale, so the design is blocking, then "
        "pairwise scoring, then clustering.",
        "Scoring every possible pair is far too slow, so the pipeline is blocking, then a "
        "pairwise classifier, and then clustering into groups.",
    ],
)
def test_a_word_and_its_own_compound_are_no_two_steps(said: str) -> None:
    assert _reversed("case.duplicate-detection", said) == []


def test_two_steps_of_different_families_told_back_to_front_are_still_charged() -> None:
    said = "First cluster all the listings into groups, then generate candidate pairs for them."
    assert _reversed("case.duplicate-detection", said)
