"""Openings that set the scene though they say what I did, and a lesson said as "what I took
from it" (issue 9, round 20). Stories written for these tests."""

from __future__ import annotations

import pytest

from simulator.core.scoring.structure import analyse_star
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

REST = (
    "My job was to cut the number of failed deliveries before the holiday season. "
    "I mapped every failed delivery of the last quarter against the driver's route. "
    "I added a check that flags addresses with no house number at checkout. "
)


def _star(story: str) -> tuple[list[str], list[str]]:
    result = analyse_star(tokenize(story), Transcript(story))
    return [segment.label for segment in result.star.segments], result.star.missing


@pytest.mark.parametrize(
    "opening",
    [
        "On a logistics project I shared a route planner with a team that rewrote it weekly.",
        "I moved from retail banking to a delivery startup that was losing one parcel in twenty.",
    ],
)
def test_an_opening_that_places_the_story_is_its_situation(opening: str) -> None:
    story = f"{opening} {REST}Failed deliveries fell from five to two percent in a month."
    labels, missing = _star(story)
    assert labels[0] == "situation"
    assert "situation" not in missing


def test_how_i_found_out_early_is_the_scene_not_a_step() -> None:
    story = (
        "Our address data comes from three courier partners. "
        "Twice their files arrived broken, and both times I found out from angry customers. "
        f"{REST}Failed deliveries fell from five to two percent in a month."
    )
    labels, _ = _star(story)
    assert labels[:2] == ["situation", "situation"]


def test_what_i_took_from_it_is_a_lesson_not_a_result() -> None:
    story = (
        "Our parcels were failing to arrive at one address in twenty. "
        f"{REST}"
        "What I took from it is to look at the failures by hand before building anything."
    )
    labels, missing = _star(story)
    assert labels[-1] == "result"
    assert "result" in missing


def test_a_lesson_as_the_subject_is_a_lesson() -> None:
    story = (
        "Our parcels were failing to arrive at one address in twenty. "
        f"{REST}"
        "One thing I learnt on that project was that the drivers knew the bad addresses already."
    )
    labels, missing = _star(story)
    assert labels[-1] == "result"
    assert "result" in missing
