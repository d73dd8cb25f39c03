"""Outcomes read as a step or as the scene (issue 9, star70o): defects, each stated in one
sentence. The sentences are written for these tests, in none of the sets.

* "After the review the board approve the budget": "after" before a noun phrase is a
  preposition dating the clause that follows, not a step told as a noun (nominal_step).
"""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_predicates import nominal_step
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import SCENE, STEP_1, STEP_2, TASK, star_labels

SHOWED = "I presented the new routing numbers to the support director and her two leads."


@pytest.mark.parametrize(
    "answer",
    [
        "After the review the support leads approve a trial on two queues.",
        "After the demo, the director decide to keep the model for the whole team.",
        "After the call the vendor agree to resend the corrected labels.",
    ],
)
def test_a_clause_dated_by_after_is_no_step_told_as_a_noun(answer: str) -> None:
    assert not nominal_step(words(answer))
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, SHOWED, answer)
    assert labels[-1] == "result"


@pytest.mark.parametrize(
    "step",
    [
        "After that, a weekly review with both support leads.",
        "Then a short survey of the agents on the new queues.",
    ],
)
def test_a_step_told_as_a_noun_stays_one(step: str) -> None:
    """The guard: "after that" and "then" before a noun phrase still name a step."""
    assert nominal_step(words(step))
