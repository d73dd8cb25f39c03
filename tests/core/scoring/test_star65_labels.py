"""STAR labels of round 65 (issue 9, star65), kinds found in round 64's blind set: remarks on
the telling (the listener's wish, the form the story is told in, a terse offer to say more, the
story called an example of something) tell no part of the story; a lesson whose subject holds my
verb ("the thing I took from that is ...") and what stayed with me are the result, however late;
my own part of a team's work ("My piece was ...") and a duty told as a note head ("Aim: ...",
"My call: ...") are the task."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_named_duty import duty_named
from simulator.core.scoring.star_predicates import meta_remark
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
    "remark",
    [
        "I hope that's the level of detail you wanted.",
        "Hopefully that's the kind of detail you needed.",
        "Can go into the retraining setup if you want.",
        "Could say more about the labels if that's useful.",
        "So that's an example where I stepped a bit outside my lane.",
        "Anyway, that's a case where I pushed back harder than usual.",
    ],
)
def test_a_closing_remark_on_the_telling_is_no_result_r65(remark: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, remark)
    assert labels[-1] == "other"
    assert labels[-2] == "result"


@pytest.mark.parametrize(
    "opener",
    [
        "Short version, bullet style.",
        "Short version, in bullet points, if that's okay.",
        "Quick version, in notes.",
    ],
)
def test_an_opening_on_the_form_of_the_telling_is_no_scene_r65(opener: str) -> None:
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "line",
    [
        "That is the kind of model we needed.",
        "I wanted that.",
        "The points were scored in two formats.",
    ],
)
def test_lines_of_the_story_are_no_remark_on_the_telling_r65(line: str) -> None:
    assert not meta_remark(words(line))


@pytest.mark.parametrize(
    "lesson",
    [
        "And the thing I took from that is, uh, people adopt tools they helped build.",
        "The main thing I took away from it is that a baseline comes first.",
        "And for me it was the first time I saw a simple rule beat a model, which really stuck"
        " with me.",
        "Seeing the queue empty out in a day is what stayed with me.",
    ],
)
def test_a_lesson_with_my_verb_in_it_is_the_result_told_last_r65(lesson: str) -> None:
    story = analysed(
        SCENE, TASK, STEP_1, STEP_2, OUTCOME, lesson, "Anyway, that's the short version."
    )
    labels = [s.label for s in story.star.segments]
    assert labels[-2:] == ["result", "other"], lesson


def test_a_story_that_stuck_with_me_opens_the_telling_r65() -> None:
    opener = "Yeah, so, I got some pretty blunt feedback once, and it stuck with me."
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


def test_a_step_i_took_stays_a_step_r65() -> None:
    step = "The approach I took was to retrain the model on the corrected labels."
    assert star_labels(SCENE, TASK, STEP_1, step, OUTCOME)[3] == "action"


@pytest.mark.parametrize(
    "part",
    [
        "My piece was, um, to get intent accuracy high enough for the top twenty requests.",
        "My personal piece was the routing model itself; another engineer owned the service.",
        "My part was the model, but it only mattered if the queues could use its scores.",
        "Our share of it was the labelling and the evaluation.",
    ],
)
def test_my_own_part_of_the_work_is_the_task_r65(part: str) -> None:
    story = analysed(SCENE, part, STEP_1, STEP_2, OUTCOME)
    assert [s.label for s in story.star.segments][1] == "task", part
    assert "task" not in story.star.missing


def test_the_part_of_a_thing_is_no_task_r65() -> None:
    line = "The hard part was the labels: most of them arrived weeks late."
    assert star_labels(SCENE, line, TASK, STEP_1, STEP_2, OUTCOME)[1] != "task"


@pytest.mark.parametrize(
    "note",
    [
        "Aim: refresh the routing model before the holiday season.",
        "Goal: get misrouted tickets under five percent by March.",
        "Job: cut misrouted tickets by half without a new contract.",
        "My call: keep the model or go back to the rules.",
    ],
)
def test_a_duty_told_as_a_note_head_is_the_task_r65(note: str) -> None:
    story = analysed(SCENE, note, STEP_1, STEP_2, OUTCOME)
    assert [s.label for s in story.star.segments][1] == "task", note
    assert "task" not in story.star.missing


@pytest.mark.parametrize(
    "line",
    [
        "The call was at nine, with the whole support team.",
        "Task was binary classification on three years of tickets.",
        "Result: misrouted tickets fell from twelve percent to four.",
    ],
)
def test_a_note_of_no_duty_is_no_task_r65(line: str) -> None:
    assert not duty_named(words(line), line)
