"""STAR labels of round 57 (issue 9, star57): a task said by naming it ("my remit was ...",
"the goal is ...", "the question I had to answer was ...", "the ask from my lead was that I
...", someone's need of me, the time I had before something was due) is the task, so the report
does not call a told task missing; a story told in the present keeps the past of its sentences
told in the past; a filler between "I" and its verb; a note placed by the day of the work and a
finding said as "what I found was ..." are steps."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_named_duty import (
    duty_left_to_me,
    duty_named,
    finding_clefted,
    needed_from_me,
)
from simulator.core.scoring.star_predicates import duty_statement, time_given
from simulator.core.scoring.star_tense import as_past
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import (
    OUTCOME,
    SCENE,
    STEP_1,
    STEP_2,
    analysed,
    star_labels,
)

NAMED_TASKS = [
    "My remit was the routing model's quality, so every release needed my sign-off.",
    "My mandate, as the newly hired ML lead, was a routing model the agents would trust.",
    "The aim is straightforward: send every ticket to the right queue on the first try.",
    "Our job, as the team that owns routing, is to keep misrouted tickets under five percent.",
    "The ask from my director was that I cut misrouted tickets in half by spring.",
    "And, um, the question I had to answer was whether the model was worth keeping at all.",
    "The decision I was asked to make: retrain the model, or replace it with rules.",
    "My brief: the routing model, end to end, by the end of the quarter.",
    "Support needed a yes or no on the new model from me by Friday.",
    "I had three weeks before I was expected to hand the model over to the platform team.",
    "I had ten working days to fix it before the quarterly review.",
    "And I'm the one who's supposed to keep it running at night.",
]


@pytest.mark.parametrize("task", NAMED_TASKS)
def test_a_task_said_by_naming_it_is_the_task_r57(task: str) -> None:
    story = analysed(SCENE, task, STEP_1, STEP_2, OUTCOME)
    assert [s.label for s in story.star.segments][1] == "task"
    assert "task" not in story.star.missing


@pytest.mark.parametrize("task", NAMED_TASKS[:3])
def test_a_named_task_told_after_the_first_step_is_the_task_r57(task: str) -> None:
    assert star_labels(SCENE, STEP_1, task, STEP_2, OUTCOME)[2] == "task"


@pytest.mark.parametrize(
    "line",
    [
        "The job was failing every night because the disk filled up.",
        "The goal was met two weeks early.",
        "The report I was asked to review had no baseline at all.",
        "The task was binary classification on imbalanced data.",
        "Their goal for the quarter was fewer escalations.",
        "The company's goal for the year was to cut waste by a fifth.",
    ],
)
def test_a_thing_named_with_a_duty_noun_is_no_duty_r57(line: str) -> None:
    ws = words(line)
    assert not duty_named(ws, line)
    assert not duty_left_to_me(ws, line)


def test_someone_elses_need_alone_is_no_need_of_me_r57() -> None:
    assert not needed_from_me(words("The sales team needed a forecast by Monday."))
    assert needed_from_me(words("The sales team needed a forecast from me by Monday."))


def test_the_time_before_something_due_is_time_given_only_with_a_duty_r57() -> None:
    assert time_given(words("I had about a month before we were meant to show it."))
    assert time_given(words("I had, uh, two weeks before the forecast had to go live."))
    assert not time_given(words("I had two weeks before the holidays, so I read a lot."))


def test_the_one_who_is_supposed_to_is_a_duty_r57() -> None:
    assert duty_statement(words("I'm the one who's supposed to get it trained in time."))
    assert not duty_statement(words("I'm the one who likes long meetings."))


def test_a_past_verb_in_a_present_story_stays_in_the_past_r57() -> None:
    """The present story's reading put "had" and "was" in the past again ("hadded",
    "wassed"), so the sentence lost its "I had" and "was" (r46 contract clauses)."""
    assert as_past(words("And I had about a month before we were supposed to show it.")) == (
        words("And I had about a month before we were supposed to show it.")
    )
    assert as_past(words("I took the logs and I check them.")) == (
        words("I took the logs and I checked them.")
    )
    assert as_past(words("I read the logs.")) == words("I read the logs.")


def test_a_filler_between_i_and_its_verb_keeps_the_step_r57() -> None:
    step = "And I, um, kept a log of every question the reviewers asked me."
    assert star_labels(SCENE, STEP_1, STEP_2, step)[3] == "action"


def test_a_note_placed_by_its_day_is_a_step_r57() -> None:
    labels = star_labels(
        "Fraud team, payments company.",
        "My job: cut false declines before the holidays.",
        "Week one: three days with the fraud analysts, notes on every rule they trusted.",
        "Rule thresholds rebuilt per merchant group.",
        "False declines down a third by the holidays.",
    )
    assert labels[2] == "action"


def test_a_measure_placed_by_its_week_is_no_step_r57() -> None:
    labels = star_labels(
        "Fraud team, payments company.",
        "My job: cut false declines before the holidays.",
        "Rule thresholds rebuilt per merchant group.",
        "Week two: forty percent fewer false declines.",
    )
    assert labels[3] == "result"


def test_a_finding_said_as_what_i_found_is_a_step_r57() -> None:
    finding = "What I found, after a day in the logs, was that one client sent every ticket twice."
    assert finding_clefted(words(finding))
    assert not finding_clefted(words("What I learned was that asking early saves weeks."))
    labels = star_labels(SCENE, "I owned the routing model.", finding, STEP_2, OUTCOME)
    assert labels[2] == "action"
