"""The first outcome after my steps reads "an act in the passive" with the labeller's own reader
(review of 1cefce29..main, finding 2).

star_first_outcome._passive took any was/were/got before a past participle for an act in the
passive, so a state ("The change got stuck in review for a week") between my last step and the
result was not read as the first thing that came of the steps, where star_predicates.passive_at,
which star_labels reads acts in the passive with, says it is no act. Stories written for this
test."""

from __future__ import annotations

from simulator.core.scoring.star_first_outcome import first_outcome_after_steps
from simulator.core.scoring.text import words

OPENING = [
    "Our checkout service kept timing out during the evening peak.",
    "I had to find out why before the holiday sale.",
    "I traced the slow requests to one query and wrote an index for it.",
]
CLOSING = ["The holiday sale ran with no checkout errors at all."]
LABELS = ["situation", "task", "action", "action", "result"]


def _first(between: str) -> list[int]:
    texts = [*OPENING, between, *CLOSING]
    return first_outcome_after_steps(LABELS, [words(t) for t in texts], texts)


def test_a_state_after_my_steps_is_their_first_outcome_r50() -> None:
    assert _first("The change got stuck in review for a week.") == [3]


def test_an_act_in_the_passive_is_still_a_step_r50() -> None:
    assert _first("The fix was rolled out to every region.") == []
