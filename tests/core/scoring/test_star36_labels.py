"""STAR labels, round 36 (issue 9, star36): told after the story's events, a look back that
places it in my own history ("Looking back, that was the moment I learned to ask early.") or
says how I felt ("Honestly, I was surprised at how easy it was.") is no outcome of it; an aside
on the telling joined to a closer is a closing remark; "This was a tough one for me." is an
opener; a project "shelved" or "paused" ended."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    "remark",
    [
        "Looking back, that was the moment I learned to ask early.",
        "That was the first time I really pushed back on a manager.",
        "In hindsight, that was the week I started writing things down.",
        "Honestly, I was surprised at how easy it was once we talked.",
        "I was pretty proud of that one, to be honest.",
        "Honestly, it stung at the time.",
        "I'm simplifying the timeline a bit, but that's the core of it.",
    ],
)
def test_a_look_back_or_a_feeling_after_the_outcome_is_other(remark: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, remark)
    assert labels[-1] == "other"
    assert labels[-2] == "result"


@pytest.mark.parametrize(
    "outcome",
    [
        # an episode told with what happened in it, a feeling tied to an outcome, a lesson
        "That was the day the model finally went live in every store.",
        "I was relieved when the audit passed without a single finding.",
        "Looking back, I learned to set the measure of success before the work starts.",
        "That was the month complaints fell to 2 percent.",
    ],
)
def test_an_outcome_or_a_lesson_told_last_stays_a_result(outcome: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[-1] == "result"


def test_a_story_judged_in_the_past_tense_as_i_tell_it_is_an_opener() -> None:
    labels = star_labels("This was a tough one for me.", SCENE, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels[0] == "other"
    # naming no judgement, it places the story: it frames it too (star52: turned round; dev_blind44-46's convention, the sets relabelled to it)
    assert star_labels("This was a project at a bank.", TASK, STEP_1, STEP_2, OUTCOME)[0] == (
        "other"
    )


@pytest.mark.parametrize("ending", ["The project was shelved.", "The rollout was paused."])
def test_a_project_shelved_or_paused_is_how_it_ended(ending: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, ending)[-1] == "result"


@pytest.mark.parametrize(
    "outcome",
    [
        # someone else acting at a later point, no one objecting
        "Two weeks later the head of sales asked for the same list for his region.",
        "Nobody complained after that.",
    ],
)
def test_an_outcome_told_before_a_last_step_is_a_result(outcome: str) -> None:
    later_step = "I also added a format check to the pipeline."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome, later_step)[4] == "result"


def test_someone_elses_view_before_the_steps_is_still_the_scene() -> None:
    view = "The ops lead complained that the queue was always full."
    assert star_labels(SCENE, view, TASK, STEP_1, STEP_2, OUTCOME)[1] == "situation"


def test_a_date_met_ahead_of_time_in_a_story_told_as_we_is_a_result() -> None:
    # the story's "we shipped" is read as "I shipped" (structure.py), losing its outcome cue
    labels = star_labels(
        "Our churn model had started flagging loyal customers.",
        "We had to fix it before the renewal campaign.",
        "We traced the problem to a billing field that had changed format.",
        "We rebuilt the feature and we retrained the model.",
        "We shipped on the Monday, a week ahead of the campaign.",
        "We also added a format check to the pipeline.",
    )
    assert labels[4] == "result"


@pytest.mark.parametrize(
    "background",
    [
        "Reviewers cleared roughly sixty percent of flagged tickets as routed right.",
        "Ninety percent of the misrouted tickets came from just three product areas.",
    ],
)
def test_background_with_a_number_after_the_task_and_before_the_steps_is_the_scene(
    background: str,
) -> None:
    assert star_labels(SCENE, TASK, background, STEP_1, STEP_2, OUTCOME)[2] == "situation"


@pytest.mark.parametrize(
    "step",
    [
        # a step in order, or in the passive, stays a step there
        "The first thing on my list was a week of reading two hundred tickets.",
        "The routing rules were rewritten over two days for the three busiest queues.",
    ],
)
def test_a_step_after_the_task_stays_a_step(step: str) -> None:
    assert star_labels(SCENE, TASK, step, STEP_1, STEP_2, OUTCOME)[2] == "action"


@pytest.mark.parametrize(
    "remark",
    [
        "It was one of the most satisfying projects I've worked on.",
        "Honestly, it was a really fun problem to work on.",
        "It was a great learning experience.",
        "That night still comes up whenever we talk about launch checklists.",
        "Looking back, I'm glad I pushed for it.",
        "I'm still pretty proud of it.",
    ],
)
def test_a_judgement_of_the_story_or_a_memory_of_it_after_the_outcome_is_other(
    remark: str,
) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, remark)[-1] == "other"


@pytest.mark.parametrize(
    "outcome",
    [
        "I still use that checklist for every launch.",
        "I'm glad we cut the misrouted tickets by half.",
        "It was a hard problem, and the fix took three weeks.",
    ],
)
def test_a_habit_or_an_outcome_said_with_a_feeling_stays_a_result(outcome: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[-1] == "result"
