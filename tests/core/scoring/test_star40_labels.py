"""STAR labels and parts, round 40 (issue 9, star40), by class:

* someone else's need told as the task: in a story that tells no task of mine, the sentence
  before my first step where someone else needs or asks for something ("The support lead
  needed the routing fixed before the holiday rush.") or wants it of me or my team; wanting
  alone ("the product team wanted new features") stays the scene;
* the task told tersely or as mine in other words: "Asked to fix ... in one quarter.", "The
  routing model was mine that quarter.", "A fix was expected from me within a week.";
* steps told in the passive and listed with "and" ("The old rules were dropped and the model
  was retrained ...") are steps, not how things ended;
* a terse outcome telling that something stopped ("No misrouted VIP tickets in the month after
  that.") is a result the story told, not a missing one;
* a terse step named by its activity with no verb ("Daily check-in with the support lead.")
  among the steps is an action;
* my terse last step taken up by someone ("Sent ... on Friday, approved by the lead ...") tells
  an outcome;
* a story whose last step (in the passive too) is followed only by a lesson is told its result
  is missing;
* how it felt, in the present ("It still stings a little, honestly.") is a remark, other.
"""

from __future__ import annotations

import pytest

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
    "need",
    [
        "The support lead needed the routing fixed before the holiday rush.",
        "The head of support asked for a fix by the end of the month.",
        "The support director wanted my team to cut misrouting in half this quarter.",
    ],
)
def test_someone_elses_need_is_the_task_when_no_other_is_told(need: str) -> None:
    star = analysed(SCENE, need, STEP_1, STEP_2, OUTCOME).star
    assert star.segments[1].label == "task"
    assert "task" not in star.missing


def test_someone_elses_need_stays_the_scene_beside_a_task_of_mine() -> None:
    need = "The support lead needed the routing fixed before the holiday rush."
    assert star_labels(SCENE, need, TASK, STEP_1, STEP_2, OUTCOME)[1:3] == ["situation", "task"]


@pytest.mark.parametrize(
    "want",
    [
        "At the same time, the product team wanted three new routing features.",
        "The support director wanted to cut response times, and nobody said more than that.",
        "The support director expected our new model to route every ticket right.",
    ],
)
def test_a_want_of_someone_elses_alone_leaves_the_task_missing(want: str) -> None:
    assert "task" in analysed(SCENE, want, STEP_1, STEP_2, OUTCOME).star.missing


@pytest.mark.parametrize(
    "task",
    [
        "Asked to fix the routing in one quarter.",
        "The routing model was mine that quarter.",
        "A fix was expected from me within a week.",
    ],
)
def test_the_task_told_tersely_or_as_mine_is_the_task(task: str) -> None:
    assert star_labels(SCENE, task, STEP_1, STEP_2, OUTCOME)[1] == "task"


@pytest.mark.parametrize(
    "steps",
    [
        "The old keyword rules were dropped and the model was retrained on the clean month.",
        "Two thousand tickets were relabelled and added to the training set.",
    ],
)
def test_steps_listed_in_the_passive_are_actions(steps: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, steps, OUTCOME)
    assert labels[3] == "action"
    story = star_labels(SCENE, TASK, STEP_1, STEP_2, steps)
    assert "result" in analysed(SCENE, TASK, STEP_1, STEP_2, steps).star.missing, story


def test_an_outcome_in_the_passive_is_still_the_result() -> None:
    outcome = "The old routing rules were switched off and dropped that quarter."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[-1] == "result"


@pytest.mark.parametrize(
    "outcome",
    [
        "No misrouted VIP tickets in the month after that.",
        "No more complaints from the support lead.",
    ],
)
def test_a_terse_absence_after_the_steps_is_a_told_result(outcome: str) -> None:
    star = analysed(SCENE, TASK, STEP_1, STEP_2, outcome).star
    assert star.segments[-1].label == "result"
    assert "result" not in star.missing


def test_a_terse_absence_with_no_word_of_after_is_no_outcome() -> None:
    finding = "No product field in the old features."
    assert "result" in analysed(SCENE, TASK, STEP_1, STEP_2, finding).star.missing


@pytest.mark.parametrize("remark", ["It still stings a little, honestly.", "That still hurts."])
def test_how_it_still_feels_is_a_remark(remark: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, remark)[-1] == "other"


@pytest.mark.parametrize(
    "step",
    ["Daily fifteen-minute check-in with the support lead.", "Two workshops with the agents."],
)
def test_a_terse_step_named_by_its_activity_is_an_action(step: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, step, OUTCOME)[3] == "action"


def test_my_terse_last_step_taken_up_by_someone_is_a_told_result() -> None:
    outcome = "Sent the new rules on Friday, approved by the support lead without changes."
    assert "result" not in analysed(SCENE, TASK, STEP_1, STEP_2, outcome).star.missing
    step = "Sent the new rules on Friday, with a short guide for the support lead."
    assert "result" in analysed(SCENE, TASK, STEP_1, STEP_2, step).star.missing


def test_a_last_step_in_the_passive_then_a_lesson_leaves_the_result_missing() -> None:
    step = "The new rules were rolled out to every queue, and a dashboard was added."
    lesson = "What I learned is to read the tickets before touching the model."
    assert "result" in analysed(SCENE, TASK, STEP_1, step, lesson).star.missing


@pytest.mark.parametrize(
    "outcome", ["Queue waiting time down to two hours.", "Review backlog from forty to five."]
)
def test_a_terse_change_of_a_measure_named_by_an_activity_is_an_outcome(outcome: str) -> None:
    more = "The support lead kept the rules for the next quarter."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome, more)[4] == "result"
