"""STAR labels of round 62 (issue 9, star62): my own duty, said in my own clause, is the task of
a story that tells no other (star_own_duty.py)."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_gaps import measured_change
from simulator.core.scoring.star_own_duty import says_own_duty
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import (
    OUTCOME,
    SCENE,
    STEP_1,
    STEP_2,
    TASK,
    analysed,
    star_labels,
)


@pytest.mark.parametrize(
    "duty",
    [
        # a step of mine before the duty: read as a step, the task called missing
        "I had trained the ranking model, so I had to work out why it lost clicks.",
        # a state of mine before it: read as the scene
        "I was maintaining the scoring job, so I kind of had to decide whether to pause it.",
        # a goal I gave myself
        "I set myself the goal of getting every weekly report out before noon.",
        # in the present, as a story told in the present says it
        "I need to find out why, and I need the sales team to trust the answer.",
        # the team named as the one asked
        "The team was asked to bring the error under ten percent before the spring release.",
        "The team had shipped the model, so it was our responsibility to fix it.",
    ],
)
def test_my_own_duty_is_the_task_of_a_story_that_tells_no_other_r62(duty: str) -> None:
    story = analysed(SCENE, duty, STEP_1, STEP_2, OUTCOME)
    assert [s.label for s in story.star.segments][1] == "task"
    assert "task" not in story.star.missing


def test_a_duty_told_after_a_first_step_is_the_task_r62() -> None:
    goal = "I set myself the goal of halving the misrouted tickets by the end of the quarter."
    labels = star_labels(SCENE, STEP_1, goal, STEP_2, OUTCOME)
    assert labels[2] == "task", labels


def test_a_story_that_tells_its_task_keeps_a_later_duty_a_step_r62() -> None:
    # "had to" among the steps is no second task when the task is already told
    later = "I then had to rebuild the index twice."
    labels = star_labels(SCENE, TASK, STEP_1, later, STEP_2, OUTCOME)
    assert labels[1] == "task" and labels[3] == "action", labels


def test_an_opening_that_places_the_story_stays_the_scene_r62() -> None:
    opening = "At a logistics firm we had to move the forecasts to a streaming pipeline."
    labels = star_labels("Right, this is a long one.", opening, STEP_1, STEP_2, OUTCOME)
    assert labels[1] == "situation", labels


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("so I kind of had to decide", True),
        ("my team and I were asked to make it faster", True),
        ("it was my responsibility to fix it", True),
        ("we gave ourselves a deadline of two weeks", True),
        ("I did not have to change anything", False),
        ("she had to approve the budget", False),
        ("the job was asked to retry", False),
        # a duty nobody else would take, with me in the sentence
        ("I figured somebody needed to find out why, and I knew the data", True),
        ("not my area, but nobody else was going to fix it", True),
        ("the pipeline was five notebooks that someone had to run by hand", False),
        ("I set up a folder of drafts that nobody would review", False),
        # a view is no duty of mine (star27)
        ("my belief was that we had to measure it against a holdout", False),
        ("in my opinion, someone had to own the evaluation", False),
    ],
)
def test_what_says_my_own_duty_r62(sentence: str, duty: bool) -> None:
    assert says_own_duty(words(sentence)) is duty


@pytest.mark.parametrize(
    "outcome",
    [
        "Zero-result searches down 9 % in the month after.",
        "Planners now size safety stock from the intervals, stockouts down a fifth.",
        "Late deliveries down from 14 to 6 percent over the quarter.",
    ],
)
def test_a_change_noted_without_its_verb_tells_the_outcome_r62(outcome: str) -> None:
    # "down 9 %" is a terse writer's "went down by 9 %": what came of the steps
    story = analysed(SCENE, TASK, STEP_1, STEP_2, outcome)
    assert "result" not in story.star.missing, story.star.hollow


@pytest.mark.parametrize(
    "clause",
    [
        "The team broke it down into 3 parts.",
        "I scaled up to 8 machines.",
        "Sign-ups up by 4 percent a day",
        "Backed up 3 databases",
    ],
)
def test_a_direction_after_a_verb_is_no_noted_change_r62(clause: str) -> None:
    assert not measured_change(clause)


def test_a_duty_nobody_else_would_take_is_my_task_r62() -> None:
    duty = "Not my model, honestly, but I figured somebody needed to find out why it drifted."
    story = analysed(SCENE, duty, STEP_1, STEP_2, OUTCOME)
    assert [s.label for s in story.star.segments][1] == "task"
    assert "task" not in story.star.missing
