"""STAR review of round 46 (fix46): an opening line read as the story's end told first only
when its change or its comparison with before goes the good way, and only when the change
stays."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, analysed


@pytest.mark.parametrize(
    "opening",
    (
        # a comparison with before, the bad way or no way
        "Misrouted tickets rose to twelve percent, up from five.",
        "Complaints about wrong queues were up from forty a week to a hundred and ten.",
        "Accuracy was down from ninety percent to seventy.",
        "Latency was far worse than before the migration.",
        "Ticket volume doubled, up from five thousand a week.",
        "Support calls were higher than before the price change.",
        # a good-way change that turned back
        "Our ticket backlog dropped from a week to two days after we hired more agents, but"
        " then it grew again.",
    ),
)
def test_trouble_compared_with_before_stays_the_scene(opening: str) -> None:
    star = analysed(opening, TASK, STEP_1, STEP_2, OUTCOME).star
    assert star.segments[0].label == "situation", [s.label for s in star.segments]
    assert "situation" not in star.missing


@pytest.mark.parametrize(
    "opening",
    (
        "Complaints about wrong queues are down from forty a week to six.",
        "Complaints about refunds were far fewer than before the redesign.",
        "The review queue dropped from three weeks to two days after we rebuilt the triage.",
        # its cause in the project's own words, with no "we" (fix46b)
        "The review queue dropped from three weeks to two days after the new triage went live.",
        "Misrouted tickets fell from twelve percent to three once the new router shipped.",
    ),
)
def test_the_good_way_against_before_is_still_the_end_told_first(opening: str) -> None:
    labels = [s.label for s in analysed(opening, SCENE, TASK, STEP_1, STEP_2).star.segments]
    assert labels[0] == "result", labels
