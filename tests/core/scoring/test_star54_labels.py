"""STAR labels of round 54 (issue 9, star54): lines about the telling, not the events, read as
the telling's (other), wherever they stand (star_telling.telling_aside)."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels

ASIDES = [
    # the teller about to tell, or leaving a piece out, now
    "Let me explain how the two of us ended up there.",
    "I'll skip the first version, it was not interesting.",
    "I should mention I was new on the team then.",
    "I want to answer this with the project I'm least proud of.",
    "Let me start with the setup.",
    "I'll come back to the costs later.",
    # the listener addressed
    "You can probably guess what happened next.",
    "Bear with me, this part is a bit technical.",
    # the story's start set against what was said before it
    "But it didn't start out that way at all.",
    "That's not where it began, though.",
    # the way to the end pointed at, and the teller getting ahead of the story
    "It took us a few months to get there.",
    "But I'm getting ahead of myself.",
]


@pytest.mark.parametrize("aside", ASIDES)
def test_a_line_about_the_telling_is_other_r54(aside: str) -> None:
    # second line, after the scene
    assert star_labels(SCENE, aside, TASK, STEP_1, STEP_2, OUTCOME)[1] == "other"
    # among the steps
    assert star_labels(SCENE, TASK, STEP_1, aside, STEP_2, OUTCOME)[3] == "other"


@pytest.mark.parametrize(
    "opener",
    [
        "I will answer with a case where I got the first call wrong.",
        "Um, I have a few, but let me tell you about the one with the churn model.",
    ],
)
def test_an_opening_about_the_telling_is_other_r54(opener: str) -> None:
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


def test_a_start_set_against_the_opening_line_makes_it_the_end_told_first_r54() -> None:
    labels = star_labels(
        "Our fraud team now reviews half as many false alarms as before.",
        "But it didn't start that way.",
        SCENE,
        TASK,
        STEP_1,
        STEP_2,
    )
    assert labels[:2] == ["result", "other"]


@pytest.mark.parametrize(
    "line",
    [
        # the story's events, told with the same words
        "I told him we would ship it ahead of the deadline.",
        "We shipped the features a week ahead of the deadline.",
        "It didn't start training until the data arrived.",
        "I set up a weekly sync, which, believe me, was harder to schedule than to run.",
        "We finally got there in March, two weeks late.",
    ],
)
def test_a_line_of_the_story_is_no_aside_r54(line: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, line, STEP_2, OUTCOME)[3] != "other"


@pytest.mark.parametrize(
    "duty",
    [
        # "I" dropped before a duty, in note form
        "Had to get the fraud rules replaced before the audit.",
        "Needed to cut the nightly job to under an hour.",
        "Asked to cut churn among new subscribers by spring.",
        # the time I had, as a note
        "Three weeks to get a first model in front of the buyers.",
        "A month to move every job off the old cluster.",
        # the call was mine, as a note
        "My call whether to keep the vendor or build our own.",
    ],
)
def test_a_duty_told_as_a_note_is_the_task_r54(duty: str) -> None:
    assert star_labels(SCENE, duty, STEP_1, STEP_2, OUTCOME)[1] == "task"


@pytest.mark.parametrize(
    "line",
    [
        # what was left over, or still to go, is no duty
        "Two weeks to spare.",
        # a step told as a note, its verb in the past
        "Cut the feature list to forty columns.",
    ],
)
def test_a_note_that_is_no_duty_is_not_the_task_r54(line: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, line, STEP_2, OUTCOME)[3] != "task"


LESSONS = [
    "The one thing I took from this is that a demo beats a deck.",
    "What I learned from mentoring him is that people grow fastest on real work.",
    "If there's one thing I learned, it's that a rollback plan comes before the launch.",
    "That year taught me to put a number on every risk.",
    "I learned the hard way that a forecast nobody trusts is worth nothing.",
    "One thing this taught me is to read the labels before the metrics.",
]


@pytest.mark.parametrize("lesson", LESSONS)
def test_a_lesson_told_first_is_the_result_r54(lesson: str) -> None:
    assert star_labels(lesson, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "result"
    assert star_labels(SCENE, lesson, TASK, STEP_1, STEP_2, OUTCOME)[1] == "result"


@pytest.mark.parametrize(
    "line",
    [
        # what I found out then, in the past, is no lesson
        "I learned that the vendor had never tested the model on our data.",
        "I learned that their big goal that quarter was fewer app uninstalls.",
        # what taught me nothing in particular: the story pointed at
        "This one taught me a lot.",
        # a step of mine as the subject, no lesson
        "The approach I took was to start from one customer's story.",
    ],
)
def test_a_finding_or_a_pointer_is_no_lesson_told_first_r54(line: str) -> None:
    assert star_labels(line, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] != "result"
