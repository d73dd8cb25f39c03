"""STAR labels, round 35 (issue 9, star35): opening lines that only point at the story or say
how I see it as I speak ("Sure, I'll walk through the one I remember best.", "Oh, this one's
fun.") are no part of it; a step named by an ordinal frame ("My second step was translating
...", "The last piece was a monitor ...") is an action wherever it sits."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    "opener",
    [
        "Hmm, I have one from my second year.",
        "Sure, let me walk you through one from my time in retail.",
        "Okay, I'll go with the one I know best.",
        "Right, here's the one my old team still jokes about.",
        "Yes, I've got a good one, honestly.",
        "Okay, let me pick the one with the clearest ending.",
        "Um, give me a moment, I want to choose a good one.",
        "Oh, this one's painful to tell.",
        "Sure, it's a short one.",
        "Sure, the story that comes to mind first is a slightly awkward one.",
        "Okay, this one happened on a Tuesday morning.",
    ],
)
def test_an_opener_that_points_at_the_story_as_i_see_it_now_is_other(opener: str) -> None:
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "scene",
    [
        # an opening that tells what happened or what the story is about stays the scene
        "Let me pick the one where our pricing model crashed on launch day.",
        "Sure, this was the night our search index was wiped.",
        "This one is a forecasting model I built for a retailer.",
        "Sure, this was at a small ad-tech startup.",
    ],
)
def test_an_opener_that_tells_the_story_stays_the_scene(scene: str) -> None:
    assert star_labels(scene, TASK, STEP_1, STEP_2, OUTCOME)[0] == "situation"
