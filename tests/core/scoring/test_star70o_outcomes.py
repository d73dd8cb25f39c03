"""Outcomes read as a step or as the scene (issue 9, star70o): three defects, each stated in one
sentence. The sentences are written for these tests, in none of the sets.

* "After the review the board approve the budget": "after" before a noun phrase is a
  preposition dating the clause that follows, not a step told as a noun (nominal_step).
* "The director hesitates at first, but she adopts the dashboard": someone taking up what I put
  to them is an outcome, which the state pass (star67) read as how things stood because
  change_told knew assent said with an adjective ("fine with it") and not with a verb.
* "Failed imports went from about five a night to one a month": a rate that moved from one value
  to another is a change measured; its "a night" made it a change still going on, and a story
  ending on it was told it never says what came of the steps.
"""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_gaps import changed_by_a_measure
from simulator.core.scoring.star_predicates import nominal_step
from simulator.core.scoring.star_reactions import taken_up
from simulator.core.scoring.star_states import change_told
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import SCENE, STEP_1, STEP_2, TASK, analysed, star_labels

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


@pytest.mark.parametrize(
    "answer",
    [
        "The director hesitates at first, but she adopts the new queues for every team.",
        "The leads were doubtful at first, but they accepted the new routing.",
        "My manager is not pleased first, but he approve the plan.",
    ],
)
def test_someone_taking_up_my_proposal_between_steps_is_an_outcome(answer: str) -> None:
    assert taken_up(words(answer))
    assert change_told(words(answer), answer)
    labels = star_labels(SCENE, TASK, STEP_1, SHOWED, answer, STEP_2)
    assert labels[4] == "result"


@pytest.mark.parametrize(
    "state",
    [
        "The director was annoyed, mostly because the old queues were hers.",
        "Her leads were unhappy with the extra work on Mondays.",
    ],
)
def test_a_feeling_alone_between_steps_is_still_how_things_stood(state: str) -> None:
    """The guard: a feeling told between my steps takes up nothing (star67's scene)."""
    assert not taken_up(words(state))
    labels = star_labels(SCENE, TASK, STEP_1, SHOWED, state, STEP_2)
    assert labels[4] == "situation"


@pytest.mark.parametrize(
    "outcome",
    [
        "After that, failed imports went from about five a night to one a month.",
        "The escalations go from every week to maybe one a quarter.",
    ],
)
def test_a_rate_moved_from_one_value_to_another_is_a_change(outcome: str) -> None:
    assert changed_by_a_measure(outcome)
    story = analysed(SCENE, TASK, STEP_1, STEP_2, outcome)
    assert story.star is not None
    assert story.star.segments[-1].label == "result"
    assert "result" not in story.star.missing


def test_a_rate_still_growing_is_no_change_measured() -> None:
    """The guard: a change said as a rate with no values it moved between is still going on."""
    assert not changed_by_a_measure("The queue of failed imports was growing by forty a night.")
