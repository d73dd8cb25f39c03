"""A story opening on someone else's request: the request is the scene (issue 9, round 19).
A story written for this test."""

from __future__ import annotations

from simulator.core.scoring.structure import analyse_star
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

STORY = (
    "Our head of finance asked me to forecast next year's cash flow from the sales pipeline. "
    "My job was to give her a number she could defend in front of the board. "
    "I compared three years of pipeline data with the cash that actually came in. "
    "I built a simple model that discounted each deal by its stage. "
    "The forecast was within four percent of the real figure, and the board approved the budget."
)


def test_a_request_opening_the_story_is_its_situation() -> None:
    result = analyse_star(tokenize(STORY), Transcript(STORY))
    labels = [segment.label for segment in result.star.segments]
    assert labels == ["situation", "task", "action", "action", "result"]
    assert result.star.missing == []
    assert "request" in result.star.segments[0].why
