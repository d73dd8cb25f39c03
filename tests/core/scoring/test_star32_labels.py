"""STAR labels, round 32 (issue 9, star32): an opener that only dates the story ("Sure, this was
back when I ...") and a reflection that states no outcome ("Looking back, I'd say communication
matters") are no part of the story; words about telling it ("Let me set the scene first.", "So
that's the gist of it.") neither; a recommendation or a call of mine said as a noun is a step.
Each with a twin that keeps its label (a place is the scene, a lesson of the story is a result)."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    "opener",
    [
        "Sure, this was back when I was leading my first project.",
        "Sure, so this goes back a couple of years.",
        "Good one, that happened in my first year.",
    ],
)
def test_an_opener_that_only_dates_the_story_is_other(opener: str) -> None:
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "scene",
    [
        "Sure, this was at a small ad-tech startup.",
        "This was back in my first year, when our churn model started failing every week.",
    ],
)
def test_an_opener_saying_where_or_when_frames_the_story_r52(scene: str) -> None:
    # (star52: turned round; dev_blind44-46's convention, the sets relabelled to it)
    assert star_labels(scene, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "remark",
    [
        "Okay, so let me set the scene first.",
        "Yeah, absolutely, so I'll keep it brief.",
        "Great question, I like this one.",
    ],
)
def test_words_about_telling_the_story_open_no_scene(remark: str) -> None:
    assert star_labels(remark, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "closer",
    ["So that's the gist of it.", "That's pretty much the whole story.", "Hope that answers it."],
)
def test_a_closing_remark_is_no_result(closer: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, closer)[-1] == "other"


@pytest.mark.parametrize(
    "reflection",
    [
        "Looking back, I'd say communication matters.",
        "In hindsight, constraints make you creative.",
        "In the end it's usually the data.",
        "I guess what I'd say is that honesty beats excuses.",
        "Simple things first, that's how I think about it.",
    ],
)
def test_a_reflection_stating_no_outcome_is_other(reflection: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, reflection)[-1] == "other"


@pytest.mark.parametrize(
    "lesson",
    [
        "Looking back, I think the key was to start from their problems rather than mine.",
        "In hindsight, I think I should have stepped in a month earlier.",
        "I learned to set a baseline to beat on the first day of a project.",
        "In the end the team retrained the model every week.",
    ],
)
def test_a_lesson_or_outcome_of_the_story_stays_a_result(lesson: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, lesson)[-1] == "result"


@pytest.mark.parametrize(
    "step",
    [
        "My recommendation was to stop the model and spend the budget on a threshold alert.",
        "My call was to put the previous filter back and replay the hidden messages.",
    ],
)
def test_a_recommendation_said_as_a_noun_is_a_step(step: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, step, OUTCOME)[3] == "action"


def test_a_goal_said_as_a_noun_is_still_the_task() -> None:
    goal = "My assignment was to cut the misrouted tickets by half."
    assert star_labels(SCENE, goal, STEP_1, STEP_2, OUTCOME)[1] == "task"


@pytest.mark.parametrize(
    "step",
    [
        "We had two people check five hundred labels to estimate the noise.",
        "I had two agents relabel a sample of two thousand emails.",
    ],
)
def test_having_others_do_a_step_is_a_step(step: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, step, STEP_2, OUTCOME)[3] == "action"


def test_having_people_on_the_team_is_still_the_scene() -> None:
    scene = "We had two engineers and one analyst on the team at the time."
    assert star_labels(SCENE, scene, TASK, STEP_1, STEP_2, OUTCOME)[1] == "situation"


def test_an_outcome_word_said_of_someone_before_the_story_is_no_result() -> None:
    step = (
        "I switched all traffic to the previous version and paged the engineer who had shipped it."
    )
    assert star_labels(SCENE, TASK, STEP_1, step, STEP_2, OUTCOME)[3] == "action"


def test_an_outcome_in_the_past_perfect_is_still_a_result() -> None:
    outcome = "By the end of March, misrouted tickets had dropped to two percent."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[-1] == "result"
