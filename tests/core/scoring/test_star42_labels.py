"""STAR labels, round 42 (issue 9, star42): an opener of false starts and a restart ("So I, um,
the first thing, okay, let me start with the setup.") is other; a sentence that trails off in an
ellipsis and goes on in lower case is read whole ("Hmm, let me think... yes, the one with the
hospital."); an opener that places the story in an organisation ("So this happened when I was
at a fintech startup.") is the situation, as the dev sets now label it, while one that only
dates it stays other."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_remarks import dating_opener, restarted_opener
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    "opener",
    [
        "So I, um, the project, okay, let me start from the beginning.",
        "Okay, so I, I, hmm, let me back up a bit.",
        "Yeah, so, the deadline one, right, let me think which one.",
    ],
)
def test_false_starts_then_a_restart_open_no_story(opener: str) -> None:
    labels = star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels == ["other", "situation", "task", "action", "action", "result"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a restart that tells the story's first event, or with no broken-off pieces
        "Let me start with the outage that cost us a week.",
        "So, at my last company, let me start with how the pipeline worked.",
        "So I, um, the project, okay, let me start with the night it crashed.",
    ],
)
def test_a_restart_that_tells_something_is_no_false_start(sentence: str) -> None:
    assert not restarted_opener(sentence, words(sentence))


def test_a_pause_in_an_ellipsis_does_not_cut_a_sentence_in_two() -> None:
    labels = star_labels(
        "Hmm, let me think... yes, the one with the hospital.", SCENE, TASK, STEP_1, OUTCOME
    )
    # the two pieces the ellipsis leaves carry one label, not a remark and a scene
    assert labels[:2] == ["other", "other"]
    assert labels[2:] == ["situation", "task", "action", "result"]


@pytest.mark.parametrize(
    "opener",
    [
        "So this happened when I was at a fintech startup.",
        "Right, so this was when I moved to an insurance client.",
        "So this was back when I worked at a mobile games company.",
    ],
)
def test_an_opener_placing_the_story_in_an_organisation_frames_it_r52(opener: str) -> None:
    # (star52: turned round; dev_blind44-46's convention, the sets relabelled to it): not a date, but a main clause about the story
    assert not dating_opener(words(opener))
    assert star_labels(opener, SCENE, TASK, STEP_1, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "opener",
    [
        "Sure, this was back when I had just been promoted.",
        "Good one, that happened in my first year.",
    ],
)
def test_an_opener_that_only_dates_the_story_stays_other(opener: str) -> None:
    assert dating_opener(words(opener))


BACK = "It all started with the winter before, when the old model missed every holiday peak."


@pytest.mark.parametrize(
    "ending",
    [
        "We ended up switching every store to the new forecast, and waste went down.",
        "By the end of that quarter every store was ordering from our forecast.",
        "In the end the new fraud rules were switched on for every card.",
    ],
)
def test_a_story_opening_on_its_end_and_going_back_opens_on_its_result(ending: str) -> None:
    labels = star_labels(ending, BACK, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels == ["result", "situation", "task", "action", "action", "result"]


def test_without_going_back_the_opening_line_stays_the_scene() -> None:
    # (star56: "We ended up switching ..." says itself that it is how it came out: the result,
    # test_star56_labels.py; a line with no such word stays the scene)
    ending = "We switched every store to the new forecast, and waste went down."
    assert star_labels(ending, SCENE, TASK, STEP_1, OUTCOME)[0] == "situation"


@pytest.mark.parametrize(
    "aside",
    [
        "By the way, the labelling vendor was a story of its own.",
        "Side note, the synthetic calls helped less than I hoped.",
        "Which, honestly, was a relief for everyone.",
    ],
)
def test_an_aside_mid_story_is_other(aside: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, aside, STEP_2, OUTCOME)
    assert labels == ["situation", "task", "action", "other", "action", "result"]


@pytest.mark.parametrize(
    "step",
    [
        "By the way, I also added an alert on the queue length.",
        "Incidentally, errors fell by half in that week.",
    ],
)
def test_an_aside_that_tells_a_step_or_a_number_is_part_of_the_story(step: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, step, STEP_2, OUTCOME)
    assert labels[3] != "other"


def test_steps_told_in_the_present_are_steps() -> None:
    labels = star_labels(
        "So I'm on the search team and our biggest customer complains that searches return"
        " nothing.",
        "I have to find out why before their renewal.",
        "I pull their query logs and I see that half the queries have dashes in them.",
        "Our tokenizer splits every dash, so the part numbers never match.",
        "I write a fix for the tokenizer and I run it against a week of their queries.",
        "The empty results go from half to under five percent.",
    )
    assert labels == ["situation", "task", "action", "action", "action", "result"]


def test_one_present_sentence_is_no_narration() -> None:
    # a lesson or a habit in the present stays what it was
    lesson = "Now I always check the raw queries before I touch the model."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, lesson)[-1] == "result"


@pytest.mark.parametrize(
    "duty",
    [
        "The cause had to be found by me before the next release.",
        "An explanation and a fix were needed from me within three weeks.",
        "It was not my pipeline, but fixing it was taken on by me.",
    ],
)
def test_a_duty_of_mine_told_in_the_passive_is_the_task(duty: str) -> None:
    labels = star_labels(SCENE, duty, STEP_1, STEP_2, OUTCOME)
    assert labels == ["situation", "task", "action", "action", "result"]


def test_a_must_that_names_nobody_is_no_duty_of_mine() -> None:
    scene = "In one quarter, three of our eight releases had to be rolled back."
    assert star_labels(SCENE, scene, TASK, STEP_1, OUTCOME)[1] == "situation"
