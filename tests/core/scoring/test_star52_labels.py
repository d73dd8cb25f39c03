"""STAR labels of round 52 (issue 9, star52): an opening line whose main clause is about the
story frames it (other), and the teller's role said as what I was is the task."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_framing import story_framed
from simulator.core.scoring.star_predicates import role_said
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    "opener",
    [
        # chatty: the story pointed at and judged as I tell it
        "Okay so, uh, this one's a bit of a saga, honestly.",
        "Right, let me think, there's a decent one from my time at a bank.",
        # the story placed: where and when, with the teller's place in it
        "So this is at a logistics firm, and I'm on the pricing team.",
        "Sure, so this was at a games studio, about three years ago, during the holidays.",
        "Okay, so, this one's from when I was at a mid-sized insurer.",
        # the story named as the one picked
        "The project I'd pick is a pricing model at a logistics firm.",
        "The toughest one I've had is a demand forecast for a chain of bakeries.",
        "The following concerns an evaluation result nobody could reproduce.",
        "Example: a pricing model, previous job.",
    ],
)
def test_an_opening_line_about_the_story_frames_it_r52(opener: str) -> None:
    assert story_framed(opener)
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "scene",
    [
        # a clause of its own tells the scene
        "So this was a churn model for a gym chain, and half the members had left by March.",
        "This was my second job, we'd just lost our only data engineer.",
        # no pointer at the story: the scene itself
        "It was a Monday morning and the ranking job had failed overnight.",
        "Logistics firm, pricing team, 2021.",
    ],
)
def test_an_opening_line_that_tells_the_scene_stays_the_situation_r52(scene: str) -> None:
    assert not story_framed(scene)
    assert star_labels(scene, TASK, STEP_1, STEP_2, OUTCOME)[0] == "situation"


@pytest.mark.parametrize(
    "line",
    [
        # the story's own project, with an event of its own
        "The project was shelved after four months.",
        # the one picked, named by what came of it: the result told first
        "The project I'm proudest of is a model that cut returns by a fifth.",
        # the teller's own scene, not the story pointed at
        "I moved to a bakery chain, and my first project there was a demand forecast.",
    ],
)
def test_a_line_not_about_the_story_is_not_framing_r52(line: str) -> None:
    assert not story_framed(line)


@pytest.mark.parametrize(
    "role",
    [
        "I was primary on-call for the search service that week.",
        "I was the only data scientist on the team.",
        "And I was the analyst for the pricing model, so the numbers were on me.",
    ],
)
def test_my_role_is_the_task_r52(role: str) -> None:
    assert role_said(words(role), role)
    later = "Search latency had doubled in a week."
    labels = star_labels(SCENE, later, role, STEP_1, STEP_2, OUTCOME)
    assert labels[2] == "task", labels


@pytest.mark.parametrize(
    "scene",
    [
        # where I was, not what the role was for
        "I was the only ML engineer at a small bank, and three teams kept asking me for models.",
        # a clause of its own telling the scene
        "I was the data scientist on a fraud project, and the team was me and two analysts.",
        "I was the new hire.",
    ],
)
def test_a_role_that_places_me_or_tells_the_scene_is_not_the_role_r52(scene: str) -> None:
    assert not role_said(words(scene), scene)
