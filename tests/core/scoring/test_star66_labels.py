"""STAR labels of round 66 (issue 9, star66), kinds found in round 65's blind set: a terse step of
mine that names an amount "instead of" something with no amount of its own is no measured change.
"[I] flagged the slip ..., with a new range of four to six weeks instead of a single date" tells
what I gave in place of something; read as a result at a story's end it hid the missing one."""

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

NOTE_TASK = "My job: move the nightly scoring to the new cluster; my estimate was ten days."
NOTE_STEP = "Rewrote the feature joins for the new warehouse."


@pytest.mark.parametrize(
    "step",
    [
        "Told the product owner the same afternoon, with a new window of three to five weeks "
        "instead of a fixed date.",
        "Gave the director a range of six to nine weeks instead of a single date.",
        "Sent the team lead a revised plan of three to four sprints rather than a fixed deadline.",
    ],
)
def test_a_terse_step_with_an_amount_ends_a_story_with_no_result_r66(step: str) -> None:
    story = analysed(SCENE, NOTE_TASK, NOTE_STEP, step)
    assert "result" in story.star.missing


@pytest.mark.parametrize(
    "outcome",
    [
        "The next review took thirty minutes instead of two hours.",
        "Escaped defects went down from four a month to one.",
        "Reviews took a day instead of a week after that.",
        "We finished in seven weeks instead of a single sprint.",
    ],
)
def test_amounts_compared_still_tell_the_result_r66(outcome: str) -> None:
    story = analysed(SCENE, TASK, STEP_1, STEP_2, outcome)
    assert story.star.segments[-1].label == "result"
    assert "result" not in story.star.missing


def test_a_step_with_an_amount_mid_story_is_a_step_r66() -> None:
    step = "Gave the director a range of six to nine weeks instead of a single date."
    assert star_labels(SCENE, TASK, STEP_1, step, STEP_2, OUTCOME)[3] == "action"


@pytest.mark.parametrize(
    "request_line",
    [
        "The sales director came to me and said, um, 'we need scores for every lead by Monday.'",
        "Our CFO came to me on a Friday and told me, 'the board wants a forecast next week.'",
    ],
)
def test_someone_s_request_quoted_in_single_marks_is_the_scene_r66(request_line: str) -> None:
    labels = star_labels(SCENE, request_line, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels[1] == "situation"
    assert labels[2] == "task"


def test_a_word_in_single_marks_is_no_quote_r66() -> None:
    from simulator.core.scoring.star_predicates import quoted_speaker

    assert quoted_speaker("He said the 'similar items' carousel was late.") == ""
    assert quoted_speaker("I told her, 'we can do Wednesday.'") == "me"
    assert quoted_speaker("We don't know yet, and the teams' data is late.") == ""


PRACTICE_STORY = (
    "Last spring three teams wanted my time in the same month.",
    "I had to decide the order and tell each team when they would get their piece.",
    "I ranked the three requests and told the two that waited why.",
    "All three were delivered by the end of the quarter, and no one escalated.",
)


@pytest.mark.parametrize(
    "habit",
    [
        "For me, I follow a few engineers' blogs and also I read the winning solutions of competitions.",
        "Day to day, I have a short list of podcasts, I skim conference titles a couple of times a month.",
        "I rely on a handful of sources: two newsletters, one conference's papers and a reading group.",
        "In general I, uh, I keep one list of everything, and I sort it by who is blocked.",
        "I prioritise by asking two questions of every request: who waits on it and what a week's delay costs.",
        "Method: one list for the whole team, every item tagged by its deadline.",
    ],
)
def test_my_way_of_working_told_first_answers_a_practice_question_r66(habit: str) -> None:
    labels = star_labels(habit, *PRACTICE_STORY, asks_practice=True)
    assert labels[0] == "action"
    assert labels[1] == "situation"


def test_a_habit_is_the_scene_when_the_question_asks_for_no_practice_r66() -> None:
    habit = "For me, I follow a few engineers' blogs and also I read the winning solutions of competitions."
    assert star_labels(habit, *PRACTICE_STORY)[0] != "action"


@pytest.mark.parametrize(
    "news",
    [
        "And it came out that she was, like, covering two other teams' reviews as well.",
        "Two weeks in, it came out that the vendor had been relabelling the old images by hand.",
    ],
)
def test_a_finding_told_as_news_it_came_out_that_is_the_scene_r66(news: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, news, STEP_2, OUTCOME)
    assert labels[3] == "situation"


def test_it_came_out_at_an_amount_is_no_news_frame_r66() -> None:
    from simulator.core.scoring.star_between import finding_frame
    from simulator.core.scoring.text import words

    assert not finding_frame(words("It came out within half a point of the old model."))
    assert finding_frame(words("Midway through, it came out that the labels were stale."))
