"""Why a sentence told before any step is the situation, said of what it says (walkthrough 52:
"A colleague kept merging changes without review." was explained as "a launch or an offer
the story starts from, before any step", of a story with neither). Stories written for this
test."""

from __future__ import annotations

import pytest

from simulator.core.scoring.structure import analyse_star
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript


def _first(story: str) -> tuple[str, str]:
    segment = analyse_star(tokenize(story), Transcript(story)).star.segments[0]
    return segment.label, segment.why


@pytest.mark.parametrize(
    "story",
    [
        "A colleague kept merging changes without review. I set up a one to one meeting with him",
        "The intern kept pushing untested notebooks to the shared repo. I paired with him on a "
        "review checklist.",
    ],
)
def test_a_scene_before_any_step_is_not_called_a_launch_or_an_offer_r52(story: str) -> None:
    label, why = _first(story)
    assert label == "situation"
    assert "launch" not in why and "offer" not in why, why
    assert "before any step" in why and "scene" in why, why
