"""A difference said to be small says likeness (issue 9, case67, opposites._small_difference).

A correct duplicate-detection answer in an analogy ("titles that differ by a word") was charged
'"differ", the opposite of "similar"' against the rubric's "similar title words" and fell from
36 to 7: a difference of one word, or a slight one, calls two things nearly the same.
"""

from __future__ import annotations

import pytest

from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import shipped_question


def _contradictions(qid: str, text: str) -> list[str]:
    score = score_answer(shipped_question(qid), Transcript(text))
    return [k.contradiction for k in score.key_points if k.contradiction]


@pytest.mark.parametrize(
    "said",
    [
        "The clerk then compares each pile closely: the same sleeve, the same label, and "
        "titles that differ by a word.",
        "The clerk then compares each pile closely: the same sleeve, the same label, and "
        "titles that differ only slightly.",
    ],
)
def test_a_small_difference_is_not_the_opposite_of_similar(said: str) -> None:
    assert _contradictions("case.duplicate-detection", said) == []


def test_a_large_difference_is_still_read() -> None:
    said = (
        "The clerk then compares each pile closely: the same sleeve, the same label, and "
        "titles that differ in most words."
    )
    assert _contradictions("case.duplicate-detection", said)
