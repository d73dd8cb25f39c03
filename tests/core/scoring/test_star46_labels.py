"""STAR labels, round 46 (issue 9, star46): the story's end told first as its opening line, by
a quantity moving the good way ("The wait for a refund fell from nine days to two."), by an
ending said at the line's close ("..., in the end.") or by a present passive with "now" ("are
now read"); a quantity moving the bad way, one that had moved before, or one that moved all at
once stays the scene."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, analysed


@pytest.mark.parametrize(
    "opening",
    (
        "The wait for a refund decision fell from nine days to two.",
        "Chargebacks on the new card product dropped by a third over the summer.",
        "Conversion on the checkout page rose by six percent.",
        "The finance team moved their forecasting onto our platform in the end.",
        "Support replies are now drafted by the model for four in five tickets.",
    ),
)
def test_the_end_told_first_is_the_result(opening: str) -> None:
    labels = [s.label for s in analysed(opening, SCENE, TASK, STEP_1, STEP_2).star.segments]
    assert labels[0] == "result", labels


@pytest.mark.parametrize(
    "opening",
    (
        "The error rate of our address parser rose from two to nine percent in March.",
        "Click-through on the home feed fell by a fifth after the redesign.",
        "Refund requests had dropped by half the year before, so nobody watched them.",
        "Our queue of unlabelled claims suddenly doubled to forty thousand.",
        "The finance team asked for a new forecast in the end of the year.",
    ),
)
def test_trouble_or_a_time_at_the_opening_stays_the_scene(opening: str) -> None:
    labels = [s.label for s in analysed(opening, TASK, STEP_1, STEP_2, OUTCOME).star.segments]
    assert labels[0] == "situation", labels
