"""STAR labels and missing parts, round 29 (issue 9, star29): a closing remark about the story
("So that is how I handled it", "That was the most interesting project I've worked on") is no
result, so a story that ends on one reports its result missing; my own "I asked a colleague to
review it" is a step, not someone else taking it up; a change said in a clause of cause or time
("... after a new release doubled the traffic") is no outcome; "afterwards" closing a step of
mine is when I did it; "I was their lead" after the opening line is my role (the task). Each
with its twin that keeps its label."""

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
    "remark",
    [
        "So that is how I handled it.",
        "That's basically how I approached it.",
        "I think that was the most rewarding project I have worked on.",
        "That was one of the hardest things I have done.",
        "And that's what I did.",
    ],
)
def test_a_closing_remark_is_no_result(remark: str) -> None:
    result = analysed(SCENE, TASK, STEP_1, STEP_2, remark)
    assert [s.label for s in result.star.segments][-1] == "other"
    assert "result" in result.star.missing


@pytest.mark.parametrize(
    "outcome",
    [
        "That is how we cut misrouted tickets by half.",  # a number: what came of it
        "That change cut misrouted tickets to four percent.",
    ],
)
def test_an_outcome_told_with_that_stays_the_result(outcome: str) -> None:
    result = analysed(SCENE, TASK, STEP_1, STEP_2, outcome)
    assert [s.label for s in result.star.segments][-1] == "result"
    assert "result" not in result.star.missing


def test_my_request_to_a_colleague_is_a_step() -> None:
    ask = "I asked a colleague from the support team to check each new rule the day I wrote it."
    last = "I sent the new routing rules to the support lead on Friday."
    result = analysed(SCENE, TASK, STEP_1, ask, last)
    assert [s.label for s in result.star.segments][3] == "action"


def test_a_colleague_taking_it_up_is_still_the_result() -> None:
    uptake = "The support lead agreed to use the new routing for every queue."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, uptake)[-1] == "result"


def test_a_change_said_as_the_cause_of_a_finding_is_a_step() -> None:
    found = "I found that the queue had overflowed after a new release doubled the traffic."
    labels = star_labels(SCENE, TASK, STEP_1, found, STEP_2, OUTCOME)
    assert labels[3] == "action"


def test_a_change_before_its_cause_is_still_the_result() -> None:
    outcome = "Misrouted tickets fell by half after the model was retrained."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[-1] == "result"


def test_afterwards_closing_my_step_is_no_outcome() -> None:
    step = "After two weeks I handed her the weekly review and only read it afterwards."
    labels = star_labels(SCENE, TASK, STEP_1, step, OUTCOME)
    assert labels[3] == "action"


def test_afterwards_opening_an_outcome_keeps_it() -> None:
    outcome = "Afterwards the support team stopped rerouting tickets by hand."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[-1] == "result"


@pytest.mark.parametrize(
    "role",
    [
        "I was their lead, and I needed both of them on the same plan.",
        "I was the tech lead, so settling it fell to me.",
    ],
)
def test_my_role_after_the_opening_is_the_task(role: str) -> None:
    scene = "Two engineers on my team disagreed about how to route the tickets."
    step = "I met each of them separately and asked what worried them most."
    outcome = "They agreed on one plan a week later."
    result = analysed(scene, role, step, STEP_2, outcome)
    assert [s.label for s in result.star.segments][1] == "task"
    assert "task" not in result.star.missing


def test_the_only_one_in_a_role_is_the_scene() -> None:
    scene = "At a small clinic I was the only analyst, and four reports were due the same week."
    assert star_labels(scene, "I listed the four reports by deadline.", OUTCOME)[0] == ("situation")


@pytest.mark.parametrize(
    "offer",
    [
        "I offered to take over the routing model for the quarter.",
        "I volunteered to clean up the misrouted queue, since I knew the routing code best.",
    ],
)
def test_offering_to_take_it_on_before_the_steps_is_the_task(offer: str) -> None:
    result = analysed(SCENE, offer, STEP_1, STEP_2, OUTCOME)
    assert [s.label for s in result.star.segments][1] == "task"
    assert "task" not in result.star.missing


def test_offering_a_step_later_on_is_an_action() -> None:
    offer = "I also offered to write the cleanup job for the support team myself."
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, offer, OUTCOME)
    assert labels[4] == "action"


def test_unease_before_the_steps_is_the_task() -> None:
    uneasy = "I was uneasy because the model routed every ticket in Spanish to the same queue."
    result = analysed(SCENE, uneasy, STEP_1, STEP_2, OUTCOME)
    assert [s.label for s in result.star.segments][1] == "task"


def test_how_soon_i_did_my_step_is_no_outcome() -> None:
    last = "I reviewed the new routing rules within a day and explained each change to the team."
    result = analysed(SCENE, TASK, STEP_1, STEP_2, last)
    assert "result" in result.star.missing


def test_how_soon_it_was_fixed_is_still_an_outcome() -> None:
    last = "The misrouting was fixed within a week and the queue was back to normal."
    result = analysed(SCENE, TASK, STEP_1, STEP_2, last)
    assert [s.label for s in result.star.segments][-1] == "result"
    assert "result" not in result.star.missing


def test_the_work_i_led_before_the_steps_is_the_task() -> None:
    led = "I led the routing work and the rollout to the support queues."
    result = analysed(SCENE, led, STEP_1, STEP_2, OUTCOME)
    assert [s.label for s in result.star.segments][1] == "task"
    assert "task" not in result.star.missing


def test_a_session_i_led_among_the_steps_is_an_action() -> None:
    led = "I led a workshop with the support agents on the new queues."
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, led, OUTCOME)
    assert labels[4] == "action"
