"""STAR labels, round 31 (issue 9, star31): a usual state told with a verb of happening ("Code
reviews took three days on average") is the scene, not a step that happened; "I owned up to it"
is a step, no ownership of a task; a change that can or is to happen ("so nothing recent can be
dropped") is what a step is for, no result; two amounts compared ("thirty minutes instead of two
hours") are a change measured. Each with a twin that keeps its label."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels

TEAM = "This was on a team of six machine learning engineers."
ASKED = "My manager asked me to share the format with the rest of the team."


@pytest.mark.parametrize(
    "usual",
    [
        "Code reviews took three days on average, and two releases had slipped because of it.",
        "The weekly retraining typically took a whole weekend, and two launches had slipped.",
    ],
)
def test_a_usual_state_is_the_scene(usual: str) -> None:
    labels = star_labels(TEAM, SCENE, usual, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels[2] == "situation"


def test_a_step_told_as_what_happened_next_stays_a_step() -> None:
    step = "Next came a two-week shadow test on live tickets."
    assert star_labels(SCENE, TASK, STEP_1, step, STEP_2, OUTCOME)[3] == "action"


@pytest.mark.parametrize(
    "owned_up",
    [
        "I owned up to it in the team channel right away and restored the table from a backup.",
        "I owned up to the mistake at the stand-up the next morning.",
    ],
)
def test_owning_up_is_a_step(owned_up: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, owned_up, STEP_2, OUTCOME)[3] == "action"


def test_owning_the_model_is_still_the_task() -> None:
    owned = "I owned the routing model, so it was mine to fix."
    assert star_labels(SCENE, owned, STEP_1, STEP_2, OUTCOME)[1] == "task"


@pytest.mark.parametrize(
    "purpose",
    [
        "A check was then added to the cleanup script, so nothing read in the last ninety days "
        "can be dropped.",
        "I then set a rule that no feature used by two or more models is to be removed.",
    ],
)
def test_a_change_that_can_happen_is_no_result(purpose: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, purpose, STEP_2, OUTCOME)[3] == "action"


def test_a_change_that_happened_is_still_the_result() -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME)[4] == "result"


@pytest.mark.parametrize(
    "compared",
    [
        "The next review took thirty minutes instead of two hours.",
        "The nightly job now costs forty dollars instead of three hundred.",
    ],
)
def test_two_amounts_compared_are_a_result(compared: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, compared, ASKED)[4] == "result"


@pytest.mark.parametrize("opener", ["Of course.", "Sure thing.", "Absolutely, gladly."])
def test_a_pleasantry_opening_the_story_is_other(opener: str) -> None:
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


def test_an_opener_placing_the_story_frames_it_r52() -> None:
    # (star52: turned round; dev_blind44-46's convention, the sets relabelled to it)
    opener = "Sure, this happened at a startup I worked at."
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


def test_thanks_closing_the_story_is_no_result() -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, "Thanks.")[-1] == "other"


@pytest.mark.parametrize("went_on", ["Labelling restarted the next day.", "Hiring resumed in May."])
def test_an_activity_going_on_after_the_steps_is_a_result(went_on: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, went_on, OUTCOME)[4] == "result"


def test_an_activity_finding_something_is_what_the_look_came_to() -> None:
    # what a record or a look showed is no step of mine (star61): the result, as a measure
    found = "Profiling showed the ranker was slow."
    assert star_labels(SCENE, TASK, STEP_1, found, STEP_2, OUTCOME)[3] == "result"
