"""STAR labels of round 55 (issue 9, star55): formal and reflective lines about the telling are
the telling's (other); a look noted with what it found, and a measure told with what it told
me, are steps; one reader of lessons (star_lessons.lesson_told) that every caller asks."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_gaps import is_reflection
from simulator.core.scoring.star_lessons import lesson_told
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
    "opener",
    [
        "I would like to discuss a decision I made to retire a model at an insurer.",
        "I want to go over a call I made to stop a pilot at a hospital network.",
        "I'd like to recount a recommendation I gave a product director last spring.",
        "I'll be honest, I almost skipped the obvious fix here.",
        "To be honest, I nearly went with the fancy model on this one.",
    ],
)
def test_a_formal_or_reflective_opener_is_other_r55(opener: str) -> None:
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "aside",
    [
        "Here's the part I'm least proud of.",
        "This is the part where it gets messy.",
        "Now for the bit I'd do differently.",
        "Honestly, I still wonder whether I was too cautious here.",
    ],
)
def test_a_part_pointed_at_or_owned_up_to_is_other_r55(aside: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, aside, STEP_2, OUTCOME)[3] == "other"


@pytest.mark.parametrize(
    "line",
    [
        "Here's the part that failed: the join dropped every refund.",
        "This is the part of the pipeline I rebuilt first.",
        "I'll be honest with the product lead about the delay.",
    ],
)
def test_a_line_of_the_story_is_no_aside_r55(line: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, line, STEP_2, OUTCOME)[3] != "other"


NOTED_LOOK = "Checked the refund table: nine in ten rows had no timestamp since the March import."


def test_a_look_noted_with_its_finding_is_a_step_r55() -> None:
    assert star_labels(SCENE, TASK, STEP_1, NOTED_LOOK, STEP_2, OUTCOME)[3] == "action"
    # told last, a story with no result ends on a step: the result is missing
    told = analysed(SCENE, TASK, STEP_1, STEP_2, NOTED_LOOK)
    assert told.star.segments[-1].label == "action"
    assert "result" in told.star.missing


def test_a_look_at_the_outcome_later_is_no_finding_r55() -> None:
    last = "Checked again a month later: misrouted tickets down by half."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, last)[-1] == "result"


@pytest.mark.parametrize(
    "measure",
    [
        "Recall fell to 0.4 on new users, which told me the embedding was stale.",
        "The error dropped by half once I removed the holiday rows, suggesting the calendar "
        "join was wrong.",
        "Accuracy dropped to 0.6, so the labels were probably wrong.",
    ],
)
def test_a_measure_and_what_it_told_me_is_a_step_r55(measure: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, measure, STEP_2, OUTCOME)[3] == "action"


def test_a_guess_told_last_leaves_the_result_missing_r55() -> None:
    told = analysed(
        SCENE, TASK, STEP_1, STEP_2, "Accuracy dropped to 0.6, so the labels were probably wrong."
    )
    assert told.star.segments[-1].label == "action"
    assert "result" in told.star.missing


def test_what_the_outcome_showed_me_told_last_stays_the_result_r55() -> None:
    last = "Misrouted tickets fell by half, which showed me the fix had worked."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, last)[-1] == "result"


LESSONS = [
    "Lesson: a vague brief usually hides one decision someone is stuck on.",
    "Key takeaway: measure the simple baseline before anyone builds the big model.",
    "The lesson, for me, was that an estimate is a guess until the data is in hand.",
    "We shipped a week late, and what I learned is that scope is a negotiation.",
    "I also learned that feeling rushed is exactly when a second reviewer matters.",
    "I learned to write the target down before training anything.",
]


@pytest.mark.parametrize("lesson", LESSONS)
def test_one_lesson_reader_r55(lesson: str) -> None:
    assert lesson_told(words(lesson), lesson)
    # star_gaps asks the same reader: a story ending on it only reflects
    if not lesson.startswith("We shipped"):
        assert is_reflection(lesson)
    # told first, it is the result
    assert star_labels(lesson, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "result"


@pytest.mark.parametrize(
    "line",
    [
        "I learned that the vendor had changed the schema in March.",
        "I learned to my surprise that nobody used the dashboard.",
        "Checked the lesson plans: all of them used the old template.",
        "The approach I took was simple, and it worked.",
    ],
)
def test_a_finding_is_no_lesson_r55(line: str) -> None:
    assert not lesson_told(words(line), line)


@pytest.mark.parametrize(
    "finding",
    [
        # (an amount and "zero" together weigh as much as an outcome cue; "I wasn't aware of" is
        # a state of mine, no act)
        ("It turned out the billing team had a schema freeze that I just wasn't aware of.",),
        (
            "Ninety percent of the misroutes had zero product codes.",
            "The rest were tickets written in Spanish.",
        ),
    ],
)
def test_a_finding_the_next_step_follows_from_is_no_step_r55(finding: tuple[str, ...]) -> None:
    follows = "So I added a refund rule in front of the model."
    labels = star_labels(SCENE, TASK, STEP_1, *finding, follows, OUTCOME)
    # what the step turned up is a finding, no step (star61); the step after it is one
    assert "action" not in labels[3 : 3 + len(finding)], labels
    assert labels[3 + len(finding)] == "action", labels


def test_an_answer_before_so_i_stays_the_result_r55() -> None:
    agreed = "The support lead agreed to try it for a month."
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, agreed, "So I set up a weekly review.")
    assert labels[4] == "result"
